/**
 * A value typed with a unit that is not the unit of the measure its Dasar Ukur names: "45%" with "Jumlah orang
 * terlayani", "600 orang" with "Cakupan unit layanan" (audit22 F5). Which of the two the analyst means is theirs to say:
 * the reader asks, naming both measures and what each reading scores.
 */
import type { Indicator, Measure } from "@inovasi/core";
import { valueWithUnit } from "./answer-text.js";
import { readNumber } from "./values.js";

/** A percentage sign or word after the number ("45%", "45 %", "45 persen", "45 percent"). */
const PERCENT_AFTER = /\d\s*(?:%|persen|percent)$/i;

/**
 * A percentage typed for an indicator none of whose measures is a percentage or points ("45%" for SID-2's persons, "10%"
 * for SID-13's days): readNumber drops the sign, so it would be read as 45 persons, silently. Not read: the core's
 * unknown option names the options and "atau tulis angka, mis. 25 orang". (Points and the IPM's unitless index are
 * left: "0,4%" for a change in percentage points is the same figure.)
 */
export function percentWithoutPercentMeasure(ind: Indicator, text: string): boolean {
  return ind.measures.length > 0 && PERCENT_AFTER.test(text.trim()) && !ind.measures.some((m) => m.unit === "%" || m.unit === "" || m.unit.toLowerCase() === "poin");
}

/**
 * The measures of `ind` the unit typed in `text` belongs to when it is not `named`'s unit (the value typed, the unit as
 * typed), undefined when the text carries `named`'s unit (or one it converts from), no unit, or a unit of no other
 * measure.
 */
export function unitOfOtherMeasure(ind: Indicator, text: string, named: Measure): { value: number; unit: string; measures: Measure[] } | undefined {
  const t = text.trim();
  if (PERCENT_AFTER.test(t)) {
    const value = readNumber(t)?.value;
    if (named.unit === "%" || value === undefined) return undefined;
    const measures = ind.measures.filter((m) => m.unit === "%");
    return measures.length ? { value, unit: "%", measures } : undefined;
  }
  if (!/\p{L}$/u.test(t) || valueWithUnit(ind, t, named)) return undefined;
  const other = valueWithUnit(ind, t, undefined);
  return other?.measure && other.measure !== named && other.reading.other === undefined ? { value: other.reading.value, unit: other.measure.unit, measures: [other.measure] } : undefined;
}
