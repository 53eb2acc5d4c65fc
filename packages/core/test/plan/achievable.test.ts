/**
 * Every step a plan prints must be one a region can take under the rules: no new innovation in an urusan the edition's
 * catalogue does not hold, no date moved back into the window, no tier raised on a row that is the region's record.
 * Checked on hand-made regions, and by an independent checker that applies each step to the input, re-scores it with
 * the engine and checks the step against the edition's rules (see `checkSteps`).
 */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { matchUrusan } from "../../src/engine/urusan.js";
import { planRegion } from "../../src/plan/plan.js";
import type { AnswerInput } from "../../src/input/schemas.js";
import { allAt, innovation, region } from "../engine/builders.js";
import { checkSteps } from "./_checker.js";

const e = getEdition("iid-2026")!;
/** Every SID indicator at tier 2 (Σ bobot 37 × 2 = 74), SID-1 and SID-16 (bobot 3 each) at tier 3: 80. */
const at80 = (): Record<string, AnswerInput> => ({ ...allAt(e, "SID", 2), "SID-1": { tier: 3, evidence: "accepted" }, "SID-16": { tier: 3, evidence: "accepted" } });

describe("new innovations are planned in an urusan of the catalogue", () => {
  it("the median innovation's urusan is not in the catalogue: the new one takes the nearest counted innovation's that is", () => {
    // six innovations cover the six yandas urusan; the other seven (the median among them, all at 80) name an urusan
    // the catalogue does not know ("Urusan Karangan": an error at its cell, still scored)
    const known = e.yandas.urusan.map((u, k) => innovation(e, 2, { name: `Dikenal ${k + 1}`, urusan: u, answers: allAt(e, "SID", 2) }));
    const unknown = Array.from({ length: 7 }, (_, k) => innovation(e, 2, { name: `Karangan ${k + 1}`, urusan: "Urusan Karangan", answers: at80() }));
    const input = region({ spdTotal: 40, innovations: [...known, ...unknown] });
    const plan = planRegion(input, e, { target: { index: 100 }, maxNewInnovations: 3, efforts: { newInnovation: 0.1 } });
    const added = plan.actions.flatMap((a) => a.where.added ?? []);
    expect(added.length).toBeGreaterThan(0);
    for (const a of added) expect(matchUrusan(a.urusan, e).entry, a.urusan).not.toBeNull();
    checkSteps(input, e, plan);
  });

  it("an urusan written as an alias (PUPR) is planned under its catalogue name", () => {
    const list = Array.from({ length: 8 }, (_, k) => innovation(e, 2, { name: `Inovasi ${k + 1}`, urusan: k < 5 ? "PUPR" : e.yandas.urusan[k - 3]!, answers: at80() }));
    const input = region({ spdTotal: 40, innovations: list });
    const plan = planRegion(input, e, { target: { index: 100 }, maxNewInnovations: 1, efforts: { newInnovation: 0.1 } });
    const added = plan.actions.flatMap((a) => a.where.added ?? []);
    expect(added.map((a) => a.urusan)).toEqual(["Pekerjaan Umum dan Penataan Ruang"]);
  });
});

describe("a count step fixes only what can still be done", () => {
  // 12 innovations at 80 and a 13th outside the window (2026: 2024-01-01 … 2025-12-31), which stays in the divisor
  const withDate = (date: string) => {
    const list = e.yandas.urusan.flatMap((u, k) => [0, 1].map((x) => innovation(e, 2, { name: `Inovasi ${2 * k + x + 1}`, urusan: u, answers: at80() })));
    list.push(innovation(e, 2, { name: "Inovasi Terlambat", urusan: e.yandas.urusan[0]!, answers: at80(), implementationDate: date }));
    return region({ spdTotal: 40, innovations: list });
  };

  it("a date before the window: recorded inside it (a development in the window), the message names the date and the window", () => {
    const input = withDate("2023-05-01");
    const plan = planRegion(input, e, { target: { index: 50 }, efforts: { withhold: 100 } });
    const c = plan.actions.find((a) => a.kind === "count")!;
    expect(c.where.fixes).toEqual([{ fault: "outside_window", field: "implementationDate", was: "2023-05-01", window: { from: "2024-01-01", to: "2025-12-31" } }]);
    checkSteps(input, e, plan);
  });

  it("a date after the window: the innovation came too late for this assessment; no step moves its date back, it can be withheld", () => {
    const input = withDate("2026-02-01");
    // an unreachable target: the plan takes every step that gains, and asks the most of this innovation
    const plan = planRegion(input, e, { target: { index: 100 }, maxNewInnovations: 0, maxActions: 500, efforts: { withhold: 100 } });
    expect(plan.actions.filter((a) => a.where.innovation?.name === "Inovasi Terlambat").map((a) => a.kind)).toEqual(["withhold"]);
    checkSteps(input, e, plan);
  });
});

describe("a plan never raises the region's record", () => {
  const tierUps = (plan: ReturnType<typeof planRegion>) => plan.actions.filter((a) => a.kind === "tier_up").map((a) => a.where.spdRow?.id ?? a.where.indicator?.id);

  it("2026: the BPK opinion, the LAKIP grade, the vision, the policy quality index and SID-17 stay; awards, recommendations, RIPJ PID and HAKI rise", () => {
    // every SPD row and every SID indicator at tier 2, evidence accepted: every tier up is on offer but the records
    const input = region({ spdAnswers: allAt(e, "SPD", 2), innovations: e.yandas.urusan.map((u, k) => innovation(e, 2, { name: `Inovasi ${k + 1}`, urusan: u })) });
    const plan = planRegion(input, e, { target: { index: 100 }, maxNewInnovations: 0, maxActions: 500 });
    const raised = new Set(tierUps(plan));
    for (const id of ["SPD-1", "SPD-2a", "SPD-8", "SPD-9", "SPD-13b", "SPD-4", "SID-17"]) expect(raised.has(id), id).toBe(false);
    for (const id of ["SPD-12", "SPD-13a", "SPD-14", "SPD-15", "SID-1", "SID-20"]) expect(raised.has(id), id).toBe(true);
    checkSteps(input, e, plan);
  });

  it("a model that does not say keeps the earlier rule: an SPD row measured by a statistic is a record, an SID indicator is not", () => {
    const bare = { ...e, indicators: e.indicators.map(({ record: _, ...ind }) => ind) };
    const input = region({ spdAnswers: allAt(e, "SPD", 2), innovations: e.yandas.urusan.map((u, k) => innovation(e, 2, { name: `Inovasi ${k + 1}`, urusan: u })) });
    const raised = new Set(tierUps(planRegion(input, bare, { target: { index: 100 }, maxNewInnovations: 0, maxActions: 500 })));
    expect(raised.has("SPD-4")).toBe(false); // measured
    expect(raised.has("SPD-13a")).toBe(false); // measured (a count of recommendations), actionable only when the model says so
    expect(raised.has("SPD-9")).toBe(true);
    expect(raised.has("SID-17")).toBe(true);
  });
});
