import type { CellValue } from "./grid.js";

/**
 * Characters a cell can hold that nobody sees and nobody means: zero-width space / joiners, word joiner, byte-order
 * mark, soft hyphen. Text pasted from web pages and chat apps carries them; "Diterima\u200b" must read as "Diterima".
 */
const INVISIBLE_ALL = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;

/** Text without the invisible characters above (the same string when it has none: one pass over its char codes). */
export function withoutInvisible(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xad) continue;
    if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff) return s.replace(INVISIBLE_ALL, "");
  }
  return s;
}

/** The dashes analysts type or paste where a hyphen is meant: ‐ ‑ ‒ – — ― and the minus sign − (Word and Excel make "–" of "-"). */
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * Text with every dash as a hyphen (the same string when it has none), before it is compared or matched: "Dinas
 * Pekerjaan Umum – Penataan Ruang" is "… - Penataan Ruang", "Satpol‐PP" pasted from the web is "Satpol-PP" (read31).
 */
export function hyphens(s: string): string {
  return s.search(DASHES) < 0 ? s : s.replace(DASHES, "-");
}

/** Excel's error values (`#N/A`, `#DIV/0!` …) as a host hands over a formula that failed (Office.js: as text). */
const EXCEL_ERROR = /^#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|PYTHON!|EXTERNAL!)$/;

/** Whether a cell holds an Excel error value (a formula whose result is `#N/A`, `#REF!` …), not something typed. */
export function isExcelError(v: CellValue): v is string {
  return typeof v === "string" && v.charCodeAt(0) === 35 && EXCEL_ERROR.test(v.trim());
}

/**
 * A number read from a cell, with the other reading when the text could mean two numbers: `"1.234"` is 1234 by the
 * Indonesian grouping this reader follows, but 1.234 to someone who writes a decimal point; `"1,234"` is 1.234 with a
 * decimal comma, but 1234 with an English thousands comma. `other` is set only for such a text (one separator, exactly
 * three digits after it, a first group that does not start with 0); the caller asks the user instead of guessing
 * silently.
 */
export interface NumberReading {
  value: number;
  other?: number;
}

/**
 * A number from a cell: numbers as they are; text such as `"1,5"` (decimal comma), `"1.234,5"`, `"1.200"` (Indonesian
 * thousands: a dot before exactly three digits groups thousands, unless the part before it is 0: `"0.125"` is a
 * decimal), `"1,234.5"`, `"0.5"`, `" 12 "`, `"35%"`, `"35 %"`, `"35 persen"`, `"35 percent"` (→ 35), `"−12,5"` (the minus sign
 * the template's own labels use), full-width digits (`"９５"`). Returns undefined for anything else (the caller
 * reports it). {@link readNumber} also says when the text could mean another number.
 */
export function toNumber(v: CellValue): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  return readNumber(v)?.value;
}

