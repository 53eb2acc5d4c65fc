/**
 * The province's list of the regions it expects a workbook from (its kab/kota), read from rows of cells: a text file's
 * lines or a sheet's rows. One region a row, its name in the first cell ("Kabupaten Bukit Contoh", "Kab. Bukit", "Kota
 * Baru Contoh") and, optionally, its level in the next ("Kabupaten" / "Kota" / "Provinsi"); without that cell the
 * level comes from the name's first word. A first column that only numbers the rows (No. 1, 2, 3) is passed over; a
 * heading row ("Daerah", "Kabupaten/Kota" … and "Tingkat") says which columns hold the names and levels. Empty rows
 * and rows starting with `#` are skipped. Every problem names its row. Host-neutral; the CLI reads the file.
 */
import { type ExpectedRegion, type MessageLocale, type RegionLevel, type Text, levelInName, regionKey, readLocale } from "@inovasi/core";
import { type Grid, a1 } from "./grid.js";

/** One row of a province's list of regions, as the host read it (a text line or a sheet row), with where it is. */
export interface RegionListRow {
  /**
   * Where the row is, for the reader: a text file's line in both languages (`daftar-daerah.txt baris 4` / `… line 4`),
   * or a place no language changes (`daftar.xlsx Daftar!A4`).
   */
  at: string | Text;
  /** Where one of its cells is, when the list is a sheet (`Daftar!B4`); default `at`. */
  cellAt?: (col: number) => string;
  cells: readonly unknown[];
}

/** A list of regions read by `regionList`: the regions expected to send a file, or the problems that keep it from use. */
export interface RegionList {
  regions: ExpectedRegion[];
  /** One message per row the list cannot use, located; the list is not used while there are any. */
  problems: string[];
}

const norm = (s: string) => s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** What a level cell may say (normalised). */
const LEVEL_CELL: Record<string, RegionLevel> = {
  kabupaten: "kabupaten", kab: "kabupaten", pemkab: "kabupaten",
  kota: "kota", pemkot: "kota",
  provinsi: "provinsi", prov: "provinsi", pemprov: "provinsi",
};

/** A first row that heads the list rather than naming a region. */
const HEADINGS = new Set(["daerah", "nama daerah", "kabupaten kota", "kab kota", "nama kabupaten kota", "nama kab kota", "pemerintah daerah", "pemda", "nama pemda", "nama", "region", "region name", "name"]);
/** A heading over the level column. */
const LEVEL_HEADINGS = new Set(["tingkat", "level", "jenis daerah"]);
/** A heading over a column that numbers the rows. */
const NUMBER_HEADINGS = new Set(["no", "nomor", "no urut", "number"]);

const T = {
  id: {
    noLevel: (at: string, name: string) => `${at}: "${name}" — tingkatnya tidak diketahui; tulis "Kabupaten ${name}" atau "Kota ${name}", atau isi kolom Tingkat di sebelah nama`,
    badLevel: (at: string, given: string) => `${at}: tingkat "${given}" tidak dikenal; pilihan yang sah: "Kabupaten", "Kota", "Provinsi"`,
    twice: (at: string, name: string, first: string, firstName: string) => `${at}: "${name}" adalah daerah yang sama dengan ${first} ("${firstName}"); tulis sekali saja`,
    empty: (where: string) => `${where}: daftar daerah kosong; tulis satu daerah per baris, mis. "Kabupaten Bukit Contoh"`,
    line: (file: string, n: number) => `${file} baris ${n}`,
  },
  en: {
    noLevel: (at: string, name: string) => `${at}: "${name}" — its level is unknown; write "Kabupaten ${name}" or "Kota ${name}", or fill a Tingkat (level) column beside the name`,
    badLevel: (at: string, given: string) => `${at}: level "${given}" is not known; valid choices: "Kabupaten", "Kota", "Provinsi"`,
    twice: (at: string, name: string, first: string, firstName: string) => `${at}: "${name}" is the same region as ${first} ("${firstName}"); write it once`,
    empty: (where: string) => `${where}: the list of regions is empty; write one region a line, e.g. "Kabupaten Bukit Contoh"`,
    line: (file: string, n: number) => `${file} line ${n}`,
  },
} as const;

const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());

/** A list's place in the language of the text that names it (`daftar.txt baris 4`, `daftar.txt line 4`, `Daftar!A4`). */
export function placeText(at: string | Text, locale: MessageLocale): string {
  return typeof at === "string" ? at : at[locale];
}

/** How many of the first rows may hold the heading (a title and a blank line or two above it). */
const HEADING_SCAN = 5;

/**
 * The column a heading row names the region in: a known name heading, or any heading beside a level heading ("Nama
 * Peserta", "Tingkat"); -1 when the row is not a heading row.
 */
