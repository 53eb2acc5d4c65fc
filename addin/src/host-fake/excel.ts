/**
 * A typed in-memory Excel host for tests (Node and the browser e2e): workbook → worksheets → ranges and charts.
 * Like Office.js, operations are queued and run at `sync()`; reading a property that was not loaded (and synced)
 * throws `PropertyNotLoaded`. Excel on the web's 5 MB limit holds both ways, with the errors Excel raises
 * (`Excel.ErrorCodes`): a sync whose queued writes exceed it applies nothing (`RequestPayloadSizeLimitExceeded`), and a
 * sync whose loaded properties (the JSON of every value returned, in UTF-8 bytes) exceed it returns nothing — its loads
 * stay unloaded (`ResponsePayloadSizeLimitExceeded`).
 * (Writes queued in the same batch as an oversized response are applied; what Excel does then is not documented, so
 * the adapter never mixes large loads with writes.) Every sync, range write and response size is recorded.
 */
export type Cell = string | number | boolean | null;

export class FakeExcelError extends Error {
  constructor(public code: string, message: string) { super(message); this.name = "RichApi.Error"; }
}

const notLoaded = (p: string) => new FakeExcelError("PropertyNotLoaded", `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

export interface RecordedWrite { sync: number; sheet: string; row: number; col: number; rows: number; cols: number; kind: "values" | "numberFormat" | "bold" }

export interface Box { row: number; col: number; rows: number; cols: number }
export interface SheetState {
  name: string;
  cells: Cell[][];
  formats: Map<string, string>;
  bold: Set<string>;
  charts: ChartState[];
  tables: TableState[];
  conditionalFormats: ConditionalFormatState[];
  validations: ValidationState[];
  /** Range formats other than bold and number formats, in the order set (later wins). */
  styles: { box: Box; fill?: string; fontColor?: string; underline?: string; wrap?: boolean; vertical?: string; horizontal?: string }[];
  /** Hyperlinks (`Range.hyperlink`, ExcelApi 1.7) by cell, `"row,col"`: one per cell, as in Excel. */
  links: Map<string, { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }>;
  /** Column widths in points, by 0-based column. */
  widths: Map<number, number>;
  /** Ranges whose row heights were fitted to their text (`format.autofitRows()`), in order. */
  autofitRows: Box[];
  freeze: { rows: number; cols: number };
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Hidden columns, 0-based (Home › Format › Hide Columns, or a collapsed group): `Range.columnHidden`, ExcelApi 1.2. */
  hiddenCols: Set<number>;
  /**
   * Rows hidden by hand, 0-based (Home › Format › Hide Rows, or a collapsed group); the rows an AutoFilter hides are
   * in `autoFilter.hiddenRows`. A row hidden either way is hidden: `Range.rowHidden` (ExcelApi 1.2) and
   * `getSpecialCells("Visible")` (ExcelApi 1.9) see both.
   */
  hiddenRows: Set<number>;
  orientation?: string;
  /** Print settings beside the orientation (`pageLayout`, ExcelApi 1.9): page order, zoom, print title rows and columns. */
  print?: { order?: string; zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }; titleRows?: string; titleCols?: string };
  /** Shapes on the sheet (pictures, text boxes), counted by `shapes.getCount()`; absent = none. */
  shapes?: number;
  /** Merged areas (only the top-left cell of each holds a value, as in Excel). */
  merges: Box[];
  /**
   * Cells holding a formula, `"row,col"` (their value in `cells` is its result): what `getSpecialCells("Formulas")`
   * finds and "Constants" leaves out. Absent = none. A value written or cleared there replaces the formula.
   */
  formulas?: Set<string>;
  /**
   * The sheet's AutoFilter (`Worksheet.autoFilter`, ExcelApi 1.9), and the rows its criteria hide: as in Excel, they
   * stay hidden when the values under them change, until the filter is re-applied or removed.
   */
  autoFilter?: { box: Box; hiddenRows: number[]; criteria?: (FilterCriteria | undefined)[] } | undefined;
}
/** A column's AutoFilter criteria, as far as the fake applies them: `filterOn: "Values"` shows the rows whose text is listed. */
export interface FilterCriteria { filterOn?: string; values?: string[] }
export interface ChartState { name: string; type: string; title: string; source: string; position?: string }
export interface TableState { name: string; box: Box; showHeaders: boolean; showTotals: boolean }
export interface ConditionalFormatState { id: number; box: Box; type: string; formula: string; fill?: string; fontColor?: string; bold?: boolean }
export interface ValidationState { box: Box; rule: unknown; prompt?: { showPrompt: boolean; title: string; message: string }; errorAlert?: { showAlert: boolean; style: string; title: string; message: string } }

function emptySheet(name: string, cells: Cell[][] = []): SheetState {
  return { name, cells, formats: new Map(), bold: new Set(), charts: [], tables: [], conditionalFormats: [], validations: [], styles: [], links: new Map(), widths: new Map(), autofitRows: [], freeze: { rows: 0, cols: 0 }, visibility: "Visible", hiddenCols: new Set(), hiddenRows: new Set(), merges: [] };
}
/** Whether a sheet's row is hidden: by hand, or by its AutoFilter. */
export const rowIsHidden = (st: SheetState, r: number): boolean => st.hiddenRows.has(r) || (st.autoFilter?.hiddenRows.includes(r) ?? false);
const intersects = (a: Box, b: Box) => a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
const sameBox = (a: Box, b: Box) => a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;

/** What a `Worksheet.onChanged` handler is given (`Excel.WorksheetChangedEventArgs`, the part the fake fills). */
export interface ChangedEvent { type: "WorksheetChanged"; worksheetId: string; address: string; changeType: "RangeEdited"; source: "Local" }

/** Base for proxy objects: loaded properties become readable at the next sync. */
class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(protected host: FakeExcelHost) {}
  protected read<T>(p: string): T {
    if (!this.loaded.has(p)) throw notLoaded(p);
    return this.loaded.get(p) as T;
  }
  protected snapshot(_p: string): unknown { return undefined; }
  /** Bytes the value of `p` adds to a response (JSON, UTF-8). */
  protected responseBytes(_p: string, v: unknown): number { return jsonBytes(v); }
  load(props: string | string[]): this {
    const list = Array.isArray(props) ? props : props.split(",").map((s) => s.trim());
    this.host.queue(() => {
      for (const p of list) {
        const v = this.snapshot(p);
        this.host.respond(this.responseBytes(p, v), () => this.loaded.set(p, v));
      }
    }, 20 + JSON.stringify(list).length);
    return this;
  }
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
/** Bytes a value takes as JSON (UTF-8): what a response carries for a loaded property. */
export function jsonBytes(v: unknown): number { return v === undefined ? 4 : utf8Length(JSON.stringify(v)); }

function colIndex(letters: string): number { let n = 0; for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64); return n - 1; }
export function letters(col: number): string { let n = col + 1, s = ""; while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); } return s; }
/** A1 address of a box: `C2:C10` (or `C2` for one cell). */
export function boxA1(b: Box): string { const a = `${letters(b.col)}${b.row + 1}`; return b.rows === 1 && b.cols === 1 ? a : `${a}:${letters(b.col + b.cols - 1)}${b.row + b.rows}`; }
export function parseA1(ref: string): Box {
  const [a, b] = ref.replace(/\$/g, "").split(":");
  const p = (x: string) => { const m = /^([A-Z]+)(\d+)$/.exec(x); if (!m) throw new FakeExcelError("InvalidArgument", `bad address ${ref}`); return { col: colIndex(m[1]!), row: Number(m[2]) - 1 }; };
  const s = p(a!); const e = b ? p(b) : s;
  return { row: s.row, col: s.col, rows: e.row - s.row + 1, cols: e.col - s.col + 1 };
}

export class FakeRange extends Proxy {
  isNullObject: boolean;
  readonly format: { font: { bold: boolean; color: string; underline: string }; fill: { color: string }; wrapText: boolean; verticalAlignment: string; horizontalAlignment: string; columnWidth: number; autofitRows(): void };
  constructor(host: FakeExcelHost, readonly sheet: FakeWorksheet, private box: Box | null) {
    super(host);
    this.isNullObject = box === null;
    const self = this;
    const style = (k: "fill" | "fontColor" | "underline" | "wrap" | "vertical" | "horizontal", v: string | boolean) => { const b = self.b; host.queue(() => { self.sheet.state().styles.push({ box: b, [k]: v }); }, 40); };
    this.format = {
      font: {
        set bold(v: boolean) { self.queueWrite("bold", v, 16); }, get bold(): boolean { throw notLoaded("format/font/bold"); },
        set color(v: string) { style("fontColor", v); }, get color(): string { throw notLoaded("format/font/color"); },
        set underline(v: string) { style("underline", v); }, get underline(): string { throw notLoaded("format/font/underline"); },
      },
      fill: { set color(v: string) { style("fill", v); }, get color(): string { throw notLoaded("format/fill/color"); } },
      set wrapText(v: boolean) { style("wrap", v); }, get wrapText(): boolean { throw notLoaded("format/wrapText"); },
      set verticalAlignment(v: string) { style("vertical", v); }, get verticalAlignment(): string { throw notLoaded("format/verticalAlignment"); },
      set horizontalAlignment(v: string) { style("horizontal", v); }, get horizontalAlignment(): string { throw notLoaded("format/horizontalAlignment"); },
      set columnWidth(v: number) { const b = self.b; host.queue(() => { for (let c = b.col; c < b.col + b.cols; c++) self.sheet.state().widths.set(c, v); }, 40); },
      get columnWidth(): number { throw notLoaded("format/columnWidth"); },
      autofitRows(): void { const b = self.b; host.queue(() => { self.sheet.state().autofitRows.push(b); }, 30); },
    };
  }
  /** The box this range covers (tests). */
  get rect(): Box { return this.b; }
  /** ExcelApi 1.6: the conditional formats that intersect this range. */
  get conditionalFormats(): FakeConditionalFormats { return (this.cf_ ??= new FakeConditionalFormats(this.host, this.sheet, this.b)); }
  private cf_?: FakeConditionalFormats;
  /** ExcelApi 1.8. */
  get dataValidation(): FakeDataValidation { return (this.dv_ ??= new FakeDataValidation(this.host, this.sheet, this.b)); }
  private dv_?: FakeDataValidation;
  private get b() { if (!this.box) throw new FakeExcelError("ItemNotFound", "null object"); return this.box; }
  protected override snapshot(p: string): unknown {
    if (!this.box) return undefined;
    const st = this.sheet.state();
    const { row, col, rows, cols } = this.box;
    switch (p) {
      case "values": return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => st.cells[row + r]?.[col + c] ?? ""));
      case "numberFormat": return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => st.formats.get(`${row + r},${col + c}`) ?? "General"));
      case "rowIndex": return row;
      case "columnIndex": return col;
      case "rowCount": return rows;
      case "columnCount": return cols;
      case "address": return `${st.name}!${letters(col)}${row + 1}:${letters(col + cols - 1)}${row + rows}`;
      case "columnHidden": {
        // as documented: true when every column of the range is hidden, false when none, null when some are
        if (!this.host.supports("1.2")) throw new FakeExcelError("ApiNotFound", "Range.columnHidden needs ExcelApi 1.2");
        let hidden = 0;
        for (let c = col; c < col + cols; c++) if (st.hiddenCols.has(c)) hidden++;
        return hidden === 0 ? false : hidden === cols ? true : null;
      }
      case "rowHidden": {
        // the same for rows: hidden by hand or by a filter
        if (!this.host.supports("1.2")) throw new FakeExcelError("ApiNotFound", "Range.rowHidden needs ExcelApi 1.2");
        let hidden = 0;
        for (let r = row; r < row + rows; r++) if (rowIsHidden(st, r)) hidden++;
        return hidden === 0 ? false : hidden === rows ? true : null;
      }
      default: throw new FakeExcelError("InvalidArgument", `unknown property ${p}`);
    }
  }
  get values(): unknown[][] { return this.read("values"); }
  set values(v: unknown[][]) { this.checkShape(v); this.queueWrite("values", v, JSON.stringify(v).length); }
  get numberFormat(): unknown[][] { return this.read("numberFormat"); }
  set numberFormat(v: unknown[][]) { this.checkShape(v); this.queueWrite("numberFormat", v, JSON.stringify(v).length); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get address(): string { return this.read("address"); }
  get columnHidden(): boolean | null { return this.read("columnHidden"); }
  get rowHidden(): boolean | null { return this.read("rowHidden"); }
  private checkShape(v: unknown[][]) {
    const { rows, cols } = this.b;
    if (v.length !== rows || v.some((r) => r.length !== cols)) throw new FakeExcelError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
  }
  /** What a string sent to Excel becomes in the cell: Excel's text prefix is not part of the value; without it, as if typed. */
  private asValue(x: string): Cell { return x.startsWith("'") ? x.slice(1) : this.host.typed(x); }
  private queueWrite(kind: RecordedWrite["kind"], v: unknown, bytes: number) {
    const { row, col, rows, cols } = this.b;
    this.host.queue(() => {
      const st = this.sheet.state();
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
        // as Office.js: null in an array leaves the cell alone; "" clears it (General for a number format)
        if (kind === "values") {
          const x = (v as Cell[][])[r]![c]!;
          if (x === null) continue;
          const line = (st.cells[row + r] ??= []); while (line.length < col + c) line.push(null);
          st.formulas?.delete(`${row + r},${col + c}`);
          // Excel's text prefix is not part of the value; a string without it is taken as if typed ("01" → 1)
          line[col + c] = x === "" ? null : typeof x === "string" ? this.asValue(x) : x;
        } else if (kind === "numberFormat") {
          const f = (v as unknown[][])[r]![c];
          if (f === null) continue;
          if (f === "" || f === "General") st.formats.delete(`${row + r},${col + c}`); else st.formats.set(`${row + r},${col + c}`, String(f));
        }
        else st.bold.add(`${row + r},${col + c}`);
      }
      this.host.writes.push({ sync: this.host.syncCount + 1, sheet: st.name, row, col, rows, cols, kind });
      if (kind === "values") this.host.changed(st, this.b);
    }, bytes);
  }
  /**
   * ExcelApi 1.7 (the sync fails with `ApiNotFound` below it): a link on every cell of the range, replacing the one
   * there; as Excel, the cells show `textToDisplay` when it is given, read as a value is (text prefix stripped).
   */
  set hyperlink(h: { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string }) {
    const b = this.b;
    this.host.queue(() => {
      if (!this.host.supports("1.7")) throw new FakeExcelError("ApiNotFound", "Range.hyperlink needs ExcelApi 1.7");
      const st = this.sheet.state();
      for (let r = b.row; r < b.row + b.rows; r++) for (let c = b.col; c < b.col + b.cols; c++) {
        st.links.set(`${r},${c}`, { ...h });
        if (h.textToDisplay !== undefined) { const line = (st.cells[r] ??= []); while (line.length < c) line.push(null); line[c] = this.asValue(h.textToDisplay); }
      }
    }, 60 + JSON.stringify(h).length);
  }
  get hyperlink(): { documentReference?: string; address?: string; textToDisplay?: string; screenTip?: string } { throw notLoaded("hyperlink"); }
  /** ExcelApi 1.13: the merged areas whose top-left cell lies in this range (see {@link FakeRangeAreas}). */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    const box = this.b, host = this.host, sheet = this.sheet;
    return new FakeRangeAreas(host, sheet, () => {
      if (!host.supports("1.13")) throw new FakeExcelError("ApiNotFound", "Range.getMergedAreasOrNullObject needs ExcelApi 1.13");
      const found = sheet.state().merges.filter((m) => m.row >= box.row && m.row < box.row + box.rows && m.col >= box.col && m.col < box.col + box.cols);
      if (found.length > host.maxMergedAreas) throw new FakeExcelError("GeneralException", `The range holds ${found.length} merged areas; at most ${host.maxMergedAreas} are returned.`);
      return found;
    });
  }
  /**
   * ExcelApi 1.9 (the sync fails with `ApiNotFound` below it): the range's cells holding a constant ("Constants": a
   * value that is not empty and no formula), a formula ("Formulas": `SheetState.formulas`) or visible ("Visible": in
   * no hidden row or column, empty or not), as rectangles — each row's runs of such cells, a run joined to the one of
   * the same columns in the row above. As documented, a null object when no cell matches. Other cell types, and a
   * `cellValueType` other than "All", are not modelled. (How Excel cuts visible cells into areas is not documented;
   * the adapter takes only their rows.)
   */
  getSpecialCellsOrNullObject(cellType: string, cellValueType?: string): FakeRangeAreas { return this.specialCells(cellType, cellValueType, true); }
  /** As {@link getSpecialCellsOrNullObject}, but the sync fails with `ItemNotFound` when no cell matches (as documented). */
  getSpecialCells(cellType: string, cellValueType?: string): FakeRangeAreas { return this.specialCells(cellType, cellValueType, false); }
  private specialCells(cellType: string, cellValueType: string | undefined, orNull: boolean): FakeRangeAreas {
    const box = this.b, host = this.host, sheet = this.sheet;
    if (cellType !== "Constants" && cellType !== "Formulas" && cellType !== "Visible") throw new FakeExcelError("NotImplemented", `the fake finds Constants, Formulas and Visible only, not ${cellType}`);
    if (cellValueType !== undefined && cellValueType !== "All") throw new FakeExcelError("NotImplemented", "the fake finds cells of every value type only");
    return new FakeRangeAreas(host, sheet, () => {
      if (!host.supports("1.9")) throw new FakeExcelError("ApiNotFound", "Range.getSpecialCells needs ExcelApi 1.9");
      const st = sheet.state();
      if (cellType === "Visible") return rowRuns(box, box.row + box.rows, (r, c) => !rowIsHidden(st, r) && !st.hiddenCols.has(c));
      const formula = (r: number, c: number) => st.formulas?.has(`${r},${c}`) ?? false;
      const hit = cellType === "Formulas" ? formula : (r: number, c: number) => { const v = st.cells[r]?.[c]; return v !== null && v !== undefined && v !== "" && !formula(r, c); };
      return rowRuns(box, Math.min(box.row + box.rows, st.cells.length), hit);
    }, orNull);
  }
  select(): void { const b = this.b; this.host.queue(() => { this.host.selection = { sheet: this.sheet.state().name, row: b.row, col: b.col }; }, 40); }
  /**
   * As Office.js: "Contents" clears values, "Formats" number formats, bold and range formats, "All" both and the links;
   * "Hyperlinks" (ExcelApi 1.7) the links only.
   */
  clear(applyTo: "All" | "Contents" | "Formats" | "Hyperlinks" = "All"): void {
    const b = this.b;
    const inside = (key: string) => { const [r, c] = key.split(",").map(Number) as [number, number]; return r >= b.row && r < b.row + b.rows && c >= b.col && c < b.col + b.cols; };
    this.host.queue(() => {
      const st = this.sheet.state();
      if (applyTo === "Hyperlinks" && !this.host.supports("1.7")) throw new FakeExcelError("ApiNotFound", "ClearApplyTo.hyperlinks needs ExcelApi 1.7");
      if (applyTo === "All" || applyTo === "Hyperlinks") for (const k of [...st.links.keys()]) if (inside(k)) st.links.delete(k);
      if (applyTo === "Hyperlinks") { this.host.clears.push({ sheet: st.name, ...b, applyTo }); return; }
      if (applyTo !== "Formats") {
        for (let r = b.row; r < Math.min(st.cells.length, b.row + b.rows); r++) {
          const line = st.cells[r];
          if (line) for (let c = b.col; c < Math.min(line.length, b.col + b.cols); c++) line[c] = null;
        }
        if (st.formulas) for (const k of [...st.formulas]) if (inside(k)) st.formulas.delete(k);
        this.host.changed(st, b);
      }
      if (applyTo !== "Contents") {
        for (const k of [...st.formats.keys()]) if (inside(k)) st.formats.delete(k);
        for (const k of [...st.bold]) if (inside(k)) st.bold.delete(k);
        st.styles = st.styles.filter((x) => !(x.box.row >= b.row && x.box.col >= b.col && x.box.row + x.box.rows <= b.row + b.rows && x.box.col + x.box.cols <= b.col + b.cols));
      }
      this.host.clears.push({ sheet: st.name, ...b, applyTo });
    }, 40);
  }
}

/** A sheet's name as an address writes it: quoted (quotes doubled) unless it is letters, digits, _ and . only. */
export function sheetRef(name: string): string { return /^[A-Za-z_][\w.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`; }

