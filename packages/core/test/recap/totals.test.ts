/**
 * The province in one line (`Recap.totals`) and the distribution's row for a predicate an unknown band threshold
 * decides, on regions built from the spec's worked example (§7): every figure checked against a computation of its
 * own from the scored results (not from the recap's rows), and against the hand count in the comments.
 */
import { describe, expect, it } from "vitest";
import { recapRegions, validateEdition, type RecapEntry } from "../../src/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { Edition } from "../../src/model/edition.js";
import { allAt, innovations, region } from "../engine/builders.js";
import { edition2026 } from "../engine/fixtures.js";

const e = edition2026;
const compliance = { rules: [{ id: "satu", name: { id: "Satu Instansi Satu Inovasi", en: "One agency, one innovation" }, agencyTypes: ["opd" as const], minCount: 1 }], targets: [] };
const agencies = ["Dinas Kesehatan", "Dinas Sosial", "Dinas Pendidikan"].map((name) => ({ name, type: "opd" as const }));
const kab = (name: string, n: number, tier: number, spdTier = 2, over: { reported?: boolean; level?: "provinsi"; year?: number } = {}) =>
  region({ region: { name, level: over.level ?? "kabupaten", year: over.year ?? 2026, reported: over.reported ?? true }, spdAnswers: allAt(e, "SPD", spdTier), innovations: innovations(e, n, tier), agencies, compliance });
const entry = (id: string, input: ReturnType<typeof kab>, edition: Edition = e, flaws?: RecapEntry["flaws"]): RecapEntry => ({ id, input, result: scoreRegion(input, edition), edition, ...(flaws ? { flaws } : {}) });

/** iid-2026 whose maximum total is unknown: the index cannot be computed. */
const noMax: Edition = { ...e, id: "prov-nomax-2026", formula: { ...e.formula, maxTotal: { value: null, source: { ref: "spec", confidence: "unknown" } } } };

const entries = [
  entry("a.xlsx", kab("Kabupaten A", 12, 2)), // 48.22 Inovatif, ranked
  entry("b.xlsx", kab("Kabupaten B", 8, 2)), // 37.75 Kurang Inovatif, ranked
  entry("c.xlsx", kab("Kabupaten C", 12, 3, 3)), // 71.42 Sangat Inovatif, ranked
  entry("z.xlsx", kab("Kabupaten Z", 0, 2)), // SPD 42 only: 16.8 Kurang Inovatif, ranked; no innovation
  entry("f.xlsx", kab("Kabupaten F", 12, 2), e, { errors: 2, missing: [] }), // 48.22, flawed: not ranked
  entry("s.xlsx", kab("Kabupaten S", 0, 2, 2, { reported: false })), // not reported: index 0, not ranked; no innovation
  entry("u.xlsx", kab("Kabupaten U", 12, 2), noMax), // index unknown: not ranked
  entry("o.xlsx", kab("Kabupaten O", 12, 3, 3, { year: 2025 })), // another year: outside
  entry("p.xlsx", kab("Provinsi P", 12, 3, 3, { level: "provinsi" })), // the province's own: outside
];

