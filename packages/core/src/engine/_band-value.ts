import type { Edition } from "../model/edition.js";
import { atDecimals, roundHalfUp } from "./_round.js";

/**
 * The value a predicate band is looked up on, by the edition's `formula.predicateOn`: the index rounded half-up to the
 * edition's decimals (`rounded`, the default), or the exact index cut to those decimals (`unrounded`). Cutting is the
 * same as comparing the exact index with thresholds published at that many decimals ("≥ 65.01"): 65.005 stays below
 * 65.01, and the bands, encoded for 2-decimal values, then hold it exactly where the published table does.
 *
 * @example
 * bandValue(65.005, iid2026)                                    //=> 65.01 (Sangat Inovatif)
 * bandValue(65.005, { …iid2026, formula: { predicateOn: "unrounded" } }) //=> 65 (Inovatif)
 */
export function bandValue(index: number, edition: Edition): number {
  const decimals = edition.formula.rounding.decimals;
  if (edition.formula.predicateOn !== "unrounded") return roundHalfUp(index, decimals);
  return Number.isFinite(index) && Math.abs(index) < 1e15 ? atDecimals(index, decimals, Math.floor) : index;
}
