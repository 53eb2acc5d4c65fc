/**
 * A year typed with the word an analyst says it with: "TA 2026" (tahun anggaran), "T.A. 2026", "IGA 2026",
 * "Tahun 2026" (audit22 F11). The word names the year's kind, not another year, so the year is read as typed.
 */
import type { CellValue } from "./grid.js";
import { toInteger } from "./values.js";

const YEAR_WORD = /^\s*(?:t\.?\s*a\.?|iga|tahun(?:\s+anggaran)?)[\s.]*(?=\d{4}\s*$)/i;

/** The cell as an integer, a year with a leading TA / IGA / Tahun read as the year. */
export function toYear(v: CellValue): number | undefined {
  return toInteger(typeof v === "string" ? v.replace(YEAR_WORD, "") : v);
}
