import type { z } from "zod";
// The two locales we ship, imported one by one: `z.locales` would pull every zod locale into a bundle (≈ 260 kB).
import en from "zod/v4/locales/en.js";
import id from "zod/v4/locales/id.js";
import type { Issue } from "./issues.js";

/** Language of schema messages: zod's own locales, chosen per parse (never zod's global config). */
export type SchemaLocale = "id" | "en";

const localeErrors = {
  id: id().localeError,
  en: en().localeError,
} as const;

/** The zod error map for `locale` (Bahasa Indonesia by default), for `safeParse(data, { error })`. */
export function schemaErrorMap(locale: SchemaLocale = "id"): z.core.$ZodErrorMap {
  return localeErrors[locale];
}

/** A zod issue as one of ours: code `schema`, the zod code in params, zod's localised text in `message`. */
export function schemaIssue(zi: z.core.$ZodIssue): Issue {
  return {
    code: "schema",
    severity: "error",
    path: zi.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    params: { zod: zi.code },
    message: zi.message,
  };
}
