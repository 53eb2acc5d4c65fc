import type { Edition } from "../model/edition.js";
import type { InnovationResult, RowScore } from "./result.js";

/** One innovation's score indicator by indicator, in both projections (SID indicators in edition order). */
export interface InnovationExplanation {
  claimed: RowScore[];
  verified: RowScore[];
}

/**
 * The per-indicator rows behind one innovation's totals: answered tier, scoring tier, weight, score and status, in
 * the claimed and the verified projection. Ask for it when you show one innovation; `scoreRegion` keeps results
 * small and does not build these for every innovation.
 *
 * @example
 * const rows = explainInnovation(result.innovations[3], edition).verified;
 * rows.find((r) => r.indicatorId === "SID-20")?.status //=> "evidence_not_accepted"
 */
export function explainInnovation(innovation: InnovationResult, edition: Edition): InnovationExplanation {
  void edition;
  return { claimed: innovation.claimed.rows, verified: innovation.verified.rows };
}
