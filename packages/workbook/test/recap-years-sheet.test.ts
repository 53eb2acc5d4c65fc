/**
 * The Banding Tahun sheet (`recapYearsSheet`) on a hand-made comparison (audit21 F1, F9c): the table's header frozen
 * as on the other recap sheets, a region that did not report with no text in its number column (its note says so),
 * and the province's change as the average of the regions ranked in both years, each year's own average apart.
 */
import { describe, expect, it } from "vitest";
import type { RecapYears, RecapYearSide } from "@inovasi/core";
import { recapYearsNotes, recapYearsSheet, recapYearsSummary, recapYearsTable } from "@inovasi/workbook";

const kurang = { id: "kurang-inovatif", label: { id: "Kurang Inovatif", en: "Less innovative" } };
const tdd = { id: "tidak-dapat-dinilai", label: { id: "Tidak Dapat Dinilai", en: "Cannot be assessed" } };
const side = (name: string, year: number, index: number, rank: number | null, reported = true): RecapYearSide => ({
  id: `${name}-${year}.xlsx`, name, level: "kabupaten", year, edition: "iid-2026", decimals: 2, index, predicate: reported ? kurang : tdd, rank, reported, flawed: false,
});
const c: RecapYears = {
  years: { before: 2025, after: 2026 },
  editions: { before: ["iid-2026"], after: ["iid-2026"], same: true },
  regions: [
    { level: "kabupaten", before: side("Kabupaten Danau", 2025, 30.05, 1), after: side("Kabupaten Danau", 2026, 24, 1), delta: -6.05, predicate: "same", reporting: null, sameEdition: true, rankLikeForLike: { before: 1, after: 1, move: 0 } },
    { level: "kabupaten", before: side("Kabupaten Gunung", 2025, 11.46, 2), after: side("Kabupaten Gunung", 2026, 0, null, false), delta: null, predicate: "down", reporting: "stopped", sameEdition: true, rankLikeForLike: null },
  ],
  onlyBefore: [],
  onlyAfter: [],
  outsideYear: { before: [], after: [] },
  offYear: { before: [], after: [] },
  notScored: { before: [], after: [] },
  province: {
    regions: { before: 2, after: 2 },
    ranked: { before: 2, after: 1 },
    average: { before: 20.76, after: 24, delta: 3.24 },
    likeForLike: { regions: 1, before: 30.05, after: 24, delta: -6.05 },
    outside: { before: [{ name: "Kabupaten Gunung", level: "kabupaten", why: "not_reported" }], after: [] },
    predicates: [{ predicate: kurang, before: 2, after: 1 }, { predicate: tdd, before: 0, after: 1 }],
  },
  moved: { rose: 0, fell: 1, same: 0, unknown: 1, predicateUp: 0, predicateDown: 1, predicateIncomparable: 0, stopped: 1, started: 0, flawed: 0 },
  notes: [],
};

