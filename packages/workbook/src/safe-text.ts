/**
 * Formula injection guard. Text copied from input (names typed by users, labels from a province's edition) must
 * never become a formula in the output. A string starting with `=`, `+`, `-`, `@`, tab or CR is marked `text: true`
 * in its {@link CellWrite}; exceljs writes every JS string as a string cell (never a formula), and Office.js hosts
 * write {@link officeValue}, which prefixes an apostrophe (Excel's own "this is text" marker, not shown in the cell).
 */
import type { CellValue, CellWrite } from "./grid.js";

const RISKY = /^[=+\-@\t\r]/;

/** Whether a string would be read as a formula (or DDE) by a spreadsheet when typed or pasted. */
export function looksLikeFormula(s: string): boolean {
  return RISKY.test(s);
}

/**
 * The value an Office.js host assigns to `range.values`: risky text gets Excel's apostrophe prefix, and so does text
 * that starts with an apostrophe itself (`'Perangkat Daerah'!A9: …`), which Excel would otherwise take as the prefix
 * and drop.
 */
export function officeValue(w: Pick<CellWrite, "value" | "text">): CellValue {
  if (typeof w.value === "string" && (w.text || looksLikeFormula(w.value) || w.value.startsWith("'"))) return `'${w.value}`;
  return w.value;
}
