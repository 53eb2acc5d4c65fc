/** Row heights estimated for wrapped owned sheets (the CLI writes them; LibreOffice does not fit rows on opening). */
import { describe, expect, it } from "vitest";
import { type CellWrite, LINE_POINTS, MAX_ROW_POINTS, type OwnedSheetSpec, rowPoints, wrappedLines, wrappedRowHeights } from "../src/index.js";
import measured from "./libreoffice-wrap.json" with { type: "json" };

/** Calibri 11 at 96 DPI in pixels, to the quarter (Carlito's advance widths × 11 pt × 96 / 72): what the table encodes. */
const PX: Record<string, number> = { " ": 3.25, a: 7, e: 7.25, i: 3.25, n: 7.75, m: 11.75, W: 13, "0": 7.5, '"': 6 };
const CALIBRI = "06;@AMK055@@252:AAAAAAAAAA33@@@>WECBG@>HH26A<UIJAJC>@IDWA@>5:5@@4?B<B@5?B01>0RBBBB7:7B=M<>:5>5@";
/** A character's width in quarter pixels, read the long way. */
function quarters(ch: string): number {
  const c = ch.charCodeAt(0);
  return c >= 32 && c < 127 ? CALIBRI.charCodeAt(c - 32) - 35 : 30;
}

/** The estimate split by regular expressions, the reference the one-pass scan must agree with. */
function byRegex(text: string, width: number, bold = false): number {
  const cap = Math.max(1, ((7 * width - 5) * 3.96) / (bold ? 1.1 : 1));
  let lines = 0;
  for (const para of text.split(/\r?\n/)) {
    let used = -1;
    let n = 1;
    for (const word of para.split(/\s+/).filter((w) => w !== "")) {
      let len = [...word].reduce((s, ch) => s + quarters(ch), 0);
      if (used >= 0 && used + 13 + len <= cap) { used += 13 + len; continue; }
      if (used >= 0) n++;
      while (len > cap) { len -= cap; n++; }
      used = len;
    }
    lines += n;
  }
  return Math.max(1, lines);
}

describe("wrappedLines", () => {
  it("measures letters by Calibri 11's widths", () => {
    for (const [ch, px] of Object.entries(PX)) expect(quarters(ch) / 4, ch).toBe(px);
  });

  it.each([
    ["", 10, false, 1],
    ["pendek", 10, false, 1],
    ["Tautan video inovasi berdurasi 3–5 menit", 20, false, 2],
    ["iiiii iiiii iiiii", 10, false, 1], // narrow letters: 17 characters on one line 65 pixels wide (7 × 10 − 5)
    ["mmmmm mmmmm", 10, false, 2], // wide ones: 11 do not fit
    ["aaaa aaaa", 10, false, 1], // 59 pixels of 65 less 1 %
    ["aaaa aaaa", 10, true, 2], // bold: the line 10 % shorter
    ["aaaaaaaaaaaa", 5, false, 3], // a word longer than a line is broken (30 pixels less 1 %: 4 letters a line)
    ["satu\ndua", 40, false, 2], // a line break starts a line
  ])("%j in %d (bold %s) → %d lines", (text, width, bold, lines) => {
    expect(wrappedLines(text, width, bold)).toBe(lines);
  });

  // LibreOffice's own fit of the same texts (test/libreoffice-wrap.json says how it was measured). It lays a column out
  // wider than Excel at 96 DPI (a digit 7.43 pixels, not 7), so the estimate, made for Excel, may give a line more; the
  // first estimate (1.1 characters a unit of width) gave 14 of these 64 messages a line too many at width 90 and 50.
  it.each([
    [90, 1],
    [50, 2],
  ])("never fewer lines than LibreOffice fits at width %d, a line more for at most 7 of 64 messages", (width, k) => {
    const more = measured.texts.filter((t) => {
      const lines = wrappedLines(t[0] as string, width);
      expect(lines, t[0] as string).toBeGreaterThanOrEqual(t[k] as number);
      expect(lines, t[0] as string).toBeLessThanOrEqual((t[k] as number) + 1);
      return lines > (t[k] as number);
    });
    expect(more.length).toBeLessThanOrEqual(7);
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
