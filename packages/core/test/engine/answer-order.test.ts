/**
 * The scorer resolves answers keyed in the edition's order in one pass and anything else (another order, unknown ids,
 * answers needing `resolveAnswer`) the general way: both must give the same result, issues and their order included.
 */
import { describe, expect, it } from "vitest";
import { generateRegions } from "../../../../bench/lib/generate.mjs";
import { editionIds, getEdition } from "../../src/editions/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { Answer, RegionInput } from "../../src/input/schemas.js";
import { parseRegionInput } from "../../src/input/parse.js";
import type { Edition } from "../../src/model/edition.js";

function region(e: Edition, seed: number): RegionInput {
  const p = parseRegionInput(generateRegions(e, { regions: 1, innovations: 60, seed })[0]);
  if (!p.ok) throw new Error("a generated region does not parse");
  return p.value;
}

/** The region with each innovation's answers rebuilt by `f` (from its entries in the edition's order). */
function withAnswers(input: RegionInput, f: (entries: [string, Answer][], i: number) => [string, Answer][]): RegionInput {
  return {
    ...input,
    innovations: input.innovations.map((inv, i) => ({ ...inv, answers: Object.fromEntries(f(Object.entries(inv.answers), i)) })),
  };
}

const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;

describe("answers in any order score as in the edition's order", () => {
  for (const id of editionIds) {
    const e = getEdition(id)!;
    const input = region(e, 41);

    it(`${id}: reversed, with every third answer left out`, () => {
      const thinned = (entries: [string, Answer][]) => entries.filter((_, k) => k % 3 !== 1);
      const inOrder = scoreRegion(withAnswers(input, thinned), e);
      const reversed = scoreRegion(withAnswers(input, (entries) => thinned(entries).reverse()), e);
      expect(json(reversed)).toEqual(json(inOrder));
      expect(inOrder.innovations[0]!.resolved).not.toEqual(scoreRegion(input, e).innovations[0]!.resolved); // answers were left out
    });

    it(`${id}: an unknown id or an answer out of range in the middle`, () => {
      const odd = (entries: [string, Answer][], i: number): [string, Answer][] => {
        const at = entries.length >> 1;
        const bad: [string, Answer] = i % 2 === 0 ? ["SID-TIDAK-ADA", { tier: 1, evidence: "accepted" }] : [entries[at]![0], { tier: 99, evidence: "accepted" }];
        return i % 2 === 0 ? [...entries.slice(0, at), bad, ...entries.slice(at)] : [...entries.slice(0, at), bad, ...entries.slice(at + 1)];
      };
      const inOrder = scoreRegion(withAnswers(input, odd), e);
      const reversed = scoreRegion(withAnswers(input, (entries, i) => odd(entries, i).reverse()), e);
      expect(json(reversed)).toEqual(json(inOrder));
      const codes = new Set(inOrder.issues.map((x) => x.code));
      expect(codes).toContain("unknown_indicator");
      expect(codes).toContain("tier_out_of_range");
    });
  }
});
