/** Properties of plans, over generated regions. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { AnswerInput, EvidenceStatus, RegionInput } from "../../src/input/schemas.js";
import { applyAction } from "../../src/plan/apply.js";
import { DEFAULT_EFFORTS, type EffortTable } from "../../src/plan/efforts.js";
import { planRegion } from "../../src/plan/plan.js";
import { allAt, innovation, region } from "../engine/builders.js";
import { regionFor } from "./_helpers.js";

const e = getEdition("iid-2026")!;
const floor = e.formula.sidDivisorFloor.value!;
const sid = e.indicators.filter((i) => i.aspect === "SID");

describe("plan properties", () => {
  it("below the divisor floor, one more innovation never lowers the index, whatever its expected score", () => {
    fc.assert(
      fc.property(regionFor(e, floor - 1), fc.option(fc.integer({ min: 0, max: 111 })), (input, expected) => {
        const plan = planRegion(input, e, expected === null ? {} : { expectedScore: expected });
        expect(plan.seats.n).toBeLessThan(floor);
        expect(plan.oneMore.aboveFloor).toBe(false);
        expect(plan.oneMore.gain!).toBeGreaterThanOrEqual(0);
        // a given score is met from below, or by the lowest eligible innovation: mandatory SID-1, 2, 17, 18, 20 at tier 1 = 3 + 2 + 2 + 3 + 4 = 14
        if (expected !== null) expect(plan.oneMore.expectedScore).toBeLessThanOrEqual(Math.max(expected, 14));
      }),
      { numRuns: 60 },
    );
  });

  it("the final index is never below the start, in any projection, for any target", () => {
    fc.assert(
      fc.property(regionFor(e, 10), fc.constantFrom<"verified" | "claimed">("verified", "claimed"), fc.integer({ min: 1, max: 100 }), (input, projection, index) => {
        const plan = planRegion(input, e, { projection, target: { index }, maxNewInnovations: 3 });
        expect(plan.end.index!).toBeGreaterThanOrEqual(plan.start.index!);
        for (const a of plan.actions) expect(a.gain).toBeGreaterThan(0);
      }),
      { numRuns: 60 },
    );
  });

  /**
   * Non-interacting actions: fewer innovations than the floor (the divisor stays 12), each counted and eligible, every
   * indicator answered at its top tier (no tier up), six urusan (yandas met), SPD at its top, no new innovation. The
   * only actions are evidence on answers, each worth bobot × tier / 12 × 0.4 on its own and the same together.
   * With equal efforts the plan must be as short as the shortest set of actions that reaches the target (brute force).
   */
  it("with equal efforts and non-interacting actions, the greedy plan is as short as the best set (brute force)", () => {
    const gap = fc.record({ innovation: fc.integer({ min: 0, max: 5 }), indicator: fc.integer({ min: 0, max: sid.length - 1 }), evidence: fc.constantFrom<EvidenceStatus>("pending", "missing", "rejected") });
    fc.assert(
      fc.property(fc.integer({ min: 6, max: 8 }), fc.uniqueArray(gap, { minLength: 1, maxLength: 8, selector: (g) => `${g.innovation}/${g.indicator}` }), fc.double({ min: 0.05, max: 1, noNaN: true }), (n, gaps, where) => {
        const input = region({
          spdAnswers: allAt(e, "SPD", 3),
          innovations: Array.from({ length: n }, (_, k) => {
            const answers: Record<string, AnswerInput> = allAt(e, "SID", 3);
            for (const g of gaps) if (g.innovation === k) answers[sid[g.indicator]!.id] = { tier: 3, evidence: g.evidence };
            return innovation(e, 3, { name: `Inovasi ${k + 1}`, urusan: e.yandas.urusan[k % 6]!, answers });
          }),
        });
        const start = scoreRegion(input, e).verified.index!;
        const edits = planRegion(input, e, { target: { index: 100 }, maxNewInnovations: 0 });
        const max = edits.end.index!;
        if (max <= start) return;
        const target = Math.round((start + (max - start) * where) * 100) / 100;
        if (target <= start) return;
        const equal = Object.fromEntries(Object.keys(DEFAULT_EFFORTS).map((k) => [k, 1])) as unknown as EffortTable;
        const plan = planRegion(input, e, { target: { index: target }, maxNewInnovations: 0, efforts: equal });
        expect(plan.status).toBe("reached");
        expect(plan.actions.every((a) => a.kind === "evidence")).toBe(true);
        // brute force: the smallest k such that some k of the evidence actions reach the target
        const all = edits.actions;
        let best = Infinity;
        const subsets = (from: number, chosen: number[], k: number): boolean => {
          if (chosen.length === k) {
            let now: RegionInput = input;
            for (const i of chosen) now = applyAction(now, all[i]!);
            return scoreRegion(now, e).verified.index! >= target;
          }
          for (let i = from; i < all.length; i++) if (subsets(i + 1, [...chosen, i], k)) return true;
          return false;
        };
        for (let k = 1; k <= all.length && best === Infinity; k++) if (subsets(0, [], k)) best = k;
        expect(plan.actions.length).toBe(best);
      }),
      { numRuns: 40 },
    );
  });
});
