/**
 * The Ditolak column as verifiers fill it (audit11 F11): "Ditolak", "Tidak Lolos", "TMS", "Gugur" were an error while
 * the innovation stayed counted at full score; a value that is neither Ya/Tidak nor such a word left it counted too.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import type { CellValue } from "../src/index.js";
import { PROBLEMS_SHEET, locateIssues, readWorkbook, writeResults } from "../src/index.js";
import { addRow, applyWrites, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function read(rejected: CellValue, locale: "id" | "en" = "id") {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), Ditolak: rejected });
  const r = readWorkbook(grids, { locale });
  const scored = scoreRegion(r.input!, e2026).innovations[0]!;
  return { rejected: r.input!.innovations[0]!.rejected, counted: scored.claimed.counted || scored.verified.counted, issues: r.issues.filter((i) => i.field === "Ditolak") };
}

describe("the Ditolak column", () => {
  it.each(["Ditolak", "Tidak Lolos", "TMS", "Gugur", "ditolak: video tidak ada"])("%s is read as rejected, with a note", (typed) => {
    const r = read(typed);
    expect(r.rejected).toBe(true);
    expect(r.counted).toBe(false);
    expect(r.issues.map((i) => [i.code, i.severity, i.text])).toEqual([["rejected_word_read", "info", `"${typed}" dibaca "Ya"`]]);
  });

  it.each(["Lolos", "MS", "Diterima"])("%s is read as not rejected, with a note", (typed) => {
    const r = read(typed);
    expect(r.rejected).toBe(false);
    expect(r.counted).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(["rejected_word_read"]);
  });

  // audit17 F10: a verification not done yet is no rejection ("Belum" was an error and the innovation taken as rejected)
  it.each(["Belum", "belum diverifikasi", "Menunggu", "Menunggu verifikasi", "Proses", "Dalam proses", "Belum."])("%s (not decided yet) is read as not rejected, with a note", (typed) => {
    const r = read(typed);
    expect(r.rejected).toBe(false);
    expect(r.counted).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity, i.text])).toEqual([["rejected_word_read", "info", `"${typed}" dibaca "Tidak"`]]);
  });

  // review18 F6: "Belum ditolak" and "Proses" were read, "belum di tolak" and "Dalam proses verifikasi" were errors that
  // took the innovation as rejected
  it.each(["belum di tolak", "Belum  ditolak", "Belum di-tolak", "Belum\nditolak", "Belum di verifikasi", "Dalam proses verifikasi", "Masih dalam proses", "Sedang diverifikasi", "Proses verifikasi", "Menunggu hasil verifikasi"])(
    "%j (spaced or worded otherwise) is read as not rejected, with a note",
    (typed) => {
      const r = read(typed);
      expect(r.rejected).toBe(false);
      expect(r.counted).toBe(true);
      expect(r.issues.map((i) => [i.code, i.severity, i.text])).toEqual([["rejected_word_read", "info", `"${typed.trim()}" dibaca "Tidak"`]]);
    },
  );

  it.each(["Di tolak", "di tolak: video tidak ada"])("%s (the prefix apart) is read as rejected, as 'Ditolak' is", (typed) => {
    expect(read(typed)).toMatchObject({ rejected: true, counted: false, issues: [expect.objectContaining({ code: "rejected_word_read" })] });
  });

  it("Tidak di tolak is read as not rejected", () => {
    expect(read("Tidak di tolak")).toMatchObject({ rejected: false, counted: true, issues: [expect.objectContaining({ code: "rejected_word_read" })] });
  });

  // what may mean rejected stays asked: "Belum lolos" (did not pass), "Proses banding" (an appeal follows a rejection)
  it.each(["Belum lengkap", "Proses ulang ditolak", "Belum lolos", "Proses banding", "Diverifikasi", "Dalam proses banding", "belum di terima"])("%s is not taken for 'not decided yet': still asked", (typed) => {
    expect(read(typed).issues.map((i) => i.code)).toEqual(["rejected_unreadable"]);
  });

  // review12 F1: a readable "no" taken as unreadable counted the innovation as rejected (a Y/N column: 53,58 → 17,80)
  it.each(["Tidak ditolak", "Tidak Ditolak", "Tidak (lolos)", "-", "–", "tidak - sudah diverifikasi"])("%s is read as not rejected, with a note", (typed) => {
    const r = read(typed);
    expect(r.rejected).toBe(false);
    expect(r.counted).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(["rejected_word_read"]);
  });

  it("Ya with a remark is rejected; Y and N are Ya and Tidak", () => {
    expect(read("Ya (video tidak ada)")).toMatchObject({ rejected: true, counted: false });
    expect(read("Y")).toMatchObject({ rejected: true, issues: [] });
    expect(read("N")).toMatchObject({ rejected: false, counted: true, issues: [] });
  });

  it("Ya and Tidak are read as before, without a note", () => {
    expect(read("Ya")).toMatchObject({ rejected: true, issues: [] });
    expect(read("Tidak")).toMatchObject({ rejected: false, issues: [] });
  });

  it("an unreadable value is an error and the innovation is not counted until it is fixed", () => {
    const r = read("mungkin");
    expect(r.rejected).toBe(true);
    expect(r.counted).toBe(false);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["rejected_unreadable", "error"]]);
    expect(r.issues[0]!.text).toContain("sampai diperbaiki inovasi ini dianggap ditolak (tidak dihitung)");
    expect(read("mungkin", "en").issues[0]!.text).toContain("until corrected the innovation is taken as rejected");
  });
});

// an unreadable value is the analyst's to fix, not the verifier's word: the core, which only sees `rejected: true`,
// says "ditolak verifikator" for every rejected innovation; the workbook drops that for the cells it could not read
describe("an unreadable Ditolak cell: its error is the one message, not a verifier's rejection", () => {
  function scored(rejected: CellValue, locale: "id" | "en" = "id") {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), Ditolak: rejected });
    addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Cepat", "Dinas Kesehatan", "Kesehatan"), Ditolak: "Ya" });
    const read = readWorkbook(grids, { locale });
    const result = scoreRegion(read.input!, read.edition);
    const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale, { result, edition: read.edition })];
    const g = structuredClone(grids);
    applyWrites(g, writeResults(grids, result, { source: read.source, issues, locale, edition: read.edition }).writes);
    const inv = g["Inovasi"]!.cells;
    const notes = inv.slice(1).map((r) => r[inv[0]!.indexOf("Skor Catatan")]);
    const problems = g[PROBLEMS_SHEET]!.cells.flat().filter((c): c is string => typeof c === "string");
    return { result, issues, notes, problems };
  }
  const ditolak = (issues: { code: string; cell?: string | undefined }[]) => issues.filter((i) => i.code === "rejected_unreadable" || i.code === "innovation_rejected").map((i) => [i.code, i.cell]);

  it.each(["id", "en"] as const)("%s: mungkin → rejected_unreadable at the cell, no innovation_rejected; a Ya beside it keeps its warning", (locale) => {
    const { result, issues, notes, problems } = scored("mungkin", locale);
    const q = String.fromCharCode(65 + templateAsGrids()["Inovasi"]!.cells[0]!.indexOf("Ditolak"));
    expect(ditolak(issues)).toEqual([["rejected_unreadable", `${q}2`], ["innovation_rejected", `${q}3`]]);
    // still not counted, in either projection (a deliberate choice: docs/decisions.md)
    expect(result.innovations.map((r) => [r.rejected, r.claimed.counted, r.verified.counted])).toEqual([[true, false, false], [true, false, false]]);
    const verifier = locale === "id" ? "ditolak verifikator" : "rejected by verification";
    expect(String(notes[0])).not.toContain(verifier);
    expect(String(notes[0])).toContain(locale === "id" ? "isian \"mungkin\" tidak dikenal" : "\"mungkin\" is not known");
    expect(String(notes[1])).toContain(verifier);
    expect(problems.filter((c) => c.includes(verifier))).toHaveLength(1);
  });

  it("a verifier's word read as Ya still says the verifier rejected it", () => {
    expect(ditolak(scored("Gugur").issues).map((x) => x[0])).toEqual(["innovation_rejected", "innovation_rejected"]);
  });
});

// review19 F3: a Ditolak formula that cannot be read (no saved value, as openpyxl writes =IF(…); or #N/A) was an error
// while the innovation stayed counted as not rejected; an unreadable word is taken as rejected. Now both alike, said so.
describe("an unreadable Ditolak formula: taken as rejected, like an unreadable word, and its error says so", () => {
  function scored(unsaved: boolean, locale: "id" | "en" = "id") {
    const grids = templateAsGrids();
    const g = grids["Inovasi"]!;
    const row = addRow(g, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), Ditolak: unsaved ? null : "#N/A" });
    const col = g.cells[0]!.indexOf("Ditolak");
    if (unsaved) g.unsavedFormulas = [{ row, col, formula: 'IF(1=1,"Ya","Tidak")' }];
    const read = readWorkbook(grids, { locale });
    const result = scoreRegion(read.input!, read.edition);
    const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale, { result, edition: read.edition })];
    return { result, issues: issues.filter((i) => i.cell === `${String.fromCharCode(65 + col)}${row + 1}`) };
  }

  it.each([["a formula without a saved value", true], ["a formula giving #N/A", false]] as const)("%s: not counted in either projection, one error at the cell that says what is taken", (_, unsaved) => {
    const { result, issues } = scored(unsaved);
    expect(result.innovations.map((r) => [r.rejected, r.claimed.counted, r.verified.counted])).toEqual([[true, false, false]]);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([[unsaved ? "formula_without_value" : "formula_error", "error"]]);
    expect(issues[0]!.text).toContain('jadi "Ditolak" tidak terbaca; sampai diperbaiki inovasi ini dianggap ditolak (tidak dihitung);');
    expect(scored(unsaved, "en").issues[0]!.text).toContain('so "Ditolak" cannot be read; until corrected the innovation is taken as rejected (not counted);');
  });
});
