/**
 * The analyst's formulas on a sheet read (ExcelApi 1.9), for two things:
 *
 * - Where they are (`Grid.formulaAreas`): Office.js `values` gives "" for an empty cell and for `=""`, so without them
 *   the writer would take a formula whose result is blank, where it adds an output column, for an empty cell and write
 *   over it. `Range.getSpecialCellsOrNullObject("Formulas")` over the used range rides with the read's sample (one
 *   address and its `areaCount`); every formula is listed, whatever its result.
 * - Rows below the sample that hold only formulas whose result is blank (a template with `=IF(A5="";"";…)` filled
 *   down 10,000 rows past the data) are not read whole: 55 columns of "" per row were 4.3 MB of responses in 7 syncs
 *   at 10,000 such rows. Only the formula cells' values are read (a few columns), then, over the rows where every one
 *   is blank, `getSpecialCellsOrNullObject("Constants")` (one sync): a row holding no constant there is what a full
 *   read would give — its formulas' values, "" elsewhere — and is put so, unread. A row whose formula gives something,
 *   or holding a typed cell, is read whole as before, wherever it is (after a gap of formula rows too).
 *
 * Where Excel cannot say — below ExcelApi 1.9, a sync that fails, an address listing another number of areas than its
 * `areaCount` (cut short) — nothing is known: no `formulaAreas`, every row read whole, as before.
 */
import type { CellRange, CellValue, Grid } from "@inovasi/workbook";
import { parseAreas } from "./merges.js";
import type { XContext, XRangeAreas } from "./types.js";

/** A rectangle of one sheet: rows `row`… and columns `col`…, 0-based. */
export interface SheetBox {
  sheet: string;
  row: number;
  rows: number;
  col: number;
  cols: number;
}

/** The cells of a box holding a formula, asked (queued; read after the next sync). */
export function askFormulas(ctx: XContext, box: SheetBox): XRangeAreas {
  return ctx.workbook.worksheets.getItem(box.sheet).getRangeByIndexes(box.row, box.col, box.rows, box.cols).getSpecialCellsOrNullObject!("Formulas").load(["address", "areaCount"]);
}

/** The cells of a box holding a constant, asked (queued; read after the next sync). */
export function askConstants(ctx: XContext, box: SheetBox): XRangeAreas {
  return ctx.workbook.worksheets.getItem(box.sheet).getRangeByIndexes(box.row, box.col, box.rows, box.cols).getSpecialCellsOrNullObject!("Constants").load(["address", "areaCount"]);
}

/** The areas an answer lists, cut to the box; [] for none, undefined when the address is cut short. */
export function areasOf(answer: XRangeAreas, box: SheetBox): CellRange[] | undefined {
  if (answer.isNullObject) return [];
  const all = parseAreas(answer.address);
  if (all.length !== answer.areaCount) return undefined;
  const out: CellRange[] = [];
  for (const a of all) {
    const row = Math.max(a.row, box.row), col = Math.max(a.col, box.col);
    const rows = Math.min(a.row + a.rows, box.row + box.rows) - row, cols = Math.min(a.col + a.cols, box.col + box.cols) - col;
    if (rows > 0 && cols > 0) out.push({ row, col, rows, cols });
  }
  return out;
}

/** The areas cut to rows `from`–`to`. */
export function areasInRows(areas: CellRange[], from: number, to: number): CellRange[] {
  const out: CellRange[] = [];
  for (const a of areas) {
    const row = Math.max(a.row, from), end = Math.min(a.row + a.rows - 1, to);
    if (end >= row) out.push({ row, col: a.col, rows: end - row + 1, cols: a.cols });
  }
  return out;
}

/** The rows the areas cover, as runs `[from, to]` (sorted, joined where they touch). */
export function rowRuns(areas: CellRange[]): [number, number][] {
  const spans = areas.map((a) => [a.row, a.row + a.rows - 1] as [number, number]).sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s[0] <= last[1] + 1) last[1] = Math.max(last[1], s[1]);
    else out.push([s[0], s[1]]);
  }
  return out;
}

/** Rows of the runs whose cells in the areas are all blank as the grid holds them (the formulas' values just read). */
export function blankRows(g: Grid, runs: [number, number][], areas: CellRange[]): [number, number][] {
  const blank = (v: CellValue | undefined) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
  // once per formula cell: the rows where one gives something
  const given = new Set<number>();
  for (const a of areas) {
    for (let r = a.row; r < a.row + a.rows; r++) {
      if (given.has(r)) continue;
      const line = g.cells[r];
      for (let c = a.col; c < a.col + a.cols; c++) if (!blank(line?.[c])) { given.add(r); break; }
    }
  }
  return splitRuns(runs, given);
}

/** The runs without the rows of `out`. */
export function splitRuns(runs: [number, number][], out: Set<number>): [number, number][] {
  const kept: [number, number][] = [];
  for (const [from, to] of runs) {
    let start = -1;
    for (let r = from; r <= to + 1; r++) {
      const keep = r <= to && !out.has(r);
      if (keep && start < 0) start = r;
      else if (!keep && start >= 0) { kept.push([start, r - 1]); start = -1; }
    }
  }
  return kept;
}
