/**
 * An indicator's answer column headed short (audit17 F6): "Regulasi" or "1" for "1. Regulasi inovasi daerah" was not
 * read, so terverifikasi fell to 17,00 with the missing column said as a warning at an empty cell past the data. A
 * heading naming one indicator is read as it (said); one that may be it is named at its cell; a mandatory indicator
 * without any column is an error, said once.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { type WorkbookGrids, locateIssues, readWorkbook } from "../src/index.js";
import { headingNames } from "../src/indicator-heading.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

const SID1 = "1. Regulasi inovasi daerah";
const sid = e2026.indicators.filter((i) => i.aspect === "SID");

function two(): WorkbookGrids {
  const grids = templateAsGrids();
  for (const name of ["Si Sehat", "Si Pintar"]) addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, name, "Dinas Kesehatan", "Kesehatan"), Ditolak: "Tidak", "Jumlah Keikutsertaan": 1 });
  return grids;
}
const rename = (grids: WorkbookGrids, from: string, to: string) => {
  const row = grids["Inovasi"]!.cells[0]!;
  row[row.indexOf(from)] = to;
};
const scored = (grids: WorkbookGrids) => {
  const read = readWorkbook(grids);
  const result = scoreRegion(read.input!, read.edition);
  return { read, result, issues: [...read.issues, ...locateIssues(result.issues, read.source)] };
};
const key = (i: { severity: string; code: string; sheet: string; cell?: string | undefined }) => `${i.severity}:${i.code}@${i.sheet}!${i.cell ?? ""}`;
/** The issues the two innovations do not have with the template's headings (their own: SPD unanswered, yandas …). */
const BASE = new Set(scored(two()).issues.map(key));
const fresh = <T extends Parameters<typeof key>[0]>(issues: T[]) => issues.filter((i) => !BASE.has(key(i)));
const codes = (issues: Parameters<typeof key>[0][]) => fresh(issues).map(key);

describe("headingNames", () => {
  it.each([
    ["Regulasi", ["SID-1"]],
    ["1", ["SID-1"]],
    ["SID-1", ["SID-1"]],
    ["Indikator 18", ["SID-18"]],
    ["1 Regulasi", ["SID-1"]],
    ["Kemanfaatan", ["SID-18"]],
    ["Video", ["SID-20"]],
    ["Layanan", ["SID-12", "SID-14", "SID-15"]],
    ["Inovasi", []],
    ["2 Regulasi", []],
    ["Keterangan", []],
  ])("%s", (text, ids) => {
    expect(headingNames(text, sid).map((i) => i.id)).toEqual(ids);
  });
});

