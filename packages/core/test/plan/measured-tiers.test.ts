/**
 * A step on an indicator measured on several bases (SID-18, Kemanfaatan inovasi: persons served, coverage, spending
 * efficiency …) says the values that give the tier it asks for. Its options name no amount ("Manfaat tingkat 3 pada
 * dasar ukuran yang dipilih"), so "naik tingkat 2→3 … tingkat 3: Manfaat tingkat 3 pada dasar ukuran yang dipilih"
 * told the analyst to raise SID-18 without saying to what. Each range said is checked by typing a value inside it on
 * its basis and scoring: the answer reaches the tier.
 */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { deriveEdition } from "../../src/model/derive.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { AnswerInput, RegionInput } from "../../src/input/schemas.js";
import { describeAction } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";
import type { MeasureAt, PlanAction } from "../../src/plan/types.js";
import { allAt, innovations, region } from "../engine/builders.js";

const e = getEdition("iid-2026")!;
const sid18 = e.indicators.find((i) => i.id === "SID-18")!;
const sid2 = e.indicators.find((i) => i.id === "SID-2")!;

/** Twelve innovations at tier 3 but SID-18 (`answer`), and a target only raising SID-18 reaches. */
function planned(answer: AnswerInput, over: (k: number) => Record<string, AnswerInput> = () => ({})) {
  const input = region({ spdAnswers: allAt(e, "SPD", 3), innovations: innovations(e, 12, 3).map((x, k) => ({ ...x, answers: { ...x.answers, "SID-18": answer, ...over(k) } })) });
  return { input, plan: planRegion(input, e, { target: { index: 71 }, maxNewInnovations: 0, maxActions: 1 }) };
}

/** A value inside a range said (its lower end, or just above an open one; within the upper end). */
function inside(m: MeasureAt): number {
  if (!m.min) return m.max!.inclusive ? m.max!.value : m.max!.value - 0.5;
  if (m.min.inclusive) return m.min.value;
  return m.max && m.max.value - m.min.value <= 1 ? (m.min.value + m.max.value) / 2 : m.min.value + 1;
}

/** Whether each basis the step names scores its tier with a value inside the range said. */
function eachRangeScores(input: RegionInput, a: PlanAction, list: MeasureAt[], tier: number): void {
  const at = a.where.innovation!.index;
  for (const m of list) {
    const measure = sid18.measures.find((x) => x.name.id === m.name.id)!;
    const answers = { ...input.innovations[at]!.answers, "SID-18": { measure: measure.id, value: inside(m), evidence: "accepted" as const } };
    const x = { ...input, innovations: input.innovations.map((inv, j) => (j === at ? { ...inv, answers } : inv)) };
    const row = scoreRegion(x, e).innovations[at]!.verified;
    expect(row.total, `${m.name.id} ${inside(m)}`).toBe(111 - 3 * (3 - tier));
  }
}

