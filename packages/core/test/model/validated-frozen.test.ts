/**
 * A validated edition is frozen, as the shipped ones are (dev13 finding 3): the engine compiles an edition once per
 * object, so a weight changed on the same object after scoring with it did not count — the region kept its first
 * index. Changing it now throws; a changed copy, validated again, scores with its own numbers.
 */
import { describe, expect, it } from "vitest";
import { validateEdition } from "../../src/editions/index.js";
import { parseRegionInput } from "../../src/input/parse.js";
import { scoreRegion } from "../../src/engine/region.js";
import exampleInput from "../../../../examples/kabupaten-contoh.region.json" with { type: "json" };

const model = { extends: "iid-2026", id: "prov-a-2026", name: { id: "Model Provinsi A", en: "Province A model" } };

describe("validateEdition's edition", () => {
  it("is frozen throughout: a change after scoring throws instead of being ignored", () => {
    const e = validateEdition(model).value!;
    const input = parseRegionInput(exampleInput).value!;
    const before = scoreRegion(input, e).verified.index;
    expect(Object.isFrozen(e)).toBe(true);
    expect(Object.isFrozen(e.indicators[0])).toBe(true);
    expect(() => {
      (e.formula.sidDivisorFloor as { value: number }).value = 150;
    }).toThrow(TypeError);
    expect(scoreRegion(input, e).verified.index).toBe(before);
  });

  it("a copy changed and validated again scores with the change", () => {
    const e = validateEdition(model).value!;
    const input = parseRegionInput(exampleInput).value!;
    const copy = structuredClone(e);
    (copy.formula.sidDivisorFloor as { value: number }).value = 150;
    const changed = validateEdition(copy).value!;
    expect(scoreRegion(input, changed).verified.index).not.toBe(scoreRegion(input, e).verified.index);
  });

  it("the caller's own data is not frozen", () => {
    const data = structuredClone(model);
    validateEdition(data);
    expect(Object.isFrozen(data)).toBe(false);
    expect(Object.isFrozen(data.name)).toBe(false);
  });
});