describe("a short indicator heading on the Inovasi sheet (audit17 F6)", () => {
  it.each(["Regulasi", "1", "SID-1", "Regulasi Inovasi"])("'%s' is read as SID-1, said as an info note at its cell; the index as before", (heading) => {
    const base = scored(two()).result.verified.index;
    const grids = two();
    rename(grids, SID1, heading);
    const { result, issues } = scored(grids);
    expect(result.verified.index).toBe(base);
    expect(codes(issues)).toEqual(["info:column_read_as@Inovasi!O1"]);
    expect(fresh(issues)[0]!.text).toBe(`kolom "${heading}" dibaca sebagai "${SID1}"`);
  });

  it("a mandatory indicator's column missing altogether: one error at the header row saying no innovation counts verified, no 'belum dijawab' at every row", () => {
    const grids = two();
    rename(grids, SID1, "Catatan Lain");
    const { result, issues } = scored(grids);
    expect(result.verified.sid.counted).toBe(0);
    expect(scored(two()).result.verified.sid.counted).toBe(2);
    expect(codes(issues)).toEqual(["error:indicator_column_missing@Inovasi!BD1"]);
    expect(fresh(issues)[0]!.text).toBe(`kolom jawaban indikator wajib SID-1 ("${SID1}") tidak ada; tidak ada inovasi yang dihitung dalam proyeksi terverifikasi`);
    expect(fresh(readWorkbook(grids, { locale: "en" }).issues)[0]!.text).toBe(`answer column of mandatory indicator SID-1 ("${SID1}") is missing; no innovation counts in the verified projection`);
  });

  it("a heading that may be it (a word of its name among others): the error at that heading, asking", () => {
    const grids = two();
    rename(grids, SID1, "Regulasi Perda");
    const { issues } = scored(grids);
    expect(codes(issues)).toEqual(["error:indicator_column_missing@Inovasi!O1"]);
    expect(fresh(issues)[0]!.text).toContain(`; judul "Regulasi Perda" ini tidak dibaca — mungkin maksudnya SID-1 Regulasi inovasi daerah? beri judul "${SID1}"`);
  });

  it("a heading naming several indicators is read as none; at its cell, the missing one it may be, asked (a warning: SID-12 is not mandatory)", () => {
    const grids = two();
    rename(grids, "12. Kemudahan informasi layanan", "Layanan");
    const { issues } = scored(grids);
    expect(codes(issues)).toEqual(["warning:indicator_column_missing@Inovasi!AK1"]);
    expect(fresh(issues)[0]!.text).toBe(`kolom jawaban indikator SID-12 ("12. Kemudahan informasi layanan") tidak ada; indikator ini dianggap belum dijawab; judul "Layanan" ini tidak dibaca — mungkin maksudnya SID-12 Kemudahan informasi layanan? beri judul "12. Kemudahan informasi layanan"`);
  });

  it("a short heading whose indicator has its column is not read (an analyst's own column)", () => {
    const grids = two();
    const h = grids["Inovasi"]!.cells[0]!;
    h.push("Regulasi");
    grids["Inovasi"]!.cells[1]!.push("Perbup 12/2024");
    expect(codes(scored(grids).issues)).toEqual([]);
  });
});

describe("a short heading over a column of something else (review18 F4)", () => {
  const SID3 = "3. Dukungan anggaran";
  const SID20 = "20. Kualitas inovasi (video)";
  /** The two innovations with `heading` over the indicator's column, its cells `values`. */
  const over = (header: string, heading: string, values: unknown[]) => {
    const grids = two();
    const g = grids["Inovasi"]!;
    const c = g.cells[0]!.indexOf(header);
    g.cells[0]![c] = heading;
    values.forEach((v, k) => (g.cells[k + 1]![c] = v as never));
    return grids;
  };

  it("'Anggaran' holding rupiah is not taken for SID-3: one warning at its heading saying why, no error per row", () => {
    const { issues } = scored(over(SID3, "Anggaran", [150000000, 75000000]));
    expect(codes(issues)).toEqual(["warning:indicator_column_missing@Inovasi!S1"]);
    expect(fresh(issues)[0]!.text).toBe(`kolom jawaban indikator SID-3 ("${SID3}") tidak ada; indikator ini dianggap belum dijawab; kolom "Anggaran" ini tidak dibaca sebagai SID-3 Dukungan anggaran: sebagian besar isinya bukan jawaban indikator ini (2 dari 2 sel)`);
    expect(fresh(readWorkbook(over(SID3, "Anggaran", [150000000, 75000000]), { locale: "en" }).issues)[0]!.text).toContain(`the column "Anggaran" here is not read as SID-3 Budget support: most of its cells are no answers of this indicator (2 of 2 cells)`);
  });

  it("'Video' holding links is not taken for mandatory SID-20: one error at its heading, no unknown option per row", () => {
    const { issues } = scored(over(SID20, "Video", ["https://youtu.be/abc", "https://youtu.be/def"]));
    expect(codes(issues)).toEqual(["error:indicator_column_missing@Inovasi!BB1"]);
  });

  it("a short heading over its answers, one typed loosely, is still taken (a majority reads as answers)", () => {
    const { issues } = scored(over(SID3, "Anggaran", ["Dianggarkan pada dua tahun anggaran berturut-turut", 2]));
    expect(codes(issues)).toEqual(["info:column_read_as@Inovasi!S1"]);
    expect(codes(scored(over(SID20, "Video", ["3–4 unsur", "5 unsur"])).issues)).toEqual(["info:column_read_as@Inovasi!BB1"]);
  });
});