/**
 * `Range.getMergedAreasOrNullObject()` (ExcelApi 1.13): the merged areas whose top-left cell lies in the range, as
 * Excel finds them (an area reaching into the range from above is not one of them). A null object when there are none.
 * On a host below 1.13 (`host.excelApi`) the sync fails with `ApiNotFound`; with more than `host.maxMergedAreas` (512)
 * areas it fails too — Excel's documentation says only that the method "will fail to return the result", so the fake
 * fails the sync with `GeneralException`.
 */
export class FakeRangeAreas extends Proxy {
  isNullObject = false;
  private found: Box[] = [];
  /** `find` runs at the sync (it may fail it); no area is a null object, or `ItemNotFound` when not `orNull`. */
  constructor(host: FakeExcelHost, private sheet: FakeWorksheet, find: () => Box[], orNull = true) {
    super(host);
    host.queue(() => {
      this.found = find();
      if (!orNull && !this.found.length) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
      this.isNullObject = this.found.length === 0;
    }, 40);
  }
  protected override snapshot(p: string): unknown {
    if (this.isNullObject) return undefined;
    const name = sheetRef(this.sheet.state().name);
    // an address lists at most `host.maxAreasInAddress` areas (Excel's limit on it is not documented: a test can cut it)
    if (p === "address") return this.found.slice(0, this.host.maxAreasInAddress).map((b) => `${name}!${boxA1(b)}`).join(",");
    if (p === "areaCount") return this.found.length;
    throw new FakeExcelError("InvalidArgument", `unknown property ${p}`);
  }
  private nonNull<T>(p: string): T { if (this.isNullObject) throw new FakeExcelError("InvalidObjectPath", `'${p}' of a null object`); return this.read(p); }
  get address(): string { return this.nonNull("address"); }
  get areaCount(): number { return this.nonNull("areaCount"); }
  private areas_?: FakeAreaList;
  /** ExcelApi 1.9: the areas one by one (load `items/address`). */
  get areas(): FakeAreaList { return (this.areas_ ??= new FakeAreaList(this.host, this.sheet, () => (this.isNullObject ? [] : this.found))); }
}

