/**
 * Cells of the tool's own sheets (Masalah, Rencana, Ringkasan) that name a cell of the analyst's workbook, as links to
 * it inside the workbook: a host draws each as a hyperlink (no formula: the cell keeps its text).
 */
import type { MessageLocale } from "@inovasi/core";
import { type WorkbookGrids, findSheet } from "./grid.js";
import type { CellLinkSpec } from "./output.js";
import { numberText } from "./number-text.js";

/** Excel's limit of hyperlinks on one worksheet (its specifications and limits); past it Excel repairs the file. */
export const MAX_LINKS_PER_SHEET = 65_530;

/**
 * The links one sheet keeps: the first `cap` (every host draws these only); when some are left out, the sentence the
 * sheet shows about it (their cells keep their text: it names the place).
 */
export function capLinks(links: CellLinkSpec[], locale: MessageLocale, cap = MAX_LINKS_PER_SHEET): { links: CellLinkSpec[]; note?: string } {
  if (links.length <= cap) return { links };
  const n = numberText(cap, locale);
  return { links: links.slice(0, cap), note: locale === "en" ? `Links only on the first ${n} cells (Excel's limit); the cells after them still name their place.` : `Tautan hanya untuk ${n} sel pertama (batas Excel); sel berikutnya tetap menyebut letaknya.` };
}

/**
 * The link of the cell at `row`, `col` (0-based) to the place `ref` names as `where` writes it (`Inovasi!H12`,
 * `'Data Inovasi'!O26:P26`, `Inovasi!O26 dan R26`: its first cell or range). The location names the sheet by its real
 * name (the grid's: the sheet the reader took), always quoted; undefined when the workbook has no such sheet.
 */
export function cellLink(grids: WorkbookGrids, row: number, col: number, ref: string, locale: MessageLocale): CellLinkSpec | undefined {
  return linker(grids, locale)(row, col, ref);
}

/**
 * {@link cellLink} for many cells: each sheet's quoted name and the tip's word made once and shared by every link's
 * strings (the Masalah sheet links each issue's cell: tens of thousands of links).
 */
function linker(grids: WorkbookGrids, locale: MessageLocale): (row: number, col: number, ref: string) => CellLinkSpec | undefined {
  const sheets = new Map<string, string | undefined>();
  const go = `${locale === "en" ? "Go to" : "Buka"} `;
  return (row, col, ref) => {
    const m = /^(?:'((?:[^']|'')+)'|([A-Za-z0-9_]+))!([A-Z]+\d+(?::[A-Z]+\d+)?)/.exec(ref);
    if (!m) return undefined;
    const name = m[1]?.replace(/''/g, "'") ?? m[2]!;
    if (!sheets.has(name)) {
      const g = findSheet(grids, name);
      sheets.set(name, g && `'${g.name.replace(/'/g, "''")}'!`);
    }
    const sheet = sheets.get(name);
    if (sheet === undefined) return undefined;
    const to = sheet + m[3];
    return { row, col, to, tip: go + to };
  };
}

/** A cell of an owned sheet (0-based) whose text names a place of the workbook (`ref`, as `where` writes it). */
export interface NamedPlace {
  row: number;
  col: number;
  ref: string;
}

/** The links of a sheet's cells that name a place: those whose sheet the workbook has ({@link cellLink}), capped ({@link capLinks}). */
export function placeLinks(grids: WorkbookGrids, cells: NamedPlace[], locale: MessageLocale, cap?: number): { links: CellLinkSpec[]; note?: string } {
  const link = linker(grids, locale);
  return capLinks(cells.flatMap((l) => link(l.row, l.col, l.ref) ?? []), locale, cap);
}
