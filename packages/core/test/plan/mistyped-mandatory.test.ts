/**
 * A mandatory indicator answered with what does not score (audit27 C1: SID-1 "lihat lampiran", "terlampir", SID-2
 * "± 25 orang") keeps the innovation out of the verified projection as an empty answer does. The plan fixes it as it
 * fixes an empty one — a count step answering the indicator at that cell, for the same gain — saying what was given and
 * why it does not score; it told the analyst to withdraw the innovation ("jangan diajukan … kosongkan seluruh isi
 * barisnya") instead.
 */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import type { AnswerInput } from "../../src/input/schemas.js";
import { describeAction, formatPlan } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";
import type { PlanOptions } from "../../src/plan/types.js";
import { allAt, innovations, region } from "../engine/builders.js";
import { checkSteps } from "./_checker.js";
import { replay } from "./_helpers.js";

const e = getEdition("iid-2026")!;
const at80 = (): Record<string, AnswerInput> => ({ ...allAt(e, "SID", 2), "SID-1": { tier: 3, evidence: "accepted" }, "SID-16": { tier: 3, evidence: "accepted" } });

/**
 * Twenty innovations at tier 1, the last scoring 80 but with `id` answered as `given` (undefined: left empty): counting
 * it gains more per effort than not submitting it.
 */
function regionWith(id: string, given: AnswerInput | undefined) {
  const list = innovations(e, 20, 1);
  const answers = at80();
  if (given) answers[id] = given;
  else delete answers[id];
  list[19] = { ...list[19]!, name: "Kartu Ramah Kesehatan", answers };
  return region({ spdTotal: 40, innovations: list });
}

const options: PlanOptions = { target: { index: 60 }, maxNewInnovations: 0 };
/** What a plan does, without its words: each step's kind, effort, gain, index after and edits. */
const steps = (p: ReturnType<typeof planRegion>) => p.actions.map((a) => [a.kind, a.effort, a.gain, a.indexAfter, a.edits]);

describe("a mandatory answer that does not score is answered again, as an empty one is answered", () => {
  const cases: [string, AnswerInput, string | number, string, string, string][] = [
    // indicator, answer given, what the step says was given, the reason (id, en), and the unit said
    ["SID-1", { option: "lihat lampiran", evidence: "accepted" }, "lihat lampiran", "pilihan tidak dikenal", "unknown option", ""],
    ["SID-2", { option: "± 25 orang", evidence: "pending" }, "± 25 orang", "pilihan tidak dikenal", "unknown option", ""],
    ["SID-2", { value: 0, evidence: "accepted" }, 0, "di luar rentang yang dinilai", "outside the range it scores", " orang"],
    ["SID-1", { tier: 7, evidence: "accepted" }, 7, "tingkat tidak sah", "not a valid tier", ""],
  ];

  it.each(cases)("%s given %j: the same steps as left empty, the count step saying what was given (no withhold)", (id, given, was, whyId, whyEn, unit) => {
    const mistyped = regionWith(id, given);
    const blank = regionWith(id, undefined);
    const plan = planRegion(mistyped, e, options);
    const plain = planRegion(blank, e, options);
    // the innovation does not count at the start, for that answer
    expect(plan.start.index).toBe(plain.start.index);
    expect(steps(plan)).toEqual(steps(plain));
    const k = plan.actions.findIndex((a) => a.where.innovation?.name === "Kartu Ramah Kesehatan");
    expect(k).toBeGreaterThanOrEqual(0);
    const a = plan.actions[k]!;
    expect(a.kind).toBe("count");
    expect(plan.actions.some((x) => x.kind === "withhold")).toBe(false);
    const ind = e.indicators.find((x) => x.id === id)!;
    const option = ind.options.find((o) => o.tier === 1)!;
    expect(a.where.fixes).toEqual([
      {
        fault: "mandatory_unreadable",
        field: id,
        indicatorId: id,
        indicator: { id, number: ind.number, name: ind.name },
        was,
        ...(unit ? { unit: unit.trim() } : {}),
        reason: given.option !== undefined ? "unknown_option" : given.value !== undefined ? "value_outside_tiers" : "tier_out_of_range",
        tier: 1,
        option: option.label,
        evidenceNeeded: option.evidence,
      },
    ]);
    // the words: what was given and why, then the answer the empty one gets
    const blankWords = describeAction(plain.actions[k]!, "id");
    const answer = blankWords.slice(blankWords.indexOf(` — ${"tingkat"} 1: `));
    expect(describeAction(a, "id")).toBe(`agar inovasi dihitung: Kartu Ramah Kesehatan (Dinas Kesehatan) — ganti jawaban indikator wajib ${id} ${ind.name.id} "${was}${unit}" (${whyId})${answer}`);
    const blankEn = describeAction(plain.actions[k]!, "en");
    expect(describeAction(a, "en")).toBe(`count the innovation: Kartu Ramah Kesehatan (Dinas Kesehatan) — replace mandatory indicator ${id} ${ind.name.en}'s answer "${was}${unit}" (${whyEn})${blankEn.slice(blankEn.indexOf(" — tier 1: "))}`);
    // followed, every step gives its index; every step true and allowed
    replay(mistyped, e, plan);
    checkSteps(mistyped, e, plan);
  });

  it("with the default efforts too (no target): the count step's gain is the empty answer's", () => {
    const plan = planRegion(regionWith("SID-1", { option: "terlampir", evidence: "accepted" }), e, {});
    const plain = planRegion(regionWith("SID-1", undefined), e, {});
    expect(steps(plan)).toEqual(steps(plain));
    expect(plan.actions.some((a) => a.kind === "count" && a.where.fixes![0]!.fault === "mandatory_unreadable")).toBe(true);
  });

  it("a decimal value given is said in the locale's decimals", () => {
    const plan = planRegion(regionWith("SID-2", { value: 0.5, evidence: "accepted" }), e, options);
    const a = plan.actions.find((x) => x.kind === "count")!;
    expect(describeAction(a, "id")).toContain(`"0,5 orang" (`);
    expect(describeAction(a, "en")).toContain(`"0.5 orang" (`);
  });
});