/** The rectangles of `box`'s cells that `hit` (rows from `box.row` up to `end`): runs per row, joined down where the same. */
function rowRuns(box: Box, end: number, hit: (r: number, c: number) => boolean): Box[] {
  const out: Box[] = [];
  let open = new Map<string, Box>();
  for (let r = box.row; r < end; r++) {
    const next = new Map<string, Box>();
    for (let c = box.col; c < box.col + box.cols;) {
      if (!hit(r, c)) { c++; continue; }
      const start = c;
      while (c < box.col + box.cols && hit(r, c)) c++;
      const k = `${start},${c - start}`;
      const above = open.get(k);
      if (above) { above.rows++; next.set(k, above); } else { const b = { row: r, col: start, rows: 1, cols: c - start }; out.push(b); next.set(k, b); }
    }
    open = next;
  }
  return out;
}

/**
 * `RangeAreas.areas`: a RangeCollection, each item a rectangle with its `address`, `rowIndex`, `rowCount`,
 * `columnIndex` and `columnCount` (load `items/…`; a property not loaded throws when read, as in Office.js).
 */
export class FakeAreaList extends Proxy {
  constructor(host: FakeExcelHost, private sheet: FakeWorksheet, private boxes: () => Box[]) { super(host); }
  protected override snapshot(p: string): unknown {
    const name = sheetRef(this.sheet.state().name);
    const each: Record<string, (b: Box) => unknown> = { "items/address": (b) => `${name}!${boxA1(b)}`, "items/rowIndex": (b) => b.row, "items/rowCount": (b) => b.rows, "items/columnIndex": (b) => b.col, "items/columnCount": (b) => b.cols };
    const f = each[p];
    if (!f) throw new FakeExcelError("InvalidArgument", `unknown property ${p}`);
    return this.boxes().slice(0, this.host.maxAreaItems).map((b) => ({ [p.slice(6)]: f(b) }));
  }
  get items(): { address: string; rowIndex: number; rowCount: number; columnIndex: number; columnCount: number }[] {
    const props = [...this.loaded.keys()];
    if (!props.length) throw notLoaded("items");
    const lists = props.map((p) => this.loaded.get(p) as Record<string, unknown>[]);
    return lists[0]!.map((_, i) => {
      const item = {} as Record<string, unknown>;
      for (const k of ["address", "rowIndex", "rowCount", "columnIndex", "columnCount"]) {
        const at = props.indexOf(`items/${k}`);
        Object.defineProperty(item, k, { get: () => { if (at < 0) throw notLoaded(k); return lists[at]![i]![k]; }, enumerable: true });
      }
      return item as { address: string; rowIndex: number; rowCount: number; columnIndex: number; columnCount: number };
    });
  }
}

