/**
 * A region whose own rule counts only some forms ("Satu Instansi Satu Inovasi" of public-service innovations): a new
 * innovation asked of an agency the rule covers is of a form the rule counts when the copied innovation's is not, and
 * the step says so — otherwise the analyst adds a governance innovation and the agency still owes one.
 */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { checkCompliance } from "../../src/compliance/check.js";
import type { ComplianceRule } from "../../src/model/compliance.js";
import { planRegion } from "../../src/plan/plan.js";
import { describeAction } from "../../src/plan/messages.js";
import { innovation, region } from "../engine/builders.js";
import { checkSteps } from "./_checker.js";
import { formsForCompliance } from "../../src/plan/form.js";

const e = getEdition("iid-2026")!;
const rule: ComplianceRule = { id: "satu", name: { id: "Satu Instansi Satu Inovasi Pelayanan Publik", en: "One public-service innovation per agency" }, agencyTypes: ["opd"], minCount: 1, countedForms: ["pelayanan_publik"] };

/** Four governance innovations of Dinas Kesehatan (the copy is one); Dinas Sosial and Dinas Pertanian have none. */
function input(rules: ComplianceRule[]) {
  return region({
    spdTotal: 40,
    agencies: [
      { name: "Dinas Kesehatan", type: "opd" },
      { name: "Dinas Sosial", type: "opd" },
      { name: "Dinas Pertanian", type: "opd" },
      { name: "Kecamatan Hulu", type: "kecamatan" },
    ],
    innovations: [1, 2, 3, 2].map((tier, k) => innovation(e, tier, { name: `Sehat ${k + 1}`, agency: "Dinas Kesehatan", urusan: "Kesehatan", form: "tata_kelola" })),
    compliance: { rules, targets: [] },
  });
}
const MANY = { projection: "claimed", target: { index: 100 }, maxNewInnovations: 6, efforts: { tierUp: 1000, spdTierUp: 1000 } } as const;

