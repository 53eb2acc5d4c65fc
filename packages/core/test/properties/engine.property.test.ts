import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scoreRegion } from "../../src/engine/region.js";
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
});
