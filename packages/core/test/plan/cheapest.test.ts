/**
 * "Cheapest first": a plan picks by gain per effort and re-scores after every pick, then keeps the cheapest way to
 * the target it saw — the greedy steps up to some point and one step that reaches the target on its own (greedy alone
 * can overshoot: its best ratio may be a large, dear step when a small, cheap one suffices). Checked by hand and
 * against brute force: the least total effort over every set of steps an independent enumeration allows (the rules
 * as `_checker.ts` reads them), on small generated regions.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { resolvedAnswers } from "../../src/engine/_resolved.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { RegionResult } from "../../src/engine/result.js";
import { parseRegionInput } from "../../src/input/parse.js";
import type { AnswerInput, EvidenceStatus, RegionInput } from "../../src/input/schemas.js";
import { DEFAULT_EFFORTS, type EffortTable } from "../../src/plan/efforts.js";
import { planRegion } from "../../src/plan/plan.js";
import { allAt, innovations, region } from "../engine/builders.js";
import { checkSteps, isRecord, offeredTiers } from "./_checker.js";

const e = getEdition("iid-2026")!;
const sid = e.indicators.filter((i) => i.aspect === "SID");
const spd = e.indicators.filter((i) => i.aspect === "SPD");
const at80 = (): Record<string, AnswerInput> => ({ ...allAt(e, "SID", 2), "SID-1": { tier: 3, evidence: "accepted" }, "SID-16": { tier: 3, evidence: "accepted" } });

describe("the last step is the cheapest that reaches the target", () => {
  it("SPD-12 up a tier (+0.8 for 5) has the best ratio, but accepting one SID-8 evidence (+0.1 for 1) reaches 39.30", () => {
    // 8 innovations at 80, the first with SID-8 (bobot 1, tier 2 in the 80) answered at tier 3 with its evidence pending
    // (scores 0): Σ = 7 × 80 + 78 = 638; SPD every row at tier 2 = 42; SID = 638 / 12 + 0.38 × 8 = 56.2066…;
    // total 98.2066…; IID 39.2826… → 39.28. Accepting it: Σ 641, +3 / 12 × 0.4 = +0.1 → 39.3826… → 39.38
    // greedy by ratio: SPD-12 2→3 = 2 / 250 × 100 = 0.8 for 5 (0.16 a unit) beats SID-8's evidence = 3 / 12 × 0.4 = 0.1
    // for 1 (0.1 a unit); to reach 39.30 the evidence alone is enough: effort 1, not 5
    const list = innovations(e, 8, 2).map((i) => ({ ...i, answers: at80() }));
    list[0]!.answers["SID-8"] = { tier: 3, evidence: "pending" };
    const input = region({ spdAnswers: allAt(e, "SPD", 2), innovations: list });
    const plan = planRegion(input, e, { target: { index: 39.3 }, maxNewInnovations: 0 });
    expect(plan.start.index).toBe(39.28);
    expect(plan.status).toBe("reached");
    expect(plan.actions.map((a) => [a.kind, a.where.indicator?.id ?? a.where.spdRow?.id, a.effort])).toEqual([["evidence", "SID-8", 1]]);
    expect(plan.actions[0]!.gain).toBeCloseTo(0.1, 9);
    expect(plan.end.index).toBe(39.38);
    checkSteps(input, e, plan);
  });
});

describe("a large last step is replaced by small ones when they cost less", () => {
  it("counting an innovation with two faults (effort 4, +2.62) overshoots 38.60; two SPD evidence answers (effort 2, +0.6) reach it", () => {
    // 8 innovations at 80: Σ 640, SID = 640 / 12 + 0.38 × 8 = 56.3733…; SPD every row at tier 2 but 5a and 5b (bobot
    // 0.75 each) at tier 1 with evidence pending: 42 − 1.5 − 1.5 = 39; total 95.3733…; IID 38.1493… → 38.15.
    // A 9th innovation has a 200-word design text and no SID-1: counting it (2 faults × 2) gives 80 − 9 + 3 = 74 (SID-1
    // answered at tier 1): +74 / 12 + 0.38 = +6.5466… points, +2.6186… → 40.77, 0.65 a unit — the best ratio.
    // Each SPD evidence: +0.75 points, +0.3, 0.3 a unit; one reaches 38.45, both 38.75 ≥ 38.60 for effort 2 < 4.
    const list = innovations(e, 8, 2).map((i) => ({ ...i, answers: at80() }));
    const faulty = at80();
    delete faulty["SID-1"];
    list.push({ ...list[0]!, name: "Inovasi 9", designWords: 200, answers: faulty });
    const input = region({ spdAnswers: { ...allAt(e, "SPD", 2), "SPD-5a": { tier: 1, evidence: "pending" }, "SPD-5b": { tier: 1, evidence: "pending" } }, innovations: list });
    const plan = planRegion(input, e, { target: { index: 38.6 }, maxNewInnovations: 0 });
    expect(plan.start.index).toBe(38.15);
    expect(plan.actions.map((a) => [a.kind, a.where.spdRow?.id ?? a.where.innovation?.name, a.effort])).toEqual([
      ["evidence", "SPD-5a", 1],
      ["evidence", "SPD-5b", 1],
    ]);
    expect(plan.totalEffort).toBe(2);
    expect(plan.end.index).toBe(38.75);
    checkSteps(input, e, plan);
    // to Inovatif (40.01) the count is the cheapest way: the evidence answers alone reach 38.75
    expect(planRegion(input, e, { maxNewInnovations: 0 }).actions.map((a) => a.kind)).toEqual(["count"]);
  });
});

describe("a search within a budget passes over a step dearer than what is left", () => {
  it("claimed, one innovation at 74: yandas (effort 40) ranks first; the search without the new innovation it overshoots with still finds SPD-12 and SID-20 (effort 8)", () => {
    // one innovation at tier 2 (score 74), SPD every row at tier 1: IID 10.87, yandas not met (1 of the 5 urusan).
    // Ratios: yandas (4 new innovations in missing urusan, effort 40) +10.63, 0.27 a unit; one new innovation +74 / 12 ×
    // 0.4 = +2.47 for 10; SPD-12 1→2 +0.8 for 5; SID-20 (bobot 4) 2→3 +4 / 12 × 0.4 = +0.13 for 3. To 11.68 greedy takes
    // yandas, the cheapest single step reaching is a new innovation (10), and the search again without it stopped at
    // once: its best pick, yandas, did not fit the budget of 10. SPD-12 alone reaches 11.67; with SID-20 11.80, for 8.
    const input = region({ spdAnswers: allAt(e, "SPD", 1), innovations: innovations(e, 1, 2) });
    const plan = planRegion(input, e, { projection: "claimed", target: { index: 11.68 } });
    expect(plan.start.index).toBe(10.87);
    expect(plan.actions.map((a) => [a.kind, a.where.spdRow?.id ?? a.where.indicator?.id, a.effort])).toEqual([
      ["tier_up", "SPD-12", 5],
      ["tier_up", "SID-20", 3],
    ]);
    expect(plan.end.index).toBe(11.8);
    checkSteps(input, e, plan);
  });
});

describe("the search again from an earlier step", () => {
  it("SPD-12 up a tier first (the best ratio) leads to 23; without it two new innovations reach 26.32 for 20", () => {
    // 5 innovations at tier 1 (37 each) in five of the six basic-service urusan (yandas met), SPD every row at tier 2:
    // IID 23.73. A new innovation: (37 / 12 + 0.38) × 0.4 = +1.3853 for 10 (0.139 a unit); SPD-12 2→3 +0.8 for 5
    // (0.16). Greedy: SPD-12 (24.53), a new innovation (25.91), SPD-13a 2→3 (+0.4, 26.31), SID-20 1→2 (+0.1333,
    // 26.45): 23. Searched again from before SPD-12 without it, within 23: two new innovations, 26.50, for 20.
    const input = region({ spdAnswers: allAt(e, "SPD", 2), innovations: innovations(e, 5, 1) });
    const plan = planRegion(input, e, { target: { index: 26.32 } });
    expect(plan.start.index).toBe(23.73);
    expect(plan.actions.map((a) => [a.kind, a.effort, a.indexAfter])).toEqual([
      ["new_innovation", 10, 25.11],
      ["new_innovation", 10, 26.5],
    ]);
    checkSteps(input, e, plan);
  });
});

describe("a step a cheaper one can take the place of", () => {
  it("SPD-12 up a tier (5) and a new innovation (10) reach 22.53; the new innovation and SID-20 up a tier (3) reach 21.74 for 13", () => {
    // 3 innovations at tier 1 (37 each; yandas not met), SPD every row at tier 2: IID 20.50. SPD-12 2→3 +0.8 for 5 (0.16
    // a unit); a new innovation +37 / 12 × 0.4 = +1.2333 for 10; SID-20 (bobot 4) 1→2 +4 / 12 × 0.4 = +0.1333 for 3.
    // Greedy: SPD-12, then the new innovation (15). Without SPD-12 the new innovation alone reaches 21.73, short; the
    // cheapest step reaching 21.74 from there, SID-20 (21.87), costs less than SPD-12 and takes its place.
    const input = region({ spdAnswers: allAt(e, "SPD", 2), innovations: innovations(e, 3, 1) });
    const plan = planRegion(input, e, { target: { index: 21.74 } });
    expect(plan.start.index).toBe(20.5);
    expect(plan.actions.map((a) => [a.kind, a.where.indicator?.id, a.effort, a.indexAfter])).toEqual([
      ["new_innovation", undefined, 10, 21.73],
      ["tier_up", "SID-20", 3, 21.87],
    ]);
    checkSteps(input, e, plan);
  });
});

describe("a step the others make unneeded is left out", () => {
  it("SPD-12's evidence (+1.6 for 1) is greedy's first pick, but the two count steps (+2.82 each for 2) reach 42.75 without it", () => {
    // 8 innovations at 80 and two more with 200-word designs (not counted, in the divisor: n = 10 < 12); SPD every row
    // at tier 2 but SPD-12 (bobot 2) pending: 42 − 4 = 38. SID = 640 / 12 + 0.38 × 8 = 56.3733…; total 94.3733…;
    // IID 37.7493… → 37.75. SPD-12's evidence: +4 / 250 × 100 = +1.6 (1.6 a unit); a count: +(80 / 12 + 0.38) × 0.4 =
    // +2.8186… (1.41 a unit). Greedy: evidence, count (42.17), count (45.0) = effort 5; both counts alone:
    // Σ 800, SID = 66.666… + 3.8, total 108.466…, IID 43.3866… → 43.39 ≥ 42.75 for effort 4
    const list = innovations(e, 8, 2).map((i) => ({ ...i, answers: at80() }));
    for (const k of [9, 10]) list.push({ ...list[0]!, name: `Inovasi ${k}`, designWords: 200 });
    const input = region({ spdAnswers: { ...allAt(e, "SPD", 2), "SPD-12": { tier: 2, evidence: "pending" } }, innovations: list });
    const plan = planRegion(input, e, { target: { index: 42.75 }, maxNewInnovations: 0 });
    expect(plan.start.index).toBe(37.75);
    expect(plan.actions.map((a) => [a.kind, a.where.innovation?.name, a.effort])).toEqual([
      ["count", "Inovasi 9", 2],
      ["count", "Inovasi 10", 2],
    ]);
    expect(plan.end.index).toBe(43.39);
    checkSteps(input, e, plan);
  });
});

// ---- brute force -------------------------------------------------------------------------------------------------

const P = "verified";
const sidIds = sid.map((i) => i.id);
type Step = { effort: number; apply: (x: RegionInput) => void };

/** Every single step the rules allow in this state, enumerated from the edition and the engine's result alone. */
function stepsOf(input: RegionInput, r: RegionResult, E: EffortTable): Step[] {
  const out: Step[] = [];
  const window = e.eligibility.window!;
  input.innovations.forEach((_, j) => {
    const res = r.innovations[j]!;
    const { tiers, evidence } = resolvedAnswers(res);
    if (res[P].counted) {
      sid.forEach((ind, k) => {
        const t = tiers[k]!;
        const ev = evidence[k]!;
        if (t > 0 && ev !== "accepted") out.push({ effort: E.evidence, apply: (x) => void (x.innovations[j]!.answers[ind.id] = { ...x.innovations[j]!.answers[ind.id]!, evidence: "accepted" }) });
        const next = isRecord(ind) ? undefined : offeredTiers(ind).find((u) => u > t);
        if (next !== undefined && (t === 0 || ev === "accepted")) out.push({ effort: E.tierUp, apply: (x) => void (x.innovations[j]!.answers[ind.id] = { tier: next, evidence: "accepted" }) });
      });
    } else if (!res.rejected) {
      const faults = res.ineligible;
      const fixable = faults.every((f) => ["design_too_short", "mandatory_unanswered"].includes(f.code) || (f.code === "outside_window" && !(typeof f.params.date === "string" && f.params.date > window.to)));
      if (faults.length > 0 && fixable) {
        out.push({
          effort: E.count * faults.length,
          apply: (x) => {
            const v = x.innovations[j]!;
            for (const f of faults) {
              if (f.code === "outside_window") (v as unknown as Record<string, unknown>)[String(f.path.at(-1))] = window.from;
              if (f.code === "design_too_short") v.designWords = Number(f.params.min);
              if (f.code === "mandatory_unanswered") v.answers[String(f.params.indicator)] = { tier: offeredTiers(sid.find((i) => i.id === f.params.indicator)!)[0]!, evidence: "accepted" };
            }
          },
        });
      }
    }
    if (!res[P].counted && e.formula.rejectedCountInDivisor.value) out.push({ effort: E.withhold, apply: (x) => void (x.innovations[j] = null as never) });
  });
  for (const row of r[P].spd.rows) {
    const ind = spd.find((i) => i.id === row.indicatorId)!;
    if (row.answeredTier > 0 && row.evidence !== "accepted") out.push({ effort: E.evidence, apply: (x) => void (x.spdAnswers[ind.id] = { ...x.spdAnswers[ind.id]!, evidence: "accepted" }) });
    const next = isRecord(ind) ? undefined : offeredTiers(ind).find((u) => u > row.answeredTier);
    if (next !== undefined && (row.answeredTier === 0 || row.evidence === "accepted")) out.push({ effort: E.spdTierUp, apply: (x) => void (x.spdAnswers[ind.id] = { tier: next, evidence: "accepted" }) });
  }
  return out;
}

