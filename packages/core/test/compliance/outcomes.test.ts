/**
 * A rule's per-agency outcomes are built when first read (after scoring): they must say what the issues and counts
 * said at scoring time, for generated regions under every shipped edition, and hold their own copy once read.
 */
import { describe, expect, it } from "vitest";
import { generateRegions } from "../../../../bench/lib/generate.mjs";
import { normaliseText } from "../../src/engine/_text.js";
import { editionIds, getEdition } from "../../src/editions/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import { parseRegionInput } from "../../src/input/parse.js";

describe("compliance rule outcomes, built when read", () => {
  for (const id of editionIds) {
    const e = getEdition(id)!;
    it(`${id}: agree with the rule's issues and with a count made here`, () => {
      for (const data of generateRegions(e, { regions: 6, innovations: 400, seed: 5 })) {
        const p = parseRegionInput(data);
        if (!p.ok) throw new Error("a generated region does not parse");
        const input = p.value;
        const r = scoreRegion(input, e);
        const given = input.compliance!.rules[0]!;
        const rule = r.compliance.rules.find((x) => x.ruleId === given.id)!;
        const types = new Set<string>(given.agencyTypes);
        const listed = input.agencies.filter((a) => types.has(a.type));
        const issues = r.compliance.issues.filter((i) => i.code === "compliance_rule_not_met" && i.params.rule === given.id);
        // counted here: innovations of the rule's year naming the agency (names are unique in generated regions)
        const count = (name: string) =>
          input.innovations.filter((inv) => (inv.year ?? input.region.year) === rule.year && normaliseText(inv.agency) === normaliseText(name)).length;
        expect(rule.agencies).toEqual(
          listed.map((a) => {
            const n = count(a.name);
            const min = given.minCount;
            return { agency: a.name, type: a.type, count: n, required: min, complies: n >= min, shortBy: n >= min ? 0 : min - n };
          }),
        );
        expect(rule.compliant + rule.nonCompliant).toBe(listed.length);
        expect(rule.agencies.filter((a) => !a.complies).map((a) => [a.agency, a.count])).toEqual(issues.map((i) => [i.params.agency, i.params.count]));
        expect(issues.length).toBe(rule.nonCompliant);
      }
    });
  }

  it("are the counts taken when scoring, whatever happens to the input afterwards", () => {
    const e = getEdition("iid-2026")!;
    const p = parseRegionInput(generateRegions(e, { regions: 1, innovations: 80, seed: 9 })[0]);
    if (!p.ok) throw new Error("a generated region does not parse");
    const input = structuredClone(p.value);
    const r = scoreRegion(input, e);
    const fresh = scoreRegion(structuredClone(p.value), e).compliance.rules.at(-1)!.agencies;
    input.innovations.length = 0; // the builder keeps the counts, not the innovations
    expect(r.compliance.rules.at(-1)!.agencies).toEqual(fresh);
    expect(fresh.some((a) => a.count > 0)).toBe(true);
  });
});
