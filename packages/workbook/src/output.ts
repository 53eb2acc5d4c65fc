/**
 * What a host renders besides cell values, described as plain data so the `.xlsx` writer (CLI) and the Office.js
 * adapter (add-in) render the same thing: sheets the tool owns, charts, output columns added to Excel tables, and
 * conditional formats. Hosts never decide layout themselves; they draw this.
 */
import type { CellValue } from "./grid.js";

/**
 * A sheet the tool owns (Ringkasan, Masalah, Rencana …): it is rewritten whole on every run — a host may clear it and
 * write only this run's cells (its `CellWrite`s carry sheet = `name`). Identified by `marker` in A1.
 */
export interface OwnedSheetSpec {
  name: string;
  /** Column widths in characters, from column A. */
  widths: number[];
  /** 0-based rows holding headings or table headers (bold). */
  headingRows: number[];
  /** Rows frozen at the top (0 = none). */
  freezeRows: number;
  /** Columns frozen at the left (absent or 0 = none): the Rekap's region name stays in view across its columns. */
  freezeCols?: number;
  /**
   * A filter on the table whose header is `row` (0-based), over columns `fromCol`..`toCol` and the rows below to
   * `lastRow` (none when the table has no row): drawn by the CLI's writer and by the add-in (ExcelApi 1.9), which
   * removes the sheet's old filter first — it would hide rows of the new table (on `filterRow`, the analyst's filter is
   * applied again to the new rows instead).
   */
  autoFilter?: { row: number; lastRow: number; fromCol: number; toCol: number };
  /**
   * The header row (0-based) of the sheet's one table, where an AutoFilter the analyst set from column A is kept across
   * re-runs: a host that can applies it again, with its criteria, to the new rows (the add-in; absent = removed).
   */
  filterRow?: number;
  /** Print landscape, one page wide. */
  landscape: boolean;
  /**
   * Cells from row `fromRow` (0-based) down wrap their text, top-aligned, within `widths` (the plan sheet, whose long
   * texts would otherwise run across the page and make "one page wide" unreadably small); the title above runs on.
   * Absent = no wrap.
   */
  wrap?: { fromRow: number };
  /**
   * Rows (0-based) whose cells wrap, top-aligned, each as tall as its longest text needs (`wrappedRowHeights`): a
   * table's header row with headings longer than their columns are wide (the recap's). Drawn by the recap's hosts (the
   * CLI's recap workbook, the add-in); absent = none.
   */
  wrapRows?: number[];
  /**
   * Ranges of one row merged into one cell (from `col`, `cols` columns) whose text wraps, top-aligned, the row as tall
   * as the text needs across the range's width (`wrappedRowHeights`): the Rekap's notes above its table, within its
   * first printed page and clear of the column repeated on the pages after it. Drawn by the CLI's writer; absent = none.
   */
  merges?: { row: number; col: number; cols: number }[];
  /** How the sheet prints, when `landscape` one page wide is not the whole story (the recap's sheets); absent = that. */
  print?: PrintSpec;
  /**
   * Cells that name a cell of the workbook (Masalah's Sel, Rencana's steps, Ringkasan's gaps and notes), drawn as
   * links to it: a click lands on that cell. The cell's text is written as any other; a host adds the link over it.
   * Absent = none.
   */
  links?: CellLinkSpec[];
}

/**
 * A hyperlink inside the workbook on a cell of a sheet the tool owns (OOXML `<hyperlink location>`, Office.js
 * `Range.hyperlink.documentReference`): never a `HYPERLINK()` formula, the tool writes no formula.
 */
export interface CellLinkSpec {
  /** 0-based row and column of the cell holding the link. */
  row: number;
  col: number;
  /** Where it goes: the sheet's real name, always quoted (apostrophes doubled), and a cell or range: `'Inovasi'!H12`. */
  to: string;
  /** The tip shown on hover ("Buka 'Inovasi'!H12"). */
  tip: string;
}

/**
 * An owned sheet's print setup, landscape: whether it is scaled to one page wide, the rows and columns repeated on
 * every page (print titles), and the order of the pages when it spans pages both ways. Decided from the sheet's widths
 * by `printSpec`; drawn by the CLI's recap workbook (exceljs) and the add-in (ExcelApi 1.9 `pageLayout`).
 */
