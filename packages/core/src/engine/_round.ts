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
    throw new RangeError(`decimals must be an integer in [0, ${NOISE_DIGITS}], got ${decimals}`);
  }
  const abs = Math.abs(x);
  if (abs >= 1e15) return x;
  // toFixed never uses exponent notation below 1e21, so the shifted string stays a plain decimal.
  const normalised = abs.toFixed(NOISE_DIGITS);
  const shifted = Math.round(Number(`${normalised}e${decimals}`));
  const rounded = Number(`${shifted}e-${decimals}`);
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}
