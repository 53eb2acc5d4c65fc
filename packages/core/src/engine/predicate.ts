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

export function bandFor(index: number, edition: Edition): Band | null {
  return bandHolding(bandValue(index, edition), edition); // rounded, or cut when the edition takes the predicate on the exact index
}

function bandHolding(value: number, edition: Edition): Band | null {
  for (const b of edition.bands) if (contains(b, value)) return b;
  return null;
}

export function toPredicate(band: Band): PredicateResult {
  return { id: band.id, label: band.label };
}

/** Lowest index (at the edition's decimals) that lies in `band`. */
export function lowestIndexIn(band: Band, decimals: number): number {
  return band.min.inclusive ? band.min.value : roundHalfUp(band.min.value + 10 ** -decimals, decimals);
}

/**
 * The band just above the one holding `index`, with the index and total points still needed to reach its lowest
 * value. Null at the top band or when the index holds no band.
 */
export function nextBandFor(
  index: number,
  total: number,
  maxTotal: number,
  edition: Edition,
): { band: PredicateResult; indexNeeded: number; pointsNeeded: number } | null {
  const value = bandValue(index, edition);
  const current = bandHolding(value, edition);
  if (!current) return null;
  const above = bandAbove(current, edition);
  if (!above) return null;
  const decimals = edition.formula.rounding.decimals;
  const target = lowestIndexIn(above, decimals);
  return {
    band: toPredicate(above),
    indexNeeded: roundHalfUp(target - value, decimals),
    pointsNeeded: roundHalfUp((target * maxTotal) / 100 - total, decimals),
  };
}

/** The band with the lowest lower end at or above `current`'s upper end (the first in edition order on a tie). */
function bandAbove(current: Band, edition: Edition): Band | undefined {
  let above: Band | undefined;
  for (const b of edition.bands) {
    if (b !== current && b.min.value >= current.max.value && (above === undefined || b.min.value < above.min.value)) above = b;
  }
  return above;
}