export class FakeChart extends Proxy {
  isNullObject: boolean;
  readonly title: { text: string };
  constructor(host: FakeExcelHost, private sheet: FakeWorksheet, private get_: () => ChartState | undefined) {
    super(host);
    this.isNullObject = false;
    const self = this;
    this.title = { set text(t: string) { host.queue(() => { self.get_()!.title = t; }, 40); }, get text(): string { return self.get_()!.title; } };
  }
  protected override snapshot(p: string) { return (this.get_() as unknown as Record<string, unknown>)?.[p]; }
  get name(): string { return this.read("name"); }
  set name(n: string) { this.host.queue(() => { this.get_()!.name = n; }, 40); }
  setData(range: FakeRange, _by?: string) { this.host.queue(() => { this.get_()!.source = range.boxAddress(); }, 60); }
  setPosition(start: string, end?: string) { this.host.queue(() => { this.get_()!.position = `${start}:${end ?? start}`; }, 40); }
}
export interface FakeRange { boxAddress(): string }
FakeRange.prototype.boxAddress = function (this: FakeRange) { const b = (this as unknown as { box: { row: number; col: number; rows: number; cols: number } }).box; return `${letters(b.col)}${b.row + 1}:${letters(b.col + b.cols - 1)}${b.row + b.rows}`; };

/**
 * A worksheet's AutoFilter: whether it is on (load `enabled`), its criteria (one per column of its range, `{}` where
 * none), its range, `apply(range[, column, criteria])` (a "Values" criterion hides the rows whose text it does not
 * list; other kinds are kept, not evaluated) and `remove()` (the rows it hid are shown again).
 */
export class FakeAutoFilter extends Proxy {
  constructor(host: FakeExcelHost, private ws: FakeWorksheet) { super(host); }
  protected override snapshot(p: string) {
    const f = this.ws.state().autoFilter;
    if (p === "enabled") return f !== undefined;
    if (p === "isDataFiltered") return (f?.hiddenRows.length ?? 0) > 0;
    if (p === "criteria") return f ? Array.from({ length: f.box.cols }, (_, i) => structuredClone(f.criteria?.[i] ?? {})) : [];
    throw new FakeExcelError("InvalidArgument", `unknown property ${p}`);
  }
  get enabled(): boolean { return this.read("enabled"); }
  get isDataFiltered(): boolean { return this.read("isDataFiltered"); }
  get criteria(): FilterCriteria[] { return this.read("criteria"); }
  remove(): void { this.host.queue(() => { this.ws.state().autoFilter = undefined; }, 20); }
  /** The filter's range (a null object when the sheet has none), as it is at the next sync. */
  getRangeOrNullObject(): FakeRange {
    const r = new FakeRange(this.host, this.ws, null);
    this.host.queue(() => {
      const box = this.ws.state().autoFilter?.box ?? null;
      Object.assign(r, { box, isNullObject: box === null });
    }, 20);
    return r;
  }
  /**
   * A filter over the range, nothing hidden yet; with a column's criteria, those on the filter over that same range.
   * Whether Excel replaces a filter already on the sheet or refuses is not documented: the fake refuses a new one, so
   * the adapter is held to removing the old one first.
   */
  apply(range: FakeRange | string, columnIndex?: number, criteria?: FilterCriteria): void {
    const box = typeof range === "string" ? parseA1(range) : range.rect;
    this.host.queue(() => {
      const st = this.ws.state();
      const same = st.autoFilter && sameBox(st.autoFilter.box, box);
      if (st.autoFilter && !(same && columnIndex !== undefined)) throw new FakeExcelError("InvalidOperation", "The sheet already has an AutoFilter.");
      const f = same ? st.autoFilter! : { box, hiddenRows: [], criteria: [] };
      if (columnIndex !== undefined && criteria) {
        if (columnIndex < 0 || columnIndex >= box.cols) throw new FakeExcelError("InvalidArgument", `column ${columnIndex} is outside the filter's range`);
        (f.criteria ??= [])[columnIndex] = structuredClone(criteria);
      }
      const hidden: number[] = [];
      for (let r = box.row + 1; r < box.row + box.rows; r++) {
        const shownRow = (f.criteria ?? []).every((c, i) => c?.filterOn !== "Values" || (c.values ?? []).includes(String(st.cells[r]?.[box.col + i] ?? "")));
        if (!shownRow) hidden.push(r);
      }
      f.hiddenRows = hidden;
      st.autoFilter = f;
    }, 40 + JSON.stringify(criteria ?? {}).length);
  }
}