export interface PrintSpec {
  /** Scaled to one page wide, as many pages tall as it needs; false: at `scale`, across as many pages as it needs. */
  fitWidth: boolean;
  /** Print scale in percent when not fitted to one page wide. */
  scale?: number;
  /** Rows (0-based, inclusive) printed at the top of every page: a table's header row. */
  titleRows?: { first: number; last: number };
  /** Columns (0-based, inclusive) printed at the left of every page: what names each row. */
  titleCols?: { first: number; last: number };
  /** A sheet wider and taller than a page: across first (a row's pages follow each other), then down. */
  order: "overThenDown" | "downThenOver";
}

/**
 * The width of an output column the tool adds to an input sheet (a `Skor …` column), in characters. Only columns the
 * run creates are listed: the analyst's own columns, and output columns found from an earlier run (perhaps resized by
 * hand), keep their widths.
 */
export interface ColumnWidthSpec {
  sheet: string;
  /** 0-based column. */
  col: number;
  width: number;
}

/**
 * How the data cells of an output column the tool writes on an input sheet are shown (the `Skor …` columns right of
 * the Inovasi table), rows `firstRow..lastRow` (0-based, inclusive). `wrap`: the text wraps within the column's width
 * and the row grows to show it all — its height stays the host's automatic one (Excel fits such a row; the CLI writes
 * an estimate, `row-heights.ts`, without fixing it), and a row the analyst gave a height of their own keeps it.
 * `horizontal: "center"`: the Ya/Tidak flag, centred so it never sits flush against the number left of it. Listed on
 * every run (a re-run's new rows get it too); the analyst's columns never get one.
 */
export interface ColumnFormatSpec {
  sheet: string;
  /** 0-based column. */
  col: number;
  firstRow: number;
  lastRow: number;
  wrap?: boolean;
  horizontal?: "center";
}

/**
 * The input table's AutoFilter over the output columns: a filter the analyst set on the table's header row (`row`,
 * 0-based) from its first column (`col`: the header row's first filled cell; a filter starting left of it, over blank
 * header cells, is the table's too) ends at the analyst's last column, so the copy's filter is widened to the last
 * output column (`lastCol`) and down to the output's last row (`lastRow`) when it ends short of either
 * (`widenedFilter`).
 * Its criteria keep their columns (an AutoFilter numbers them from its first column, which stays), its sort and the
 * rows it hides stay. Absent when the innovations sit in an Excel table: that filter is the table's (`tables`). A
 * filter anywhere else on the sheet is left as it is.
 */
export interface InputFilterSpec {
  sheet: string;
  row: number;
  col: number;
  lastCol: number;
  lastRow: number;
}

/** An AutoFilter's range, 0-based, inclusive: the header row `row`, columns `col`..`lastCol`, down to `lastRow`. */
export interface FilterBox {
  row: number;
  col: number;
  lastRow: number;
  lastCol: number;
}

/**
 * The range the analyst's AutoFilter `now` gets in the scored copy, or undefined when it stays as it is (not on the
 * table's header row over its first column, or already reaching the last output column and row). Only its right and
 * bottom edges move, never inwards: its first column, and so its criteria's column numbers, stay. Both hosts decide
 * with this (the CLI's writer, the add-in).
 */
export function widenedFilter(spec: InputFilterSpec, now: FilterBox): FilterBox | undefined {
  if (now.row !== spec.row || now.col > spec.col || now.lastCol < spec.col) return undefined;
  if (now.lastCol >= spec.lastCol && now.lastRow >= spec.lastRow) return undefined;
  return { row: now.row, col: now.col, lastRow: Math.max(now.lastRow, spec.lastRow), lastCol: Math.max(now.lastCol, spec.lastCol) };
}

/** A native chart on a sheet, over a block of that sheet's cells. 0-based rows and columns. */
export interface ChartSpec {
  /** Name the host gives the chart, so a re-run finds and updates it instead of adding another. */
  name: string;
  sheet: string;
  kind: "column" | "bar" | "pie";
  title: string;
  /** Category labels: column `categoryCol`, rows `firstRow..lastRow`. */
  categoryCol: number;
  firstRow: number;
  lastRow: number;
  /** Series: one column each over the same rows; `name` is the legend text. */
  series: { col: number; name: string }[];
  /** Where the chart sits: top-left and bottom-right cells (0-based). */
  anchor: { fromRow: number; fromCol: number; toRow: number; toCol: number };
}

