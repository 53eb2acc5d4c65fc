/** Row heights estimated for wrapped owned sheets (the CLI writes them; LibreOffice does not fit rows on opening). */
import { describe, expect, it } from "vitest";
import { type CellWrite, LINE_POINTS, MAX_ROW_POINTS, type OwnedSheetSpec, rowPoints, wrappedLines, wrappedRowHeights } from "../src/index.js";

/** The estimate as first written (split by regular expressions), the reference the one-pass scan must agree with. */
function byRegex(text: string, width: number, bold = false): number {
  const cap = Math.max(1, Math.floor(bold ? width : width * 1.1));
  let lines = 0;
  for (const para of text.split(/\r?\n/)) {
    let used = -1;
    let n = 1;
    for (const word of para.split(/\s+/).filter((w) => w !== "")) {
      let len = word.length;
      if (used >= 0 && used + 1 + len <= cap) { used += 1 + len; continue; }
      if (used >= 0) n++;
      while (len > cap) { len -= cap; n++; }
      used = len;
    }
    lines += n;
  }
  return Math.max(1, lines);
}

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

  it("agrees with a split by regular expressions on random texts (spaces of every kind, CR LF, long words)", () => {
    const pieces = ["SID-3", "Dukungan", "anggaran", "(Ditolak);", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u00a0", "\u2028", "\u3000", "x".repeat(70), "é", ""];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let k = 0; k < 3000; k++) {
      let text = "";
      const parts = Math.floor(next() * 40);
      for (let j = 0; j < parts; j++) text += pieces[Math.floor(next() * pieces.length)]! + (next() < 0.6 ? " " : "");
      const width = 1 + Math.floor(next() * 70);
      const bold = next() < 0.3;
      expect(wrappedLines(text, width, bold), JSON.stringify([text, width, bold])).toBe(byRegex(text, width, bold));
    }
  });
});

describe("rowPoints", () => {
  it("is 15 points a line, never more than Excel's tallest row", () => {
    expect(rowPoints(1)).toBe(LINE_POINTS);
    expect(rowPoints(3)).toBe(3 * LINE_POINTS);
    expect(rowPoints(500)).toBe(MAX_ROW_POINTS);
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
