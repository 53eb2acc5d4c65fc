/**
 * A measured indicator's answer column on the Inovasi sheet that may hold tiers typed as numbers (audit17 F1): the
 * Petunjuk numbers each indicator's options 1, 2, 3, and a region's own self-assessment sheet pasted in brings those
 * numbers; read as amounts, "3" for SID-2 is 3 orang (tier 1) and "1" for SID-13 is 1 hari (tier 3). The reader keeps
 * the amount (a value is a value) and says the doubt once, at the column's header (read.ts).
 */
import type { Indicator } from "@inovasi/core";
import { type Grid, cellAt, formatAt, isBlank } from "./grid.js";
import { valueWithUnit } from "./answer-text.js";
import { tierOf } from "./measured-value.js";
import { isPercentFormat, readNumber } from "./values.js";

type Measure = Indicator["measures"][number];

/** The first cell whose number, read as the amount, is another tier: its row, the number, the unit and that tier. */
export interface TierDigitDoubt {
  r: number;
  value: number;
  unit: string;
  tier: number;
}

/**
 * The doubt over a measured indicator's answer column (`c`, over the innovation rows `rows`): when every number in it
 * is a bare whole number from 0 to the indicator's top tier, and one at least (1 or more) read as the amount (by the
 * row's measure, `measureAt`, else each of the indicator's) reaches a tier other than its number. Undefined when a cell
 * can only be an amount (a fraction, a number above the tiers or below 0, one with its unit or in a percent cell), or
 * when every number reads the same either way. Option labels and other texts settle nothing.
 */
export function tierDigitsDoubt(g: Grid, rows: readonly number[], c: number, ind: Indicator, measureAt: (r: number) => Measure | undefined): TierDigitDoubt | undefined {
  const top = Math.max(...ind.options.map((o) => o.tier));
  let doubt: TierDigitDoubt | undefined;
  for (const r of rows) {
    const v = cellAt(g, r, c);
    if (v === null || isBlank(v) || typeof v !== "string" && typeof v !== "number") continue;
    let n: number | undefined;
    if (typeof v === "number") {
      if (isPercentFormat(formatAt(g, r, c))) return undefined;
      n = v;
    } else if (BARE.test(v.trim())) n = readNumber(v)?.value;
    else if (valueWithUnit(ind, v, measureAt(r))) return undefined;
    if (n === undefined) continue;
    if (!Number.isInteger(n) || n < 0 || n > top) return undefined;
    if (n === 0 || doubt) continue;
    const named = measureAt(r);
    for (const m of named ? [named] : ind.measures) {
      const tier = tierOf(m, n);
      if (tier === n) continue;
      doubt = { r, value: n, unit: m.unit, tier };
      break;
    }
  }
  return doubt;
}

/** A number typed alone ("3", "2,0"), no unit. */
const BARE = /^[+-]?\d+(?:[.,]\d+)?$/;
