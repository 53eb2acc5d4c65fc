/**
 * Reading the workbook into the worksheet contract's grids under Excel on the web's 5 MB response limit.
 *
 * Plan, whatever the row count:
 *   sync 1: sheet names and visibility (a hidden sheet's grid is marked `hidden`), and the workbook's date system
 *   (`dates.ts`: date cells are handed over as the ISO dates the .xlsx reader makes of them, in the book's system);
 *   sync 2: each contract sheet's (and each other visible sheet's) used-range size and its tables (ListObjects);
 *   sync 3: a sample block from the top of each sheet (header rows included), each table's rectangle, (ExcelApi 1.2)
 *   whether its used columns are hidden (`Grid.hiddenCols`, see hidden-cols.ts: a sheet with some hidden has them
 *   asked one by one in one sync more) and whether its used rows are (`Grid.hiddenRows`, see hidden-rows.ts: the
 *   sheets with some hidden have their visible rows asked in one sync more, ExcelApi 1.9) and (ExcelApi 1.13) each
 *   sheet's merged areas (`Grid.merges`, see merges.ts; their largest answer is set aside from the budget);
 *   then row blocks of values, and of number formats in the columns the reader needs (`formatColumns`), packed into
 *   syncs whose estimated response stays under the budget (4 MB by default). Block heights come from the sample's
 *   largest row; a block Excel still refuses (`ResponsePayloadSizeLimitExceeded`, or the request code) is split in half and asked again.
 *   A sheet scoring rewrites whole (its marker in A1) gets no blocks: below the sample, `true` where its used range is.
 *   An earlier run's output columns on Inovasi ("Skor Klaim" … "Skor Catatan": extent-cols.ts) are not in the blocks:
 *   below the sample, `true` where a cell holds something, found in one sync (`getSpecialCellsOrNullObject`, ExcelApi
 *   1.9; below it, or when Excel does not answer, their values are read and made `true`), as `inovasi score` reads them.
 * Other sheets are listed by name with no cells; of the visible ones, the top rows the reader scans for a header ride
 * with the sample, and a sheet laid out as one the reader takes by its cells whatever its name (a copy of Inovasi as
 * "Data Kegiatan": `laidOutAsContractSheet`) is then read whole, as the .xlsx reader has every sheet's cells. The
 * header row of each table (ListObject) on such a sheet rides with the sample too (`getHeaderRowRange`), as the reader
 * takes a table's header row wherever the table starts.
 * A number under a date format, in the columns whose formats are read, becomes the ISO date the .xlsx reader makes of
 * it (`dates.ts`), so both hosts hand the reader the same value.
 */
import { type CellRange, type CellValue, type Grid, type TableInfo, type WorkbookGrids, PLAN_SHEET, PROBLEMS_SHEET, SHEETS, formatColumns, isExtentOnlyColumnHeader, isExtentOnlySheetMarker, isScoreSheetMarker, laidOutAsContractSheet, namesSheet, namesSpdSheet, normaliseHeader, settingsYearColumn } from "@inovasi/workbook";
import { canAskDateSystem, askDateSystem, datesAsText, uses1904 } from "./dates.js";
import { type ExtentAsk, type ExtentSpan, askExtent, canReadExtents, extentAreas, extentColumns, putExtent, toExtent } from "./extent-cols.js";
import { type ColumnSpan, askColumnsHidden, canReadHiddenColumns, hiddenOfSpan, readHiddenApart } from "./hidden-cols.js";
import { type RowSpan, askRowsHidden, canReadVisibleRows, hiddenRowsOfSpan, keepFilledHiddenRows, readVisibleRows, visibleColumn } from "./hidden-rows.js";
import { type SheetBox, areasInRows, areasOf, askConstants, askFormulas, blankRows, rowRuns, splitRuns } from "./formula-rows.js";
import { type MergeSpan, askMerges, blankCovered, canReadMerges, mergeResponseBytes, mergesOf, readMergesApart, readMergesByArea } from "./merges.js";
import { type Supports, type XContext, type XRange, type XRangeAreas, type XTable, isPayloadTooLarge, jsonBytes } from "./types.js";

/** Default response budget per sync: under the 5 MB limit with room for the envelope. */
export const DEFAULT_READ_BYTES = 4_000_000;
/** Rows at the top of a sheet where the reader looks for a header row (`findHeaderRow`'s scan). */
const HEADER_SCAN = 10;
/** Bytes per cell assumed before anything is measured (sizes the sample block). */
const GUESS_CELL_BYTES = 40;

