/**
 * Tier numbers typed in a measured indicator's answer column on the Inovasi sheet (audit17 F1): the Petunjuk numbers
 * each indicator's options 1, 2, 3, and a region's own self-assessment sheet pasted in brings those numbers; read as
 * amounts, "3" for SID-2 is 3 orang (tier 1) and "1" for SID-13 is 1 hari (tier 3). The reader keeps the amount (a
 * value is a value) and says the doubt: once at a column's header, or at a row that answers in tiers (read.ts).
 */
import type { Indicator } from "@inovasi/core";
import { type Grid, cellAt, formatAt, isBlank } from "./grid.js";
import { looseOption, valueWithUnit } from "./answer-text.js";
import { tierOf } from "./measured-value.js";
import { isPercentFormat, readNumber } from "./values.js";

type Measure = Indicator["measures"][number];

/** A number, read as the amount, that reaches a tier other than itself: its row, the number, its measure and that tier. */
export interface TierDigitDoubt {
  r: number;
  value: number;
  measure: Measure;
  tier: number;
}

/**
 * An answer cell as a tier number might be: blank (undefined); "amount" when it can only be one (a fraction, a number
 * above the tiers or below 0, one with its unit or in a percent cell); "text" (an option label, a word); else its whole
 * number from 0 to the top tier, with the measure and tier it reaches as the amount (by `measure`, else each of the
 * indicator's) where that tier is not the number.
 */
function digitCell(g: Grid, r: number, c: number, ind: Indicator, measure: Measure | undefined): "amount" | "text" | { n: number; measure?: Measure; tier?: number } | undefined {
  const v = cellAt(g, r, c);
  if (v === null || isBlank(v) || (typeof v !== "string" && typeof v !== "number")) return undefined;
  let n: number | undefined;
  if (typeof v === "number") {
    if (isPercentFormat(formatAt(g, r, c))) return "amount";
    n = v;
  } else if (BARE.test(v.trim())) n = readNumber(v)?.value;
  // an option's label ("2 kali", "1 hari") is the option, whatever amount its words say
  else return ind.measures.length > 0 && looseOption(ind, v) === undefined && valueWithUnit(ind, v, measure) ? "amount" : "text";
  if (n === undefined) return "text";
  if (!Number.isInteger(n) || n < 0 || n > Math.max(...ind.options.map((o) => o.tier))) return "amount";
  if (n > 0) for (const m of measure ? [measure] : ind.measures) {
    const tier = tierOf(m, n);
    if (tier !== n) return { n, measure: m, tier };
  }
  return { n };
}

/**
 * The doubt over a measured indicator's answer column (`c`, or each row's when a block has its own layout, over the innovation rows `rows`): every number in it a
 * whole number from 0 to the top tier, one at least reaching another tier as the amount (by the row's measure,
 * `measureAt`) on a row not `inAmounts`. Undefined when a cell can only be an amount, or every number reads the same
 * either way.
 */
export function tierDigitsDoubt(g: Grid, rows: readonly number[], c: number | ((r: number) => number), ind: Indicator, measureAt: (r: number) => Measure | undefined, inAmounts: (r: number) => boolean): TierDigitDoubt | undefined {
  let doubt: TierDigitDoubt | undefined;
  for (const r of rows) {
    const d = digitCell(g, r, typeof c === "number" ? c : c(r), ind, measureAt(r));
    if (d === "amount") return undefined;
    if (!doubt && typeof d === "object" && d.tier !== undefined && !inAmounts(r)) doubt = { r, value: d.n, measure: d.measure!, tier: d.tier };
  }
  return doubt;
}

/** Whether row `r` holds a number that can only be an amount in a measured column (read25: its numbers are amounts). */
export function rowInAmounts(g: Grid, r: number, sid: readonly Indicator[], cols: Record<string, { answer?: number }>, measureAt: (ind: Indicator, r: number) => Measure | undefined): boolean {
  return sid.some((ind) => {
    const c = cols[ind.id]?.answer;
    return ind.measures.length > 0 && c !== undefined && digitCell(g, r, c, ind, measureAt(ind, r)) === "amount";
  });
}

/**
 * A row answered in tier numbers (an indicator without measures answered "2", "3"), every number on it a whole number
 * within the tiers, where a measured indicator's number (not in `skip`) reaches another tier as the amount: the first
 * tier typed, that number and how many more there are. Undefined otherwise (an amount on the row says its numbers are amounts; labels say nothing).
 */
export function rowTierDigits(
  g: Grid,
  r: number,
  sid: readonly Indicator[],
  cols: Record<string, { answer?: number }>,
  measureAt: (ind: Indicator, r: number) => Measure | undefined,
  skip: ReadonlySet<string>,
): { tiered: { ind: Indicator; c: number; n: number }; doubt: TierDigitDoubt & { ind: Indicator; c: number }; others: number } | undefined {
  let tiered: { ind: Indicator; c: number; n: number } | undefined;
  let doubt: (TierDigitDoubt & { ind: Indicator; c: number }) | undefined;
  let others = 0;
  for (const ind of sid) {
    const c = cols[ind.id]?.answer;
    const d = c === undefined ? undefined : digitCell(g, r, c, ind, ind.measures.length > 0 ? measureAt(ind, r) : undefined);
    if (d === undefined || d === "text") continue;
    if (d === "amount") return undefined;
    if (ind.measures.length === 0) { if (d.n > 0) tiered ??= { ind, c: c!, n: d.n }; }
    else if (d.tier !== undefined && !skip.has(ind.id)) {
      if (doubt) others++;
      else doubt = { ind, c: c!, r, value: d.n, measure: d.measure!, tier: d.tier };
    }
  }
  return tiered && doubt ? { tiered, doubt, others } : undefined;
}

/** A number typed alone ("3", "2,0"), no unit. */
const BARE = /^[+-]?\d+(?:[.,]\d+)?$/;
