import { z } from "zod";
import type { Issue } from "./issues.js";

/** Language of schema messages: zod's own locales, chosen per parse (never zod's global config). */
export type SchemaLocale = "id" | "en";

const localeErrors = {
  id: z.locales.id().localeError,
  en: z.locales.en().localeError,
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
