/**
 * The plan against a brute force over the planner's own candidates (`_brute.ts`): every sequence of up to three of the
 * actions the planner lists at each state — new innovations and yandas steps included, which cheapest.test.ts's
 * independent brute force leaves out — each gaining, re-scored by `scoreRegion`. On small generated regions (few
 * innovations, four agencies, a compliance rule), in both projections, to a target between today's index and what the
 * plan can reach, the plan costs exactly the least such set (when it has at most three moves — a cell raised tier after
 * tier is one step of the plan and a move a tier), and no set of up to three costs less (when it has more) — but for
 * the rare set that raises the median innovation before adding copies of it (the gap left, plan14a). A fixed seed: the same regions on every run.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { DEFAULT_EFFORTS, type EffortTable } from "../../src/plan/efforts.js";
import { planRegion } from "../../src/plan/plan.js";
import type { PlanOptions } from "../../src/plan/types.js";
import { regionFor } from "./_helpers.js";
import { bruteCheapest } from "./_brute.js";
import { checkSteps } from "./_checker.js";

const e = getEdition("iid-2026")!;
const MOST = 3;
const small = fc.tuple(regionFor(e, 5), fc.constantFrom<"verified" | "claimed">("verified", "claimed"), fc.double({ min: 0.01, max: 0.8, noNaN: true }));

/** A target between today's index and the highest the plan reaches (`where` of the way), as the plan's options. */
function toward(input: Parameters<typeof planRegion>[0], projection: "verified" | "claimed", where: number, efforts: EffortTable): PlanOptions | undefined {
  const top = planRegion(input, e, { projection, target: { index: 100 }, maxActions: 300, efforts });
  const start = top.start.index!;
  const index = Math.round((start + (top.end.index! - start) * where) * 100) / 100;
  return index > start ? { projection, target: { index }, efforts } : undefined;
}

describe("no set of up to three of the planner's own actions reaches the target for less than the plan", () => {
  const equal = Object.fromEntries(Object.keys(DEFAULT_EFFORTS).map((k) => [k, 1])) as unknown as EffortTable;
  for (const [name, efforts, runs, seed] of [
    ["the default efforts", { ...DEFAULT_EFFORTS }, 60, 20261130],
    ["equal efforts (the fewest steps)", equal, 40, 20261131],
  ] as const) {
    it(name, () => {
      let reached = 0;
      let leverage = 0;
      fc.assert(
        fc.property(small, ([input, projection, where]) => {
          const opts = toward(input, projection, where, efforts);
          if (!opts) return;
          const plan = planRegion(input, e, opts);
          if (plan.status !== "reached") return;
          reached++;
          checkSteps(input, e, plan);
          // the least over every set of up to three, at most the plan's effort
          const least = bruteCheapest(input, e, opts, MOST, plan.totalEffort + 1e-6);
          const says = `plan ${plan.totalEffort} [${plan.actions.map((a) => `${a.kind}:${a.effort}`).join(" ")}], brute force ${least?.effort} [${least?.steps.map((s) => `${s.what}:${s.effort}`).join(", ")}]`;
          // the planner's moves: a cell raised tier after tier is one step of the plan but one move a tier (one edit each)
          const moves = plan.actions.reduce((n, a) => n + (a.kind === "tier_up" ? a.edits.length : 1), 0);
          if (least !== null && least.effort < plan.totalEffort - 1e-9) {
            // the gap left (docs/decisions.md, plan14a): a new innovation is a copy of the median as the plan stands, so
            // raising the median innovation first raises every copy added after it — greedy does not look ahead to it.
            // Only that: the cheaper set raises an innovation before it adds one, and it is rare
            const add = least.steps.findIndex((x) => x.kind === "new_innovation" || x.kind === "yandas");
            expect(add > 0 && least.steps.slice(0, add).some((x) => x.kind === "tier_up" || x.kind === "evidence"), says).toBe(true);
            leverage++;
            return;
          }
          if (moves <= MOST) expect(least?.effort, says).toBe(plan.totalEffort);
        }),
        { numRuns: runs, seed },
      );
      expect(reached).toBeGreaterThan(runs / 2);
      expect(leverage).toBeLessThanOrEqual(runs / 20);
    });
  }
});

describe("the gap that is left (docs/decisions.md, plan6)", () => {
  it("efforts where a new innovation costs 4 and an SPD tier up 3: three SPD tier ups (9) where two new innovations (8) reach 10.68", () => {
    // one innovation (score 14; yandas not met), claimed, IID 9.80. SPD-13a answered and raised tier by tier: +0.4
    // each for 3 (0.133 a unit); a new innovation +14 / 12 × 0.4 = +0.4667 for 4 (0.117 a unit). Greedy raises SPD-13a
    // three times (11.00, effort 9); one tier up and one new innovation reach 10.67, short; two new innovations reach
    // 10.73 for 8. No single step reaches 10.68 after greedy's first, and searched again without SPD-13a, SPD-14 and
    // SPD-15 rank as it did — two steps of one kind, neither reaching alone, that no pass puts together. Seen only with
    // such tables: none in ~3,000 regions brute-forced with the default efforts or equal ones.
    const [input] = fc.sample(small, { seed: 3, numRuns: 189 })[188]!;
    // the region's empty SPD rows of record would be filled in at an evidence's effort (claimed: that is all evidence
    // prices here): priced out, so that the gap is the one between tier ups and new innovations it was found with
    const efforts = { evidence: 100, count: 1, newInnovation: 4, yandas: 3, tierUp: 2, spdTierUp: 3, withhold: 2 };
    const opts: PlanOptions = { projection: "claimed", target: { index: 10.68 }, efforts };
    const plan = planRegion(input, e, opts);
    expect(plan.start.index).toBe(9.8);
    // one step for the cell (plan14a): SPD-13a 0→3, three tier ups of 3
    expect(plan.actions.map((a) => [a.kind, a.where.spdRow?.id, a.where.tier, a.edits.length, a.effort])).toEqual([["tier_up", "SPD-13a", { from: 0, to: 3 }, 3, 9]]);
    const least = bruteCheapest(input, e, opts, 2, plan.totalEffort);
    expect(least?.effort).toBe(8);
    expect(least?.steps.map((s) => s.kind)).toEqual(["new_innovation", "new_innovation"]);
  });
});
