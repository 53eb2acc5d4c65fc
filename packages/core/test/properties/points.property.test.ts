/**
 * `indicatorPoints` reads the points per SID indicator straight from a result's compact answers; it must give exactly
 * the `score` of `explainInnovation`'s rows (the documented breakdown) for every innovation: generated regions (the
 * benchmark's and golden test's generator) with hostile answers mixed in, under every shipped edition and under the
 * same editions with some SID weights unknown.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateRegions } from "../../../../bench/lib/generate.mjs";
import { editions } from "../../src/editions/index.js";
import { resolvedAnswers } from "../../src/engine/_resolved.js";
import { explainInnovation } from "../../src/engine/explain.js";
import { indicatorPoints } from "../../src/engine/points.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { InnovationResult, RowStatus } from "../../src/engine/result.js";
import { parseRegionInput } from "../../src/input/parse.js";
import type { AnswerInput, EvidenceStatus } from "../../src/input/schemas.js";
import type { Edition } from "../../src/model/edition.js";

const seed = process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {};

/** The same edition with the SID weights at the picked positions unknown. */
function withUnknownWeights(edition: Edition, positions: number[]): Edition {
  const copy = structuredClone(edition) as Edition;
  const sid = copy.indicators.filter((i) => i.aspect === "SID");
  for (const k of positions) (sid[k % sid.length] as { weight: number | null }).weight = null;
  return copy;
}

/** Answers the engine reports as invalid, or leaves unanswered. */
const hostile: fc.Arbitrary<AnswerInput | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ tier: fc.constantFrom(-1, 4, 7, 9, 11), evidence: fc.constantFrom<EvidenceStatus>("accepted", "pending", "missing", "rejected") }),
  fc.record({ option: fc.constantFrom("tidak ada", "zzz", ""), evidence: fc.constantFrom<EvidenceStatus>("accepted", "rejected") }),
  fc.record({ measure: fc.constantFrom("x", ""), value: fc.double({ min: -1e3, max: 1e6, noNaN: true }), evidence: fc.constant<EvidenceStatus>("accepted") }),
  fc.record({ tier: fc.integer({ min: 0, max: 5 }), option: fc.constantFrom("tidak ada", "Ya"), evidence: fc.constant<EvidenceStatus>("pending") }),
);

/** Every innovation's points against explainInnovation, both projections; the statuses seen, to show what was covered. */
function check(result: { innovations: InnovationResult[] }, edition: Edition, seen: Set<RowStatus | "null">): void {
  const reused: (number | null)[] = [7, null, -1, 99, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3];
  for (const inv of result.innovations) {
    const rows = explainInnovation(inv, edition);
    for (const projection of ["claimed", "verified"] as const) {
      const expected = rows[projection].map((r) => r.score);
      for (const r of rows[projection]) seen.add(r.score === null ? "null" : r.status);
      expect(indicatorPoints(inv, edition, projection)).toEqual(expected);
      // the same through a reused array holding another innovation's (or junk) values, and from the array form
      expect(indicatorPoints(inv, edition, projection, reused)).toEqual(expected);
      expect(indicatorPoints({ ...inv, resolved: resolvedAnswers(inv) as unknown as string }, edition, projection)).toEqual(expected);
    }
  }
}

describe.each(Object.keys(editions))("indicatorPoints equals explainInnovation's scores (%s)", (id) => {
  const shipped = editions[id]!;
  const sidCount = shipped.indicators.filter((i) => i.aspect === "SID").length;

  it("on every innovation of generated regions with hostile answers, with known and unknown weights", () => {
    const seen = new Set<RowStatus | "null">();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.array(fc.integer({ min: 0, max: sidCount - 1 }), { maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), hostile), { maxLength: 12 }),
        (regionSeed, unknown, edits) => {
          const edition = unknown.length ? withUnknownWeights(shipped, unknown) : shipped;
          const generated = generateRegions(edition, { regions: 2, innovations: 30, seed: regionSeed }) as { innovations: { answers: Record<string, AnswerInput> }[] }[];
          for (const data of generated) {
            const sid = edition.indicators.filter((i) => i.aspect === "SID");
            for (const [which, at, answer] of edits) {
              const inv = data.innovations[which % data.innovations.length];
              if (!inv) continue;
              const key = sid[at % sid.length]!.id;
              if (answer === undefined) delete inv.answers[key];
              else inv.answers[key] = answer;
            }
            const parsed = parseRegionInput(data);
            if (!parsed.ok) throw new Error("a generated region does not parse");
            check(scoreRegion(parsed.value, edition), edition, seen);
          }
        },
      ),
      { numRuns: 25, ...seed },
    );
    // the cases that matter were all met: unknown weights, invalid answers, uncounted innovations, unaccepted evidence
    for (const s of ["null", "invalid_answer", "innovation_not_counted", "evidence_not_accepted", "scored", "not_answered"] as const) {
      expect(seen, s).toContain(s);
    }
  });

  it("refuses an innovation scored with another edition, as explainInnovation does", () => {
    const [data] = generateRegions(shipped, { regions: 1, innovations: 2, seed: 5 });
    const parsed = parseRegionInput(data);
    if (!parsed.ok) throw new Error("a generated region does not parse");
    const inv = scoreRegion(parsed.value, shipped).innovations[0]!;
    const short = { ...inv, resolved: inv.resolved.slice(2) };
    expect(() => explainInnovation(short, shipped)).toThrow(RangeError);
    expect(() => indicatorPoints(short, shipped, "claimed")).toThrow(/pass the edition it was scored with/);
  });
});
