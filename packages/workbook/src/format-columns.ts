/**
 * The columns whose number formats the reader needs (`Grid.formats`), found as the reader finds those columns. A host
 * that reads formats only where needed (the add-in, under Excel on the web's payload limit) loads these; one that
 * reads every cell (the CLI) keeps these. A format missed here is a value read otherwise by one host: a date in Tahun
 * Penilaian was read by the add-in as the year 46092 (its serial), where `inovasi score` read its year (trust37).
 */
import { type Indicator, defaultEdition } from "@inovasi/core";
import { type CellValue, type Grid, normaliseHeader } from "./grid.js";
import { PROFILE_HEADER_WORDS, columnNamed, headerKey } from "./header-words.js";
import { mayHeadAnswer } from "./indicator-heading.js";
import { PROFILE_COLUMNS, type ProfileField, SETTINGS_KEYS, SHEETS, evidenceNumbers, indicatorsOf, parseIndicatorHeader, settingKeyOf } from "./layout.js";
import { spdColumn } from "./spd-columns.js";
import { type HeaderRow, col, headerRow } from "./table.js";

/**
 * The Inovasi sheet's profile columns in a header row, as the reader takes them: each field's template header first,
 * then a rewording of it (header-words.ts: "Tahun Usulan" for Tahun) among the columns left. `reworded`: the fields
 * taken by a rewording, with the text read.
 */
export function profileColumns(h: HeaderRow): { cols: Partial<Record<ProfileField, number>>; reworded: Partial<Record<ProfileField, string>> } {
  const fields = Object.entries(PROFILE_COLUMNS) as [ProfileField, (typeof PROFILE_COLUMNS)[ProfileField]][];
  const cols: Partial<Record<ProfileField, number>> = {};
  const reworded: Partial<Record<ProfileField, string>> = {};
  for (const [f, spec] of fields) {
    const c = col(h, spec.header);
    if (c !== undefined) cols[f] = c;
  }
  const taken = new Set(Object.values(cols));
  for (const [f, spec] of fields) {
    if (cols[f] !== undefined) continue;
    const hit = columnNamed(h.cells, [spec.header, ...(PROFILE_HEADER_WORDS[f] ?? [])], taken);
    if (!hit) continue;
    cols[f] = hit.col;
    taken.add(hit.col);
    if (hit.key !== headerKey(spec.header)) reworded[f] = hit.text;
  }
  return { cols, reworded };
}

/** The profile columns a date is typed in: the two dates, and Tahun (a date typed there is read as its year). */
const DATED: readonly ProfileField[] = ["year", "trialDate", "implementationDate"];
const YEAR_KEY = normaliseHeader(SETTINGS_KEYS.year);

/**
 * Columns (0-based) of a sheet's header row whose cells' number formats the reader needs: indicator answer columns (a
 * percent-formatted 0.95 is 95 %) — numbered, or headed as the reader may take them without a number's stop ("14",
 * "Pengaduan": `mayHeadAnswer` over `sid`, the default edition's unless given) —, the date columns and Tahun under
 * their template header or a rewording the reader takes (`profileColumns`; a header twice: each), the SPD answer
 * column as `spdColumn` takes it by its header ("Capaian"; not "Nilai", taken by its cells), and, on a Pengaturan row
 * keyed Tahun Penilaian (`settingKeyOf`), its value's column.
 */
export function formatColumns(header: readonly CellValue[], sid: readonly Indicator[] = indicatorsOf(defaultEdition, "SID")): number[] {
  const out = new Set<number>();
  const h = headerRow({ name: "", cells: [header as CellValue[]] } satisfies Grid, 0);
  const { cols } = profileColumns(h);
  for (const f of DATED) {
    const c = cols[f];
    if (c !== undefined) for (const d of h.duplicates.get(normaliseHeader(String(header[c]))) ?? [c]) out.add(d);
  }
  // not a header the reader takes only by its cells ("Nilai": Pengaturan's value column is headed so)
  const spd = spdColumn(h, "answer");
  if (spd && !spd.unsure) out.add(spd.col);
  const setting = settingKeyOf(header);
  if (setting?.key === YEAR_KEY) out.add(setting.col + 1);
  // a model's own numbering ("P1. …") is known by its evidence column, as the reader knows it
  const texts = h.cells.filter((x) => typeof header[x.col] === "string");
  const numbers = evidenceNumbers(texts.map((x) => x.text));
  for (const { col: c, text } of texts) if (parseIndicatorHeader(text, numbers)?.role === "answer" || mayHeadAnswer(text, sid)) out.add(c);
  return [...out].sort((a, b) => a - b);
}

/**
 * The column of Tahun Penilaian's value on the sheet the reader reads as Pengaturan (by its name, as `findSheet`), found
 * as `readSettings` finds it: the first row keyed so (`settingKeyOf`), however far down — analysts insert rows above the
 * template's row 4. One pass over that sheet's rows, stopping at the key; undefined on any other sheet, or without it.
 */
export function settingsYearColumn(sheet: string, cells: readonly (readonly CellValue[] | undefined)[]): number | undefined {
  if (normaliseHeader(sheet) !== SETTINGS_SHEET) return undefined;
  for (const row of cells) {
    const at = row && settingKeyOf(row);
    if (at?.key === YEAR_KEY) return at.col + 1;
  }
  return undefined;
}
const SETTINGS_SHEET = normaliseHeader(SHEETS.settings);

/**
 * {@link formatColumns} for a whole sheet whose header row is not known yet: the union over its first `scan` rows (the
 * reader looks for headers there too), and, given the sheet's name, Tahun Penilaian's value column on Pengaturan
 * wherever its row is ({@link settingsYearColumn}). A host that reads every cell anyway (the CLI) fills `Grid.formats`
 * for these.
 */
export function formatColumnsIn(cells: readonly (readonly CellValue[] | undefined)[], scan = 10, sheet?: string): number[] {
  const out = new Set<number>();
  for (let r = 0; r < Math.min(scan, cells.length); r++) for (const c of formatColumns(cells[r] ?? [])) out.add(c);
  const year = sheet === undefined ? undefined : settingsYearColumn(sheet, cells);
  if (year !== undefined) out.add(year);
  return [...out].sort((a, b) => a - b);
}
