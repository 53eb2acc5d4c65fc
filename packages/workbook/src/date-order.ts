/**
 * A Tanggal Uji Coba later than the Tanggal Penerapan of the same innovation (audit33: J3 2025-06-01, K3 01/03/2024): a
 * trial comes before the implementation, so one of the two is most likely mistyped — day and month swapped, or each
 * date typed in the other's column. Neither is changed (which one is wrong is the analyst's to say, and the scoring
 * reads the implementation date first); the reader warns at the trial's cell, naming both dates and cells.
 */
import { type Grid, a1, cellAt } from "./grid.js";
import { toIsoDate } from "./values.js";

/**
 * The two cells and dates when row `r`'s trial date (`trial`, read from column `tc`) is after its implementation date
 * (`applied`, column `ic`), each read as a whole date from its cell (not a month or a year alone read as its first
 * day, where the order may hold within the month); undefined otherwise.
 */
export function trialAfterImplementation(g: Grid, r: number, tc: number | undefined, ic: number | undefined, trial: string | undefined, applied: string | undefined): { trialCell: string; appliedCell: string } | undefined {
  if (trial === undefined || applied === undefined || tc === undefined || ic === undefined || trial <= applied) return undefined;
  if (toIsoDate(cellAt(g, r, tc)) !== trial || toIsoDate(cellAt(g, r, ic)) !== applied) return undefined;
  return { trialCell: a1(r, tc), appliedCell: a1(r, ic) };
}
