/**
 * Hidden rows of the sheets the contract reads, as `Grid.hiddenRows` (0-based, absolute, rows holding something), as
 * `inovasi score` takes them from the file's `<row hidden="1">`: the reader scores them (hiding is not deleting) and
 * says once per sheet which rows it read are hidden or filtered out (`hidden_rows_read`).
 *
 * Office.js says whether a range's rows are hidden with `Range.rowHidden` (ExcelApi 1.2): true when all are, false
 * when none, null when some are — rows hidden by hand and rows a filter hides alike. Each sheet's used rows are asked
 * as one range with the read's sample (no sync more). Only a sheet answering null needs the rows themselves:
 * `Range.getSpecialCellsOrNullObject("Visible")` (ExcelApi 1.9) over its used rows in one column not hidden, whose
 * areas (`RangeAreas.areas`, each item's `rowIndex` and `rowCount`) are the visible rows; the used rows outside them are
 * hidden. Every sheet's question rides in one sync more, unless a very long used range is cut in chunks
 * ({@link visibleChunks}: worst case, every other row hidden, one area per two rows, under the read's budget).
 *
 * Where Excel cannot say — below ExcelApi 1.2 (nothing asked) or 1.9 (a sheet with some hidden rows), a sync that
 * fails, an answer listing another number of areas than its `areaCount`, no column known to be visible — the sheet
 * has no `hiddenRows` and the reader says nothing about its hidden rows (they are scored either way, as in the CLI);
 * the sheet is named in `ReadReport.hiddenRowsUnread`.
 */
import type { Grid } from "@inovasi/workbook";
import type { Supports, XContext, XRange, XRangeAreas } from "./types.js";

/**
 * Response bytes assumed per visible area: an item's `rowIndex` and `rowCount` (up to 7 digits each) with their names
 * and Office.js's envelope, generously (what an item of a RangeCollection carries besides is not documented).
 */
export const VISIBLE_AREA_BYTES = 80;
/** Envelope bytes assumed per question (the RangeAreas' `areaCount`, its null-object flag). */
const ASK_BYTES = 200;

/** The used rows of one sheet whose hidden state to ask: the used range's first row, row count, and a column in it. */
export interface RowSpan {
  sheet: string;
  row: number;
  rows: number;
  col: number;
}

/** Whether the host can say whether a range's rows are hidden (ExcelApi 1.2). */
export function canReadHiddenRows(supports: Supports | undefined): boolean {
  return !!supports && supports("1.2");
}

/** Whether the host can say which of a range's rows are visible (ExcelApi 1.9: `getSpecialCells("Visible")`). */
export function canReadVisibleRows(supports: Supports | undefined): boolean {
  return !!supports && supports("1.9");
}

/** Ask whether a span's rows are hidden (queued; read after the next sync): one column of them, one property. */
export function askRowsHidden(ctx: XContext, s: RowSpan): XRange {
  return ctx.workbook.worksheets.getItem(s.sheet).getRangeByIndexes(s.row, s.col, s.rows, 1).load("rowHidden");
}

/**
 * The hidden rows an answer for the whole span gives: all of them (true), none (false, or anything but true and
 * null), or undefined when some are (null): the visible ones are then asked ({@link readVisibleRows}).
 */
export function hiddenRowsOfSpan(answer: XRange, s: RowSpan): number[] | undefined {
  const v = answer.rowHidden;
  if (v === null) return undefined;
  return v === true ? Array.from({ length: s.rows }, (_, i) => s.row + i) : [];
}

/** The first column of `from`…`from + count - 1` not among `hidden`; undefined when all are. */
export function visibleColumn(from: number, count: number, hidden: readonly number[] | undefined): number | undefined {
  const set = new Set(hidden ?? []);
  for (let c = from; c < from + count; c++) if (!set.has(c)) return c;
  return undefined;
}

/**
 * The spans cut into chunks of rows whose worst answer (every other row hidden: one area per two rows) fits the
 * budget, and the chunks packed into syncs under it, in order.
 */
