/**
 * Efforts by indicator (`efforts.indicators`): raising SID-1 Regulasi to a Perda (tier 3) is months of work, not one
 * more bimtek. The steps on an indicator the region prices cost its own effort — evidence, tier up (by the tier
 * reached), on an innovation and on an SPD row, a row of record filled in — and the plan ranks by gain per effort
 * with them. The plans below are worked out by hand, and against a brute force over every evidence and tier-up step.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { DEFAULT_EFFORTS, type EffortTable } from "../../src/plan/efforts.js";
import { planRegion } from "../../src/plan/plan.js";
import type { PlanOptions } from "../../src/plan/types.js";
import { allAt, innovations, region } from "../engine/builders.js";
import { bruteCheapest } from "./_brute.js";
import { checkSteps } from "./_checker.js";
import { regionFor, replay } from "./_helpers.js";

const e = getEdition("iid-2026")!;
const steps = (p: ReturnType<typeof planRegion>) => p.actions.map((a) => [a.kind, a.where.innovation?.name ?? a.where.spdRow?.id, a.where.indicator?.id ?? null, a.where.tier ? `${a.where.tier.from}→${a.where.tier.to}` : null, a.effort]);

/**
 * 12 innovations every SID answer at tier 3 (111 each, SPD every row at tier 3: 63), but Inovasi 1's SID-1 (bobot 3)
 * at tier 2 (Perkada) and SID-5 (bobot 1) at tier 2 on Inovasi 1–4: Σ = 12 × 111 − 3 − 4 = 1325; SID = 1325 / 12 +
 * 0.38 × 12 = 114.9766…; total 177.9766…; IID 71.1906… → 71.19. To 71.29 the SID Σ must reach 1328 (1327: IID
 * 71.2573… → 71.26; 1328: 71.2906…): three more points, SID-1 2→3 (+3) or three SID-5 2→3 (+1 each).
 */
function perdaRegion() {
  const list = innovations(e, 12, 3);
  list[0]!.answers!["SID-1"] = { tier: 2, evidence: "accepted" };
  for (const k of [0, 1, 2, 3]) list[k]!.answers!["SID-5"] = { tier: 2, evidence: "accepted" };
  return region({ spdAnswers: allAt(e, "SPD", 3), innovations: list });
}
const toPerda = (efforts?: PlanOptions["efforts"]): PlanOptions => ({ target: { index: 71.29 }, maxNewInnovations: 0, ...(efforts ? { efforts } : {}) });

describe("decimal efforts add up as written", () => {
  it("a merged tier up of 0,1 + 0,2 + 0,3 is 0,6, and the plan's total and running sums carry no binary noise", () => {
    const input = perdaRegion();
    input.innovations[0]!.answers!["SID-5"] = { tier: 0, evidence: "accepted" }; // Σ 1323: five points to 1328
    const efforts = { indicators: { "SID-1": { tierUp: 60 }, "SID-5": { tierUp: { 1: 0.1, 2: 0.2, 3: 0.3 } } } };
    const p = planRegion(input, e, toPerda(efforts));
    expect(p.status).toBe("reached");
    // Inovasi 1's SID-5 0→3 (+3) and two more SID-5 2→3 (+1 each), none of SID-1 at 60
    expect(steps(p).map((s) => [s[2], s[3], s[4]])).toEqual([["SID-5", "0→3", 0.6], ["SID-5", "2→3", 0.3], ["SID-5", "2→3", 0.3]]);
    expect([0.1 + 0.2 + 0.3, 0.1 + 0.2 + 0.3 + 0.3 + 0.3]).toEqual([0.6000000000000001, 1.2000000000000002]); // the sums before
    expect(p.totalEffort).toBe(1.2);
    expect(p.actions.map((a) => a.effortSoFar)).toEqual([0.6, 0.9, 1.2]);
  });
});

