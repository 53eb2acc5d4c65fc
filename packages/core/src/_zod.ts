import type { z } from "zod";
import type { Issue } from "./issues.js";
import type { SchemaLocale } from "./messages/schema.js";
import { type EditionSchemaProblem, editionSchemaMessage } from "./messages/edition-schema.js";

export type { SchemaLocale };

const maps: Record<SchemaLocale, z.core.$ZodErrorMap> = {
  id: (i) => editionSchemaMessage(i as EditionSchemaProblem, "id", false),
  en: (i) => editionSchemaMessage(i as EditionSchemaProblem, "en", false),
};
const editionMaps: Record<SchemaLocale, z.core.$ZodErrorMap> = {
  id: (i) => editionSchemaMessage(i as EditionSchemaProblem, "id"),
  en: (i) => editionSchemaMessage(i as EditionSchemaProblem, "en"),
};

/**
 * The error map for `locale` (Bahasa Indonesia by default), for `safeParse(data, { error })`: our own sentences, which
 * say what a value must be in words ("harus berupa angka", "-100 terlalu kecil; paling kecil 0"), never zod's type
 * names ("diharapkan number") — the same words the region-input checker says.
 */
export function schemaErrorMap(locale: SchemaLocale = "id"): z.core.$ZodErrorMap {
  return maps[locale];
}

/**
 * {@link schemaErrorMap} for an edition file: also the fields of a small set of fields where something else was
 * written (`{ "value": 14, "source": … }`), for `validateEdition`.
 */
export function editionErrorMap(locale: SchemaLocale = "id"): z.core.$ZodErrorMap {
  return editionMaps[locale];
}

/** A zod issue as one of ours: code `schema`, the zod code in params, our localised text in `message`. */
export function schemaIssue(zi: z.core.$ZodIssue): Issue {
  const path = zi.path.map((p) => (typeof p === "symbol" ? String(p) : p));
  // one of several shapes (a band's end): the message is the closest branch's, led by its place inside the value
  // ("value: harus berupa angka", `editionSchemaMessage`); that place belongs in the path, where the user edits
  // (`bands[1].max.value`), not in the message
  if (zi.code === "invalid_union") {
    for (const branch of zi.errors) {
      const first = branch[0];
      const inner = first?.path.map((p) => (typeof p === "symbol" ? String(p) : p)) ?? [];
      if (first && inner.length && zi.message === `${inner.join(".")}: ${first.message}`) {
        return { code: "schema", severity: "error", path: [...path, ...inner], params: { zod: zi.code }, message: first.message };
      }
    }
  }
  return { code: "schema", severity: "error", path, params: { zod: zi.code }, message: zi.message };
}
