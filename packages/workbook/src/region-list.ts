/**
 * The province's list of the regions it expects a workbook from (its kab/kota), read from rows of cells: a text file's
 * lines or a sheet's rows. One region a row, its name in the first cell ("Kabupaten Bukit Contoh", "Kab. Bukit", "Kota
 * Baru Contoh") and, optionally, its level in the second ("Kabupaten" / "Kota" / "Provinsi"); without that cell the
 * level comes from the name's first word. Empty rows, rows starting with `#` and a heading row ("Daerah", "Nama
 * Daerah", "Kabupaten/Kota" …) are skipped. Every problem names its row. Host-neutral; the CLI reads the file.
 */
import { type ExpectedRegion, type MessageLocale, type RegionLevel, regionKey } from "@inovasi/core";

export interface RegionListRow {
  /** Where the row is, for the reader: `daftar-daerah.txt baris 4`, `Daftar!A4`. */
  at: string;
  cells: readonly unknown[];
}

export interface RegionList {
  regions: ExpectedRegion[];
  /** One message per row the list cannot use, located; the list is not used while there are any. */
  problems: string[];
}

const norm = (s: string) => s.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** The level a name's first words state ("Kab. X", "Pemerintah Kota X"), or undefined. */
const LEVEL_FROM_NAME: [RegExp, RegionLevel][] = [
  [/^(pemerintah (kabupaten|kab) |pemkab |kabupaten |kab )/, "kabupaten"],
  [/^(pemerintah kota |pemkot |kota )/, "kota"],
  [/^(pemerintah provinsi |pemprov |provinsi |prov )/, "provinsi"],
];

/** What a level cell may say (normalised). */
const LEVEL_CELL: Record<string, RegionLevel> = {
  kabupaten: "kabupaten", kab: "kabupaten", pemkab: "kabupaten",
  kota: "kota", pemkot: "kota",
  provinsi: "provinsi", prov: "provinsi", pemprov: "provinsi",
};

/** A first row that heads the list rather than naming a region. */
const HEADINGS = new Set(["daerah", "nama daerah", "kabupaten kota", "kab kota", "nama kabupaten kota", "nama", "region", "region name", "name"]);

const T = {
  id: {
    noLevel: (at: string, name: string) => `${at}: "${name}" — tingkatnya tidak diketahui; tulis "Kabupaten ${name}" atau "Kota ${name}", atau isi kolom kedua (Tingkat)`,
    badLevel: (at: string, given: string) => `${at}: tingkat "${given}" tidak dikenal; pilihan yang sah: "Kabupaten", "Kota", "Provinsi"`,
    twice: (at: string, name: string, first: string, firstName: string) => `${at}: "${name}" adalah daerah yang sama dengan ${first} ("${firstName}"); tulis sekali saja`,
    empty: (where: string) => `${where}: daftar daerah kosong; tulis satu daerah per baris, mis. "Kabupaten Bukit Contoh"`,
  },
  en: {
    noLevel: (at: string, name: string) => `${at}: "${name}" — its level is unknown; write "Kabupaten ${name}" or "Kota ${name}", or fill the second column (Tingkat)`,
    badLevel: (at: string, given: string) => `${at}: level "${given}" is not known; valid choices: "Kabupaten", "Kota", "Provinsi"`,
    twice: (at: string, name: string, first: string, firstName: string) => `${at}: "${name}" is the same region as ${first} ("${firstName}"); write it once`,
    empty: (where: string) => `${where}: the list of regions is empty; write one region a line, e.g. "Kabupaten Bukit Contoh"`,
  },
} as const;

const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());

/**
 * The regions of a province's list, or the rows it cannot use. `where` names the list as a whole (its file) for an
 * empty list.
 *
 * @example
 * regionList([{ at: "daftar.txt baris 1", cells: ["Kab. Bukit Contoh"] }], "daftar.txt").regions
 * //=> [{ name: "Kab. Bukit Contoh", level: "kabupaten", at: "daftar.txt baris 1" }]
 */
export function regionList(rows: readonly RegionListRow[], where: string, locale: MessageLocale = "id"): RegionList {
  const t = T[locale];
  const regions: ExpectedRegion[] = [];
  const problems: string[] = [];
  const seen = new Map<string, ExpectedRegion>();
  let first = true;
  for (const row of rows) {
    const name = text(row.cells[0]);
    const levelCell = text(row.cells[1]);
    if (name === "" || name.startsWith("#")) continue;
    const heading = first && (HEADINGS.has(norm(name)) || norm(levelCell) === "tingkat" || norm(levelCell) === "level");
    first = false;
    if (heading) continue;
    let level: RegionLevel | undefined;
    if (levelCell !== "") {
      level = LEVEL_CELL[norm(levelCell)];
      if (!level) { problems.push(t.badLevel(row.at, levelCell)); continue; }
    } else {
      level = LEVEL_FROM_NAME.find(([re]) => re.test(`${norm(name)} `))?.[1];
      if (!level) { problems.push(t.noLevel(row.at, name)); continue; }
    }
    const region: ExpectedRegion = { name, level, at: row.at };
    const key = regionKey(region);
    const earlier = seen.get(key);
    if (earlier) { problems.push(t.twice(row.at, name, earlier.at!, earlier.name)); continue; }
    seen.set(key, region);
    regions.push(region);
  }
  if (regions.length === 0 && problems.length === 0) problems.push(t.empty(where));
  return { regions, problems };
}
