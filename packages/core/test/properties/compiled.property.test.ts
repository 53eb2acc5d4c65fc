/**
 * The compiled edition's quick path (a valid tier or an exact option label, no issue possible) must agree with
 * `resolveAnswer` wherever it answers, and step aside (-1) wherever `resolveAnswer` would report anything.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileEdition, quickTier } from "../../src/engine/_compiled.js";
import { resolveAnswer } from "../../src/engine/answer.js";
import { editions } from "../../src/editions/index.js";
import type { Answer, EvidenceStatus } from "../../src/input/schemas.js";

const noisy = (label: string) =>
  fc.constantFrom(label, label.toUpperCase(), `  ${label} `, label.replace(/ /g, "   "), label.toLowerCase(), label.normalize("NFD"), `${label}x`);

describe.each(Object.keys(editions))("quickTier agrees with resolveAnswer (%s)", (id) => {
  const edition = editions[id]!;
  const c = compileEdition(edition);
  const labels = edition.indicators.flatMap((i) => i.options.flatMap((o) => [o.label.id, o.label.en]));
  const answer: fc.Arbitrary<Answer> = fc.record(
    {
      tier: fc.integer({ min: -1, max: 6 }),
      option: fc.oneof(fc.constantFrom(...labels).chain(noisy), fc.string({ maxLength: 6 }), fc.constantFrom("", "   ")),
      measure: fc.string({ maxLength: 4 }),
      value: fc.double({ min: 0, max: 1e4, noNaN: true }),
      evidence: fc.constantFrom<EvidenceStatus>("accepted", "pending", "missing", "rejected"),
    },
    { requiredKeys: ["evidence"] },
  );

  it("returns the tier resolveAnswer gives, with no issue, or -1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: c.sid.length - 1 }), answer, (k, a) => {
        const ci = c.sid[k]!;
        const quick = quickTier(ci, a);
        const slow = resolveAnswer(ci.indicator, a, []);
        if (quick >= 0) {
          expect(slow.issues).toEqual([]);
          expect(quick).toBe(slow.tier);
        } else {
          expect(a.value !== undefined || slow.issues.length > 0).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("takes the quick path for every shipped label and every valid tier", () => {
    for (const ci of c.sid) {
      for (const o of ci.indicator.options) {
        expect(quickTier(ci, { option: o.label.id, evidence: "accepted" })).toBe(resolveAnswer(ci.indicator, { option: o.label.id, evidence: "accepted" }).tier);
        expect(quickTier(ci, { tier: o.tier, evidence: "pending" })).toBe(o.tier);
      }
    }
  });
});
