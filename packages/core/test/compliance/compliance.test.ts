import { describe, expect, it } from "vitest";
import { checkCompliance } from "../../src/compliance/check.js";
import { formatIssue } from "../../src/messages/format.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { AgencyType } from "../../src/model/common.js";
import type { ComplianceSet } from "../../src/model/compliance.js";
import { innovation, region } from "../engine/builders.js";
import { edition2026 as e, editionWith } from "../engine/fixtures.js";

const agency = (name: string, type: AgencyType, id?: string) => ({ name, type, ...(id ? { id } : {}) });
const name = (id: string) => ({ id, en: id });

/** Kutai Kartanegara, "Satu Instansi Satu Inovasi": every OPD, kecamatan and kelurahan, at least one a year. */
const kukar: ComplianceSet = {
  rules: [{ id: "kukar-satu-instansi", name: name("Satu Instansi Satu Inovasi"), agencyTypes: ["opd", "kecamatan", "kelurahan"], minCount: 1 }],
  targets: [],
};

describe("compliance rule: Kutai Kartanegara, every OPD, kecamatan and kelurahan ≥ 1 a year", () => {
  const input = region(
    {
      agencies: [
        agency("Dinas Kesehatan", "opd"),
        agency("Kecamatan Tenggarong", "kecamatan", "KEC-TGR"),
        agency("Kelurahan Melayu", "kelurahan"),
        agency("RSUD AM Parikesit", "rsud"),
        agency("Dinas Pendidikan", "opd"),
      ],
      innovations: [
        innovation(e, 2, { agency: "dinas  KESEHATAN" }),
        innovation(e, 2, { agency: "KEC-TGR", year: 2022 }), // the year before: does not count in 2023
        innovation(e, 2, { agency: "Kelurahan Melayu" }),
        innovation(e, 2, { agency: "Dinas Pendidikan", rejected: true }), // rejected still counts as produced
        innovation(e, 2, { agency: "Dinas Pariwisata" }),
      ],
    },
    2023,
  );
  const r = checkCompliance(input, kukar, 2023);

  it("counts per agency of the rule's types in the year, and says who falls short", () => {
    const [rule] = r.rules;
    expect(rule).toMatchObject({ ruleId: "kukar-satu-instansi", year: 2023, countedStages: null, compliant: 3, nonCompliant: 1 });
    expect(rule?.agencies).toEqual([
      { agency: "Dinas Kesehatan", type: "opd", count: 1, required: 1, complies: true, shortBy: 0 },
      { agency: "Kecamatan Tenggarong", type: "kecamatan", count: 0, required: 1, complies: false, shortBy: 1 },
      { agency: "Kelurahan Melayu", type: "kelurahan", count: 1, required: 1, complies: true, shortBy: 0 },
      { agency: "Dinas Pendidikan", type: "opd", count: 1, required: 1, complies: true, shortBy: 0 },
    ]);
    expect(r.issues).toContainEqual({
      code: "compliance_rule_not_met",
      severity: "warning",
      path: ["agencies", 1],
      params: { rule: "kukar-satu-instansi", ruleName: "Satu Instansi Satu Inovasi", ruleNameEn: "Satu Instansi Satu Inovasi", agency: "Kecamatan Tenggarong", count: 0, required: 1, year: 2023, stages: [] },
    });
  });

  it("flags an innovation naming an unlisted agency, where it is", () => {
    expect(r.issues).toContainEqual(expect.objectContaining({ code: "unknown_agency", path: ["innovations", 4, "agency"], params: expect.objectContaining({ given: "Dinas Pariwisata" }) }));
  });

  it("lists agencies with no innovation at all", () => {
    expect(r.agenciesWithout).toEqual(["RSUD AM Parikesit"]);
  });

  it("builds the per-agency list when it is read, as ordinary data in its place among the outcome's keys", () => {
    const fresh = checkCompliance(input, kukar, 2023).rules[0]!;
    expect(Object.keys(fresh)).toEqual(["ruleId", "name", "year", "countedStages", "agencies", "compliant", "nonCompliant"]);
    const json = JSON.parse(JSON.stringify(fresh)) as typeof fresh;
    expect(json.agencies).toEqual(r.rules[0]!.agencies);
    expect({ ...fresh }.agencies).toEqual(r.rules[0]!.agencies);
    expect(structuredClone(fresh).agencies).toEqual(r.rules[0]!.agencies);
    expect(fresh.agencies).toBe(fresh.agencies); // built once, then kept
    expect(fresh.agencies.filter((a) => !a.complies)).toHaveLength(fresh.nonCompliant);
    const assigned = checkCompliance(input, kukar, 2023).rules[0]!;
    assigned.agencies = [];
    expect(assigned.agencies).toEqual([]);
  });

  it("lists the agencies as they were when scored, whatever the caller changes in its input and rule afterwards", () => {
    const own = structuredClone(input);
    const rule = structuredClone(kukar.rules[0]!);
    const kept = checkCompliance(own, { rules: [rule], targets: [] }, 2023).rules[0]!;
    own.agencies.unshift(agency("Badan Baru", "opd"));
    own.agencies[1]!.name = "Dinas Kesehatan (lama)";
    rule.minCount = 5;
    expect(kept.agencies).toEqual(r.rules[0]!.agencies);
  });

  it("counts only the rule's stages when it names them, in the rule's own year", () => {
    const staged = checkCompliance(input, { rules: [{ ...kukar.rules[0]!, countedStages: ["uji_coba"], year: 2022 }], targets: [] });
    expect(staged.rules[0]?.agencies.map((a) => a.count)).toEqual([0, 0, 0, 0]);
  });
});

