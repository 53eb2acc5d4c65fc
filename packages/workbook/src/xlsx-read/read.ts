/**
 * Grids of values from an .xlsx without building a workbook model: each sheet's XML is inflated in chunks and scanned
 * row by row; only values (and number formats of cells that have one, for `Grid.formats`) and tables' rectangles are
 * kept. Values follow what the exceljs loader gave before: dates (a date number format, `t="d"`) become ISO dates,
 * formulas their cached result, rich text its text, error values their text (`#N/A`, which the reader reports).
 * Merged ranges are kept as `Grid.merges`.
 */
import type { CellRange, CellValue, Grid, TableInfo, UnsavedFormula, WorkbookGrids } from "../grid.js";
import { formatColumnsIn } from "../format-columns.js";
import { type OpenPackage, PART_LIMITS, dirOf, parseRels, relsPathOf, resolveTarget } from "./package.js";
import { type CellTok, MAX_COL, MAX_ROW, type RowTok, RowScanner, colOfRef } from "./sheet-rows.js";
import { attr, ownText, stringItemText, textOf, unescapeXml } from "./xml.js";
import { utf8Decoder } from "./utf8.js";
import { inflateChunks } from "./zip.js";
import { isDateFormat } from "../date-shown.js";

/** exceljs's rule: a format is a date format when, outside quotes and brackets, it has y, m, d, h, s or b. */
export { isDateFormat };

/** An Excel serial as an ISO date (UTC), the way exceljs turned it into a Date. */
export function serialToIso(v: number, date1904: boolean): string | null {
  const d = new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
}

/** The value of a scanned cell. */
export function valueOf(c: CellTok, pkg: Pick<OpenPackage, "sharedStrings" | "xfFormats" | "date1904">, prefix: string): CellValue {
  const v = c.v;
  switch (c.t) {
    case "s": {
      if (v === undefined) return null;
      const s = pkg.sharedStrings[Number(unescapeXml(v).trim())];
      return s === undefined ? null : s;
    }
    case "inlineStr":
      if (c.is !== undefined) return stringItemText(c.is, prefix);
      return v === undefined ? null : textOf(v);
    case "str":
      return v === undefined ? null : textOf(v);
    case "b":
      return v === undefined ? null : v.trim() === "1" || v.trim() === "true";
    case "e": {
      // a formula's error value (#N/A, #REF! …) as its text, the way Office.js hands it over: the reader reports it
      const e = v === undefined ? "" : textOf(v).trim();
      return e === "" ? null : e;
    }
    case "d": {
      if (v === undefined) return null;
      const d = new Date(textOf(v));
      return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
    }
    default: {
      if (v === undefined || v === "") return null;
      const n = parseFloat(v);
      if (!Number.isFinite(n)) return null;
      return isDateFormat(pkg.xfFormats[c.s]) ? serialToIso(n, pkg.date1904) : n;
    }
  }
}

/** A worksheet's XML as text chunks (UTF-8 decoded across chunk boundaries). */
export async function* sheetText(pkg: OpenPackage, path: string): AsyncGenerator<string> {
  const e = pkg.byName.get(path);
  if (!e) return;
  const dec = utf8Decoder();
  for await (const chunk of inflateChunks(pkg.bytes, e, PART_LIMITS.sheet, pkg.inflater)) yield dec.decode(chunk, { stream: true });
  const rest = dec.decode();
  if (rest) yield rest;
}

/**
 * Feed a sheet's text chunks to `onRow` (rows of `<sheetData>`), calling `onText` with every byte of the text outside
 * and between rows, in order. Returns the worksheet's namespace prefix.
 */
