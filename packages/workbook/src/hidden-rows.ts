/**
 * Rows the analyst hid (by hand, or by a filter) that the reader still read (audit33: Inovasi row 26 hidden and named
 * "… (batal, jangan diajukan)", an AutoFilter leaving one agency shown). Hiding is not deleting: the file is the
 * submission, so they are scored as before, but not silently — one note per sheet names them.
 */
import type { Grid } from "./grid.js";

/** The rows of `rows` (read from `g`, 0-based) that the host found hidden, in `rows`' order; empty when none is. */
export function hiddenAmong(g: Grid, rows: readonly number[]): number[] {
  const hidden = g.hiddenRows;
  if (!hidden?.length) return [];
  const set = new Set(hidden);
  return rows.filter((r) => set.has(r));
}