export interface ReadOptions {
  /** Response bytes per sync to aim for; default {@link DEFAULT_READ_BYTES}. */
  budgetBytes?: number;
  /** Which sheets to read cells of; default: the sheets the worksheet contract names ({@link contractSheet}). */
  sheets?: (name: string) => boolean;
  /**
   * Which optional API sets the host supports: hidden columns are read with ExcelApi 1.2, merged areas with 1.13.
   * Default: none (read without them).
   */
  supports?: Supports;
  /** Called after the sample and after each block of rows: rows read so far, of all the contract sheets' used rows. */
  progress?: (rows: number, total: number) => void;
  /**
   * Which column headers (a text in a sheet's first ten rows) head a column read for where its values are, `true`
   * below the header where a cell holds something (see extent-cols.ts); default: an earlier run's output columns
   * but each indicator's verified points (`isExtentOnlyColumnHeader`), as `inovasi score` reads them. `() => false`
   * reads every column's values.
   */
  extentOnlyColumns?: (header: CellValue) => boolean;
}

export interface ReadReport {
  /** The workbook uses the 1904 date system (date cells were read as 1900 serials, as the reader takes them). */
  date1904?: boolean;
  syncs: number;
  /** Requests asked again (smaller, or merged areas apart) after Excel refused them. */
  retries: number;
  /**
   * Sheets some of whose rows were read without their merged areas: Excel kept refusing them (more than 512 in too
   * few rows, or another failure) or the tries ran out; a sheet refused in a group may have had none.
   */
  mergesSkipped?: string[];
  /**
   * Sheets read without knowing which of their columns are hidden (an Excel below ExcelApi 1.2, or one that refused
   * the question): a hidden column there is read as a visible one, so of two columns with one header the first is read.
   */
  hiddenColumnsUnread?: string[];
  /**
   * Sheets some of whose rows are hidden (or filtered out) but which rows Excel did not say (below ExcelApi 1.9, a
   * refused question, areas cut short, no visible column): read and scored as any row, as always, but the reader's note
   * naming them (`hidden_rows_read`) is missing there. Not said in the pane: nothing is read differently.
   */
  hiddenRowsUnread?: string[];
}

// the owned sheets a run rewrites whole are read too, so rows left from a longer earlier run are cleared
const CONTRACT = new Set([...Object.values(SHEETS), PLAN_SHEET, PROBLEMS_SHEET].map(normaliseHeader));
/**
 * Whether the worksheet contract reads (or rewrites) a sheet of this name; a sheet named as the SPD, Inovasi or
 * Perangkat Daerah sheet renamed ("SPD 2026", "Data Inovasi", "OPD") too, which the reader takes when the sheet is missing.
 */
export function contractSheet(name: string): boolean {
  return CONTRACT.has(normaliseHeader(name)) || namesSpdSheet(name) || namesSheet("innovations", name) || namesSheet("agencies", name);
}

/** A sheet of the workbook: its name, and whether it is hidden or very hidden (`Worksheet.visibility`, ExcelApi 1.1). */
export interface SheetEntry {
  name: string;
  hidden: boolean;
}

/** The workbook's sheets, in tab order, with their visibility. One sync. */
export async function listSheetEntries(ctx: XContext): Promise<SheetEntry[]> {
  const sheets = ctx.workbook.worksheets;
  sheets.load(["items/name", "items/visibility"]);
  await ctx.sync();
  return sheets.items.map((w) => ({ name: w.name, hidden: w.visibility !== undefined && w.visibility !== "Visible" }));
}

/** The workbook's sheet names (hidden ones too: a name taken is taken), in tab order. One sync. */
export async function listSheets(ctx: XContext): Promise<string[]> {
  return (await listSheetEntries(ctx)).map((s) => s.name);
}

/**
 * Read the workbook into grids (values, the number formats the reader needs, tables), in row blocks. A hidden or very
 * hidden sheet's grid is marked `hidden` (as the .xlsx reader marks it), so messages never name it as a place to look.
 */
export async function readGrids(ctx: XContext, opts: ReadOptions = {}, report?: ReadReport): Promise<WorkbookGrids> {
  const r = report ?? { syncs: 0, retries: 0 };
  // the workbook's date system rides with the names (ExcelApi 1.2); a host that fails it is read as 1900
  let probe = canAskDateSystem(ctx, opts.supports) ? askDateSystem(ctx) : undefined;
  let sheets: SheetEntry[];
  try {
    sheets = await listSheetEntries(ctx);
  } catch (e) {
    if (!probe) throw e;
    r.retries++;
    probe = undefined;
    sheets = await listSheetEntries(ctx);
  }
  r.syncs++;
  const date1904 = probe !== undefined && uses1904(probe);
  if (date1904) r.date1904 = true;
  const grids = await readUsedRanges(ctx, sheets, opts, r);
  for (const g of Object.values(grids)) datesAsText(g, date1904);
  return grids;
}

