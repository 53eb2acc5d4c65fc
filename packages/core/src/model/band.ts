import type { Bound, Interval } from "./common.js";
import type { Band, BandBound } from "./edition.js";
import { formatInterval } from "./interval.js";

/**
 * Predicate bands whose thresholds may be unknown (`{ value: null, source }`, see `UnknownBound`): what the model's
 * checks, the plan, the recap and the pages need to read them. The engine reads them in `engine/predicate.ts`.
 */

/** Whether a band end is a threshold the edition knows. */
export function knownEnd(end: BandBound): end is Bound {
  return end.value !== null;
}

/** A band with both thresholds known. */
export type KnownBand = Band & { min: Bound; max: Bound };

/** Whether both of the band's thresholds are known. */
export function isKnownBand(band: Band): band is KnownBand {
  return knownEnd(band.min) && knownEnd(band.max);
}

/** The band's known ends as an interval; an unknown end is left out (unbounded): the values the band may hold. */
export function knownPart(band: Band): Interval {
  return { ...(knownEnd(band.min) ? { min: band.min } : {}), ...(knownEnd(band.max) ? { max: band.max } : {}) };
}

/** A band's interval for a person, `?` at an unknown end: `(0, ?)`, `(?, 65]`, `(40, 65]`. */
export function formatBand(band: Band): string {
  if (isKnownBand(band)) return formatInterval(band);
  const lo = knownEnd(band.min) ? `${band.min.inclusive ? "[" : "("}${band.min.value}` : "(?";
  const hi = knownEnd(band.max) ? `${band.max.value}${band.max.inclusive ? "]" : ")"}` : "?)";
  return `${lo}, ${hi}`;
}

/**
 * Where a band sits among bands, lowest first (to sort bands, also of different editions): its lower end — an open end
 * just above a closed one at the same value — or, when that is unknown, just below its upper end (the threshold lies
 * under it). A band with neither end known sorts by its position in its edition's list, which is ascending.
 */
export function bandPosition(band: Band, list: readonly Band[]): number {
  if (knownEnd(band.min)) return band.min.value + (band.min.inclusive ? 0 : 1e-9);
  if (knownEnd(band.max)) return band.max.value - 1e-6;
  const k = list.indexOf(band);
  const below = list.slice(0, k).reverse().find((b) => knownEnd(b.min));
  return below && knownEnd(below.min) ? below.min.value + 1e-6 * (k - list.indexOf(below)) : k;
}

/**
 * What the bands cover together, as intervals with known ends: a band with both ends known as it is, and bands joined
 * by unknown thresholds as one interval (the threshold lies somewhere inside; together they cover it). A run whose
 * outer end is unknown is left out (an error of its own).
 */
export function bandCover(bands: readonly Band[]): { min: Bound; max: Bound }[] {
  const out: { min: Bound; max: Bound }[] = [];
  let from: Bound | null = null;
  for (const b of bands) {
    const start: Bound | null = knownEnd(b.min) ? b.min : from;
    if (knownEnd(b.max)) {
      if (start) out.push({ min: start, max: b.max });
      from = null;
    } else from = start;
  }
  return out;
}
