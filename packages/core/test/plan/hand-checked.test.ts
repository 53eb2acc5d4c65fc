/**
 * Plans checked by hand, with the arithmetic written out, for the 2026 edition (floor 12) and a derived edition with
 * floor 14. 2026: SID = Σ / MAX(floor, n) + 0.38 × MIN(counted, 200) (yandas met: 5 of 6 urusan), IID = total / 250 × 100.
 */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { scoreInnovation } from "../../src/engine/innovation.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { AnswerInput } from "../../src/input/schemas.js";
import { deriveEdition } from "../../src/model/derive.js";
import { planRegion } from "../../src/plan/plan.js";
import { innovationsNeeded } from "../../src/plan/needed.js";
import { allAt, innovation, innovations, region } from "../engine/builders.js";
import { replay } from "./_helpers.js";

const e2026 = getEdition("iid-2026")!;
const d = deriveEdition(e2026, { id: "iid-2026-lantai-14", formula: { sidDivisorFloor: { value: 14, source: { ref: "lampiran-bskdn-2026", confidence: "peer" } } } });
if (!d.ok) throw new Error("derived edition");
const e14 = d.value;

/** Every SID indicator at tier 2 (Σ bobot 37 × 2 = 74), SID-1 and SID-16 (bobot 3 each) at tier 3: 74 + 3 + 3 = 80. */
const at80 = (): Record<string, AnswerInput> => ({ ...allAt(e2026, "SID", 2), "SID-1": { tier: 3, evidence: "accepted" }, "SID-16": { tier: 3, evidence: "accepted" } });
/** n innovations scoring 80, urusan cycling over the six yandas urusan; SPD given as a total of 40. */
const eighty = (n: number) => region({ spdTotal: 40, innovations: innovations(e2026, n, 2).map((i) => ({ ...i, answers: at80() })) });

describe("8 innovations scoring 80, SPD 40", () => {
  it("each innovation scores 80", () => {
    expect(scoreInnovation(eighty(1).innovations[0]!, e2026).verified.total).toBe(80);
  });

  it("2026, floor 12: the 9th innovation fills an empty seat and gains 2.818666…", () => {
    // today: SID = 8 × 80 / MAX(12, 8) + 0.38 × 8 = 53.333… + 3.04 = 56.3733…; total 96.3733…; IID 38.549333… → 38.55
    // 9th at 80 (the median): SID = 9 × 80 / 12 + 0.38 × 9 = 60 + 3.42 = 63.42; total 103.42; IID 41.368 → 41.37
    // gain = (80 / 12 + 0.38) / 250 × 100 = 7.04666… × 0.4 = 2.818666…
    const input = eighty(8);
    const plan = planRegion(input, e2026);
    expect(plan.start.index).toBe(38.55);
    expect(plan.seats).toEqual({ floor: 12, n: 8, empty: 4 });
    expect(plan.oneMore.expectedScore).toBe(80);
    expect(plan.oneMore.basis).toBe("median");
    expect(plan.oneMore.aboveFloor).toBe(false);
    expect(plan.oneMore.gain).toBeCloseTo(2.8186666667, 9);
    // the next predicate up is Inovatif (≥ 40.01): the one action is the new innovation (its 2.82 points per 10 of
    // effort beat every tier up: a bobot-3 indicator on one innovation is 3 / 12 × 0.4 = 0.1 per 3, an SPD total has no rows)
    expect(plan.status).toBe("reached");
    expect(plan.actions.map((a) => a.kind)).toEqual(["new_innovation"]);
    expect(plan.actions[0]!.indexAfter).toBe(41.37);
    expect(plan.actions[0]!.gain).toBeCloseTo(2.8186666667, 9);
    replay(input, e2026, plan);
  });

  it("derived edition, floor 14: the 9th innovation gains 2.437714…", () => {
    // today: SID = 640 / 14 + 3.04 = 45.714285… + 3.04 = 48.754285…; total 88.754285…; IID 35.501714… → 35.50
    // 9th: SID = 720 / 14 + 3.42 = 51.428571… + 3.42 = 54.848571…; total 94.848571…; IID 37.939428… → 37.94
    // gain = (80 / 14 + 0.38) / 250 × 100 = 6.094285… × 0.4 = 2.437714…
    const input = eighty(8);
    const plan = planRegion(input, e14, { target: { index: 37.94 } });
    expect(plan.start.index).toBe(35.5);
    expect(plan.seats).toEqual({ floor: 14, n: 8, empty: 6 });
    expect(plan.oneMore.gain).toBeCloseTo(2.4377142857, 9);
    expect(plan.actions.map((a) => [a.kind, a.indexAfter])).toEqual([["new_innovation", 37.94]]);
    replay(input, e14, plan);
  });
});

