import type { Edition } from "../model/edition.js";
import { compileEdition } from "./_compiled.js";
import type { InnovationResult, ProjectionName, RowScore } from "./result.js";
import { rowScore } from "./rows.js";
import { resolvedAnswers } from "./_resolved.js";
import { checkEdition } from "./_caller.js";
import { checkInnovationResult } from "./_caller-parts.js";

/** One innovation's score indicator by indicator, in both projections (SID indicators in edition order). */
export interface InnovationExplanation {
  claimed: RowScore[];
  verified: RowScore[];
}

/**
 * The per-indicator rows behind one innovation's totals: answered tier, scoring tier, weight, score and status, in
 * the claimed and the verified projection. Ask for it when you show one innovation; `scoreRegion` keeps results
 * small and does not build these for every innovation. Pass the edition the innovation was scored with; anything but
 * one innovation's result and an edition (the region result, an edition's id) is refused saying what to pass.
 *
 * @example
 * // the example kabupaten's second innovation: counted, SID-20 answered with its evidence pending
 * const rows = explainInnovation(result.innovations[1], edition).verified;
 * rows.find((r) => r.indicatorId === "SID-20")?.status //=> "evidence_not_accepted"
 */
export function explainInnovation(innovation: InnovationResult, edition: Edition): InnovationExplanation {
  checkInnovationResult(innovation, "explainInnovation");
  checkEdition(edition, "explainInnovation");
  const c = compileEdition(edition);
  const { tiers, evidence, invalid } = resolvedAnswers(innovation);
  if (tiers.length !== c.sid.length) {
    throw new RangeError(`explainInnovation: the innovation has ${tiers.length} SID answers, edition ${edition.id} has ${c.sid.length} SID indicators: pass the edition it was scored with`);
  }
  // an edition with as many SID indicators but other weights or tiers: rows that do not add up to the totals scored
  const claimed = c.sid.reduce<number | null>((n, { indicator }, k) => (n === null || indicator.weight === null ? null : n + indicator.weight * tiers[k]!), 0);
  const total = innovation.claimed.total;
  // the message names the figure that differs: the highest score, else the answers' sum against the claimed total
  const why =
    innovation.maxScore !== c.sidMax
      ? `its highest score is ${innovation.maxScore ?? "?"}, the edition's ${c.sidMax}`
      : innovation.claimed.counted && claimed !== null && total !== null && Math.abs(claimed - total) > 1e-9 * Math.max(1, Math.abs(total))
        ? `its answers there add up to ${claimed}, it scored ${total}`
        : null;
  if (why) throw new RangeError(`explainInnovation: the innovation was not scored with edition ${edition.id} (${why}): pass the edition it was scored with (the region result's edition.id)`);
  const bad = new Set(invalid);
  const rows = (projection: ProjectionName): RowScore[] =>
    c.sid.map(({ indicator, max }, k) => {
      const tier = tiers[k]!;
      const status = bad.has(k) ? "invalid_answer" : tier > 0 ? "scored" : "not_answered";
      return rowScore(indicator, tier, status, evidence[k]!, projection, innovation[projection].counted, max);
    });
  return { claimed: rows("claimed"), verified: rows("verified") };
}
