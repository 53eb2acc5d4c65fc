/** Row heights estimated for wrapped owned sheets (the CLI writes them; LibreOffice does not fit rows on opening). */
import { describe, expect, it } from "vitest";
import { type CellWrite, LINE_POINTS, type OwnedSheetSpec, wrappedLines, wrappedRowHeights } from "../src/index.js";

describe("wrappedLines", () => {
  it.each([
    ["", 10, false, 1],
    ["pendek", 10, false, 1],
    ["Tautan video inovasi berdurasi 3–5 menit", 20, false, 2],
    ["aaaaa bbbbb", 10, false, 1], // 1.1 characters a unit of width: 11 fit
    ["aaaaa bbbbb", 10, true, 2], // bold: one a unit
    ["aaaaaaaaaaaa", 5, false, 3], // a word longer than a line is broken (5 × 1.1 → 5 a line)
    ["satu\ndua", 40, false, 2], // a line break starts a line
  ])("%j in %d (bold %s) → %d lines", (text, width, bold, lines) => {
    expect(wrappedLines(text, width, bold)).toBe(lines);
  });
});

describe("wrappedRowHeights", () => {
  const spec: OwnedSheetSpec = { name: "Rencana", widths: [10, 50], headingRows: [], freezeRows: 0, landscape: true, wrap: { fromRow: 1 } };
  const w = (row: number, col: number, value: CellWrite["value"], sheet = "Rencana"): CellWrite => ({ sheet, row, col, address: "", value });
  const long = "Halaman DPA T-0, T-1 dan T-2 yang memuat kegiatan inovasi, baris anggarannya ditandai; Halaman RKPD yang memuat program";

  it("gives a row the height of its tallest wrapped cell; one-line rows, numbers, the title and other sheets keep the default", () => {
    const h = wrappedRowHeights([w(0, 0, long), w(1, 0, "SID-3"), w(1, 1, long), w(2, 0, 12345678901234), w(3, 1, "pendek"), w(4, 1, long, "Lain")], spec);
    expect([...h]).toEqual([[1, 3 * LINE_POINTS]]);
  });

  it("is empty for a sheet without wrap", () => {
    expect(wrappedRowHeights([w(1, 1, long)], { ...spec, wrap: undefined }).size).toBe(0);
  });
});
