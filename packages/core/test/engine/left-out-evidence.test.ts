/**
 * A bad evidence status leaves out that status only (dev13 F2): `"Accepted"` from a database enum dropped the whole
 * answer while the message, on `…SID-1.evidence`, said "this value is left out" — the tier was lost from the claimed
 * projection too. Now the status alone is left out and defaults to `"pending"`: the claimed projection keeps the tier,
 * the verified one counts it as not accepted (as any status not accepted), so no index rises above the one meant.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getEdition, parseRegionInput, scoreRegion } from "../../src/index.js";

const json = JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8"));
const edition = getEdition("iid-2026");
const right = parseRegionInput(json);
if (!right.ok) throw new Error("the example parses");
const scored = scoreRegion(right.value, edition);

/** The example with every accepted status of the first innovation written `"Accepted"`. */
function capitalised(): { data: typeof json; ids: string[] } {
  const data = structuredClone(json);
  const answers = data.innovations[0].answers as Record<string, { evidence?: string }>;
  const ids = Object.keys(answers).filter((id) => answers[id]!.evidence === "accepted");
  for (const id of ids) answers[id]!.evidence = "Accepted";
  return { data, ids };
}

describe("a bad evidence status", () => {
  it("is left out alone: the answer stays with its tier, its status read as pending", () => {
    const { data, ids } = capitalised();
    expect(ids.length).toBeGreaterThan(0);
    const parsed = parseRegionInput(data);
    expect(parsed.ok).toBe(true);
    const id = ids[0]!;
    expect(parsed.value!.innovations[0]!.answers[id]).toEqual({ ...right.value.innovations[0]!.answers[id], evidence: "pending" });
    expect(parsed.issues[0]).toMatchObject({ code: "schema", severity: "error", path: ["innovations", 0, "answers", id, "evidence"], params: { zod: "invalid_value", leftOut: true } });
    expect(parsed.issues[0]!.message).toMatch(/^"Accepted" bukan pilihan yang sah; pilihan: "accepted", .*; nilai ini tidak dipakai$/);
    expect(parseRegionInput(data, { locale: "en" }).issues[0]!.message).toMatch(/^"Accepted" is not a valid choice; choices: .*; this value is left out$/);
    // the claimed projection is the region's as meant; the verified one no higher
    const r = scoreRegion(parsed.value!, edition);
    expect(r.innovations[0]!.claimed.total).toBe(scored.innovations[0]!.claimed.total);
    expect(r.claimed.index).toBe(scored.claimed.index);
    expect(r.verified.index!).toBeLessThanOrEqual(scored.verified.index!);
    // nothing else is said about those answers (their fault was said where it was read)
    expect(r.issues.filter((i) => i.path[0] === "innovations" && i.path[1] === 0 && ids.includes(i.path[3] as string))).toEqual([]);
  });

  it("a bad option still leaves the whole answer out (it cannot be scored without it), flagged so it is said once", () => {
    const data = structuredClone(json);
    const id = "SID-1";
    data.innovations[0].answers[id].option = 3;
    const parsed = parseRegionInput(data);
    expect(parsed.value!.innovations[0]!.answers[id]).toBeUndefined();
    expect(parsed.value!.innovations[0]!.leftOut).toEqual([`answers.${id}`]);
  });
});