export async function scanSheet(
  chunks: AsyncIterable<string>,
  onRow: (row: RowTok, text: string, prefix: string) => void | Promise<void>,
  onText: (text: string) => void | Promise<void> = () => {},
  skipCells?: (row: number) => boolean,
): Promise<void> {
  let buf = "";
  let scanner: RowScanner | undefined;
  let inData = false;
  let done = false;
  let prefix = "";
  const pending: RowTok[] = [];
  for await (const chunk of chunks) {
    buf += chunk;
    if (done) continue;
    if (!scanner) {
      const root = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(buf);
      if (!root) continue;
      prefix = root[1] ?? "";
      scanner = new RowScanner(prefix);
      scanner.skipCells = skipCells;
    }
    let pos = 0;
    if (!inData) {
      const m = new RegExp(`<${prefix.replace(/[.]/g, "\\.")}sheetData(\\s[^>]*)?(/?)>`).exec(buf);
      if (!m) continue;
      const start = m.index + m[0].length;
      inData = true;
      if (m[2] === "/") {
        // an empty <sheetData/>: seen as open + close, so a patcher can add rows between them
        await onText(`${buf.slice(0, m.index)}<${prefix}sheetData${m[1] ?? ""}>`);
        buf = `</${prefix}sheetData>${buf.slice(start)}`;
        done = true;
        continue;
      }
      await onText(buf.slice(0, start));
      buf = buf.slice(start);
    }
    const r = scanner.scan(buf, pos, (row) => void pending.push(row));
    let at = 0;
    for (const row of pending) {
      if (row.start > at) await onText(buf.slice(at, row.start));
      await onRow(row, buf, prefix);
      at = row.end;
    }
    pending.length = 0;
    pos = r.pos;
    if (pos > at) await onText(buf.slice(at, pos));
    buf = buf.slice(pos);
    if (r.done) done = true;
  }
  if (buf) await onText(buf);
}

/** Options of {@link readGrids}. */
export interface ReadGridsOptions {
  /**
   * Whether a sheet whose first cell (A1) holds `first` is one of which only the first {@link EXTENT_ONLY_FROM} rows'
   * values matter, the rest only for where there are values: a sheet the tool wrote and writes whole again (the
   * Masalah sheet of a scored copy lists tens of thousands of issues). Past those rows, each value that is not blank is
   * read as `true`.
   */
  extentOnly?: (first: CellValue) => boolean;
  /**
   * Whether a column headed `header` (a text in a sheet's first {@link EXTENT_ONLY_FROM} rows) is one of whose cells
   * below that header only whether they hold something matters: the output columns an earlier run wrote. Each of
   * them that is not blank is read as `true`.
   */
  extentOnlyColumns?: (header: CellValue) => boolean;
}

/** The rows of an {@link ReadGridsOptions.extentOnly} sheet read with their values (its title, notes and headers). */
export const EXTENT_ONLY_FROM = 10;

