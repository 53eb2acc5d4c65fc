/**
 * Numbers as the analyst's Excel shows them: with Excel's own decimal mark when Excel tells it (ExcelApi 1.11: a comma
 * gives Indonesian formatting, decimal comma and dot for thousands; a point the dot), else Indonesian when Office's
 * content or display language is Indonesian, otherwise the dot. Pure; the Office values come in as plain strings.
 */

/** The number locale the pane formats with. */
export type NumberLocale = "id-ID" | "en-US";

/** What Office tells about languages (`Office.context.contentLanguage` / `displayLanguage`), both may be absent. */
export interface OfficeLanguages { contentLanguage?: string | undefined; displayLanguage?: string | undefined }

const isIndonesian = (tag: string | undefined) => !!tag && /^(id|in)(-|_|$)/i.test(tag.trim());

/**
 * Excel's decimal separator decides when known (`decimalSeparator` from the adapter: "," or "."); otherwise the
 * content language (the language the workbook is edited in, closest to its regional format), and the display language
 * only when Office gives no content language.
 *
 * @example
 * numberLocaleOf({ contentLanguage: "id-ID", displayLanguage: "en-US" }) //=> "id-ID"
 * numberLocaleOf({ displayLanguage: "en-GB" }) //=> "en-US"
 * numberLocaleOf({ contentLanguage: "en-US" }, ",") //=> "id-ID"
 */
export function numberLocaleOf(office: OfficeLanguages, decimalSeparator?: string): NumberLocale {
  if (decimalSeparator === ",") return "id-ID";
  if (decimalSeparator === ".") return "en-US";
  const tag = office.contentLanguage?.trim() ? office.contentLanguage : office.displayLanguage;
  return isIndonesian(tag) ? "id-ID" : "en-US";
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
