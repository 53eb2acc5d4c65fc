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
  return {
    code: "schema",
    severity: "error",
    path: zi.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    params: { zod: zi.code },
    message: zi.message,
  };
}