describe("a rule over no agency cannot be judged (agency28, audit27 C2)", () => {
  it("an empty agency list, or none of the rule's types: 0 of 0 with an issue saying it is not judged, never a silent 'all comply'", () => {
    const innovations = [innovation(e, 2, { agency: "Dinas Sosial" })];
    for (const agencies of [[], [agency("RSUD Hulu", "rsud")]]) {
      const r = checkCompliance(region({ agencies, innovations }, 2023), kukar, 2023);
      expect(r.rules[0]).toMatchObject({ compliant: 0, nonCompliant: 0, agencies: [] });
      const i = r.issues.find((x) => x.code === "compliance_rule_no_agencies")!;
      expect(i).toEqual({ code: "compliance_rule_no_agencies", severity: "warning", path: ["agencies"], params: { rule: "kukar-satu-instansi", ruleName: "Satu Instansi Satu Inovasi", ruleNameEn: "Satu Instansi Satu Inovasi" } });
      expect(formatIssue(i, "id")).toContain('aturan "Satu Instansi Satu Inovasi" tidak dapat dinilai');
      expect(formatIssue(i, "en")).toContain("cannot be judged");
    }
    // a rule that covers an agency is judged as before: no such issue
    const listed = checkCompliance(region({ agencies: [agency("Dinas Sosial", "opd")], innovations }, 2023), kukar, 2023);
    expect(listed.issues.map((x) => x.code)).not.toContain("compliance_rule_no_agencies");
  });
});

describe("compliance target: Pangkalpinang, 100 innovations proposed in 2025", () => {
  const pangkalpinang: ComplianceSet = { rules: [], targets: [{ id: "pgk-2025", name: name("100 inovasi 2025"), count: 100, year: 2025 }] };
  const many = (n: number, year: number, agencyName = "Dinas Kominfo") => Array.from({ length: n }, () => innovation(e, 1, { agency: agencyName, year }));

  it("measures progress to the target", () => {
    const input = region({ agencies: [agency("Dinas Kominfo", "opd"), agency("SDN 1", "sekolah")], innovations: [...many(36, 2025), ...many(5, 2024)] }, 2025);
    const r = checkCompliance(input, pangkalpinang);
    expect(r.targets).toEqual([{ targetId: "pgk-2025", name: name("100 inovasi 2025"), year: 2025, target: 100, count: 36, progress: 36, met: false }]);
    expect(r.issues).toContainEqual(expect.objectContaining({ code: "compliance_target_not_met", params: expect.objectContaining({ count: 36, required: 100, year: 2025 }) }));
  });

  it("is met at the target and progress stops at 100", () => {
    const input = region({ innovations: many(120, 2025) }, 2025);
    expect(checkCompliance(input, pangkalpinang).targets[0]).toMatchObject({ count: 120, progress: 100, met: true });
  });

  it("counts only the target's agency types when it names them", () => {
    const input = region({ agencies: [agency("Dinas Kominfo", "opd"), agency("SDN 1", "sekolah")], innovations: [...many(3, 2025), ...many(2, 2025, "SDN 1")] }, 2025);
    const schools: ComplianceSet = { rules: [], targets: [{ id: "sekolah", name: name("sekolah"), count: 4, agencyTypes: ["sekolah"] }] };
    expect(checkCompliance(input, schools).targets[0]).toMatchObject({ year: 2025, count: 2, progress: 50, met: false });
  });
});

