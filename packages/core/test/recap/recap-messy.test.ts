/**
 * What a province's folder really holds: a region sent twice under two spellings, last year's file among this
 * year's, the province's own workbook among its kab/kota. None of them may silently skew the ranking.
 */
import { describe, expect, it } from "vitest";
import { levelInName, recapRegions, regionKey, type RecapEntry } from "../../src/index.js";
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
    expect(k("Propinsi Contoh", "provinsi")).toBe(k("Provinsi Contoh", "provinsi"));
  });
});

describe("levelInName (prov22: the reader's Tingkat check, the year comparison and the list of regions take it)", () => {
  it("the level words regionKey strips, a bare 'Kota …' included; the kabupaten named 'Kota…' in two words say none", () => {
    expect(["Kabupaten Malang", "Kab. Malang", "PEMKAB MALANG", "Pemerintah Kab. Malang"].map(levelInName)).toEqual(Array(4).fill("kabupaten"));
    expect(["Kota Malang", "Pemkot Batu", "Pemerintah Kota Batu", "Kota Administrasi Jakarta Selatan"].map(levelInName)).toEqual(Array(4).fill("kota"));
    expect(["Provinsi Jawa Timur", "Propinsi Jawa Timur", "Prov. Jawa Timur", "Pemprov Jawa Timur"].map(levelInName)).toEqual(Array(4).fill("provinsi"));
    // Kotabaru and Kotawaringin Barat/Timur (kabupaten) however written; a kota's name that begins with them is a kota
    expect(["Kota Baru", "kota  baru", "Kota Waringin Barat", "Kota Waringin Timur", "Kotabaru", "Kotawaringin Timur", "Malang"].map(levelInName)).toEqual(Array(7).fill(undefined));
    expect(["Kota Baru Contoh", "Kota Waringin", "Kota Batu"].map(levelInName)).toEqual(["kota", "kota", "kota"]);
  });
});

