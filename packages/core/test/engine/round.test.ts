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
