/**
 * A typed in-memory Excel host for tests (Node and the browser e2e): workbook → worksheets → ranges and charts.
 * Like Office.js, operations are queued and run at `sync()`; reading a property that was not loaded (and synced)
 * throws `PropertyNotLoaded`; a sync whose queued writes exceed the payload limit throws
 * `RequestPayloadSizeLimitExceeded` and applies nothing. Every sync and every range write is recorded.
 */
export type Cell = string | number | boolean | null;

export class FakeExcelError extends Error {
  constructor(public code: string, message: string) { super(message); this.name = "RichApi.Error"; }
}

const notLoaded = (p: string) => new FakeExcelError("PropertyNotLoaded", `The property '${p}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

export interface RecordedWrite { sync: number; sheet: string; row: number; col: number; rows: number; cols: number; kind: "values" | "numberFormat" | "bold" }

export interface SheetState { name: string; cells: Cell[][]; formats: Map<string, string>; bold: Set<string>; charts: ChartState[] }
export interface ChartState { name: string; type: string; title: string; source: string; position?: string }

/** Base for proxy objects: loaded properties become readable at the next sync. */
class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(protected host: FakeExcelHost) {}
  protected read<T>(p: string): T {
    if (!this.loaded.has(p)) throw notLoaded(p);
    return this.loaded.get(p) as T;
  }
  protected snapshot(_p: string): unknown { return undefined; }
  load(props: string | string[]): this {
    const list = Array.isArray(props) ? props : props.split(",").map((s) => s.trim());
    this.host.queue(() => { for (const p of list) this.loaded.set(p, this.snapshot(p)); }, 0);
    return this;
  }
}

function colIndex(letters: string): number { let n = 0; for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64); return n - 1; }
function letters(col: number): string { let n = col + 1, s = ""; while (n > 0) { const r = (n - 1) % 26; s = String.fromCharCode(65 + r) + s; n = Math.floor((n - 1) / 26); } return s; }
export function parseA1(ref: string): { row: number; col: number; rows: number; cols: number } {
  const [a, b] = ref.replace(/\$/g, "").split(":");
  const p = (x: string) => { const m = /^([A-Z]+)(\d+)$/.exec(x); if (!m) throw new FakeExcelError("InvalidArgument", `bad address ${ref}`); return { col: colIndex(m[1]!), row: Number(m[2]) - 1 }; };
  const s = p(a!); const e = b ? p(b) : s;
  return { row: s.row, col: s.col, rows: e.row - s.row + 1, cols: e.col - s.col + 1 };
}

export class FakeRange extends Proxy {
  isNullObject: boolean;
  readonly format: { font: { bold: boolean } };
  constructor(host: FakeExcelHost, readonly sheet: FakeWorksheet, private box: { row: number; col: number; rows: number; cols: number } | null) {
    super(host);
    this.isNullObject = box === null;
    const self = this;
    this.format = { font: { set bold(v: boolean) { self.queueWrite("bold", v, 16); }, get bold(): boolean { throw notLoaded("format/font/bold"); } } };
  }
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
      default: throw new FakeExcelError("InvalidArgument", `unknown property ${p}`);
    }
  }
  get values(): unknown[][] { return this.read("values"); }
  set values(v: unknown[][]) { this.checkShape(v); this.queueWrite("values", v, JSON.stringify(v).length); }
  get numberFormat(): unknown[][] { return this.read("numberFormat"); }
  set numberFormat(v: unknown[][]) { this.checkShape(v); this.queueWrite("numberFormat", v, JSON.stringify(v).length); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get address(): string { return this.read("address"); }
  private checkShape(v: unknown[][]) {
    const { rows, cols } = this.b;
    if (v.length !== rows || v.some((r) => r.length !== cols)) throw new FakeExcelError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
  }
  private queueWrite(kind: RecordedWrite["kind"], v: unknown, bytes: number) {
    const { row, col, rows, cols } = this.b;
    this.host.queue(() => {
      const st = this.sheet.state();
      for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) {
        if (kind === "values") { const line = (st.cells[row + r] ??= []); while (line.length < col + c) line.push(null); const x = (v as Cell[][])[r]![c]!; line[col + c] = typeof x === "string" && x.startsWith("'") ? x.slice(1) : x; /* Excel's text prefix is not part of the value */ }
        else if (kind === "numberFormat") st.formats.set(`${row + r},${col + c}`, String((v as unknown[][])[r]![c]));
        else st.bold.add(`${row + r},${col + c}`);
      }
      this.host.writes.push({ sync: this.host.syncCount + 1, sheet: st.name, row, col, rows, cols, kind });
    }, bytes);
  }
  select(): void { const b = this.b; this.host.queue(() => { this.host.selection = { sheet: this.sheet.state().name, row: b.row, col: b.col }; }, 40); }
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

export class FakeWorksheet extends Proxy {
  isNullObject = false;
  constructor(host: FakeExcelHost, private key: () => SheetState | undefined) { super(host); }
  state(): SheetState { const s = this.key(); if (!s) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist."); return s; }
  protected override snapshot(p: string) { if (p !== "name") throw new FakeExcelError("InvalidArgument", `unknown property ${p}`); return this.key()?.name; }
  get name(): string { return this.read("name"); }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const st = this.state();
    let top = -1, bottom = -1, left = Infinity, right = -1;
    st.cells.forEach((row, r) => row.forEach((v, c) => { if (v !== null && v !== "") { if (top < 0) top = r; bottom = r; left = Math.min(left, c); right = Math.max(right, c); } }));
    return new FakeRange(this.host, this, top < 0 ? null : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange { return new FakeRange(this.host, this, { row, col, rows, cols }); }
  getRange(address: string): FakeRange { return new FakeRange(this.host, this, parseA1(address)); }
  activate(): void { this.host.queue(() => { this.host.activeSheet = this.state().name; }, 20); }
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
  };
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
  screenUpdatingSuspensions = 0;
  chartSeq = 1;
  /** Largest request seen, in bytes. */
  maxPayload = 0;
  private pending: (() => void)[] = [];
  private pendingBytes = 0;

  constructor(grids: Record<string, { name: string; cells: Cell[][] }> = {}) {
    for (const g of Object.values(grids)) this.sheets.push({ name: g.name, cells: g.cells.map((r) => r.map((v) => (v === undefined ? null : v))), formats: new Map(), bold: new Set(), charts: [] });
  }
  queue(op: () => void, bytes: number) { this.pending.push(op); this.pendingBytes += bytes; }
  sheet(name: string): SheetState | undefined { return this.sheets.find((s) => s.name === name); }

  readonly context = {
    sync: async (): Promise<void> => {
      const ops = this.pending, bytes = this.pendingBytes;
      this.pending = []; this.pendingBytes = 0;
      if (bytes > this.payloadLimit) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `The request payload size has exceeded the limit (${bytes} > ${this.payloadLimit} bytes).`);
      this.maxPayload = Math.max(this.maxPayload, bytes);
      for (const op of ops) op();
      this.syncCount++;
    },
    workbook: (() => {
      const host = this;
      const collection = new (class extends Proxy {
        protected override snapshot(p: string) { if (p !== "items/name") throw new FakeExcelError("InvalidArgument", p); return host.sheets.map((s) => new FakeWorksheet(host, () => s)); }
        get items(): FakeWorksheet[] { const ws = this.read<FakeWorksheet[]>("items/name"); for (const w of ws) (w as unknown as { loaded: Map<string, unknown> }).loaded.set("name", w.state().name); return ws; }
        getItem(name: string) { return new FakeWorksheet(host, () => host.sheet(name)); }
        getItemOrNullObject(name: string) { const w = new FakeWorksheet(host, () => host.sheet(name)); host.queue(() => { w.isNullObject = !host.sheet(name); }, 0); return w; }
        add(name: string) { host.queue(() => { if (host.sheet(name)) throw new FakeExcelError("ItemAlreadyExists", name); host.sheets.push({ name, cells: [], formats: new Map(), bold: new Set(), charts: [] }); }, 40); return new FakeWorksheet(host, () => host.sheet(name)); }
      })(host);
      const application = new (class extends Proxy {
        protected override snapshot(p: string) { if (p !== "calculationMode") throw new FakeExcelError("InvalidArgument", p); return host.calculationMode; }
        get calculationMode(): string { return this.read("calculationMode"); }
        set calculationMode(m: string) { host.queue(() => { host.calculationMode = m; }, 40); }
        suspendScreenUpdatingUntilNextSync() { host.queue(() => { host.screenUpdatingSuspensions++; }, 20); }
      })(host);
      return { worksheets: collection, application };
    })(),
  };
}
