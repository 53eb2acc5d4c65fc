/**
 * The target a recap row is measured against — the one its plan aims at, so that "Kurang ke Target" and "Rencana:
 * Menuju" never name two targets side by side. With a target named (`rekap --target`) both are that one; without, the
 * next predicate up. Core's recap measures the same (`--json` gives the same shortfall as the sheet).
 */
import { type PredicateResult, type RecapRow, roundHalfUp } from "@inovasi/core";

/** A row's target (a predicate, or an index when the plan aims at one), whether it is met, and the index still needed. */
export interface RecapRowTarget {
  predicate: PredicateResult | null;
  index: number;
  /** Null when the region's index is unknown (the edition cannot compute it): neither met nor below. */
  met: boolean | null;
  /**
   * Index points still needed (at the row's edition's decimals), 0 when met, null when the index is unknown or the
   * region did not report.
   */
  indexNeeded: number | null;
}

/**
 * The target {@link RecapRowTarget} of one recap row (core's `RecapRow.target`, which is its plan's too: the one named,
 * else the next predicate up); null with none.
 */
export function recapRowTarget(r: RecapRow): RecapRowTarget | null {
  return r.target ? { predicate: r.target.band, index: r.target.index, met: r.target.met, indexNeeded: r.target.indexNeeded } : null;
}