export class FakeWorksheet extends Proxy {
  isNullObject = false;
  constructor(host: FakeExcelHost, private key: () => SheetState | undefined) { super(host); }
  state(): SheetState { const s = this.key(); if (!s) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist."); return s; }
  protected override snapshot(p: string) {
    if (p === "visibility") return this.key()?.visibility;
    if (p === "id") { const st = this.key(); return st && this.host.idOf(st); }
    if (p !== "name") throw new FakeExcelError("InvalidArgument", `unknown property ${p}`);
    return this.key()?.name;
  }
  get name(): string { return this.read("name"); }
  /** The sheet's id (ExcelApi 1.1): kept while the sheet lives, whatever its name; a sheet made again gets another. */
  get id(): string { return this.read("id"); }
  /**
   * ExcelApi 1.7 (the sync fails with `ApiNotFound` below it): a handler called after each sync that changed the
   * sheet's values, and after {@link FakeExcelHost.edit} (the analyst typing), with the changed range's address — as
   * Excel raises `onChanged` for an add-in's writes and for the user's edits alike. Called later, never during the sync.
   */
  readonly onChanged = {
    add: (handler: (e: ChangedEvent) => Promise<unknown>): void => {
      this.host.queue(() => {
        if (!this.host.supports("1.7")) throw new FakeExcelError("ApiNotFound", "Worksheet.onChanged needs ExcelApi 1.7");
        this.host.changeHandlers.push({ sheet: this.state(), handler });
      }, 40);
    },
  };
  /**
   * The used range when called: the cells holding values, and the cells holding a formula whatever its result (`=""`
   * too: Excel counts a formula as the cell's content, `valuesOnly` or not); unless `valuesOnly`, formatted cells too
   * (number formats, bold, range formats, links), as Excel counts them. A null object when there are none.
   */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const st = this.state();
    let top = Infinity, bottom = -1, left = Infinity, right = -1;
    const add = (r: number, c: number, rows = 1, cols = 1) => { top = Math.min(top, r); bottom = Math.max(bottom, r + rows - 1); left = Math.min(left, c); right = Math.max(right, c + cols - 1); };
    st.cells.forEach((row, r) => row.forEach((v, c) => { if (v !== null && v !== "") add(r, c); }));
    for (const k of st.formulas ?? []) { const [r, c] = k.split(",").map(Number) as [number, number]; add(r, c); }
    if (!valuesOnly) {
      for (const k of [...st.formats.keys(), ...st.bold, ...st.links.keys()]) { const [r, c] = k.split(",").map(Number) as [number, number]; add(r, c); }
      for (const x of st.styles) add(x.box.row, x.box.col, Math.min(x.box.rows, 1_048_576), Math.min(x.box.cols, 16_384));
    }
    return new FakeRange(this.host, this, bottom < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange { return new FakeRange(this.host, this, { row, col, rows, cols }); }
  /** A range by address; no address = the whole sheet. */
  getRange(address?: string): FakeRange { return new FakeRange(this.host, this, address === undefined ? { row: 0, col: 0, rows: 1_048_576, cols: 16_384 } : parseA1(address)); }
  activate(): void { this.host.queue(() => { this.host.activeSheet = this.state().name; }, 20); }
  set visibility(v: "Visible" | "Hidden" | "VeryHidden") { this.host.queue(() => { this.state().visibility = v; }, 40); }
  get visibility(): string { return this.read("visibility"); }
  readonly freezePanes = {
    freezeRows: (count: number) => { this.host.queue(() => { this.state().freeze = { rows: count, cols: 0 }; }, 40); },
    freezeColumns: (count: number) => { this.host.queue(() => { this.state().freeze = { rows: 0, cols: count }; }, 40); },
    freezeAt: (range: FakeRange | string) => { const b = typeof range === "string" ? parseA1(range) : range.rect; this.host.queue(() => { this.state().freeze = { rows: b.row + b.rows, cols: b.col + b.cols }; }, 40); },
    unfreeze: () => { this.host.queue(() => { this.state().freeze = { rows: 0, cols: 0 }; }, 20); },
  };
  readonly pageLayout = (() => {
    const ws = this;
    const set = (f: (p: NonNullable<SheetState["print"]>) => void) => ws.host.queue(() => { const st = ws.state(); f((st.print ??= {})); }, 40);
    // a title range is whole rows ("$5:$5") or whole columns ("$A:$A"), as Excel takes them
    const check = (v: string, re: RegExp) => { if (!re.test(v)) throw new FakeExcelError("InvalidArgument", `bad print title range ${v}`); };
    return {
      set orientation(o: string) { ws.host.queue(() => { ws.state().orientation = o; }, 40); }, get orientation(): string { throw notLoaded("orientation"); },
      set printOrder(o: string) { set((p) => { p.order = o; }); }, get printOrder(): string { throw notLoaded("printOrder"); },
      set zoom(z: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number }) { set((p) => { p.zoom = { ...z }; }); }, get zoom(): { scale?: number } { throw notLoaded("zoom"); },
      setPrintTitleRows(rows: string) { check(rows, /^\$\d+:\$\d+$/); set((p) => { p.titleRows = rows; }); },
      setPrintTitleColumns(cols: string) { check(cols, /^\$[A-Z]+:\$[A-Z]+$/); set((p) => { p.titleCols = cols; }); },
    };
  })();
  private tables_?: FakeTables;
  get tables(): FakeTables { return (this.tables_ ??= new FakeTables(this.host, this)); }
  private autoFilter_?: FakeAutoFilter;
  get autoFilter(): FakeAutoFilter { return (this.autoFilter_ ??= new FakeAutoFilter(this.host, this)); }
  readonly charts = {
    add: (type: string, source: FakeRange, _by?: string): FakeChart => {
      const st: ChartState = { name: `Chart ${this.host.chartSeq++}`, type, title: "", source: source.boxAddress() };
      this.host.queue(() => { this.state().charts.push(st); }, 100);
      return new FakeChart(this.host, this, () => st);
    },
    getItemOrNullObject: (name: string): FakeChart => {
      const c = new FakeChart(this.host, this, () => this.state().charts.find((x) => x.name === name));
      this.host.queue(() => { c.isNullObject = !this.state().charts.some((x) => x.name === name); }, 0);
      return c;
    },
    /** ExcelApi 1.4: how many charts the sheet holds (`value` after the sync). */
    getCount: (): { value: number } => this.count("1.4", () => this.state().charts.length),
  };
  /** ExcelApi 1.9: the sheet's shapes (pictures, text boxes…), counted only: `SheetState.shapes`. */
  readonly shapes = { getCount: (): { value: number } => this.count("1.9", () => this.state().shapes ?? 0) };
  private count(api: string, n: () => number): { value: number } {
    let value: number | undefined;
    const result = { get value(): number { if (value === undefined) throw notLoaded("value"); return value; } };
    this.host.queue(() => {
      if (!this.host.supports(api)) throw new FakeExcelError("ApiNotFound", `getCount needs ExcelApi ${api}`);
      const v = n();
      this.host.respond(8, () => { value = v; });
    }, 30);
    return result;
  }
  /** Delete the sheet; as Excel, never the workbook's last visible sheet. */
  delete(): void {
    this.host.queue(() => {
      const st = this.state();
      if (st.visibility === "Visible" && !this.host.sheets.some((x) => x !== st && x.visibility === "Visible")) throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      this.host.sheets = this.host.sheets.filter((x) => x !== st);
    }, 30);
  }
}

/** The workbook and its request context. Seed with grids; inspect `sheets`, `syncCount`, `writes` afterwards. */
export class FakeExcelHost {
  sheets: SheetState[] = [];
  syncCount = 0;
  writes: RecordedWrite[] = [];
  payloadLimit = 5 * 1024 * 1024;
  selection: { sheet: string; row: number; col: number } | undefined;
  activeSheet: string | undefined;
  calculationMode = "Automatic";
  /** This add-in's workbook settings (`workbook.settings`, ExcelApi 1.4): saved with the file, so they outlive the pane. */
  settings = new Map<string, unknown>();
  /** The ExcelApi requirement set the host supports (`Range.getMergedAreasOrNullObject` needs 1.13). */
  excelApi = "1.17";
  /** `Office.context.requirements.isSetSupported("ExcelApi", v)` for this host. */
  readonly supports = (v: string): boolean => {
    const [a, b] = v.split(".").map(Number), [x, y] = this.excelApi.split(".").map(Number);
    return a! < x! || (a === x && b! <= y!);
  };
  /** The most merged areas `getMergedAreasOrNullObject` returns for one range (Excel's documented 512). */
  maxMergedAreas = 512;
  /** The most areas a `RangeAreas.address` lists (`areaCount` still counts them all); Infinity = all. */
  maxAreasInAddress = Infinity;
  /** The most areas `RangeAreas.areas` gives (a test of areas that never add up); Infinity = all. */
  maxAreaItems = Infinity;
  /** The system culture's decimal separator (`cultureInfo.numberFormat`); undefined = an Excel before ExcelApi 1.11. */
  cultureDecimalSeparator: string | undefined = ".";
  /** Excel's own separator setting (File › Options › Advanced): used instead of the culture's when not using the system's. */
  useSystemSeparators = true;
  excelDecimalSeparator = ".";
  screenUpdatingSuspensions = 0;
  /** `application.calculate` requests, in order ("Full" …). */
  calculations: string[] = [];
  chartSeq = 1;
  /** Ranges cleared (`Range.clear`), in order. */
  clears: (Box & { sheet: string; applyTo: string })[] = [];
  /** Table columns added, in order. */
  tableColumnsAdded: { sheet: string; table: string; name: string }[] = [];
  /** Largest request seen, in bytes. */
  maxPayload = 0;
  /** Largest response seen (loaded properties of one sync), in bytes. */
  maxResponse = 0;
  /** Response bytes of each successful sync, in order. */
  responses: number[] = [];
  /** `Worksheet.onChanged` handlers, by sheet. */
  changeHandlers: { sheet: SheetState; handler: (e: ChangedEvent) => Promise<unknown> }[] = [];
  /** Changes of the running sync, raised to the handlers once it succeeds. */
  private changes: { sheet: SheetState; box: Box }[] = [];
  private ids = new WeakMap<SheetState, string>();
  private idSeq = 1;
  /** A sheet's id (`Worksheet.id`): one per sheet state, made when first asked. */
  idOf(st: SheetState): string {
    let id = this.ids.get(st);
    if (!id) this.ids.set(st, (id = `{00000000-0001-0000-0000-${String(this.idSeq++).padStart(12, "0")}}`));
    return id;
  }
  /** A change of a sheet's values in the running sync (raised as `onChanged` after it). */
  changed(sheet: SheetState, box: Box) { this.changes.push({ sheet, box }); }
  /** Raise `onChanged` on the sheet's handlers, later (as Excel calls them: after the change, outside any request). */
  private raise(changes: { sheet: SheetState; box: Box }[]) {
    for (const { sheet, box } of changes) {
      const e: ChangedEvent = { type: "WorksheetChanged", worksheetId: this.idOf(sheet), address: `${sheetRef(sheet.name)}!${boxA1(box)}`, changeType: "RangeEdited", source: "Local" };
      for (const h of this.changeHandlers) if (h.sheet === sheet) setTimeout(() => { void h.handler(e).catch(() => undefined); }, 0);
    }
  }
  /** The analyst types a value in a cell (A1 address): the cell takes it (a formula there goes) and `onChanged` is raised. */
  edit(sheet: string, address: string, value: Cell) {
    const st = this.sheet(sheet);
    if (!st) throw new FakeExcelError("ItemNotFound", `no sheet ${sheet}`);
    const b = parseA1(address);
    const line = (st.cells[b.row] ??= []); while (line.length < b.col) line.push(null);
    line[b.col] = value === "" ? null : value;
    st.formulas?.delete(`${b.row},${b.col}`);
    this.raise([{ sheet: st, box: b }]);
  }
  private pending: (() => void)[] = [];
  private pendingBytes = 0;
  private staged: (() => void)[] = [];
  private stagedBytes = 0;

