/**
 * Applying a scoring run to the open workbook: the contract's cell writes (grouped by `write.ts`) and the
 * host-neutral rendering description (`WorkbookOutput`: owned sheets, charts, table columns, conditional formats).
 *
 * Syncs: 1 (sheet names, calculation mode, the existing chart, the conditional formats on sheets that get ours)
 * + one per payload chunk (≈ 4 MB), at least 2 when conditional formats are replaced (their formulas are read with
 * the first chunk, old rules deleted with the last). Table columns are added before any value is written; the
 * chart, the new rules, the output columns' looks (wrapped, centred: after their values, so Excel fits the rows to
 * the text now in them) and the restored calculation mode ride in the last chunk; when a chunk fails, the mode is
 * restored in a sync of its own before the error is thrown. One more sync removes an AutoFilter left on a sheet the
 * tool owns, when there is one, draws the filters the output describes (the recap's tables, as `inovasi rekap`'s
 * workbook has them), when there are any, and widens the analyst's filter on the Inovasi table over the output
 * columns (`output.inputFilters`), when it ends short of them.
 */
import type { CellWrite, ChartSpec, ConditionalFormatSpec, SummaryChartRef, WorkbookOutput } from "@inovasi/workbook";
import { a1, columnLetters, widenedFilter } from "@inovasi/workbook";
import type { Supports, XChart, XConditionalFormat, XConditionalFormats, XContext, XWorksheet } from "./types.js";
import { DEFAULT_CHUNK_BYTES, blockBytes, chunkBlocks, groupWrites, styleRanges } from "./write.js";
import { clearOldLinks, queueLinks } from "./links.js";

/** The chart the add-in owns on the summary sheet; found by this name on a re-run and updated. */
export const CHART_NAME = "IID_Klaim_vs_Terverifikasi";

export interface ApplyOptions {
  /** What to draw besides values (owned sheets, charts, table columns, conditional formats): `writeResults(...).output`. */
  output?: WorkbookOutput;
  /** The summary chart, for callers without `output` (older pane); ignored when `output` has charts. */
  chart?: SummaryChartRef & { sheet: string };
  /** 0-based rows of the summary sheet holding headings (bold); `output.ownedSheets[].headingRows` when given. */
  summaryHeadingRows?: number[];
  supports?: Supports;
  chunkBytes?: number;
  /** Called after each chunk: (done, total) ranges; done reaches total. */
  progress?: (done: number, total: number) => void;
}

export interface ApplyReport {
  syncs: number;
  /** Rectangles of values written. */
  blocks: number;
  chunks: number;
  chart: "added" | "updated" | "none";
  /** Table columns added. */
  tableColumns: number;
  /** Conditional formats added, and the tool's old ones removed. */
  conditionalFormats: { added: number; removed: number };
  /** AutoFilters removed from the tool's own sheets (one more sync when there were any). */
  filtersRemoved: number;
  /** AutoFilters the analyst set on a table the tool rewrites (Masalah), applied again with their criteria to the new rows. */
  filtersReapplied?: number;
  /** AutoFilters drawn as `output.ownedSheets[].autoFilter` describes them (in that same sync; ExcelApi 1.9). */
  filtersApplied: number;
  /**
   * The analyst's AutoFilters on the Inovasi table widened over the output columns (`output.inputFilters`, in that same
   * sync; ExcelApi 1.9), applied again with their criteria.
   */
  filtersWidened?: number;
  /** Links to cells drawn on the tool's sheets (`output.ownedSheets[].links`; ExcelApi 1.7, else 0). */
  links: number;
}

/** Office.js chart type for a ChartSpec kind. */
const CHART_TYPE: Record<ChartSpec["kind"], string> = { column: "ColumnClustered", bar: "BarClustered", pie: "Pie" };

/** Excel column width in points for a width in characters (Calibri 11: 7 px a character + 5 px padding, 0.75 pt a px). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A conditional-format formula as compared on a re-run: no leading "=", no spaces, upper case, no file prefix `_xlfn.`. */
export function formulaKey(f: string): string {
  return f.replace(/^=/, "").replace(/\s+/g, "").toUpperCase().replace(/_XLFN\./g, "");
}

