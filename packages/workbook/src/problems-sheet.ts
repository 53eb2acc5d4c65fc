import { type MessageLocale, readLocale } from "@inovasi/core";
import { type CellValue, type CellWrite, type WorkbookGrids, cellAt, findSheet, isBlank } from "./grid.js";
import { type LocatedIssue, sheetIssue, where } from "./messages.js";
import { placeLinks } from "./cell-links.js";
import { numberText } from "./number-text.js";
import { printSpec } from "./print.js";
import type { OwnedSheetSpec } from "./output.js";
import { SHEET_TITLES, isSheetTitle } from "./sheet-titles.js";
import { type RowBlock, blockWrites, cellWrite, newRowBlock } from "./row-block.js";

/** Name of the sheet that lists every located problem of a scored workbook. */
export const PROBLEMS_SHEET = "Masalah";
/** First cell of the problems sheet in Bahasa: marks it as the tool's own (every run rewrites it whole); in English `SHEET_TITLES.problems.en`. */
export const PROBLEMS_MARKER = SHEET_TITLES.problems.id;
/** Column headers of the problems table: sheet, cell, severity, column or field, message. */
export const PROBLEMS_HEADERS = ["Lembar", "Sel", "Tingkat", "Kolom / Isian", "Pesan"] as const;
/** {@link PROBLEMS_HEADERS} in an English run (the marker in A1 stays as written: how a re-run knows the sheet). */
export const PROBLEMS_HEADERS_EN = ["Sheet", "Cell", "Severity", "Column / Field", "Message"] as const satisfies { length: typeof PROBLEMS_HEADERS.length };
/**
 * Column widths: the message column wraps at 90 characters (a message naming an agency lists the registered names, ~600
 * characters: seven lines), so the sheet prints one page wide at ≈ 85 % instead of running off the page unwrapped.
 */
const WIDTHS = [18, 8, 12, 30, 90];
/** Printed one page wide, as many pages tall as the list needs, the header row (the third) on every page. */
const PRINT = printSpec(WIDTHS, { titleRows: { first: 2, last: 2 } });
const SEVERITY_WORDS: Record<LocatedIssue["severity"], { id: string; en: string }> = {
  error: { id: "Kesalahan", en: "Error" },
  warning: { id: "Peringatan", en: "Warning" },
  info: { id: "Catatan", en: "Note" },
};
/** The word for a severity on the sheets the tool writes ("Peringatan"), in the locale. */
export function severityWord(severity: LocatedIssue["severity"], locale: MessageLocale = "id"): string {
  return SEVERITY_WORDS[severity][locale];
}
const RANK: Record<LocatedIssue["severity"], number> = { error: 0, warning: 1, info: 2 };

/**
 * Errors and warnings are listed (what the CLI counts and groups); notes (`info`: the model's own notes, such as a
 * number the edition does not fix yet) are about the edition, not the workbook, and stay on the summary sheet.
 */
const listed = (i: LocatedIssue) => i.severity !== "info";

/** A1 address → [row, col] for reading order; a sheet-level issue (no cell) first. */
function place(cell: string | undefined): [number, number] {
  const m = cell ? /^([A-Z]+)(\d+)$/.exec(cell) : null;
  if (!m) return [-1, -1];
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}

/** The collator `String.prototype.localeCompare` uses without arguments (the same order), made once. */
const COLLATOR = new Intl.Collator();

/**
 * Each distinct sheet name's place in `localeCompare`'s order (names it finds equal share one): an issue list names a
 * handful of sheets, so the sort compares numbers, not a collation per comparison (~0.3 s at 30,000 issues).
 */
function sheetRanks(issues: readonly LocatedIssue[]): Map<string, number> {
  const names = [...new Set(issues.map((i) => i.sheet))].sort(COLLATOR.compare);
  const ranks = new Map<string, number>();
  names.forEach((name, k) => ranks.set(name, k > 0 && COLLATOR.compare(names[k - 1]!, name) === 0 ? ranks.get(names[k - 1]!)! : k));
  return ranks;
}

/** The issues the sheet lists, in its order: errors first, then by sheet and reading order. */
function listedInOrder(all: readonly LocatedIssue[]): LocatedIssue[] {
  const shown = all.filter(listed);
  const ranks = sheetRanks(shown);
  return shown
    .map((i, k) => ({ i, k, s: ranks.get(i.sheet)!, p: place(i.cell) }))
    .sort((a, b) => RANK[a.i.severity] - RANK[b.i.severity] || a.s - b.s || a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.k - b.k)
    .map(({ i }) => i);
}

/** The first three rows: marker, count line (errors and warnings of `listed`, the sheet's issues), header. */
function headRows(listed: readonly LocatedIssue[], locale: MessageLocale): CellValue[][] {
  const n = (s: LocatedIssue["severity"]) => numberText(listed.filter((i) => i.severity === s).length, locale);
  const count = locale === "en" ? `${n("error")} errors, ${n("warning")} warnings` : `${n("error")} kesalahan, ${n("warning")} peringatan`;
  return [[SHEET_TITLES.problems[locale]], [listed.length ? count : locale === "en" ? "No problems found." : "Tidak ada masalah."], [...(locale === "en" ? PROBLEMS_HEADERS_EN : PROBLEMS_HEADERS)]];
}

