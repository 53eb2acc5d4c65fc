/**
 * The province's like-for-like change names different editions only when its own regions' editions differ (audit34
 * F5): a region outside it scored with another edition made the caveat "edisi berbeda (iid-2023, iid-2026 → iid-2026)"
 * sit on a figure whose regions all used iid-2026 in both years.
 */
import { describe, expect, it } from "vitest";
import type { RecapYears, RecapYearSide } from "@inovasi/core";
import { recapYearsNotes } from "@inovasi/workbook";

const kurang = { id: "kurang-inovatif", label: { id: "Kurang Inovatif", en: "Less innovative" } };
const side = (name: string, year: number, index: number, edition: string, flawed = false): RecapYearSide => ({
  id: `${name}-${year}.xlsx`, name, level: "kabupaten", year, edition, decimals: 2, index, predicate: kurang, rank: flawed ? null : 1, reported: true, flawed,
});
const comparison = (likeEditions: { before: string[]; after: string[] }): RecapYears => ({
  years: { before: 2025, after: 2026 },
  editions: { before: ["iid-2023", "iid-2026"], after: ["iid-2026"], same: false },
  regions: [
    { level: "kabupaten", before: side("Kabupaten Danau", 2025, 20, "iid-2026"), after: side("Kabupaten Danau", 2026, 24, "iid-2026"), delta: 4, predicate: "same", reporting: null, sameEdition: true, rankLikeForLike: { before: 1, after: 1, move: 0 } },
    { level: "kabupaten", before: side("Kabupaten Bukit", 2025, 30, "iid-2023", true), after: side("Kabupaten Bukit", 2026, 31, "iid-2026"), delta: null, predicate: null, reporting: null, sameEdition: false, rankLikeForLike: null },
  ],
  onlyBefore: [], onlyAfter: [], outsideYear: { before: [], after: [] }, offYear: { before: [], after: [] }, notScored: { before: [], after: [] },
  province: {
    regions: { before: 2, after: 2 }, ranked: { before: 1, after: 2 },
    average: { before: 20, after: 27.5, delta: 7.5 },
    likeForLike: { regions: 1, editions: likeEditions, before: 20, after: 24, delta: 4 },
    outside: { before: [], after: [] },
    predicates: [{ predicate: kurang, before: 2, after: 2 }],
  },
  moved: { rose: 1, fell: 0, same: 0, unknown: 1, predicateUp: 0, predicateDown: 0, predicateIncomparable: 0, stopped: 0, started: 0, flawed: 1 },
  notes: ["different_edition"],
});
const provinceLine = (c: RecapYears) => recapYearsNotes(c).find((n) => n.startsWith("Provinsi 2025 → 2026"))!;

describe("the like-for-like change's edition caveat", () => {
  it("its regions on one edition both years: no caveat on it (the comparison's own warning stays)", () => {
    const c = comparison({ before: ["iid-2026"], after: ["iid-2026"] });
    expect(provinceLine(c)).toContain("1 daerah berperingkat di kedua tahun 20,00 → 24,00 (+4,00) · ");
    expect(provinceLine(c)).not.toContain("edisi berbeda");
    expect(recapYearsNotes(c).some((n) => n.startsWith("Kedua tahun dinilai dengan edisi berbeda"))).toBe(true);
  });

  it("its regions on another edition a year: the caveat names theirs", () => {
    expect(provinceLine(comparison({ before: ["iid-2023"], after: ["iid-2026"] }))).toContain("(+4,00) — edisi berbeda (iid-2023 → iid-2026): selisih mencampur perubahan model");
  });
});
