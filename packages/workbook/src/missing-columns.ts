/**
 * The columns a file's figures lack (`RecapRow.flaws.columns`, every one by its template header), named shortly: a
 * column on its own by its header, the Bukti columns of several indicators together by their count and indicators —
 * a file without any of its 20 evidence columns is "20 kolom Bukti (indikator 1–20)", not its first one only, nor
 * twenty headers.
 */
import type { MessageLocale } from "@inovasi/core";

/** A header of the template, or the Bukti columns of several indicators (their numbers, in order). */
export type MissingColumns = { header: string } | { evidence: string[] };

/** An indicator's evidence header, "18. Bukti" (see `indicatorHeaders`). */
const EVIDENCE = /^(.+)\. Bukti$/;

/** Columns in order, the Bukti columns of two or more indicators as one group where the first of them stood. */
export function groupColumns(columns: readonly string[]): MissingColumns[] {
  const evidence = columns.map((c) => EVIDENCE.exec(c)?.[1]).filter((n): n is string => n !== undefined);
  if (evidence.length < 2) return columns.map((header) => ({ header }));
  const out: MissingColumns[] = [];
  for (const header of columns) {
    if (!EVIDENCE.test(header)) out.push({ header });
    else if (!out.some((g) => "evidence" in g)) out.push({ evidence });
  }
  return out;
}

/** Indicator numbers with runs of whole numbers as ranges: "1–20", "3, 7–8"; any other numbering as it is. */
export function numberRanges(numbers: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (j + 1 < numbers.length && /^\d+$/.test(numbers[j]!) && Number(numbers[j + 1]) === Number(numbers[j]) + 1 && /^\d+$/.test(numbers[j + 1]!)) j++;
    parts.push(j > i + 1 ? `${numbers[i]}–${numbers[j]}` : j === i + 1 ? `${numbers[i]}, ${numbers[j]}` : numbers[i]!);
    i = j;
  }
  return parts.join(", ");
}

/** A group as a noun: `"Jumlah Kata Rancang Bangun"`, or "20 kolom Bukti (indikator 1–20)" / "20 Bukti columns (indicators 1–20)". */
export function missingColumnsName(g: MissingColumns, locale: MessageLocale): string {
  if ("header" in g) return `"${g.header}"`;
  const n = g.evidence.length;
  return locale === "en" ? `${n} Bukti columns (indicators ${numberRanges(g.evidence)})` : `${n} kolom Bukti (indikator ${numberRanges(g.evidence)})`;
}

/**
 * A group as the header to write: `"Jumlah Kata Rancang Bangun"`, or `"<nomor>. Bukti" (indikator 1–20)` — each of
 * those indicators' evidence column headed with its number, as the template heads it.
 */
export function missingColumnsHeading(g: MissingColumns, locale: MessageLocale): string {
  if ("header" in g) return `"${g.header}"`;
  return locale === "en" ? `"<number>. Bukti" (indicators ${numberRanges(g.evidence)})` : `"<nomor>. Bukti" (indikator ${numberRanges(g.evidence)})`;
}

/** Every group's heading ({@link missingColumnsHeading}), joined: what a plan without steps says to head first. */
export function missingColumnsHeadings(columns: readonly string[], locale: MessageLocale): string {
  return groupColumns(columns).map((g) => missingColumnsHeading(g, locale)).join(", ");
}
