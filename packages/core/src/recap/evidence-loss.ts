import type { RegionResult } from "../engine/result.js";

/** Points of the region's total lost to evidence not (yet) accepted, and how many answers that is. */
export interface EvidenceLoss {
  /**
   * SPD rows and innovation answers that score when claimed but not verified because of their evidence — on
   * innovations counted in the verified projection only, as `points` (an answer on an innovation that does not count
   * adds nothing when accepted); the answers the plan's evidence groups count.
   */
  count: number;
  /**
   * Points of the total (out of the edition's maximum) the region would gain if that evidence were accepted, other
   * things equal: SPD rows at their claimed score, plus Σ the innovations' evidence-gap points / the verified SID
   * divisor (innovations counted in the verified projection only). Unrounded; null when a weight or divisor is unknown.
   */
  points: number | null;
}

/** The evidence loss of a scored region (see {@link EvidenceLoss}). */
export function evidenceLoss(result: RegionResult): EvidenceLoss {
  let count = 0;
  let points: number | null = 0;
  const add = (p: number | null) => { points = points === null || p === null ? null : points + p; };

  const claimedSpd = new Map(result.claimed.spd.rows.map((r) => [r.indicatorId, r]));
  for (const row of result.verified.spd.rows) {
    if (row.status !== "evidence_not_accepted") continue;
    count++;
    add(claimedSpd.get(row.indicatorId)?.score ?? null);
  }

  const divisor = result.verified.sid.divisor;
  let sid: number | null = 0;
  for (const inv of result.innovations) {
    if (!inv.verified.counted) continue;
    const gaps = inv.evidenceGaps;
    count += gaps.length;
    for (const g of gaps) sid = sid === null || g.points === null ? null : sid + g.points;
  }
  add(sid === null || divisor === null || divisor === 0 ? (sid === 0 ? 0 : null) : sid / divisor);
  return { count, points };
}
