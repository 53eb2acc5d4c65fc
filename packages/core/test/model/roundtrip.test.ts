import { describe, expect, it } from "vitest";
import { editions, validateEdition } from "../../src/editions/index.js";

describe("an edition round-trips through JSON", () => {
  it.each(Object.keys(editions))("%s: stringify → parse → validateEdition → deep-equal", (id) => {
    const edition = editions[id]!;
    const r = validateEdition(JSON.parse(JSON.stringify(edition)));
    expect(r.ok).toBe(true);
    expect(r.value).toEqual(edition);
    // and once more: the validated value is a fixed point
    expect(validateEdition(JSON.parse(JSON.stringify(r.value))).value).toEqual(edition);
  });
});
