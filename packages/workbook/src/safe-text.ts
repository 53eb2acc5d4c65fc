/**
 * Formula injection guard. Text copied from input (names typed by users, labels from a province's edition) must
 * never become a formula in the output. A string starting with `=`, `+`, `-`, `@`, tab or CR is marked `text: true`
 * in its {@link CellWrite}; exceljs writes every JS string as a string cell (never a formula), and Office.js hosts
 * write {@link officeValue}, which prefixes an apostrophe (Excel's own "this is text" marker, not shown in the cell) —
 * also before text Excel would otherwise parse as a number, date or boolean ("01", "1/2", "TRUE").
 */
import type { CellValue, CellWrite } from "./grid.js";

const RISKY = /^[=+\-@\t\r]/;

/** Whether a string would be read as a formula (or DDE) by a spreadsheet when typed or pasted. */
export function looksLikeFormula(s: string): boolean {
  return RISKY.test(s);
}

/** Words Excel takes as a boolean when typed (English, and Excel in Indonesian). */
const BOOLEAN_WORDS = /^\s*(?:true|false|benar|salah)\s*$/i;

/**
 * Whether Excel would take a string assigned to `Range.values` as something other than text, as it takes what is typed:
 * a number ("01" → 1, "1.000", "12,5", "5%", "Rp 5.000", "1E5"), a date or time ("1/2", "2025-03-01", "12 Mar 2025",
 * "10:30") — each of those has a digit —, a boolean ("TRUE", "BENAR") or an error value ("#N/A"). What Excel parses
 * depends on its language and region; a digit anywhere is enough here, so the answer never depends on them.
 */
export function excelWouldParse(s: string): boolean {
  return /\d/.test(s) || /^\s*#/.test(s) || BOOLEAN_WORDS.test(s);
}

/**
 * The value an Office.js host assigns to `range.values`. Excel parses a string assigned there as if it were typed, so
 * text arrives as text only with Excel's apostrophe prefix (not part of the value, not shown in the cell): risky text
 * gets it, text Excel would parse as a number, date, boolean or error ({@link excelWouldParse}) gets it, and so does
 * text that starts with an apostrophe itself (`'Perangkat Daerah'!A9: …`), which Excel would otherwise take as the
 * prefix and drop. Numbers and booleans are sent as they are; "" (clear the cell) too.
 */
export function officeValue(w: Pick<CellWrite, "value" | "text">): CellValue {
  if (typeof w.value === "string" && (w.text || looksLikeFormula(w.value) || w.value.startsWith("'") || excelWouldParse(w.value))) return `'${w.value}`;
  return w.value;
}
