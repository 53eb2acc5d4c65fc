/**
 * Widths and looks of the output columns the tool adds to an input sheet (the `Skor …` columns right of the Inovasi
 * table), in characters like every width in the output description. One place for both hosts: the CLI writes them as
 * `<col>` entries and cell styles, the add-in sets `format.columnWidth`, `wrapText` and `horizontalAlignment`. The
 * analyst's own columns never get a width or a look from us.
 */
import type { OutputColumn } from "./layout.js";

/**
 * Least widths of the output columns holding text. They wrap ({@link OUTPUT_LOOKS}), so the width sets how many lines
 * a text takes: a missing evidence (`SID-6 Program dan kegiatan inovasi dalam RKPD (Menunggu)`, up to ~60 characters)
 * or a note's place and first words fit a line.
 */
const TEXT_WIDTHS: Partial<Record<OutputColumn, number>> = { gaps: 56, notes: 60 };

/**
 * How the data cells of the fixed output columns are shown: the long texts (missing evidence, notes) wrap within their
 * width, and the row grows to show them whole — the next filled column no longer cuts them; the Ya/Tidak flag is
 * centred, so it never sits flush against the number left of it (`Skor Kematangan (%)`).
 */
export const OUTPUT_LOOKS: Partial<Record<OutputColumn, { wrap?: true; horizontal?: "center" }>> = {
  counted: { horizontal: "center" },
  gaps: { wrap: true },
  notes: { wrap: true },
};

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