  /**
   * Tables are seeded from `Grid.tables`, number formats from `Grid.formats`, merged areas from `Grid.merges`, hidden
   * columns from `Grid.hiddenCols`, rows hidden by hand from `Grid.hiddenRows`, `Grid.hidden` as "Hidden".
   */
  constructor(grids: Record<string, { name: string; cells: Cell[][]; hidden?: boolean; hiddenCols?: number[]; hiddenRows?: number[]; formats?: (string | undefined)[][]; tables?: { name: string; row: number; col: number; rows: number; cols: number; headerRow: boolean; totalsRow: boolean }[]; merges?: Box[] }> = {}) {
    for (const g of Object.values(grids)) {
      const st = emptySheet(g.name, g.cells.map((r) => Array.from(r, (v) => (v === undefined ? null : v))));
      g.formats?.forEach((line, r) => line?.forEach((f, c) => { if (f) st.formats.set(`${r},${c}`, f); }));
      for (const m of g.merges ?? []) st.merges.push({ row: m.row, col: m.col, rows: m.rows, cols: m.cols });
      if (g.hidden) st.visibility = "Hidden";
      for (const c of g.hiddenCols ?? []) st.hiddenCols.add(c);
      for (const r of g.hiddenRows ?? []) st.hiddenRows.add(r);
      for (const t of g.tables ?? []) st.tables.push({ name: t.name, box: { row: t.row, col: t.col, rows: t.rows, cols: t.cols }, showHeaders: t.headerRow, showTotals: t.totalsRow });
      this.sheets.push(st);
    }
  }
  /** Next id for a conditional format. */
  cfSeq = 1;
  /** The workbook uses the 1904 date system (File › Options › Advanced; Excel for Mac's old default). */
  date1904 = false;
  /** The decimal separator Excel reads typed numbers with: Excel's own, or the system's when it uses those. */
  get decimalSeparator(): string { return (this.useSystemSeparators ? this.cultureDecimalSeparator : this.excelDecimalSeparator) ?? "."; }
  /**
   * What Excel makes of a string assigned to `Range.values` without the text prefix, as of typed text: a number (with
   * the decimal separator above, grouping, exponent, percent), TRUE/FALSE, a date (m/d, m/d/yyyy, yyyy-mm-dd,
   * d mmm yyyy, as Excel in English (United States) reads them) or a time (h:mm) as its serial; anything else is text.
   * Not all of Excel's rules (currencies, fractions, other languages' dates), but enough that a test can tell text
   * from a value.
   */
  typed(s: string): Cell {
    const t = s.trim();
    if (/^(?:true|false)$/i.test(t)) return t.toLowerCase() === "true";
    const dec = this.decimalSeparator === "," ? "," : ".";
    const grp = dec === "." ? "," : ".";
    const num = new RegExp(`^([+-]?)(\\d{1,3}(?:\\${grp}\\d{3})+|\\d+)(?:\\${dec}(\\d+))?(?:[eE]([+-]?\\d+))?(%?)$`).exec(t);
    if (num) {
      const n = Number(`${num[1]}${num[2]!.split(grp).join("")}${num[3] ? `.${num[3]}` : ""}${num[4] ? `e${num[4]}` : ""}`);
      return num[5] ? n / 100 : n;
    }
    const serial = (y: number, m: number, d: number) => {
      const back = new Date(Date.UTC(y, m - 1, d));
      return back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d ? undefined : this.serialOf(y, m, d);
    };
    const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let m = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2}|\d{4}))?$/.exec(t);
    let d: number | undefined;
    if (m) d = serial(m[3] ? (m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3])) : new Date().getUTCFullYear(), Number(m[1]), Number(m[2]));
    else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t))) d = serial(Number(m[1]), Number(m[2]), Number(m[3]));
    else if ((m = /^(\d{1,2})[ -]([A-Za-z]{3})[a-z]*[ -](\d{4})$/.exec(t)) && months.includes(m[2]!.toLowerCase())) d = serial(Number(m[3]), months.indexOf(m[2]!.toLowerCase()) + 1, Number(m[1]));
    else if ((m = /^(\d{1,2}):(\d{2})$/.exec(t)) && Number(m[1]) < 24 && Number(m[2]) < 60) return (Number(m[1]) * 60 + Number(m[2])) / 1440;
    return d ?? s;
  }
  queue(op: () => void, bytes: number) { this.pending.push(op); this.pendingBytes += bytes; }
  /** A loaded value to return at the end of the running sync (`commit` makes it readable). */
  respond(bytes: number, commit: () => void) { this.staged.push(commit); this.stagedBytes += bytes; }
  /** A sheet by name; as Excel's `getItem`, in any case when no sheet has it exactly. */
  sheet(name: string): SheetState | undefined { return this.sheets.find((s) => s.name === name) ?? this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase()); }

  /** Syncs asked for, refused ones included. */
  attempts = 0;
  private refusals = new Map<number, string>();
  /**
   * Refuse the n-th sync from now (1 = the next) with an Excel error code, nothing of its batch applied, as Excel
   * refuses a request while a cell is being edited (`InvalidOperationInCellEditMode`) or a sheet is protected.
   */
  refuseSync(n: number, code: string) { this.refusals.set(this.attempts + n, code); }

  readonly context = {
    sync: async (): Promise<void> => {
      const ops = this.pending, bytes = this.pendingBytes;
      this.pending = []; this.pendingBytes = 0;
      const refused = this.refusals.get(++this.attempts);
      if (refused) throw new FakeExcelError(refused, `The request was refused (${refused}).`);
      if (bytes > this.payloadLimit) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${bytes} > ${this.payloadLimit} bytes).`);
      this.maxPayload = Math.max(this.maxPayload, bytes);
      this.staged = []; this.stagedBytes = 0;
      this.changes = [];
      try {
        for (const op of ops) op();
      } finally {
        // what the ops applied before one failed stays applied (as the fake always had it): raised too
        this.raise(this.changes);
        this.changes = [];
      }
      const commits = this.staged, out = this.stagedBytes;
      this.staged = []; this.stagedBytes = 0;
      if (out > this.payloadLimit) throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `The response payload size has exceeded the limit (${out} > ${this.payloadLimit} bytes).`);
      for (const c of commits) c();
      this.maxResponse = Math.max(this.maxResponse, out);
      this.responses.push(out);
      this.syncCount++;
    },
    workbook: { worksheets: new FakeWorksheets(this), application: new FakeApplication(this), functions: new FakeFunctions(this), settings: new FakeSettings(this) },
  };
  /** A date's serial in this workbook's date system (1900: day 1 is 1900-01-01, with Excel's 29 Feb 1900; 1904: day 0 is 1904-01-01). */
  serialOf(y: number, m: number, d: number): number {
    return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000) - (this.date1904 ? 1462 : 0);
  }
}

/** A worksheet's tables (ListObjects). */
export class FakeTables extends Proxy {
  constructor(host: FakeExcelHost, private ws: FakeWorksheet) { super(host); }
  protected override snapshot(p: string) {
    if (!p.startsWith("items/")) throw new FakeExcelError("InvalidArgument", p);
    return this.ws.state().tables.map((t) => t);
  }
  protected override responseBytes(p: string, v: unknown) { const k = p.slice(6) as keyof TableState; return jsonBytes((v as TableState[]).map((t) => ({ [k]: t[k] }))); }
  get items(): FakeTable[] {
    const props = [...this.loaded.keys()];
    if (!props.length) throw notLoaded("items");
    const states = this.loaded.get(props[0]!) as TableState[];
    return states.map((st) => { const t = new FakeTable(this.host, this.ws, () => st); for (const p of props) t.setLoaded(p.slice(6), st[p.slice(6) as keyof TableState]); return t; });
  }
  getItem(name: string): FakeTable { return new FakeTable(this.host, this.ws, () => this.ws.state().tables.find((t) => t.name === name)); }
}

export class FakeTable extends Proxy {
  constructor(host: FakeExcelHost, private ws: FakeWorksheet, private get_: () => TableState | undefined) { super(host); }
  private get t(): TableState { const t = this.get_(); if (!t) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist."); return t; }
  setLoaded(p: string, v: unknown) { this.loaded.set(p, v); }
  protected override snapshot(p: string) { return (this.t as unknown as Record<string, unknown>)[p]; }
  get name(): string { return this.read("name"); }
  get showHeaders(): boolean { return this.read("showHeaders"); }
  get showTotals(): boolean { return this.read("showTotals"); }
  /** The table's range, header and totals rows included (as it is at the next sync). */
  getRange(): FakeRange { return new FakeRange(this.host, this.ws, this.t.box); }
  /**
   * ExcelApi 1.1: the table's header row. What Excel gives for a table whose header row is hidden is not documented:
   * the fake fails the sync (the adapter asks only when `showHeaders`).
   */
  getHeaderRowRange(): FakeRange {
    const t = this.t;
    if (!t.showHeaders) this.host.queue(() => { throw new FakeExcelError("InvalidOperation", `the table ${t.name} shows no header row`); }, 20);
    return new FakeRange(this.host, this.ws, { ...t.box, rows: 1 });
  }
  readonly columns = {
    /**
     * Append a column (index null/-1/undefined) named `name`. Excel would shift cells right of the table; the fake
     * refuses when any of the new column's cells holds something, so a test catches an adapter that would push
     * someone's data aside.
     */
    add: (index?: number | null, values?: unknown, name?: string): void => {
      if (index !== undefined && index !== null && index !== -1) throw new FakeExcelError("NotImplemented", "the fake appends columns only");
      if (values !== undefined && values !== null) throw new FakeExcelError("NotImplemented", "the fake adds empty columns only");
      this.host.queue(() => {
        const t = this.t;
        const st = this.ws.state();
        const c = t.box.col + t.box.cols;
        for (let r = t.box.row; r < t.box.row + t.box.rows; r++) {
          const v = st.cells[r]?.[c];
          if (v !== null && v !== undefined && v !== "") throw new FakeExcelError("InvalidOperation", `cell ${letters(c)}${r + 1} is not empty`);
        }
        const header = name ?? `Column${t.box.cols + 1}`;
        const line = (st.cells[t.box.row] ??= []); while (line.length < c) line.push(null);
        if (t.showHeaders) line[c] = header;
        t.box = { ...t.box, cols: t.box.cols + 1 };
        this.host.tableColumnsAdded.push({ sheet: st.name, table: t.name, name: header });
      }, 60 + (name?.length ?? 0));
    },
  };
}

export class FakeConditionalFormats extends Proxy {
  constructor(host: FakeExcelHost, private ws: FakeWorksheet, private box: Box) { super(host); }
  private mine(): ConditionalFormatState[] { return this.ws.state().conditionalFormats.filter((f) => intersects(f.box, this.box)); }
  protected override snapshot(p: string) { if (!p.startsWith("items")) throw new FakeExcelError("InvalidArgument", p); return this.mine(); }
  protected override responseBytes(_p: string, v: unknown) { return jsonBytes((v as ConditionalFormatState[]).map((f) => ({ type: f.type, formula: f.formula }))); }
  get items(): FakeConditionalFormat[] {
    const props = [...this.loaded.keys()];
    if (!props.length) throw notLoaded("items");
    const withFormula = props.some((p) => p.includes("formula"));
    return (this.loaded.get(props[0]!) as ConditionalFormatState[]).map((f) => new FakeConditionalFormat(this.host, this.ws, f, withFormula));
  }
  add(type: string): FakeConditionalFormat {
    const f: ConditionalFormatState = { id: this.host.cfSeq++, box: this.box, type, formula: "" };
    this.host.queue(() => { this.ws.state().conditionalFormats.push(f); }, 60);
    return new FakeConditionalFormat(this.host, this.ws, f, false);
  }
  clearAll(): void { this.host.queue(() => { const st = this.ws.state(); st.conditionalFormats = st.conditionalFormats.filter((f) => !intersects(f.box, this.box)); }, 20); }
}

export class FakeConditionalFormat {
  readonly custom: { rule: { formula: string; load(p: string | string[]): void }; format: { fill: { color: string }; font: { color: string; bold: boolean } } };
  constructor(private host: FakeExcelHost, private ws: FakeWorksheet, private f: ConditionalFormatState, loadedFormula: boolean) {
    let loaded = loadedFormula;
    const q = (op: () => void) => host.queue(op, 60);
    const fmt = f;
    this.custom = {
      rule: {
        set formula(v: string) { q(() => { fmt.formula = v; }); },
        get formula(): string { if (!loaded) throw notLoaded("custom/rule/formula"); return fmt.formula; },
        load: (_p: string | string[]) => { host.queue(() => { const v = fmt.formula; host.respond(jsonBytes(v), () => { loaded = true; fmt.formula = v; }); }, 40); },
      },
      format: {
        fill: { set color(v: string) { q(() => { fmt.fill = v; }); }, get color(): string { throw notLoaded("custom/format/fill/color"); } },
        font: {
          set color(v: string) { q(() => { fmt.fontColor = v; }); }, get color(): string { throw notLoaded("custom/format/font/color"); },
          set bold(v: boolean) { q(() => { fmt.bold = v; }); }, get bold(): boolean { throw notLoaded("custom/format/font/bold"); },
        },
      },
    };
  }
  get type(): string { return this.f.type; }
  delete(): void { this.host.queue(() => { const st = this.ws.state(); st.conditionalFormats = st.conditionalFormats.filter((x) => x.id !== this.f.id); }, 20); }
}

export class FakeDataValidation {
  constructor(private host: FakeExcelHost, private ws: FakeWorksheet, private box: Box) {}
  private entry(): ValidationState {
    const st = this.ws.state();
    let v = st.validations.find((x) => sameBox(x.box, this.box));
    if (!v) { v = { box: this.box, rule: undefined }; st.validations.push(v); }
    return v;
  }
  set rule(r: unknown) {
    const list = (r as { list?: { source?: unknown } }).list;
    if (list && typeof list.source === "string" && !list.source.startsWith("=") && list.source.length > 255) throw new FakeExcelError("InvalidArgument", "A list source typed in is limited to 255 characters.");
    this.host.queue(() => {
      // as Excel: a list that refers to another sheet needs that sheet to exist when the rule is set
      const src = list && typeof list.source === "string" ? list.source : "";
      for (const m of src.matchAll(/(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!/g)) {
        const name = (m[1] ?? m[2]!).replace(/''/g, "'");
        if (src.startsWith("=") && !this.host.sheet(name)) throw new FakeExcelError("InvalidArgument", `The list source refers to a sheet that does not exist: ${name}`);
      }
      this.entry().rule = r;
    }, 40 + JSON.stringify(r).length);
  }
  get rule(): unknown { throw notLoaded("rule"); }
  set prompt(p: { showPrompt: boolean; title: string; message: string }) {
    if (p.title.length > 32 || p.message.length > 255) throw new FakeExcelError("InvalidArgument", "A prompt's title is at most 32 characters and its message at most 255.");
    this.host.queue(() => { this.entry().prompt = p; }, 40 + JSON.stringify(p).length);
  }
  get prompt(): { showPrompt: boolean; title: string; message: string } { throw notLoaded("prompt"); }
  set errorAlert(a: { showAlert: boolean; style: string; title: string; message: string }) { this.host.queue(() => { this.entry().errorAlert = a; }, 40 + JSON.stringify(a).length); }
  get errorAlert(): { showAlert: boolean; style: string; title: string; message: string } { throw notLoaded("errorAlert"); }
  clear(): void { this.host.queue(() => { const st = this.ws.state(); st.validations = st.validations.filter((x) => !intersects(x.box, this.box)); }, 20); }
}

/** The workbook's worksheet collection. */
export class FakeWorksheets extends Proxy {
  // a new load of the items replaces the list: what an earlier load gave of other properties is gone with it
  override load(props: string | string[]): this {
    const list = Array.isArray(props) ? props : props.split(",").map((x) => x.trim());
    this.host.queue(() => { for (const k of [...this.loaded.keys()]) if (!list.includes(k)) this.loaded.delete(k); }, 0);
    return super.load(props);
  }
  // each sheet's loaded properties as they were at the sync (`items/name`, `items/visibility`)
  protected override snapshot(p: string) {
    if (p !== "items/name" && p !== "items/visibility") throw new FakeExcelError("InvalidArgument", p);
    const key = p.slice(6) as "name" | "visibility";
    return this.host.sheets.map((s) => ({ s, v: s[key] }));
  }
  protected override responseBytes(p: string, v: unknown) { return jsonBytes((v as { v: string }[]).map((x) => ({ [p.slice(6)]: x.v }))); }
  get items(): FakeWorksheet[] {
    const props = [...this.loaded.keys()].filter((p) => p.startsWith("items/"));
    if (!props.length) throw notLoaded("items");
    const first = this.loaded.get(props[0]!) as { s: SheetState }[];
    return first.map(({ s }, i) => {
      const w = new FakeWorksheet(this.host, () => s);
      for (const p of props) (w as unknown as { loaded: Map<string, unknown> }).loaded.set(p.slice(6), (this.loaded.get(p) as { v: string }[])[i]!.v);
      return w;
    });
  }
  getItem(name: string) { return new FakeWorksheet(this.host, () => this.host.sheet(name)); }
  getItemOrNullObject(name: string) { const w = new FakeWorksheet(this.host, () => this.host.sheet(name)); this.host.queue(() => { w.isNullObject = !this.host.sheet(name); }, 0); return w; }
  /**
   * Add a sheet, refusing a name as Excel does: one taken, in any case ("ringkasan" when "Ringkasan" exists), is
   * `ItemAlreadyExists`; an empty name, one over 31 characters, with \ / ? * [ ] :, starting or ending with an
   * apostrophe, or Excel's reserved "History", is `InvalidArgument`.
   */
  add(name: string) {
    this.host.queue(() => {
      if (this.host.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new FakeExcelError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      if (!validSheetName(name)) throw new FakeExcelError("InvalidArgument", `The sheet name ${name} is not valid.`);
      this.host.sheets.push(emptySheet(name));
    }, 40);
    return new FakeWorksheet(this.host, () => this.host.sheet(name));
  }
}

/** Whether Excel takes a sheet name: 1 to 31 characters, none of \ / ? * [ ] :, no apostrophe first or last, not "History". */
export function validSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[\\/?*[\]:]/.test(name) && !name.startsWith("'") && !name.endsWith("'") && name.toLowerCase() !== "history";
}

/** The system culture's number format (ExcelApi 1.11). */
export class FakeNumberFormatInfo extends Proxy {
  protected override snapshot(p: string) { if (p !== "numberDecimalSeparator") throw new FakeExcelError("InvalidArgument", p); return this.host.cultureDecimalSeparator; }
  get numberDecimalSeparator(): string { return this.read("numberDecimalSeparator"); }
}

/** The application: calculation mode, screen updating, culture and separators. */
export class FakeApplication extends Proxy {
  private culture_?: { numberFormat: FakeNumberFormatInfo };
  protected override snapshot(p: string) {
    if (p === "calculationMode") return this.host.calculationMode;
    if (p === "useSystemSeparators" || p === "decimalSeparator") {
      if (this.host.cultureDecimalSeparator === undefined) throw new FakeExcelError("ApiNotFound", `Application.${p} needs ExcelApi 1.11`);
      return p === "useSystemSeparators" ? this.host.useSystemSeparators : this.host.excelDecimalSeparator;
    }
    throw new FakeExcelError("InvalidArgument", p);
  }
  /** ExcelApi 1.11; an Excel without it (`host.cultureDecimalSeparator` undefined) has no such property. */
  get cultureInfo(): { numberFormat: FakeNumberFormatInfo } {
    if (this.host.cultureDecimalSeparator === undefined) throw new FakeExcelError("ApiNotFound", "Application.cultureInfo needs ExcelApi 1.11");
    return (this.culture_ ??= { numberFormat: new FakeNumberFormatInfo(this.host) });
  }
  get useSystemSeparators(): boolean { return this.read("useSystemSeparators"); }
  get decimalSeparator(): string { return this.read("decimalSeparator"); }
  get calculationMode(): string { return this.read("calculationMode"); }
  set calculationMode(m: string) { this.host.queue(() => { this.host.calculationMode = m; }, 40); }
  suspendScreenUpdatingUntilNextSync() { this.host.queue(() => { this.host.screenUpdatingSuspensions++; }, 20); }
  calculate(calculationType: string) { this.host.queue(() => { this.host.calculations.push(calculationType); }, 40); }
}

/** `workbook.functions` (ExcelApi 1.2): the worksheet functions the adapter calls, evaluated in the workbook's settings. */
export class FakeFunctions {
  constructor(private host: FakeExcelHost) {}
  /** `DATE(year, month, day)`: the serial in the workbook's date system. */
  date(year: number, month: number, day: number): FakeFunctionResult {
    return new FakeFunctionResult(this.host, () => {
      if (!this.host.supports("1.2")) throw new FakeExcelError("ApiNotFound", "workbook.functions needs ExcelApi 1.2");
      return this.host.serialOf(year, month, day);
    });
  }
}

/** A function's result: `value` readable after load and sync. */
export class FakeFunctionResult extends Proxy {
  constructor(host: FakeExcelHost, private compute: () => unknown) { super(host); }
  protected override snapshot(p: string) { if (p !== "value") throw new FakeExcelError("InvalidArgument", p); return this.compute(); }
  get value(): unknown { return this.read("value"); }
}

/** `workbook.settings` (ExcelApi 1.4): key–value pairs kept in `host.settings`. */
export class FakeSettings {
  constructor(private host: FakeExcelHost) {}
  private need() { if (!this.host.supports("1.4")) throw new FakeExcelError("ApiNotFound", "workbook.settings needs ExcelApi 1.4"); }
  add(key: string, value: unknown): FakeSetting {
    this.host.queue(() => { this.need(); this.host.settings.set(key, value); }, 40 + JSON.stringify(value).length);
    return new FakeSetting(this.host, key);
  }
  getItemOrNullObject(key: string): FakeSetting {
    const s = new FakeSetting(this.host, key);
    this.host.queue(() => { this.need(); s.isNullObject = !this.host.settings.has(key); }, 0);
    return s;
  }
}

/** One setting: `value` readable after load and sync; `delete()` removes it. */
export class FakeSetting extends Proxy {
  isNullObject = false;
  constructor(host: FakeExcelHost, private key: string) { super(host); }
  protected override snapshot(p: string) { if (p !== "value") throw new FakeExcelError("InvalidArgument", p); return this.host.settings.get(this.key); }
  get value(): unknown { return this.read("value"); }
  delete(): void { this.host.queue(() => { this.host.settings.delete(this.key); }, 20); }
}
