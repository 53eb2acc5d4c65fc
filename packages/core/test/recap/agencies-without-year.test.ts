/**
 * "Perangkat daerah tanpa inovasi" counts the compliance rules' year in the recap and in `banding` too (review14
 * finding 2): the plan and Ringkasan listed an agency whose only innovation is of another year, the recap's row and
 * the year comparison did not (6 in the plan, 5 in the Rekap for one region).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { agenciesWithoutInYear, compareYears, getEdition, parseRegionInput, planRegion, recapRegions, scoreRegions } from "../../src/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import { allAt, innovations, region } from "../engine/builders.js";
import { edition2026 } from "../engine/fixtures.js";

describe("the recap's agencies without an innovation (review14 finding 2)", () => {
  // the example kabupaten (2026), Dinas Sosial's only innovation given Tahun 2025: the rule counts it short
  const raw = JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8"));
  for (const inv of raw.innovations) if (inv.agency === "Dinas Sosial") inv.year = 2025;
  const parsed = parseRegionInput(raw);
  if (!parsed.ok) throw new Error("the example does not parse");
  const edition = getEdition("iid-2026");
  const result = scoreRegion(parsed.value, edition);

  it("lists the agency whose only innovation is of another year, as the plan and Ringkasan do (6, not the engine's 5)", () => {
    expect(result.compliance.agenciesWithout).toHaveLength(5);
    const inYear = agenciesWithoutInYear(parsed.value, result.compliance);
    expect(inYear).toHaveLength(6);
    expect(inYear).toContain("Dinas Sosial");
    const row = recapRegions(scoreRegions([{ id: "k", input: raw }])).regions[0]!;
    expect(row.agenciesWithout).toEqual(inYear);
    expect(row.agenciesWithout).toEqual(planRegion(parsed.value, edition, { result }).compliance.agenciesWithout);
  });

  it("without the entry's input (an innovation's year unknown): the engine's list of any year", () => {
    const row = recapRegions([{ id: "k", result, edition }]).regions[0]!;
    expect(row.agenciesWithout).toEqual(result.compliance.agenciesWithout);
  });
});

describe("banding's agencies that produced in neither year (review14 finding 2)", () => {
  const e = edition2026;
  const compliance = { rules: [{ id: "satu", name: { id: "Satu Instansi Satu Inovasi", en: "One agency, one innovation" }, agencyTypes: ["opd" as const, "kecamatan" as const], minCount: 1 }], targets: [] };
  const agencies = [{ name: "Dinas Kesehatan", type: "opd" as const }, { name: "Dinas Sosial", type: "opd" as const }, { name: "Kecamatan Utara", type: "kecamatan" as const }];
  // 2025: Dinas Kesehatan only; 2026: Dinas Kesehatan, and Dinas Sosial's one innovation with Tahun 2025
  const before = region({ spdAnswers: allAt(e, "SPD", 2), agencies, innovations: innovations(e, 2, 2, { agency: "Dinas Kesehatan" }), compliance }, 2025);
  const list = innovations(e, 3, 2, { agency: "Dinas Kesehatan" });
  list[2] = { ...list[2]!, agency: "Dinas Sosial", year: 2025 };
  const after = region({ spdAnswers: allAt(e, "SPD", 2), agencies, innovations: list, compliance }, 2026);
  const [rb, ra] = [scoreRegion(before, e), scoreRegion(after, e)];

  it("an agency whose only innovation of the later file is of another year has none in it: in neither, as that year's plan and Rekap list it", () => {
    expect(agenciesWithoutInYear(after, ra.compliance)).toEqual(["Dinas Sosial", "Kecamatan Utara"]);
    const c = compareYears({ result: rb, edition: e, input: before }, { result: ra, edition: e, input: after });
    expect(c.agenciesInNeither).toEqual(["Dinas Sosial", "Kecamatan Utara"]);
  });

  it("without the inputs: innovations of any year (the year of an innovation is in the input only)", () => {
    expect(compareYears({ result: rb, edition: e }, { result: ra, edition: e }).agenciesInNeither).toEqual(["Kecamatan Utara"]);
  });
});
