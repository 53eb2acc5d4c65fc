import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultEdition, matchUrusan } from "../../src/index.js";
import { similarity } from "../../src/engine/urusan.js";

/**
 * The textbook optimal string alignment distance (Levenshtein with a swap of two neighbouring letters as one edit), the
 * whole table: what `similarity` cuts short.
 */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
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

  it("two neighbouring letters swapped are one edit, as an analyst's slip of the fingers is one mistake", () => {
    expect(distance("pupr", "purp")).toBe(1);
    expect(similarity("pupr", "purp", 0.7)).toBe(0.75); // two edits would be 0.5: no suggestion for a four-letter urusan
    expect(similarity("kesehtaan", "kesehatan", 0.7)).toBe(1 - 1 / 9);
    expect(similarity("ab", "ba", 0)).toBe(0.5);
    expect(similarity("abc", "ca", 0)).toBe(1 - 3 / 3); // a swap is of neighbours that stay: "abc" → "ca" is three edits
    expect(matchUrusan("PURP", defaultEdition).suggestions.map((u) => u.id)).toContain("pupr");
  });
});