async function readSheet(pkg: OpenPackage, path: string, name: string, opts: ReadGridsOptions): Promise<Grid> {
  const { extentOnly, extentOnlyColumns } = opts;
  const cells: CellValue[][] = [];
  // decided at the first row past EXTENT_ONLY_FROM, from A1 as read
  let onlyExtent: boolean | undefined;
  // by column: the first row below its extentOnlyColumns header
  const columnFrom: number[] = [];
  let formats: (string | undefined)[][] | undefined;
  let unsaved: UnsavedFormula[] | undefined;
  let formulaAreas: CellRange[] | undefined;
  // by column: the rectangle of blank-result formulas its last row joins
  const blankFormulas = new Map<number, CellRange>();
  const merges: CellRange[] = [];
  const hiddenCols: number[] = [];
  // rows hidden by hand or by a filter that hold a cell (a hidden empty row is nothing the reader reads)
  const hiddenRows: number[] = [];
  // the text outside <sheetData> (and between rows), searched for <mergeCell ref="B3:B5"/> as it streams
  let outside = "";
  const onText = (t: string) => {
    outside += t;
    const last = outside.lastIndexOf("<");
    const done = outside.slice(0, last < 0 ? outside.length : last);
    for (const m of done.matchAll(MERGE_CELL)) {
      const r = rangeOf(m[1]!);
      if (r) merges.push(r);
    }
    for (const m of done.matchAll(COL_TAG)) {
      const h = attr(m[0], "hidden");
      if (h !== "1" && h !== "true") continue;
      const lo = Number(attr(m[0], "min")), hi = Math.min(Number(attr(m[0], "max")), MAX_COL + 1);
      for (let c = lo; c <= hi; c++) hiddenCols.push(c - 1);
    }
    outside = last < 0 ? "" : outside.slice(last);
  };
  // a row is built here, then kept at its exact length (a grown array keeps up to half again as many slots)
  const scratch: CellValue[] = [];
  const patterns = new Map<string, CellValue[]>();
  await scanSheet(sheetText(pkg, path), (row, _text, prefix) => {
    if (row.row > MAX_ROW) return;
    if (row.hidden && row.cells.length) hiddenRows.push(row.row);
    if (row.row >= EXTENT_ONLY_FROM) onlyExtent ??= !!extentOnly?.(cells[0]?.[0] ?? null);
    let out: CellValue[] | undefined;
    for (const c of row.cells) {
      if (c.col > MAX_COL) continue;
      const read = valueOf(c, pkg, prefix);
      const from = columnFrom[c.col];
      const extent = onlyExtent || (from !== undefined && row.row >= from);
      // shared strings are the package's already; any other text is cut from this sheet's XML (see ownText)
      const v = extent ? (read === null || (typeof read === "string" && read.trim() === "") ? read : true) : typeof read === "string" && c.t !== "s" ? ownText(read) : read;
      if (row.row < EXTENT_ONLY_FROM && from === undefined && extentOnlyColumns?.(v)) columnFrom[c.col] = row.row + 1;
      if (v === null) {
        // a formula without a saved value (no <v>, or an empty <v/> as openpyxl writes it: an empty text result is
        // kept as "" above): listed, so the reader says so instead of reading a blank (audit17 F7)
        if (c.f && (c.v === undefined || c.v.trim() === "") && c.is === undefined) (unsaved ??= []).push({ row: row.row, col: c.col, ...(c.fx !== undefined ? { formula: textOf(c.fx) } : {}) });
        continue;
      }
      if (!out) {
        out = scratch;
        out.length = 0;
        // a row number seen twice: its cells go on from a copy of the first's (which may be a shared row)
        for (const x of cells[row.row] ?? []) out.push(x);
      }
      while (out.length < c.col) out.push(null);
      out[c.col] = v;
      // a formula whose saved result is blank (="", =IF(…;"";…)) reads as an empty cell: listed, so the writer leaves
      // it alone where it adds an output column (down a column, joined into one rectangle as rows stream in order)
      if (c.f && typeof v === "string" && v.trim() === "") {
        const open = blankFormulas.get(c.col);
        if (open && open.row + open.rows === row.row) open.rows++;
        else if (!(open && row.row >= open.row && row.row < open.row + open.rows)) {
          const area = { row: row.row, col: c.col, rows: 1, cols: 1 };
          (formulaAreas ??= []).push(area);
          blankFormulas.set(c.col, area);
        }
      }
      // formats of numeric cells, dates among them (kept for every column while streaming; narrowed to
      // formatColumnsIn below): a message quotes a date as its format shows it (audit36)
      const fmt = typeof v === "number" || (typeof v === "string" && (c.t === "n" || c.t === "d")) ? pkg.xfFormats[c.s] : undefined;
      if (fmt !== undefined) {
        formats ??= [];
        (formats[row.row] ??= [])[c.col] = fmt;
      }
    }
    if (out) cells[row.row] = onlyExtent ? sharedRow(out, patterns) : out.slice();
  }, onText);
  onText("<");
  // rows that hold only formulas without a saved value are rows too (the reader reports their cells)
  for (const f of unsaved ?? []) if (cells.length <= f.row) cells.length = f.row + 1;
  for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = [];
  const grid: Grid = { name, cells };
  if (merges.length) grid.merges = merges;
  if (hiddenCols.length) grid.hiddenCols = hiddenCols;
  if (hiddenRows.length) grid.hiddenRows = hiddenRows;
  if (unsaved) grid.unsavedFormulas = unsaved;
  if (formulaAreas) grid.formulaAreas = formulaAreas;
  const narrowed = formats && narrowFormats(formats, cells, name);
  if (narrowed) grid.formats = narrowed;
  const tables = tablesOf(pkg, path);
  if (tables.length) grid.tables = tables;
  return grid;
}

