/**
 * Links from the pane to cells: what a link shows, what a screen reader says, and where it points, derived from the
 * reader's source map. Pure; selecting the cell is the host's job.
 */
import type { RegionInput } from "@inovasi/core";
import { a1, type SourceMap } from "@inovasi/workbook";
import { type Lang, msg } from "./messages.js";

/** A cell the pane can select. `text` is what Excel's Name Box shows for it ('Perangkat Daerah'!B3). */
export interface CellLink { sheet: string; cell: string; text: string; label: string }

/** A sheet name as Excel writes it in a reference: quoted when it holds anything but letters, digits and `_`. */
export function sheetRef(sheet: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet) && !/^[A-Za-z]{1,3}\d+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

const A1 = /^\$?[A-Z]{1,3}\$?[1-9]\d{0,6}(:\$?[A-Z]{1,3}\$?[1-9]\d{0,6})?$/;

/** A link to `sheet!cell`, or undefined when there is no cell (a problem about a whole sheet) or it is not an A1 address. */
export function cellLink(lang: Lang, sheet: string, cell: string | undefined): CellLink | undefined {
  if (!cell || !A1.test(cell)) return undefined;
  return { sheet, cell, text: `${sheetRef(sheet)}!${cell}`, label: msg.cellLabel(lang, sheet, cell) };
}

/** The name cell of an agency on the agencies sheet (first row with that name), when it is listed there. */
export function agencyLink(lang: Lang, source: SourceMap, input: Pick<RegionInput, "agencies">, agency: string): CellLink | undefined {
  const ag = source.agencies;
  const i = input.agencies.findIndex((a) => a.name === agency);
  const row = i >= 0 ? ag?.rows[i] : undefined;
  return ag && row !== undefined ? cellLink(lang, ag.sheet, a1(row, ag.cols.name ?? 0)) : undefined;
}
