import type { MessageLocale } from "../messages/format.js";

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

/** Indicator numbers with runs of three or more whole numbers as ranges: "1–20", "3, 7, 8", "2–5, 9"; others as they are. */
export function numberRanges(numbers: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 0, j = 0; i < numbers.length; i = ++j) {
    while (/^\d+$/.test(numbers[j + 1] ?? "") && Number(numbers[j + 1]) === Number(numbers[j]) + 1) j++;
    parts.push(j > i + 1 ? `${numbers[i]}–${numbers[j]}` : numbers.slice(i, j + 1).join(", "));
  }
  return parts.join(", ");
}

/**
 * The headers to write, as a plan without steps and the recap say them: each quoted, a group as
 * `"<nomor>. Bukti" (indikator 1–20)` (`"<number>. Bukti" (indicators 1–20)`) — each of those indicators' column
 * headed with its number, as the template heads it.
 */
export function columnHeadings(columns: readonly string[], locale: MessageLocale): string {
  const en = locale === "en";
  return groupColumns(columns)
    .map((g) => ("header" in g ? `"${g.header}"` : `"<${en ? "number" : "nomor"}>. ${g.words}" (${en ? "indicators" : "indikator"} ${numberRanges(g.numbers)})`))
    .join(", ");
}
