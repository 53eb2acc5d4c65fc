/**
 * The Pengaturan sheet alone, for the IID functions at start-up (before any run, the shared runtime knows no edition):
 * its first rows, where the template keeps its settings. Two syncs: the sheet names, then one small range. And the
 * sheet followed between runs (`Worksheet.onChanged`, ExcelApi 1.7), so the functions follow an edit of its edition.
 */
import { type CellValue, type WorkbookGrids, SHEETS, findSheet } from "@inovasi/workbook";
import { listSheets } from "./read.js";
import type { Supports, XContext } from "./types.js";

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

/**
 * Follow the Pengaturan sheet (named as the reader names it): `onChange` is called after each change of its cells —
 * Excel raises `Worksheet.onChanged` (ExcelApi 1.7) for the analyst's edits and an add-in's writes alike. Returns the
 * id of the sheet followed; `watched`, an id returned before, is a sheet already followed (no second handler on it).
 * No such sheet, or an Excel below 1.7: undefined, nothing followed. Two syncs (the names, the sheet's id); three when
 * a handler is put on.
 */
export async function watchSettingsSheet(ctx: XContext, supports: Supports, onChange: () => void, watched?: string): Promise<string | undefined> {
  if (!supports("1.7")) return undefined;
  const names = await listSheets(ctx);
  const g = findSheet(Object.fromEntries(names.map((name) => [name, { name, cells: [] }])), SHEETS.settings);
  if (!g) return undefined;
  const ws = ctx.workbook.worksheets.getItem(g.name).load("id");
  await ctx.sync();
  if (!ws.onChanged || ws.id === undefined) return undefined;
  if (ws.id === watched) return watched;
  ws.onChanged.add(async () => { onChange(); });
  await ctx.sync();
  return ws.id;
}