/** An issue's cells, column by column: sheet, cell, severity, field, message. */
const COLUMNS: ((i: LocatedIssue, locale: MessageLocale) => string | null)[] = [(i) => i.sheet, (i) => i.cell ?? null, (i, l) => SEVERITY_WORDS[i.severity][l], (i) => i.field || null, (i) => i.text];
const MESSAGE_COLUMN = 4;

/** The sheet's rows: marker, count line, header, then every issue — errors first, then by sheet and reading order. */
export function problemsSheetContent(all: LocatedIssue[], locale: MessageLocale = "id"): CellValue[][] {
  locale = readLocale(locale, "problemsSheetContent");
  const sorted = listedInOrder(all);
  return [...headRows(sorted, locale), ...sorted.map((i) => COLUMNS.map((cell) => cell(i, locale)))];
}

/**
 * The "Masalah" sheet: every located issue with its sheet, cell, severity, field and message, rewritten whole on each
 * run (one rectangle: rows and columns left from an earlier, longer list are cleared). Written when there are issues or
 * the tool's sheet is already there (so an old list never stays); a sheet of that name the tool did not make is left
 * alone and reported unless `overwrite`.
 */
export function writeProblemsSheet(
  grids: WorkbookGrids,
  issues: LocatedIssue[],
  opts: { locale?: MessageLocale; overwrite?: boolean; host?: "addin"; maxLinks?: number } = {},
): { writes: CellWrite[]; issues: LocatedIssue[]; sheet: OwnedSheetSpec | undefined } {
  const p = problemsSheetBlock(grids, issues, { ...opts, locale: readLocale(opts.locale, "writeProblemsSheet") });
  return { writes: p.block ? [...p.writes, ...blockWrites(p.block)] : p.writes, issues: p.issues, sheet: p.sheet };
}

/** Rows of the Masalah sheet from this one down go into the block (above: the marker, the count and the header). */
const BLOCK_FROM = 3;

/**
 * {@link writeProblemsSheet} with the issue rows (from the fourth row down) as a {@link RowBlock} of text columns:
 * the same cells, for a host that streams the sheet (at 50,000 innovations the list has ~23,000 rows).
 */
export function problemsSheetBlock(
  grids: WorkbookGrids,
  issues: LocatedIssue[],
  opts: { locale?: MessageLocale; overwrite?: boolean; host?: "addin"; maxLinks?: number } = {},
): { writes: CellWrite[]; block: RowBlock | undefined; issues: LocatedIssue[]; sheet: OwnedSheetSpec | undefined } {
  const locale = readLocale(opts.locale, "problemsSheetBlock");
  const existing = findSheet(grids, PROBLEMS_SHEET);
  const blank = !existing || existing.cells.every((row) => row.every((v) => isBlank(v ?? null)));
  const ours = blank || isSheetTitle("problems", cellAt(existing!, 0, 0));
  if (!ours && !opts.overwrite) {
    return { writes: [], block: undefined, issues: [sheetIssue(locale, "summary_sheet_not_ours", "warning", existing!.name, undefined, PROBLEMS_SHEET, { sheet: existing!.name, host: opts.host })], sheet: undefined };
  }
  if (!issues.some(listed) && blank) return { writes: [], block: undefined, issues: [], sheet: undefined };
  const name = existing?.name ?? PROBLEMS_SHEET;
  const sorted = listedInOrder(issues);
  const rows = headRows(sorted, locale);
  // each issue's cell (column B) links to that cell on its sheet (column A), up to Excel's limit (the count line says so)
  const { links, note } = placeLinks(grids, sorted.flatMap((i, k) => (i.cell ? [{ row: BLOCK_FROM + k, col: 1, ref: where(i.sheet, i.cell) }] : [])), locale, opts.maxLinks);
  if (note) rows[1] = [`${rows[1]![0]}. ${note}`];
  const height = Math.max(BLOCK_FROM + sorted.length, existing?.cells.length ?? 0);
  const width = Math.max(PROBLEMS_HEADERS.length, ...(existing?.cells ?? []).map((r) => r.length));
  const writes: CellWrite[] = [];
  for (let row = 0; row < Math.min(height, BLOCK_FROM); row++) {
    for (let col = 0; col < width; col++) {
      const v = rows[row]?.[col] ?? null;
      writes.push(cellWrite(name, row, col, v, (row === 0 || row === 2) && v !== null ? { header: true } : {}));
    }
  }
  let block: RowBlock | undefined;
  if (height > BLOCK_FROM) {
    const n = height - BLOCK_FROM;
    // each cell made from its issue as the row is written (tens of thousands of messages are never all held at once),
    // cut at Excel's 32,767 characters like every output cell (row-block's blockText), whichever host draws the block;
    // a column past the message (an earlier, wider sheet's) and a row past the list are emptied
    // the message (worded from its issue's parameters) is in every listed row: the sheet's extent needs no wording
    block = newRowBlock(name, BLOCK_FROM, n, Array.from({ length: width }, (_, col) => ({ col, kind: "made" as const, made: (k: number) => (sorted[k] && COLUMNS[col] ? COLUMNS[col](sorted[k], locale) : null), ...(col === MESSAGE_COLUMN ? { filled: (k: number) => k < sorted.length } : {}) })));
  }
  return { writes, block, issues: [], sheet: { name, widths: WIDTHS, headingRows: [0, 2], freezeRows: 3, filterRow: 2, landscape: true, wrap: { fromRow: BLOCK_FROM }, print: PRINT, ...(links.length ? { links } : {}) } };
}