describe("two short headings for one indicator (review18 F5)", () => {
  it("a row-number column headed '1' beside 'Regulasi': the one over answers is taken", () => {
    // seven rows numbered 1–7: 4–7 are no tiers of SID-1, so the numbers are not its answers
    const grids = two();
    const g = grids["Inovasi"]!;
    for (const name of ["Si A", "Si B", "Si C", "Si D", "Si E"]) addRow(g, { ...fullInnovation(e2026, name, "Dinas Kesehatan", "Kesehatan"), Ditolak: "Tidak", "Jumlah Keikutsertaan": 1 });
    rename(grids, SID1, "Regulasi");
    g.cells.forEach((row, r) => row.unshift(r === 0 ? "1" : r));
    const { issues } = scored(grids);
    expect(fresh(issues).filter((i) => i.code === "indicator_column_missing")).toEqual([]);
    expect(fresh(issues).filter((i) => i.code === "column_read_as").map((i) => i.text)).toEqual([`kolom "Regulasi" dibaca sebagai "${SID1}"`]);
  });
});

// read27: a percentage headed with words that say no percent ("Pengaduan" for SID-14): a bare whole number may be the
// complaints' count; read as the percentage, as before, both readings said once at the heading
describe("a count or a percentage under a short heading (read27)", () => {
  const SID14 = "14. Penyelesaian layanan pengaduan";
  const over = (heading: string, values: unknown[], formats?: (string | undefined)[]) => {
    const grids = two();
    const g = grids["Inovasi"]!;
    const c = g.cells[0]!.indexOf(SID14);
    g.cells[0]![c] = heading;
    values.forEach((v, k) => (g.cells[k + 1]![c] = v as never));
    formats?.forEach((f, k) => { if (f) ((g.formats ??= [])[k + 1] ??= [])[c] = f; });
    return grids;
  };

  it("'Pengaduan' over 12 and 95: read 12 % and 95 % (the index as typed under its full heading), one warning at the heading naming both readings", () => {
    const grids = over("Pengaduan", [12, "95"]);
    const { result, issues } = scored(grids);
    expect(result.verified.index).toBe(scored(over(SID14, [12, "95"])).result.verified.index);
    expect(codes(issues)).toEqual(["info:column_read_as@Inovasi!AO1", "warning:column_unsure@Inovasi!AO1"]);
    expect(fresh(issues)[1]!.text).toBe(`judul "Pengaduan" tidak menyebut persen: Inovasi!AO2 "12" dibaca 12 % (tingkat 1), tetapi bisa juga jumlah (12 pengaduan), begitu juga 1 sel lain; bila persentase, tulis dengan "%" atau beri judul "${SID14}"; bila jumlah, tulis persentase pengaduan yang diselesaikan`);
    expect(fresh(readWorkbook(over("Pengaduan", [95]), { locale: "en" }).issues).map((i) => i.text)[1]).toBe(`header "Pengaduan" names no percent: Inovasi!AO2 "95" is read as 95 % (tier 3), yet it may be a count (95 pengaduan); if a percentage, write it with "%" or head the column "${SID14}"; if a count, write the percentage (complaints resolved)`);
  });

  it.each([
    ["the percent typed", "Pengaduan", ["12 %", "95 persen"], undefined],
    ["percent cells", "Pengaduan", [0.12, 0.95], ["0%", "0.0%"]],
    ["no complaint, 0 either way", "Pengaduan", [0, 0], undefined],
    ["a fraction, no count", "Pengaduan", ["12,5", 95.5], undefined],
    ["its number alone", "14", [12, 95], undefined],
    ["a percent in the heading", "Pengaduan (%)", [12, 95], undefined],
    ["the name in full", "Penyelesaian layanan pengaduan", [12, 95], undefined],
  ])("not asked with %s", (_why, heading, values, formats) => {
    const { read, issues } = scored(over(heading, values, formats));
    // the column is read as SID-14's, its answers in percent
    expect(read.input!.innovations.map((i) => i.answers["SID-14"]?.value)).toEqual(values.map((v, k) => (formats?.[k] ? Number(v) * 100 : typeof v === "string" ? Number.parseFloat(v.replace(",", ".")) : v)));
    expect(codes(issues).filter((c) => c.includes("column_unsure"))).toEqual([]);
  });
});
