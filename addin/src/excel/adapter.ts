/**
 * The only module that speaks Office.js (Excel). It turns the workbook's used ranges into the worksheet contract's
 * grids and applies the contract's cell writes as rectangular range writes. Everything else is pure.
 *
 * Reading is in ./read.ts (row blocks under the 5 MB response limit). Writing = 1 (sheet names, calc mode, existing chart)
 * + one per payload chunk (≈ 4 MB each; Excel on the web refuses requests over 5 MB) + 1 (chart, restore calc mode).
 */
import type { CellValue, CellWrite, SummaryChartRef } from "@inovasi/workbook";
import { a1, officeValue } from "@inovasi/workbook";
import type { Supports, XChart, XContext } from "./types.js";

export type { Supports, XChart, XContext, XRange, XTable, XWorksheet } from "./types.js";
export { isPayloadTooLarge, jsonBytes } from "./types.js";
export { DEFAULT_READ_BYTES, columnRuns, contractSheet, listSheets, packSegments, readGrids, readUsedRanges } from "./read.js";
export type { ReadBlock, ReadOptions, ReadReport, ReadSegment } from "./read.js";

/** The chart the add-in owns on the summary sheet; found by this name on a re-run and updated. */
export const CHART_NAME = "IID_Klaim_vs_Terverifikasi";
/** Default bytes per sync: under Excel on the web's 5 MB request limit with room for the request envelope. */
export const DEFAULT_CHUNK_BYTES = 4_000_000;

/** A rectangle of writes on one sheet (row-major values). */
export interface WriteBlock {
  sheet: string;
  row: number;
  col: number;
  values: CellValue[][];
  formats: (string | null)[][];
  bold: boolean;
}

/**
 * Group cell writes into rectangles: consecutive columns on a row make a run; runs with the same columns on
 * consecutive rows merge. Header cells (to be bold) are kept in their own blocks.
 */
export function groupWrites(writes: CellWrite[]): WriteBlock[] {
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) (bySheet.get(w.sheet) ?? bySheet.set(w.sheet, []).get(w.sheet)!).push(w);
  const blocks: WriteBlock[] = [];
  for (const [sheet, ws] of bySheet) {
    const sorted = [...ws].sort((a, b) => a.row - b.row || a.col - b.col);
    const runs: WriteBlock[] = [];
    for (const w of sorted) {
      const last = runs[runs.length - 1];
      const bold = !!w.header;
      const v = officeValue(w);
      const f = w.numFmt ?? null;
      if (last && last.row === w.row && last.col + last.values[0]!.length === w.col && last.bold === bold) {
        last.values[0]!.push(v);
        last.formats[0]!.push(f);
      } else if (last && last.row === w.row && last.col + last.values[0]!.length > w.col) {
        // same cell written twice: the later write wins
        last.values[0]![w.col - last.col] = v;
        last.formats[0]![w.col - last.col] = f;
      } else runs.push({ sheet, row: w.row, col: w.col, values: [[v]], formats: [[f]], bold });
    }
    let cur: WriteBlock | undefined;
    for (const r of runs) {
      if (cur && cur.col === r.col && cur.values[0]!.length === r.values[0]!.length && cur.row + cur.values.length === r.row && cur.bold === r.bold) {
        cur.values.push(r.values[0]!);
        cur.formats.push(r.formats[0]!);
      } else {
        cur = r;
        blocks.push(cur);
      }
    }
  }
  return blocks;
}

/** Approximate bytes a block adds to a request (values and formats as JSON, plus the range envelope). */
export function blockBytes(b: Pick<WriteBlock, "values" | "formats">): number {
  return JSON.stringify(b.values).length + (b.formats.some((r) => r.some((f) => f !== null)) ? JSON.stringify(b.formats).length : 0) + 200;
}

/** Split blocks (by rows) so no single block is over `limit` bytes. */
export function splitBlocks(blocks: WriteBlock[], limit: number): WriteBlock[] {
  const out: WriteBlock[] = [];
  for (const b of blocks) {
    const size = blockBytes(b);
    if (size <= limit || b.values.length === 1) { out.push(b); continue; }
    const perRow = Math.max(1, Math.floor((b.values.length * limit) / size));
    for (let i = 0; i < b.values.length; i += perRow) {
      out.push({ ...b, row: b.row + i, values: b.values.slice(i, i + perRow), formats: b.formats.slice(i, i + perRow) });
    }
  }
  return out;
}