describe("a step on SID-18 says the values that give its tier", () => {
  it("an answer measured on persons served (Dasar Ukur): that basis only — '> 500 orang' / '> 500 persons'", () => {
    const { input, plan } = planned({ measure: "orang", value: 350, evidence: "accepted" });
    const a = plan.actions[0]!;
    expect([a.kind, a.where.indicator?.id, a.where.tier]).toEqual(["tier_up", "SID-18", { from: 2, to: 3 }]);
    expect(a.where.measures).toEqual([{ name: sid18.measures[0]!.name, unit: { id: "orang", en: "persons" }, min: { value: 500, inclusive: false } }]);
    expect(describeAction(a, "id")).toContain("— tingkat 3: Manfaat tingkat 3 pada dasar ukuran yang dipilih (menurut Dasar Ukur — Jumlah orang terlayani > 500 orang); bukti: ");
    expect(describeAction(a, "en")).toContain("— tier 3: Tier 3 benefit on the chosen basis (by Dasar Ukur — Persons served > 500 persons); evidence: ");
    eachRangeScores(input, a, a.where.measures!, 3);
  });

  it("an answer by its option (no basis named): every basis, each range scoring the tier", () => {
    const { input, plan } = planned({ tier: 2, evidence: "accepted" });
    const a = plan.actions[0]!;
    expect(a.where.measures?.map((m) => m.name.id)).toEqual(sid18.measures.map((m) => m.name.id));
    expect(describeAction(a, "id")).toContain("(menurut Dasar Ukur — Jumlah orang terlayani > 500 orang; Cakupan unit layanan > 50 dan ≤ 100 %; Efisiensi belanja > 20 dan ≤ 30 %; Peningkatan pendapatan ≥ 20 %;");
    eachRangeScores(input, a, a.where.measures!, 3);
  });

  it("a count step answering SID-18 (mandatory) at its lowest tier says that tier's values; an indicator with one basis says nothing more", () => {
    const input = region({ spdAnswers: allAt(e, "SPD", 3), innovations: innovations(e, 12, 3).map((x, k) => (k === 0 ? { ...x, answers: { ...x.answers, "SID-18": { tier: 0 } } } : x)) });
    const plan = planRegion(input, e, { maxNewInnovations: 0, target: { index: 71 } });
    const a = plan.actions.find((x) => x.kind === "count")!;
    expect(a.where.fixes![0]).toMatchObject({ fault: "mandatory_unanswered", indicatorId: "SID-18", tier: 1 });
    expect(describeAction(a, "id")).toContain("— tingkat 1: Manfaat tingkat 1 pada dasar ukuran yang dipilih (menurut Dasar Ukur — Jumlah orang terlayani 1–200 orang; Cakupan unit layanan 5–20 %;");
    expect(describeAction(a, "en")).toContain("— tier 1: Tier 1 benefit on the chosen basis (by Dasar Ukur — Persons served 1–200 persons; Service unit coverage 5–20 %;");
    // exactly one is said in the singular in English ("1 periods" before); Bahasa Indonesia has no plural to get wrong
    expect(describeAction(a, "en")).toContain("; Periods with a positive trend 1 period)");
    expect(describeAction(a, "id")).toContain("; Periode dengan tren positif 1 periode)");
    // SID-2 (persons running it, one basis): its options say the amount ("11–30 orang"), nothing is added
    const two = planned({ tier: 3, evidence: "accepted" }, () => ({ "SID-2": { tier: 2, evidence: "accepted" } })).plan.actions[0]!;
    expect(two.where.indicator?.id).toBe("SID-2");
    expect(two.where.measures).toBeUndefined();
    expect(describeAction(two, "id")).not.toContain("Dasar Ukur");
  });

  it("a province's model whose indicator reaches a tier by value only (no option for it): the step says the value, where it said nothing after the indicator", () => {
    const d = deriveEdition(e, { id: "prov-sdm-2026", indicators: [{ id: "SID-2", options: sid2.options.filter((o) => o.tier !== 3) }] } as never);
    if (!d.ok) throw new Error(JSON.stringify(d.issues));
    const input = region({ spdAnswers: allAt(e, "SPD", 3), innovations: innovations(e, 12, 3).map((x) => ({ ...x, answers: { ...x.answers, "SID-2": { tier: 2, evidence: "accepted" } } })) });
    const a = planRegion(input, d.value, { target: { index: 71 }, maxNewInnovations: 0, maxActions: 1 }).actions[0]!;
    expect([a.where.indicator?.id, a.where.tier, a.where.option]).toEqual(["SID-2", { from: 2, to: 3 }, undefined]);
    expect(describeAction(a, "id")).toMatch(/— 2\. Ketersediaan SDM pelaksana inovasi — tingkat 3 \(menurut Dasar Ukur — [^)]* > 30 orang\); ubah Bukti menjadi "Menunggu" sampai verifikator menerima bukti tingkat 3 — tulis "Diterima" bila verifikator sudah menerimanya$/);
  });
});
