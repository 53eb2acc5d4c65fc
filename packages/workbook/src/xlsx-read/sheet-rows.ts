/**
 * Rows of a worksheet's `<sheetData>`, scanned from text that arrives in chunks. The reader uses the cells' values;
 * the patcher uses the offsets to splice output cells into a row and pass every other byte through unchanged.
 */
import { isTag, nodeEnd, tagEnd } from "./xml.js";

/** A `<c>` element found in a sheet's XML: its column, offsets, style, type and raw value. */
export interface CellTok {
  /** 0-based column. */
  col: number;
  /** Offsets of the `<c>` element in the scanned text. */
  start: number;
  end: number;
  /** Whether the cell carries its own `r` attribute. */
  hasRef: boolean;
  /** Style index (`s`), 0 when absent. */
  s: number;
  /** Type attribute (`t`), "n" when absent. */
  t: string;
  /** Raw (still escaped) `<v>` text, undefined when absent. */
  v: string | undefined;
  /** Body of `<is>` (inline string), undefined when absent. */
  is: string | undefined;
  /** Whether the cell holds a formula (`<f>`). */
  f: boolean;
  /** The formula's raw (still escaped) text, when `<f>` has any (a shared formula's follower has none). */
  fx?: string;
}

/** A `<row>` element found in a sheet's XML: its 0-based row, its cells, and the offsets of its tags. */
export interface RowTok {
  /** 0-based row. */
  row: number;
  start: number;
  end: number;
  /** End (exclusive) of the opening tag. */
  openEnd: number;
  /** Start of the closing tag (`</row>`), or `end` for a self-closing row. */
  closeStart: number;
  cells: CellTok[];
  /** `hidden="1"` (or `"true"`) on the `<row>` tag, or `ht="0"`: hidden by hand or by a filter. Absent otherwise. */
  hidden?: true;
}

/** Column index of an A1 reference's letters ("AB12" → 27); -1 when it has none. */
export function colOfRef(ref: string): number {
  let n = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else break;
  }
  return i === 0 ? -1 : n - 1;
}

/** Excel's last row and column (0-based): cells beyond are ignored as malformed. */
export const MAX_ROW = 1_048_575;
/** Excel's last column (0-based, XFD). */
export const MAX_COL = 16_383;

/** Fast attribute scan of a `<c …>` tag: r, s, t. */
function cellAttrs(x: string, from: number, to: number, out: { r: string | undefined; s: number; t: string }): void {
  out.r = undefined;
  out.s = 0;
  out.t = "n";
  let p = from;
  for (;;) {
    const eq = x.indexOf("=", p);
    if (eq < 0 || eq >= to) return;
    const q = x.charCodeAt(eq + 1);
    if (q !== 34 && q !== 39) return;
    const end = x.indexOf(q === 34 ? '"' : "'", eq + 2);
    if (end < 0 || end >= to) return;
    const nameChar = x.charCodeAt(eq - 1);
    const before = x.charCodeAt(eq - 2);
    const single = before === 32 || before === 9 || before === 10 || before === 13;
    if (single && nameChar === 114) out.r = x.slice(eq + 2, end);
    else if (single && nameChar === 115) out.s = Number(x.slice(eq + 2, end)) || 0;
    else if (single && nameChar === 116) out.t = x.slice(eq + 2, end);
    p = end + 1;
  }
}