/** {@link toNumber} with the other reading of an ambiguous text (see {@link NumberReading}). */
export function readNumber(v: CellValue): NumberReading | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? { value: v } : undefined;
  if (typeof v !== "string") return undefined;
  let s = v;
  // full-width digits and signs (an IME's number row), the minus sign U+2212, invisible characters
  // (an en or em dash before the digits is a minus typed with the dash key Word and Excel make of "-": "–6 %")
  if (/[^\x00-\x7f]/.test(s)) s = withoutInvisible(s.normalize("NFKC")).replace(/\u2212/g, "-").replace(/^(\s*)[\u2013\u2014](?=\s*\d)/, "$1-");
  // "2024, 2025": a comma followed by a space separates a list, it is no decimal comma
  if (/\d\s*[,;]\s+\d/.test(s)) return undefined;
  s = s.replace(/[\s\u00a0]/g, "").replace(/(?:%|persen|percent)$/i, "");
  if (!/^[+-]?[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  // Indonesian grouping: "1.200" and "12.345.678" are thousands, not decimals (a decimal takes a comma: "1,2"); a
  // first group of 0 is never a thousands group ("0.125" is a decimal)
  if (/^[+-]?[1-9]\d{0,2}(\.\d{3})+$/.test(s)) {
    const value = Number(s.replace(/\./g, ""));
    return /^[+-]?\d+\.\d{3}$/.test(s) ? { value, other: Number(s) } : { value };
  }
  const lastComma = s.lastIndexOf(",");
  const lastDot = s.lastIndexOf(".");
  let other: number | undefined;
  if (lastComma >= 0 && lastDot >= 0) {
    // both present: the later one is the decimal separator, the other groups thousands
    s = lastComma > lastDot ? s.replace(/\./g, "").replace(",", ".") : s.replace(/,/g, "");
  } else if (lastComma >= 0) {
    // only commas: one comma is a decimal comma (Indonesian), several group thousands
    const several = (s.match(/,/g)?.length ?? 0) > 1;
    if (!several && /^[+-]?[1-9]\d{0,2},\d{3}$/.test(s)) other = Number(s.replace(",", ""));
    s = several ? s.replace(/,/g, "") : s.replace(",", ".");
  } else if ((s.match(/\./g)?.length ?? 0) > 1) {
    s = s.replace(/\./g, "");
  }
  const n = Number(s);
  if (!Number.isFinite(n)) return undefined;
  return other !== undefined ? { value: n, other } : { value: n };
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

/**
 * A number cell's value as Excel shows it, without binary noise: 12 significant digits. `=72,3-71,4` is saved as
 * 0.89999999999999147 and shown 0,9 (a General cell shows at most 11 characters); read as saved it scored below
 * "≥ 0,9". Excel's own 15 digits keep the noise (0.899999999999991), so the rule is the percent cells' 12 digits. A
 * whole number stays as it is (its digits are the value's, however many).
 */
export function asShown(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(12));
}

/** A percent cell's value as the percentage shown (0.955 → 95.5), by the same rule: {@link asShown} after ×100 (0.07 × 100 = 7, not 7.000000000000001). */
export function percentOf(n: number): number {
  return asShown(n * 100);
}

/**
 * An integer from a cell, undefined when the cell is not a whole number. A count has no decimals, so a text with one
 * separator before exactly three digits groups thousands whichever separator it is: "1,000" and "1.000" are both 1000
 * (the decimal-comma reading of "1,000" is 1, whole too, and was taken silently), "1,250" is 1250.
 */
export function toInteger(v: CellValue): number | undefined {
  const r = readNumber(v);
  if (!r) return undefined;
  // of the two readings, the grouped one is the one without a separator: the larger
  if (r.other !== undefined) return Math.abs(r.other) > Math.abs(r.value) ? r.other : r.value;
  return Number.isInteger(r.value) ? r.value : undefined;
}

/**
 * A count typed with the unit it is counted in ("350 kata", "1 inovasi", "2 kali."): the number part, or the value as
 * it is when the text is not a number followed by one of `units`.
 */
export function withoutUnit(v: CellValue, units: readonly string[]): CellValue {
  if (typeof v !== "string") return v;
  const m = /^(.*\d)\s*([\p{L}]+)\.?$/u.exec(withoutInvisible(v).trim());
  return m && units.some((u) => u.toLowerCase() === m[2]!.toLowerCase()) ? m[1]! : v;
}

/** The names of the numbers written beside a digit ("1 (satu)"), up to ten. */
const NUMBER_NAMES = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"];

/**
 * A setting's count as a regulation writes it: "minimal 1", "paling sedikit 2", "1 (satu) inovasi" — the number the
 * text holds, with its unit left for {@link withoutUnit}; the text as it is when its number is not certain ("1 (dua)").
 */
export function atLeast(v: CellValue): CellValue {
  if (typeof v !== "string") return v;
  const s = withoutInvisible(v).trim().replace(/^(?:minimal|minimum|min\.?|paling sedikit|sekurang-kurangnya|sedikitnya|at least)\s*(?=\d)/i, "");
  const m = /^(\d+)\s*\(\s*(\p{L}+)\s*\)(.*)$/u.exec(s);
  return !m ? s : NUMBER_NAMES[+m[1]!] === m[2]!.toLowerCase() ? m[1]! + m[3]! : v;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * An ISO date (`YYYY-MM-DD`) from a cell: ISO text (a time part is dropped) or `YYYY/MM/DD`, `DD/MM/YYYY`, `DD-MM-YYYY` or
 * `DD.MM.YYYY` text (Indonesian order, a time part dropped), a day, month name and year (`12 Maret 2025`,
 * `12-Mar-2025`, `Senin, 12 Maret 2025`, Indonesian or English names), or an Excel serial number (1900 date system, as Office.js returns date
 * cells). A whole number from 1900 to 2100 is a year someone typed into a date column, not the serial of a day in
 * 1905: it is refused (the caller reports it, quoting the year) rather than read as a date nobody meant.
 */
export function toIsoDate(v: CellValue): string | undefined {
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 1 || v > 2958465) return undefined;
    if (Number.isInteger(v) && v >= 1900 && v <= 2100) return undefined;
    // Excel counts a 29 February 1900 that never was (Lotus 1-2-3's leap-year bug): serial 60 is that day, and the
    // serials before it are one day later than the epoch that serves every serial after it
    const day = Math.floor(v);
    if (day === 60) return undefined;
    return valid(new Date(EXCEL_EPOCH_MS + (day < 60 ? day + 1 : day) * 86400000));
  }
  if (typeof v !== "string") return undefined;
  // a weekday in front ("Senin, 12 Maret 2025") says nothing the date does not
  const s = withoutInvisible(v).trim().replace(WEEKDAY, "");
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(s) ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(s);
  if (m) return ymd(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?$/.exec(s);
  if (m) return ymd(+m[3]!, +m[2]!, +m[1]!);
  m = /^(\d{1,2})[\s./-]*([A-Za-z]+)\.?[\s./,-]*(\d{4})$/.exec(s);
  const month = m && MONTHS.get(m[2]!.toLowerCase());
  if (m && month) return ymd(+m[3]!, month, +m[1]!);
  return undefined;
}

const WEEKDAY = /^(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s+/i;

/** Month names and their short forms, Indonesian and English. */
const MONTHS = new Map<string, number>(
  [
    ["januari", "jan", "january"], ["februari", "feb", "pebruari", "peb", "february"], ["maret", "mar", "mrt", "march"],
    ["april", "apr"], ["mei", "may"], ["juni", "jun", "june"], ["juli", "jul", "july"],
    ["agustus", "agu", "agt", "ags", "agst", "agus", "aug", "august"], ["september", "sep", "sept"], ["oktober", "okt", "oct", "october"],
    ["november", "nov", "nop", "nopember"], ["desember", "des", "dec", "december"],
  ].flatMap((names, k) => names.map((n) => [n, k + 1] as [string, number])),
);

/**
 * A month typed without its day — "Maret 2024", "Mar 2024", "Maret, 2024", "03/2024", "3-2024", "2024-03" — as its year
 * and month; undefined for anything else (a two-digit year, "Mar-24", is left out: Excel reads it as 24 March).
 */
export function toMonthYear(v: CellValue): { year: number; month: number } | undefined {
  if (typeof v !== "string") return undefined;
  const s = withoutInvisible(v).trim();
  let m = /^([A-Za-z]+)\.?[\s,./-]*(\d{4})$/.exec(s);
  if (m) {
    const month = MONTHS.get(m[1]!.toLowerCase());
    return month ? { year: +m[2]!, month } : undefined;
  }
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  const [year, month] = m ? [+m[2]!, +m[1]!] : (m = /^(\d{4})[/-](\d{1,2})$/.exec(s)) ? [+m[1]!, +m[2]!] : [0, 0];
  return month >= 1 && month <= 12 && year >= 1900 ? { year, month } : undefined;
}

function ymd(y: number, mo: number, d: number): string | undefined {
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return undefined;
  return valid(dt);
}

function valid(d: Date): string | undefined {
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

/** The cell as the user typed it, for quoting in messages (labels match without invisible characters: `normaliseHeader`). */
export function shown(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "string") return v;
  return String(v);
}

/** Text of a cell, trimmed, without invisible characters; numbers become their decimal text; blank → undefined. */
export function toText(v: CellValue): string | undefined {
  if (v === null) return undefined;
  const s = typeof v === "string" ? withoutInvisible(v).trim() : String(v);
  return s === "" ? undefined : s;
}