describe("an expensive SID-1 makes the plan take other steps", () => {
  it("by default SID-1 2→3 (Perda) costs a tier up, 3: the plan takes it; priced at 60 the plan takes three SID-5 tier ups (9)", () => {
    const input = perdaRegion();
    const cheap = planRegion(input, e, toPerda());
    expect(cheap.start.index).toBe(71.19);
    expect(steps(cheap)).toEqual([["tier_up", "Inovasi 1", "SID-1", "2→3", 3]]);
    expect(cheap.end.index).toBe(71.29);
    // SID-1 at 60: 3 / 60 = 0.05 a unit against SID-5's 1 / 3: three SID-5 tier ups, 9 in all
    const dear = planRegion(input, e, toPerda({ indicators: { "SID-1": { tierUp: { 3: 60 } } } }));
    expect(dear.status).toBe("reached");
    expect(steps(dear)).toEqual([
      ["tier_up", "Inovasi 1", "SID-5", "2→3", 3],
      ["tier_up", "Inovasi 2", "SID-5", "2→3", 3],
      ["tier_up", "Inovasi 3", "SID-5", "2→3", 3],
    ]);
    expect(dear.totalEffort).toBe(9);
    expect(dear.end.index).toBe(71.29);
    expect(dear.efforts.indicators).toEqual({ "SID-1": { tierUp: { 3: 60 } } });
    replay(input, e, dear);
    checkSteps(input, e, dear);
  });

  it("where the two ways cross: SID-1 at 8 (below three SID-5 at 9) is still taken, at 10 it is not; one figure for all tiers reads as one", () => {
    const input = perdaRegion();
    expect(steps(planRegion(input, e, toPerda({ indicators: { "SID-1": { tierUp: { 3: 8 } } } })))).toEqual([["tier_up", "Inovasi 1", "SID-1", "2→3", 8]]);
    expect(planRegion(input, e, toPerda({ indicators: { "SID-1": { tierUp: 10 } } })).actions.map((a) => a.where.indicator?.id)).toEqual(["SID-5", "SID-5", "SID-5"]);
    // a tier-up price for tier 2 only leaves the tier 3 at the kind's (3)
    expect(steps(planRegion(input, e, toPerda({ indicators: { "SID-1": { tierUp: { 2: 60 } } } })))).toEqual([["tier_up", "Inovasi 1", "SID-1", "2→3", 3]]);
    // dearer SID-5 too: SID-1 at 10 is the cheapest way again
    expect(steps(planRegion(input, e, toPerda({ indicators: { "SID-1": { tierUp: 10 }, "SID-5": { tierUp: 4 } } })))).toEqual([["tier_up", "Inovasi 1", "SID-1", "2→3", 10]]);
  });

  it("the brute force over every evidence and tier-up step agrees: 9 with SID-1 at 60, 3 without", () => {
    const input = perdaRegion();
    expect(bruteCheapest(input, e, toPerda({ indicators: { "SID-1": { tierUp: { 3: 60 } } } }), 3, 60, true)?.effort).toBe(9);
    expect(bruteCheapest(input, e, toPerda(), 3, 60, true)?.effort).toBe(3);
  });
});