describe("Recap.totals: the province in one line", () => {
  const recap = recapRegions(entries);
  const t = recap.totals;
  // the independent count: from the scored results and the entries, as a province would tally them by hand
  const inScope = entries.filter((x) => x.result.region.year === 2026 && x.result.region.level !== "provinsi");
  const rankable = inScope.filter((x) => x.result.verified.index !== null && x.result.region.reported && !x.flaws);

  it("counts this year's kab/kota only, as the distribution does", () => {
    expect(recap.outsideDistribution.sort()).toEqual(["o.xlsx", "p.xlsx"]);
    expect(t.regions).toBe(7);
    expect(t.regions).toBe(inScope.length);
    // the distribution counts them but the one whose figures are not valid yet (F: as in the ranks and the average)
    expect(t.regions - t.unranked.flawed).toBe(recap.distribution.reduce((n, d) => n + d.verified, 0));
  });

  it("reported and ranked, and why the others are not ranked (each once)", () => {
    expect(t.reported).toBe(inScope.filter((x) => x.result.region.reported).length);
    expect(t.reported).toBe(6);
    expect(t.ranked).toBe(rankable.length);
    expect(t.ranked).toBe(4); // A, B, C, Z
    expect(t.unranked).toEqual({ indexUnknown: 1, flawed: 1, notReported: 1 });
  });

  it("averages the verified index of the ranked regions only: the flawed, not-reported and unknown ones are left out", () => {
    // (48.22 + 37.75 + 71.42 + 16.8) / 4 = 174.19 / 4 = 43.5475 → 43.55; with F (48.22) and S (0) it would be 36.74
    const mean = rankable.reduce((n, x) => n + x.result.verified.index!, 0) / rankable.length;
    expect(Math.abs(mean - 43.5475)).toBeLessThan(1e-9);
    expect(t.averageIndex).toBe(43.55);
  });

  it("innovations reported and counted, regions without any innovation, agencies without one in the rules' year: all over the regions whose figures are valid", () => {
    // every figure over the same regions (audit36: the reported count held a flawed file's innovations, "dihitung" did not)
    const valid = inScope.filter((x) => !x.flaws);
    expect(t.innovations.reported).toBe(valid.reduce((n, x) => n + x.input!.innovations.length, 0));
    expect(t.innovations.reported).toBe(12 + 8 + 12 + 0 + 0 + 12);
    // F's 12 said apart, not lost
    expect(t.innovations.flawed).toBe(12);
    // counted: not those of a file with errors (F's 12), as its rank and predicate are not counted either
    expect(t.innovations.counted).toBe(valid.reduce((n, x) => n + x.result.verified.sid.counted, 0));
    expect(t.innovations.counted).toBe(12 + 8 + 12 + 12);
    expect([...t.withoutInnovation].sort()).toEqual(["s.xlsx", "z.xlsx"]);
    expect(new Set(t.withoutInnovation)).toEqual(new Set(valid.filter((x) => x.input!.innovations.length === 0).map((x) => x.id)));
    // every innovation is Dinas Kesehatan's: Dinas Sosial and Dinas Pendidikan have none in each valid region (2 × 4;
    // F's 2 left out with its figures), all three in the two regions without any innovation (2 × 3)
    expect(t.agenciesWithout).toBe(2 * 4 + 3 * 2);
  });

  it("a flawed file with no innovation row is not a region without an innovation (its rows may not have been read)", () => {
    const t2 = recapRegions([entry("a.xlsx", kab("Kabupaten A", 12, 2)), entry("g.xlsx", kab("Kabupaten G", 0, 2), e, { errors: 0, missing: ["Inovasi"] })]).totals;
    expect([t2.withoutInnovation, t2.agenciesWithout, t2.innovations]).toEqual([[], 2, { reported: 12, counted: 12, flawed: 0 }]);
  });

  it("gives no average across editions (ranks never cross them), nor with no region ranked", () => {
    const other: Edition = { ...e, id: "prov-lain-2026" };
    const mixed = recapRegions([entry("a.xlsx", kab("Kabupaten A", 12, 2)), entry("b.xlsx", kab("Kabupaten B", 8, 2), other)]);
    expect(mixed.totals.ranked).toBe(2);
    expect(mixed.totals.averageIndex).toBeNull();
    const none = recapRegions([entries[4]!, entries[5]!]);
    expect([none.totals.ranked, none.totals.averageIndex]).toEqual([0, null]);
    expect(recapRegions([]).totals).toEqual({ regions: 0, reported: 0, ranked: 0, unranked: { indexUnknown: 0, flawed: 0, notReported: 0 }, innovations: { reported: 0, counted: 0, flawed: 0 }, averageIndex: null, withoutInnovation: [], agenciesWithout: 0 });
  });
});

describe("Recap.distribution: a predicate an unknown band threshold decides", () => {
  const unknown = { ref: "bappeda-2025", confidence: "unknown" as const };
  // IGA 2025's bands as the sources give them (spec §2): the threshold below Sangat Inovatif's 65.01 is not known
  const m = validateEdition({
    extends: "iid-2026", id: "prov-x-2025", year: 2026, name: { id: "Model X 2025", en: "Model X 2025" },
    sources: [{ id: "bappeda-2025", title: "Laporan Bappeda atas hasil IGA 2025" }],
    bands: [{ id: "kurang-inovatif", max: { value: null, source: unknown } }, { id: "inovatif", min: { value: null, source: unknown } }],
  });
  const x = m.value!;
  const kabX = (name: string, n: number, tier: number, spdTier = 2) => region({ region: { name, level: "kabupaten", year: 2026 }, spdAnswers: allAt(x, "SPD", spdTier), innovations: innovations(x, n, tier) });
  const recap = recapRegions([
    { id: "a.xlsx", result: scoreRegion(kabX("Kabupaten A", 12, 2), x), edition: x }, // 48.22: Kurang or Inovatif, unknown
    { id: "c.xlsx", result: scoreRegion(kabX("Kabupaten C", 12, 3, 3), x), edition: x }, // 71.42: Sangat Inovatif
    { id: "u.xlsx", result: scoreRegion(kabX("Kabupaten U", 12, 2), noMax), edition: noMax }, // no index at all
  ]);

  it("counts it as unknown, on a row of its own — not with the regions whose index is unknown", () => {
    expect(m.ok).toBe(true);
    const rows = recap.distribution.filter((d) => d.predicate === null);
    expect(rows.map((d) => [d.unknown, d.claimed, d.verified, d.editions])).toEqual([
      ["band", 1, 1, ["prov-x-2025"]],
      ["index", 1, 1, ["prov-nomax-2026"]],
    ]);
    expect(recap.distribution.find((d) => d.predicate?.id === "sangat-inovatif" && d.editions.includes("prov-x-2025"))?.verified).toBe(1);
    expect(recap.distribution.filter((d) => d.predicate !== null).every((d) => d.unknown === undefined)).toBe(true);
  });
});
