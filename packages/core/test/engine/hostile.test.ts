import { describe, expect, it } from "vitest";
import { scoreRegion } from "../../src/engine/region.js";
import { explainInnovation } from "../../src/engine/explain.js";
import { parseRegionInput } from "../../src/input/parse.js";
import { allAt, innovation } from "./builders.js";
import { edition2026 as e } from "./fixtures.js";

describe("hostile input", () => {
  it("treats a __proto__ answer key as an unknown indicator without polluting anything", () => {
    const json = JSON.parse(
      `{"region":{"name":"Kab. X","level":"kabupaten","year":2026},"spdAnswers":{"__proto__":{"tier":3},"constructor":{"tier":1}}}`,
    );
    const parsed = parseRegionInput(json);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const r = scoreRegion(parsed.value, e);
    expect(({} as Record<string, unknown>).tier).toBeUndefined();
    expect(r.claimed.spd.score).toBe(0);
    const unknown = r.issues.filter((i) => i.code === "unknown_indicator").map((i) => i.params.given);
    expect(unknown).toContain("constructor");
  });

  it("keeps formula-looking text as plain text", () => {
    const parsed = parseRegionInput({
      region: { name: "=HYPERLINK(\"http://x\")", level: "kota", year: 2026 },
      innovations: [innovation(e, 2, { name: "=1+1", answers: { ...allAt(e, "SID", 2), "SID-1": { option: "=SUM(A1)" } } })],
    });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const r = scoreRegion(parsed.value, e);
    expect(r.region.name).toBe("=HYPERLINK(\"http://x\")");
    expect(r.innovations[0]?.name).toBe("=1+1");
    expect(r.issues).toContainEqual(expect.objectContaining({ code: "unknown_option", params: expect.objectContaining({ given: "=SUM(A1)" }) }));
  });

  it("scores huge measured values by the top tier and rejects non-finite ones at parse time", () => {
    const r = scoreRegion(
      parseRegionInput({
        region: { name: "Kab. X", level: "kabupaten", year: 2026 },
        innovations: [innovation(e, 2, { answers: { ...allAt(e, "SID", 2), "SID-18": { measure: "orang", value: 1e300, evidence: "accepted" } } })],
      }).value!,
      e,
    );
    expect(explainInnovation(r.innovations[0]!, e).claimed.find((x) => x.indicatorId === "SID-18")?.tier).toBe(3);
    const bad = parseRegionInput({ region: { name: "Kab. X", level: "kabupaten", year: 2026 }, spdAnswers: { "SPD-1": { value: Infinity } } });
    // the non-finite value is left out, reported at its place; the rest of the region parses
    expect(bad).toMatchObject({ ok: true, issues: [{ path: ["spdAnswers", "SPD-1", "value"], severity: "error" }] });
    expect(bad.value!.spdAnswers).toEqual({});
  });
});
