/**
 * Spec §7: the 2026 edition (floor 12, yandas satisfied, bands 40.01 / 65.01), every SPD row and every SID
 * indicator of every innovation at tier 2, all evidence accepted.
 */
import { describe, expect, it } from "vitest";
import { predicateFor } from "../../src/engine/predicate.js";
import { scoreRegion } from "../../src/engine/region.js";
import { allAt, innovations, region } from "./builders.js";
import { edition2023, edition2026 } from "./fixtures.js";

const e = edition2026;
const regionWith = (n: number) => region({ spdAnswers: allAt(e, "SPD", 2), innovations: innovations(e, n, 2) });

describe("spec §7 worked example (2026)", () => {
  it("scores eight innovations at tier 2 as 37.75, Kurang Inovatif", () => {
    const r = scoreRegion(regionWith(8), e);
    for (const p of [r.claimed, r.verified]) {
      expect(p.spd.score).toBe(42); // 21 × 2
      expect(p.sid.innovationSum).toBe(8 * 74); // 37 × 2 each
      expect(p.sid.divisor).toBe(12); // MAX(12, 8)
      expect(p.sid.fromIndicators).toBeCloseTo(49.3333333, 6);
      expect(p.sid.jumlahInovasi.score).toBeCloseTo(3.04, 10); // 0.38 × 8
      expect(p.sid.score).toBeCloseTo(52.3733333, 6);
      expect(p.total).toBeCloseTo(94.3733333, 6);
      expect(p.index).toBe(37.75);
      expect(p.predicate?.label.id).toBe("Kurang Inovatif");
    }
    expect(r.yandas.verified.met).toBe(true);
  });

  it("would be Inovatif under the 2023 bands", () => {
    expect(predicateFor(37.75, edition2023)?.label.id).toBe("Inovatif");
  });

  it("scores twelve such innovations as 48.22, Inovatif", () => {
    const r = scoreRegion(regionWith(12), e);
    expect(r.verified.sid.score).toBeCloseTo(78.56, 10); // 12 × 74 / 12 + 0.38 × 12
    expect(r.verified.total).toBeCloseTo(120.56, 10);
    expect(r.verified.index).toBe(48.22);
    expect(r.verified.predicate?.label.id).toBe("Inovatif");
    expect(r.claimed.index).toBe(48.22);
  });

  it("tells how far the next band is", () => {
    const r = scoreRegion(regionWith(12), e);
    // Sangat Inovatif starts at 65.01: 65.01 − 48.22 = 16.79 index points; 65.01 × 2.5 − 120.56 = 41.965 → 41.97
    expect(r.verified.nextBand).toEqual({
      band: { id: "sangat-inovatif", label: expect.objectContaining({ id: "Sangat Inovatif" }) },
      indexNeeded: 16.79,
      pointsNeeded: 41.97,
    });
  });
});
