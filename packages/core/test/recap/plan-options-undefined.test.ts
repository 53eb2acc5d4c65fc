/**
 * A recap's plans take up to RECAP_MAX_ACTIONS steps (not planRegion's 100) unless the entry's `planOptions.maxActions`
 * says otherwise; a `maxActions` given as undefined (as a strict TypeScript caller may pass an option on) is no limit of
 * its own: the recap's stays.
 */
import { describe, expect, it } from "vitest";
import { generateRegions } from "../../../../bench/lib/generate.mjs";
import { getEdition } from "../../src/editions/index.js";
import { parseRegionInput } from "../../src/input/parse.js";
import { scoreRegion } from "../../src/engine/region.js";
import { RECAP_MAX_ACTIONS, recapRegions } from "../../src/recap/recap.js";

describe("recap plan limit", () => {
  it("planOptions.maxActions given as undefined keeps the recap's limit", () => {
    const edition = getEdition("iid-2026");
    // a large region whose evidence is all still pending: reaching the top band takes well over 100 steps
    const data = generateRegions(edition, { regions: 1, innovations: 200, seed: 9 })[0] as { innovations: { answers: Record<string, object> }[] };
    const pending = { ...data, innovations: data.innovations.map((i) => ({ ...i, answers: Object.fromEntries(Object.entries(i.answers).map(([k, a]) => [k, { ...a, evidence: "pending" }])) })) };
    const input = parseRegionInput(pending).value!;
    const result = scoreRegion(input, edition);
    const steps = (planOptions?: { maxActions?: number | undefined }) =>
      recapRegions([{ id: "kab", result, edition, input, ...(planOptions ? { planOptions } : {}) }], { target: "sangat-inovatif" }).regions[0]!.plan!.steps;
    const limitless = steps();
    expect(limitless).toBeGreaterThan(100);
    expect(limitless).toBeLessThanOrEqual(RECAP_MAX_ACTIONS);
    expect(steps({ maxActions: undefined })).toBe(limitless);
    expect(steps({ maxActions: 100 })).toBe(100);
  });
});