export function visibleChunks(spans: RowSpan[], budget: number): RowSpan[][] {
  const perChunk = Math.max(2, 2 * Math.floor((budget - ASK_BYTES) / VISIBLE_AREA_BYTES));
  const bytes = (c: RowSpan) => Math.ceil(c.rows / 2) * VISIBLE_AREA_BYTES + ASK_BYTES;
  const batches: RowSpan[][] = [];
  let cur: RowSpan[] = [];
  let used = 0;
  for (const s of spans) {
    for (let at = 0; at < s.rows; at += perChunk) {
      const c = { ...s, row: s.row + at, rows: Math.min(perChunk, s.rows - at) };
      if (cur.length && used + bytes(c) > budget) { batches.push(cur); cur = []; used = 0; }
      cur.push(c);
      used += bytes(c);
    }
  }
  if (cur.length) batches.push(cur);
  return batches;
}

/** Ask which of a chunk's rows are visible (queued): the visible cells of its column, their areas' rows and count. */
function askVisible(ctx: XContext, c: RowSpan): XRangeAreas {
  const areas = ctx.workbook.worksheets.getItem(c.sheet).getRangeByIndexes(c.row, c.col, c.rows, 1).getSpecialCellsOrNullObject!("Visible").load("areaCount");
  areas.areas.load(["items/rowIndex", "items/rowCount"]);
  return areas;
}

/**
 * The hidden rows of spans some of whose rows are hidden, from their visible areas ({@link visibleChunks}: one sync
 * for every sheet of an ordinary workbook). A sheet any of whose chunks Excel did not answer in full (a failed sync, an
 * answer listing another number of areas than its `areaCount`) is in `unread`, with no hidden rows.
 */
export async function readVisibleRows(ctx: XContext, spans: RowSpan[], budget: number, sync: () => Promise<void>, onRetry: () => void): Promise<{ hidden: Map<string, number[]>; unread: Set<string> }> {
  const hidden = new Map<string, number[]>();
  const unread = new Set<string>();
  for (const batch of visibleChunks(spans, budget)) {
    const asked = batch.map((c) => ({ c, areas: askVisible(ctx, c) }));
    try {
      await sync();
    } catch {
      onRetry();
      for (const c of batch) unread.add(c.sheet);
      continue;
    }
    for (const { c, areas } of asked) {
      const rows = hiddenOfChunk(areas, c);
      if (!rows) unread.add(c.sheet);
      else if (rows.length) hidden.set(c.sheet, [...(hidden.get(c.sheet) ?? []), ...rows]);
    }
  }
  for (const name of unread) hidden.delete(name);
  return { hidden, unread };
}

/** A chunk's rows outside its visible areas (all of them when none is visible); undefined when the areas are cut. */
function hiddenOfChunk(areas: XRangeAreas, c: RowSpan): number[] | undefined {
  const seen = new Uint8Array(c.rows);
  if (!areas.isNullObject) {
    const items = areas.areas.items;
    if (items.length !== areas.areaCount) return undefined;
    for (const a of items) {
      const from = Math.max(a.rowIndex, c.row), to = Math.min(a.rowIndex + a.rowCount, c.row + c.rows);
      for (let r = from; r < to; r++) seen[r - c.row] = 1;
    }
  }
  const out: number[] = [];
  for (let i = 0; i < c.rows; i++) if (!seen[i]) out.push(c.row + i);
  return out;
}

/** Keep of `g.hiddenRows` the rows holding something (as the .xlsx reader lists rows holding a cell); none: no field. */
export function keepFilledHiddenRows(g: Grid): void {
  if (!g.hiddenRows) return;
  const kept = g.hiddenRows.filter((r) => g.cells[r]?.some((v) => v !== null && v !== undefined && v !== ""));
  if (kept.length) g.hiddenRows = kept;
  else delete g.hiddenRows;
}
