/**
 * Shape sentences (`messages/schema.ts`) cover the problems our schemas can raise, and no more, so that the browser
 * bundle for parseRegionInput carries no sentence it cannot show: bounds are inclusive (no "above" / "below"), no
 * `multipleOf`, no maximum length of a text or list, no closed object. A schema that gains one of these fails here and
 * needs its sentence back. The formats only an edition has (a source's web address, an id's pattern) are worded for
 * `validateEdition` by `editionSchemaMessage` (messages/edition-schema.ts).
 */
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { validateEdition } from "../../src/editions/index.js";
import { RegionInput } from "../../src/input/schemas.js";
import { Edition } from "../../src/model/edition.js";
import { formatIssue } from "../../src/messages/format.js";

/** Every key of a JSON Schema, at any depth, with the values it takes. */
function keywords(x: unknown, out = new Map<string, unknown[]>()): Map<string, unknown[]> {
  if (Array.isArray(x)) for (const v of x) keywords(v, out);
  else if (x && typeof x === "object") {
    for (const [k, v] of Object.entries(x)) {
      out.set(k, [...(out.get(k) ?? []), v]);
      keywords(v, out);
    }
  }
  return out;
}

describe("shape sentences fit the schemas", () => {
  it("no exclusive bound, multipleOf, maximum length or closed object in the edition or region input schema", () => {
    for (const [name, schema] of [["edition", z.toJSONSchema(Edition, { io: "input" })], ["region input", z.toJSONSchema(RegionInput, { io: "input" })]] as const) {
      const k = keywords(schema);
      expect(k.has("minimum") || k.has("minLength"), name).toBe(true); // the walk sees bounds
      for (const word of ["exclusiveMinimum", "exclusiveMaximum", "multipleOf", "maxLength", "maxItems"]) expect(k.has(word), `${name}: ${word}`).toBe(false);
      expect(k.get("additionalProperties") ?? [], name).not.toContain(false);
    }
  });

  it("an edition's web address and id pattern are worded in both languages", () => {
    const file = { extends: "iid-2026", id: "Prov X", sources: [{ id: "s", title: "Pergub", url: "bukan alamat" }] };
    const text = (locale: "id" | "en") => validateEdition(file, { locale }).issues.map((i) => formatIssue(i, locale));
    expect(text("id")).toEqual(expect.arrayContaining(['id: "Prov X" bukan id yang sah; tulis huruf kecil, angka dan tanda hubung, diawali huruf kecil atau angka, tanpa spasi (mis. "prov-x")', 'sources[0].url (alamat web sumber s): "bukan alamat" bukan alamat web (URL) yang sah']));
    expect(text("en")).toEqual(expect.arrayContaining(['id: "Prov X" is not a valid id; write lower-case letters, digits and hyphens, starting with a letter or digit, no spaces (e.g. "prov-x")', 'sources[0].url (web address of source s): "bukan alamat" is not a valid web address (URL)']));
  });
});