describe("an innovation kept for compliance that a step counts is not said to be kept uncounted (audit27 C1, notes_answers)", () => {
  const rule = { rules: [{ id: "satu", name: { id: "Satu Instansi Satu Inovasi", en: "One agency, one innovation" }, agencyTypes: ["opd" as const], minCount: 1 }], targets: [] };
  /** Dinas Sosial's only innovation scores 80 but for its SID-2 ("25 org (ASN 20, non-ASN 5)"); `over` changes it. */
  const withSosial = (over: object) => {
    const answers = { ...at80(), "SID-2": { option: "25 org (ASN 20, non-ASN 5)", evidence: "accepted" as const } };
    const list = [...innovations(e, 20, 1), { ...innovations(e, 1, 2)[0]!, name: "Layanan Air Sosial", agency: "Dinas Sosial", answers, ...over }];
    return region({ spdTotal: 40, agencies: [{ name: "Dinas Kesehatan", type: "opd" }, { name: "Dinas Sosial", type: "opd" }], compliance: rule, innovations: list });
  };

  it("counted by a step: not in compliance.kept, and no 'Tetap diajukan' line (it was, beside the step counting it)", () => {
    const plan = planRegion(withSosial({}), e, { target: { index: 60 }, maxNewInnovations: 0 });
    const a = plan.actions.find((x) => x.where.innovation?.name === "Layanan Air Sosial");
    expect(a?.kind).toBe("count");
    expect(plan.compliance.kept).toEqual([]);
    expect(formatPlan(plan, "id").some((l) => l.includes("Tetap diajukan"))).toBe(false);
  });

  it("one no step can count (implemented after the window as well): still kept, and said so", () => {
    const plan = planRegion(withSosial({ implementationDate: "2026-03-01" }), e, { target: { index: 60 }, maxNewInnovations: 0 });
    expect(plan.actions.some((x) => x.where.innovation?.name === "Layanan Air Sosial")).toBe(false);
    expect(plan.compliance.kept.map((k) => k.name)).toEqual(["Layanan Air Sosial"]);
    expect(formatPlan(plan, "id").some((l) => l.includes("Tetap diajukan walau tidak dihitung, karena kepatuhan memerlukannya (1): Layanan Air Sosial (Dinas Sosial)"))).toBe(true);
  });
});
