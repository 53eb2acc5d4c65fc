/**
 * The add-in's door to Office.js (Excel): everything under `src/excel/` and nothing else speaks it. This module is
 * the one the pane and commands import; it re-exports the parts:
 * - `read.ts`: the workbook → grids, in row blocks under Excel on the web's 5 MB response limit (`merges.ts`: merged
 *   areas, ExcelApi 1.13);
 * - `write.ts` + `apply.ts`: cell writes → few rectangles in few syncs, and the output description drawn;
 * - `template.ts`: the template book drawn; here: template sheets inserted, a cell selected;
 * - `recap.ts`: the province recap's sheets written (only the tool's own sheets of those names).
 */
import type { CellValue } from "@inovasi/workbook";
import { officeValue } from "@inovasi/workbook";
import type { XContext } from "./types.js";

export type { Supports, XChart, XContext, XRange, XRangeAreas, XTable, XWorksheet } from "./types.js";
export { isPayloadTooLarge, jsonBytes } from "./types.js";
export { CALC_OWED_SETTING, CHART_NAME, applyWrites, calcLeftOf, charsToPoints, formulaKey } from "./apply.js";
export type { ApplyOptions, ApplyReport } from "./apply.js";
export { DEFAULT_CHUNK_BYTES, ROW_GAP, blockBytes, chunkBlocks, groupWrites, splitBlocks, styleRanges } from "./write.js";
export type { StyleRange, WriteBlock } from "./write.js";
export { officeListSource, renderTemplate } from "./template.js";
export type { TemplateReport } from "./template.js";
export { recapSheetsIn, writeRecapSheets } from "./recap.js";
export type { RecapWriteOutcome } from "./recap.js";
export { DEFAULT_READ_BYTES, columnRuns, contractSheet, listSheetEntries, listSheets, packSegments, readGrids, readUsedRanges } from "./read.js";
export type { ReadBlock, ReadOptions, ReadReport, ReadSegment, SheetEntry } from "./read.js";
export { MAX_APART_SYNCS, MAX_MERGED_AREAS, parseAreas } from "./merges.js";
export { SETTINGS_READ, readSettingsSheet, watchSettingsSheet } from "./settings-sheet.js";

/** A sheet to insert: its cells from the first row; the header row is made bold. */
export interface NewSheet { name: string; headerRow: number; cells: CellValue[][] }

/**
 * Insert template sheets that do not exist yet (existing sheets are never touched). Two syncs.
 * Returns the names inserted.
 */
export async function insertSheets(ctx: XContext, sheets: NewSheet[]): Promise<string[]> {
  const wb = ctx.workbook;
  wb.worksheets.load("items/name");
  await ctx.sync();
  const have = new Set(wb.worksheets.items.map((w) => w.name.toLowerCase()));
  const added: string[] = [];
  for (const s of sheets) {
    if (have.has(s.name.toLowerCase())) continue;
    const ws = wb.worksheets.add(s.name);
    const width = Math.max(1, ...s.cells.map((r) => r.length));
    const rows = s.cells.map((r) => Array.from({ length: width }, (_, i) => officeValue({ value: r[i] ?? null })));
    if (rows.length) {
      ws.getRangeByIndexes(0, 0, rows.length, width).values = rows;
      ws.getRangeByIndexes(s.headerRow, 0, 1, width).format.font.bold = true;
    }
    added.push(s.name);
  }
  await ctx.sync();
  return added;
}

/** Select a cell (the pane's problem links). One sync. */
export async function selectCell(ctx: XContext, sheet: string, address: string): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(address).select();
  await ctx.sync();
}
