/**
 * A withhold ("jangan diajukan") takes an innovation off the list the region's own compliance is counted on. The plan
 * never withholds one the region's rule ("Satu Instansi Satu Inovasi") or count target still needs: the rule is the
 * region's own decree, the plan already sends new innovations to the agencies that owe one, and a step that makes an
 * agency owe one is a step the analyst cannot take. Without the rule the same innovation is withheld.
 */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { checkCompliance } from "../../src/compliance/check.js";
import type { AnswerInput, RegionInputData } from "../../src/input/schemas.js";
import { planRegion } from "../../src/plan/plan.js";
import { formatPlan, planReadingNote } from "../../src/plan/messages.js";
import { deriveEdition } from "../../src/model/derive.js";
import { allAt, innovations, region } from "../engine/builders.js";
import { checkSteps } from "./_checker.js";

const e = getEdition("iid-2026")!;
const at80 = (): Record<string, AnswerInput> => ({ ...allAt(e, "SID", 2), "SID-1": { tier: 3, evidence: "accepted" }, "SID-16": { tier: 3, evidence: "accepted" } });
/** An implementation date after the 2026 window (2024–2025): not counted, and no count step moves it back. */
const LATE = "2026-02-01";
const rule = { id: "satu", name: { id: "Satu Instansi Satu Inovasi", en: "One Agency, One Innovation" }, agencyTypes: ["opd" as const], minCount: 1 };

/**
 * 12 innovations at 80 of Dinas Kesehatan, and one innovation implemented after the window each of Dinas Pertanian (its
 * only one) and Dinas Kesehatan (one of 13): both sit in the divisor (13 → 14) and score nothing (verified), and no
 * step makes them count. (Not rejected ones: those were submitted already, and the plan never withholds them.)
 */
function input(parts: Partial<RegionInputData> = {}) {
  const list = innovations(e, 12, 2).map((inv) => ({ ...inv, answers: at80() }));
  list.push({ ...list[0]!, name: "Tani Cerdas", agency: "Dinas Pertanian", implementationDate: LATE });
  list.push({ ...list[0]!, name: "Sehat Keliling", agency: "Dinas Kesehatan", implementationDate: LATE });
  return region({
    spdTotal: 40,
    agencies: [
      { name: "Dinas Kesehatan", type: "opd" },
      { name: "Dinas Pertanian", type: "opd" },
    ],
    innovations: list,
    ...parts,
  });
}
const withheld = (plan: ReturnType<typeof planRegion>) => plan.actions.filter((a) => a.kind === "withhold").map((a) => a.where.innovation!.name);
const options = { target: { index: 100 }, maxNewInnovations: 0 };

describe("an innovation the verifier rejected was submitted already", () => {
  it("is never withheld (spec §2: it sits in the divisor), nor said to be kept for compliance", () => {
    const region = input();
    region.innovations[12] = { ...region.innovations[12]!, implementationDate: region.innovations[0]!.implementationDate, rejected: true };
    for (const projection of ["verified", "claimed"] as const) {
      const plan = planRegion(region, e, { ...options, projection });
      expect(withheld(plan)).not.toContain("Tani Cerdas");
      checkSteps(region, e, plan);
    }
    const ruled = planRegion(input({ compliance: { rules: [rule], targets: [] } }), e, options);
    expect(ruled.compliance.kept.map((k) => k.name)).toEqual(["Tani Cerdas"]);
    const rejected = input({ compliance: { rules: [rule], targets: [] } });
    rejected.innovations[12] = { ...rejected.innovations[12]!, rejected: true };
    expect(planRegion(rejected, e, options).compliance.kept).toEqual([]);
  });
});

