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

/**
 * Whether an indicator's answer is the region's record, which no plan raises (`Indicator.record`); unset, an SPD row
 * measured by a statistic (it has measures) is one and any other row is not.
 */
export function isRecord(ind: Indicator): boolean {
  return ind.record ?? (ind.aspect === "SPD" && ind.measures.length > 0);
}

const indicatorMaps = new WeakMap<Edition, Map<string, Indicator>>();
/** The edition's indicators by id (the last one, when two share an id). */
export function indicatorMap(edition: Edition): Map<string, Indicator> {
  let m = indicatorMaps.get(edition);
  if (!m) {
    m = new Map(edition.indicators.map((i) => [i.id, i]));
    indicatorMaps.set(edition, m);
  }
  return m;
}
