/**
 * The colour rules leave every header row out (session 25): a header repeated under the sheet's (a block pasted with its
 * own header) held "1. Bukti", "2. Bukti" … in the evidence rule's range — filled, not "Diterima": amber across the row.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { layoutRules } from "../src/conditional.js";
import { readWorkbook, writeResults } from "../src/index.js";
import type { SheetLayout } from "../src/row-layout.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

// name in A, "Skor Dihitung?" in B, two indicators' Bukti in F and I
const sheet: SheetLayout = { profile: { name: 0 }, indicators: { "SID-1": { answer: 3, evidence: 5 }, "SID-2": { answer: 6, evidence: 8 } } };
/** Each rule's range and formula, the evidence rule's as the cell it tests (`evidenceNotAcceptedFormula(cell)`). */
const ranges = (l: SheetLayout, first = 1, last = 9) => layoutRules("Inovasi", first, last, l, 1, "Tidak").map((r) => `${r.range} ${r.formula.startsWith("$B") ? r.formula : `evidence(${/SUBSTITUTE\(([A-Z]+\d+),/.exec(r.formula)![1]})`}`);

describe("layoutRules: no header row in any rule's range", () => {
  it("without header rows below row 1: one rule per field down to the last row, as always", () => {
    expect(ranges(sheet)).toEqual([`A2:A10 $B2="Tidak"`, "F2:F10 evidence(F2)", "I2:I10 evidence(I2)"]);
  });

  it("a header repeated in one row (row 6): each field's rule above it and below it, the row in neither", () => {
    expect(ranges({ ...sheet, headerRows: [5] })).toEqual([
      `A2:A5 $B2="Tidak"`,
      `A7:A10 $B7="Tidak"`,
      "F2:F5 evidence(F2)",
      "I2:I5 evidence(I2)",
      "F7:F10 evidence(F7)",
      "I7:I10 evidence(I7)",
    ]);
  });

  it("a header in two rows (rows 1–2) repeated (rows 6–7): the rules start under each, row 2 and rows 6–7 in none", () => {
    expect(ranges({ ...sheet, headerRows: [1, 5, 6] })).toEqual([
      `A3:A5 $B3="Tidak"`,
      `A8:A10 $B8="Tidak"`,
      "F3:F5 evidence(F3)",
      "I3:I5 evidence(I3)",
      "F8:F10 evidence(F8)",
      "I8:I10 evidence(I8)",
    ]);
  });

  it("a block's header row is left out even when headerRows does not list it; the block's rows on its own columns", () => {
    // the block from row 6 (its header) reads SID-2's Bukti from H, the name from C
    const block = { row: 5, profile: { name: 2 }, indicators: { "SID-1": { answer: 3, evidence: 5 }, "SID-2": { answer: 8, evidence: 7 } } };
    expect(ranges({ ...sheet, blocks: [block] })).toEqual([
      `A2:A5 $B2="Tidak"`,
      `C7:C10 $B7="Tidak"`,
      "F2:F5 evidence(F2)",
      "I2:I5 evidence(I2)",
      "F7:F10 evidence(F7)",
      "H7:H10 evidence(H7)",
    ]);
    // with its row under (a header in two rows) and a header in row 1's order after it (row 9) ending it
    expect(ranges({ ...sheet, blocks: [block, { row: 8, ...sheet }], headerRows: [5, 6, 8] })).toEqual([
      `A2:A5 $B2="Tidak"`,
      `C8:C8 $B8="Tidak"`,
      `A10:A10 $B10="Tidak"`,
      "F2:F5 evidence(F2)",
      "I2:I5 evidence(I2)",
      "F8:F8 evidence(F8)",
      "H8:H8 evidence(H8)",
      "F10:F10 evidence(F10)",
      "I10:I10 evidence(I10)",
    ]);
  });

  it("header rows at the end or side by side add no empty rule", () => {
    expect(ranges({ ...sheet, headerRows: [1, 2, 9] })).toEqual([`A4:A9 $B4="Tidak"`, "F4:F9 evidence(F4)", "I4:I9 evidence(I4)"]);
    expect(ranges({ ...sheet, headerRows: [1] }, 1, 1)).toEqual([]);
  });
});

describe("the rows under the header the reader skips as a header's are in no rule either", () => {
  const rulesOf = (under: (head: readonly unknown[]) => (string | null)[]) => {
    const grids = templateAsGrids(e2026);
    const g = grids["Inovasi"]!;
    g.cells.push(under(g.cells[0]!));
    addRow(g, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const r = readWorkbook(grids);
    const w = writeResults(grids, scoreRegion(r.input!, r.edition), { source: r.source, issues: r.issues, edition: e2026 });
    return { headerRows: r.source.innovations!.headerRows, ranges: [...new Set(w.output.conditionalFormats.map((x) => x.range.replace(/^[A-Z]+/, "").replace(/:[A-Z]+/, ":")))] };
  };

  it("the (1) (2) (3) … row numbering the columns: its \"(16)\" over 1. Bukti is not evidence", () => {
    expect(rulesOf((head) => head.map((_, k) => `(${k + 1})`))).toEqual({ headerRows: [1], ranges: ["3:3"] });
  });

  it("an explanation row under the header", () => {
    expect(rulesOf((head) => head.map((_, c) => (c === 0 ? "Nama" : c === 1 ? "OPD" : "(diisi sesuai petunjuk)")))).toEqual({ headerRows: [1], ranges: ["3:3"] });
  });
});
