/**
 * How a sheet the tool owns prints: scaled to one page wide while its text stays readable, else at three quarters of
 * its size across pages, its header row and the column that names each row on every page. Decided from the sheet's column widths;
 * host-neutral (the hosts draw the `PrintSpec`).
 */
import type { PrintSpec } from "./output.js";

/** Printable width of a landscape A4 page at Excel's default margins (0.7 in left and right), in points. */
export const PRINT_WIDTH_POINTS = 842 - 2 * 0.7 * 72;

/**
 * The smallest print scale kept readable: 11-point text printed at 6.6 points. The Rencana sheet, one page wide,
 * prints at about this scale; a sheet that would print smaller runs across pages instead, at `ACROSS_SCALE`.
 */
export const READABLE_SCALE = 0.6;

/**
 * The print scale (percent) of a sheet that runs across pages: 11-point text at 8.25 points. Once it is more than a
 * page wide there is no reason to print it as small as one page wide would allow; at full size the recap's 31
 * columns took 9 pages across, at this scale 6 (Letter; A4 5), each page still holding a whole group of columns.
 */
export const ACROSS_SCALE = 75;

/** Excel's default column width, in characters. */
const DEFAULT_WIDTH = 8.43;

/** A column's printed width in points at 100 %: its width in characters of 7 px, 5 px of padding, 96 px an inch. */
export const columnPoints = (chars: number): number => (Math.trunc(chars * 7) + 5) * 0.75;

/**
 * The print setup of a sheet with these column widths (characters, from column A). `cols`: columns printed in all,
 * when more than `widths` lists (a chart beside a small table; the others at Excel's default width). `titleRows`: the
 * header rows repeated on every page; `titleCols`: the columns that name a row, repeated on every page when the sheet
 * runs across pages.
 */
export function printSpec(widths: readonly number[], opts: { cols?: number; titleRows?: PrintSpec["titleRows"]; titleCols?: PrintSpec["titleCols"] } = {}): PrintSpec {
  const all = [...widths, ...Array.from({ length: Math.max(0, (opts.cols ?? 0) - widths.length) }, () => DEFAULT_WIDTH)];
  const points = all.reduce((n, w) => n + columnPoints(w), 0);
  const fitWidth = points * READABLE_SCALE <= PRINT_WIDTH_POINTS;
  return {
    fitWidth,
    ...(fitWidth ? {} : { scale: ACROSS_SCALE }),
    // a row's pages one after the other: a region's gaps and plan follow its figures, not a whole column of pages later
    order: "overThenDown",
    ...(opts.titleRows ? { titleRows: opts.titleRows } : {}),
    ...(opts.titleCols && !fitWidth ? { titleCols: opts.titleCols } : {}),
  };
}

/** Printable width of a landscape Letter page at Excel's default margins, in points: narrower than A4's. */
const LETTER_PRINT_WIDTH_POINTS = 792 - 2 * 0.7 * 72;

/**
 * The last column (0-based) wholly on a sheet's first printed page: every column when it prints one page wide, else
 * those the narrower of A4 and Letter holds at `print.scale`, each as wide as the wider of Excel's and LibreOffice's
 * columns (LibreOffice takes a digit of Calibri 11 as 7.43 pixels, not Excel's 7).
 */
export function firstPageLastCol(widths: readonly number[], print: PrintSpec): number {
  if (print.fitWidth) return widths.length - 1;
  const room = LETTER_PRINT_WIDTH_POINTS / ((print.scale ?? 100) / 100);
  let used = 0;
  for (let c = 0; c < widths.length; c++) {
    used += Math.max(columnPoints(widths[c]!), widths[c]! * 7.43 * 0.75);
    if (used > room) return Math.max(0, c - 1);
  }
  return widths.length - 1;
}