/** A rectangle of one sheet to load: values and/or the number formats of some column runs. */
export interface ReadBlock {
  sheet: string;
  row: number;
  rows: number;
  /** Column runs of the values to load (absolute, 0-based), or undefined when only formats are wanted. */
  values?: { col: number; cols: number }[];
  /** Column runs whose number formats to load. */
  formats: { col: number; cols: number }[];
  /** Estimated response bytes. */
  bytes: number;
}

interface SheetRead {
  name: string;
  /** A sheet the contract does not name: only its header rows are read, to see whether the reader would take it. */
  peek?: boolean;
  top: number;
  left: number;
  rows: number;
  cols: number;
  grid: Grid;
}

/** Contiguous runs of sorted column indexes: [1,2,3,7] → [{1,3},{7,1}]. */
export function columnRuns(cols: number[]): { col: number; cols: number }[] {
  const out: { col: number; cols: number }[] = [];
  for (const c of [...new Set(cols)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last.col + last.cols === c) last.cols++;
    else out.push({ col: c, cols: 1 });
  }
  return out;
}

/** Rows of one sheet still to load, and what each row costs in a response. */
export interface ReadSegment {
  sheet: string;
  from: number;
  to: number;
  /** Column runs of the values to load, or undefined when only formats are wanted. */
  values?: { col: number; cols: number }[];
  formats: { col: number; cols: number }[];
  /** Estimated response bytes per row. */
  rowBytes: number;
}

/** Envelope bytes assumed per loaded range. */
const RANGE_BYTES = 200;

/**
 * Cut segments into blocks and pack them, in order, into batches whose estimated response stays under `budget`:
 * a batch is filled to the budget (a block may end mid-segment; the next batch goes on from there).
 */
export function packSegments(segments: ReadSegment[], budget: number): ReadBlock[][] {
  const batches: ReadBlock[][] = [];
  let cur: ReadBlock[] = [];
  let room = budget;
  for (const s of segments) {
    const per = Math.max(1, s.rowBytes);
    const ranges = (s.values?.length ?? 0) + s.formats.length;
    let row = s.from;
    while (row <= s.to) {
      const fit = Math.floor((room - RANGE_BYTES * ranges) / per);
      if (fit < 1 && cur.length) { batches.push(cur); cur = []; room = budget; continue; }
      const rows = Math.min(Math.max(1, fit), s.to - row + 1);
      const bytes = rows * per + RANGE_BYTES * ranges;
      cur.push({ sheet: s.sheet, row, rows, ...(s.values ? { values: s.values } : {}), formats: s.formats, bytes });
      room -= bytes;
      row += rows;
    }
  }
  if (cur.length) batches.push(cur);
  return batches;
}

/** Halve a block by rows (a one-row block cannot be split). */
function halves(b: ReadBlock): ReadBlock[] {
  if (b.rows <= 1) return [b];
  const top = Math.ceil(b.rows / 2);
  return [
    { ...b, rows: top, bytes: Math.ceil((b.bytes * top) / b.rows) },
    { ...b, row: b.row + top, rows: b.rows - top, bytes: Math.ceil((b.bytes * (b.rows - top)) / b.rows) },
  ];
}

function putValues(g: Grid, row: number, left: number, values: CellValue[][]) {
  values.forEach((line, i) => {
    const cells = (g.cells[row + i] ??= []);
    for (let c = 0; c < line.length; c++) cells[left + c] = line[c] ?? null;
  });
}

function putFormats(g: Grid, row: number, col: number, formats: unknown[][]) {
  formats.forEach((line, i) => {
    line.forEach((f, c) => {
      if (typeof f !== "string" || f === "General") return;
      const fr = ((g.formats ??= [])[row + i] ??= []);
      fr[col + c] = f;
    });
  });
}

/** Fill holes left of a sheet's used range (Office.js `values` start at the used range) with null. */
function densify(g: Grid) {
  for (let r = 0; r < g.cells.length; r++) {
    const line = (g.cells[r] ??= []);
    for (let c = 0; c < line.length; c++) if (line[c] === undefined) line[c] = null;
  }
}

