import type { Measure } from "./edition.js";
import { contains } from "./interval.js";

/**
 * Tier a measured value reaches on `measure`, 0 when it falls in no tier (e.g. no persons served).
 *
 * @example
 * // 2026 Kemanfaatan, persons served: [1, 200] → 1, (200, 500] → 2, (500, ∞) → 3
 * tierForValue(personsServed, 350) //=> 2
 * tierForValue(personsServed, 0) //=> 0
 */
export function tierForValue(measure: Measure, value: number): number {
  if (!Number.isFinite(value)) return 0;
  for (const t of measure.tiers) if (contains(t, value)) return t.tier;
  return 0;
}
