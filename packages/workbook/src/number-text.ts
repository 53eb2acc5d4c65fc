import type { MessageLocale } from "@inovasi/core";

/**
 * A number inside a reader message as the message's language writes it: Bahasa Indonesia groups thousands with a dot
 * and marks decimals with a comma (45.678.000; 1.234,5), English with a comma and a point (45,678,000; 1,234.5). The
 * decimals stay as they are (no rounding). A year or a row number is no amount: pass it as it is, not through here.
 */
export function numberText(n: number, locale: MessageLocale): string {
  const text = String(n);
  // 1e21 and 1e-7: JavaScript's exponent form, left as it is (no amount an analyst types)
  if (/e/i.test(text)) return locale === "id" ? text.replace(".", ",") : text;
  const [whole, fraction] = text.split(".");
  const [group, mark] = locale === "id" ? [".", ","] : [",", "."];
  const grouped = whole!.replace(/\B(?=(\d{3})+$)/g, group);
  return fraction === undefined ? grouped : `${grouped}${mark}${fraction}`;
}

/** A count inside a message (rows, cells, words): grouped as {@link numberText}; a param that is no number as it is. */
export function countText(x: string | number | undefined, locale: MessageLocale): string {
  return typeof x === "number" ? numberText(x, locale) : String(x);
}
