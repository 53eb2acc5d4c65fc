/**
 * The pane's and the ribbon's view of Excel, built from the adapter over any way to run a request context: Excel.run
 * in Excel, the in-memory host in tests. No Office globals here.
 */
import type { Edition } from "@inovasi/core";
import { type WorkbookGrids, templateBook } from "@inovasi/workbook";
import { type Supports, type XContext, applyWrites, readGrids, readSettingsSheet, selectCell, watchSettingsSheet } from "../excel/adapter.js";
import { type ReadReport, listSheets } from "../excel/read.js";
import { renderTemplate } from "../excel/template.js";
import type { PipelineOutcome } from "../pipeline.js";
import type { RecapWorkbook } from "@inovasi/workbook";
import { type RecapWriteOutcome, recapSheetsIn, writeRecapSheets } from "../excel/recap.js";

/** A scored outcome: what a run writes. */
export type Scored = Extract<PipelineOutcome, { ok: true }>;

/** What a run writes: a scored outcome's cells and drawing, or a refused run's `blocked` ones. */
export type Writable = Pick<Scored, "writes" | "output"> & Partial<Pick<Scored, "chart" | "summaryHeadingRows">>;

/** What the pane and the ribbon command need from Excel. */
export interface PaneHost {
  /** The workbook's grids; `report`, when given, says what Excel would not give (merged areas of some sheets). */
  readGrids(report?: ReadReport, progress?: (rows: number, total: number) => void): Promise<WorkbookGrids>;
  /** The workbook's sheet names (the pane's sheets line at start). */
  sheetNames(): Promise<string[]>;
  /** The Pengaturan sheet alone (the IID functions' edition at start-up); no grid when there is none. */
  settingsSheet?(): Promise<WorkbookGrids>;
  /**
   * Follow the Pengaturan sheet: `onChange` after each change of its cells (ExcelApi 1.7). Returns the id of the sheet
   * followed (`watched`, one returned before: already followed, no second handler); undefined when nothing is followed.
   */
  watchSettings?(onChange: () => void, watched?: string): Promise<string | undefined>;
  /**
   * Write a scored outcome (cells, summary, chart …), or what a refused run writes (its `blocked`: the Masalah sheet
   * and the out-of-date lines); `progress(done, total)` after each chunk.
   */
  applyOutcome(out: Writable, progress: (done: number, total: number) => void): Promise<unknown>;
  selectCell(sheet: string, address: string): Promise<void>;
  /**
   * Insert the template sheets the workbook lacks; returns the names inserted. `leaveOut`, given the workbook's sheet
   * names, names template sheets not to insert even so (the reader reads the analyst's sheet of another name for them).
   */
  insertTemplate(edition: Edition, leaveOut?: (names: string[]) => string[]): Promise<string[]>;
  /** Write the province recap's sheets (only the tool's own sheets of those names; any other sheet is left alone). */
  writeRecap(book: RecapWorkbook, progress?: (done: number, total: number) => void): Promise<RecapWriteOutcome>;
  /** The tool's recap sheets in the workbook (their A1 its title; not an analyst's sheet of such a name). */
  recapSheets(): Promise<string[]>;
  /** Recalculate every formula (the IID functions follow a change of the pane's edition or model). */
  recalculate(): Promise<void>;
  /** Show the task pane (the ribbon command does, when the analyst must see problems). */
  showPane(): Promise<void>;
}

export type RunContext = <T>(f: (ctx: XContext) => Promise<T>) => Promise<T>;

export function excelHost(run: RunContext, supports: Supports, showPane: () => Promise<void>): PaneHost {
  return {
    // merged cells (ExcelApi 1.13) read as the CLI reads them; an older Excel reads without them
    readGrids: (report, progress) => run((ctx) => readGrids(ctx, { supports, ...(progress ? { progress } : {}) }, report)),
    sheetNames: () => run(listSheets),
    settingsSheet: () => run(readSettingsSheet),
    watchSettings: (onChange, watched) => run((ctx) => watchSettingsSheet(ctx, supports, onChange, watched)),
    applyOutcome: (out, progress) => run((ctx) => applyWrites(ctx, out.writes, { output: out.output, ...(out.chart ? { chart: out.chart } : {}), ...(out.summaryHeadingRows ? { summaryHeadingRows: out.summaryHeadingRows } : {}), supports, progress })),
    selectCell: (sheet, address) => run((ctx) => selectCell(ctx, sheet, address)),
    // the same template `inovasi template` writes: dropdowns, prompts, widths, frozen header rows, help sheet
    // the very hidden lists sheet (Daftar) is inserted too, but not named: the analyst never sees it
    insertTemplate: (edition, leaveOut) => {
      const book = templateBook(edition);
      const hidden = new Set(book.sheets.filter((x) => x.visibility !== "visible").map((x) => x.name));
      return run((ctx) => renderTemplate(ctx, book, { supports, ...(leaveOut ? { leaveOut } : {}) })).then((r) => r.added.filter((n) => !hidden.has(n)));
    },
    writeRecap: (book, progress) => run((ctx) => writeRecapSheets(ctx, book, { supports, ...(progress ? { progress } : {}) })),
    recapSheets: () => run(recapSheetsIn),
    recalculate: () => run(async (ctx) => {
      const app = ctx.workbook.application;
      if (!app.calculate) return;
      app.calculate("Full");
      await ctx.sync();
    }),
    showPane,
  };
}
