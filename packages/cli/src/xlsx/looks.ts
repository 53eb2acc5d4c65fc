/**
 * The looks of output columns on a patched input sheet (`WorkbookOutput.columnFormats`): which written cells wrap or
 * are centred, and how tall a row must be to show its wrapped texts. The height is an estimate (`wrappedLines`, for
 * LibreOffice, which does not fit rows when it opens a file) written as the row's automatic height: no
 * `customHeight`, so Excel may fit the row itself; a row the analyst gave a height of their own keeps it, and a row
 * is never made lower than it was (its height may be Excel's fit for the analyst's own wrapped cells).
 */
import type { CellValue, ColumnFormatSpec } from "@inovasi/workbook";
import { LINE_POINTS, rowPoints, wrappedLines } from "@inovasi/workbook";
import { attr } from "@inovasi/workbook/xlsx-read";
import { setAttr } from "./cols.js";

/** Excel's default column width in characters, for a column the sheet gives none. */
const DEFAULT_WIDTH = 8.43;

export class Looks {
  private readonly byCol = new Map<number, ColumnFormatSpec>();
  /** The wrapped columns and their widths in characters (set from the sheet's head by {@link readWidths}). */
  readonly wrapped = new Map<number, number>();

  constructor(specs: readonly ColumnFormatSpec[]) {
    for (const s of specs) {
      this.byCol.set(s.col, s);
      if (s.wrap) this.wrapped.set(s.col, DEFAULT_WIDTH);
    }
  }

  get size(): number {
    return this.byCol.size;
  }

  /** The look of cell (row, col), or undefined when it has none. */
  of(row: number, col: number): ColumnFormatSpec | undefined {
    const s = this.byCol.get(col);
    return s && row >= s.firstRow && row <= s.lastRow ? s : undefined;
  }

  /** The look of column `col` when it covers rows `first..last` whole, else undefined. */
  over(col: number, first: number, last: number): ColumnFormatSpec | undefined {
    const s = this.byCol.get(col);
    return s && first >= s.firstRow && last <= s.lastRow ? s : undefined;
  }

  /** Whether column `col` has a look that covers only part of rows `first..last`. */
  partly(col: number, first: number, last: number): boolean {
    const s = this.byCol.get(col);
    return s !== undefined && !(first >= s.firstRow && last <= s.lastRow) && !(last < s.firstRow || first > s.lastRow);
  }

  /**
   * The widths of the wrapped columns as the sheet's head (`<cols>`, after our widths are merged in) sets them: an
   * analyst who resized one of our columns gets heights for that width.
   */
  readWidths(head: string): void {
    if (!this.wrapped.size) return;
    const base = Number(attr(/<(?:[\w.-]+:)?sheetFormatPr\b[^>]*>/.exec(head)?.[0] ?? "", "defaultColWidth"));
    const fallback = Number.isFinite(base) && base > 0 ? base : DEFAULT_WIDTH;
    for (const col of this.wrapped.keys()) this.wrapped.set(col, fallback);
    for (const m of head.matchAll(/<(?:[\w.-]+:)?col\b[^>]*>/g)) {
      const min = Number(attr(m[0], "min")), max = Number(attr(m[0], "max")), width = Number(attr(m[0], "width"));
      if (!Number.isFinite(width) || width <= 0) continue;
      for (const col of this.wrapped.keys()) if (col + 1 >= min && col + 1 <= max) this.wrapped.set(col, width);
    }
  }

  /** Points row `row` needs for its wrapped texts (`textAt(col)`), or undefined when one line is enough. */
  height(row: number, textAt: (col: number) => CellValue | undefined): number | undefined {
    let lines = 1;
    for (const [col, width] of this.wrapped) {
      if (!this.of(row, col)) continue;
      const v = textAt(col);
      if (typeof v === "string" && v.length) lines = Math.max(lines, wrappedLines(v, width));
    }
    return lines > 1 ? rowPoints(lines) : undefined;
  }
}

/**
 * A row's opening tag with height `ht` (points) when it needs it: a row with `customHeight` (the analyst's) and a row
 * already as tall or taller are left as they are; `customHeight` is never added.
 *
 * `was` is the height an earlier run gave the row: the estimate for the texts our wrapped cells held before this run
 * (undefined when they fit one line). A row of automatic height exactly that tall is taken as ours and given the new
 * estimate, lower too — no `ht` at all when one line is enough — so a re-run whose texts got shorter leaves the row as
 * a first run would. Any other height (Excel's fit, an analyst's own wrapped cells) is never lowered.
 */
export function withRowHeight(tag: string, ht: number | undefined, was?: number): string {
  if (was !== undefined && attr(tag, "customHeight") !== "1" && attr(tag, "customHeight") !== "true" && Math.abs(Number(attr(tag, "ht")) - was) < 0.005) {
    if (ht === undefined || ht <= LINE_POINTS) return tag.replace(/\sht\s*=\s*("[^"]*"|'[^']*')/, "");
    return setAttr(tag, "ht", String(ht));
  }
  if (ht === undefined || ht <= LINE_POINTS) return tag;
  // most rows carry neither attribute: the height goes before the tag's end (it runs for every tall row)
  if (tag.indexOf("ht=") < 0 && tag.indexOf("customHeight") < 0) {
    const end = tag.endsWith("/>") ? -2 : -1;
    return `${tag.slice(0, end)} ht="${ht}"${tag.slice(end)}`;
  }
  const custom = attr(tag, "customHeight");
  if (custom === "1" || custom === "true") return tag;
  const now = Number(attr(tag, "ht"));
  if (Number.isFinite(now) && now >= ht) return tag;
  return setAttr(tag, "ht", String(ht));
}
