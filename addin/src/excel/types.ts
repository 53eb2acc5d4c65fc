/**
 * The subset of the Excel JavaScript API the adapter uses, typed structurally: `Excel.RequestContext` satisfies it,
 * and so does the in-memory host (`../host-fake/excel.ts`). Only what the adapter calls is listed.
 */
export interface XRange {
  load(props: string | string[]): XRange;
  values: unknown[][];
  numberFormat: unknown[][];
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /**
   * ExcelApi 1.2: whether the range's columns are hidden — true when all are, false when none, null when some are
   * (typed `boolean` in Office.js's own declarations, documented as null for a mix).
   */
  columnHidden?: boolean | null;
  /**
   * ExcelApi 1.2: whether the range's rows are hidden (by hand or by a filter) — true when all are, false when none,
   * null when some are (typed `boolean` in Office.js's own declarations, documented as null for a mix).
   */
  rowHidden?: boolean | null;
  isNullObject: boolean;
  format: {
    /** `underline` ("Single"): ExcelApi 1.1, as bold and color. */
    font: { bold: boolean; color?: string; underline?: string };
    fill?: { color: string };
    wrapText?: boolean;
    verticalAlignment?: string;
    horizontalAlignment?: string;
    columnWidth?: number;
    autofitColumns?(): void;
    /** ExcelApi 1.2. */
    autofitRows?(): void;
  };
  /** ExcelApi 1.6. */
  conditionalFormats?: XConditionalFormats;
  /** ExcelApi 1.8. */
  dataValidation?: XDataValidation;
  /**
   * ExcelApi 1.7: a link on the range's cells; `documentReference` a place in the workbook (`'Inovasi'!H12`). The cell
   * shows `textToDisplay`; the link is no formula.
   */
  hyperlink?: { documentReference?: string; textToDisplay?: string; screenTip?: string; address?: string };
  /**
   * Clear values ("Contents") or values and formats ("All"); "Hyperlinks" (ExcelApi 1.7): the links only, text and
   * formats kept. Column widths, charts and panes stay.
   */
  clear(applyTo?: "All" | "Contents" | "Formats" | "Hyperlinks"): void;
  select(): void;
  /**
   * ExcelApi 1.13: the merged areas whose top-left cell lies in this range (a null object when there are none).
   * Excel fails the request when the range holds more than 512 merged areas.
   */
  getMergedAreasOrNullObject?(): XRangeAreas;
  /**
   * ExcelApi 1.9: the range's cells holding a constant, or a formula, or visible (in no hidden row or column), as
   * areas (a null object when none is).
   */
  getSpecialCellsOrNullObject?(cellType: "Constants" | "Formulas" | "Visible"): XRangeAreas;
}
/** ExcelApi 1.9: rectangles of one sheet. `address` is A1-style, each area with its sheet ("Inovasi!D2:D4,Inovasi!F2:G3"). */
export interface XRangeAreas {
  load(props: string | string[]): XRangeAreas;
  isNullObject: boolean;
  address: string;
  /** ExcelApi 1.9: how many rectangles the object holds (what `address` should list). */
  areaCount: number;
  /** ExcelApi 1.9: the rectangles one by one (a RangeCollection: each item a Range, its properties loaded as `items/…`). */
  areas: { items: { address: string; rowIndex: number; rowCount: number }[]; load(props: string | string[]): unknown };
}
export interface XChart {
  name: string;
  isNullObject: boolean;
  title: { text: string };
  load(props: string | string[]): XChart;
  setData(range: XRange, seriesBy?: string): void;
  setPosition(start: string, end?: string): void;
}
export interface XTable {
  name: string;
  showHeaders: boolean;
  showTotals: boolean;
  getRange(): XRange;
  /** ExcelApi 1.1: the table's header row (when `showHeaders`). */
  getHeaderRowRange(): XRange;
  columns: { add(index?: number | null, values?: unknown, name?: string): unknown };
}
export interface XTables {
  items: XTable[];
  load(props: string | string[]): unknown;
  getItem(name: string): XTable;
}
export interface XConditionalFormat {
  type: string;
  custom: { rule: { formula: string; load(props: string | string[]): unknown }; format: { fill: { color: string }; font: { color: string; bold: boolean } } };
  delete(): void;
}
export interface XConditionalFormats {
  items: XConditionalFormat[];
  load(props: string | string[]): unknown;
  add(type: string): XConditionalFormat;
}
export interface XDataValidation {
  rule: { list?: { inCellDropDown: boolean; source: string | XRange } };
  prompt: { showPrompt: boolean; title: string; message: string };
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  clear(): void;
}
export interface XWorksheet {
  name: string;
  /** ExcelApi 1.1: kept while the sheet lives, whatever its name. */
  id?: string;
  isNullObject: boolean;
  /** ExcelApi 1.7: raised after a change of the sheet's cells, the user's or an add-in's (`WorksheetChangedEventArgs`). */
  onChanged?: { add(handler: (e: { address: string }) => Promise<unknown>): unknown };
  visibility?: string;
  load(props: string | string[]): XWorksheet;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XRange;
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): XRange;
  getRange(address?: string): XRange;
  /** `getCount`: ExcelApi 1.4 (`value` after the sync). */
  charts: { add(type: string, source: XRange, seriesBy?: string): XChart; getItemOrNullObject(name: string): XChart; getCount?(): { value: number } };
  /** ExcelApi 1.9: the sheet's shapes (pictures, text boxes …), counted. */
  shapes?: { getCount(): { value: number } };
  /** Delete the sheet (ExcelApi 1.1; Excel refuses the workbook's last visible sheet). */
  delete?(): void;
  tables: XTables;
  freezePanes?: { freezeRows(count: number): void; freezeColumns(count: number): void; freezeAt(range: XRange | string): void; unfreeze(): void };
  /** ExcelApi 1.9: the sheet's print settings. */
  pageLayout?: {
    orientation: string;
    printOrder: string;
    zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
    setPrintTitleRows(rows: string): void;
    setPrintTitleColumns(cols: string): void;
  };
  /**
   * ExcelApi 1.9: the sheet's AutoFilter: whether it is on, its range, its criteria (one per column of its range, a
   * column without one `{}` or without `filterOn`); `apply` puts a filter on a range, with a column's criteria when given.
   */
  autoFilter?: {
    enabled: boolean;
    criteria?: { filterOn?: string }[];
    load(props: string | string[]): unknown;
    remove(): void;
    getRangeOrNullObject?(): XRange;
    apply?(range: XRange | string, columnIndex?: number, criteria?: unknown): void;
  };
  activate(): void;
}
/** ExcelApi 1.4: a key–value pair saved in the workbook file, for this add-in only (`Excel.Setting`). */
export interface XSetting {
  isNullObject: boolean;
  value: unknown;
  load(props: string | string[]): XSetting;
  delete(): void;
}
/** A worksheet function's result (`Excel.FunctionResult`, ExcelApi 1.2): `value` once loaded and synced. */
export interface XFunctionResult {
  value: unknown;
  load(props: string | string[]): XFunctionResult;
}
export interface XContext {
  workbook: {
    /** ExcelApi 1.2: worksheet functions evaluated by Excel, in the workbook's settings (its date system among them). */
    functions?: { date(year: number, month: number, day: number): XFunctionResult };
    /** ExcelApi 1.4: this add-in's settings, saved with the workbook (`Excel.SettingCollection`). */
    settings?: { add(key: string, value: unknown): XSetting; getItemOrNullObject(key: string): XSetting };
    worksheets: {
      items: XWorksheet[];
      load(props: string | string[]): unknown;
      getItem(name: string): XWorksheet;
      getItemOrNullObject(name: string): XWorksheet;
      add(name: string): XWorksheet;
    };
    application: {
      calculationMode: string;
      load(props: string | string[]): unknown;
      /** ExcelApi 1.1: recalculate ("Full": every formula, custom functions too). */
      calculate?(calculationType: string): void;
      suspendScreenUpdatingUntilNextSync?(): void;
    };
  };
  sync(): Promise<void>;
}

/** Which optional API sets the host supports (`Office.context.requirements.isSetSupported("ExcelApi", v)`). */
export type Supports = (excelApiVersion: string) => boolean;

/**
 * Excel's payload-size refusals on the web (`Excel.ErrorCodes`): a request over 5 MB (what a sync writes) is
 * `RequestPayloadSizeLimitExceeded`, a response over 5 MB (what a sync loads) `ResponsePayloadSizeLimitExceeded`.
 */
export const PAYLOAD_TOO_LARGE: readonly string[] = ["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"];

/** Whether an error is Excel's payload-size refusal, of a request or of a response (over 5 MB on the web). */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = typeof e === "object" && e !== null ? (e as { code?: unknown }).code : undefined;
  return typeof code === "string" && PAYLOAD_TOO_LARGE.includes(code);
}

/** UTF-8 length of a string, without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) { n += 4; i++; }
    else n += 3;
  }
  return n;
}

/** Bytes a value takes as JSON in UTF-8: what a request or response carries for it. */
export function jsonBytes(v: unknown): number {
  return v === undefined ? 4 : utf8Length(JSON.stringify(v));
}
