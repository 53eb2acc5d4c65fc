import { numberRanges } from "@inovasi/core";
import { withoutInvisible } from "./values.js";

/**
 * A cell value as both hosts hand it over. Dates are ISO `YYYY-MM-DD` strings (the CLI converts exceljs `Date`s) or
 * Excel serial numbers (Office.js `values` gives serials for date-formatted cells); the reader accepts both.
 */
export type CellValue = string | number | boolean | null;

/** One worksheet as a 2-D array of values, row 0 = sheet row 1, column 0 = column A. Rows may be ragged. */
export interface Grid {
  name: string;
  cells: CellValue[][];
  /**
   * Number format codes (`"0%"`, `"0.0%"`, `"dd/mm/yyyy"`) of the cells whose format the reader needs, indexed like
   * `cells` (sparse and ragged; absent or undefined = General). A host fills it at least for the columns
   * {@link formatColumns} names: a percent-formatted 0.95 is the 95 % an analyst typed.
   */
  formats?: (string | undefined)[][];
  /** Excel tables (ListObjects) on the sheet, as the host found them. */
  tables?: TableInfo[];
  /** The sheet is hidden or very hidden (e.g. the template's lists sheet): messages never name it as a place to look. */
  hidden?: boolean;
  /** Hidden columns (0-based), as the host found them: a hidden column is never preferred silently over a visible one. */
  hiddenCols?: number[];
  /**
   * Hidden rows (0-based) that hold something, hidden by hand, by a filter or by a zero height, as the host found them (absent: none, or
   * not asked). They are read and scored as any row — hiding is not deleting — and the reader says so once per sheet.
   */
  hiddenRows?: number[];
  /**
   * Merged ranges, as the host found them (0-based, top-left cell first). Only the top-left cell of a merged range
   * holds a value; the reader takes it for the cells below it in the range's first column too, as the analyst who merged
   * "Dinas Kesehatan" over three rows sees it.
   */
  merges?: CellRange[];
  /**
   * Formula cells that hold no saved (cached) value — a file written by a program that does not calculate and never
   * saved in Excel — whose `cells` entry is blank. The reader reports each at its cell (and computes plain arithmetic of
   * numbers, saying so) instead of reading a blank. Absent when there are none; Office.js never has any.
   */
  unsavedFormulas?: UnsavedFormula[];
  /**
   * Cells holding a formula, as rectangles, as far as the host lists them: at least every one whose result is blank
   * (`=""`, `=IF(B5="";"";…)`), which `cells` cannot tell from an empty cell. The .xlsx reader lists only those (a
   * saved "" or spaces); the add-in lists every formula (`getSpecialCells("Formulas")`, ExcelApi 1.9). The writer never
   * writes over one where it adds an output column: it is the analyst's, as a typed cell is. Absent when none is known.
   */
  formulaAreas?: CellRange[];
}

/** A formula cell without a saved value: where it is (0-based) and its formula without "=" (absent for a shared formula's follower, whose text is on its first cell). */
export interface UnsavedFormula {
  row: number;
  col: number;
  formula?: string;
}

/** A rectangle of cells: its top-left cell and its size, 0-based. */
export interface CellRange {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** An Excel table (ListObject): its name and the rectangle it covers, header row included. 0-based. */
export interface TableInfo {
  name: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  /** Whether the first row of the rectangle is the table's header row (Excel's default). */
  headerRow: boolean;
  /** Whether the last row of the rectangle is a totals row (not data). */
  totalsRow: boolean;
}

/** The number format of a cell, undefined when the host gave none (General). */
export function formatAt(grid: Grid, row: number, col: number): string | undefined {
  return grid.formats?.[row]?.[col] ?? undefined;
}

/** The workbook's sheets, by sheet name. */
export type WorkbookGrids = Record<string, Grid>;

/**
 * One cell to write. `row`/`col` are 0-based; `address` is the A1 form. `text: true` marks a string that must be
 * stored as text, never interpreted (it starts with `= + - @`, tab or CR): exceljs stores plain strings as text
 * anyway; Office.js hosts must write `officeValue(write)` (an apostrophe prefix) instead of `value`.
 */
export interface CellWrite {
  sheet: string;
  row: number;
  col: number;
  address: string;
  value: CellValue;
  text?: boolean;
  /** A number format hint ("0.00", "0%") for the host; optional. */
  numFmt?: string;
  /** Header cells the tool owns (hosts may style them bold). */
  header?: boolean;
  /** Background colour (`#RRGGBB`), for legend swatches on sheets the tool owns; never on input sheets. */
  fill?: string;
  /** Aligned otherwise than Excel's default, on sheets the tool owns: a heading over numbers right, as they are (Ringkasan). */
  horizontal?: "right" | "center";
}

/** Column letters for a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address for 0-based row and column. */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A1 address of the cells from (row, col) to (lastRow, lastCol), 0-based: "C4:BC4", or "C4" for one cell. */
export function rangeA1(row: number, col: number, lastRow = row, lastCol = col): string {
  return lastRow === row && lastCol === col ? a1(row, col) : `${a1(row, col)}:${a1(lastRow, lastCol)}`;
}

/** Rows (0-based, ascending) as a message names them, 1-based with runs joined: "26, 40–45"; past six pieces, "…". */
export function rowsText(rows: readonly number[]): string {
  return numberRanges(rows.map((r) => r + 1), 6);
}

/** Value at (row, col), null when the row or cell is absent. */
export function cellAt(grid: Grid, row: number, col: number): CellValue {
  const r = grid.cells[row];
  if (!r) return null;
  const v = r[col];
  return v === undefined ? null : v;
}

/** Whether a cell holds nothing a person typed (null, or only spaces). */
export function isBlank(v: CellValue): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

/** Find a sheet by name, ignoring case and surrounding spaces. */
export function findSheet(grids: WorkbookGrids, name: string): Grid | undefined {
  if (grids[name]) return grids[name];
  const want = normaliseHeader(name);
  for (const g of Object.values(grids)) if (normaliseHeader(g.name) === want) return g;
  return undefined;
}

/**
 * How headers, keys and labels are compared: NFC, invisible characters (zero-width space, BOM, soft hyphen) dropped,
 * trimmed, inner spaces collapsed, lower case.
 */
export function normaliseHeader(s: string): string {
  // memoised: readers compare the same option labels and headers once per cell, tens of thousands of times. Two
  // generations, so a stream of one-off texts (innovation names) never evicts the labels that repeat.
  let v = normalised.get(s);
  if (v !== undefined) return v;
  v = previous.get(s);
  if (v === undefined) v = withoutInvisible(s.normalize("NFC")).replace(/\u00a0/g, " ").trim().replace(/\s+/g, " ").toLowerCase();
  if (s.length <= 200) {
    if (normalised.size >= 10_000) {
      previous = normalised;
      normalised = new Map();
    }
    normalised.set(s, v);
  }
  return v;
}
let normalised = new Map<string, string>();
let previous = new Map<string, string>();

/**
 * A grid from a block of values that does not start at A1 (Office.js `usedRange` can start anywhere):
 * `top`/`left` are the 0-based row and column of the block's first cell. Office.js gives "" for empty cells,
 * which the reader treats as blank.
 */
export function gridFromBlock(name: string, values: CellValue[][], top = 0, left = 0): Grid {
  const cells: CellValue[][] = [];
  for (let r = 0; r < top; r++) cells.push([]);
  for (const row of values) cells.push([...new Array<CellValue>(left).fill(null), ...row]);
  return { name, cells };
}
