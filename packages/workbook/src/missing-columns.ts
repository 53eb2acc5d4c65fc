/**
 * The columns a file's figures lack (`RecapRow.flaws.columns`, every one by its template header) as a noun: a column
 * on its own by its header, the Bukti columns of several indicators together by their count and indicators — a file
 * without any of its 20 evidence columns is "20 kolom Bukti (indikator 1–20)", not its first one only, nor twenty
 * headers. The headers to write are core's `columnHeadings` (the plan's note says them the same way).
 */
import { type ColumnGroup, type MessageLocale, numberRanges } from "@inovasi/core";

/** A group as a noun: `"Jumlah Kata Rancang Bangun"`, or "20 kolom Bukti (indikator 1–20)" / "20 Bukti columns (indicators 1–20)". */
export function missingColumnsName(g: ColumnGroup, locale: MessageLocale): string {
  if ("header" in g) return `"${g.header}"`;
  const n = g.numbers.length;
  return locale === "en" ? `${n} ${g.words} columns (indicators ${numberRanges(g.numbers)})` : `${n} kolom ${g.words} (indikator ${numberRanges(g.numbers)})`;
}
