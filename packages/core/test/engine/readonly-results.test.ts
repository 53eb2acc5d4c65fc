/**
 * What a result shares between innovations is frozen at runtime and read-only in its type (dev13 F10): the issue list
 * of an innovation without issues (one empty list for all) and the projections (one object per total). TypeScript
 * accepted `r.innovations[0].issues.push(…)`, which threw at runtime (or did nothing in sloppy-mode CommonJS).
 * The `@ts-expect-error` lines are checked by `npm run typecheck`: each fails the typecheck once the type lets it by.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getEdition, parseRegionInput, scoreRegion, type InnovationResult } from "../../src/index.js";

const json = JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8"));
const input = parseRegionInput(json);
if (!input.ok) throw new Error("the example parses");
const result = scoreRegion(input.value, getEdition("iid-2026"));

/** Never called: the edits a type must refuse (the typecheck reads them). */
export function refusedByTheType(i: InnovationResult): void {
  // @ts-expect-error issues is read-only: shared and frozen when empty
  i.issues.push(i.issues[0]!);
  // @ts-expect-error ineligible is read-only: shared and frozen when empty
  i.ineligible.length = 0;
  // @ts-expect-error a projection is read-only: shared by every innovation with the same total
  i.verified.total = 0;
  // @ts-expect-error the same for the claimed projection
  i.claimed.counted = false;
}

describe("shared parts of a result", () => {
  it("are frozen, so an edit throws in strict mode instead of changing other innovations", () => {
    const empty = result.innovations.filter((i) => i.issues.length === 0);
    expect(empty.length).toBeGreaterThan(1);
    expect(empty[0]!.issues).toBe(empty[1]!.issues); // one list
    expect(Object.isFrozen(empty[0]!.issues)).toBe(true);
    expect(Object.isFrozen(result.innovations[0]!.verified)).toBe(true);
    expect(() => (empty[0]!.issues as unknown as unknown[]).push(1)).toThrow(TypeError);
  });
});
