import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultEdition, matchUrusan } from "../../src/index.js";
import { similarity } from "../../src/engine/urusan.js";

/** The textbook Levenshtein distance, the whole table: what `similarity` cuts short. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
function full(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 0 : 1 - distance(a, b) / n;
}

const key = fc.string({ unit: fc.constantFrom(..."aeiknprstu0"), maxLength: 24 });

describe("urusan similarity, cut short below what a suggestion needs", () => {
  it("is the full edit-distance similarity wherever that reaches the minimum, and below the minimum elsewhere", () => {
    fc.assert(
      fc.property(key, key, fc.constantFrom(0.7, 0.85, 0.5, 1), (a, b, min) => {
        const want = full(a, b);
        const got = similarity(a, b, min);
        if (want >= min) expect(got).toBe(want);
        else expect(got).toBeLessThan(min);
      }),
      { numRuns: 20_000 },
    );
  });

  it("near misses of the catalogue's own names (one or two edits) keep their exact score", () => {
    const forms = defaultEdition.urusan.flatMap((u) => [u.name.id, u.name.en, u.id]).map((f) => f.toLowerCase().replace(/[^a-z0-9]/g, ""));
    for (const f of forms) {
      for (const g of [f.slice(1), f.slice(0, -1) + "x", f + "a", f.slice(0, 3) + f.slice(5)]) {
        expect(similarity(f, g, 0.7)).toBe(full(f, g) >= 0.7 ? full(f, g) : 0);
      }
    }
    expect(matchUrusan("Kesehatn", defaultEdition).suggestions.map((u) => u.id)).toEqual(["kesehatan"]);
  });
});
