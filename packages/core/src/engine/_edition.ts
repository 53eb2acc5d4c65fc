import type { Edition, Indicator } from "../model/edition.js";

/** Highest tier an indicator can reach, from its options and its measures' tiers. */
export function maxTier(indicator: Indicator): number {
  let top = 0;
  for (const o of indicator.options) top = Math.max(top, o.tier);
  for (const m of indicator.measures) for (const t of m.tiers) top = Math.max(top, t.tier);
  return top;
}

/** weight × highest tier; null when the weight is unknown. */
export function maxRowScore(indicator: Indicator): number | null {
  return indicator.weight === null ? null : indicator.weight * maxTier(indicator);
}

export function indicatorsOf(edition: Edition, aspect: Indicator["aspect"]): Indicator[] {
  return edition.indicators.filter((i) => i.aspect === aspect);
}

/** Σ of nullable numbers: null as soon as one is null (null propagates). */
export function sumOrNull(values: Iterable<number | null>): number | null {
  let total = 0;
  for (const v of values) {
    if (v === null) return null;
    total += v;
  }
  return total;
}