describe("a new innovation under a rule that counts only some forms", () => {
  it("is of the rule's form for the agencies it covers, and the step says so", () => {
    const region = input([rule]);
    const plan = planRegion(region, e, MANY);
    const added = plan.actions.flatMap((a) => a.where.added ?? []); // new_innovation and yandas steps
    const byAgency = new Map(added.map((x) => [x.agency, x.form]));
    expect(byAgency.get("Dinas Sosial")).toBe("pelayanan_publik");
    expect(byAgency.get("Dinas Pertanian")).toBe("pelayanan_publik");
    // a kecamatan is not of the rule's types: the copy's form, not named
    if (byAgency.has("Kecamatan Hulu")) expect(byAgency.get("Kecamatan Hulu")).toBeUndefined();
    const step = plan.actions.find((a) => a.kind === "new_innovation" && a.where.added![0]!.agency === "Dinas Pertanian")!;
    expect(describeAction(step, "id")).toContain("Dinas Pertanian, urusan Pertanian, bentuk pelayanan publik (");
    expect(describeAction(step, "en")).toContain("Dinas Pertanian, urusan Pertanian, form: public service (");
    const yandas = plan.actions.find((a) => a.kind === "yandas")!;
    expect(describeAction(yandas, "id")).toContain("Sosial oleh Dinas Sosial (Inovasi baru 1, bentuk pelayanan publik)");
    // taken step by step, the agencies it asked no longer owe one
    const after = checkSteps(region, e, plan);
    const owing = checkCompliance(after, { rules: [rule], targets: [] }).rules[0]!.agencies.filter((a) => !a.complies).map((a) => a.agency);
    expect(owing).not.toContain("Dinas Sosial");
    expect(owing).not.toContain("Dinas Pertanian");
  });

  it("keeps the copy's form, unnamed, without such a rule; names it where the rule counts it (the form matters there)", () => {
    for (const rules of [[], [{ ...rule, countedForms: undefined }]]) {
      const plan = planRegion(input(rules), e, MANY);
      const added = plan.actions.flatMap((a) => a.where.added ?? []);
      expect(added.length).toBeGreaterThan(0);
      expect(added.every((x) => x.form === undefined)).toBe(true);
    }
    const plan = planRegion(input([{ ...rule, countedForms: ["tata_kelola"] }]), e, MANY);
    const added = plan.actions.flatMap((a) => a.where.added ?? []);
    // the rule covers the listed OPDs; not a kecamatan, nor a yandas innovation asked of the agency in charge of its
    // urusan where no listed one works in it (not listed: no rule counts it)
    const covered = (agency: string) => agency.startsWith("Dinas ");
    expect(added.filter((x) => covered(x.agency)).every((x) => x.form === "tata_kelola")).toBe(true);
    expect(added.filter((x) => !covered(x.agency)).every((x) => x.form === undefined)).toBe(true);
  });

  it("several rules: the ones the agency owes under decide, and a form they all count before the first rule's", () => {
    const agencies = input([]).agencies;
    const a = { ...rule, id: "a", countedForms: ["tata_kelola" as const] };
    const b = { ...rule, id: "b", countedForms: ["pelayanan_publik" as const] };
    const owes = new Map([["Dinas Sosial", new Set([0])], ["Dinas Pertanian", new Set([1])]]);
    // a governance copy counts under a, which is all Dinas Sosial owes: kept; Dinas Pertanian owes under b
    expect([...formsForCompliance({ agencies }, { rules: [a, b], targets: [] }, { form: "tata_kelola" }, ["Dinas Sosial", "Dinas Pertanian"], owes)]).toEqual([["Dinas Sosial", "tata_kelola"], ["Dinas Pertanian", "pelayanan_publik"]]);
    // both rules name public service: it counts for both, where the first rule's first form counts for one
    const both = { ...a, countedForms: ["tata_kelola" as const, "pelayanan_publik" as const] };
    expect(formsForCompliance({ agencies }, { rules: [both, b], targets: [] }, {}, ["Dinas Kesehatan"]).get("Dinas Kesehatan")).toBe("pelayanan_publik");
    // the plan takes those steps: after them, no agency it asked still owes under either rule
    const region = input([both, b]);
    region.innovations = region.innovations.map((inv) => ({ ...inv, form: undefined }));
    const plan = planRegion(region, e, MANY);
    const after = checkSteps(region, e, plan);
    const asked = new Set(plan.actions.flatMap((x) => x.where.added ?? []).map((x) => x.agency));
    for (const r of checkCompliance(after, { rules: [both, b], targets: [] }).rules) {
      expect(r.agencies.filter((x) => !x.complies && asked.has(x.agency)).map((x) => x.agency)).toEqual([]);
    }
  });

  it("a count target of some forms asks every new innovation in its first form (of its types when it names some)", () => {
    const target = { id: "t", name: { id: "10 inovasi pelayanan publik", en: "10" }, count: 10, countedForms: ["pelayanan_publik" as const] };
    const agencies = input([]).agencies;
    expect([...formsForCompliance({ agencies }, { rules: [], targets: [target] }, { form: "tata_kelola" }, ["Dinas Sosial", "Kecamatan Hulu", "Tak Terdaftar"])]).toEqual([
      ["Dinas Sosial", "pelayanan_publik"],
      ["Kecamatan Hulu", "pelayanan_publik"],
      ["Tak Terdaftar", "pelayanan_publik"],
    ]);
    const typed = { ...target, agencyTypes: ["kecamatan" as const] };
    expect([...formsForCompliance({ agencies }, { rules: [], targets: [typed] }, { form: "tata_kelola" }, ["Dinas Sosial", "Kecamatan Hulu", "Tak Terdaftar"])]).toEqual([["Kecamatan Hulu", "pelayanan_publik"]]);
    // a copy without a form: every covered agency is named
    expect(formsForCompliance({ agencies }, { rules: [rule], targets: [] }, {}, ["Dinas Sosial"]).get("Dinas Sosial")).toBe("pelayanan_publik");
  });
});
