/** Plain region inputs (before parsing), generated deterministically from an edition's data. */
export function generateRegions(
  edition: { year: number; spdMode: string; indicators: readonly unknown[]; yandas: { urusan: readonly string[] }; formula: { maxSpd: { value: number | null } } },
  opts: { regions: number; innovations: number; seed: number | string },
): unknown[];