describe("above the floor the marginal innovation can lower the index — and the plan says so", () => {
  it("2026: 13 innovations at 80, a 14th expected at 20 loses 1.562285…", () => {
    // today: n = 13 ≥ 12: SID = 1040 / 13 + 0.38 × 13 = 80 + 4.94 = 84.94
    // 14th at 20: SID = 1060 / 14 + 0.38 × 14 = 75.714285… + 5.32 = 81.034285…
    // gain = (81.034285… − 84.94) / 250 × 100 = −3.905714… × 0.4 = −1.562285…
    const plan = planRegion(eighty(13), e2026, { expectedScore: 20 });
    expect(plan.oneMore.expectedScore).toBe(20);
    expect(plan.oneMore.basis).toBe("given");
    expect(plan.oneMore.aboveFloor).toBe(true);
    expect(plan.oneMore.average).toBe(80);
    expect(plan.oneMore.gain).toBeCloseTo(-1.5622857143, 9);
    expect(plan.actions.some((a) => a.kind === "new_innovation")).toBe(false);
  });

  it("derived floor 14: the same 14th innovation still fills a seat (n = 13 < 14) and gains 0.723428…", () => {
    // today: SID = 1040 / 14 + 4.94; 14th: SID = 1060 / 14 + 5.32; gain = (20 / 14 + 0.38) × 0.4 = 1.808571… × 0.4 = 0.723428…
    const plan = planRegion(eighty(13), e14, { expectedScore: 20 });
    expect(plan.oneMore.aboveFloor).toBe(false);
    expect(plan.oneMore.gain).toBeCloseTo(0.7234285714, 9);
  });
});

describe("the other action kinds, by hand", () => {
  it("evidence: SID-20 (bobot 4) at tier 2 pending on one of 8 counted innovations is worth 8 / 12 × 0.4 = 0.2666…", () => {
    const input = eighty(8);
    input.innovations[0]!.answers["SID-20"] = { tier: 2, evidence: "pending" };
    // verified today: Σ = 7 × 80 + (80 − 8) = 632; SID = 632 / 12 + 3.04 = 55.706666…; total 95.706666…; IID 38.282666… → 38.28
    // (a new innovation at 80 would gain 2.8187 for 10 of effort, 0.28 a unit, more than this 0.27: none allowed here)
    const plan = planRegion(input, e2026, { target: { index: 38.5 }, maxNewInnovations: 0 });
    expect(plan.start.index).toBe(38.28);
    expect(plan.actions[0]!.kind).toBe("evidence");
    expect(plan.actions[0]!.where.indicator?.id).toBe("SID-20");
    expect(plan.actions[0]!.gain).toBeCloseTo(0.2666666667, 9);
    expect(plan.actions[0]!.indexAfter).toBe(38.55);
    expect(plan.evidence.byIndicator).toMatchObject([{ key: "SID-20", answers: 1, innovations: 1, indexAfter: 38.55 }]);
    replay(input, e2026, plan);
  });

  it("withhold: a 13th innovation implemented after the window keeps the divisor at 13; not submitting it gains (960/12 − 960/13) × 0.4 = 2.4615…", () => {
    // 12 at 80 + 1 that does not count: SID = 960 / 13 + 0.38 × 12 = 73.846153… + 4.56; without it: 960 / 12 + 4.56 = 84.56
    // (implemented after the window: no step counts it; a rejected one is never withheld, it was submitted already)
    const input = eighty(13);
    input.innovations[12]!.implementationDate = "2026-02-01";
    const plan = planRegion(input, e2026, { target: { index: 50 } });
    const w = plan.actions.find((a) => a.kind === "withhold")!;
    expect(w.where.innovation?.index).toBe(12);
    expect(w.gain).toBeCloseTo(2.4615384615, 9);
    expect(plan.actions[0]).toBe(w); // 2.46 per 1 of effort is the best ratio on offer
    replay(input, e2026, plan);
  });

  it("count: an innovation outside the window counts once its date is fixed: its 80 and its 0.38 (13 in the divisor either way)", () => {
    // 12 counted at 80 + 1 outside the window, n = 13 (it stays in the divisor): SID = 960 / 13 + 0.38 × 12
    // counted: SID = 1040 / 13 + 0.38 × 13; gain = (80 / 13 + 0.38) × 0.4 = 2.613538…; withholding it gains 2.4615… × 1,
    // counting it 2.6135… for effort 2 (1.31 per unit): withhold is taken first when both are on offer at these efforts
    const input = eighty(13);
    input.innovations[12]!.implementationDate = "2023-05-01";
    const plan = planRegion(input, e2026, { target: { index: 50 }, efforts: { withhold: 100 } });
    const c = plan.actions.find((a) => a.kind === "count")!;
    expect(c.where.fixes).toEqual([{ fault: "outside_window", field: "implementationDate", was: "2023-05-01", window: { from: "2024-01-01", to: "2025-12-31" } }]);
    expect(c.gain).toBeCloseTo(2.6135384615, 9);
    replay(input, e2026, plan);
  });

  it("yandas: 8 innovations in 4 of the 6 basic-service urusan forfeit 0.38 × 8; the yandas action adds the missing one it needs", () => {
    // 5 of 6 required; covered 4 → one innovation in a missing urusan: SID = 9 × 80 / 12 + 0.38 × 9 instead of 8 × 80 / 12 + 0
    // gain = (60 + 3.42 − 53.333…) × 0.4 = 4.034666…
    const input = region({
      spdTotal: 40,
      innovations: Array.from({ length: 8 }, (_, k) => innovation(e2026, 2, { name: `Inovasi ${k + 1}`, urusan: e2026.yandas.urusan[k % 4]!, answers: at80() })),
    });
    expect(scoreRegion(input, e2026).yandas.verified.met).toBe(false);
    const plan = planRegion(input, e2026);
    const y = plan.actions.find((a) => a.kind === "yandas")!;
    // the new innovation names its urusan as an analyst writes it: the catalogue entry's name
    const missing = e2026.urusan.find((u) => u.id === e2026.yandas.urusan[4])!;
    expect(y.where.added?.map((a) => a.urusan)).toEqual([missing.name.id]);
    expect(y.gain).toBeCloseTo(4.0346666667, 9);
    replay(input, e2026, plan);
  });

  it("tier up on an SPD row: SPD-12 (bobot 2) from 1 to 2 is worth 2 / 250 × 100 = 0.8", () => {
    const input = region({ spdAnswers: { ...allAt(e2026, "SPD", 2), "SPD-12": { tier: 1, evidence: "accepted" } }, innovations: innovations(e2026, 8, 2) });
    // worked example (spec §7) with SPD 42 − 2 = 40: SID = 8 × 74 / 12 + 3.04 = 52.373…; total 92.373…; IID 36.949… → 36.95
    const plan = planRegion(input, e2026, { target: { index: 37.7 }, maxNewInnovations: 0 });
    expect(plan.start.index).toBe(36.95);
    expect(plan.actions[0]).toMatchObject({ kind: "tier_up", where: { spdRow: { id: "SPD-12" }, tier: { from: 1, to: 2 } }, indexAfter: 37.75 });
    expect(plan.actions[0]!.gain).toBeCloseTo(0.8, 9);
    replay(input, e2026, plan);
  });
});

