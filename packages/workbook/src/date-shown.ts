/**
 * A date cell as Excel shows it. Both hosts hand the reader a date cell as its ISO date (`2026-03-11`) and, in the
 * columns whose formats the reader needs, its number format (`dd/mm/yyyy`): a message quotes the date in the form the
 * analyst sees in the cell (11/03/2026), not the ISO form no one typed (audit36).
 */

import { readableDate } from "@inovasi/core";

/** exceljs's rule: a format is a date format when, outside quotes and brackets, it has y, m, d, h, s or b. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  return /[ymdhMsb]+/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Day names as Excel writes them under `dddd` (`ddd`: their first three letters), Sunday first. */
const WEEKDAYS = {
  id: ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
  en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
} as const;

/**
 * The ISO date `iso` written by the date format `fmt` (days, weekdays, months and years with their separators, quoted
 * text; month and day names in the format's language tag — `[$-421]` Indonesian, `[$-409]` English — else in
 * `locale`); undefined for a format with anything else (a time, an era), which the caller says its own way.
 *
 * @example
 * dateAsShown("2026-03-11", "dd/mm/yyyy", "id") //=> "11/03/2026"
 * dateAsShown("2026-03-11", "d mmmm yyyy", "id") //=> "11 Maret 2026"
 * dateAsShown("2026-03-11", "[$-421]dddd, dd mmmm yyyy", "en") //=> "Rabu, 11 Maret 2026"
 */
export function dateAsShown(iso: string, fmt: string, locale: "id" | "en"): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  const tag = /\[\$[^\]]*-(\w+)\]/.exec(fmt)?.[1]?.toLowerCase();
  const lang = tag === "421" || tag === "0421" ? "id" : tag === "409" || tag === "0409" ? "en" : locale;
  // the first section only (a date format has one), without its brackets
  const code = fmt.split(";")[0]!.replace(/\[[^\]]*]/g, "");
  // the month's name as the messages write it ("11 Maret 2026")
  const month = readableDate(iso, lang, iso).split(" ")[1] ?? "";
  let out = "";
  for (const t of code.match(/"[^"]*"|\\.|y+|m+|d+|[a-z]|[^a-z"\\]+/gi) ?? []) {
    const k = t.toLowerCase();
    if (t.startsWith('"')) out += t.slice(1, -1);
    else if (t.startsWith("\\")) out += t.slice(1);
    else if (k[0] === "y") out += k.length > 2 ? String(y) : String(y % 100).padStart(2, "0");
    else if (k[0] === "m") out += k.length < 3 ? String(mo).padStart(k.length, "0") : month.slice(0, k.length === 3 ? 3 : k.length === 4 ? undefined : 1);
    else if (k[0] === "d" && k.length < 3) out += String(d).padStart(k.length, "0");
    else if (k[0] === "d") out += WEEKDAYS[lang][new Date(Date.UTC(y, mo - 1, d)).getUTCDay()]!.slice(0, k.length === 3 ? 3 : undefined);
    else if (/[a-z]/i.test(t)) return undefined;
    else out += t;
  }
  return out.trim() || undefined;
}
