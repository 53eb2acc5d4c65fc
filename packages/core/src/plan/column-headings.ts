import { readLocale } from "../messages/_locale.js";
import type { MessageLocale } from "../messages/format.js";
import { numberRanges } from "../messages/number-ranges.js";

/** The groups' numbers, as every list of numbers is said (its tests import it from here). */
export { numberRanges };

/** A header as it is, or the headers "<number>. <words>" of two or more indicators that share their words. */
export type ColumnGroup = { header: string } | { words: string; numbers: string[] };

/**
 * Missing columns in order, the numbered headers of two or more indicators with the same words ("1. Bukti" … "20.
 * Bukti") as one group where the first of them stood: a workbook without its 20 evidence columns is one thing to fix.
 */
export function groupColumns(columns: readonly string[]): ColumnGroup[] {
  const numbered = (c: string) => /^(\S+)\. (.+)$/.exec(c);
  const out: ColumnGroup[] = [];
  for (const header of columns) {
    const m = numbered(header);
    const alike = m ? columns.filter((c) => numbered(c)?.[2] === m[2]) : [];
    if (alike.length < 2) out.push({ header });
    else if (alike[0] === header) out.push({ words: m![2]!, numbers: alike.map((c) => numbered(c)![1]!) });
  }
  return out;
}

/**
 * The headers to write, as a plan without steps and the recap say them: each quoted, a group as
 * `"<nomor>. Bukti" (indikator 1–20)` (`"<number>. Bukti" (indicators 1–20)`) — each of those indicators' column
 * headed with its number, as the template heads it.
 */
export function columnHeadings(columns: readonly string[], locale: MessageLocale): string {
  const en = readLocale(locale, "columnHeadings") === "en";
  return groupColumns(columns)
    .map((g) => ("header" in g ? `"${g.header}"` : `"<${en ? "number" : "nomor"}>. ${g.words}" (${en ? "indicators" : "indikator"} ${numberRanges(g.numbers)})`))
    .join(", ");
}
