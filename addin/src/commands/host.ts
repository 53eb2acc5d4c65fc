/**
 * The pane's and the ribbon's view of Excel, built from the adapter over any way to run a request context: Excel.run
 * in Excel, the in-memory host in tests. No Office globals here.
 */
import type { CellValue, CellWrite, SummaryChartRef, WorkbookGrids } from "@inovasi/workbook";
import { type Supports, type XContext, applyWrites, insertSheets, readGrids, selectCell } from "../excel/adapter.js";

/** What the pane and the ribbon command need from Excel. */
export interface PaneHost {
  readGrids(): Promise<WorkbookGrids>;
  applyWrites(writes: CellWrite[], chart: (SummaryChartRef & { sheet: string }) | undefined, headingRows: number[], progress: (done: number, total: number) => void): Promise<unknown>;
  selectCell(sheet: string, address: string): Promise<void>;
  /** Insert the missing template sheets; returns the names inserted. */
  insertSheets(sheets: { name: string; headerRow: number; cells: CellValue[][] }[]): Promise<string[]>;
  /** Show the task pane (the ribbon command does, when the analyst must see problems). */
  showPane(): Promise<void>;
}

export type RunContext = <T>(f: (ctx: XContext) => Promise<T>) => Promise<T>;

export function excelHost(run: RunContext, supports: Supports, showPane: () => Promise<void>): PaneHost {
  return {
    readGrids: () => run(readGrids),
    applyWrites: (writes, chart, headingRows, progress) => run((ctx) => applyWrites(ctx, writes, { chart, summaryHeadingRows: headingRows, supports, progress })),
    selectCell: (sheet, address) => run((ctx) => selectCell(ctx, sheet, address)),
    insertSheets: (sheets) => run((ctx) => insertSheets(ctx, sheets)),
    showPane,
  };
}