describe("innovationsNeeded: the one-number question", () => {
  it("8 innovations at 80, SPD 40: one more reaches Inovatif at floor 12, two at floor 14", () => {
    // floor 12: 1 → IID 41.37 (above). floor 14: 1 → 37.94; 2 → SID = 800 / 14 + 0.38 × 10 = 57.142857… + 3.8 = 60.942857…,
    // total 100.942857…, IID 40.377… → 40.38 ≥ 40.01
    expect(innovationsNeeded(eighty(8), e2026)).toMatchObject({ needed: 1, expectedScore: 80, index: 41.37, target: { index: 40.01 } });
    expect(innovationsNeeded(eighty(8), e14)).toMatchObject({ needed: 2, index: 40.38 });
    // already there: 0. Sangat Inovatif (≥ 65.01, total ≥ 162.525): from n = 12 on every seat holds 80, so
    // total = 40 + 80 + 0.38 × (8 + k); 0.38 × (8 + k) ≥ 42.525 → 8 + k ≥ 111.9 → k = 104 (total 162.56, IID 65.02;
    // k = 103 gives 162.18, 64.87), within the cap's 200 − 8 = 192 (any number is tried)
    expect(innovationsNeeded(eighty(8), e2026, { target: { index: 30 } }).needed).toBe(0);
    const far = innovationsNeeded(eighty(8), e2026, { target: { predicate: "sangat-inovatif" } });
    expect(far.needed).toBe(104);
    // any number was tried: null, not Infinity, so the answer is the same after JSON (dev13 F11)
    expect(far.tried).toBeNull();
    expect(JSON.parse(JSON.stringify(far))).toEqual(far);
    expect(innovationsNeeded(eighty(8), e2026, { target: { predicate: "sangat-inovatif" }, max: Infinity }).tried).toBeNull();
    expect(innovationsNeeded(eighty(8), e2026, { target: { predicate: "sangat-inovatif" }, max: 50 })).toMatchObject({ needed: null, tried: 50 });
    // an expected score of 20, above the floor, only loses: none reaches 65.01
    expect(innovationsNeeded(eighty(13), e2026, { target: { predicate: "sangat-inovatif" }, expectedScore: 20 }).needed).toBeNull();
  });
});