/** The least effort, up to `budget`, of any sequence of allowed steps after which the index reaches `target` (uniform-cost search). */
function leastEffort(input: RegionInput, target: number, budget: number, E: EffortTable): number {
  const seen = new Map<string, number>([[JSON.stringify(input), 0]]);
  const frontier = [{ input, cost: 0 }];
  while (frontier.length > 0) {
    frontier.sort((a, b) => a.cost - b.cost);
    const { input: now, cost } = frontier.shift()!;
    if (cost > budget) break;
    const r = scoreRegion(now, e);
    if (r[P].index! >= target) return cost;
    for (const step of stepsOf(now, r, E)) {
      const c = cost + step.effort;
      if (c > budget) continue;
      const next = structuredClone(now);
      step.apply(next);
      next.innovations = next.innovations.filter((v) => v !== null);
      const key = JSON.stringify(next);
      if ((seen.get(key) ?? Infinity) <= c) continue;
      seen.set(key, c);
      frontier.push({ input: next, cost: c });
    }
  }
  return Infinity;
}

const EV: EvidenceStatus[] = ["pending", "missing", "rejected"];
/** 1–3 innovations near the top tiers with a few gaps each (lower tiers, evidence not accepted, a missing answer), some not eligible, three SPD gaps. */
const smallRegion = fc
  .record({
    innovations: fc.array(
      fc.record({
        gaps: fc.array(fc.record({ k: fc.integer({ min: 0, max: sid.length - 1 }), down: fc.integer({ min: 1, max: 2 }), ev: fc.constantFrom<EvidenceStatus>("accepted", ...EV), drop: fc.constantFrom(false, false, false, false, false, false, false, true) }), { minLength: 1, maxLength: 3 }),
        fault: fc.constantFrom("none", "none", "none", "none", "date", "words"),
        rejected: fc.constantFrom(false, false, false, false, false, false, false, false, false, false, false, true),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    spd: fc.array(fc.record({ k: fc.integer({ min: 0, max: spd.length - 1 }), tier: fc.integer({ min: 1, max: 3 }), ev: fc.constantFrom<EvidenceStatus>("accepted", ...EV) }), { minLength: 3, maxLength: 3 }),
    where: fc.double({ min: 0.02, max: 1, noNaN: true }),
  })
  .map(({ innovations: list, spd: rows, where }) => {
    const top = (k: number) => Math.max(...offeredTiers(sid[k]!));
    const spdAnswers: Record<string, AnswerInput> = allAt(e, "SPD", 3);
    for (const g of rows) spdAnswers[spd[g.k]!.id] = { tier: g.tier, evidence: g.ev };
    const data = {
      region: { name: "Kabupaten Kecil", level: "kabupaten", year: 2026 },
      spdAnswers,
      innovations: list.map((x, j) => {
        const answers: Record<string, AnswerInput> = Object.fromEntries(sid.map((ind, k) => [ind.id, { tier: top(k), evidence: "accepted" as const }]));
        for (const g of x.gaps) {
          if (g.drop) delete answers[sidIds[g.k]!];
          else answers[sidIds[g.k]!] = { tier: Math.max(1, top(g.k) - g.down), evidence: g.ev };
        }
        return { name: `Inovasi ${j + 1}`, agency: "Dinas A", stage: "penerapan", urusan: e.yandas.urusan[j]!, implementationDate: x.fault === "date" ? "2023-03-01" : "2025-01-01", designWords: x.fault === "words" ? 200 : 400, entries: 1, rejected: x.rejected, answers };
      }),
    };
    const p = parseRegionInput(data);
    if (!p.ok) throw new Error("a small region failed to parse");
    return { input: p.value, where };
  });

describe("against brute force on small regions", () => {
  for (const [name, E] of [
    ["the default efforts", { ...DEFAULT_EFFORTS }],
    ["equal efforts (the fewest steps)", Object.fromEntries(Object.keys(DEFAULT_EFFORTS).map((k) => [k, 1])) as unknown as EffortTable],
  ] as const) {
    it(`no set of allowed steps reaches the target for less effort than the plan: ${name}`, () => {
      fc.assert(
        fc.property(smallRegion, ({ input, where }) => {
          const start = scoreRegion(input, e)[P].index!;
          const max = planRegion(input, e, { target: { index: 100 }, maxNewInnovations: 0, maxActions: 1000, efforts: E }).end.index!;
          const target = Math.round((start + (max - start) * where) * 100) / 100;
          if (!(target > start)) return;
          const plan = planRegion(input, e, { target: { index: target }, maxNewInnovations: 0, maxActions: 1000, efforts: E });
          expect(plan.status).toBe("reached");
          checkSteps(input, e, plan);
          expect(leastEffort(input, target, plan.totalEffort - 1e-9, E), `plan effort ${plan.totalEffort} for ${start} → ${target}`).toBe(Infinity);
        }),
        { numRuns: 30, seed: 20261129 },
      );
    });
  }
});
