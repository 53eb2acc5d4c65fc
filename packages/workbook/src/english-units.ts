/**
 * English units after an amount: an edition gives each unit's English name in the plural (`Measure.unitEn`:
 * "persons", "agencies", "days"); after exactly 1 the singular is written ("at least 1 person", "1 day"), and typed
 * ("1 person", "1 agency") it names the measure as the plural does (review19 F4, F5). A rule, not edition data: the
 * parse + score bundle carries the schema and has no room for another field.
 */

/**
 * The singular of an English plural as the shipped units are written: "-ies" → "-y" ("agencies" → "agency"), else a
 * final "s" dropped ("persons", "times", "years"); a unit not ending in "s" ("%", "kWh") is kept.
 */
export function singularEn(plural: string): string {
  if (/[^aeiou]ies$/i.test(plural)) return `${plural.slice(0, -3)}y`;
  if (/[^su]s$/i.test(plural)) return plural.slice(0, -1);
  return plural;
}

/**
 * The unit after `amount` in an English message, with its space: `unitOne` (the singular, set by the reader where the
 * edition names the unit in English) after exactly 1, else `unit`; nothing without a unit (the IPM).
 */
export function unitAfterEn(amount: string | number | undefined, p: { unit?: string | number | undefined; unitOne?: string | number | undefined }): string {
  if (!p.unit) return "";
  return ` ${p.unitOne !== undefined && (amount === 1 || amount === "1") ? p.unitOne : p.unit}`;
}
