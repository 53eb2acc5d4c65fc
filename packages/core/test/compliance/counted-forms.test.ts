import { describe, expect, it } from "vitest";
import { checkCompliance } from "../../src/compliance/check.js";
import { parseRegionInput } from "../../src/input/parse.js";
import { formatIssue } from "../../src/messages/format.js";
import type { ComplianceSet } from "../../src/model/compliance.js";
import { ComplianceSet as ComplianceSetSchema } from "../../src/model/compliance.js";
import { innovation, region } from "../engine/builders.js";
import { edition2026 as e } from "../engine/fixtures.js";

const name = (id: string) => ({ id, en: id });
const agencies = ["Dinas A", "Dinas B", "Dinas C", "Dinas D"].map((n) => ({ name: n, type: "opd" as const }));

/** "Satu Instansi Satu Inovasi" as Kutai Kartanegara words it: one public-service innovation per agency a year. */
const publicService: ComplianceSet = {
  rules: [{ id: "satu", name: name("Satu Instansi Satu Inovasi Pelayanan Publik"), agencyTypes: ["opd"], minCount: 1, countedForms: ["pelayanan_publik"] }],
  targets: [{ id: "t", name: name("Target 3"), count: 3, countedForms: ["pelayanan_publik", "tata_kelola"] }],
};

const input = region({
  agencies,
  innovations: [
    innovation(e, 2, { agency: "Dinas A", form: "pelayanan_publik" }),
    innovation(e, 2, { agency: "Dinas B", form: "tata_kelola" }),
    innovation(e, 2, { agency: "Dinas C" }), // no form given
    innovation(e, 2, { agency: "Dinas D", form: "lainnya" }),
  ],
});

describe("compliance that counts only some forms (countedForms)", () => {
  const r = checkCompliance(input, publicService);

  it("a rule counts an agency's innovations of the named forms only; one without a form counts for none", () => {
    expect(r.rules[0]!.agencies.map((a) => [a.agency, a.count])).toEqual([["Dinas A", 1], ["Dinas B", 0], ["Dinas C", 0], ["Dinas D", 0]]);
    expect(r.rules[0]).toMatchObject({ compliant: 1, nonCompliant: 3 });
    expect(r.issues.filter((i) => i.code === "compliance_rule_not_met").map((i) => i.params.agency)).toEqual(["Dinas B", "Dinas C", "Dinas D"]);
  });

  it("a target counts the innovations of its forms", () => {
    expect(r.targets[0]).toMatchObject({ count: 2, met: false });
  });

  it("without countedForms every form counts, an innovation without one too (as before)", () => {
    const all = checkCompliance(input, { rules: [{ ...publicService.rules[0]!, countedForms: undefined }], targets: [] });
    expect(all.rules[0]).toMatchObject({ compliant: 4, nonCompliant: 0 });
  });

  it("the year trap is the year column's: a rule that finds innovations of its year, none of its forms, does not set it off", () => {
    const issuesOf = (innovations: ReturnType<typeof innovation>[]) =>
      checkCompliance(region({ agencies, innovations }), { rules: publicService.rules, targets: [] }).issues.filter((i) => i.code === "compliance_year_mismatch");
    // governance innovations of the year, public-service ones of the year before: the agencies are short, the years are right
    expect(issuesOf([innovation(e, 2, { agency: "Dinas A", form: "tata_kelola" }), innovation(e, 2, { agency: "Dinas B", form: "pelayanan_publik", year: 2025 })])).toEqual([]);
    // no innovation of the year at all: the years are what to check
    const trapped = issuesOf([innovation(e, 2, { agency: "Dinas A", form: "tata_kelola", year: 2025 }), innovation(e, 2, { agency: "Dinas B", year: 2025 })]);
    expect(trapped.map((i) => i.params)).toEqual([expect.objectContaining({ kind: "rule", year: 2026, otherYears: [2025], otherCounts: [2] })]);
  });

  it("a region input names them, checked like the zod schema says: an unknown form is an error at its place", () => {
    const given = { region: { name: "Kabupaten Contoh", level: "kabupaten", year: 2026 }, compliance: { rules: [{ ...publicService.rules[0]!, countedForms: ["pelayanan"] }] } };
    const parsed = parseRegionInput(given);
    expect(parsed.ok).toBe(false);
    expect(parsed.issues).toEqual([expect.objectContaining({ code: "schema", severity: "error", path: ["compliance", "rules", 0, "countedForms", 0] })]);
    expect(parsed.issues[0]!.message).toContain('"pelayanan_publik"');
    expect(ComplianceSetSchema.safeParse(given.compliance).success).toBe(false);
    const ok = parseRegionInput({ ...given, compliance: publicService });
    expect(ok.ok && ok.value.compliance?.rules[0]?.countedForms).toEqual(["pelayanan_publik"]);
    expect(ok.issues).toEqual([]);
  });

  it("the message names the agency and the rule, whose name says the form", () => {
    const i = r.issues.find((x) => x.code === "compliance_rule_not_met")!;
    expect(formatIssue(i, "id")).toBe('agencies[1]: Dinas B memiliki 0 inovasi pada 2026; aturan "Satu Instansi Satu Inovasi Pelayanan Publik" mewajibkan minimal 1');
  });
});
