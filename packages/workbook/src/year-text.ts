/**
 * A year typed with the word an analyst says it with: "TA 2026" (tahun anggaran), "T.A. 2026", "IGA 2026",
 * "Tahun 2026" (audit22 F11). The word names the year's kind, not another year, so the year is read as typed.
 */
import type { CellValue } from "./grid.js";
import { isDateFormat } from "./date-shown.js";
import { toInteger, toIsoDate } from "./values.js";

const YEAR_WORD = /^\s*(?:t\.?\s*a\.?|iga|tahun(?:\s+anggaran)?)[\s.]*(?=\d{4}\s*$)/i;

/** The cell as an integer, a year with a leading TA / IGA / Tahun read as the year. */
export function toYear(v: CellValue): number | undefined {
  return toInteger(typeof v === "string" ? v.replace(YEAR_WORD, "") : v);
}

/**
 * A date in a year cell (format `fmt`), as an ISO date: a date cell (both hosts hand it over as its ISO date; an Excel
 * serial under a date format too) or a date typed as text ("11/03/2026"); undefined for a year, a number without a date
 * format, or anything else. Its year is the year meant, most likely (audit36: 106 rows refused as "not a whole number").
 */
export function dateInYearCell(v: CellValue, fmt: string | undefined): string | undefined {
  if (typeof v === "number") return isDateFormat(fmt) ? toIsoDate(v) : undefined;
  return toYear(v) === undefined ? toIsoDate(v) : undefined;
}

/** The year a year cell holds: typed ({@link toYear}), or a date's ({@link dateInYearCell}). */
export function yearIn(v: CellValue, fmt?: string): number | undefined {
  const date = dateInYearCell(v, fmt);
  return date ? Number(date.slice(0, 4)) : toYear(v);
}
