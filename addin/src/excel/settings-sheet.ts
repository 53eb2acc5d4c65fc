/**
 * The Pengaturan sheet alone, for the IID functions at start-up (before any run, the shared runtime knows no edition):
 * its first rows, where the template keeps its settings. Two syncs: the sheet names, then one small range.
 */
import { type CellValue, type WorkbookGrids, SHEETS, findSheet } from "@inovasi/workbook";
import { listSheets } from "./read.js";
import type { XContext } from "./types.js";

/** Rows and columns read: the template's settings sit in A1:B20; a sheet laid out by hand has room to the side. */
export const SETTINGS_READ = { rows: 100, cols: 6 } as const;

/** The settings sheet as a grid (named as the reader names it, in any case), or no grid when the workbook has none. */
export async function readSettingsSheet(ctx: XContext): Promise<WorkbookGrids> {
  const names = await listSheets(ctx);
  const g = findSheet(Object.fromEntries(names.map((name) => [name, { name, cells: [] }])), SHEETS.settings);
  if (!g) return {};
  const range = ctx.workbook.worksheets.getItem(g.name).getRangeByIndexes(0, 0, SETTINGS_READ.rows, SETTINGS_READ.cols).load("values");
  await ctx.sync();
  return { [g.name]: { name: g.name, cells: range.values as CellValue[][] } };
}
