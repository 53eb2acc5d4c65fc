import type { Measure } from "../model/edition.js";
import { contains } from "../model/interval.js";

/** Tier a measured value reaches on `measure`; 0 when it falls in no tier. */
export function tierOfValue(measure: Measure, value: number): number {
  for (const t of measure.tiers) if (contains(t, value)) return t.tier;
  return 0;
}
