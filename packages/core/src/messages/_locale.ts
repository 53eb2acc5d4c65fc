import type { MessageLocale } from "./format.js";

/*
 * The locale a caller passed, read the way a browser or a server names it: "en-US" (navigator.language), "id-ID",
 * "EN", "en_GB" are read by their language; "in" is the old ISO 639 code Java and Android still give for Indonesian.
 * Anything else is refused naming the two locales — a message map looked up with "en-US" failed deep inside with
 * "Cannot read properties of undefined", and a locale the parse did not know gave Bahasa Indonesia silently.
 * English, as the engine's caller checks (engine/_caller.ts): a program's mistake.
 */

/**
 * `"id"` or `"en"` for `locale` (undefined: `"id"`); throws a RangeError for anything else, naming `fn` and the two.
 * The one reading of a caller's locale in inovasi's packages: every exported function of `@inovasi/core` and
 * `@inovasi/workbook` that takes a locale reads it so (only `parseRegionInput`, in the parse + score bundle, reads it by
 * its language without the RangeError).
 *
 * @example
 * readLocale("en-US", "myFunction") //=> "en"
 * readLocale("EN", "myFunction") //=> "en"
 * readLocale(undefined, "myFunction") //=> "id"
 */
export function readLocale(locale: unknown, fn: string): MessageLocale {
  if (locale === undefined || locale === "id") return "id";
  if (locale === "en") return "en";
  const lang = typeof locale === "string" ? /^(id|in|en)(?:[-_]|$)/i.exec(locale)?.[1]!.toLowerCase() : undefined;
  if (lang) return lang === "en" ? "en" : "id";
  const given = typeof locale === "string" ? JSON.stringify(locale) : typeof locale === "object" && locale !== null ? `{${Object.keys(locale).join(", ")}}` : String(locale);
  const asText = typeof locale === "object" && locale !== null && "locale" in locale ? ` (pass the locale itself, ${fn}(…, "en"), not an object)` : "";
  throw new RangeError(`${fn}: locale expected as "id" (Bahasa Indonesia) or "en" (English), or a language tag of one ("id-ID", "en-US"), got ${given}${asText}`);
}
