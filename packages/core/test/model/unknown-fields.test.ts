/**
 * A key the edition schema does not know is dropped by it; validateEdition says so (`unknown_field`, a warning at the
 * file's own path, with the key most likely meant), so a misspelt `"weigth": 6` in a province's model file no longer
 * leaves the inherited weight in place without a word.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { editionIds, getEdition, validateEdition } from "../../src/editions/index.js";
import type { Issue } from "../../src/issues.js";
import { formatIssue } from "../../src/messages/format.js";

const example = () => JSON.parse(readFileSync(fileURLToPath(new URL("../../../../examples/model-provinsi-contoh.json", import.meta.url)), "utf8"));
const unknown = (issues: Issue[]) => issues.filter((i) => i.code === "unknown_field");

describe("unknown fields in a model file", () => {
  it("a misspelt key in a patched indicator, its source, and at the root: warned at the file's path, the file still loads", () => {
    const file = example();
    file.indicators[0] = { ...file.indicators[0], weigth: 7, source: { ...file.indicators[0].source, confidance: "confirmed" } };
    file.bandz = [];
    const r = validateEdition(file, { locale: "en" });
    expect(r.ok).toBe(true);
    expect(r.value?.indicators.find((i) => i.id === "SID-20")?.weight).toBe(6); // the file's own weight; "weigth" is dropped
    expect(unknown(r.issues).map((i) => [i.path.join("."), i.severity, i.params.near])).toEqual([
      ["indicators.0.source.confidance", "warning", "confidence"],
      ["indicators.0.weigth", "warning", "weight"],
      ["bandz", "warning", "bands"],
    ]);
    const weigth = unknown(r.issues)[1]!;
    expect(formatIssue(weigth, "en")).toMatch(/^indicators\[0\]\.weigth: field "weigth" is unknown and ignored; did you mean "weight"\? Fields known here: "id", "number", /);
    expect(formatIssue(weigth, "id")).toMatch(/^indicators\[0\]\.weigth: isian "weigth" tidak dikenal dan diabaikan; mungkin maksudnya "weight"\? Isian yang dikenal di sini: "id", /);
  });

  it("a key nothing is close to gets no guess; a whole edition (no extends) is checked the same way", () => {
    const whole = JSON.parse(JSON.stringify(getEdition("iid-2026")));
    whole.id = "prov-utuh-2026";
    whole.formula.catatan = "x";
    whole.bands[1].min.incluisve = true;
    const r = validateEdition(whole);
    expect(unknown(r.issues).map((i) => [i.path.join("."), i.params.near ?? null])).toEqual([
      ["formula.catatan", null],
      ["bands.1.min.incluisve", "inclusive"],
    ]);
  });

  it("what a file may hold besides the schema's keys is not reported: extends, $schema, $remove", () => {
    const file = example(); // has $schema, extends and a { id, $remove } entry
    expect(JSON.stringify(file)).toMatch(/"\$remove":true/);
    expect(unknown(validateEdition(file).issues)).toEqual([]);
  });

  it.each(editionIds)("the shipped edition %s, as JSON, has no unknown key", (id) => {
    expect(unknown(validateEdition(JSON.parse(JSON.stringify(getEdition(id)))).issues)).toEqual([]);
  });

  it("an unknown key inside a list of ids that is not an object, or a value of the wrong type, is the schema's to report", () => {
    const file = example();
    file.indicators = "SID-20";
    const r = validateEdition(file, { locale: "en" });
    expect(r.ok).toBe(false);
    expect(unknown(r.issues)).toEqual([]);
  });
});
