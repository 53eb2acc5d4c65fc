/**
 * Which sheet the reader takes for each contract sheet (Inovasi, Perangkat Daerah, SPD, Pengaturan): by its own name,
 * else — Inovasi, Perangkat Daerah and (an edition with SPD rows) SPD — one laid out as it under another name ("Data
 * Inovasi", "OPD", "SPD 2026"). The reader reads what this says and a host shows it (the add-in's sheets line and its
 * template insertion), so both always agree on which sheet is there.
 */
import type { Edition } from "@inovasi/core";
import { type Grid, type WorkbookGrids, cellAt, findSheet, isBlank } from "./grid.js";
import { AGENCY_HEADER_WORDS, AGENCY_TYPE_BY_CELLS, columnNamed, headerKey, namesSheet, namesSpdSheet, sheetNameDoubt } from "./header-words.js";
import { AGENCY_TYPE_LABELS, matchLabel } from "./labels.js";
import { AGENCY_HEADERS, PROFILE_COLUMNS, SHEETS, indicatorsOf } from "./layout.js";
import { spdCodeKey, spdColumn, spdHeaderRow } from "./spd-columns.js";
import { type HeaderRow, col, findHeaderRow, rewordedHeaderRow } from "./table.js";
import { shown } from "./values.js";

/** The contract sheets the reader takes one grid for. */
export type ContractSheet = "innovations" | "agencies" | "spd" | "settings";

/**
 * The sheet the reader takes for a contract sheet. `grid`: the one read, by its own name, or under another name
 * (`renamed`: whether its name and its cells say it, and why its name may make it the wrong one); null when more than
 * one sheet could be it (`candidates`: none is read); undefined when the workbook has none.
 */
export interface SheetTaken {
  grid: Grid | null | undefined;
  renamed?: { named: boolean; coded: boolean; doubt?: ReturnType<typeof sheetNameDoubt> };
  candidates?: Grid[];
  /** The sheet of this name is there but hidden, and a visible sheet laid out as it could be it: `candidates` holds both. */
  hiddenNamed?: true;
  /** Visible sheets laid out as it (SPD: its Kode rows with the edition's codes) beside the one taken: not read, each with its row count. */
  notRead?: { grid: Grid; rows: number }[];
}

/**
 * For each contract sheet, the sheet the reader takes (see {@link SheetTaken}); `assessed` is the Tahun Penilaian (a
 * renamed sheet named for another year is in doubt). `namesOnly`: the grids hold sheet names without their cells (a
 * host that has listed the sheets but not read them): a sheet whose name says it counts as laid out as it.
 *
 * @example
 * sheetsTaken(grids, { edition }).innovations.grid?.name; //=> "Data Inovasi" (no sheet named "Inovasi")
 */
export function sheetsTaken(grids: WorkbookGrids, opts: { edition: Edition; assessed?: number | undefined; namesOnly?: boolean }): Record<ContractSheet, SheetTaken> {
  const others = new Set(Object.values(SHEETS).map((n) => findSheet(grids, n)));
  const spd = indicatorsOf(opts.edition, "SPD");
  const codes = new Set(spd.map((i) => spdCodeKey(i.id)));
  const take = (name: string, named: ((n: string) => boolean) | undefined, cells: (g: Grid) => boolean | undefined): SheetTaken => {
    const g = findSheet(grids, name);
    if (g || !named) return { grid: g };
    return sheetLike(grids, others, named, opts.namesOnly ? () => false : cells, opts.assessed);
  };
  return {
    settings: { grid: findSheet(grids, SHEETS.settings) },
    agencies: take(SHEETS.agencies, (n) => namesSheet("agencies", n), (x) => {
      const at = agencyHeader(x);
      if (!at) return undefined;
      for (let r = at.h.row + 1; r < x.cells.length; r++) if (matchLabel(AGENCY_TYPE_LABELS, shown(cellAt(x, r, at.tc)))) return true;
      // reworded headings without an agency type under them are not taken for the list ("Perangkat Daerah" and "Jenis"
      // head the Inovasi sheet's columns too)
      return at.reworded ? undefined : false;
    }),
    innovations: take(SHEETS.innovations, (n) => namesSheet("innovations", n), (x) => {
      const h = findHeaderRow(x, PROFILE_COLUMNS.name.header);
      if (!h) return undefined;
      const c = col(h, PROFILE_COLUMNS.name.header)!;
      for (let r = h.row + 1; r < x.cells.length; r++) if (!isBlank(cellAt(x, r, c))) return true;
      return false;
    }),
    spd: spdTaken(),
  };

  /**
   * SPD: by its name, else renamed (above). A visible sheet laid out as SPD beside it ("SPD 2026", the values updated
   * there) is named as not read; when the sheet named SPD is hidden (a retired copy), which one is meant is a guess:
   * none is read, both are named (an SPD from a stale sheet is a wrong number, not a warning's worth).
   */
  function spdTaken(): SheetTaken {
    // an edition scored from an SPD total reads the SPD sheet by its name only
    if (opts.edition.spdMode !== "rows") return { grid: findSheet(grids, SHEETS.spd) };
    const coded = (x: Grid) => {
      const n = spdCodedRows(x, codes);
      return n === undefined ? undefined : n > 0;
    };
    const t = take(SHEETS.spd, namesSpdSheet, coded);
    if (!t.grid || t.renamed || opts.namesOnly) return t;
    const like: { grid: Grid; rows: number }[] = [];
    for (const x of Object.values(grids)) {
      if (x.hidden || others.has(x)) continue;
      const rows = spdCodedRows(x, codes);
      if (rows !== undefined && (rows > 0 || namesSpdSheet(x.name))) like.push({ grid: x, rows });
    }
    if (!like.length) return t;
    return t.grid.hidden ? { grid: null, candidates: [t.grid, ...like.map((x) => x.grid)], hiddenNamed: true } : { ...t, notRead: like };
  }
}