describe("a withhold never leaves an agency short under the region's own rule", () => {
  it("without a rule both late innovations are withheld", () => {
    const plan = planRegion(input(), e, options);
    expect(withheld(plan).sort()).toEqual(["Sehat Keliling", "Tani Cerdas"]);
    // and the plan says what that rests on: the count score's reading (docs/decisions.md, Engine readings [I])
    expect(planReadingNote(plan, "id")).toBe('2 langkah "jangan diajukan" bergantung pada pembacaan skor jumlah inovasi yang belum dikonfirmasi: skor itu dihitung dari inovasi yang dihitung, bukan dari semua yang diajukan; bila kementerian menghitung semua yang diajukan (0,38 × MIN(n, 200)), tambahan dari tidak mengajukan jauh lebih kecil.');
    expect(planReadingNote(plan, "en")).toMatch(/^2 "do not submit" steps rest on a reading of the count score/);
    expect(planReadingNote(planRegion(input(), e, { ...options, efforts: { withhold: 1000 } }), "id")).toBeUndefined();
  });

  it("under 'Satu Instansi Satu Inovasi' Dinas Pertanian's only innovation stays; Dinas Kesehatan's 13th is withheld", () => {
    const region = input({ compliance: { rules: [rule], targets: [] } });
    expect(checkCompliance(region, { rules: [rule], targets: [] }).rules[0]!.nonCompliant).toBe(0);
    const plan = planRegion(region, e, options);
    expect(withheld(plan)).toEqual(["Sehat Keliling"]);
    const after = checkSteps(region, e, plan);
    expect(checkCompliance(after, { rules: [rule], targets: [] }).rules[0]!.nonCompliant).toBe(0);
    // and the plan says which it keeps, and why
    expect(plan.compliance.kept).toEqual([{ index: 12, name: "Tani Cerdas", agency: "Dinas Pertanian" }]);
    expect(formatPlan(plan, "id")).toContain("  Tetap diajukan walau tidak dihitung, karena kepatuhan memerlukannya (1): Tani Cerdas (Dinas Pertanian)");
    expect(formatPlan(plan, "en")).toContain("  Kept submitted though it does not count, as compliance needs it (1): Tani Cerdas (Dinas Pertanian)");
    expect(planRegion(input(), e, options).compliance.kept).toEqual([]);
  });

  it("a rule that counts only public-service innovations keeps Tani Cerdas only when it is one", () => {
    const publik = { ...rule, countedForms: ["pelayanan_publik" as const] };
    const of = (form: "pelayanan_publik" | "tata_kelola") => {
      const region = input({ compliance: { rules: [publik], targets: [] } });
      region.innovations[12] = { ...region.innovations[12]!, form };
      return withheld(planRegion(region, e, options)).sort();
    };
    expect(of("pelayanan_publik")).toEqual(["Sehat Keliling"]);
    // a governance innovation does not count for the rule: withholding it leaves Dinas Pertanian no shorter
    expect(of("tata_kelola")).toEqual(["Sehat Keliling", "Tani Cerdas"]);
  });

  it("a rule of two a year: Dinas Kesehatan (13) may give one up, Dinas Pertanian (1, already short) none", () => {
    const region = input({ compliance: { rules: [{ ...rule, minCount: 2 }], targets: [] } });
    expect(withheld(planRegion(region, e, options))).toEqual(["Sehat Keliling"]);
  });

  it("a rule of the edition (not the region's) is kept as well", () => {
    const ed = { ...e, compliance: { rules: [rule], targets: [] } };
    expect(withheld(planRegion(input(), ed, options))).toEqual(["Sehat Keliling"]);
  });

  it("a count target the region has not passed keeps every innovation it counts", () => {
    const target = { id: "seratus", name: { id: "14 inovasi setahun", en: "14 innovations a year" }, count: 14 };
    expect(withheld(planRegion(input({ compliance: { rules: [], targets: [target] } }), e, options))).toEqual([]);
    expect(withheld(planRegion(input({ compliance: { rules: [], targets: [{ ...target, count: 13 }] } }), e, options))).toHaveLength(1);
  });

  it("once the first is withheld, the agency's last is kept (the rule is checked at every step)", () => {
    // Dinas Pertanian with two late innovations: one may go, not both
    const region = input({ compliance: { rules: [rule], targets: [] } });
    region.innovations[13] = { ...region.innovations[13]!, name: "Tani Cerdas 2", agency: "Dinas Pertanian" };
    const plan = planRegion(region, e, options);
    expect(withheld(plan)).toHaveLength(1);
    checkSteps(region, e, plan);
  });
});

describe("a rule that counts only some stages", () => {
  it("a count step that brings an agency's other innovation to a counted stage frees its late one to be withheld", () => {
    // scored and counted: penerapan only. Dinas Pertanian: "Tani Cerdas" late (penerapan: the one its rule counts)
    // and "Tani Muda" at uji coba (counts for nothing until a count step brings it to penerapan)
    const d = deriveEdition(e, { id: "iid-2026-penerapan", eligibility: { scoredStages: { value: ["penerapan"], source: { ref: "lampiran-bskdn-2026", confidence: "peer" } } } });
    if (!d.ok) throw new Error("derived edition");
    const ed = d.value;
    const only = { ...rule, countedStages: ["penerapan" as const] };
    const region = input({ compliance: { rules: [only], targets: [] } });
    region.innovations[13] = { ...region.innovations[13]!, name: "Tani Muda", agency: "Dinas Pertanian", implementationDate: region.innovations[0]!.implementationDate, stage: "uji_coba" };
    const plan = planRegion(region, ed, { ...options, efforts: { count: 0.5 } });
    const names = plan.actions.map((a) => `${a.kind} ${a.where.innovation?.name ?? ""}`.trim());
    expect(names.indexOf("count Tani Muda")).toBeGreaterThanOrEqual(0);
    expect(names.indexOf("withhold Tani Cerdas")).toBeGreaterThan(names.indexOf("count Tani Muda"));
    checkSteps(region, ed, plan);
    // kept at the start, withheld by a later step: the plan does not also say it keeps it (found by review)
    expect(plan.compliance.kept.map((k) => k.name)).not.toContain("Tani Cerdas");
    expect(formatPlan(plan, "id").join("\n")).not.toMatch(/memerlukannya.*Tani Cerdas \(Dinas Pertanian\)/);
  });
});