/** The named sheets as grids, in row blocks under the response budget (see the module comment); hidden ones marked. */
export async function readUsedRanges(ctx: XContext, list: readonly (string | SheetEntry)[], opts: ReadOptions = {}, report?: ReadReport): Promise<WorkbookGrids> {
  const r = report ?? { syncs: 0, retries: 0 };
  const budget = opts.budgetBytes ?? DEFAULT_READ_BYTES;
  const wanted = opts.sheets ?? contractSheet;
  const sync = async () => { await ctx.sync(); r.syncs++; };
  const grids: WorkbookGrids = {};
  const entries = list.map((s) => (typeof s === "string" ? { name: s, hidden: false } : s));
  const names = entries.map((s) => s.name);
  for (const { name, hidden } of entries) grids[name] = hidden ? { name, cells: [], hidden: true } : { name, cells: [] };
  const read = names.filter(wanted);
  // the other visible sheets (by default): their header rows, to see whether the reader would take them by their cells
  const peeked = new Set(opts.sheets ? [] : entries.filter((e) => !e.hidden && !wanted(e.name)).map((e) => e.name));
  if (!read.length && !peeked.size) return grids;

  // sizes and tables
  const probes = [...read, ...peeked].map((name) => {
    const ws = ctx.workbook.worksheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject(true).load(["rowIndex", "columnIndex", "rowCount", "columnCount"]);
    ws.tables.load(["items/name", "items/showHeaders", "items/showTotals"]);
    return { name, ws, used };
  });
  await sync();
  let sheets: SheetRead[] = [];
  // each table's rectangle; on a sheet only peeked at, its header row's cells too (the reader takes a table's header
  // row wherever it starts: one below the rows peeked at is seen so), with the sample
  const askTable = (t: { name: string; table: XTable }) => ({
    ...t,
    range: t.table.getRange().load(["rowIndex", "columnIndex", "rowCount", "columnCount"]),
    ...(peeked.has(t.name) && t.table.showHeaders ? { header: t.table.getHeaderRowRange().load("values") } : {}),
  });
  let tableRanges: { name: string; table: XTable; range: XRange; header?: XRange }[] = [];
  for (const p of probes) {
    for (const t of p.ws.tables.items) tableRanges.push(askTable({ name: p.name, table: t }));
    if (p.used.isNullObject) continue;
    sheets.push({ name: p.name, top: p.used.rowIndex, left: p.used.columnIndex, rows: p.used.rowCount, cols: p.used.columnCount, grid: grids[p.name]!, ...(peeked.has(p.name) ? { peek: true } : {}) });
  }

  // the sample: the top of every sheet, sized by a guess of bytes per cell; with it, each sheet's merged areas and
  // whether its used columns are hidden
  const withMerges = canReadMerges(opts.supports);
  let hiddenAsked = canReadHiddenColumns(opts.supports);
  const spanOf = (s: SheetRead): MergeSpan => ({ sheet: s.name, row: s.top, rows: s.rows, col: s.left, cols: s.cols, splits: 0 });
  const columnsOf = (s: SheetRead): ColumnSpan => ({ sheet: s.name, row: s.top, col: s.left, cols: s.cols });
  const rowsOf = (s: SheetRead): RowSpan => ({ sheet: s.name, row: s.top, rows: s.rows, col: s.left });
  // where the analyst's formulas are (ExcelApi 1.9): over each read sheet's used range, with the sample
  let formulasAsked = canReadExtents(opts.supports);
  const boxOf = (s: SheetRead): SheetBox => ({ sheet: s.name, row: s.top, rows: s.rows, col: s.left, cols: s.cols });
  const sampleOf = (s: SheetRead, rows: number, merges: boolean) => ({
    s,
    rows,
    formulas: formulasAsked && !s.peek ? askFormulas(ctx, boxOf(s)) : undefined as XRangeAreas | undefined,
    range: ctx.workbook.worksheets.getItem(s.name).getRangeByIndexes(s.top, s.left, rows, s.cols).load("values"),
    merged: merges && !s.peek ? askMerges(ctx, spanOf(s)) : undefined as XRangeAreas | undefined,
    hidden: hiddenAsked && !s.peek ? askColumnsHidden(ctx, columnsOf(s)) : undefined as XRange | undefined,
    // (the same ExcelApi 1.2 as columnHidden, so the same retry turns both off)
    rowsHidden: hiddenAsked && !s.peek ? askRowsHidden(ctx, rowsOf(s)) : undefined as XRange | undefined,
  });
  const share = Math.floor(budget / Math.max(1, sheets.length));
  const guessRows = (s: SheetRead) => s.peek ? Math.min(s.rows, HEADER_SCAN) : Math.min(s.rows, Math.max(HEADER_SCAN, Math.floor((share - (withMerges ? mergeResponseBytes(s.name) : 0)) / (s.cols * GUESS_CELL_BYTES))));
  let small = false;
  let merges = withMerges;
  let samples = sheets.map((s) => sampleOf(s, guessRows(s), merges));
  for (;;) {
    try {
      await sync();
      break;
    } catch (e) {
      // cells far longer than guessed: the header rows alone, the rest in measured blocks
      if (isPayloadTooLarge(e) && !small) small = true;
      // merged areas Excel would not give (over 512 in a sheet): the sample again, the areas apart below
      else if (merges && !isPayloadTooLarge(e)) merges = false;
      // an Excel that claims ExcelApi 1.2 but fails the question: the sample again without it (said as not read)
      else if (hiddenAsked && !isPayloadTooLarge(e)) hiddenAsked = false;
      // an Excel that fails the formulas' question (or whose answer is too long): the sample again without it
      else if (formulasAsked) formulasAsked = false;
      else throw e;
      r.retries++;
      samples = sheets.map((s) => sampleOf(s, small ? Math.min(s.rows, HEADER_SCAN) : guessRows(s), merges));
      tableRanges = tableRanges.map(askTable);
    }
  }
  // the other sheets' header rows: one the reader may take by its cells is read whole at the end, the rest left empty
  const promoted: SheetEntry[] = [];
  for (const { s, range } of samples) {
    if (!s.peek) continue;
    const g: Grid = { name: s.name, cells: [] };
    putValues(g, s.top, s.left, range.values as CellValue[][]);
    for (const t of tableRanges) if (t.name === s.name && t.header) putValues(g, t.range.rowIndex, t.range.columnIndex, t.header.values as CellValue[][]);
    const tables = tableRanges.filter((t) => t.name === s.name).map(tableInfo);
    if (tables.length) g.tables = tables;
    densify(g);
    if (laidOutAsContractSheet(g)) promoted.push({ name: s.name, hidden: false });
  }
  sheets = sheets.filter((s) => !s.peek);
  samples = samples.filter((x) => !x.s.peek);
  const totalRows = sheets.reduce((n, s) => n + s.rows, 0);
  let rowsRead = samples.reduce((n, x) => n + x.rows, 0);
  opts.progress?.(rowsRead, totalRows);
  const bottom = new Map(sheets.map((s) => [s.name, s.top + s.rows - 1]));
  const cut: MergeSpan[] = [];
  for (const { s, merged } of samples) {
    const found = merged ? mergesOf(merged, spanOf(s), s.top + s.rows - 1) : [];
    if (!found) cut.push(spanOf(s));
    else if (found.length) s.grid.merges = found;
  }
  const skipped = new Set<string>();
  if (withMerges && !merges) {
    const apart = await readMergesApart(ctx, sheets.map(spanOf), bottom, budget, sync, () => r.retries++);
    for (const [name, found] of apart.merges) grids[name]!.merges = found;
    for (const name of apart.skipped) skipped.add(name);
    cut.push(...apart.cut);
  }
  // addresses Excel cut short: the areas one by one
  if (cut.length) {
    const byArea = await readMergesByArea(ctx, cut, bottom, budget, sync, () => r.retries++);
    for (const [name, found] of byArea.merges) grids[name]!.merges = [...(grids[name]!.merges ?? []), ...found];
    for (const name of byArea.skipped) skipped.add(name);
  }
  if (skipped.size) r.mergesSkipped = [...new Set([...(r.mergesSkipped ?? []), ...skipped])];
  // hidden columns: none, all, or (some) each column asked apart
  const mixed: ColumnSpan[] = [];
  const unread = new Set<string>();
  for (const { s, hidden } of samples) {
    const found = hidden ? hiddenOfSpan(hidden, columnsOf(s)) : [];
    if (!hidden) unread.add(s.name);
    else if (!found) mixed.push(columnsOf(s));
    else if (found.length) s.grid.hiddenCols = found;
  }
  if (mixed.length) {
    const apart = await readHiddenApart(ctx, mixed, sync);
    for (const [name, cols] of apart.hidden) grids[name]!.hiddenCols = cols;
    for (const name of apart.unread) unread.add(name);
  }
  if (unread.size) r.hiddenColumnsUnread = [...new Set([...(r.hiddenColumnsUnread ?? []), ...unread])];
  // hidden rows: none, all, or (some) the visible ones asked in one column not hidden, every sheet in one sync
  const someRowsHidden: RowSpan[] = [];
  const rowsUnread = new Set<string>();
  for (const { s, rowsHidden, range } of samples) {
    // a sheet scoring rewrites whole (Masalah, whose "Tingkat = Kesalahan" filter a run keeps; Ringkasan, Rencana): no
    // data rows to speak of, and no sync more on every re-run for the rows its own filter hides
    if (s.top === 0 && s.left === 0 && isScoreSheetMarker((range.values as CellValue[][])[0]?.[0] ?? null)) continue;
    // (below ExcelApi 1.2, or refused: not asked)
    if (!rowsHidden) { rowsUnread.add(s.name); continue; }
    const found = hiddenRowsOfSpan(rowsHidden, rowsOf(s));
    if (found?.length) s.grid.hiddenRows = found;
    if (found) continue;
    const col = unread.has(s.name) ? undefined : visibleColumn(s.left, s.cols, s.grid.hiddenCols);
    if (col === undefined || !canReadVisibleRows(opts.supports)) rowsUnread.add(s.name);
    else someRowsHidden.push({ ...rowsOf(s), col });
  }
  if (someRowsHidden.length) {
    const visible = await readVisibleRows(ctx, someRowsHidden, budget, sync, () => r.retries++);
    for (const [name, rows] of visible.hidden) grids[name]!.hiddenRows = rows;
    for (const name of visible.unread) rowsUnread.add(name);
  }
  if (rowsUnread.size) r.hiddenRowsUnread = [...new Set([...(r.hiddenRowsUnread ?? []), ...rowsUnread])];
  for (const t of tableRanges) if (!peeked.has(t.name)) ((grids[t.name]!.tables ??= [])).push(tableInfo(t));

  /** Load segments in batches under the budget (a block Excel refuses split in half and asked again). */
  type Loaded = { b: ReadBlock; values: { v: { col: number; cols: number }; range: XRange }[] | undefined; formats: { f: { col: number; cols: number }; range: XRange }[] };
  const loadSegments = async (segs: ReadSegment[], put: (l: Loaded) => void, after?: () => void) => {
    const queue = packSegments(segs, budget);
    while (queue.length) {
      const batch = queue.shift()!;
      const loads: Loaded[] = batch.map((b) => {
        const ws = ctx.workbook.worksheets.getItem(b.sheet);
        return {
          b,
          values: b.values?.map((v) => ({ v, range: ws.getRangeByIndexes(b.row, v.col, b.rows, v.cols).load("values") })),
          formats: b.formats.map((f) => ({ f, range: ws.getRangeByIndexes(b.row, f.col, b.rows, f.cols).load("numberFormat") })),
        };
      });
      try {
        await sync();
      } catch (e) {
        if (!isPayloadTooLarge(e) || (batch.length === 1 && batch[0]!.rows <= 1)) throw e;
        r.retries++;
        const split = batch.length > 1 ? batch.map((b) => [b]) : [halves(batch[0]!)].flat().map((b) => [b]);
        queue.unshift(...split);
        continue;
      }
      for (const l of loads) put(l);
      after?.();
    }
  };
  /**
   * Rows below the sample holding formulas only, each one's result blank, by sheet (see formula-rows.ts): the
   * formulas' values are read into the grid, then the rows where all are blank asked for constants in one sync; those
   * holding none are not read. Nothing when the formulas are unknown or that sync fails.
   */
  const formulaOnlyRows = async (list: { s: SheetRead; from: number; last: number; formulas: CellRange[] | undefined; sample: CellValue[][] }[]) => {
    const out = new Map<string, Set<number>>();
    const todo = list.flatMap((x) => {
      const areas = x.formulas ? areasInRows(x.formulas, x.from, x.last) : [];
      return areas.length ? [{ ...x, areas }] : [];
    });
    if (!todo.length) return out;
    // a formula cell's bytes: its column's longest cell in the sample, at least `""`
    const segs: ReadSegment[] = todo.flatMap((x) => {
      const widest = new Map<number, number>();
      for (const a of x.areas) {
        for (let c = a.col; c < a.col + a.cols; c++) {
          if (widest.has(c)) continue;
          let w = 3;
          for (const line of x.sample) w = Math.max(w, jsonBytes(line[c - x.s.left] ?? "") + 1);
          widest.set(c, w);
        }
      }
      return x.areas.map((a) => {
        let bytes = 3;
        for (let c = a.col; c < a.col + a.cols; c++) bytes += widest.get(c)!;
        return { sheet: x.s.name, from: a.row, to: a.row + a.rows - 1, values: [{ col: a.col, cols: a.cols }], formats: [], rowBytes: bytes };
      });
    });
    await loadSegments(segs, (l) => { for (const x of l.values ?? []) putValues(grids[l.b.sheet]!, l.b.row, x.v.col, x.range.values as CellValue[][]); });
    const asks = todo.flatMap((x) => blankRows(x.s.grid, rowRuns(x.areas), x.areas).map(([from, to]) => {
      const box = { sheet: x.s.name, row: from, rows: to - from + 1, col: x.s.left, cols: x.s.cols };
      return { box, answer: askConstants(ctx, box) };
    }));
    if (!asks.length) return out;
    try {
      await sync();
    } catch {
      r.retries++;
      return out;
    }
    const byRow = new Map<string, { runs: [number, number][]; typed: Set<number>; cut: boolean }>();
    for (const a of asks) {
      const e = byRow.get(a.box.sheet) ?? byRow.set(a.box.sheet, { runs: [], typed: new Set(), cut: false }).get(a.box.sheet)!;
      const found = areasOf(a.answer, a.box);
      if (!found) { e.cut = true; continue; }
      e.runs.push([a.box.row, a.box.row + a.box.rows - 1]);
      for (const c of found) for (let r = c.row; r < c.row + c.rows; r++) e.typed.add(r);
    }
    for (const [sheet, e] of byRow) {
      if (e.cut) continue;
      const rows = new Set<number>();
      for (const [from, to] of splitRuns(e.runs, e.typed)) for (let r = from; r <= to; r++) rows.add(r);
      if (rows.size) out.set(sheet, rows);
    }
    return out;
  };

  // every remaining row: values below the sample, number formats where the reader needs them
  const segments: ReadSegment[] = [];
  // an earlier run's output columns, by sheet: the row below each one's header (see extent-cols.ts)
  const isExtentHeader = opts.extentOnlyColumns ?? isExtentOnlyColumnHeader;
  const extents = new Map<string, Map<number, number>>();
  const yearBelow: SheetRead[] = [];
  const below: { s: SheetRead; from: number; last: number; runs: { col: number; cols: number }[]; fmtRowBytes: number; maxRow: number; leanRow: number; ext: Map<number, number>; formulas: CellRange[] | undefined }[] = [];
  for (const { s, rows, range, formulas } of samples) {
    const values = range.values as CellValue[][];
    putValues(s.grid, s.top, s.left, values);
    const ext = extentColumns(s.grid, s.left, s.cols, isExtentHeader);
    if (ext.size) extents.set(s.name, ext);
    // the largest row, and the largest without the output columns (when they are not read below the sample)
    let maxRow = 0, leanRow = 0;
    for (const line of values) {
      maxRow = Math.max(maxRow, jsonBytes(line) + 1);
      if (ext.size) leanRow = Math.max(leanRow, jsonBytes(line.filter((_, i) => !ext.has(s.left + i))) + 1);
    }
    const fmtCols = new Set<number>();
    // header candidates: the rows the reader scans, and the header row of every table on the sheet
    const headerRows = new Set<number>();
    for (let i = 0; i < Math.min(HEADER_SCAN, values.length); i++) headerRows.add(s.top + i);
    for (const t of s.grid.tables ?? []) if (t.headerRow && t.row < s.top + rows) headerRows.add(t.row);
    for (const hr of headerRows) for (const c of formatColumns(s.grid.cells[hr] ?? [])) if (c >= s.left && c < s.left + s.cols) fmtCols.add(c);
    // Pengaturan's Tahun Penilaian value, its key found as the reader finds it (any row): in the sample, loaded with
    // the blocks; keyed below it (rows inserted above), its column's formats once the blocks are read
    const year = settingsYearColumn(s.name, s.grid.cells);
    if (year === undefined && rows < s.rows) yearBelow.push(s);
    else if (year !== undefined && year >= s.left && year < s.left + s.cols) fmtCols.add(year);
    const runs = columnRuns([...fmtCols]);
    const fmtRowBytes = runs.reduce((n, x) => n + x.cols * FORMAT_CELL_BYTES + 3, 0);
    const last = s.top + s.rows - 1;
    // a long sheet scoring writes whole again (its marker in A1: Masalah, Rencana): its rows below the sample matter
    // only for where they are, to be emptied — `true` over its used range, as the .xlsx reader's `extentOnly` gives (a
    // scored Masalah of 30,000 issues was ~20 MB of text read back in five syncs of 4 MB). Ringkasan is read whole: its
    // breakdown holds the SPD rows' verified points a re-run reads (answer-changes.ts)
    if (s.top === 0 && s.left === 0 && isExtentOnlySheetMarker(s.grid.cells[0]?.[0] ?? null)) {
      for (let row = s.top + rows; row <= last; row++) s.grid.cells[row] = new Array<CellValue>(s.cols).fill(true);
      rowsRead += Math.max(0, last - (s.top + rows) + 1);
      continue;
    }
    // the analyst's formulas, for the writer (see formula-rows.ts)
    const known = formulas ? areasOf(formulas, boxOf(s)) : undefined;
    if (known?.length) s.grid.formulaAreas = known;
    // a number format matters where a value is: the sample's rows down to its last one holding something (not the
    // rows of a template's formulas filled down, read in the sample: 94 kB of "General" at 300 such rows)
    let filled = values.length - 1;
    while (filled >= 0 && values[filled]!.every((v) => v === null || v === undefined || (typeof v === "string" && v.trim() === ""))) filled--;
    if (runs.length && filled >= 0) segments.push({ sheet: s.name, from: s.top, to: s.top + filled, formats: runs, rowBytes: fmtRowBytes });
    if (s.top + rows <= last) below.push({ s, from: s.top + rows, last, runs, fmtRowBytes, maxRow, leanRow, ext, formulas: known });
  }
  // the output columns below the sample: which cells hold something, in one sync (ExcelApi 1.9); a sheet Excel does
  // not answer for has their values read, made `true` at the end
  const asks: ExtentAsk[] = [];
  if (canReadExtents(opts.supports)) {
    for (const b of below) {
      for (const run of columnRuns([...b.ext.keys()])) asks.push(askExtent(ctx, { sheet: b.s.name, row: b.from, rows: b.last - b.from + 1, ...run }));
    }
  }
  const lean = new Map<string, { span: ExtentSpan; areas: NonNullable<ReturnType<typeof extentAreas>> }[]>();
  if (asks.length) {
    try {
      await sync();
      const cut = new Set<string>();
      for (const a of asks) {
        const areas = extentAreas(a);
        if (!areas) cut.add(a.span.sheet);
        else (lean.get(a.span.sheet) ?? lean.set(a.span.sheet, []).get(a.span.sheet)!).push({ span: a.span, areas });
      }
      for (const name of cut) lean.delete(name);
    } catch {
      r.retries++;
    }
  }
  // rows below the sample holding only formulas whose result is blank: their formulas' values read, not the rows
  const formulaOnly = await formulaOnlyRows(below.map((b) => ({ s: b.s, from: b.from, last: b.last, formulas: b.formulas, sample: samples.find((x) => x.s === b.s)!.range.values as CellValue[][] })));
  for (const b of below) {
    const found = lean.get(b.s.name);
    // (after the formulas' values: an output column's formula is `true` where it is)
    for (const f of found ?? []) putExtent(b.s.grid, f.span, f.areas);
    const cols = Array.from({ length: b.s.cols }, (_, i) => b.s.left + i).filter((c) => !found || !b.ext.has(c));
    const values = columnRuns(cols);
    // unread rows as a full read gives them: the formulas' values, "" in every other cell
    const skip = formulaOnly.get(b.s.name) ?? new Set<number>();
    for (const r of skip) {
      const line = (b.s.grid.cells[r] ??= []);
      for (const c of cols) line[c] ??= "";
    }
    rowsRead += skip.size;
    // the sample's largest row stands for every row below; the budget's distance to the limit absorbs longer ones
    for (const [from, to] of splitRuns([[b.from, b.last]], skip)) {
      if (values.length || b.runs.length) segments.push({ sheet: b.s.name, from, to, ...(values.length ? { values } : {}), formats: b.runs, rowBytes: (found ? b.leanRow : b.maxRow) + b.fmtRowBytes });
      if (!values.length) rowsRead += to - from + 1;
    }
  }

  await loadSegments(segments, (l) => {
    for (const x of l.values ?? []) putValues(grids[l.b.sheet]!, l.b.row, x.v.col, x.range.values as CellValue[][]);
    for (const f of l.formats) putFormats(grids[l.b.sheet]!, l.b.row, f.f.col, f.range.numberFormat);
    if (l.values) rowsRead += l.b.rows;
  }, () => opts.progress?.(Math.min(rowsRead, totalRows), totalRows));
  const late = yearBelow.flatMap((s) => {
    const c = settingsYearColumn(s.name, s.grid.cells);
    return c !== undefined && c >= s.left && c < s.left + s.cols ? [{ sheet: s.name, from: s.top, to: s.top + s.rows - 1, formats: [{ col: c, cols: 1 }], rowBytes: FORMAT_CELL_BYTES + 3 }] : [];
  });
  if (late.length) await loadSegments(late, (l) => { for (const f of l.formats) putFormats(grids[l.b.sheet]!, l.b.row, f.f.col, f.range.numberFormat); });
  for (const s of sheets) {
    const ext = extents.get(s.name);
    if (ext) toExtent(s.grid, ext);
    blankCovered(s.grid);
    densify(s.grid);
    keepFilledHiddenRows(s.grid);
  }
  // a sheet laid out as one the reader takes by its cells: read whole, as a contract sheet is
  if (promoted.length) {
    const { progress: _, ...rest } = opts;
    const whole = await readUsedRanges(ctx, promoted, { ...rest, sheets: () => true }, r);
    for (const e of promoted) grids[e.name] = whole[e.name]!;
  }
  return grids;
}

/** A table as the grid holds it, from its loaded range. */
function tableInfo(t: { table: XTable; range: XRange }): TableInfo {
  return { name: t.table.name, row: t.range.rowIndex, col: t.range.columnIndex, rows: t.range.rowCount, cols: t.range.columnCount, headerRow: t.table.showHeaders, totalsRow: t.table.showTotals };
}

/** Bytes a number format takes in a response, per cell ("General" is 10 with quotes and comma). */
const FORMAT_CELL_BYTES = 10;
