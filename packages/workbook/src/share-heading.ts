/**
 * A percentage's answer column headed with words of its name that say no percent ("Pengaduan" for SID-14
 * "Penyelesaian layanan pengaduan", read27): a bare whole number there ("12") reads as 12 %, the measure's unit, but a
 * heading about complaints may as well hold their count. The reader keeps the percentage and says both readings once
 * at the heading (`column_unsure`, role "share"); a "%" typed, a percent cell, the heading's number alone ("14") or the
 * name in full settle it.
 */
import type { Indicator } from "@inovasi/core";
import { type Grid, cellAt, formatAt } from "./grid.js";
import { isShareMeasure } from "./answer-text.js";
import { headerKey } from "./header-words.js";
import { namesInFull } from "./indicator-heading.js";
import { isPercentFormat, readNumber } from "./values.js";

const PERCENT = /%|persen|percent/i;

/**
 * The first row of `rows` whose cell in column `col` (or each row's, a block read with its own layout) is a bare whole number from 1 to 100 under such a heading, with how
 * many are; undefined where the heading or the cells settle it (0 is no complaint and 0 % alike: tier 1 both ways).
 */
export function countOrShare(g: Grid, rows: readonly number[], col: number | ((r: number) => number), heading: string, ind: Indicator): { r: number; value: number; count: number } | undefined {
  if (ind.measures.length === 0 || !ind.measures.every(isShareMeasure) || PERCENT.test(heading) || namesInFull(heading, ind)) return undefined;
  if (/^(?:(?:sid|indikator) )?\d{1,3}[a-z]?$/.test(headerKey(heading))) return undefined;
  let first: { r: number; value: number } | undefined;
  let count = 0;
  for (const r of rows) {
    // the column, or each row's (a block read with its own header's layout)
    const c = typeof col === "number" ? col : col(r);
    const v = cellAt(g, r, c);
    const n = typeof v === "number" ? (isPercentFormat(formatAt(g, r, c)) ? undefined : v) : typeof v === "string" && !PERCENT.test(v) ? readNumber(v) : undefined;
    const value = typeof n === "object" ? (n.other === undefined ? n.value : undefined) : n;
    if (value === undefined || !Number.isInteger(value) || value < 1 || value > 100) continue;
    first ??= { r, value };
    count++;
  }
  return first && { ...first, count };
}
