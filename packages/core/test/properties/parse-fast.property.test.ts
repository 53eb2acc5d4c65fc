/**
 * parseRegionInput's hand-written fast path must agree with the zod schema: whenever it answers, the schema accepts
 * the same input and gives an equal value (it declines everything else, and the schema reports). Inputs: regions from
 * the benchmark's generator, then mutated at random places (wrong types, out-of-range numbers, bad dates, missing
 * and unknown keys, arrays for objects, `__proto__` keys).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateRegions } from "../../../../bench/lib/generate.mjs";
import { editions } from "../../src/editions/index.js";
import { fastParse } from "../../src/input/_fast.js";
import { parseRegionInput } from "../../src/input/parse.js";
import { RegionInput } from "../../src/input/schemas.js";

const base = Object.values(editions).flatMap((e) => generateRegions(e, { regions: 2, innovations: 6, seed: 11 }));
const clone = <T>(x: T): T => structuredClone(x);

const odd = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, "", " ", "x", 0, -1, 1.5, 2 ** 60, NaN, Infinity, true, [], {}, [1], "2024-02-30", "2024-02-29", "2023-02-29", "2025-13-01", "penerapan", "opd", "accepted", "kabupaten"),
  fc.string({ maxLength: 5 }),
  fc.integer({ min: -3, max: 3000 }),
  fc.double({ noNaN: false }),
);

/** Every path to a value inside `x` (objects and arrays), the root included. */
function paths(x: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(x)) x.forEach((v, i) => paths(v, [...at, i], out));
  else if (x && typeof x === "object") for (const [k, v] of Object.entries(x)) paths(v, [...at, k], out);
  return out;
}

// "proto" adds an own data property named __proto__ (as JSON.parse makes one); writable, so a later "set" on that
// path changes it like any other field instead of throwing in the test's own mutator
type Mutation = { kind: "set" | "delete" | "extra" | "proto"; pick: number; value: unknown };
function mutate(x: unknown, m: Mutation): unknown {
  const all = paths(x).filter((p) => p.length > 0);
  const path = all[m.pick % all.length]!;
  const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], x);
  const key = path[path.length - 1]!;
  if (m.kind === "set") parent[key] = m.value;
  else if (m.kind === "delete") delete parent[key];
  else if (m.kind === "extra" && parent && typeof parent === "object" && !Array.isArray(parent)) parent.extraField = m.value;
  else if (m.kind === "proto" && parent && typeof parent === "object" && !Object.hasOwn(parent, "__proto__")) Object.defineProperty(parent, "__proto__", { value: { tier: 1 }, enumerable: true, configurable: true, writable: true });
  return x;
}
const mutation = fc.record({ kind: fc.constantFrom<Mutation["kind"]>("set", "set", "delete", "extra", "proto"), pick: fc.nat(), value: odd });

describe("parseRegionInput fast path agrees with the schema", () => {
  it("takes the fast path for every generated region, with the schema's value", () => {
    for (const region of base) {
      const fast = fastParse(region);
      expect(fast).toBeDefined();
      expect(fast).toEqual(RegionInput.parse(region));
    }
  });

  it("answers only where the schema accepts, with an equal value; parseRegionInput gives the schema's outcome", () => {
    fc.assert(
      fc.property(fc.nat({ max: base.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), (k, ms) => {
        const input = ms.reduce((x, m) => mutate(x, m), clone(base[k]) as unknown);
        const fast = fastParse(input);
        const schema = RegionInput.safeParse(input);
        if (fast !== undefined) {
          expect(schema.success).toBe(true);
          expect(fast).toEqual(schema.data);
        }
        const parsed = parseRegionInput(input);
        if (schema.success) expect(parsed).toEqual({ ok: true, value: schema.data, issues: [] });
        else expect(parsed.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 800 },
    );
  });
});
