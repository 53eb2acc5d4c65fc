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
 * Lines a text takes wrapped in a column `width` characters wide: greedy by words (a word longer than a line is broken),
 * a line break starting a line. A width counts Calibri's digits; its letters average narrower, so a line holds 1.1
 * characters per unit of width (measured on the plan sheet's Bahasa texts: 51–57 characters in a 50-wide column), bold
 * text one per unit. One pass over the characters, nothing allocated: it runs for two cells of every innovation row.
 *
 * @example
 * wrappedLines("Tautan video inovasi berdurasi 3–5 menit", 20) //=> 2
 */
export function wrappedLines(text: string, width: number, bold = false): number {
  const cap = Math.max(1, Math.floor(bold ? width : width * 1.1));
  // a text no longer than a line, without a line break, is one line whatever its words
  if (text.length <= cap && text.indexOf("\n") < 0) return 1;
  let lines = 0;
  // per paragraph: its lines so far, the characters used on the last one (-1: none yet); the word being read
  let n = 1;
  let used = -1;
  let len = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10;
    if (!isSpace(c)) {
      len++;
      continue;
    }
    if (len > 0) {
      if (used >= 0 && used + 1 + len <= cap) used += 1 + len;
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
 * `wrap.fromRow` down, and the rows in `wrapRows`; the others keep the default height.
 */
export function wrappedRowHeights(writes: CellWrite[], spec: OwnedSheetSpec): Map<number, number> {
  const out = new Map<number, number>();
  const rows = new Set(spec.wrapRows ?? []);
  if (!spec.wrap && !rows.size) return out;
  const lines = new Map<number, number>();
  for (const w of writes) {
    if (w.sheet !== spec.name || typeof w.value !== "string" || !((spec.wrap && w.row >= spec.wrap.fromRow) || rows.has(w.row))) continue;
    const n = wrappedLines(w.value, spec.widths[w.col] ?? 8.43, w.header === true);
    if (n > (lines.get(w.row) ?? 1)) lines.set(w.row, n);
  }
  for (const [row, n] of lines) out.set(row, rowPoints(n));
  return out;
}