export interface ApplyOptions {
  chart?: SummaryChartRef & { sheet: string };
  /** 0-based rows of the summary sheet holding headings (bold). */
  summaryHeadingRows?: number[];
  supports?: Supports;
  chunkBytes?: number;
  /** Called after each chunk: (done, total). */
  progress?: (done: number, total: number) => void;
}

export interface ApplyReport {
  syncs: number;
  blocks: number;
  chunks: number;
  chart: "added" | "updated" | "none";
}

/** Apply the contract's cell writes as range writes, chunked under the payload limit; create or update the chart. */
export async function applyWrites(ctx: XContext, writes: CellWrite[], opts: ApplyOptions = {}): Promise<ApplyReport> {
  const supports = opts.supports ?? (() => false);
  const limit = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  let syncs = 0;
  const sync = async () => { syncs++; await ctx.sync(); };
  const wb = ctx.workbook;
  const canCalc = supports("1.8");
  const canSuspend = supports("1.9") && typeof wb.application.suspendScreenUpdatingUntilNextSync === "function";

  wb.worksheets.load("items/name");
  if (canCalc) wb.application.load("calculationMode");
  const chartSheet = opts.chart?.sheet;
  const existingChartSheet = chartSheet ? wb.worksheets.getItemOrNullObject(chartSheet).load("name") : undefined;
  await sync();
  const existing = new Set(wb.worksheets.items.map((w) => w.name));
  const oldCalc = canCalc ? wb.application.calculationMode : undefined;
  let oldChart: XChart | undefined;
  if (existingChartSheet && !existingChartSheet.isNullObject) oldChart = existingChartSheet.charts.getItemOrNullObject(CHART_NAME).load("name");

  for (const w of writes) if (!existing.has(w.sheet)) { wb.worksheets.add(w.sheet); existing.add(w.sheet); }
  if (canCalc) wb.application.calculationMode = "Manual";

  const blocks = splitBlocks(groupWrites(writes), limit);
  const headingRows = new Set(opts.summaryHeadingRows ?? []);
  let bytes = 0;
  let chunks = 0;
  let done = 0;
  const flush = async () => {
    if (canSuspend) wb.application.suspendScreenUpdatingUntilNextSync!();
    await sync();
    chunks++;
    bytes = 0;
    opts.progress?.(done, blocks.length);
  };
  for (const b of blocks) {
    const size = blockBytes(b);
    if (bytes > 0 && bytes + size > limit) await flush();
    const ws = wb.worksheets.getItem(b.sheet);
    const rows = b.values.length;
    const cols = b.values[0]!.length;
    const range = ws.getRangeByIndexes(b.row, b.col, rows, cols);
    range.values = b.values;
    if (b.formats.some((r) => r.some((f) => f !== null))) range.numberFormat = b.formats.map((r) => r.map((f) => f ?? "General"));
    if (b.bold || (b.sheet === chartSheet && rows === 1 && headingRows.has(b.row))) range.format.font.bold = true;
    bytes += size;
    done++;
  }

  let chartOutcome: ApplyReport["chart"] = "none";
  if (opts.chart) {
    const c = opts.chart;
    const lastCol = Math.max(...c.series.map((s) => s.col));
    const ws = wb.worksheets.getItem(c.sheet);
    const source = ws.getRange(`${a1(c.firstRow - 1, 0)}:${a1(c.lastRow, lastCol)}`);
    if (oldChart && !oldChart.isNullObject) {
      oldChart.setData(source, "Columns");
      oldChart.title.text = c.title;
      chartOutcome = "updated";
    } else {
      const chart = ws.charts.add("ColumnClustered", source, "Columns");
      chart.name = CHART_NAME;
      chart.title.text = c.title;
      chart.setPosition("I2", "P20");
      chartOutcome = "added";
    }
  }
  if (canCalc && oldCalc && oldCalc !== "Manual") wb.application.calculationMode = oldCalc;
  if (canSuspend) wb.application.suspendScreenUpdatingUntilNextSync!();
  await sync();
  chunks++;
  return { syncs, blocks: blocks.length, chunks, chart: chartOutcome };
}

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