function chartOf(opts: ApplyOptions): ChartSpec | undefined {
  const fromOutput = opts.output?.charts[0];
  if (fromOutput) return fromOutput;
  const c = opts.chart;
  if (!c) return undefined;
  return { name: CHART_NAME, sheet: c.sheet, kind: "column", title: c.title, categoryCol: 0, firstRow: c.firstRow, lastRow: c.lastRow, series: c.series, anchor: { fromRow: 1, fromCol: 8, toRow: 19, toCol: 15 } };
}

/**
 * The calculation mode a failed run could not give back (Excel refused the restoring sync too, e.g. a cell still being
 * edited): the next run that finds Manual restores this one. Kept in the workbook's settings for this add-in
 * (ExcelApi 1.4: saved with the file, so a pane reopened after the failure still knows it), set in the batch that sets
 * Manual and deleted in the one that restores; in memory too, for an Excel without settings.
 */
export const CALC_OWED_SETTING = "inovasi.calculationModeOwed";
let owedCalc: string | undefined;

/** The error of a run that could not give the user's calculation mode back: `calcLeft` is the mode owed ("Automatic"). */
export type CalcLeftError = { calcLeft: string };

/** The calculation mode a failed run left owed (Excel still Manual), when the error says so. */
export function calcLeftOf(e: unknown): string | undefined {
  const m = typeof e === "object" && e !== null ? (e as Partial<CalcLeftError>).calcLeft : undefined;
  return typeof m === "string" ? m : undefined;
}

