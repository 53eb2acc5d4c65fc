import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../../src/engine/_round.js";

describe("roundHalfUp", () => {
  it.each([
    [37.749333, 2, 37.75],
    [48.224, 2, 48.22],
    [48.225, 2, 48.23],
    [0.005, 2, 0.01],
    [0.0049999, 2, 0],
    [40.004999, 2, 40],
    [65.005, 2, 65.01],
    [100, 2, 100],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-0.004, 2, 0],
  ])("rounds %d to %d decimals as %d", (x, d, want) => {
    expect(roundHalfUp(x, d)).toBe(want);
  });

  it.each([
    // stored just below the half: 1.00499999999999989…, 2.67499999999999982…, 1.0049999999999999 × 100 …
    [1.005, 2, 1.01],
    [2.675, 2, 2.68],
    [1.255, 2, 1.26],
    [(0.1 + 0.2) * 100, 2, 30],
    [(94.37333333333333 / 250) * 100, 2, 37.75],
    [(0.1 * 3 + 40.005 - 0.3), 2, 40.01],
  ])("removes binary noise before rounding: %d → %d decimals = %d", (x, d, want) => {
    expect(roundHalfUp(x, d)).toBe(want);
  });

  it("leaves non-finite values alone and rejects bad decimals as misuse", () => {
    expect(roundHalfUp(Number.NaN, 2)).toBeNaN();
    expect(roundHalfUp(Infinity, 2)).toBe(Infinity);
    expect(() => roundHalfUp(1, -1)).toThrow(RangeError);
    expect(() => roundHalfUp(1, 1.5)).toThrow(RangeError);
  });
});

describe("roundHalfUp's quick way", () => {
  /** The rounding as specified: normalise to 10 decimals, shift by the decimal string, round, shift back. */
  function byString(x: number, decimals: number): number {
    if (!Number.isFinite(x) || Math.abs(x) >= 1e15) return x;
    const shifted = Math.round(Number(`${Math.abs(x).toFixed(10)}e${decimals}`));
    const rounded = Number(`${shifted}e-${decimals}`);
    return x < 0 && rounded !== 0 ? -rounded : rounded;
  }

  it("gives the same double as the string way, near halves and far from them", () => {
    const decimals = fc.integer({ min: 0, max: 10 });
    const anyDouble = fc.double({ min: -1e7, max: 1e7, noNaN: true });
    // k / 2000 and its neighbours: exact halves at 0–3 decimals, one ulp off, binary noise like 1.005
    const nearHalf = fc.tuple(fc.integer({ min: -20_000_000, max: 20_000_000 }), fc.constantFrom(-2, -1, 0, 1, 2)).map(([k, ulps]) => {
      let v = k / 2000;
      for (let i = 0; i < Math.abs(ulps); i++) v = ulps > 0 ? nextUp(v) : -nextUp(-v);
      return v;
    });
    const sums = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 5 }).map((xs) => (xs.reduce((a, b) => a + b, 0) / 3) * 100);
    fc.assert(
      fc.property(fc.oneof(anyDouble, nearHalf, sums), decimals, (x, d) => {
        expect(Object.is(roundHalfUp(x, d), byString(x, d))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });
});

/** The next double above v. */
function nextUp(v: number): number {
  if (v === 0) return Number.MIN_VALUE;
  const b = new Float64Array([v]);
  const i = new BigInt64Array(b.buffer);
  i[0]! += v > 0 ? 1n : -1n;
  return b[0]!;
}