/**
 * A row of an {@link ReadGridsOptions.extentOnly} sheet, `true` where a value was, as one array shared by every row of
 * the same pattern (frozen: the rows are read, never written). Masalah's 30,000 rows of five `true`s are one array;
 * a row that holds a blank text keeps its own copy.
 */
function sharedRow(row: CellValue[], patterns: Map<string, CellValue[]>): CellValue[] {
  let key = "";
  for (const v of row) {
    if (v !== true && v !== null) return row.slice();
    key += v ? "1" : "0";
  }
  let shared = patterns.get(key);
  if (!shared) patterns.set(key, (shared = Object.freeze(row.slice()) as CellValue[]));
  return shared;
}

/**
 * Formats of the columns the reader needs them for (`formatColumnsIn`: indicator answers, dates, the SPD answer, on
 * Pengaturan Tahun Penilaian's value wherever its row is), as the exceljs loader gives them: undefined when none.
 */
function narrowFormats(formats: (string | undefined)[][], cells: CellValue[][], sheet: string): (string | undefined)[][] | undefined {
  const cols = formatColumnsIn(cells, undefined, sheet);
  if (!cols.length) return undefined;
  const out: (string | undefined)[][] = [];
  let any = false;
  for (let r = 0; r < formats.length; r++) {
    const row = formats[r];
    if (!row) continue;
    for (const c of cols) {
      if (row[c] === undefined) continue;
      (out[r] ??= [])[c] = row[c];
      any = true;
    }
  }
  return any ? out : undefined;
}

/** A <col min max hidden …> of <cols>: a hidden column (range). */
const COL_TAG = /<(?:[\w.-]+:)?col\b[^>]*>/g;
const MERGE_CELL = /<(?:[\w.-]+:)?mergeCell\b[^>]*?\bref\s*=\s*["']([^"']+)["'][^>]*>/g;

/** A range reference ("B3:B5", or one cell "B3") as a 0-based rectangle; undefined when it is not one. */
function rangeOf(ref: string): CellRange | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const c1 = colOfRef(m[1]!);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? colOfRef(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  if (r1 < 0 || r2 < r1 || c2 < c1 || r2 > MAX_ROW || c2 > MAX_COL) return undefined;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

/** Excel tables (ListObjects) of a sheet, from its table parts. */
export function tablesOf(pkg: OpenPackage, sheetPath: string): TableInfo[] {
  const rels = parseRels(pkg.text(relsPathOf(sheetPath)));
  const out: TableInfo[] = [];
  for (const rel of rels.values()) {
    if (!/\/table$/.test(rel.type)) continue;
    const xml = pkg.text(resolveTarget(dirOf(sheetPath), rel.target));
    const tag = xml && /<(?:[\w.-]+:)?table\b[^>]*>/.exec(xml)?.[0];
    if (!tag) continue;
    const ref = /^([A-Za-z]+)(\d+):([A-Za-z]+)(\d+)$/.exec(attr(tag, "ref") ?? "");
    if (!ref) continue;
    const col = colOfRef(ref[1]!);
    const row = Number(ref[2]) - 1;
    out.push({
      name: unescapeXml(attr(tag, "displayName") ?? attr(tag, "name") ?? ""),
      row,
      col,
      rows: Number(ref[4]) - row,
      cols: colOfRef(ref[3]!) - col + 1,
      headerRow: attr(tag, "headerRowCount") !== "0",
      totalsRow: Number(attr(tag, "totalsRowCount") ?? 0) > 0,
    });
  }
  return out;
}

/** Every worksheet's grid, in tab order. */
export async function readGrids(pkg: OpenPackage, opts: ReadGridsOptions = {}): Promise<WorkbookGrids> {
  const grids: WorkbookGrids = {};
  for (const s of pkg.sheets) {
    const grid = await readSheet(pkg, s.path, s.name, opts);
    grids[s.name] = s.hidden ? { ...grid, hidden: true } : grid;
  }
  return grids;
}