/** Apply the contract's cell writes and draw the output description, chunked under the payload limit. */
export async function applyWrites(ctx: XContext, writes: CellWrite[], opts: ApplyOptions = {}): Promise<ApplyReport> {
  const supports = opts.supports ?? (() => false);
  const limit = opts.chunkBytes ?? DEFAULT_CHUNK_BYTES;
  const output = opts.output;
  let syncs = 0;
  const sync = async () => { syncs++; await ctx.sync(); };
  const wb = ctx.workbook;
  const canCalc = supports("1.8");
  const canSuspend = supports("1.9") && typeof wb.application.suspendScreenUpdatingUntilNextSync === "function";
  const canCf = supports("1.6");
  const canTableColumns = supports("1.4");
  const chart = chartOf(opts);

  // sync 1: what exists
  wb.worksheets.load("items/name");
  if (canCalc) wb.application.load("calculationMode");
  const settings = canCalc && supports("1.4") ? wb.settings : undefined;
  const owedMark = settings?.getItemOrNullObject(CALC_OWED_SETTING).load("value");
  const chartSheet = chart ? wb.worksheets.getItemOrNullObject(chart.sheet).load("name") : undefined;
  const cfSpecs = canCf ? (output?.conditionalFormats ?? []) : [];
  const cfSheets = [...new Set(cfSpecs.map((c) => c.sheet))];
  const existingCf = new Map<string, XConditionalFormats>();
  for (const name of cfSheets) {
    const all = wb.worksheets.getItemOrNullObject(name).getRange().conditionalFormats!;
    all.load("items/type");
    existingCf.set(name, all);
  }
  await sync();
  // Excel's sheet names are one in any case: "RINGKASAN" is the sheet a write to "Ringkasan" goes to (getItem finds it)
  const existing = new Set(wb.worksheets.items.map((w) => w.name.toLowerCase()));
  const wasThere = new Set(existing);
  const modeNow = canCalc ? wb.application.calculationMode : undefined;
  // Manual now, after a run that could not give the user's mode back (this session, or one before the workbook was
  // reopened): the user's mode is that one
  const marked = owedMark && !owedMark.isNullObject && typeof owedMark.value === "string" ? owedMark.value : undefined;
  const owed = marked ?? owedCalc;
  const oldCalc = modeNow === "Manual" && owed ? owed : modeNow;
  owedCalc = undefined;
  let oldChart: XChart | undefined;
  if (chart && chartSheet && !chartSheet.isNullObject) oldChart = chartSheet.charts.getItemOrNullObject(chart.name).load("name");
  // the formulas of existing custom rules come back with the first chunk
  const customCf: XConditionalFormat[] = [];
  for (const [, all] of existingCf) for (const f of all.items) if (f.type === "Custom") { f.custom.rule.load("formula"); customCf.push(f); }

  for (const w of writes) if (!existing.has(w.sheet.toLowerCase())) { wb.worksheets.add(w.sheet); existing.add(w.sheet.toLowerCase()); }
  for (const s of output?.ownedSheets ?? []) if (!existing.has(s.name.toLowerCase())) { wb.worksheets.add(s.name); existing.add(s.name.toLowerCase()); }
  if (canCalc) wb.application.calculationMode = "Manual";
  // the mode owed back, in the file until it is back (a mark left by an earlier failure is replaced, then deleted)
  const restore = canCalc && oldCalc && oldCalc !== "Manual" ? oldCalc : undefined;
  const mark = restore ? settings?.add(CALC_OWED_SETTING, restore) : marked ? owedMark : undefined;

  // table columns before any value lands in them
  let tableColumns = 0;
  if (canTableColumns) {
    for (const t of output?.tables ?? []) {
      const table = wb.worksheets.getItem(t.sheet).tables.getItem(t.table);
      for (const h of t.headers) { table.columns.add(null, undefined, h); tableColumns++; }
    }
  }
  // a sheet the tool owns is drawn anew, as the CLI renders it whole: the bold, fills and number formats of an earlier
  // run's rows go first (its headings and legend sat elsewhere when the tables above were longer or shorter)
  for (const s of output?.ownedSheets ?? []) if (wasThere.has(s.name.toLowerCase())) wb.worksheets.getItem(s.name).getRange().clear("Formats");
  // and their links: this run's are drawn after the values (an emptied row keeps none)
  clearOldLinks(ctx, output, wasThere, supports);
  // an AutoFilter left on a sheet the tool owns would keep hiding the rows it hid, now other rows: whether one is on
  // comes back with the first chunk, and it is removed after the writes (the CLI's copy has none either) — or, on the
  // header row of a table the tool rewrites (Masalah's "Tingkat = Kesalahan"), applied again to the new rows with the
  // same criteria (their range and criteria come back with the first chunk too)
  const filters = supports("1.9")
    ? (output?.ownedSheets ?? []).filter((s) => wasThere.has(s.name.toLowerCase())).flatMap((s) => {
        const f = wb.worksheets.getItem(s.name).autoFilter;
        if (!f) return [];
        const keep = s.filterRow !== undefined && f.getRangeOrNullObject && f.apply ? f.getRangeOrNullObject().load("rowIndex,columnIndex,columnCount") : undefined;
        return [{ spec: s, f, range: keep }];
      })
    : [];
  for (const { f, range } of filters) f.load(range ? "enabled,criteria" : "enabled");
  // the analyst's AutoFilter on the Inovasi table, ending at their last column: its range and criteria come back with
  // the first chunk, and it is widened over the output columns after the writes (as the CLI's copy has it)
  const inputFilters = supports("1.9")
    ? (output?.inputFilters ?? []).filter((s) => wasThere.has(s.sheet.toLowerCase())).flatMap((spec) => {
        const f = wb.worksheets.getItem(spec.sheet).autoFilter;
        if (!f?.getRangeOrNullObject || !f.apply) return [];
        f.load("enabled,criteria");
        return [{ spec, f, range: f.getRangeOrNullObject().load("rowIndex,columnIndex,rowCount,columnCount") }];
      })
    : [];
  for (const s of output?.ownedSheets ?? []) renderOwnedSheet(wb.worksheets.getItem(s.name), s, supports, extentOf(writes, s.name));
  // widths of the output columns this run adds; the analyst's columns are never given one
  for (const c of output?.columnWidths ?? []) wb.worksheets.getItem(c.sheet).getRangeByIndexes(0, c.col, 1, 1).format.columnWidth = charsToPoints(c.width);

  const blocks = groupWrites(writes);
  const headingRows = output?.ownedSheets.length
    ? output.ownedSheets.map((s) => ({ sheet: s.name, rows: s.headingRows }))
    : chart && opts.summaryHeadingRows ? [{ sheet: chart.sheet, rows: opts.summaryHeadingRows }] : [];
  const styles = styleRanges(writes, headingRows);
  const chunks = chunkBlocks(blocks, limit);
  if (cfSpecs.length && chunks.length < 2) while (chunks.length < 2) chunks.push([]);
  if (!chunks.length) chunks.push([]);

  let done = 0;
  const total = chunks.reduce((n, c) => n + c.length, 0);
  let chartOutcome: ApplyReport["chart"] = "none";
  let links = 0;
  const cf = { added: 0, removed: 0 };
  // the user's calculation mode comes back whatever happens: with the last chunk, or, when a chunk fails (a sheet
  // protected, a cell being edited, a payload refused), in a sync of its own before the error goes on
  try {
    await writeChunks();
  } catch (e) {
    if (restore) {
      try {
        wb.application.calculationMode = restore;
        await sync();
      } catch {
        // Excel refuses this too (still editing a cell): the error says which mode is owed (the pane tells the user how
        // to set it back); the mark in the workbook, or this session's memory, has the next run restore it
        owedCalc = restore;
        throw withCalcLeft(e, restore);
      }
      // the mode is back: the mark goes, in a sync of its own (it may never have been written, when the chunk that
      // set it failed; a mark left behind is replaced and deleted by the next run)
      if (mark) {
        try {
          mark.delete();
          await sync();
        } catch { /* the next run deletes it */ }
      }
    }
    throw e;
  }
  async function writeChunks() {
    for (let i = 0; i < chunks.length; i++) {
      for (const b of chunks[i]!) {
        const range = wb.worksheets.getItem(b.sheet).getRangeByIndexes(b.row, b.col, b.values.length, b.values[0]!.length);
        range.values = b.values;
        if (b.formats) {
          const at = b.formatCol ?? b.col;
          const fr = at === b.col && b.formats[0]!.length === b.values[0]!.length ? range : wb.worksheets.getItem(b.sheet).getRangeByIndexes(b.row, at, b.formats.length, b.formats[0]!.length);
          fr.numberFormat = b.formats;
        }
        done++;
      }
      if (i === chunks.length - 1) {
        for (const s of styles) {
          const r = wb.worksheets.getItem(s.sheet).getRangeByIndexes(s.row, s.col, s.rows, s.cols);
          if (s.bold) r.format.font.bold = true;
          if (s.fill && r.format.fill) r.format.fill.color = s.fill;
          if (s.horizontal) r.format.horizontalAlignment = s.horizontal === "right" ? "Right" : "Center";
        }
        // output columns' looks: the long texts wrap (Excel grows each row of automatic height to show them; a row the
        // analyst gave a height keeps it), the flag is centred; one range per column
        for (const f of output?.columnFormats ?? []) {
          const r = wb.worksheets.getItem(f.sheet).getRangeByIndexes(f.firstRow, f.col, f.lastRow - f.firstRow + 1, 1);
          if (f.wrap) r.format.wrapText = true;
          if (f.horizontal === "center") r.format.horizontalAlignment = "Center";
        }
        if (cfSpecs.length) {
          const ours = new Map<string, Set<string>>();
          // an earlier version's formula for a rule is ours too: replaced, not left beside the new one
          for (const c of cfSpecs) for (const f of [c.formula, ...(c.formerFormulas ?? [])]) (ours.get(c.sheet) ?? ours.set(c.sheet, new Set()).get(c.sheet)!).add(formulaKey(f));
          // the same rules written for other rows (a block pasted under its own header, since fixed or moved): ours too
          const like = [...new Set(cfSpecs.flatMap((c) => (c.formulaPattern ? [c.formulaPattern] : [])))].map((x) => new RegExp(`^(?:${x})$`));
          for (const f of customCf) {
            const k = formulaKey(f.custom.rule.formula);
            if ([...ours.values()].some((set) => set.has(k)) || like.some((x) => x.test(k))) { f.delete(); cf.removed++; }
          }
          for (const c of cfSpecs) { addConditionalFormat(wb.worksheets.getItem(c.sheet), c); cf.added++; }
        }
        // wrapped owned sheets: row heights fitted to the text now in them (ExcelApi 1.2)
        if (supports("1.2")) {
          for (const s of output?.ownedSheets ?? []) {
            const e = s.wrap ? extentOf(writes, s.name) : undefined;
            if (e) wb.worksheets.getItem(s.name).getRangeByIndexes(0, 0, e.rows, Math.max(e.cols, s.widths.length)).format.autofitRows?.();
            for (const r of s.wrap ? [] : (s.wrapRows ?? [])) wb.worksheets.getItem(s.name).getRangeByIndexes(r, 0, 1, Math.max(s.widths.length, 1)).format.autofitRows?.();
          }
        }
        if (chart) chartOutcome = drawChart(wb.worksheets.getItem(chart.sheet), chart, oldChart);
        if (restore) wb.application.calculationMode = restore;
        mark?.delete();
        // the links over the text just written (more syncs only when they would not fit under the limit)
        links = await queueLinks(ctx, writes, output, supports, limit, chunks[i]!.reduce((n, b) => n + blockBytes(b), 0), sync);
      }
      if (canSuspend) wb.application.suspendScreenUpdatingUntilNextSync!();
      await sync();
      opts.progress?.(done, total);
    }
  }
  if (filters.length && !chunks.length) await sync();
  const on = filters.filter((x) => x.f.enabled);
  const again = on.filter((x) => x.range && !x.range.isNullObject && x.range.rowIndex === x.spec.filterRow && x.range.columnIndex === 0);
  // the filters the description draws (the recap's table, its problems), over the rows just written: the old one
  // goes first, so a re-run's filter covers the new table (the CLI's workbook has them)
  const drawn = supports("1.9") ? (output?.ownedSheets ?? []).filter((s) => s.autoFilter && s.autoFilter.lastRow > s.autoFilter.row) : [];
  // Office.js cannot resize a filter: the old one goes and one over the wider range comes, given the same criteria
  // (numbered from the same first column), which hide the rows they hid; Excel keeps no sort with it
  const widen = inputFilters.flatMap(({ spec, f, range }) => {
    if (!f.enabled || range.isNullObject) return [];
    const from = { row: range.rowIndex, col: range.columnIndex, lastRow: range.rowIndex + range.rowCount - 1, lastCol: range.columnIndex + range.columnCount - 1 };
    const to = widenedFilter(spec, from);
    return to ? [{ spec, f, from, to, criteria: f.criteria ?? [] }] : [];
  });
  const filterOver = (sheet: string, b: { row: number; col: number; lastRow: number; lastCol: number }, f: (typeof widen)[number]["f"], criteria: (typeof widen)[number]["criteria"]) => {
    const r = wb.worksheets.getItem(sheet).getRangeByIndexes(b.row, b.col, b.lastRow - b.row + 1, b.lastCol - b.col + 1);
    f.apply!(r);
    criteria.forEach((c, i) => { if (c?.filterOn) f.apply!(r, i, c); });
  };
  if (on.length || drawn.length || widen.length) {
    for (const { f } of on) f.remove();
    for (const w of widen) {
      w.f.remove();
      filterOver(w.spec.sheet, w.to, w.f, w.criteria);
    }
    for (const s of drawn) {
      const ws = wb.worksheets.getItem(s.name);
      const { row, lastRow, fromCol, toCol } = s.autoFilter!;
      ws.autoFilter?.apply!(ws.getRangeByIndexes(row, fromCol, lastRow - row + 1, toCol - fromCol + 1));
    }
    for (const { spec, f, range } of again) {
      const top = spec.filterRow!;
      const last = Math.max(top, ...writes.filter((w) => w.sheet === spec.name && w.value !== null).map((w) => w.row));
      const r = wb.worksheets.getItem(spec.name).getRangeByIndexes(top, 0, last - top + 1, Math.max(1, range!.columnCount));
      f.apply!(r);
      (f.criteria ?? []).forEach((c, i) => { if (c?.filterOn) f.apply!(r, i, c); });
    }
    try {
      await sync();
    } catch (e) {
      // criteria Excel would not take back (not every kind was tried in Excel): the filters of the tool's sheets go,
      // as before; the analyst's goes back to the range it had, with its criteria, or at least its buttons
      if (!again.length && !widen.length) throw e;
      for (const { f } of again) f.remove();
      for (const w of widen) {
        w.f.remove();
        filterOver(w.spec.sheet, w.from, w.f, w.criteria);
      }
      try {
        await sync();
      } catch (e2) {
        if (!widen.length) throw e2;
        for (const w of widen) {
          w.f.remove();
          filterOver(w.spec.sheet, w.from, w.f, []);
        }
        await sync();
      }
      again.length = 0;
      widen.length = 0;
    }
  }
  return { syncs, blocks: chunks.reduce((n, c) => n + c.length, 0), chunks: chunks.length, chart: chartOutcome, tableColumns, conditionalFormats: cf, filtersRemoved: on.length - again.length, filtersApplied: drawn.length, links, ...(again.length ? { filtersReapplied: again.length } : {}), ...(widen.length ? { filtersWidened: widen.length } : {}) };
}

