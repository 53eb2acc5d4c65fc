import type { Edition, Indicator } from "../model/edition.js";

const tiersCache = new WeakMap<Indicator, number[]>();

/** Tiers an answer can reach (ascending), from the indicator's options and its measures' tiers. */
export function tiersOf(indicator: Indicator): number[] {
  let tiers = tiersCache.get(indicator);
  if (!tiers) {
    const set = new Set<number>(indicator.options.map((o) => o.tier));
    for (const m of indicator.measures) for (const t of m.tiers) set.add(t.tier);
    tiers = [...set].sort((a, b) => a - b);
    tiersCache.set(indicator, tiers);
  }
  return tiers;
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
