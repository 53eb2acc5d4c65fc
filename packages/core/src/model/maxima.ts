import type { Edition, Indicator } from "./edition.js";

/** Highest tier an indicator's options and measures reach. */
export function highestTier(indicator: Indicator): number {
  let top = 0;
  for (const o of indicator.options) top = Math.max(top, o.tier);
  for (const m of indicator.measures) for (const t of m.tiers) top = Math.max(top, t.tier);
  return top;
}

/** weight × highest tier, or null when the weight is unknown. */
export function indicatorMax(indicator: Indicator): number | null {
  return indicator.weight === null ? null : indicator.weight * highestTier(indicator);
}

/** The maxima an edition implies; null where a number it needs is unknown. */
export interface EditionMaxima {
  /** Σ over the SID indicators of weight × highest tier: one innovation's maximum (111 in 2026). */
  sidPerInnovation: number | null;
  /** Σ over the SPD rows of weight × highest tier; null in `spdMode: "total"` (then see `formula.maxSpd`). */
  spdFromRows: number | null;
  /** perInnovation × countCap (76 in 2026). */
  jumlahInovasi: number | null;
  /** maxSpd + sidPerInnovation + jumlahInovasi: the maximum total the parts imply (250 in 2026). */
  total: number | null;
}

/** Compute the maxima the edition's rows and formula imply (rounded to 6 decimals against float noise). */
export function editionMaxima(edition: Edition): EditionMaxima {
  const sum = (aspect: Indicator["aspect"]) => {
    let total = 0;
    for (const ind of edition.indicators) {
      if (ind.aspect !== aspect) continue;
      const m = indicatorMax(ind);
      if (m === null) return null;
      total += m;
    }
    return round6(total);
  };
  const sidPerInnovation = sum("SID");
  const spdFromRows = edition.spdMode === "rows" ? sum("SPD") : null;
  const { perInnovation, countCap } = edition.formula.jumlahInovasi;
  const jumlahInovasi =
    perInnovation.value === null || countCap.value === null ? null : round6(perInnovation.value * countCap.value);
  const maxSpd = edition.formula.maxSpd.value;
  const total =
    maxSpd === null || sidPerInnovation === null || jumlahInovasi === null
      ? null
      : round6(maxSpd + sidPerInnovation + jumlahInovasi);
  return { sidPerInnovation, spdFromRows, jumlahInovasi, total };
}

function round6(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
