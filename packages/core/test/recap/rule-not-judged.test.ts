/**
 * A rule over no listed agency is not judged (audit27 C2, agency28): the recap's row says so (`notJudged`) instead of
 * an empty `nonCompliant` read as every agency complying, and the plan's rule carries `notJudged` for its texts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatPlan, getEdition, parseRegionInput, planRegion, recapRegions, scoreRegions } from "../../src/index.js";

describe("a rule over an empty agency list in the recap and the plan (agency28)", () => {
  const raw = JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8"));
  const empty = { ...raw, agencies: [] };

  it("the example's row: 5 non-compliant, every rule judged (no notJudged key)", () => {
    const row = recapRegions(scoreRegions([{ id: "k", input: raw }])).regions[0]!;
    expect(row.nonCompliant).toHaveLength(5);
    expect("notJudged" in row).toBe(false);
  });

  it("the same region with no agency listed: no one non-compliant, and the rule named as not judged", () => {
    const row = recapRegions(scoreRegions([{ id: "k", input: empty }])).regions[0]!;
    expect(row.nonCompliant).toEqual([]);
    expect(row.notJudged).toEqual([raw.compliance.rules[0].id]);
    const parsed = parseRegionInput(empty);
    if (!parsed.ok) throw new Error("does not parse");
    const plan = planRegion(parsed.value, getEdition("iid-2026"));
    expect(plan.compliance.rules[0]).toMatchObject({ owing: [], notJudged: true });
    const text = formatPlan(plan, "id").join("\n");
    expect(text).toContain("tidak dapat dinilai");
    expect(text).not.toMatch(/0 perangkat daerah belum patuh/);
  });
});
