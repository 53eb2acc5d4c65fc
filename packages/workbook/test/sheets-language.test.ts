import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { PROBLEMS_HEADERS, PROBLEMS_HEADERS_EN, PROBLEMS_SHEET, SHEETS, SHEET_TITLES, locateIssues, readWorkbook, writeResults, type CellValue, type WorkbookGrids } from "../src/index.js";
import { addRow, applyWrites, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

/** A small region: one innovation short of its evidence on SID-20, one with a wrong stage (a problem to list). */
function scoredGrids(locale: "id" | "en"): WorkbookGrids {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), "20. Bukti": "Tidak Ada" });
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Bersih", "Dinas Kesehatan", "Kesehatan"), Tahapan: "Penerapn" });
  const read = readWorkbook(grids, { locale });
  const result = scoreRegion(read.input!, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale)];
  const out = writeResults(grids, result, { source: read.source, issues, locale, edition: read.edition });
  applyWrites(grids, out.writes);
  return grids;
}

const texts = (cells: CellValue[][]) => cells.flat().filter((v): v is string => typeof v === "string");
/** Bahasa words of the tool's own headings and values (not names the workbook holds: agencies, urusan, indicators). */
const BAHASA = ["Komponen", "Klaim", "Terverifikasi", "Maksimum", "Predikat", "Indeks (IID)", "Rincian per Indikator", "Bobot", "Cakupan Urusan Yandas", "Kepatuhan Perangkat Daerah", "Kekurangan Bukti", "Status Bukti", "Catatan", "Pesan", "Ya", "Tidak", "Tidak Ada", "(tidak ada)", "Lembar", "Sel", "Tingkat"];

describe("Ringkasan, Masalah and the evidence-gap column in the run's language", () => {
  it("an English run writes no Bahasa heading or word of the tool's own, its titles in A1 too", () => {
    const en = scoredGrids("en");
    const summary = en[SHEETS.summary]!.cells;
    expect(summary[0]![0]).toBe(SHEET_TITLES.summary.en);
    const words = texts(summary.slice(1));
    for (const w of BAHASA) expect(words, w).not.toContain(w);
    for (const w of ["Component", "Claimed", "Verified", "Index (IID)", "Breakdown by Indicator", "Yandas Urusan Covered", "Agency Compliance", "Evidence Gaps", "Notes", "Evidence Status"]) expect(words, w).toContain(w);
    // the evidence status in the reader's English word, in the gaps table and beside the row
    const gap = summary.find((r) => r[0] === "Si Sehat")!;
    expect(gap[3]).toBe("missing");
    const inv = en["Inovasi"]!.cells;
    const col = inv[0]!.indexOf("Skor Kekurangan Bukti");
    expect(inv[1]![col]).toBe("SID-20 Quality of the innovation (video) (missing)");
    const problems = en[PROBLEMS_SHEET]!.cells;
    expect(problems[0]![0]).toBe(SHEET_TITLES.problems.en);
    expect(problems[2]).toEqual([...PROBLEMS_HEADERS_EN]);
    for (const w of BAHASA) expect(texts(problems.slice(1)), w).not.toContain(w);
  });

  it("a Bahasa run keeps its words, and a number inside a text has the decimal comma", () => {
    const id = scoredGrids("id");
    const summary = id[SHEETS.summary]!.cells;
    expect(texts(summary)).toEqual(expect.arrayContaining(["Komponen", "Klaim", "Terverifikasi", "Rincian per Indikator", "Kekurangan Bukti", "Tidak Ada"]));
    expect(id[PROBLEMS_SHEET]!.cells[2]).toEqual([...PROBLEMS_HEADERS]);
    const next = summary.find((r) => r[0] === "Menuju predikat berikutnya (terverifikasi)");
    expect(next).toBeDefined();
    for (const c of next!.slice(2, 4)) expect(String(c)).toMatch(/^\+\d+(,\d+)? (indeks|poin)$/);
    const inv = id["Inovasi"]!.cells;
    expect(inv[1]![inv[0]!.indexOf("Skor Kekurangan Bukti")]).toBe("SID-20 Kualitas inovasi (video) (Tidak Ada)");
  });
});
