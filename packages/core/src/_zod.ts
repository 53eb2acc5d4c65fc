import type { z } from "zod";
import type { Issue } from "./issues.js";
import type { SchemaLocale } from "./messages/schema.js";
import { type EditionSchemaProblem, editionSchemaMessage, unionIssue } from "./messages/edition-schema.js";

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

/**
 * A zod issue as one of ours: code `schema`, the zod code in params, our localised text in `message`. `data`: the value
 * parsed. One of several shapes (a band's end): the issue is the closest branch's, the one the error map says led by
 * its place inside the value ("value: harus berupa angka", `unionIssue`), and, when that is a union's too, its own
 * closest branch's; the place belongs in the path, where the user edits (`bands[1].max.value`), not in the message.
 */
export function schemaIssue(zi: z.core.$ZodIssue, data?: unknown): Issue {
  let path = keys(zi.path);
  let at = zi;
  let input = valueAt(data, path);
  for (let first; at.code === "invalid_union" && (first = unionIssue(at.errors, input)); at = first) {
    const inner = keys(first.path);
    path = [...path, ...inner];
    input = valueAt(input, inner);
  }
  return { code: "schema", severity: "error", path, params: { zod: zi.code }, message: at.message };
}

const keys = (path: readonly PropertyKey[]) => path.map((p) => (typeof p === "symbol" ? String(p) : p));

/** The value at `path` inside `data` (undefined where the path leaves objects and arrays). */
export const valueAt = (data: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<string | number, unknown>)[k] : undefined), data);
