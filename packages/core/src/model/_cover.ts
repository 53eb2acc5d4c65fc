import type { Bound, Interval } from "./common.js";
import { isEmpty } from "./interval.js";

type Bounded = { min: Bound; max: Bound };

/**
 * The parts of `range` that no interval covers, in ascending order (intervals need not be sorted; empty ones are
 * ignored). Used to say which index values a removed band leaves without a predicate.
 *
 * @example
 * uncovered([[0, 0], (0, 40]], [0, 100]) //=> [(40, 100]]
 */
export function uncovered(intervals: readonly Bounded[], range: Bounded): Bounded[] {
  const sorted = intervals.filter((i) => !isEmpty(i)).sort((a, b) => compareLower(a.min, b.min));
  const out: Bounded[] = [];
  let from: Bound = range.min; // the lowest value not yet known to be covered
  for (const i of sorted) {
    if (compareLower(i.min, from) > 0) push(out, { min: from, max: { value: i.min.value, inclusive: !i.min.inclusive } });
    const after: Bound = { value: i.max.value, inclusive: !i.max.inclusive };
    if (compareLower(after, from) > 0) from = after;
  }
  push(out, { min: from, max: range.max });
  return out;
}

/** The values two intervals share, or undefined. */
export function intersect(a: Bounded, b: Bounded): Bounded | undefined {
  const min = compareLower(a.min, b.min) >= 0 ? a.min : b.min;
  const max = compareUpper(a.max, b.max) <= 0 ? a.max : b.max;
  const i: Interval = { min, max };
  return isEmpty(i) ? undefined : { min, max };
}

function push(out: Bounded[], i: Bounded): void {
  if (!isEmpty(i)) out.push(i);
}

/** Order of lower ends: [v before (v. */
function compareLower(a: Bound, b: Bound): number {
  return a.value !== b.value ? a.value - b.value : Number(!a.inclusive) - Number(!b.inclusive);
}

/** Order of upper ends: v) before v]. */
function compareUpper(a: Bound, b: Bound): number {
  return a.value !== b.value ? a.value - b.value : Number(a.inclusive) - Number(b.inclusive);
}