/**
 * Output columns to add to an Excel table (ListObject) so filters, banding and structured references keep working.
 * The columns sit immediately right of the table, in this order; their header cells hold `headers`.
 */
export interface TableColumnsSpec {
  sheet: string;
  table: string;
  headers: string[];
  /** The table's rectangle after the columns are added (0-based, header row included). */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * An Excel conditional format the tool owns: a formula rule (Excel's "use a formula to determine which cells to
 * format") over a range. The formula is written for the range's top-left cell, without "=", with Excel's English
 * function names and comma separators (as both OOXML and Office.js take it). A re-run recognises its own rules by
 * `range` and `formula` and replaces them; other rules on the sheet are left alone.
 */
export interface ConditionalFormatSpec {
  sheet: string;
  /** A1 range, e.g. `"BK2:BK91"`. */
  range: string;
  formula: string;
  style: { fill?: string; fontColor?: string; bold?: boolean };
  /** What the colour means, for the legend on the summary sheet. */
  meaning: string;
  /** Formulas an earlier version of the tool wrote for this rule: a re-run removes those rules as its own too. */
  formerFormulas?: string[];
  /**
   * A regular expression (JavaScript source; hosts match it whole) for the formulas, as compared on a re-run (no "=",
   * no spaces, upper case, no `_xlfn.`), of rules that are this one at other cells: the same rule written for a block
   * pasted under its own header, whose formula names the block's first row. A re-run removes those as its own too.
   */
  formulaPattern?: string;
}

/** Everything a host draws after writing cell values. */
export interface WorkbookOutput {
  ownedSheets: OwnedSheetSpec[];
  charts: ChartSpec[];
  tables: TableColumnsSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  /** Widths of the output columns added to input sheets (absent = none). */
  columnWidths?: ColumnWidthSpec[];
  /** Wrapped and centred output columns on input sheets (absent = none). */
  columnFormats?: ColumnFormatSpec[];
  /** The analyst's AutoFilter on the input table, widened over the output columns (absent = none to widen). */
  inputFilters?: InputFilterSpec[];
  /**
   * The sheet to show when a scored file opens (the summary, when written). A file host shows it only when no sheet of
   * the analyst's is selected in the file; the add-in leaves the analyst on the sheet they are on.
   */
  activeSheet?: string;
}

/** A sheet of the ready-to-fill template, described for both renderers (exceljs in the CLI, Office.js in the add-in). */
export interface TemplateSheetSpec {
  name: string;
  /** `veryHidden` for the lists sheet that long dropdowns point at. */
  visibility: "visible" | "veryHidden";
  /** Cells from A1 (header rows included). */
  cells: CellValue[][];
  /** 0-based rows shown bold (headers). */
  boldRows: number[];
  /** Whether cells wrap text (the guide sheet). */
  wrap: boolean;
  /** Column widths in characters, from column A. */
  widths: number[];
  /** Frozen rows and columns at the top-left (0 = none). */
  freeze: { rows: number; cols: number };
  validations: ValidationSpec[];
}

/**
 * A data validation on a range: a dropdown list and/or an input prompt. `list` is an Excel list source as OOXML's
 * `formula1` holds it (no leading "="): an inline list `"a,b,c"` (quotes included, ≤ 255 characters, no comma inside
 * an item), an absolute reference to the lists sheet (`Daftar!$A$1:$A$12`), or a formula giving a range
 * (`OFFSET('Perangkat Daerah'!$A$2,0,0,…,1)`: the names filled so far). Office.js takes an inline list without its
 * quotes and a reference or formula with a leading "=". Absent = any value, prompt only.
 */
export interface ValidationSpec {
  /** A1 range on this sheet, e.g. `"C2:C1048576"` (down to Excel's last row), or one cell (`"C5"`). */
  range: string;
  list?: string;
  prompt?: { title: string; text: string };
  /** Reject other values (Excel "Stop"); false = warn only ("Information"), e.g. answer cells that also take numbers. */
  strict: boolean;
  /** The message Excel shows when `strict` rejects a value (title ≤ 32, text ≤ 225 characters). */
  error?: { title: string; text: string };
}

/** The template workbook: its sheets in tab order, and which one is active when opened. */
export interface TemplateBook {
  sheets: TemplateSheetSpec[];
  activeSheet: string;
}