describe("recapRegions on a messy folder", () => {
  it("a region re-sent under another spelling is named as a duplicate with both spellings", () => {
    const r = recapRegions([entry("kab-malang.xlsx", input("Kabupaten Malang", 12)), entry("malang-revisi.xlsx", input("Kab. Malang", 10))]);
    expect(r.duplicates).toEqual([
      { name: "Kabupaten Malang", year: 2026, ids: ["kab-malang.xlsx", "malang-revisi.xlsx"], names: ["Kabupaten Malang", "Kab. Malang"], kept: null, left: [], by: null, saved: { "kab-malang.xlsx": null, "malang-revisi.xlsx": null } },
    ]);
    // no date tells them apart: each copy stays a row (the note says to leave the old file out), neither ranked nor
    // counted — one region is never counted twice (prov21, audit21 F4)
    expect(r.regions.map((x) => [x.id, x.rank])).toEqual([["malang-revisi.xlsx", null], ["kab-malang.xlsx", null]]);
    expect([...r.outsideDistribution].sort()).toEqual(["kab-malang.xlsx", "malang-revisi.xlsx"]);
    expect([r.totals.regions, r.totals.innovations.reported, r.distribution.reduce((n, d) => n + d.verified, 0)]).toEqual([0, 0, 0]);
  });

  it("recaps the year asked for: files of other years are no row, no rank, not counted, and named; the list is checked for that year", () => {
    const entries = [
      entry("kab-a-2025.xlsx", input("Kabupaten A", 12, { year: 2025 })),
      entry("kab-b-2025.xlsx", input("Kabupaten B", 8, { year: 2025 })),
      entry("kab-a-2026.xlsx", input("Kabupaten A", 12)),
      entry("kab-c-2026.xlsx", input("Kabupaten C", 12)),
      entry("kab-c-2026-lagi.xlsx", input("Kab. C", 10)), // a 2026 duplicate: not this recap's business
      entry("kab-d-2026.xlsx", input("Kabupaten D", 12)),
    ];
    const list = ["Kabupaten A", "Kabupaten B", "Kabupaten C"].map((name, k) => ({ name, level: "kabupaten" as const, at: `daftar.txt baris ${k + 1}` }));
    // by default the most common year (2026) is the recap's, and 2025 is ranked apart
    const plain = recapRegions(entries, { expected: list });
    expect([plain.year, plain.mixedYears, plain.outsideYear]).toEqual([2026, true, []]);
    expect(plain.expected!.missing.map((m) => m.name)).toEqual(["Kabupaten B"]);
    const r = recapRegions(entries, { year: 2025, expected: list });
    expect(r.year).toBe(2025);
    expect(r.regions.map((x) => [x.id, x.rank])).toEqual([["kab-a-2025.xlsx", 1], ["kab-b-2025.xlsx", 2]]);
    expect(r.outsideYear).toEqual([{ id: "kab-a-2026.xlsx", year: 2026 }, { id: "kab-c-2026.xlsx", year: 2026 }, { id: "kab-c-2026-lagi.xlsx", year: 2026 }, { id: "kab-d-2026.xlsx", year: 2026 }]);
    expect([r.mixedYears, r.duplicates, r.outsideDistribution]).toEqual([false, [], []]);
    expect(r.distribution.reduce((n, d) => n + d.verified, 0)).toBe(2);
    // C sent only 2026 files (both named); D is not on the list, but its file is not in this recap either
    expect(r.expected).toMatchObject({ year: 2025, missing: [{ name: "Kabupaten C", otherYears: ["kab-c-2026.xlsx", "kab-c-2026-lagi.xlsx"] }], notListed: [] });
    // a year no file has: an empty recap that says so
    expect(recapRegions(entries, { year: 2024 })).toMatchObject({ year: 2024, regions: [], outsideYear: expect.arrayContaining([{ id: "kab-a-2025.xlsx", year: 2025 }]) });
  });

  it("of two copies of one region, only the newest is ranked and counted; the other is named as left out", () => {
    const saved = (workbook: string | null, file: string) => ({ saved: { workbook, file } });
    const entries = [
      { ...entry("kab-malang.xlsx", input("Kabupaten Malang", 12)), ...saved("2026-05-15T08:00:00Z", "2026-06-03T10:00:00Z") },
      { ...entry("malang-revisi.xlsx", input("Kab. Malang", 4)), ...saved("2026-06-01T09:30:00Z", "2026-06-02T10:00:00Z") },
      entry("kab-b.xlsx", input("Kabupaten B", 8)),
    ];
    const r = recapRegions(entries);
    // the workbook's own saved date decides (the file time, a download's, says otherwise)
    expect(r.duplicates[0]).toMatchObject({ kept: "malang-revisi.xlsx", left: ["kab-malang.xlsx"], by: "workbook", saved: { "kab-malang.xlsx": "2026-05-15T08:00:00Z", "malang-revisi.xlsx": "2026-06-01T09:30:00Z" } });
    // everywhere a ranking shows: rows, ranks, the distribution and the editions' counts
    expect(r.regions.map((x) => [x.id, x.rank])).toEqual([["kab-b.xlsx", 1], ["malang-revisi.xlsx", 2]]);
    expect(r.distribution.reduce((n, d) => n + d.verified, 0)).toBe(2);
    expect(r.editions[0]!.regions).toBe(2);
    expect(r.years[0]!.ids).toEqual(["malang-revisi.xlsx", "kab-b.xlsx"]);
    // the same workbook date (a copy of one file): the file time decides
    const same = recapRegions([
      { ...entries[0]!, ...saved("2026-05-15T08:00:00Z", "2026-06-03T10:00:00Z") },
      { ...entries[1]!, ...saved("2026-05-15T08:00:00Z", "2026-06-02T10:00:00Z") },
    ]);
    expect(same.duplicates[0]).toMatchObject({ kept: "kab-malang.xlsx", left: ["malang-revisi.xlsx"], by: "file" });
    // file times a fraction of a second apart print as one second: no evidence which is newer, neither ranked (audit22b R2)
    const blink = recapRegions([
      { ...entries[0]!, ...saved("2026-11-30T09:00:00Z", "2026-11-30T10:00:00.900Z") },
      { ...entries[1]!, ...saved("2026-11-30T09:00:00Z", "2026-11-30T10:00:00.100Z") },
    ]);
    expect(blink.duplicates[0]).toMatchObject({ kept: null, left: [], by: null });
    expect(blink.regions.map((x) => x.rank)).toEqual([null, null]);
    // a second apart is told apart, as printed
    expect(recapRegions([{ ...entries[0]!, ...saved(null, "2026-11-30T10:00:01.000Z") }, { ...entries[1]!, ...saved(null, "2026-11-30T10:00:00.999Z") }]).duplicates[0]).toMatchObject({ kept: "kab-malang.xlsx", by: "file" });
    // a copy without any date: not guessed
    expect(recapRegions([entries[0]!, entry("x.xlsx", input("Kab Malang", 3))]).duplicates[0]).toMatchObject({ kept: null, left: [] });
  });

  it("against the province's list: every listed region with no file of the main year, every file not on the list", () => {
    const r = recapRegions(
      [
        { ...entry("a.xlsx", input("Kab. A", 8)), regionAt: "Pengaturan!B2" },
        entry("k.xlsx", input("Kota K", 10, { level: "kota" })),
        entry("c-2025.xlsx", input("Kabupaten C", 12, { year: 2025 })),
        { ...entry("x.xlsx", input("Kabupaten Luar", 5)), regionAt: "Pengaturan!B2" },
        entry("prov.xlsx", input("Provinsi Contoh", 12, { level: "provinsi" })),
      ],
      {
        expected: [
          { name: "Kabupaten A", level: "kabupaten", at: "daftar.txt baris 1" },
          { name: "Kabupaten C", level: "kabupaten", at: "daftar.txt baris 2" },
          { name: "Kota K", level: "kota", at: "daftar.txt baris 3" },
          { name: "Kabupaten K", level: "kabupaten", at: "daftar.txt baris 4" },
        ],
      },
    );
    expect(r.expected).toEqual({
      year: 2026,
      listed: 4,
      missing: [
        // only last year's file: not this year's
        { name: "Kabupaten C", level: "kabupaten", at: "daftar.txt baris 2", otherYears: ["c-2025.xlsx"] },
        // Kota K sent; Kabupaten K did not (another level, another region)
        { name: "Kabupaten K", level: "kabupaten", at: "daftar.txt baris 4", otherYears: [] },
      ],
      // the province's own workbook is not a kab/kota the list forgot
      notListed: [{ id: "x.xlsx", name: "Kabupaten Luar", level: "kabupaten", at: "Pengaturan!B2", near: null }],
    });
    // a name a letter away from a missing region's: suggested, same level only
    const typo = recapRegions([entry("m.xlsx", input("Kab. Muaro", 5)), entry("k.xlsx", input("Kota Muaro", 5, { level: "kota" }))], { expected: [{ name: "Kabupaten Muara", level: "kabupaten", at: "baris 1" }] });
    expect(typo.expected!.notListed.map((x) => [x.id, x.near?.name ?? null])).toEqual([["m.xlsx", "Kabupaten Muara"], ["k.xlsx", "Kabupaten Muara"]]);
    // the same name with the workbook's level picked wrong: suggested, the levels named apart
    const level = recapRegions([entry("d.xlsx", input("Kabupaten Danau", 5, { level: "kota" }))], { expected: [{ name: "Kab. Danau", level: "kabupaten" }, { name: "Kota Danau Baru", level: "kota" }] });
    expect(level.expected!.notListed[0]!.near).toEqual({ name: "Kab. Danau", level: "kabupaten" });
    // a name with a word more or less (prov13 F13: "Kabupaten Hulu" listed, "Kabupaten Hulu Contoh" sent): suggested
    const words = recapRegions([entry("h.xlsx", input("Kabupaten Hulu Contoh", 5)), entry("b.xlsx", input("Pemerintah Kota Batu", 5, { level: "kota" }))], { expected: [{ name: "Kabupaten Hulu", level: "kabupaten" }, { name: "Kota Batu Raya", level: "kota" }] });
    expect(words.expected!.notListed.map((x) => [x.id, x.near?.name ?? null])).toEqual([["h.xlsx", "Kabupaten Hulu"], ["b.xlsx", "Kota Batu Raya"]]); // a hint, never a pairing
    expect(recapRegions([entry("a.xlsx", input("Kab. A", 8))]).expected).toBeNull();
  });

  it("a file matched to the province's list is named as the list spells it, the file's spelling kept beside (audit34)", () => {
    const list = [
      { name: "Kabupaten Rawa Contoh", level: "kabupaten" as const },
      { name: "Kabupaten Bukit Contoh", level: "kabupaten" as const },
      { name: "Kota K", level: "kota" as const },
    ];
    const rawa = entry("rawa.xlsx", input("KABUPATEN  RAWA CONTOH", 8));
    const r = recapRegions(
      [
        rawa,
        { ...entry("bukit.xlsx", input("Kab. Bukit Contoh", 6)), saved: { workbook: "2026-05-01T00:00:00Z" } },
        { ...entry("bukit-lagi.xlsx", input("Kabupaten Bukit Contoh", 6)), saved: { workbook: "2026-06-01T00:00:00Z" } },
        entry("k.xlsx", input("Kota K", 10, { level: "kota" })),
        entry("luar.xlsx", input("Kab. Luar", 5)),
      ],
      { expected: list },
    );
    const names = Object.fromEntries(r.regions.map((x) => [x.id, [x.region.name, x.nameInFile ?? null]]));
    expect(names).toEqual({
      "rawa.xlsx": ["Kabupaten Rawa Contoh", "KABUPATEN  RAWA CONTOH"],
      "bukit-lagi.xlsx": ["Kabupaten Bukit Contoh", null], // spelt as the list: nothing to keep
      "k.xlsx": ["Kota K", null],
      "luar.xlsx": ["Kab. Luar", null], // not on the list: as typed (and named there)
    });
    // a region sent twice is named as the list spells it; every spelling the files used stays
    expect(r.duplicates[0]).toMatchObject({ name: "Kabupaten Bukit Contoh", names: ["Kab. Bukit Contoh", "Kabupaten Bukit Contoh"], kept: "bukit-lagi.xlsx" });
    expect(r.expected!.notListed.map((x) => x.name)).toEqual(["Kab. Luar"]);
    // the result itself is not changed: it is the file's
    expect(rawa.result.region.name).toBe("KABUPATEN  RAWA CONTOH");
    // without a list: as typed, no nameInFile
    expect(recapRegions([entry("rawa.xlsx", input("KABUPATEN  RAWA CONTOH", 8))]).regions[0]).toMatchObject({ region: { name: "KABUPATEN  RAWA CONTOH" } });
    expect(recapRegions([entry("rawa.xlsx", input("KABUPATEN  RAWA CONTOH", 8))]).regions[0]).not.toHaveProperty("nameInFile");
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
    // the predicate distribution is this year's: last year's file is named, not counted
    expect(r.distribution.reduce((n, d) => n + d.verified, 0)).toBe(2);
    expect(r.outsideDistribution).toEqual(["c-2025.xlsx"]);
  });

  it("the province's own workbook is ranked apart from its kab/kota", () => {
    const r = recapRegions([
      entry("a.xlsx", input("Kabupaten A", 8)),
      entry("prov.xlsx", input("Provinsi Contoh", 12, { level: "provinsi" })),
      entry("k.xlsx", input("Kota K", 10, { level: "kota" })),
    ]);
    expect(r.provinces).toEqual(["prov.xlsx"]);
    expect(r.regions.map((x) => [x.id, x.rank])).toEqual([["k.xlsx", 1], ["a.xlsx", 2], ["prov.xlsx", 1]]);
    expect(r.distribution.reduce((n, d) => n + d.claimed, 0)).toBe(2);
    expect(r.outsideDistribution).toEqual(["prov.xlsx"]);
    // a recap of provinces only (a national view) ranks them together and notes nothing
    expect(recapRegions([entry("p.xlsx", input("Provinsi P", 8, { level: "provinsi" }))]).provinces).toEqual([]);
  });
});
