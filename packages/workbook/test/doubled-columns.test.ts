/**
 * Two Inovasi columns headed with one indicator's number and role (audit22 F2, F9): a hidden stale "(lama)" column, a
 * "(revisi)" column, a numbered links column before the answer. The first used to win without a word.
 */
import { describe, expect, it } from "vitest";
import type { CellValue, WorkbookGrids } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

const SID1 = e2026.indicators.find((i) => i.id === "SID-1")!;
const HEAD = `1. ${SID1.name.id}`;
const [T2, T3] = [2, 3].map((t) => SID1.options.find((o) => o.tier === t)!.label.id) as [string, string];

/** Two innovations answering SID-1 at tier 2, then a column `header` inserted at SID-1's answer column (`after`: after it) holding `values`. */
function book(header: string, values: CellValue[], opts: { after?: boolean; hidden?: boolean } = {}): WorkbookGrids {
  const grids = templateAsGrids();
  const g = grids["Inovasi"]!;
  addRow(g, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
  addRow(g, fullInnovation(e2026, "Si Hulu", "Kecamatan Hulu", "Kesehatan"));
  const at = g.cells[0]!.indexOf(HEAD) + (opts.after ? 1 : 0);
  g.cells.forEach((row, r) => row.splice(at, 0, r === 0 ? header : (values[r - 1] ?? null)));
  if (opts.hidden) g.hiddenCols = [at];
  return grids;
}
const sid1 = (grids: WorkbookGrids) => readWorkbook(grids).input!.innovations.map((i) => i.answers["SID-1"]?.option);
const said = (grids: WorkbookGrids, locale: "id" | "en" = "id") => readWorkbook(grids, { locale }).issues.filter((i) => i.code === "column_twice" || i.code === "column_duplicate");

describe("two columns for one indicator's answer", () => {
  it("a hidden stale '(lama)' column before the current one: the visible one is read, the hidden one said (before: the hidden one read silently)", () => {
    const grids = book(`${HEAD} (lama)`, [T3, T3], { hidden: true });
    expect(sid1(grids)).toEqual([T2, T2]);
    const [i, ...more] = said(grids);
    expect(more).toEqual([]);
    expect([i!.severity, i!.cell]).toEqual(["warning", "P1"]);
    expect(i!.text).toBe(`kolom O "${HEAD} (lama)" juga kolom jawaban indikator 1, tetapi tersembunyi: tidak dibaca; yang dibaca kolom P "${HEAD}"; hapus kolom yang tidak dipakai, atau hapus nomor indikator dari judulnya`);
    expect(said(grids, "en")[0]!.text).toBe(`column O "${HEAD} (lama)" is also indicator 1's answer column, but hidden: not read; column P "${HEAD}" is read; delete the column not in use, or drop the indicator number from its header`);
  });

  it("a visible '(lama)' column: the other one is read, said", () => {
    const grids = book(`${HEAD} (lama)`, [T3, T3]);
    expect(sid1(grids)).toEqual([T2, T2]);
    expect(said(grids)[0]!.text).toContain(`tetapi judulnya menyebut "lama": tidak dibaca; yang dibaca kolom P`);
  });

  it("a '(revisi)' column after it holding other answers: which one is meant is a guess, an error naming both and a row (the first read until fixed)", () => {
    const grids = book(`${HEAD} (revisi)`, [T3, T3], { after: true });
    expect(sid1(grids)).toEqual([T2, T2]);
    const [i] = said(grids);
    expect([i!.severity, i!.cell]).toEqual(["error", "P1"]);
    expect(i!.text).toBe(`kolom P "${HEAD} (revisi)" dan kolom O "${HEAD}" sama-sama kolom jawaban indikator 1, dan isinya berbeda (mis. baris 2: "${T3}" dan "${T2}"): mana yang dimaksud tidak pasti; sampai diperbaiki, yang dibaca kolom O "${HEAD}"; hapus kolom yang tidak dipakai, atau hapus nomor indikator dari judulnya`);
  });

  it("a second column with the same answers: a warning, the first read", () => {
    const grids = book(`${HEAD} (salinan)`, [T2, T2], { after: true });
    expect(said(grids).map((i) => [i.severity, i.text])).toEqual([["warning", `kolom P "${HEAD} (salinan)" juga kolom jawaban indikator 1, dengan isi yang sama: tidak dibaca; yang dibaca kolom O "${HEAD}"; hapus kolom yang tidak dipakai, atau hapus nomor indikator dari judulnya`]]);
  });

  it("a numbered links column before the answer ('1. Tautan Dokumen'): not the answer, an info note (before: 'unknown option' at every row, the answers ignored)", () => {
    const grids = book("1. Tautan Dokumen", ["https://drive.google.com/x2", "https://drive.google.com/x3"]);
    const r = readWorkbook(grids);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(sid1(grids)).toEqual([T2, T2]);
    const [i] = said(grids);
    expect([i!.severity, i!.cell]).toEqual(["info", "P1"]);
    expect(i!.text).toBe(`kolom O "1. Tautan Dokumen" tidak dibaca sebagai kolom jawaban indikator 1: judulnya menyebut "tautan" (tautan atau dokumen); kolom jawaban indikator 1 dibaca dari kolom P "${HEAD}"`);
    expect(said(book("1. Bukti Dukung (link)", ["x", "y"]))[0]!.text).toContain(`judulnya menyebut "link"`);
  });

  it("the same header twice with the first hidden: the visible one is read, column_duplicate names it and the hidden one", () => {
    const grids = book("1. Bukti", ["Ditolak", "Ditolak"], { after: true, hidden: true });
    const r = readWorkbook(grids);
    expect(r.input!.innovations.map((i) => i.answers["SID-1"]?.evidence)).toEqual(["accepted", "accepted"]);
    expect(said(grids).map((i) => [i.code, i.cell, i.text])).toEqual([["column_duplicate", "P1", `kolom "1. Bukti" muncul lebih dari sekali; yang dipakai kolom Q (tersembunyi: kolom P)`]]);
  });
});