describe("Banding Tahun: like for like, and a header that stays in view", () => {
  it("the headline is the regions ranked in both years; who makes the years' sets differ is named (F1)", () => {
    const notes = recapYearsNotes(c);
    expect(notes[0]).toBe("Dibanding tahun 2025: 2 daerah ada di kedua tahun — 0 naik, 1 turun, 0 tetap, 1 tanpa selisih (belum melapor, angka belum valid atau indeksnya tidak diketahui); predikat naik 0, turun 1 (1 berhenti melapor: turun ke Tidak Dapat Dinilai)");
    expect(notes).toContain("Provinsi 2025 → 2026 (kab/kota): rata-rata indeks terverifikasi 1 daerah berperingkat di kedua tahun 30,05 → 24,00 (−6,05) · rata-rata seluruh daerah berperingkat 20,76 (2 daerah) → 24,00 (1 daerah) · daerah 2 → 2 · Kurang Inovatif 2 → 1 · Tidak Dapat Dinilai 0 → 1");
    expect(notes.some((n) => n.endsWith("Berperingkat 2025 saja: Kabupaten Gunung (belum melapor 2026)."))).toBe(true);
    expect(recapYearsSummary(c, "en")).toMatch(/; average verified index of the 1 region ranked in both years 30\.05 → 24\.00 \(−6\.05\)$/);
    expect(recapYearsNotes(c).join("\n")).not.toContain("+3,24");
  });

  it("a region that stopped reporting goes down to its edition's band, in the run's language (audit35 #1)", () => {
    expect(recapYearsNotes(c, "en")[0]).toMatch(/; predicate up 0, down 1 \(1 stopped reporting: down to Cannot be assessed\)$/);
    // a model that relabels the band: its label, not the shipped one
    const nil = { id: "tidak-dapat-dinilai", label: { id: "Belum Melapor", en: "Not reported" } };
    const relabelled: RecapYears = { ...c, regions: [c.regions[0]!, { ...c.regions[1]!, after: { ...c.regions[1]!.after, predicate: nil } }] };
    expect(recapYearsNotes(relabelled)[0]).toMatch(/\(1 berhenti melapor: turun ke Belum Melapor\)$/);
    expect(recapYearsNotes(relabelled, "en")[0]).toMatch(/\(1 stopped reporting: down to Not reported\)$/);
    // one that started reporting: up from last year's band
    const started: RecapYears = { ...c, regions: [c.regions[0]!, { ...c.regions[1]!, before: c.regions[1]!.after, after: c.regions[1]!.before, reporting: "started", predicate: "up" }], moved: { ...c.moved, stopped: 0, started: 1 } };
    expect(recapYearsNotes(started, "en")[0]).toMatch(/\(1 started reporting: up from Cannot be assessed\)$/);
  });

  it("the header row is frozen; a region that did not report has an empty index cell and a note (F9c)", () => {
    const { writes, sheet, at } = recapYearsSheet(c);
    const header = writes.find((w) => w.value === "Daerah" && w.col === 0)!.row;
    expect(sheet.freezeRows).toBe(header + 1);
    const gunung = at[1]!;
    const cell = (col: number) => writes.find((w) => w.row === gunung && w.col === col)?.value ?? null;
    expect(cell(6)).toBeNull();
    expect(cell(7)).toBe("Tidak Dapat Dinilai");
    expect(cell(15)).toBe("belum melapor 2026");
    expect(cell(11)).toBe("turun");
    // not ranked in both years: no rank among them, no move
    expect([12, 13, 14].map(cell)).toEqual([null, null, null]);
    const rows = (label: string) => writes.filter((w) => w.row === writes.find((x) => x.value === label)?.row).map((w) => w.value);
    expect(rows("Rata-rata 1 daerah berperingkat di kedua tahun")).toEqual(["Rata-rata 1 daerah berperingkat di kedua tahun", 30.05, 24, -6.05]);
    expect(rows("Rata-rata seluruh daerah berperingkat (daerahnya berbeda)")).toEqual(["Rata-rata seluruh daerah berperingkat (daerahnya berbeda)", 20.76, 24]);
  });

  it("each year's own rank and the rank among the regions ranked in both years, with its move (prov22)", () => {
    const up: RecapYears = {
      ...c,
      regions: [
        { ...c.regions[0]!, before: side("Kabupaten Danau", 2025, 30.05, 8), after: side("Kabupaten Danau", 2026, 34, 5), delta: 3.95, rankLikeForLike: { before: 8, after: 4, move: 4 } },
        { ...c.regions[0]!, before: side("Kabupaten Rawa", 2025, 21.69, 5), after: side("Kabupaten Rawa", 2026, 21.08, 8), delta: -0.61, rankLikeForLike: { before: 5, after: 7, move: -2 } },
      ],
      province: { ...c.province, ranked: { before: 12, after: 11 }, likeForLike: { ...c.province.likeForLike, regions: 10 } },
    };
    const { writes, at } = recapYearsSheet(up);
    const cells = (row: number) => [4, 8, 12, 13, 14].map((col) => writes.find((w) => w.row === row && w.col === col)?.value ?? null);
    expect(cells(at[0]!)).toEqual([8, 5, 8, 4, 4]);
    expect(cells(at[1]!)).toEqual([5, 8, 5, 7, -2]);
    // the move is a number (filters and sorts as one) whose format words it
    expect(writes.find((w) => w.row === at[0] && w.col === 14)!.numFmt).toBe('"naik "0;"turun "0;"tetap"');
    expect(recapYearsSheet(up, "en").writes.find((w) => w.row === at[0] && w.col === 14)!.numFmt).toBe('"up "0;"down "0;"same"');
    const header = writes.find((w) => w.value === "Daerah" && w.col === 0)!.row;
    expect(writes.filter((w) => w.row === header && w.col >= 12).map((w) => w.value)).toEqual(["Peringkat 2025 (sebanding)", "Peringkat 2026 (sebanding)", "Gerak Peringkat (sebanding)", "Catatan"]);
    expect(recapYearsNotes(up)[1]).toBe("Peringkat: di antara daerah berperingkat tahun itu (12 daerah 2025, 11 daerah 2026), daerah yang berbeda; peringkat sebanding: di antara 10 daerah berperingkat di kedua tahun, tempat naik dan turunnya peringkat dihitung.");
    expect(recapYearsTable(up).map((r) => r.slice(5))).toEqual([["Peringkat", "Peringkat sebanding"], ["8 → 5", "8 → 4 (naik 4)"], ["5 → 8", "5 → 7 (turun 2)"]]);
    expect(recapYearsTable(up, "en")[2]!.slice(5)).toEqual(["5 → 8", "5 → 7 (down 2)"]);
  });
});

describe("files of a year not scored, in English (audit22b E1)", () => {
  it("the count and the year are not side by side ('3 2026 files' read as one number)", () => {
    const notes = recapYearsNotes({ ...c, notScored: { before: [], after: ["iota.xlsx", "kappa.xlsx", "theta.xlsx"] } }, "en");
    expect(notes.find((n) => n.startsWith("3 "))).toMatch(/^3 files of 2026 could not be scored \(their regions are not compared/);
  });
});

// audit37 #1: two years whose band sets cannot be lined up there (`predicate: "incomparable"`): said, not "turun"
describe("Banding Tahun: a predicate move the two years' bands cannot line up", () => {
  const off: RecapYears = { ...c, regions: [{ ...c.regions[0]!, predicate: "incomparable", sameEdition: false }, c.regions[1]!], moved: { ...c.moved, predicateIncomparable: 1 } };
  it("the head line counts it apart, the table and the sheet say it in words, in both languages", () => {
    expect(recapYearsNotes(off)[0]).toContain("; predikat naik 0, turun 1, tidak sebanding 1 (susunan predikat kedua tahun berbeda) (1 berhenti melapor");
    expect(recapYearsNotes(off, "en")[0]).toContain("; predicate up 0, down 1, not comparable 1 (the two years' predicate sets differ) (1 stopped reporting");
    expect(recapYearsTable(off)[1]![4]).toBe("tidak sebanding");
    expect(recapYearsTable(off, "en")[1]![4]).toBe("not comparable");
    const { writes, at } = recapYearsSheet(off);
    expect(writes.find((w) => w.row === at[0] && w.col === 11)?.value).toBe("tidak sebanding");
    // a comparison saved before the count existed: no figure invented
    const { predicateIncomparable: _, ...old } = c.moved;
    expect(recapYearsNotes({ ...c, moved: old as RecapYears["moved"] })[0]).not.toContain("sebanding");
  });
});
