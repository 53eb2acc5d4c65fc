/**
 * Row heights for an owned sheet whose cells wrap (`OwnedSheetSpec.wrap`), estimated from the text and the column
 * widths, for hosts that cannot measure text: a file written for Excel and LibreOffice alike (LibreOffice does not fit
 * rows to wrapped text when it opens an .xlsx). The add-in asks Excel to fit the rows instead.
 */
import type { CellWrite } from "./grid.js";
import type { OwnedSheetSpec } from "./output.js";

/** Points a line of Calibri 11 takes (Excel's default row height). */
export const LINE_POINTS = 15;

/**
 * Lines a text takes wrapped in a column `width` characters wide: greedy by words (a word longer than a line is broken).
 * A width counts Calibri's digits; its letters average narrower, so a line holds 1.1 characters per unit of width
 * (measured on the plan sheet's Bahasa texts: 51–57 characters in a 50-wide column), bold text one per unit.
 *
 * @example
 * wrappedLines("Tautan video inovasi berdurasi 3–5 menit", 20) //=> 2
 */
export function wrappedLines(text: string, width: number, bold = false): number {
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

/**
 * Heights in points of the rows (0-based) of a wrapped owned sheet that need more than one line; rows above
 * `wrap.fromRow`, and every row of a sheet without `wrap`, keep the default height.
 */
export function wrappedRowHeights(writes: CellWrite[], spec: OwnedSheetSpec): Map<number, number> {
  const out = new Map<number, number>();
  if (!spec.wrap) return out;
  const lines = new Map<number, number>();
  for (const w of writes) {
    if (w.sheet !== spec.name || w.row < spec.wrap.fromRow || typeof w.value !== "string") continue;
    const n = wrappedLines(w.value, spec.widths[w.col] ?? 8.43, w.header === true);
    if (n > (lines.get(w.row) ?? 1)) lines.set(w.row, n);
  }
  for (const [row, n] of lines) out.set(row, n * LINE_POINTS);
  return out;
}
