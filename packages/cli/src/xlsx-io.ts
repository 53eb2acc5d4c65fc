/**
 * The module that knows exceljs (with exceljs-ranges.ts, a fix to its reader). exceljs is used because it is the one Node library that round-trips tables,
 * data validation, conditional formats and frozen panes (SheetJS community edition drops them), so a scored copy keeps
 * the user's workbook intact. It has had no release since 4.4.0: keep every use behind this interface.
 */
import { createRequire } from "node:module";
import type ExcelJS from "exceljs";
import { type CellValue, type CellWrite, type OwnedSheetSpec, type PrintSpec, type UnsavedFormula, type WorkbookGrids, columnLetters, formatColumnsIn, wrappedRowHeights } from "@inovasi/workbook";
import { keepValidationRanges } from "./exceljs-ranges.js";

let loaded: typeof ExcelJS | undefined;

/** {@link LoadedWorkbook.layoutOwnedSheet}'s options for a sheet the workbook layer describes, from the cells written to it. */
export type OwnedLayout = NonNullable<Parameters<LoadedWorkbook["layoutOwnedSheet"]>[2]>;

/**
 * How a sheet the tool owns is laid out (`spec`, as the workbook layer describes it): its frozen rows, its wrapped rows
 * at the heights their texts need (estimated from `writes`), its print setup.
 */
export function ownedSheetLayout(writes: CellWrite[], spec: OwnedSheetSpec): OwnedLayout {
  const heights = wrappedRowHeights(writes, spec);
  return {
    freezeRows: spec.freezeRows,
    ...(spec.freezeCols ? { freezeCols: spec.freezeCols } : {}),
    ...(spec.autoFilter ? { autoFilter: spec.autoFilter } : {}),
    wrapRows: new Map((spec.wrapRows ?? []).map((r) => [r, heights.get(r)])),
    ...(spec.wrap ? { wrapFrom: spec.wrap.fromRow, heights } : {}),
    ...(spec.merges?.length ? { merges: spec.merges.map((m) => ({ ...m, height: heights.get(m.row) })) } : {}),
    print: spec.print,
  };
}

/**
 * exceljs, loaded on first use: `score` reads and patches the package itself and never needs it, and loading it costs
 * ~25 MB of resident memory (a third of what `inovasi` started with). `require`, so `newWorkbook` stays synchronous.
 */
function exceljs(): typeof ExcelJS {
  return (loaded ??= createRequire(import.meta.url)("exceljs") as typeof ExcelJS);
}

/** A loaded workbook: its grids, and a way to apply writes and save. */
export interface LoadedWorkbook {
  grids: WorkbookGrids;
  /** Apply cell writes (creating missing sheets). Only the written cells change. */
  apply(writes: CellWrite[]): void;
  /**
   * Column widths (characters) and a landscape fit-to-width print setup for a sheet the tool owns (the summary), its
   * first `freezeRows` rows frozen (the header stays in view while the rows scroll; 0: none), and the rows of
   * `wrapRows` wrapped, top-aligned, at the given heights in points (a header row with long headings). `print`: the
   * sheet's own print setup instead of one page wide (scale, print titles, page order). `merges`: one-row ranges
   * merged, their text wrapped, top-aligned, the row at `height` points.
   */
  layoutOwnedSheet(sheet: string, widths: number[], opts?: { freezeRows?: number; freezeCols?: number; autoFilter?: OwnedSheetSpec["autoFilter"]; wrapRows?: ReadonlyMap<number, number | undefined>; wrapFrom?: number; heights?: ReadonlyMap<number, number>; merges?: readonly { row: number; col: number; cols: number; height: number | undefined }[]; print?: PrintSpec | undefined }): void;
  /** Serialise to .xlsx bytes. */
  toBuffer(): Promise<Uint8Array>;
  /** The exceljs workbook, for the template writer only. */
  readonly raw: ExcelJS.Workbook;
}

/** The cell's value as the contract sees it (dates → ISO dates, formulas → their cached result, rich text → text, errors → their text). */
export function cellValueOf(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v) return cellValueOf((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ("text" in v && "hyperlink" in v) return String(v.text);
    // an error value (#N/A …) as its text, as the streaming reader and Office.js give it: the reader reports it
    if ("error" in v) return typeof v.error === "string" ? v.error : null;
  }
  return null;
}

function gridsOf(wb: ExcelJS.Workbook): WorkbookGrids {
  const grids: WorkbookGrids = {};
  wb.eachSheet((ws) => {
    const cells: CellValue[][] = [];
    let unsaved: UnsavedFormula[] | undefined;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      const out: CellValue[] = [];
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        // a merged range's text is in its first cell only, as the streaming reader and Excel give it (exceljs gives
        // every cell of the range the first one's value)
        if (cell.isMerged && cell.master !== cell) return;
        out[c - 1] = cellValueOf(cell.value);
        // a formula without a saved value, as the streaming reader lists it (a shared formula's follower without its text)
        const v = cell.value as { formula?: string; sharedFormula?: string; result?: unknown } | null;
        if (v && typeof v === "object" && ("formula" in v || "sharedFormula" in v) && v.result === undefined) {
          (unsaved ??= []).push({ row: r - 1, col: c - 1, ...(typeof v.formula === "string" ? { formula: v.formula } : {}) });
        }
      });
      for (let i = 0; i < out.length; i++) if (out[i] === undefined) out[i] = null;
      cells[r - 1] = out;
    });
    for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = [];
    const formats = formatsOf(ws, cells);
    grids[ws.name] = { name: ws.name, cells, ...(formats ? { formats } : {}), ...(ws.state !== "visible" ? { hidden: true } : {}), ...(unsaved ? { unsavedFormulas: unsaved } : {}) };
  });
  return grids;
}

