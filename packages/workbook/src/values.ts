import type { CellValue } from "./grid.js";

/**
 * A number from a cell: numbers as they are; text such as `"1,5"` (decimal comma), `"1.234,5"`, `"1.200"` (Indonesian
 * thousands: a dot before exactly three digits groups thousands), `"1,234.5"`, `"0.5"`,
 * `" 12 "`, `"35%"` (→ 35) read as numbers. Returns undefined for anything else (the caller reports it).
 */
export function toNumber(v: CellValue): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v !== "string") return undefined;
  let s = v.replace(/[\s\u00a0]/g, "").replace(/%$/, "");
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  // Indonesian grouping: "1.200" and "12.345.678" are thousands, not decimals (a decimal takes a comma: "1,2")
  if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ""));
  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  if (lastComma >= 0 && lastDot >= 0) {
    // both present: the later one is the decimal separator, the other groups thousands
    s = lastComma > lastDot ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  } else if (lastComma >= 0) {
    // only commas: one comma is a decimal comma (Indonesian), several group thousands
    s = (s.match(/,/g)?.length ?? 0) > 1 ? s.replace(/,/g, "") : s.replace(",", ".");
  } else if ((s.match(/\./g)?.length ?? 0) > 1) {
    s = s.replace(/\./g, "");
  }
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * Whether an Excel number format shows the value as a percentage (`0%`, `0.0%`, `#,##0.00%`): Excel stores the 95 %
 * an analyst typed as 0.95 with such a format. A `%` inside quotes (`0"%"`), escaped (`0\%`) or in brackets
 * (`[Red]`) is literal text and does not scale the value.
 */
export function isPercentFormat(format: string | undefined): boolean {
  if (!format) return false;
  return format.replace(/"[^"]*"/g, "").replace(/\\./g, "").replace(/\[[^\]]*\]/g, "").includes("%");
}

/** A percent cell's value as the percentage shown (0.955 → 95.5), without binary noise (0.07 × 100 = 7, not 7.000000000000001). */
export function percentOf(n: number): number {
  return Number((n * 100).toPrecision(12));
}

/** An integer from a cell, undefined when the cell is not a whole number. */
export function toInteger(v: CellValue): number | undefined {
  const n = toNumber(v);
  return n !== undefined && Number.isInteger(n) ? n : undefined;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * An ISO date (`YYYY-MM-DD`) from a cell: ISO text (a time part is dropped), `DD/MM/YYYY` or `DD-MM-YYYY` text
 * (Indonesian order), or an Excel serial number (1900 date system, as Office.js returns date cells).
 */
export function toIsoDate(v: CellValue): string | undefined {
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 1 || v > 2958465) return undefined;
    return valid(new Date(EXCEL_EPOCH_MS + Math.floor(v) * 86400000));
  }
  if (typeof v !== "string") return undefined;
  const s = v.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return ymd(+m[3]!, +m[2]!, +m[1]!);
  return undefined;
}

function ymd(y: number, mo: number, d: number): string | undefined {
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return undefined;
  return valid(dt);
}

function valid(d: Date): string | undefined {
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

/** The cell as the user typed it, for quoting in messages. */
export function shown(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  return String(v);
}

/** Text of a cell, trimmed; numbers become their decimal text; blank → undefined. */
export function toText(v: CellValue): string | undefined {
  if (v === null) return undefined;
  const s = typeof v === "string" ? v.trim() : String(v);
  return s === "" ? undefined : s;
}
