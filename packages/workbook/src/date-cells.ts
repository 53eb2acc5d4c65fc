/**
 * Dates in the Inovasi sheet's two date columns as analysts type them (audit17 F4): a month without its day ("Maret
 * 2024") is read as the month's first day when the whole month lies on one side of the edition's window, so the day
 * cannot change which innovations count; a year alone ("2024", "Tahun 2024") as its first day when the whole year lies
 * inside the window (values28); and a date that cannot be read says what its absence costs.
 */
import type { MessageLocale } from "@inovasi/core";
import type { CellValue } from "./grid.js";
import type { LocatedIssue } from "./messages.js";
import { withoutInvisible } from "./values.js";

type Window = { from: string; to: string };

/** The month's first day when every day of it is inside the window, or every day outside; else undefined. */
export function monthAsDate(m: { year: number; month: number }, w: Window): { date: string; inside: boolean } | undefined {
  const pad = (n: number) => String(n).padStart(2, "0");
  const first = `${m.year}-${pad(m.month)}-01`;
  const last = `${m.year}-${pad(m.month)}-${pad(new Date(Date.UTC(m.year, m.month, 0)).getUTCDate())}`;
  const inside = first >= w.from && last <= w.to;
  return inside || last < w.from || first > w.to ? { date: first, inside } : undefined;
}

/**
 * A year typed alone into a date column: a whole number 1900–2100 (text or number), or "Tahun 2024"; else undefined.
 * (A number cell's year was never a serial: `toIsoDate` refuses it.)
 */
export function yearOnly(v: CellValue): number | undefined {
  const m = /^(?:tahun\s*)?(\d{4})$/i.exec(typeof v === "number" ? String(v) : typeof v === "string" ? withoutInvisible(v).trim() : "");
  const y = m ? Number(m[1]) : NaN;
  return y >= 1900 && y <= 2100 ? y : undefined;
}

/**
 * A year read as its first day only when the whole year lies inside the window: the day and month cannot change
 * eligibility then. A year outside, or across a boundary, is left to the date (it may be the year an innovation began,
 * developed again inside the window).
 */
export function yearAsDate(year: number, w: Window): { date: string; inside: boolean } | undefined {
  return `${year}-01-01` >= w.from && `${year}-12-31` <= w.to ? { date: `${year}-01-01`, inside: true } : undefined;
}

/**
 * Add to each date error from `from` on (cells `cells`) what it costs until it is fixed: the other date column decides
 * when it holds a date (`other`), else the innovation leaves the verified projection.
 */
export function sayDateRefused(issues: LocatedIssue[], from: number, cells: readonly string[], other: { column: string; date: string | undefined }[], locale: MessageLocale): void {
  for (let k = from; k < issues.length; k++) {
    const i = issues[k]!;
    if (i.code !== "not_a_date" || !i.cell || !cells.includes(i.cell)) continue;
    const decides = other.find((o) => o.column !== i.field && o.date !== undefined);
    const more =
      locale === "id"
        ? decides ? `; sampai diperbaiki, kelayakan dinilai dari "${decides.column}"` : "; sampai diperbaiki, inovasi ini tidak dihitung dalam proyeksi terverifikasi (tanpa tanggal yang sah)"
        : decides ? `; until it is corrected, eligibility is judged by "${decides.column}"` : "; until it is corrected, the innovation does not count in the verified projection (no valid date)";
    issues[k] = { ...i, text: i.text + more, message: i.message + more };
  }
}
