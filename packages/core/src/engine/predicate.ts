import type { Bound } from "../model/common.js";
import type { Band, Edition } from "../model/edition.js";
import { contains } from "../model/interval.js";
import type { PredicateResult } from "./result.js";
import { roundHalfUp } from "./_round.js";
import { bandValue } from "./_band-value.js";

/**
 * The predicate (band) of an index under an edition. The index is first rounded half-up to the edition's decimals
 * (a no-op for an index already rounded), and the band is chosen on that rounded value — so 40.004 is 40.00,
 * "Kurang Inovatif" in 2026. An edition with `formula.predicateOn: "unrounded"` chooses on the exact index instead
 * (pass the unrounded index): 65.005 is then "Inovatif". Null when no band holds it.
 *
 * @example
 * predicateFor(40.01, iid2026)?.label.id //=> "Inovatif"
 * predicateFor(0, iid2026)?.label.id     //=> "Tidak Dapat Dinilai"
 */
export function predicateFor(index: number, edition: Edition): PredicateResult | null {
  const band = bandFor(index, edition);
  return band ? toPredicate(band) : null;
}

/**
 * The band of an index: of the bands whose known ends hold it (`bandsMaybe`), the one with both ends known; null where
 * an unknown threshold decides (or no band holds it).
 */
export function bandFor(index: number, edition: Edition): Band | null {
  return bandsMaybe(index, edition).find(isKnownBand) ?? null;
}

/** Whether both of a band's thresholds are known (as `isKnownBand` in model/band.ts, kept here for the engine's bundle). */
export function isKnownBand(band: Band): boolean {
  return band.min.value !== null && band.max.value !== null;
}

/**
 * The bands whose known ends hold the index, looked up on the rounded index (or cut, when the edition takes the
 * predicate on the exact index): one band with both ends known, or — where an unknown threshold decides — the bands
 * it may be in, for the `predicate_unknown` warning. (A band with an unknown end may be listed beside a known band
 * that holds the index: the unknown threshold lies inside the unknown band's known ends.)
 */
export function bandsMaybe(index: number, edition: Edition): Band[] {
  const value = bandValue(index, edition);
  return edition.bands.filter((b) => contains(b, value));
}

export function toPredicate(band: Band): PredicateResult {
  return { id: band.id, label: band.label };
}

/** Lowest index (at the edition's decimals) that lies in `band`, whose lower end must be known (see `knownEnd`). */
export function lowestIndexIn(band: Band, decimals: number): number {
  const min = band.min as Bound;
  return min.inclusive ? min.value : roundHalfUp(min.value + 10 ** -decimals, decimals);
}

/**
 * The band just above `current`, the one holding `index` (`bandFor`), with the index and total points still needed to
 * reach its lowest value. Null at the top band.
 */
export function nextBandFor(
  index: number,
  current: Band,
  total: number,
  maxTotal: number,
  edition: Edition,
): { band: PredicateResult; indexNeeded: number; pointsNeeded: number } | null {
  const above = bandAbove(current, edition);
  if (!above) return null;
  const decimals = edition.formula.rounding.decimals;
  const target = lowestIndexIn(above, decimals);
  return {
    band: toPredicate(above),
    indexNeeded: roundHalfUp(target - bandValue(index, edition), decimals),
    pointsNeeded: roundHalfUp((target * maxTotal) / 100 - total, decimals),
  };
}

/**
 * The band with the lowest lower end at or above `current`'s upper end (the first in edition order on a tie). `current`
 * holds an index, so both its ends are known, and so is the lower end of the band it touches (a validated edition
 * marks an unknown threshold on both sides): an unknown lower end (null, compared as 0) of a band listed later never
 * comes before it.
 */
function bandAbove(current: Band, edition: Edition): Band | undefined {
  let above: Band | undefined;
  for (const b of edition.bands) {
    if (b !== current && b.min.value! >= current.max.value! && (above === undefined || b.min.value! < above.min.value!)) above = b;
  }
  return above;
}