function rowNumber(tag: string): number | undefined {
  const m = /\sr\s*=\s*["']\s*(\d+)/.exec(tag);
  return m ? Number(m[1]) - 1 : undefined;
}

/**
 * Whether a `<row …>` tag hides its row: `hidden="1"` / `"true"`, or a height of zero (`ht="0"`, as another tool writes
 * a row an analyst "hid" by its height: Excel shows it zero points high, so no one sees it). Substring tests first: most
 * rows have neither attribute. `<sheetFormatPr zeroHeight="1">` is not read: it hides the rows the sheet does not list
 * (ECMA-376 §18.3.1.81, "hidden by default"), while a listed row is hidden only by its own `hidden` (§18.3.1.73,
 * default false) — and a row holding a cell is always listed, so the rows it hides are empty ones the reader never reads.
 */
function rowHidden(tag: string): boolean {
  return (tag.includes("hidden") && /\shidden\s*=\s*["']\s*(?:1|true)\s*["']/.test(tag)) || (tag.includes("ht") && /\sht\s*=\s*["']\s*(?:0+(?:\.0*)?|\.0+)\s*["']/.test(tag));
}

/**
 * Scans complete rows of a sheet's XML text. Feed text from the start of `<sheetData>`'s content; call `scan` again
 * with more text appended (from the returned position on) until `done`.
 */
export class RowScanner {
  /** The last row seen (0-based); a row without `r` follows it. */
  lastRow = -1;
  private readonly attrs = { r: undefined as string | undefined, s: 0, t: "n" };
  private readonly rowTag: string;
  private readonly cTag: string;
  private readonly vTag: string;
  private readonly fTag: string;
  private readonly isTagName: string;
  private readonly closeV: string;
  private readonly closeIs: string;
  private readonly closeF: string;

  /**
   * Rows for which the caller needs no cells (the patcher passes untouched rows through): their end is found by the
   * next `</row>` when the row holds no comment or CDATA section, without scanning cells.
   */
  skipCells: ((row: number) => boolean) | undefined;

  constructor(readonly prefix = "") {
    this.rowTag = `${prefix}row`;
    this.cTag = `${prefix}c`;
    this.vTag = `${prefix}v`;
    this.fTag = `${prefix}f`;
    this.isTagName = `${prefix}is`;
    this.closeV = `</${prefix}v>`;
    this.closeIs = `</${prefix}is>`;
    this.closeF = `</${prefix}f>`;
  }

  /**
   * Parse complete rows of `x` from `pos`; `onRow` gets each. Returns where to resume (the start of an incomplete row)
   * and whether `</sheetData>` was reached (`pos` is then its start).
   */
  scan(x: string, pos: number, onRow: (row: RowTok) => void): { pos: number; done: boolean } {
    for (;;) {
      const lt = x.indexOf("<", pos);
      if (lt < 0) return { pos: x.length, done: false };
      // </sheetData> (or any stray closing tag: the data ends there)
      if (x.charCodeAt(lt + 1) === 47) return { pos: lt, done: true };
      if (!isTag(x, lt, this.rowTag)) {
        const e = nodeEnd(x, lt);
        if (e < 0) return { pos: lt, done: false };
        pos = e;
        continue;
      }
      const row = this.row(x, lt);
      if (!row) return { pos: lt, done: false };
      onRow(row);
      pos = row.end;
    }
  }

  private row(x: string, start: number): RowTok | undefined {
    const te = tagEnd(x, start);
    if (te < 0) return undefined;
    const tag = x.slice(start, te);
    const n = rowNumber(tag);
    const row = n !== undefined && n >= 0 ? n : this.lastRow + 1;
    if (x.charCodeAt(te - 1) === 47) {
      this.lastRow = row;
      return { row, start, end: te + 1, openEnd: te + 1, closeStart: te + 1, cells: [] };
    }
    const hidden = rowHidden(tag);
    if (this.skipCells?.(row)) {
      const close = x.indexOf(`</${this.rowTag}>`, te + 1);
      if (close < 0) return undefined;
      // searched within the row only (an unbounded indexOf would scan the rest of the chunk for every row)
      const inner = x.slice(te + 1, close);
      if (inner.indexOf("<!") < 0 && inner.indexOf(`<${this.rowTag}`) < 0) {
        this.lastRow = row;
        return { row, start, end: close + this.rowTag.length + 3, openEnd: te + 1, closeStart: close, cells: [] };
      }
    }
    const cells: CellTok[] = [];
    let col = -1;
    let p = te + 1;
    for (;;) {
      const lt = x.indexOf("<", p);
      if (lt < 0) return undefined;
      if (x.charCodeAt(lt + 1) === 47) {
        // </row> (a stray closing tag ends the row too)
        const e = x.indexOf(">", lt);
        if (e < 0) return undefined;
        this.lastRow = row;
        const tok: RowTok = { row, start, end: e + 1, openEnd: te + 1, closeStart: lt, cells };
        if (hidden) tok.hidden = true;
        return tok;
      }
      if (isTag(x, lt, this.cTag)) {
        const cell = this.cell(x, lt, col);
        if (!cell) return undefined;
        cells.push(cell);
        col = cell.col;
        p = cell.end;
        continue;
      }
      const e = nodeEnd(x, lt);
      if (e < 0) return undefined;
      p = e;
    }
  }

  private cell(x: string, start: number, prevCol: number): CellTok | undefined {
    const te = tagEnd(x, start);
    if (te < 0) return undefined;
    const a = this.attrs;
    cellAttrs(x, start, te, a);
    const refCol = a.r !== undefined ? colOfRef(a.r) : -1;
    const col = refCol >= 0 ? refCol : prevCol + 1;
    const tok: CellTok = { col, start, end: te + 1, hasRef: refCol >= 0, s: a.s, t: a.t, v: undefined, is: undefined, f: false };
    if (x.charCodeAt(te - 1) === 47) return tok;
    let p = te + 1;
    for (;;) {
      const lt = x.indexOf("<", p);
      if (lt < 0) return undefined;
      if (x.charCodeAt(lt + 1) === 47) {
        const e = x.indexOf(">", lt);
        if (e < 0) return undefined;
        tok.end = e + 1;
        return tok;
      }
      if (isTag(x, lt, this.vTag)) {
        const inner = elementText(x, lt, this.closeV);
        if (!inner) return undefined;
        tok.v = inner.text;
        p = inner.next;
        continue;
      }
      if (isTag(x, lt, this.isTagName)) {
        const inner = elementText(x, lt, this.closeIs);
        if (!inner) return undefined;
        tok.is = inner.text;
        p = inner.next;
        continue;
      }
      if (isTag(x, lt, this.fTag)) {
        tok.f = true;
        const inner = elementText(x, lt, this.closeF);
        if (!inner) return undefined;
        if (inner.text !== "") tok.fx = inner.text;
        p = inner.next;
        continue;
      }
      const e = nodeEnd(x, lt);
      if (e < 0) return undefined;
      p = e;
    }
  }
}

/**
 * The raw text inside the element whose start tag is at `lt` (empty for a self-closed `<x/>`) and the position after
 * it; undefined when the XML is cut off before the element ends.
 */
function elementText(x: string, lt: number, close: string): { text: string; next: number } | undefined {
  const te = tagEnd(x, lt);
  if (te < 0) return undefined;
  if (x.charCodeAt(te - 1) === 47) return { text: "", next: te + 1 };
  const c = x.indexOf(close, te + 1);
  if (c < 0) return undefined;
  return { text: x.slice(te + 1, c), next: c + close.length };
}
