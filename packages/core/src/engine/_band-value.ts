import type { Edition } from "../model/edition.js";
import { roundHalfUp } from "./_round.js";

/** Digits kept when binary noise is removed (as in `roundHalfUp`): 65.01 computed as 65.00999999999… stays 65.01. */
const NOISE_DIGITS = 10;

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
  return edition.formula.predicateOn === "unrounded" ? truncate(index, decimals) : roundHalfUp(index, decimals);
}

function truncate(x: number, decimals: number): number {
  if (!Number.isFinite(x) || Math.abs(x) >= 1e15) return x;
  const normalised = Math.abs(x).toFixed(NOISE_DIGITS);
  const cut = Number(`${Math.floor(Number(`${normalised}e${decimals}`))}e-${decimals}`);
  return x < 0 && cut !== 0 ? -cut : cut;
}