describe("a step's effort is its indicator's", () => {
  it("a cell raised two tiers is one step at the sum of its tiers' efforts (20 + 60), or twice the one figure", () => {
    // Inovasi 1's SID-1 at tier 1, every other answer at 3: Σ = 1332 − 6; to 71.42 (Σ 1332: IID 71.424) both tiers
    const list = innovations(e, 12, 3);
    list[0]!.answers!["SID-1"] = { tier: 1, evidence: "accepted" };
    const input = region({ spdAnswers: allAt(e, "SPD", 3), innovations: list });
    const plan = planRegion(input, e, { target: { index: 71.42 }, maxNewInnovations: 0, efforts: { indicators: { "SID-1": { tierUp: { 2: 20, 3: 60 } } } } });
    expect(steps(plan)).toEqual([["tier_up", "Inovasi 1", "SID-1", "1→3", 80]]);
    expect(plan.actions[0]!.edits).toHaveLength(2);
    expect(plan.totalEffort).toBe(80);
    expect(planRegion(input, e, { target: { index: 71.42 }, maxNewInnovations: 0, efforts: { indicators: { "SID-1": { tierUp: 20 } } } }).totalEffort).toBe(40);
    replay(input, e, plan);
  });

  it("evidence on an innovation's indicator and on an SPD row, an SPD tier up, a row of record filled in", () => {
    // verified: Inovasi 1's SID-8 pending; SPD-14 pending, SPD-12 at tier 2, SPD-1 (of record) not answered
    const list = innovations(e, 12, 3);
    list[0]!.answers!["SID-8"] = { tier: 3, evidence: "pending" };
    const spd = allAt(e, "SPD", 3);
    spd["SPD-14"] = { tier: 3, evidence: "pending" };
    spd["SPD-12"] = { tier: 2, evidence: "accepted" };
    delete spd["SPD-1"];
    const input = region({ spdAnswers: spd, innovations: list });
    const efforts = { indicators: { "SID-8": { evidence: 2 }, "SPD-14": { evidence: 5 }, "SPD-12": { tierUp: 8 }, "SPD-1": { evidence: 4 } } };
    const plan = planRegion(input, e, { target: { index: 100 }, maxNewInnovations: 0, efforts });
    const by = Object.fromEntries(plan.actions.map((a) => [`${a.kind} ${a.where.indicator?.id ?? a.where.spdRow?.id}`, a.effort]));
    expect(by).toEqual({ "evidence SID-8": 2, "evidence SPD-14": 5, "tier_up SPD-12": 8, "fill SPD-1": 4 });
    // without them, the kinds' efforts
    const plain = planRegion(input, e, { target: { index: 100 }, maxNewInnovations: 0 });
    expect(Object.fromEntries(plain.actions.map((a) => [`${a.kind} ${a.where.indicator?.id ?? a.where.spdRow?.id}`, a.effort]))).toEqual({ "evidence SID-8": 1, "evidence SPD-14": 1, "tier_up SPD-12": 5, "fill SPD-1": 1 });
  });
});

describe("no set of up to three of the planner's own actions reaches the target for less, with indicators priced on their own", () => {
  const efforts: EffortTable = { ...DEFAULT_EFFORTS, indicators: { "SID-1": { tierUp: { 3: 60 } }, "SID-20": { tierUp: 1.5 }, "SID-2": { evidence: 0.5 }, "SPD-12": { tierUp: 2 }, "SPD-14": { evidence: 4 } } };
  const small = fc.tuple(regionFor(e, 4), fc.constantFrom<"verified" | "claimed">("verified", "claimed"), fc.double({ min: 0.01, max: 0.8, noNaN: true }));
  it("on small generated regions, every evidence and tier-up step listed (not only each innovation's best)", () => {
    let reached = 0;
    fc.assert(
      fc.property(small, ([input, projection, where]) => {
        const top = planRegion(input, e, { projection, target: { index: 100 }, maxActions: 300, efforts });
        const start = top.start.index!;
        const index = Math.round((start + (top.end.index! - start) * where) * 100) / 100;
        if (!(index > start)) return;
        const opts: PlanOptions = { projection, target: { index }, efforts, maxNewInnovations: 0 };
        const plan = planRegion(input, e, opts);
        if (plan.status !== "reached") return;
        reached++;
        checkSteps(input, e, plan);
        const moves = plan.actions.reduce((n, a) => n + (a.kind === "tier_up" ? a.edits.length : 1), 0);
        const least = bruteCheapest(input, e, opts, 3, plan.totalEffort + 1e-6, true);
        const says = `plan ${plan.totalEffort} [${plan.actions.map((a) => `${a.kind}:${a.effort}`).join(" ")}], brute force ${least?.effort} [${least?.steps.map((s) => `${s.what}:${s.effort}`).join(", ")}]`;
        if (least !== null) expect(least.effort, says).toBeGreaterThanOrEqual(plan.totalEffort - 1e-9);
        if (moves <= 3) expect(least?.effort, says).toBe(plan.totalEffort);
      }),
      { numRuns: 25, seed: 20261130 },
    );
    expect(reached).toBeGreaterThan(10);
  });
});