/** The run's error, marked with the calculation mode it could not give back. */
function withCalcLeft(e: unknown, mode: string): unknown {
  if (typeof e === "object" && e !== null) return Object.assign(e, { calcLeft: mode });
  return Object.assign(new Error(String(e)), { calcLeft: mode });
}

/** Rows and columns a sheet's writes reach (from A1), or undefined when it gets none. */
function extentOf(writes: CellWrite[], sheet: string): { rows: number; cols: number } | undefined {
  let rows = 0, cols = 0;
  for (const w of writes) if (w.sheet === sheet) { rows = Math.max(rows, w.row + 1); cols = Math.max(cols, w.col + 1); }
  return rows ? { rows, cols } : undefined;
}

function renderOwnedSheet(ws: XWorksheet, s: WorkbookOutput["ownedSheets"][number], supports: Supports, extent: { rows: number; cols: number } | undefined) {
  s.widths.forEach((w, c) => { ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = charsToPoints(w); });
  if (s.wrap && extent) {
    // long texts wrap within the widths, top-aligned; Excel grows the rows to fit when it lays them out
    const from = Math.min(s.wrap.fromRow, extent.rows - 1);
    const all = ws.getRangeByIndexes(from, 0, extent.rows - from, Math.max(extent.cols, s.widths.length));
    all.format.wrapText = true;
    all.format.verticalAlignment = "Top";
  }
  // a header row with long headings wraps (its height is fitted with the wrapped sheets', below)
  for (const r of s.wrapRows ?? []) {
    const row = ws.getRangeByIndexes(r, 0, 1, Math.max(extent?.cols ?? 0, s.widths.length));
    row.format.wrapText = true;
    row.format.verticalAlignment = "Top";
  }
  if (s.freezeRows > 0 && (s.freezeCols ?? 0) > 0) ws.freezePanes?.freezeAt(ws.getRangeByIndexes(0, 0, s.freezeRows, s.freezeCols!));
  else if (s.freezeRows > 0) ws.freezePanes?.freezeRows(s.freezeRows);
  if (s.landscape && supports("1.9") && ws.pageLayout) {
    const page = ws.pageLayout;
    page.orientation = "Landscape";
    // the sheet's own print setup (the recap's): a scale when it runs across pages, the page order, the print titles.
    // One page wide is left to Excel: `zoom.horizontalFitToPages` is not applied reliably (office-js issue 1860)
    const p = s.print;
    if (p) {
      if (!p.fitWidth && p.scale !== undefined) page.zoom = { scale: p.scale };
      page.printOrder = p.order === "overThenDown" ? "OverThenDown" : "DownThenOver";
      if (p.titleRows) page.setPrintTitleRows(`$${p.titleRows.first + 1}:$${p.titleRows.last + 1}`);
      if (p.titleCols) page.setPrintTitleColumns(`$${columnLetters(p.titleCols.first)}:$${columnLetters(p.titleCols.last)}`);
    }
  }
}

function addConditionalFormat(ws: XWorksheet, c: ConditionalFormatSpec) {
  const f = ws.getRange(c.range).conditionalFormats!.add("Custom");
  f.custom.rule.formula = `=${c.formula.replace(/^=/, "")}`;
  if (c.style.fill) f.custom.format.fill.color = c.style.fill;
  if (c.style.fontColor) f.custom.format.font.color = c.style.fontColor;
  if (c.style.bold) f.custom.format.font.bold = true;
}

function drawChart(ws: XWorksheet, c: ChartSpec, old: XChart | undefined): ApplyReport["chart"] {
  const lastCol = Math.max(c.categoryCol, ...c.series.map((s) => s.col));
  const source = ws.getRange(`${a1(c.firstRow - 1, c.categoryCol)}:${a1(c.lastRow, lastCol)}`);
  if (old && !old.isNullObject) {
    old.setData(source, "Columns");
    old.title.text = c.title;
    return "updated";
  }
  const chart = ws.charts.add(CHART_TYPE[c.kind], source, "Columns");
  chart.name = c.name;
  chart.title.text = c.title;
  chart.setPosition(a1(c.anchor.fromRow, c.anchor.fromCol), a1(c.anchor.toRow, c.anchor.toCol));
  return "added";
}
