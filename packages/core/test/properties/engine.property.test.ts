import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { roundHalfUp } from "../../src/engine/_round.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { RegionProjection } from "../../src/engine/result.js";
import type { AnswerInput, EvidenceStatus, InnovationInput } from "../../src/input/schemas.js";
import { region } from "../engine/builders.js";
import { SID_WEIGHTS, SPD_WEIGHTS, YANDAS, edition2026 as e, editionWith } from "../engine/fixtures.js";

const tier = fc.integer({ min: 0, max: 3 });
const evidence = fc.constantFrom<EvidenceStatus>("accepted", "pending", "missing", "rejected");
const answers = (prefix: string, count: number) =>
  fc.array(fc.record({ tier, evidence }), { minLength: count, maxLength: count }).map((rows) => {
    const out: Record<string, AnswerInput> = {};
    rows.forEach((a, i) => (out[`${prefix}-${i + 1}`] = a));
    return out;
  });
const anInnovation: fc.Arbitrary<InnovationInput> = fc.record({
  name: fc.constant("Inovasi"),
  agency: fc.constant("Dinas"),
  stage: fc.constantFrom("inisiatif", "uji_coba", "penerapan"),
  urusan: fc.constantFrom(...YANDAS, "Pariwisata"),
  implementationDate: fc.constantFrom("2023-06-01", "2024-01-01", "2025-06-30"),
  designWords: fc.integer({ min: 0, max: 600 }),
  entries: fc.integer({ min: 1, max: 3 }),
  rejected: fc.boolean(),
  answers: answers("SID", SID_WEIGHTS.length),
});
const aRegion = (maxInnovations: number) =>
  fc.record({
    spdAnswers: answers("SPD", SPD_WEIGHTS.length),
    innovations: fc.array(anInnovation, { maxLength: maxInnovations, size: "max" }),
  });

const runs = { numRuns: 150 };

describe("engine properties", () => {
  it("keeps the index in [0, 100] in both projections", () => {
    fc.assert(
      fc.property(aRegion(30), (parts) => {
        const r = scoreRegion(region(parts), e);
        for (const p of [r.claimed, r.verified]) {
          expect(p.index).not.toBeNull();
          expect(p.index).toBeGreaterThanOrEqual(0);
          expect(p.index).toBeLessThanOrEqual(100);
        }
      }),
      runs,
    );
  });

  it("never lowers the index when one answer's tier goes up", () => {
    fc.assert(
      fc.property(
        aRegion(14).filter((p) => p.innovations.length > 0),
        fc.nat(),
        fc.integer({ min: 1, max: SID_WEIGHTS.length }),
        fc.integer({ min: 1, max: SPD_WEIGHTS.length }),
        fc.boolean(),
        (parts, pick, sidRow, spdRow, inSpd) => {
          const before = scoreRegion(region(parts), e);
          const raised = structuredClone(parts);
          const target = inSpd ? raised.spdAnswers : raised.innovations[pick % raised.innovations.length]!.answers!;
          const key = inSpd ? `SPD-${spdRow}` : `SID-${sidRow}`;
          const a = target[key]!;
          target[key] = { ...a, tier: Math.min(3, (a.tier ?? 0) + 1) };
          const after = scoreRegion(region(raised), e);
          expect(after.claimed.total!).toBeGreaterThanOrEqual(before.claimed.total! - 1e-9);
          expect(after.verified.total!).toBeGreaterThanOrEqual(before.verified.total! - 1e-9);
          expect(after.claimed.index!).toBeGreaterThanOrEqual(before.claimed.index!);
          expect(after.verified.index!).toBeGreaterThanOrEqual(before.verified.index!);
        },
      ),
      runs,
    );
  });

  it("never lowers the index when one indicator's weight goes up", () => {
    fc.assert(
      fc.property(aRegion(14), fc.nat(), fc.double({ min: 0, max: 2, noNaN: true }), (parts, pick, extra) => {
        const input = region(parts);
        const k = pick % e.indicators.length;
        const heavier = editionWith((x) => {
          const ind = x.indicators[k]!;
          ind.weight = (ind.weight ?? 0) + extra;
        });
        const before = scoreRegion(input, e);
        const after = scoreRegion(input, heavier);
        expect(after.claimed.total!).toBeGreaterThanOrEqual(before.claimed.total! - 1e-9);
        expect(after.verified.index!).toBeGreaterThanOrEqual(before.verified.index!);
      }),
      runs,
    );
  });

  it("never lowers SID when an innovation is added while n stays within the divisor floor (12)", () => {
    fc.assert(
      fc.property(aRegion(11), anInnovation, (parts, added) => {
        const before = scoreRegion(region(parts), e);
        const after = scoreRegion(region({ ...parts, innovations: [...parts.innovations, added] }), e);
        expect(after.claimed.sid.n).toBeLessThanOrEqual(12);
        expect(after.claimed.sid.score!).toBeGreaterThanOrEqual(before.claimed.sid.score! - 1e-9);
        expect(after.verified.sid.score!).toBeGreaterThanOrEqual(before.verified.sid.score! - 1e-9);
      }),
      runs,
    );
  });

  // SID as the spec writes it, summed here from each innovation's own result (its total and whether it counts) and the
  // region's yandas: Σ / MAX(floor, n) + perInnovation × MIN(count, cap), count the counted or n by the edition's
  // formula.jumlahInovasi.countOf, n every innovation when rejectedCountInDivisor (else the counted ones)
  const variants = [undefined, "counted", "n"].flatMap((countOf) =>
    [true, false].flatMap((inDivisor) =>
      [200, 4].map((cap) =>
        editionWith((x) => {
          x.formula.rejectedCountInDivisor.value = inDivisor;
          x.formula.jumlahInovasi.countCap.value = cap;
          x.formula.maxTotal.value = 63 + 111 + 0.38 * cap;
          if (countOf) x.formula.jumlahInovasi.countOf = countOf as "counted" | "n";
        }),
      ),
    ),
  );
  it("gives SID, the skor jumlah inovasi and the index the reference sums give, under either count (counted or n)", () => {
    fc.assert(
      fc.property(aRegion(14), fc.integer({ min: 0, max: variants.length - 1 }), (parts, v) => {
        const ed = variants[v]!;
        const f = ed.formula;
        const r = scoreRegion(region(parts), ed);
        for (const p of ["claimed", "verified"] as const) {
          const mine = r.innovations.filter((x) => x[p].counted);
          const counted = mine.length;
          const n = f.rejectedCountInDivisor.value ? r.innovations.length : counted;
          const count = f.jumlahInovasi.countOf === "n" ? n : counted;
          const sum = mine.reduce((a, x) => a + x[p].total!, 0);
          const met = r.yandas[p].met!;
          const jumlah = met ? 0.38 * Math.min(count, f.jumlahInovasi.countCap.value!) : 0;
          const sid = sum / Math.max(12, n) + jumlah;
          const got: RegionProjection["sid"] = r[p].sid;
          expect(got.jumlahInovasi.count).toBe(count);
          expect(got.jumlahInovasi.score!).toBeCloseTo(jumlah, 9);
          expect(got.score!).toBeCloseTo(sid, 9);
          expect(r[p].index).toBe(roundHalfUp(((r[p].spd.score! + sid) / f.maxTotal.value!) * 100, 2));
          // the yandas rule's cost is the count score the rule forfeits, of the same count
          if (met === false) expect(r.yandas[p].cost.points!).toBeCloseTo(0.38 * Math.min(count, f.jumlahInovasi.countCap.value!), 9);
        }
      }),
      { numRuns: 300 },
    );
  });
});
