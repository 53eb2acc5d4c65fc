/**
 * Hidden columns of the sheets the contract reads, as `Grid.hiddenCols` (0-based, absolute), as `inovasi score` takes
 * them from the file's `<col hidden>`: the reader never prefers a hidden column over a visible one silently (a stale
 * "… (lama)" copy of an indicator's answer column left hidden before the current one).
 *
 * Office.js says whether a range's columns are hidden with `Range.columnHidden` (ExcelApi 1.2): true when all are,
 * false when none, null when some are. Each sheet's used columns are asked as one range with the read's sample (no
 * sync more); only a sheet whose answer is null has its columns asked one by one, in one more sync (at most
 * {@link MAX_COLUMN_PROBES} columns a sync). `Range.getColumnProperties` (ExcelApi 1.9) would give them in one answer
 * but not below 1.9, where the per-column ranges work as well. Below ExcelApi 1.2 nothing is asked: the read names the
 * sheets (`ReadReport.hiddenColumnsUnread`) and the pane says so when it matters (a header found twice).
 */
import type { Supports, XContext, XRange } from "./types.js";

/** Columns asked one by one in one sync (a range each: a few hundred request bytes apiece, far under the 5 MB limit). */
export const MAX_COLUMN_PROBES = 1000;

/** The used columns of one sheet whose hidden state to ask: the used range's first row, left column and width. */
export interface ColumnSpan {
  sheet: string;
  row: number;
  col: number;
  cols: number;
}

/** Whether the host can say which columns are hidden (ExcelApi 1.2). */
export function canReadHiddenColumns(supports: Supports | undefined): boolean {
  return !!supports && supports("1.2");
}

/** Ask whether a span's columns are hidden (queued; read after the next sync). */
export function askColumnsHidden(ctx: XContext, s: ColumnSpan): XRange {
  return ctx.workbook.worksheets.getItem(s.sheet).getRangeByIndexes(s.row, s.col, 1, s.cols).load("columnHidden");
}

/**
 * The hidden columns an answer for the whole span gives: all of them (true), none (false, or anything but true and
 * null), or undefined when some are (null): those columns are then asked one by one ({@link readHiddenApart}).
 */
export function hiddenOfSpan(answer: XRange, s: ColumnSpan): number[] | undefined {
  const v = answer.columnHidden;
  if (v === null) return undefined;
  return v === true ? Array.from({ length: s.cols }, (_, i) => s.col + i) : [];
}

/**
 * The hidden columns of spans some of whose columns are hidden: each column asked as its own one-cell range,
 * {@link MAX_COLUMN_PROBES} a sync. A sync Excel fails leaves its spans' sheets in `unread` (their columns read as
 * visible, as below ExcelApi 1.2).
 */
export async function readHiddenApart(ctx: XContext, spans: ColumnSpan[], sync: () => Promise<void>): Promise<{ hidden: Map<string, number[]>; unread: Set<string> }> {
  const hidden = new Map<string, number[]>();
  const unread = new Set<string>();
  const columns = spans.flatMap((s) => Array.from({ length: s.cols }, (_, i) => ({ ...s, col: s.col + i, cols: 1 })));
  for (let at = 0; at < columns.length; at += MAX_COLUMN_PROBES) {
    const batch = columns.slice(at, at + MAX_COLUMN_PROBES).map((c) => ({ c, answer: askColumnsHidden(ctx, c) }));
    try {
      await sync();
    } catch {
      for (const { c } of batch) unread.add(c.sheet);
      continue;
    }
    for (const { c, answer } of batch) if (answer.columnHidden === true) hidden.set(c.sheet, [...(hidden.get(c.sheet) ?? []), c.col]);
  }
  return { hidden, unread };
}
