/**
 * A header in two rows (audit22 F8): each indicator's heading merged over its answer and evidence columns, "Jawaban" |
 * "Bukti" in the row under. Before: every evidence column said missing, and the row under read as an innovation.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import type { WorkbookGrids } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

/** One innovation; `twoRows`: the indicators' "N. Bukti" headers moved to a row under, the heading merged over both. */
function book(twoRows: boolean, merges = true, pairs = false): WorkbookGrids {
  const grids = templateAsGrids();
  const g = grids["Inovasi"]!;
  addRow(g, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
  if (!twoRows) return grids;
  const head = g.cells[0]!;
  const under = head.map(() => null as string | null);
  g.merges = [];
  head.forEach((v, c) => {
    if (typeof v !== "string" || !/^\d+\. Bukti$/.test(v)) return;
    const a = head[c - 1] === `${v.split(".")[0]}. Dasar Ukur` && !pairs ? c - 2 : c - 1;
    under[a] = "Jawaban";
    if (a === c - 2) [under[c - 1], head[c - 1]] = ["Dasar Ukur", null];
    [under[c], head[c]] = ["Bukti", null];
    g.merges!.push({ row: 0, col: a, rows: 1, cols: c - a + 1 });
  });
  if (!merges) delete g.merges;
  g.cells.splice(1, 0, under);
  return grids;
}
const index = (grids: WorkbookGrids) => {
  const r = readWorkbook(grids);
  return r.input && scoreRegion(r.input, r.edition).verified.index;
};

describe("a header in two rows: 'Jawaban' | 'Bukti' under a merged indicator heading", () => {
  it("is read as the one-row header: the same innovations and index, one info note at the row under (not an innovation)", () => {
    const grids = book(true);
    const r = readWorkbook(grids);
    expect(r.input!.innovations.map((i) => i.name)).toEqual(["Si Sehat"]);
    expect(index(grids)).toBe(index(book(false)));
    expect(r.issues.map((i) => `${i.severity}:${i.code}@${i.cell}`)).toEqual(["info:sub_header_read@P2"]);
    expect(r.issues[0]!.text).toBe(`judul kolom ada di dua baris (baris 1 dan baris ini): judul di baris ini dibaca di bawah judul indikator di atasnya (mis. "Bukti" sebagai "1. Bukti"); baris ini dilewati, bukan inovasi`);
    expect(readWorkbook(grids, { locale: "en" }).issues[0]!.text).toContain(`(e.g. "Bukti" as "1. Bukti"); this row is skipped, not an innovation`);
  });

  it("without merges from the host, a Bukti under a blank heading takes the heading to its left", () => {
    const grids = book(true, false);
    expect(index(grids)).toBe(index(book(false)));
  });

  it("a Bukti merged under the '18. Dasar Ukur' heading (the heading over a pair of columns) is indicator 18's", () => {
    const grids = book(true, true, true);
    expect(index(grids)).toBe(index(book(false)));
    expect(readWorkbook(grids).issues.map((i) => i.code)).toEqual(["sub_header_read"]);
  });

  it("a row under the header with other words is not a sub-header (read as before)", () => {
    const grids = book(true);
    grids["Inovasi"]!.cells[1]![0] = "Si Sehat 2";
    expect(readWorkbook(grids).issues.some((i) => i.code === "sub_header_read")).toBe(false);
  });
});