describe("compliance inside scoreRegion", () => {
  it("applies the edition's set and the region's own set", () => {
    const ed = editionWith((x) => (x.compliance = { rules: [], targets: [{ id: "nasional", name: name("nasional"), count: 1 }] }));
    const input = region({ agencies: [agency("Dinas Kesehatan", "opd")], compliance: kukar, innovations: [innovation(e, 2)] });
    const r = scoreRegion(input, ed);
    expect(r.compliance.rules.map((x) => x.ruleId)).toEqual(["kukar-satu-instansi"]);
    expect(r.compliance.targets).toEqual([expect.objectContaining({ targetId: "nasional", year: 2026, met: true })]);
  });

  it("reports duplicate agencies", () => {
    const input = region({ agencies: [agency("Dinas Kesehatan", "opd"), agency("dinas kesehatan", "opd")] });
    expect(checkCompliance(input, kukar).issues).toContainEqual(expect.objectContaining({ code: "duplicate_agency", path: ["agencies", 1], params: { given: "dinas kesehatan", first: 0 } }));
  });
});

describe("compliance messages name the rule or target in the reader's language", () => {
  const set: ComplianceSet = {
    rules: [{ id: "satu", name: { id: "Setiap perangkat daerah wajib minimal 2 inovasi", en: "Every agency must have at least 2 innovations" }, agencyTypes: ["opd"], minCount: 2, year: 2026 }],
    targets: [{ id: "t", name: { id: "Target sepuluh inovasi", en: "Ten innovations target" }, count: 10, year: 2026 }],
  };
  const input = region({ agencies: [agency("Dinas A", "opd")], innovations: [innovation(e, 2, { agency: "Dinas A" })] }, 2026);
  const trapInput = region({ agencies: [agency("Dinas A", "opd")], innovations: [innovation(e, 2, { agency: "Dinas A", year: 2025 })] }, 2026);
  const text = (inp: typeof input, locale: "id" | "en") => checkCompliance(inp, set).issues.map((i) => formatIssue(i, locale));

  it("English messages use the English name (they printed the Indonesian one), with the singular for one innovation", () => {
    expect(text(input, "en")).toEqual([
      'agencies[0]: Dinas A has 1 innovation in 2026; rule "Every agency must have at least 2 innovations" requires at least 2',
      'target "Ten innovations target": 1 of 10 innovations in 2026',
    ]);
    expect(text(trapInput, "en")).toEqual(expect.arrayContaining([expect.stringMatching(/^rule "Every agency must have at least 2 innovations" counts innovations of 2026/)]));
    expect(text(trapInput, "en")).toEqual(expect.arrayContaining([expect.stringMatching(/^target "Ten innovations target" counts/)]));
  });

  it("Bahasa Indonesia keeps the Indonesian name", () => {
    expect(text(input, "id")[0]).toBe('agencies[0]: Dinas A memiliki 1 inovasi pada 2026; aturan "Setiap perangkat daerah wajib minimal 2 inovasi" mewajibkan minimal 2');
    expect(text(trapInput, "id")).toEqual(expect.arrayContaining([expect.stringMatching(/^aturan "Setiap perangkat daerah wajib minimal 2 inovasi"/)]));
  });

  it("an issue recorded before English names were in its params still renders (the Indonesian name)", () => {
    const old = { code: "compliance_rule_not_met" as const, severity: "warning" as const, path: ["agencies", 0], params: { rule: "satu", ruleName: "Aturan", agency: "Dinas A", count: 0, required: 1, year: 2026, stages: [] } };
    expect(formatIssue(old, "en")).toBe('agencies[0]: Dinas A has 0 innovations in 2026; rule "Aturan" requires at least 1');
  });
});

describe("a compliance result is the caller's own: editing it leaves the input (and the next result) alone", () => {
  it("rule and target names and counted stages are copies, not the input's objects", () => {
    const set: ComplianceSet = {
      rules: [{ id: "satu", name: { id: "Aturan satu", en: "Rule one" }, agencyTypes: ["opd"], minCount: 2, countedStages: ["penerapan"] }],
      targets: [{ id: "t", name: { id: "Target", en: "Target" }, count: 10 }],
    };
    const input = region({ agencies: [agency("Dinas A", "opd")], innovations: [innovation(e, 2, { agency: "Dinas A" })] }, 2026);
    const before = JSON.stringify(set);
    const r = checkCompliance(input, set);
    // a portal translating or decorating the names for display
    r.rules[0]!.name.id = "ATURAN SATU";
    r.rules[0]!.countedStages!.push("uji_coba");
    r.targets[0]!.name.en = "TARGET";
    (r.issues.find((i) => i.code === "compliance_rule_not_met")!.params.stages as string[]).push("inisiatif");
    expect(JSON.stringify(set)).toBe(before);
    const again = checkCompliance(input, set);
    expect(again.rules[0]!.name).toEqual({ id: "Aturan satu", en: "Rule one" });
    expect(again.rules[0]!.countedStages).toEqual(["penerapan"]);
    expect(again.targets[0]!.name).toEqual({ id: "Target", en: "Target" });
  });
});