function headingColumn(head: readonly string[]): number {
  if (head.some((c) => HEADINGS.has(c))) return head.findIndex((c) => HEADINGS.has(c));
  return head.some((c) => LEVEL_HEADINGS.has(c)) ? head.findIndex((c) => c !== "" && !LEVEL_HEADINGS.has(c) && !NUMBER_HEADINGS.has(c)) : -1;
}

/**
 * The regions of a province's list, or the rows it cannot use. `where` names the list as a whole (its file) for an
 * empty list.
 *
 * @example
 * regionList([{ at: "daftar.txt baris 1", cells: ["Kab. Bukit Contoh"] }], "daftar.txt").regions
 * //=> [{ name: "Kab. Bukit Contoh", level: "kabupaten", at: "daftar.txt baris 1" }]
 */
export function regionList(rows: readonly RegionListRow[], where: string, locale: MessageLocale = "id"): RegionList {
  locale = readLocale(locale, "regionList");
  const t = T[locale];
  const regions: ExpectedRegion[] = [];
  const problems: string[] = [];
  const seen = new Map<string, ExpectedRegion>();
  // rows that say something: not empty, not a comment
  const used = rows.filter((r) => {
    const firstText = r.cells.map(text).find((c) => c !== "");
    return firstText !== undefined && !firstText.startsWith("#");
  });
  // which column names the region: the one headed "Daerah", "Kabupaten/Kota" … (a level column headed "Tingkat"), else
  // the first, or the second when the first only numbers the rows (No. 1, 2, 3 …, as a province's table often has)
  // the heading row may sit under a title ("Daftar Kabupaten/Kota Provinsi …"): looked for in the first rows, and the
  // rows above it are not regions
  const headingAt = used.slice(0, HEADING_SCAN).findIndex((r) => headingColumn(r.cells.map((c) => norm(text(c)))) >= 0);
  const head = headingAt >= 0 ? used[headingAt]!.cells.map((c) => norm(text(c))) : [];
  const headed = headingColumn(head);
  const body = headed >= 0 ? used.slice(headingAt + 1) : used;
  const numbered = body.length > 0 && body.every((r) => /^\d+[.)]?$/.test(text(r.cells[0])));
  const nameCol = headed >= 0 ? headed : numbered ? 1 : 0;
  const levelCol = headed >= 0 ? head.findIndex((c) => LEVEL_HEADINGS.has(c)) : nameCol + 1;
  for (const row of body) {
    const at = row.cellAt?.(nameCol) ?? row.at;
    const here = placeText(at, locale);
    const name = text(row.cells[nameCol]).replace(/^\d+[.)]\s+/, ""); // "1. Kabupaten …" in a numbered text list
    const levelCell = levelCol >= 0 ? text(row.cells[levelCol]) : "";
    if (name === "" || HEADINGS.has(norm(name))) continue; // a heading repeated on a printed table's next page
    let level: RegionLevel | undefined;
    if (levelCell !== "") {
      level = LEVEL_CELL[norm(levelCell)];
      if (!level) { problems.push(t.badLevel(placeText(row.cellAt?.(levelCol) ?? row.at, locale), levelCell)); continue; }
    } else {
      // the level the name's first words say (core's `levelInName`, as the reader's Tingkat check): "Kota Baru" none
      level = levelInName(name);
      if (!level) { problems.push(t.noLevel(here, name)); continue; }
    }
    const region: ExpectedRegion = { name, level, at };
    const key = regionKey(region);
    const earlier = seen.get(key);
    if (earlier) { problems.push(t.twice(here, name, placeText(earlier.at!, locale), earlier.name)); continue; }
    seen.set(key, region);
    regions.push(region);
  }
  if (regions.length === 0 && problems.length === 0) problems.push(t.empty(where));
  return { regions, problems };
}

/**
 * The rows of a list kept as text (`.txt`, `.csv`, `.tsv`): one a line, cells split at a tab, semicolon or comma
 * (region names hold none), a cell in quotes as Excel writes a CSV cell unquoted; each row named `file baris n` and
 * `file line n` (a note names it in the note's language, whatever language the list was read in). `_locale`: unused,
 * kept for callers that pass it.
 */
export function regionListTextRows(text: string, file: string, _locale?: MessageLocale): RegionListRow[] {
  return text
    .replace(/^\uFEFF/, "") // Notepad's byte-order mark
    .split(/\r?\n|\r/)
    .map((line, k) => ({ at: { id: T.id.line(file, k + 1), en: T.en.line(file, k + 1) }, cells: line.split(/[\t;,]/).map((c) => c.trim().replace(/^"(.*)"$/, "$1")) }));
}

/** The rows of a list kept as a sheet: each row, and each cell, named `file Sheet!B4`. */
export function regionListSheetRows(sheet: Grid, file: string): RegionListRow[] {
  return sheet.cells.map((cells, r) => ({ at: `${file} ${sheet.name}!${a1(r, 0)}`, cellAt: (c: number) => `${file} ${sheet.name}!${a1(r, c)}`, cells }));
}
