/**
 * A key the edition schema does not know is dropped by it; validateEdition says so (`unknown_field` at the file's own
 * path, with the key most likely meant): an error when that key is at most two edits away (a misspelt `"weigth": 6`
 * would leave the inherited weight in place and score with it), a warning when it is near none (a newer version's).
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
  it("a misspelt key (two edits or fewer from a known one) in a patched indicator, its source, at the root: an error at the file's path, the model refused", () => {
    const file = example();
    file.indicators[0] = { ...file.indicators[0], weigth: 7, source: { ...file.indicators[0].source, confidance: "confirmed" } };
    file.bandz = [];
    const r = validateEdition(file, { locale: "en" });
    // scored with it, the index would use the inherited weight, not the 7 meant (audit35: 51.53 for 51.61, exit 0)
    expect(r.ok).toBe(false);
    expect(r.value).toBeUndefined();
    expect(unknown(r.issues).map((i) => [i.path.join("."), i.severity, i.params.near])).toEqual([
      ["indicators.0.source.confidance", "error", "confidence"],
      ["indicators.0.weigth", "error", "weight"],
      ["bandz", "error", "bands"],
    ]);
    const weigth = unknown(r.issues)[1]!;
    expect(formatIssue(weigth, "en")).toBe('indicators[0].weigth: field "weigth" is unknown, almost surely a typo for "weight"; write "weight" (until then its value is not used and the model is refused). If it is a field of a newer version of inovasi, update inovasi');
    expect(formatIssue(weigth, "id")).toMatch(/^indicators\[0\]\.weigth: isian "weigth" tidak dikenal, hampir pasti salah ketik "weight"; tulis "weight" /);
  });

  it("an unknown key near no known one stays a warning (a newer version's field): the file loads, the key ignored", () => {
    const file = example();
    file.indicators[0] = { ...file.indicators[0], catatanInternal: "dibahas rapat 3 Maret" };
    const r = validateEdition(file, { locale: "en" });
    expect(r.ok).toBe(true);
    expect(unknown(r.issues).map((i) => [i.path.join("."), i.severity, i.params.near ?? null])).toEqual([["indicators.0.catatanInternal", "warning", null]]);
    expect(formatIssue(unknown(r.issues)[0]!, "en")).toMatch(/^indicators\[0\]\.catatanInternal: field "catatanInternal" is unknown and ignored\. Fields known here: "id", /);
  });

  it("a key nothing is close to gets no guess; a whole edition (no extends) is checked the same way", () => {
    const whole = JSON.parse(JSON.stringify(getEdition("iid-2026")));
    whole.id = "prov-utuh-2026";
    whole.formula.catatan = "x";
    whole.bands[1].min.incluisve = true;
    const r = validateEdition(whole);
    expect(unknown(r.issues).map((i) => [i.path.join("."), i.severity, i.params.near ?? null])).toEqual([
      ["formula.catatan", "warning", null],
      ["bands.1.min.incluisve", "error", "inclusive"],
    ]);
    expect(r.ok).toBe(false);
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
