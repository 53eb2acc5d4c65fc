import type { Confidence } from "./common.js";
import type { Edition } from "./edition.js";
import { objectsIn } from "./checks/_issue.js";

/**
 * How many of the edition's sourced items (every `source` citation: indicators, measures, bands, formula, yandas and
 * eligibility numbers) are confirmed, taken from peer software, inferred, or unknown. The urusan catalogue is names, not
 * numbers, and is not counted.
 *
 * @example
 * confidenceCounts(getEdition("iid-2026")!) //=> { confirmed: 5, peer: 69, inferred: 0, unknown: 1, total: 75 }
 */
export function confidenceCounts(edition: Edition): Record<Confidence, number> & { total: number } {
  const out = { confirmed: 0, peer: 0, inferred: 0, unknown: 0, total: 0 };
  for (const [obj] of objectsIn({ ...edition, urusan: [] })) {
    if (typeof obj.ref === "string" && typeof obj.confidence === "string" && obj.confidence in out) {
      out[obj.confidence as Confidence]++;
      out.total++;
    }
  }
  return out;
}