/**
 * Whether the reader may read a sheet by its cells, whatever its name: its header rows (an Excel table's, or the first
 * ten) are laid out as Inovasi ("Nama Inovasi"), Perangkat Daerah (Nama and Jenis) or SPD (a Kode and a Jawaban
 * column, or their rewordings). Such a sheet is taken for a missing one, or named as not read beside the one taken.
 * A host that reads the cells of some sheets only (the add-in: those whose name says a contract sheet) reads these
 * too, so that it reads the workbook as a host that reads every sheet (the CLI).
 *
 * @example
 * laidOutAsContractSheet({ name: "Data Kegiatan", cells: [["No", "Nama Inovasi"]] }); //=> true
 */
export function laidOutAsContractSheet(g: Grid): boolean {
  if (findHeaderRow(g, PROFILE_COLUMNS.name.header)) return true;
  if (agencyHeader(g)) return true;
  const h = spdHeaderRow(g);
  return !!h && !!spdColumn(h, "id") && !!spdColumn(h, "answer");
}

/**
 * A Perangkat Daerah header row: "Nama" and "Jenis", or their rewordings the sheet's reader accepts ("Nama Perangkat
 * Daerah", "Nama OPD", "Jenis PD": `AGENCY_HEADER_WORDS`, read29), with the Jenis column — or, as the reader takes it,
 * a "Kategori" / "Tipe" column whose cells are agency types (`AGENCY_TYPE_BY_CELLS`, read31).
 */
function agencyHeader(g: Grid): { h: HeaderRow; tc: number; reworded: boolean } | undefined {
  const exact = findHeaderRow(g, AGENCY_HEADERS.name);
  const h = exact ?? rewordedHeaderRow(g, AGENCY_HEADER_WORDS.name);
  const name = h && columnNamed(h.cells, [AGENCY_HEADERS.name, ...AGENCY_HEADER_WORDS.name], new Set());
  if (!name) return undefined;
  const type = columnNamed(h!.cells, [AGENCY_HEADERS.type, ...AGENCY_HEADER_WORDS.type], new Set([name.col]));
  if (type) return { h: h!, tc: type.col, reworded: !exact || headerKey(type.text) !== headerKey(AGENCY_HEADERS.type) };
  // once per sheet: the column's cells are read only for a heading of AGENCY_TYPE_BY_CELLS
  const category = h!.cells.find((x) => x.col !== name.col && AGENCY_TYPE_BY_CELLS.includes(headerKey(x.text)) && typeColumn(g, h!.row, x.col));
  return category ? { h: h!, tc: category.col, reworded: true } : undefined;
}

/** Whether a column's cells under the header row are agency types (most of those filled, at least two). */
export function typeColumn(g: Grid, headerRow: number, c: number): boolean {
  const cells = g.cells.slice(headerRow + 1).map((row) => row?.[c] ?? null).filter((v) => !isBlank(v));
  return cells.length >= 2 && cells.filter((v) => matchLabel(AGENCY_TYPE_LABELS, shown(v)) !== undefined).length * 2 > cells.length;
}

/** The rows of a sheet laid out as SPD (a Kode and a Jawaban header) whose Kode is one of the edition's codes; undefined when not so laid out. */
function spdCodedRows(x: Grid, codes: Set<string>): number | undefined {
  const h = spdHeaderRow(x);
  const id = h && spdColumn(h, "id");
  if (!id || !spdColumn(h!, "answer")) return undefined;
  let n = 0;
  for (let r = h!.row + 1; r < x.cells.length; r++) {
    const v = cellAt(x, r, id.col);
    if (typeof v === "string" && codes.has(spdCodeKey(v))) n++;
  }
  return n;
}

/**
 * A template sheet under another name ("SPD 2026", "Data Inovasi", "OPD"): among the visible sheets that are no
 * sheet of the template, those laid out as it (`cells` gives undefined for a sheet that is not: no such header row)
 * whose name says it (`named`) or whose cells do (`cells` true: the edition's SPD codes, innovations' names, agencies'
 * types). One, or one that both say: taken. More than one: none (null, the candidates named). None: undefined.
 */
function sheetLike(grids: WorkbookGrids, others: Set<Grid | undefined>, named: (name: string) => boolean, cells: (g: Grid) => boolean | undefined, assessed: number | undefined): SheetTaken {
  const candidates: { g: Grid; named: boolean; coded: boolean }[] = [];
  for (const g of Object.values(grids)) {
    if (g.hidden || others.has(g)) continue;
    const coded = cells(g);
    if (coded === undefined) continue;
    const isNamed = named(g.name);
    if (isNamed || coded) candidates.push({ g, named: isNamed, coded });
  }
  const sure = candidates.filter((x) => x.named && x.coded);
  const one = candidates.length === 1 ? candidates[0]! : sure.length === 1 ? sure[0]! : undefined;
  if (one) {
    const doubt = sheetNameDoubt(one.g.name, assessed);
    return { grid: one.g, renamed: { named: one.named, coded: one.coded, ...(doubt ? { doubt } : {}) } };
  }
  return candidates.length ? { grid: null, candidates: candidates.map((x) => x.g) } : { grid: undefined };
}
