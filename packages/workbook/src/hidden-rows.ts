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

/** Rows (0-based, ascending) as a message names them, 1-based with runs joined: "26, 40–45"; past six pieces, "…". */
export function rowRuns(rs: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < rs.length; ) {
    let j = i;
    while (j + 1 < rs.length && rs[j + 1] === rs[j]! + 1) j++;
    runs.push(j > i ? `${rs[i]! + 1}–${rs[j]! + 1}` : `${rs[i]! + 1}`);
    i = j + 1;
  }
  return runs.length > 6 ? `${runs.slice(0, 5).join(", ")}, …` : runs.join(", ");
}