/**
 * Number formats of the numeric and date cells in the columns the reader needs them for (`formatColumnsIn`: indicator
 * answers, dates, the year, the SPD answer, Tahun Penilaian's value wherever its row is), so a percent cell (0.95 shown
 * as 95 %) reads as the 95 the analyst typed. Undefined when none.
 */
function formatsOf(ws: ExcelJS.Worksheet, cells: CellValue[][]): (string | undefined)[][] | undefined {
  const cols = formatColumnsIn(cells, undefined, ws.name);
  if (cols.length === 0) return undefined;
  const formats: (string | undefined)[][] = [];
  let any = false;
  for (let r = 0; r < cells.length; r++) {
    for (const c of cols) {
      // a date too, as the streaming reader keeps it: a message quotes it as its format shows it
      const v = cells[r]![c];
      if (typeof v !== "number" && !(typeof v === "string" && /^\d{4}-\d\d-\d\d$/.test(v) && ws.getCell(r + 1, c + 1).value instanceof Date)) continue;
      const fmt = ws.getCell(r + 1, c + 1).numFmt;
      if (!fmt || fmt === "General") continue;
      (formats[r] ??= [])[c] = fmt;
      any = true;
    }
  }
  return any ? formats : undefined;
}

function wrap(wb: ExcelJS.Workbook): LoadedWorkbook {
  return {
    grids: gridsOf(wb),
    raw: wb,
    apply(writes) {
      for (const w of writes) {
        const ws = wb.getWorksheet(w.sheet) ?? wb.addWorksheet(w.sheet);
        const cell = ws.getCell(w.row + 1, w.col + 1);
        // a JS string is always stored as a string cell by exceljs: never a formula, whatever it starts with
        cell.value = w.value === null ? null : w.value;
        if (w.numFmt) cell.numFmt = w.numFmt;
        // the font named: a bold font without one is drawn in LibreOffice's default (a serif, wider than the heights allow)
        if (w.header) cell.font = { name: "Calibri", size: 11, bold: true };
        if (w.horizontal) cell.alignment = { ...cell.alignment, horizontal: w.horizontal };
      }
    },
    layoutOwnedSheet(sheet, widths, opts = {}) {
      const ws = wb.getWorksheet(sheet);
      if (!ws) return;
      widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
      const freezeRows = opts.freezeRows ?? 0;
      const wrapRow = (r: number, ht: number | undefined) => {
        const row = ws.getRow(r + 1);
        row.eachCell((c) => { c.alignment = { ...c.alignment, wrapText: true, vertical: "top" }; });
        if (ht !== undefined) row.height = ht;
      };
      for (const [r, ht] of opts.wrapRows ?? []) wrapRow(r, ht);
      // every row from `wrapFrom` down wraps (a sheet of long messages), as tall as `heights` says its texts need
      if (opts.wrapFrom !== undefined) for (let r = opts.wrapFrom; r < ws.rowCount; r++) wrapRow(r, opts.heights?.get(r));
      for (const m of opts.merges ?? []) {
        ws.mergeCells(m.row + 1, m.col + 1, m.row + 1, m.col + m.cols);
        wrapRow(m.row, m.height);
      }
      const freezeCols = opts.freezeCols ?? 0;
      if (freezeRows > 0 || freezeCols > 0) {
        const topLeft = `${columnLetters(freezeCols)}${freezeRows + 1}`;
        ws.views = [{ state: "frozen", xSplit: freezeCols, ySplit: freezeRows, topLeftCell: topLeft, activeCell: topLeft }];
      }
      const f = opts.autoFilter;
      if (f && f.lastRow > f.row) ws.autoFilter = `${columnLetters(f.fromCol)}${f.row + 1}:${columnLetters(f.toCol)}${f.lastRow + 1}`;
      ws.pageSetup = { ...ws.pageSetup, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
      const p = opts.print;
      if (p) {
        // at its own scale when one page wide would be too small to read; titles as exceljs takes them ("5:5", "A:A")
        if (!p.fitWidth) ws.pageSetup = { ...ws.pageSetup, fitToPage: false, scale: p.scale ?? 100 };
        ws.pageSetup.pageOrder = p.order;
        if (p.titleRows) ws.pageSetup.printTitlesRow = `${p.titleRows.first + 1}:${p.titleRows.last + 1}`;
        if (p.titleCols) ws.pageSetup.printTitlesColumn = `${columnLetters(p.titleCols.first)}:${columnLetters(p.titleCols.last)}`;
      }
    },
    async toBuffer() {
      return new Uint8Array(await wb.xlsx.writeBuffer());
    },
  };
}

/** Load .xlsx bytes (check them with `checkWorkbookZip` first). */
export async function loadWorkbook(bytes: Uint8Array): Promise<LoadedWorkbook> {
  keepValidationRanges();
  const wb = new (exceljs().Workbook)();
  await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  return wrap(wb);
}

/** A new, empty workbook. */
export function newWorkbook(): LoadedWorkbook {
  const wb = new (exceljs().Workbook)();
  wb.creator = "inovasi";
  return wrap(wb);
}
