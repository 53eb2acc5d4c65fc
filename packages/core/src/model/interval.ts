import type { Bound, Interval } from "./common.js";

/** An interval whose ends may be unknown (a band's: `value: null`). */
type Ends = { min?: { value: number | null; inclusive?: boolean | undefined } | undefined; max?: { value: number | null; inclusive?: boolean | undefined } | undefined };

/**
 * Whether `x` lies in `interval` (a missing end is unbounded). An unknown end (a band threshold the sources do not
 * give, `value: null`) bounds nothing either: the band may hold `x` (see `predicateFor`).
 */
export function contains(interval: Ends, x: number): boolean {
  const { min, max } = interval;
  if (min?.value != null && (min.inclusive ? x < min.value : x <= min.value)) return false;
  if (max?.value != null && (max.inclusive ? x > max.value : x >= max.value)) return false;
  return true;
}

/** Human notation for an interval: `(200, 500]`, `[501, ∞)`. */
export function formatInterval(interval: Interval): string {
  const lo = interval.min ? `${interval.min.inclusive ? "[" : "("}${interval.min.value}` : "(−∞";
  const hi = interval.max ? `${interval.max.value}${interval.max.inclusive ? "]" : ")"}` : "∞)";
  return `${lo}, ${hi}`;
}

/** Whether an interval holds no value at all (min above max, or a point with an open end). */
export function isEmpty(interval: Interval): boolean {
  const { min, max } = interval;
  if (!min || !max) return false;
  if (min.value > max.value) return true;
  return min.value === max.value && !(min.inclusive && max.inclusive);
}

/** How two neighbouring intervals meet ({@link adjacency}): `touch` (as bands must), `overlap` or `gap`. */
export type Adjacency = "touch" | "overlap" | "gap";

/**
 * How a lower interval's upper end meets the next interval's lower end (intervals sorted by lower end).
 * They must touch: the same value, exactly one end inclusive.
 */
export function adjacency(upper: Bound | undefined, nextLower: Bound | undefined): Adjacency {
  if (!upper || !nextLower) return "overlap";
  if (upper.value < nextLower.value) return "gap";
  if (upper.value > nextLower.value) return "overlap";
  if (upper.inclusive && nextLower.inclusive) return "overlap";
  if (!upper.inclusive && !nextLower.inclusive) return "gap";
  return "touch";
}
