/**
 * An earlier run's output columns (Inovasi's "Skor Klaim" … "Skor Catatan", "Skor 18 Klaim"; not an indicator's
 * verified points, read whole: the workbook's `isExtentOnlyColumnHeader`) read for where their values are, as
 * `inovasi score` reads them (`RERUN_READING`'s `extentOnlyColumns`): below a column's header (a text in the sheet's
 * first ten rows), `true` where a cell holds something, a blank left as it is. The reader skips those columns by their
 * header and the writer overwrites them; at 10,000 rows their notes and evidence gaps are megabytes of a re-run's read
 * for nothing.
 *
 * Below the read's sample, the values of those columns are not asked: `Range.getSpecialCellsOrNullObject` (ExcelApi
 * 1.9) gives the cells holding a constant and those holding a formula as areas (one address each, with its
 * `areaCount`), in one sync more than a first run's read. Where Excel cannot give them — below ExcelApi 1.9, a sync
 * that fails, an address listing another number of areas than its `areaCount` (cut short) — the columns' values are
 * read as before, and `true` put in afterwards: the same grid, the old payload.
 *
 * Unlike the .xlsx reader, a cell of only spaces is `true` here when its columns' values are not read (Excel calls it
 * a constant); a blank either way to nobody: the reader never looks in those columns, the writer only in columns it
 * adds.
 */
import { type CellRange, type CellValue, type Grid, isBlank } from "@inovasi/workbook";
import { parseAreas } from "./merges.js";
import type { Supports, XContext, XRangeAreas } from "./types.js";

/** Rows at the top of a sheet where an output column's header is looked for (the .xlsx reader's `EXTENT_ONLY_FROM`). */
const HEADER_ROWS = 10;

/** Whether the host can list a range's non-empty cells (`Range.getSpecialCellsOrNullObject`, ExcelApi 1.9). */
export function canReadExtents(supports: Supports | undefined): boolean {
  return !!supports && supports("1.9");
}

/**
 * The columns of `[left, left + cols)` headed as `isHeader` says in the sheet's first ten rows, each with the row
 * below its header (the first such cell of the column, as the .xlsx reader takes it).
 */
export function extentColumns(g: Grid, left: number, cols: number, isHeader: (header: CellValue) => boolean): Map<number, number> {
  const out = new Map<number, number>();
  for (let c = left; c < left + cols; c++) {
    for (let r = 0; r < Math.min(HEADER_ROWS, g.cells.length); r++) {
      const v = g.cells[r]?.[c];
      if (v !== undefined && isHeader(v)) { out.set(c, r + 1); break; }
    }
  }
  return out;
}

/** Each value of those columns below its header as the .xlsx reader gives it: `true`, a blank kept. */
export function toExtent(g: Grid, columns: Map<number, number>): void {
  for (const [c, from] of columns) {
    for (let r = from; r < g.cells.length; r++) {
      const line = g.cells[r];
      if (line && !isBlank(line[c] ?? null)) line[c] = true;
    }
  }
}

/** Rows of one sheet whose non-empty cells to ask for, in a run of its output columns. */
export interface ExtentSpan {
  sheet: string;
  row: number;
  rows: number;
  col: number;
  cols: number;
}

/** The cells holding a constant and those holding a formula, asked (queued; read after the next sync). */
export interface ExtentAsk {
  span: ExtentSpan;
  constants: XRangeAreas;
  formulas: XRangeAreas;
}

export function askExtent(ctx: XContext, span: ExtentSpan): ExtentAsk {
  const range = ctx.workbook.worksheets.getItem(span.sheet).getRangeByIndexes(span.row, span.col, span.rows, span.cols);
  return {
    span,
    constants: range.getSpecialCellsOrNullObject!("Constants").load(["address", "areaCount"]),
    formulas: range.getSpecialCellsOrNullObject!("Formulas").load(["address", "areaCount"]),
  };
}

/**
 * The rectangles of a span that hold something, cut to the span; undefined when an address lists another number of
 * areas than its `areaCount` (cut short): that span's values are then read.
 */
export function extentAreas(ask: ExtentAsk): CellRange[] | undefined {
  const out: CellRange[] = [];
  for (const areas of [ask.constants, ask.formulas]) {
    if (areas.isNullObject) continue;
    const all = parseAreas(areas.address);
    if (all.length !== areas.areaCount) return undefined;
    const s = ask.span;
    for (const a of all) {
      const row = Math.max(a.row, s.row), col = Math.max(a.col, s.col);
      const rows = Math.min(a.row + a.rows, s.row + s.rows) - row, cols = Math.min(a.col + a.cols, s.col + s.cols) - col;
      if (rows > 0 && cols > 0) out.push({ row, col, rows, cols });
    }
  }
  return out;
}

/** A span's cells into the grid: "" (an empty cell, as Office.js reads it), `true` in the areas. */
export function putExtent(g: Grid, span: ExtentSpan, areas: CellRange[]): void {
  for (let r = span.row; r < span.row + span.rows; r++) {
    const line = (g.cells[r] ??= []);
    for (let c = span.col; c < span.col + span.cols; c++) line[c] = "";
  }
  for (const a of areas) for (let r = a.row; r < a.row + a.rows; r++) for (let c = a.col; c < a.col + a.cols; c++) g.cells[r]![c] = true;
}
