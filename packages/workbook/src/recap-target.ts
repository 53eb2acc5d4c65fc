/**
 * The target a recap row is measured against — the one its plan aims at, so that "Kurang ke Target" and "Rencana:
 * Menuju" never name two targets side by side (a region 27 points below the top band beside a plan of one step to the
 * next predicate). With a target named (`rekap --target`) both are that one; without, the plan aims one predicate up,
 * and so does the shortfall.
 */
import { type PredicateResult, type RecapRow, roundHalfUp } from "@inovasi/core";

/** A row's target (a predicate, or an index when the plan aims at one), whether it is met, and the index still needed. */
export interface RecapRowTarget {
  predicate: PredicateResult | null;
  index: number;
  /** Null when the region's index is unknown (the edition cannot compute it): neither met nor below. */
  met: boolean | null;
  /** Index points still needed (at the row's edition's decimals), 0 when met, null when the index is unknown. */
  indexNeeded: number | null;
}

/** The target {@link RecapRowTarget} of one recap row: its plan's when it has one, else the recap's; null with none. */
export function recapRowTarget(r: RecapRow): RecapRowTarget | null {
  const aim = r.plan?.target;
  if (aim && r.target && r.target.met === false) {
    const v = r.verified.index;
    return { predicate: aim.predicate, index: aim.index, met: false, indexNeeded: v === null ? null : roundHalfUp(aim.index - v, r.edition.decimals) };
  }
  return r.target ? { predicate: r.target.band, index: r.target.index, met: r.target.met, indexNeeded: r.target.indexNeeded } : null;
}
