/**
 * Numbers in the pane's prose as its text language writes them: Bahasa Indonesia with the decimal comma and the
 * thousands dot (38,55; 1.234), English with the point — the way every other Bahasa output of the project writes
 * them, so a total and the problem text beside it never differ. Excel's own decimal mark is how Excel reads what the
 * analyst types into cells (`excel/culture.ts`), not how the pane writes. Pure; the Office values come in as plain strings.
 */

/** The number locale the pane formats with. */
export type NumberLocale = "id-ID" | "en-US";

/** What Office tells about languages (`Office.context.contentLanguage` / `displayLanguage`), both may be absent. */
export interface OfficeLanguages { contentLanguage?: string | undefined; displayLanguage?: string | undefined }

/**
 * The number locale of a text language: the decimal comma in Bahasa Indonesia, the point in English.
 *
 * @example
 * numberLocaleOf("id") //=> "id-ID"
 * numberLocaleOf("en") //=> "en-US"
 */
export function numberLocaleOf(lang: "id" | "en"): NumberLocale {
  return lang === "id" ? "id-ID" : "en-US";
}

/** The pane's text language from Office's display language: English only when Office speaks English. */
export function textLangOf(office: OfficeLanguages): "id" | "en" {
  return /^en(-|_|$)/i.test(office.displayLanguage?.trim() ?? "") ? "en" : "id";
}

const cache = new Map<string, Intl.NumberFormat>();
function fmt(locale: NumberLocale, min: number, max: number): Intl.NumberFormat {
  const key = `${locale}|${min}|${max}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: true })));
  return f;
}

/** An index or score with exactly `decimals` places ("38,55"); "—" when the value is unknown (null). */
export function formatFixed(v: number | null | undefined, locale: NumberLocale, decimals: number): string {
  return v === null || v === undefined || !Number.isFinite(v) ? "—" : fmt(locale, decimals, decimals).format(v);
}

/** A number with at most `maxDecimals` places, trailing zeros dropped ("1.234", "12,5"); "—" when unknown. */
export function formatNumber(v: number | null | undefined, locale: NumberLocale, maxDecimals = 2): string {
  return v === null || v === undefined || !Number.isFinite(v) ? "—" : fmt(locale, 0, maxDecimals).format(v);
}
