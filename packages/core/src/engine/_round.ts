/** Digits kept when binary noise is removed before rounding (e.g. 1.005 stored as 1.00499999999999989…). */
const NOISE_DIGITS = 10;

/**
 * Round half-up (half away from zero, like Excel's ROUND) to `decimals` places.
 *
 * The value is first normalised to 10 decimals, which removes binary floating-point noise
 * (`1.005` is stored as `1.00499999999999989…` and would otherwise round down), then rounded once.
 * Call it once, at the end: intermediates stay unrounded.
 *
 * @example
 * roundHalfUp(37.749333, 2) //=> 37.75
 * roundHalfUp(1.005, 2)     //=> 1.01
 * roundHalfUp(-2.5, 0)      //=> -3
 */
export function roundHalfUp(x: number, decimals: number): number {
  if (!Number.isFinite(x)) return x;
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > NOISE_DIGITS) {
    throw new RangeError(`decimals: an integer in [0, ${NOISE_DIGITS}], got ${decimals}`);
  }
  const abs = Math.abs(x);
  if (abs >= 1e15) return x;
  const scale = 10 ** decimals;
  const y = abs * scale;
  if (decimals <= 4 && y < 2 ** 26 && Math.abs(y - Math.floor(y) - 0.5) > 1e-6) {
    // Away from a half the quick way gives the same double: normalising moves y by at most 5e-11 × 10^decimals plus a
    // rounding step (< 6e-7 here), so Math.round takes the same integer, and an integer divided by a power of ten is the
    // double the decimal string `${shifted}e-${decimals}` parses to (both are correctly rounded). A property test holds
    // it to the string way below.
    const rounded = Math.round(y) / scale;
    return x < 0 && rounded !== 0 ? -rounded : rounded;
  }
  // toFixed never uses exponent notation below 1e21, so the shifted string stays a plain decimal.
  return atDecimals(x, decimals, Math.round);
}

/**
 * `x` at `decimals` places by `how` on its absolute value, the sign kept (`Math.round`: half-up; `Math.floor`: cut
 * toward zero), after normalising to 10 decimals to remove binary noise (65.01 computed as 65.00999999999… stays
 * 65.01). For a finite `x` below 1e15 in absolute value and `decimals` 0–10, as `roundHalfUp` checks.
 */
export function atDecimals(x: number, decimals: number, how: (y: number) => number): number {
  const shifted = how(Number(`${Math.abs(x).toFixed(NOISE_DIGITS)}e${decimals}`));
  const rounded = Number(`${shifted}e-${decimals}`);
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}
