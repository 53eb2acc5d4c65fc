/**
 * Row heights for an owned sheet whose cells wrap (`OwnedSheetSpec.wrap`), estimated from the text and the column
 * widths, for hosts that cannot measure text: a file written for Excel and LibreOffice alike (LibreOffice does not fit
 * rows to wrapped text when it opens an .xlsx). The add-in asks Excel to fit the rows instead.
 */
import type { CellWrite } from "./grid.js";
import type { OwnedSheetSpec } from "./output.js";

/** Points a line of Calibri 11 takes (Excel's default row height). */
export const LINE_POINTS = 15;

/** Excel's tallest row, in points: a text needing more lines shows its first ones (the whole text in the formula bar). */
export const MAX_ROW_POINTS = 409;

/** Points a row of `lines` lines of Calibri 11 takes, at most {@link MAX_ROW_POINTS}. */
export function rowPoints(lines: number): number {
  return Math.min(lines * LINE_POINTS, MAX_ROW_POINTS);
}

/** What `\s` matches in a regular expression: the characters that separate words. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Calibri 11's advance widths at 96 DPI in quarter pixels, for the characters " " to "~" (code − 32), each as the
 * character 35 + its width: taken from Carlito, the font with Calibri's metrics (LibreOffice's stand-in for it).
 */
const CALIBRI = "06;@AMK055@@252:AAAAAAAAAA33@@@>WECBG@>HH26A<UIJAJC>@IDWA@>5:5@@4?B<B@5?B01>0RBBBB7:7B=M<>:5>5@";
/** Width of a character outside " " to "~" (é, –, ≥, …), quarter pixels: a digit's, wider than most Bahasa letters. */
const OTHER_WIDTH = 30;
/** Width of the space between two words, quarter pixels. */
const SPACE_WIDTH = 13;

/**
 * Lines a text takes wrapped in a column `width` characters wide: greedy by words (a word longer than a line is broken),
 * a line break starting a line, each word as wide as Calibri 11 draws it. The line is what Excel gives a column at 96
 * DPI, the screen whose rounding makes it narrowest: the width's digits at 7 pixels each with 5 pixels of padding
 * (ECMA-376's column width), less 1 % for letters drawn a little wider on screen. LibreOffice lays a column out wider
 * (7.43 pixels a digit, Carlito's own) and fits at least as much on a line: measured on 453 problem-sheet messages at
 * width 90, it needed fewer lines than this estimate on 7 % of them, never more (the first estimate, 1.1 characters a
 * unit of width, gave 16 % a line too many). Bold text is taken 10 % wider. One pass over the characters, nothing
 * allocated: it runs for two cells of every innovation row.
 *
 * @example
 * wrappedLines("Tautan video inovasi berdurasi 3–5 menit", 20) //=> 2
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  // the line's width in quarter pixels (bold: the text's widths taken 10 % larger, the line's 10 % smaller)
  const cap = Math.max(1, ((7 * width - 5) * 3.96) / (bold ? 1.1 : 1));
  // a text no longer than a line at its widest letters, without a line break, is one line whatever its words
  if (text.length * 52 <= cap && text.indexOf("\n") < 0) return 1;
  let lines = 0;
  // per paragraph: its lines so far, the width used on the last one (-1: none yet); the width of the word being read
  let n = 1;
  let used = -1;
  let len = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (!isSpace(c)) {
      len += c >= 32 && c < 127 ? CALIBRI.charCodeAt(c - 32) - 35 : OTHER_WIDTH;
      continue;
    }
    if (len > 0) {
      if (used >= 0 && used + SPACE_WIDTH + len <= cap) used += SPACE_WIDTH + len;
      else {
        if (used >= 0) n++;
        while (len > cap) {
          len -= cap;
          n++;
        }
        used = len;
      }
      len = 0;
    }
    if (c === 10) {
      lines += n;
      n = 1;
      used = -1;
    }
  }
  return Math.max(1, lines);
}

/**
 * Heights in points of the rows (0-based) of a wrapped owned sheet that need more than one line: rows from
 * `wrap.fromRow` down, the rows in `wrapRows` and the first cells of `merges` (across their columns); the others keep
 * the default height.
 */
export function wrappedRowHeights(writes: CellWrite[], spec: OwnedSheetSpec): Map<number, number> {
  const out = new Map<number, number>();
  const rows = new Set(spec.wrapRows ?? []);
  // a merged range's first cell wraps across the range's columns
  const merged = new Map((spec.merges ?? []).map((m) => [`${m.row},${m.col}`, spec.widths.slice(m.col, m.col + m.cols).reduce((a, b) => a + b, 0)]));
  if (!spec.wrap && !rows.size && !merged.size) return out;
  const lines = new Map<number, number>();
  for (const w of writes) {
    if (w.sheet !== spec.name || typeof w.value !== "string") continue;
    const across = merged.get(`${w.row},${w.col}`);
    if (across === undefined && !((spec.wrap && w.row >= spec.wrap.fromRow) || rows.has(w.row))) continue;
    const n = wrappedLines(w.value, across ?? spec.widths[w.col] ?? 8.43, w.header === true);
    if (n > (lines.get(w.row) ?? 1)) lines.set(w.row, n);
  }
  for (const [row, n] of lines) out.set(row, rowPoints(n));
  return out;
}
