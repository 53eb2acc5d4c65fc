/**
 * What a province's folder really holds: a region sent twice under two spellings, last year's file among this
 * year's, the province's own workbook among its kab/kota. None of them may silently skew the ranking.
 */
import { describe, expect, it } from "vitest";
import { recapRegions, regionKey, type RecapEntry } from "../../src/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import { allAt, innovations, region } from "../engine/builders.js";
import { edition2026 } from "../engine/fixtures.js";

const e = edition2026;
const input = (name: string, n: number, { level = "kabupaten", year = 2026 }: { level?: "kabupaten" | "kota" | "provinsi"; year?: number } = {}) =>
  region({ region: { name, level, year }, spdAnswers: allAt(e, "SPD", 2), innovations: innovations(e, n, 2) });
const entry = (id: string, i: ReturnType<typeof input>): RecapEntry => ({ id, result: scoreRegion(i, e), edition: e });

describe("regionKey", () => {
  it("one kabupaten however its name is spelt; a kota of the same name stays another region", () => {
    const k = (name: string, level = "kabupaten") => regionKey({ name, level });
    expect(new Set([k("Kabupaten Malang"), k("Kab. Malang"), k("KAB MALANG"), k("Pemerintah Kabupaten Malang"), k("Pemkab  Malang"), k("Malang")]).size).toBe(1);
    expect(k("Kota Malang", "kota")).toBe(k("Pemkot Malang", "kota"));
    expect(k("Kota Malang", "kota")).not.toBe(k("Kabupaten Malang"));
    // "Kota Baru" as a kabupaten keeps its first word: only the region's own level is stripped
    expect(k("Kota Baru")).not.toBe(k("Baru"));
  });
});

describe("recapRegions on a messy folder", () => {
  it("a region re-sent under another spelling is named as a duplicate with both spellings", () => {
    const r = recapRegions([entry("kab-malang.xlsx", input("Kabupaten Malang", 12)), entry("malang-revisi.xlsx", input("Kab. Malang", 10))]);
    expect(r.duplicates).toEqual([{ name: "Kabupaten Malang", year: 2026, ids: ["kab-malang.xlsx", "malang-revisi.xlsx"], names: ["Kabupaten Malang", "Kab. Malang"] }]);
  });

  it("last year's file is named and ranked within its own year, not among this year's regions", () => {
    const r = recapRegions([
      entry("a.xlsx", input("Kabupaten A", 8)),
      entry("b.xlsx", input("Kabupaten B", 10)),
      entry("c-2025.xlsx", input("Kabupaten C", 12, { year: 2025 })),
    ]);
    expect(r.mixedYears).toBe(true);
    expect(r.years.map((y) => [y.year, y.ids])).toEqual([[2026, ["a.xlsx", "b.xlsx"]], [2025, ["c-2025.xlsx"]]]);
    expect(r.regions.map((x) => [x.id, x.rank])).toEqual([["b.xlsx", 1], ["a.xlsx", 2], ["c-2025.xlsx", 1]]);
  });

  it("the province's own workbook is ranked apart from its kab/kota", () => {
    const r = recapRegions([
      entry("a.xlsx", input("Kabupaten A", 8)),
      entry("prov.xlsx", input("Provinsi Contoh", 12, { level: "provinsi" })),
      entry("k.xlsx", input("Kota K", 10, { level: "kota" })),
    ]);
    expect(r.provinces).toEqual(["prov.xlsx"]);
    expect(r.regions.map((x) => [x.id, x.rank])).toEqual([["k.xlsx", 1], ["a.xlsx", 2], ["prov.xlsx", 1]]);
    // a recap of provinces only (a national view) ranks them together and notes nothing
    expect(recapRegions([entry("p.xlsx", input("Provinsi P", 8, { level: "provinsi" }))]).provinces).toEqual([]);
  });
});
