/**
 * Rows of the Inovasi sheet that are part of a form's layout, not innovations: the "(1) (2) (3) …" row numbering the
 * columns, a JUMLAH / TOTAL row typed under the list, a heading merged across a row between groups. The reader skips
 * them; nothing typed in them is data.
 */
import { type CellRange, type CellValue, type Grid, cellAt, isBlank } from "./grid.js";
import type { ProfileField } from "./layout.js";
import { hyphens } from "./values.js";

/**
 * Whether a row numbers the columns of a form ("1 2 3 …" or "(1) (2) (3) …", counting up by one from left to right,
 * at least three of them) rather than holding data.
 */
export function isColumnNumbering(row: readonly CellValue[], cols: readonly number[]): boolean {
  let last: number | undefined;
  let count = 0;
  for (const c of [...cols].sort((a, b) => a - b)) {
    const v = row[c] ?? null;
    if (isBlank(v)) continue;
    const m = typeof v === "number" ? [String(v), String(v)] : /^\(?\s*(\d{1,3})\s*\)?$/.exec(String(v).trim());
    if (!m) return false;
    const n = Number(m[1]);
    if (last !== undefined && n !== last + 1) return false;
    last = n;
    count++;
  }
  return count >= 3;
}

/**
 * The words of a totals row: "JUMLAH", "Total", "Jumlah Inovasi", "Grand Total", "Sub Total", "Jumlah Keseluruhan", and
 * under the agencies "Jumlah Perangkat Daerah", "Total OPD" (audit33).
 */
const TOTAL_WORD = /^(?:jumlah|total|grand total|sub ?total|jumlah total|total inovasi|jumlah inovasi|jumlah keseluruhan|total keseluruhan|(?:jumlah|total) (?:perangkat daerah|opd|pd|skpd))\s*:?$/i;

/**
 * The totals word of a row typed by hand under the list, and its column; undefined for any other row. Either its name
 * cell says Jumlah or Total and its agency, stage and urusan are blank (sums may stand in the answer columns); or the
 * row's first text cell is the totals word ("JUMLAH" under Perangkat Daerah, "Jumlah" beside "35 OPD") and no
 * indicator is answered (`answerCols`): an innovation has a name of its own and answers, a sum has neither. `cols`:
 * the input columns, left to right.
 */
export function totalsWord(g: Grid, r: number, p: Partial<Record<ProfileField, number>>, cols: readonly number[], answerCols: readonly number[]): { c: number; word: string } | undefined {
  const name = cellAt(g, r, p.name!);
  if (typeof name === "string" && TOTAL_WORD.test(name.trim()) && (["agency", "stage", "urusan"] as const).every((f) => p[f] === undefined || isBlank(cellAt(g, r, p[f]))))
    return { c: p.name!, word: name.trim() };
  const c = cols.find((x) => typeof cellAt(g, r, x) === "string" && !isBlank(cellAt(g, r, x)));
  const first = c === undefined ? "" : String(cellAt(g, r, c)).trim();
  return c !== undefined && TOTAL_WORD.test(first) && answerCols.every((x) => isBlank(cellAt(g, r, x))) ? { c, word: first } : undefined;
}

/**
 * Whether row `r` holds only a heading merged across at least three columns (its one value in the merge's first cell,
 * nothing typed in the row's other input columns).
 */
export function isMergedHeading(g: Grid, r: number, cols: readonly number[], headings: ReadonlyMap<number, CellRange>): boolean {
  const m = headings.get(r);
  if (!m) return false;
  return cols.every((c) => (c >= m.col && c < m.col + m.cols ? c === m.col || isBlank(cellAt(g, r, c)) : isBlank(cellAt(g, r, c))));
}

/**
 * The totals word of a row of the Perangkat Daerah list (name column `nc`, Jenis `tc`), by {@link totalsWord}'s rule:
 * "JUMLAH" in the name cell, a count or nothing beside it ("40", "40 OPD": the list has no answers a sum would lack).
 */
export function agencyTotal(g: Grid, r: number, nc: number, tc: number | undefined): { c: number; word: string } | undefined {
  return totalsWord(g, r, { name: nc }, tc === undefined ? [nc] : tc < nc ? [tc, nc] : [nc, tc], []);
}

/** A year a title names: 2000–2099 as a word. */
const TITLE_YEAR = /(?<!\d)20\d{2}(?!\d)/g;
/** Words of a title over part of the list ("Usulan inovasi tahun 2027", "DAFTAR INOVASI TA 2027"). */
const TITLE_WORD = /(?:^|[^\p{L}])(?:usulan|daftar|inovasi|tahun|rekap\p{L}*|tabel|bagian|kelompok|lanjutan|tambahan|ta)(?![\p{L}])/iu;

/**
 * The row's one text among the input columns `cols` (left to right) when it holds nothing else there: its column and
 * text; undefined when the row holds two cells or more, or one that is not text. Stops at the second filled cell, so
 * an innovation's row costs two cells.
 */
export function loneText(row: readonly CellValue[], cols: readonly number[]): { c: number; text: string } | undefined {
  let hit: { c: number; text: string } | undefined;
  for (const c of cols) {
    const v = row[c] ?? null;
    if (isBlank(v)) continue;
    if (hit || typeof v !== "string") return undefined;
    hit = { c, text: v.trim() };
  }
  return hit;
}

/**
 * Whether a text alone in its row reads as a title over part of the list rather than an innovation's name: a year
 * with a word of a list's title ("Usulan inovasi tahun 2027", "INOVASI 2027", "Daftar Inovasi TA 2027"), or a colon
 * at its end ("Usulan tahun depan:"). A name alone is an innovation begun (its missing cells said as errors).
 */
export function readsAsTitle(text: string): boolean {
  return (TITLE_WORD.test(text) && titleYear(text) !== undefined) || /:$/.test(text);
}

/** The year a title names: its one year (2000–2099); undefined when it names none, or two different ones. */
export function titleYear(text: string): number | undefined {
  const years = new Set(Array.from(text.matchAll(TITLE_YEAR), (m) => Number(m[0])));
  return years.size === 1 ? [...years][0] : undefined;
}

/** A group's mark before a heading ("A. ", "II. ", "1) ", "3 - ", any dash as a hyphen), and a colon after it. */
const GROUP_MARK = /^(?:\d{1,3}|[A-Za-z]|[IVXivx]{1,5})(?:\s*[.)]|\s+-)\s*|\s*:$/g;

/**
 * The listed agency a heading names ("DINAS KESEHATAN", "A. Dinas Kesehatan", "Dinas Kesehatan:", "DINAS KESEHATAN
 * KABUPATEN SUNGAI CONTOH"), as the list spells it: the text, or the text without a group's mark nor a colon, names a
 * listed agency as the Perangkat Daerah column names one (`listed`: `listedAgencyMatcher` — case, spaces, a list number,
 * the region's own name, dashes); undefined otherwise. Nothing else is guessed (no abbreviation, no near name): a text
 * naming no listed agency is no agency heading.
 */
export function headingAgency(text: string, listed: ((typed: string) => string | undefined) | undefined): string | undefined {
  if (!listed) return undefined;
  const t = hyphens(text); // any dash as a hyphen, as GROUP_MARK and the list's names read it
  return listed(t) ?? listed(t.replace(GROUP_MARK, ""));
}
