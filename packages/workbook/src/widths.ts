/**
 * Widths of the output columns the tool adds to an input sheet (the `Skor …` columns right of the Inovasi table), in
 * characters like every width in the output description. One place for both hosts: the CLI writes them as `<col>`
 * entries, the add-in sets `format.columnWidth`. The analyst's own columns never get a width from us.
 */
import type { OutputColumn } from "./layout.js";

/** Least widths of the output columns holding text, so a typical entry shows (longer ones are cut at the next cell). */
const TEXT_WIDTHS: Partial<Record<OutputColumn, number>> = { gaps: 48, notes: 60 };

/**
 * A width that shows a bold header whole, with room for a table's filter button: 10 % wider than its characters
 * (bold) plus 3. At least `min`.
 *
 * @example
 * headerWidth("Skor 19 Klaim") //=> 18
 * headerWidth("Skor 19 Terverifikasi") //=> 27
 */
export function headerWidth(header: string, min = 8): number {
  return Math.max(min, Math.ceil(header.length * 1.1) + 3);
}

/** The width of an output column: its header shown whole; the text columns (gaps, notes) wider. */
export function outputColumnWidth(header: string, key?: OutputColumn): number {
  return headerWidth(header, key ? (TEXT_WIDTHS[key] ?? 8) : 8);
}
