/**
 * The scored copy, written by patching the input package: every part we do not own is copied as its original
 * compressed bytes; a sheet that receives output cells is streamed through and only those `<c>` elements change
 * (inline strings, so sharedStrings.xml stays as it was); the sheets the tool owns (Ringkasan, Masalah, Rencana …) are
 * rendered whole; styles are appended to styles.xml only when missing; charts are added as new parts.
 */
import type { CellValue, CellWrite, ChartSpec, ColumnFormatSpec, ConditionalFormatSpec, FilterBox, InputFilterSpec, OwnedSheetSpec, RowBlock, WorkbookOutput } from "@inovasi/workbook";
import { blockBounds, blockText, blockWrites, columnLetters, normaliseHeader, rowPoints, wrappedLines, wrappedRowHeights } from "@inovasi/workbook";
import { NS_R, REL_CHART, REL_DRAWING, chartXml, drawingXml, refreshChartCaches } from "../chart.js";
import { setAttr, withColumnWidths } from "./cols.js";
import { withConditionalFormats } from "./cond-format.js";
import { Looks, withRowHeight } from "./looks.js";
import { type OpenPackage, type SheetRef, dirOf, parseRels, relsPathOf, resolveTarget } from "@inovasi/workbook/xlsx-read";
import { scanSheet, sheetText } from "@inovasi/workbook/xlsx-read";
import { type CellTok, type RowTok, RowScanner, colOfRef } from "@inovasi/workbook/xlsx-read";
import { drawingTags } from "./drawing-tags.js";
import { widenSheetFilter, withFilterDatabase } from "./filter.js";
import { withPrintTitles } from "./print-titles.js";
import { StyleBook } from "./styles.js";
import { tablePartOf, widenTable } from "./tables.js";
import { attr, escapeXml, tagEnd, unescapeXml, valueOf } from "@inovasi/workbook/xlsx-read";
import { type ZipSink, ZipWriter } from "./zip.js";

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";

/** What a patch run did, for tests and the bench. */
export interface PatchReport {
  /** Parts copied as their original bytes. */
  copied: string[];
  /** Parts rewritten (patched sheets, owned sheets, workbook/rels/content types when a sheet or chart was added). */
  rewritten: string[];
  /** Parts added. */
  added: string[];
  /** Parts dropped (calcChain.xml when a formula cell was overwritten). */
  dropped: string[];
}

interface Ctx {
  /** The archive being written: the sheets we patch or render go into it as they are made (`ZipWriter.stream`). */
  zip: ZipWriter;
  /** Parts already in the archive that way. */
  streamed: Set<string>;
  pkg: OpenPackage;
  styles: StyleBook;
  /** Part path → new content (the small parts; sheets go straight into the archive). */
  replace: Map<string, string>;
  added: Map<string, string>;
  dropped: Set<string>;
  contentTypes: string;
  workbookXml: string;
  workbookRels: string;
  formulaOverwritten: boolean;
  /** The looks of the output columns on the sheet being patched (wrapped, centred; row heights), while it is. */
  looks?: Looks | undefined;
  /** Cells of the owned sheet being rendered that hold a link (`row * 16384 + col`), shown as links, while it is. */
  links?: ReadonlySet<number> | undefined;
  /** The text written in each of those cells, for its link's `display` (Google Sheets shows the location without it). */
  linkTexts?: Map<number, string> | undefined;
}

/**
 * Apply the writes, the row blocks (`writeResultBlocks`: output cells by column, turned into `<c>` elements one row at
 * a time while the sheet streams through) and the output description to the package; its bytes are not changed.
 */
export async function patchWorkbook(pkg: OpenPackage, writes: CellWrite[], output: WorkbookOutput, blocks: RowBlock[] = []): Promise<{ bytes: Uint8Array; report: PatchReport }> {
  // the same archive, byte for byte, as patchWorkbookTo writes into a file
  const chunks: Uint8Array[] = [];
  const report = await patchWorkbookTo(async (c) => void chunks.push(...c), pkg, writes, output, blocks);
  return { bytes: Buffer.concat(chunks), report };
}

/**
 * {@link patchWorkbook} into a zip sink (`writeWorkbookFile`: a file as it is written): each part goes to the sink once
 * it is in the archive, so the scored copy is never held whole in memory.
 */
export async function patchWorkbookTo(sink: ZipSink, pkg: OpenPackage, writes: CellWrite[], output: WorkbookOutput, blocks: RowBlock[] = []): Promise<PatchReport> {
  const zip = new ZipWriter(sink);
  const ctx: Ctx = {
    zip,
    streamed: new Set(),
    pkg,
    styles: new StyleBook(stylesPath(pkg) ? pkg.text(stylesPath(pkg)!) : undefined),
    replace: new Map(),
    added: new Map(),
    dropped: new Set(),
    contentTypes: pkg.text("[Content_Types].xml") ?? "",
    workbookXml: pkg.workbookXml,
    workbookRels: pkg.text("xl/_rels/workbook.xml.rels") ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`,
    formulaOverwritten: false,
  };
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) {
    const list = bySheet.get(w.sheet);
    if (list) list.push(w);
    else bySheet.set(w.sheet, [w]);
  }
  const owned = new Map(output.ownedSheets.map((o) => [normaliseHeader(o.name), o]));
  const existing = (name: string): SheetRef | undefined =>
    pkg.sheets.find((s) => s.name === name) ?? pkg.sheets.find((s) => normaliseHeader(s.name) === normaliseHeader(name));
  // a block streams into its sheet one row at a time: an existing sheet the tool does not own (the innovation rows)
  // or a sheet it owns (the Masalah sheet's issue rows); a second block for the same sheet becomes plain writes
  const streamed = new Map<string, RowBlock>();
  for (const b of blocks) {
    const ref = existing(b.sheet);
    const key = ref && !owned.has(normaliseHeader(b.sheet)) ? ref.name : b.sheet;
    if (!streamed.has(key)) {
      streamed.set(key, b);
      if (!bySheet.has(key)) bySheet.set(key, []);
    } else {
      const list = bySheet.get(key);
      if (list) list.push(...blockWrites(b));
      else bySheet.set(key, blockWrites(b));
    }
  }

  // a sheet that only gets conditional formats is patched too (with no cell writes)
  for (const cf of output.conditionalFormats) {
    const ref = existing(cf.sheet);
    if (ref && ![...bySheet.keys()].some((k) => normaliseHeader(k) === normaliseHeader(cf.sheet))) bySheet.set(ref.name, []);
  }
  // the file opens on the summary unless a sheet of the analyst's is selected in it (see showOnOpen)
  const show = output.activeSheet !== undefined && !(await analystSelected(pkg, (n) => owned.has(normaliseHeader(n)))) ? output.activeSheet : undefined;
  for (const [name, list] of bySheet) {
    const spec = owned.get(normaliseHeader(name));
    const ref = existing(name);
    if (spec || !ref) {
      const path = ref?.path ?? addSheet(ctx, name);
      const drawings = ref ? await drawingTags(sheetText(pkg, ref.path)) : [];
      const charts = output.charts.filter((c) => normaliseHeader(c.sheet) === normaliseHeader(name));
      const selected = show !== undefined && normaliseHeader(show) === normaliseHeader(name);
      await renderOwnedSheet(ctx, path, list, spec, drawings, charts, streamed.get(name), selected);
      // its print titles (Masalah's header row on every page), an earlier run's replaced
      if (spec) ctx.workbookXml = withPrintTitles(ctx.workbookXml, ref?.name ?? name, spec.print);
    } else {
      const rules = output.conditionalFormats.filter((c) => normaliseHeader(c.sheet) === normaliseHeader(name));
      const widths = new Map((output.columnWidths ?? []).filter((c) => normaliseHeader(c.sheet) === normaliseHeader(name)).map((c) => [c.col, c.width] as const));
      const formats = (output.columnFormats ?? []).filter((c) => normaliseHeader(c.sheet) === normaliseHeader(name));
      const filter = (output.inputFilters ?? []).find((f) => normaliseHeader(f.sheet) === normaliseHeader(name));
      const widened = await patchSheet(ctx, ref.path, list, rules, streamed.get(ref.name), widths, formats, filter);
      if (widened) ctx.workbookXml = withFilterDatabase(ctx.workbookXml, ref.name, widened);
    }
  }

  // output columns that become columns of the analyst's Excel table: only its table part changes
  for (const t of output.tables) {
    const ref = existing(t.sheet);
    const part = ref && tablePartOf(pkg, ref.path, t.table);
    const xml = part && pkg.text(part);
    const widened = xml ? widenTable(xml, t) : undefined;
    if (part && widened !== undefined) ctx.replace.set(part, widened);
  }

  if (show !== undefined) ctx.workbookXml = showOnOpen(ctx.workbookXml, show);

  if (ctx.formulaOverwritten && pkg.byName.has("xl/calcChain.xml")) {
    // a calculation chain naming a cell that no longer holds a formula makes Excel repair the file: Excel rebuilds it
    ctx.dropped.add("xl/calcChain.xml");
    ctx.workbookRels = ctx.workbookRels.replace(/<Relationship\b[^>]*calcChain[^>]*\/>/g, "");
    ctx.contentTypes = ctx.contentTypes.replace(/<Override\b[^>]*\/xl\/calcChain\.xml[^>]*\/>/g, "");
  }

  const styles = ctx.styles.result();
  if (styles !== undefined) {
    const path = stylesPath(pkg);
    if (path) ctx.replace.set(path, styles);
    else {
      ctx.added.set("xl/styles.xml", styles);
      ctx.workbookRels = addRel(ctx.workbookRels, REL_STYLES, "styles.xml").xml;
      ctx.contentTypes = addOverride(ctx.contentTypes, "/xl/styles.xml", CT_STYLES);
    }
  }
  if (ctx.workbookXml !== pkg.workbookXml) ctx.replace.set("xl/workbook.xml", ctx.workbookXml);
  if (ctx.workbookRels !== pkg.text("xl/_rels/workbook.xml.rels")) {
    if (pkg.byName.has("xl/_rels/workbook.xml.rels")) ctx.replace.set("xl/_rels/workbook.xml.rels", ctx.workbookRels);
    else ctx.added.set("xl/_rels/workbook.xml.rels", ctx.workbookRels);
  }
  if (ctx.contentTypes !== pkg.text("[Content_Types].xml")) ctx.replace.set("[Content_Types].xml", ctx.contentTypes);

  const report: PatchReport = { copied: [], rewritten: [], added: [], dropped: [...ctx.dropped] };
  for (const e of pkg.entries) {
    if (ctx.streamed.has(e.name) && !ctx.added.has(e.name)) {
      if (!report.rewritten.includes(e.name)) report.rewritten.push(e.name);
      continue;
    }
    if (ctx.dropped.has(e.name) || zip.has(e.name)) continue;
    const r = ctx.replace.get(e.name);
    if (r === undefined) {
      zip.copy(pkg.bytes, e);
      report.copied.push(e.name);
    } else {
      zip.file(e.name, r, e);
      report.rewritten.push(e.name);
    }
    await zip.flush();
  }
  for (const [name, content] of ctx.added) {
    if (ctx.streamed.has(name)) {
      report.added.push(name);
      continue;
    }
    if (zip.has(name)) continue;
    zip.file(name, ctx.replace.get(name) ?? content);
    report.added.push(name);
    await zip.flush();
  }
  // the directory in the package's order (the streamed sheets were written first)
  await zip.finish([...pkg.entries.map((e) => e.name), ...ctx.added.keys()]);
  return report;
}

/**
 * Whether a sheet the tool does not own is selected in the file (`tabSelected` in its sheet view: Excel and LibreOffice
 * write it on the tab shown when the file was saved). Only each sheet's head is inflated, up to `<sheetData>`. A workbook
 * with a chart sheet counts as selected (its view is not read).
 */
async function analystSelected(pkg: OpenPackage, isOwned: (name: string) => boolean): Promise<boolean> {
  // a chart sheet (or another kind the reader does not open) may be the selected one: the file's view is left alone
  if ([...pkg.workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].length > pkg.sheets.length) return true;
  for (const ref of pkg.sheets) {
    if (isOwned(ref.name)) continue;
    let head = "";
    for await (const chunk of sheetText(pkg, ref.path)) {
      head += chunk;
      const end = head.search(/<([\w.-]+:)?sheetData[\s>/]/);
      if (end >= 0 || head.length > 1_000_000) {
        head = end >= 0 ? head.slice(0, end) : head;
        break;
      }
    }
    if (/<(?:[\w.-]+:)?sheetView\b[^>]*\stabSelected\s*=\s*["'](?:1|true)["']/.test(head)) return true;
  }
  return false;
}

/**
 * workbook.xml with `name` as the tab shown when the file opens (`activeTab`, its position among the sheets). Only
 * when no sheet of the analyst's is selected: changing `activeTab` alone while another sheet keeps `tabSelected` would
 * open the two grouped, and clearing `tabSelected` would rewrite a sheet the scored copy keeps byte for byte.
 */
function showOnOpen(xml: string, name: string): string {
  const names = [...xml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].map((m) => attr(m[0], "name"));
  const at = names.findIndex((n) => n !== undefined && normaliseHeader(unescapeXml(n)) === normaliseHeader(name));
  if (at < 0) return xml;
  const view = /<((?:[\w.-]+:)?)workbookView\b[^>]*?\/?>/.exec(xml);
  if (view) return xml.slice(0, view.index) + setAttr(view[0], "activeTab", String(at)) + xml.slice(view.index + view[0].length);
  const sheets = /<((?:[\w.-]+:)?)sheets[\s>/]/.exec(xml);
  if (!sheets) return xml;
  const p = sheets[1] ?? "";
  return `${xml.slice(0, sheets.index)}<${p}bookViews><${p}workbookView activeTab="${at}"/></${p}bookViews>${xml.slice(sheets.index)}`;
}

/** A part deflated into the archive as it is made: the entry of the package it replaces lends its dates and flags. */
async function streamedPart(ctx: Ctx, path: string, level: number): ReturnType<ZipWriter["stream"]> {
  ctx.streamed.add(path);
  return ctx.zip.stream(path, level, ctx.added.has(path) ? undefined : ctx.pkg.byName.get(path));
}

function stylesPath(pkg: OpenPackage): string | undefined {
  const rel = [...parseRels(pkg.text("xl/_rels/workbook.xml.rels")).values()].find((r) => /\/styles$/.test(r.type));
  const path = rel ? resolveTarget("xl", rel.target) : undefined;
  return path && pkg.byName.has(path) ? path : undefined;
}

// ---- cells ----

const LETTERS: string[] = [];
/** Column letters, made once per column. */
function letters(col: number): string {
  return (LETTERS[col] ??= columnLetters(col));
}

/**
 * A cell's XML for a write; `old` is the cell it replaces (its style kept when the write asks for none). A cell of an
 * output column with a look (wrapped, centred) gets that alignment on top of its style.
 */
function cellXml(ctx: Ctx, w: CellWrite, old: CellTok | undefined, wrap = false): string {
  const ref = `${letters(w.col)}${w.row + 1}`;
  // most cells ask for no style: no style request is made for them (this runs for every output cell)
  const link = ctx.links !== undefined && w.value !== null && ctx.links.has(w.row * 16384 + w.col);
  if (link) ctx.linkTexts?.set(w.row * 16384 + w.col, String(w.value));
  let s =
    w.numFmt || w.header || w.fill || wrap || link
      ? ctx.styles.xf({ ...(w.numFmt ? { numFmt: w.numFmt } : {}), ...(w.header ? { bold: true } : {}), ...(w.fill ? { fill: w.fill } : {}), ...(wrap ? { wrap } : {}), ...(link ? { link } : {}) })
      : old && old.s
        ? old.s
        : 0;
  const look = ctx.looks?.of(w.row, w.col);
  if (look) s = ctx.styles.aligned(s, look);
  // a heading over a column of numbers, on a sheet the tool owns, sits right above them (Ringkasan)
  if (w.horizontal) s = ctx.styles.aligned(s, { horizontal: w.horizontal });
  const sa = s ? ` s="${s}"` : "";
  const v = w.value;
  if (v === null) return sa ? `<c r="${ref}"${sa}/>` : "";
  if (typeof v === "number") return Number.isFinite(v) ? `<c r="${ref}"${sa}><v>${v}</v></c>` : sa ? `<c r="${ref}"${sa}/>` : "";
  if (typeof v === "boolean") return `<c r="${ref}"${sa} t="b"><v>${v ? 1 : 0}</v></c>`;
  // an inline string is text, never a formula, whatever it starts with
  return `<c r="${ref}"${sa} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
}

/**
 * A row with its writes. The common case — every written cell right of the row's last cell (fresh output columns) —
 * appends them before `</row>` without parsing the row's cells; otherwise the row is parsed and spliced (patchRow).
 */
function writtenRow(ctx: Ctx, text: string, row: RowTok, ws: CellWrite[], p: string): string {
  if (!row.cells.length && row.closeStart !== row.end) {
    const inner = text.slice(row.openEnd, row.closeStart);
    const last = lastCellTag(inner, p);
    if (last !== undefined && inner.indexOf("<!") < 0 && inner.indexOf(`<${p}extLst`) < 0) {
      const ref = attr(last, "r");
      const col = ref === undefined ? -1 : colOfRef(ref);
      if (col >= 0 && ws[0]!.col > col) {
        const q = (x: string) => (p ? x.replace(/<(\/?)(c|v|is|t)\b/g, `<$1${p}$2`) : x);
        return openRowTag(ctx, text.slice(row.start, row.openEnd), row, ws) + inner + ws.map((w) => q(cellXml(ctx, w, undefined))).join("") + text.slice(row.closeStart, row.end);
      }
    }
    // parse the row's cells and splice
    const scanner = new RowScanner(p);
    scanner.lastRow = row.row - 1;
    const rowText = text.slice(row.start, row.end);
    let parsed: RowTok | undefined;
    scanner.scan(rowText, 0, (r) => (parsed ??= r));
    if (parsed) return patchRow(ctx, rowText, parsed, ws, p);
  }
  return patchRow(ctx, text, row, ws, p);
}

/** The opening tag of the last `<c>` element in a row's content, or undefined. */
function lastCellTag(inner: string, p: string): string | undefined {
  const open = `<${p}c`;
  let i = inner.length;
  for (;;) {
    i = inner.lastIndexOf(open, i - 1);
    if (i < 0) return undefined;
    const ch = inner.charCodeAt(i + open.length);
    if (ch === 32 || ch === 9 || ch === 10 || ch === 13 || ch === 62 || ch === 47) {
      const e = tagEnd(inner, i);
      return e < 0 ? undefined : inner.slice(i, e + 1);
    }
    if (i === 0) return undefined;
  }
}

/** A row's XML with `ws` (sorted by column) written into it; every other byte of the row kept. */
function patchRow(ctx: Ctx, text: string, row: RowTok, ws: CellWrite[], p: string): string {
  const q = (s: string) => (p ? s.replace(/<(\/?)(c|v|is|t)\b/g, `<$1${p}$2`) : s);
  const tag = text.slice(row.start, row.openEnd);
  // only a row with a height can have been made tall by an earlier run (most rows have none: nothing to estimate)
  let out = openRowTag(ctx, tag, row, ws, tag.indexOf("ht=") >= 0 ? earlierHeight(ctx, row, p) : undefined);
  let k = 0;
  let cursor = row.openEnd;
  for (const cell of row.cells) {
    out += text.slice(cursor, cell.start);
    while (k < ws.length && ws[k]!.col < cell.col) out += q(cellXml(ctx, ws[k++]!, undefined));
    if (k < ws.length && ws[k]!.col === cell.col) {
      if (cell.f) ctx.formulaOverwritten = true;
      out += q(cellXml(ctx, ws[k++]!, cell));
    } else if (!cell.hasRef) {
      // a cell placed by position: give it its address, so cells inserted before it cannot move it
      const c = text.slice(cell.start, cell.end);
      out += c.replace(/^(<[\w.:-]+)/, `$1 r="${columnLetters(cell.col)}${row.row + 1}"`);
    } else out += text.slice(cell.start, cell.end);
    cursor = cell.end;
  }
  while (k < ws.length) out += q(cellXml(ctx, ws[k++]!, undefined));
  if (row.closeStart === row.end) return `${out}</${p}row>`; // was self-closing
  return out + text.slice(cursor, row.end);
}

/**
 * The row's opening tag: spans widened to the written cells, a self-closing tag opened, tall enough for wrapped texts
 * (`was`: the height an earlier run gave it, see `withRowHeight`).
 */
function openRowTag(ctx: Ctx, tag: string, row: RowTok, ws: CellWrite[], was?: number): string {
  const ht = heightOf(ctx, row.row, ws);
  return ws.length ? openRowTagFor(tag, row, ws[0]!.col, ws[ws.length - 1]!.col, ht, was) : openRowTagFor(tag, row, -1, -1, ht, was);
}

/**
 * The height an earlier run gave a row (parsed): the estimate for the texts its wrapped output cells hold now, before
 * this run writes them (inline strings as we write them, shared strings once Excel or LibreOffice saved the file).
 * Undefined when they fit one line or there are none.
 */
function earlierHeight(ctx: Ctx, row: RowTok, p: string): number | undefined {
  const looks = ctx.looks;
  if (!looks?.wrapped.size || !row.cells.length) return undefined;
  const old = new Map<number, CellValue>();
  for (const c of row.cells) if (looks.wrapped.has(c.col)) old.set(c.col, valueOf(c, ctx.pkg, p));
  return old.size ? looks.height(row.row, (col) => old.get(col)) : undefined;
}

/** Points a row needs for the wrapped texts among its writes (`Looks.height`), or undefined. */
function heightOf(ctx: Ctx, row: number, ws: CellWrite[]): number | undefined {
  const looks = ctx.looks;
  if (!looks?.wrapped.size) return undefined;
  return looks.height(row, (col) => {
    for (const w of ws) if (w.col === col) return w.value;
    return undefined;
  });
}

/** {@link openRowTag} for written cells from column `first` to `last` (0-based; -1: none), `ht` points tall. */
function openRowTagFor(tag: string, row: RowTok, first: number, last: number, ht?: number, was?: number): string {
  let t = row.closeStart === row.end ? tag.replace(/\s*\/>$/, ">") : tag;
  const spans = /\sspans="(\d+):(\d+)"/.exec(t);
  if (spans && first >= 0) {
    const lo = Math.min(Number(spans[1]), first + 1);
    const hi = Math.max(Number(spans[2]), last + 1);
    t = t.replace(spans[0], ` spans="${lo}:${hi}"`);
  }
  return withRowHeight(t, ht, was);
}

/** A row the sheet did not have; `ht` points tall, fixed (owned sheets) or, when `auto`, the host's to refit. */
function newRow(ctx: Ctx, row: number, ws: CellWrite[], p: string, wrap = false, ht?: number, auto = false): string {
  const cells = ws.map((w) => cellXml(ctx, w, undefined, wrap)).join("");
  if (!cells) return "";
  const xml = `<row r="${row + 1}"${ht ? ` ht="${ht}"${auto ? "" : ' customHeight="1"'}` : ""}>${cells}</row>`;
  return p ? xml.replace(/<(\/?)(row|c|v|is|t)\b/g, `<$1${p}$2`) : xml;
}

function byRow(writes: CellWrite[]): Map<number, CellWrite[]> {
  const m = new Map<number, CellWrite[]>();
  for (const w of writes) {
    const l = m.get(w.row);
    if (l) l.push(w);
    else m.set(w.row, [w]);
  }
  for (const l of m.values()) inColumnOrder(l);
  return m;
}

/** A row's writes sorted by column (stable), the last write to a cell winning. */
function inColumnOrder(l: CellWrite[]): CellWrite[] {
  let sorted = true;
  for (let i = 1; i < l.length && sorted; i++) if (l[i]!.col <= l[i - 1]!.col) sorted = false;
  if (sorted) return l;
  l.sort((a, b) => a.col - b.col);
  for (let i = l.length - 1; i > 0; i--) if (l[i]!.col === l[i - 1]!.col) l.splice(i - 1, 1);
  return l;
}

/**
 * The rows of a sheet that get writes, in row order: the rows of the explicit writes and every row of the block (its
 * cells made one row at a time, after that row's explicit writes).
 */
class PendingRows {
  private readonly explicit: Map<number, CellWrite[]>;
  private readonly order: number[];
  private next = 0;
  private nextBlockRow: number;
  constructor(writes: CellWrite[], private readonly block: RowBlock | undefined) {
    this.explicit = byRow(writes);
    this.order = [...this.explicit.keys()].sort((a, b) => a - b);
    this.nextBlockRow = block && block.rows > 0 ? block.firstRow : Infinity;
  }
  private get blockEnd(): number {
    return this.block ? this.block.firstRow + this.block.rows : -Infinity;
  }
  /** The lowest row not yet written, or Infinity. */
  peek(): number {
    return Math.min(this.order[this.next] ?? Infinity, this.nextBlockRow < this.blockEnd ? this.nextBlockRow : Infinity);
  }
  /** Mark `row` written (when it is the next one). */
  take(row: number): void {
    if (this.order[this.next] === row) this.next++;
    if (this.nextBlockRow === row) this.nextBlockRow++;
  }
  /** Row `row`'s index in the block when the block alone writes it (no explicit write), else -1. */
  blockOnly(row: number): number {
    const b = this.block;
    if (!b || row < b.firstRow || row >= b.firstRow + b.rows || this.explicit.has(row)) return -1;
    return row - b.firstRow;
  }
  /** The writes of `row` (sorted by column), or undefined when it has none. */
  writesOf(row: number): CellWrite[] | undefined {
    const ex = this.explicit.get(row);
    const b = this.block;
    if (!b || row < b.firstRow || row >= b.firstRow + b.rows) return ex;
    const fromBlock = rowOfBlock(b, row - b.firstRow);
    return ex ? inColumnOrder([...ex, ...fromBlock]) : inColumnOrder(fromBlock);
  }
}

/**
 * Row `i` of a block as writes for this writer only (no A1 address: cellXml makes its own). Not `blockRow`: V8
 * pretenures an object literal whose objects tend to live long, and `blockRow`'s are (in `writeResults`' lists), so
 * the short-lived ones made here get a literal of their own and die young instead of filling the old generation.
 */
function rowOfBlock(b: RowBlock, i: number): CellWrite[] {
  const out: CellWrite[] = [];
  const row = b.firstRow + i;
  const n = b.columns.length;
  for (let k = 0; k < n; k++) {
    if (b.skipped.size && b.skipped.has(i * n + k)) continue;
    const c = b.columns[k]!;
    if (c.kind === "number") {
      const v = c.values[i]!;
      out.push({ sheet: b.sheet, row, col: c.col, address: "", value: Number.isNaN(v) ? null : v, ...(c.numFmt ? { numFmt: c.numFmt } : {}) });
    } else out.push({ sheet: b.sheet, row, col: c.col, address: "", value: blockText(c, i), ...(c.header ? { header: true } : {}) });
  }
  return out;
}

/**
 * A block's cells as XML, made straight from its columns (no write object per cell): the same bytes `writtenRow` makes
 * from the row's writes when they all go after the row's last cell, which is every innovation row of a first run
 * (on a re-run the output cells are already there and the row is spliced). Anything else returns undefined and takes the
 * general path.
 */
class BlockCells {
  /** Column positions in column order; undefined when two columns share a cell (the general path sorts that out). */
  private readonly order: number[] | undefined;
  /** Per column: `<c r="AB`. */
  private readonly open: string[];
  /** Per column, once its first cell is made (the styles are asked for in the order cellXml asks): `" s="3"` or `"`. */
  private readonly styled: (string | undefined)[];
  /** `><v>`, `</v></c>`, ` t="inlineStr"><is><t xml:space="preserve">`, `</t></is></c>` (with the sheet's prefix). */
  private readonly tags: [string, string, string, string];
  /** A row's pieces, reused. */
  private readonly parts: string[] = [];
  /** The block's column (k) of each wrapped column, for the row heights. */
  private readonly wrappedAt = new Map<number, number>();
  constructor(private readonly ctx: Ctx, private readonly block: RowBlock, private readonly p: string) {
    this.tags = [`><${p}v>`, `</${p}v></${p}c>`, ` t="inlineStr"><${p}is><${p}t xml:space="preserve">`, `</${p}t></${p}is></${p}c>`];
    const cols = block.columns;
    const order = cols.map((_, k) => k).sort((a, b) => cols[a]!.col - cols[b]!.col || a - b);
    // a look over part of the block's rows only: the general path sorts that out, cell by cell
    const last = block.firstRow + block.rows - 1;
    const partly = cols.some((c) => ctx.looks?.partly(c.col, block.firstRow, last));
    this.order = !partly && order.every((k, j) => j === 0 || cols[k]!.col !== cols[order[j - 1]!]!.col) ? order : undefined;
    cols.forEach((c, k) => {
      if (ctx.looks?.wrapped.has(c.col) && !this.wrappedAt.has(c.col)) this.wrappedAt.set(c.col, k);
    });
    this.open = cols.map((c) => `<${p}c r="${letters(c.col)}`);
    this.styled = cols.map(() => undefined);
  }

  /** Texts of the numbers written so far (points take a few dozen values: each made once, not once per cell). */
  private readonly numbers = new Map<number, string>();
  private numberText(v: number): string {
    let t = this.numbers.get(v);
    if (t === undefined) {
      t = String(v);
      if (this.numbers.size < 4096) this.numbers.set(v, t);
    }
    return t;
  }
  /** Short texts escaped so far ("Ya", "Tidak"). */
  private readonly texts = new Map<string, string>();
  private escaped(v: string): string {
    if (v.length > 32) return escapeXml(v);
    let t = this.texts.get(v);
    if (t === undefined) {
      t = escapeXml(v);
      if (this.texts.size < 4096) this.texts.set(v, t);
    }
    return t;
  }

  /**
   * cellXml's style for column `k`: a number format or a header asks for one; otherwise none (there is no old cell);
   * the column's look (wrapped, centred) on top.
   */
  private styleOf(k: number): string {
    const c = this.block.columns[k]!;
    let s = c.kind === "number" ? (c.numFmt ? this.ctx.styles.xf({ numFmt: c.numFmt }) : 0) : c.header ? this.ctx.styles.xf({ bold: true }) : 0;
    const look = this.ctx.looks?.over(c.col, this.block.firstRow, this.block.firstRow + this.block.rows - 1);
    if (look) s = this.ctx.styles.aligned(s, look);
    return (this.styled[k] = s ? `" s="${s}"` : `"`);
  }

  /** Points row `i` needs for its wrapped texts, as `heightOf` finds them among the row's writes (skipped: none). */
  private heightOf(i: number): number | undefined {
    if (!this.wrappedAt.size) return undefined;
    const b = this.block;
    const n = b.columns.length;
    return this.ctx.looks!.height(b.firstRow + i, (col) => {
      const k = this.wrappedAt.get(col);
      if (k === undefined || (b.skipped.size && b.skipped.has(i * n + k))) return undefined;
      const c = b.columns[k]!;
      return c.kind === "number" ? c.values[i]! : blockText(c, i);
    });
  }

  /** Row `i`'s XML with the block's cells appended, or undefined when they would not all follow its last cell. */
  appendTo(text: string, row: RowTok, i: number): string | undefined {
    const order = this.order;
    if (!order || row.cells.length || row.closeStart === row.end) return undefined;
    const b = this.block;
    const n = b.columns.length;
    let lo = -1, hi = -1;
    for (const k of order) {
      if (b.skipped.size && b.skipped.has(i * n + k)) continue;
      if (lo < 0) lo = b.columns[k]!.col;
      hi = b.columns[k]!.col;
    }
    if (lo < 0) return undefined;
    const inner = text.slice(row.openEnd, row.closeStart);
    const last = lastCellTag(inner, this.p);
    if (last === undefined || inner.indexOf("<!") >= 0 || inner.indexOf(`<${this.p}extLst`) >= 0) return undefined;
    const ref = attr(last, "r");
    const lastCol = ref === undefined ? -1 : colOfRef(ref);
    if (lastCol < 0 || lo <= lastCol) return undefined;
    const r = String(b.firstRow + i + 1);
    const [vOpen, vClose, sOpen, sClose] = this.tags;
    // the row's pieces joined once into a flat string: concatenating them made a tree of short-lived cons strings per
    // cell (hundreds of MB of young garbage at 50,000 rows)
    const out = this.parts;
    out.push(openRowTagFor(text.slice(row.start, row.openEnd), row, lo, hi, this.heightOf(i)), inner);
    for (const k of order) {
      if (b.skipped.size && b.skipped.has(i * n + k)) continue;
      const c = b.columns[k]!;
      const styled = this.styled[k] ?? this.styleOf(k);
      const v = c.kind === "number" ? c.values[i]! : blockText(c, i);
      if (c.kind === "number" ? !Number.isFinite(v as number) : v === null) {
        // an empty cell: only its style, when it asks for one
        if (styled !== '"') out.push(this.open[k]!, r, styled, "/>");
        continue;
      }
      out.push(this.open[k]!, r, styled);
      // an inline string is text, never a formula, whatever it starts with
      if (c.kind === "number") out.push(vOpen, this.numberText(v as number), vClose);
      else out.push(sOpen, this.escaped(v as string), sClose);
    }
    out.push(text.slice(row.closeStart, row.end));
    const xml = out.join("");
    out.length = 0;
    return xml;
  }
}

/**
 * A block's rows of a sheet the tool owns (the Masalah sheet's issues: tens of thousands of rows) as XML, made straight
 * from its columns: the bytes `newRow` makes from the row's writes (`rowOfBlock`), without a write object per cell or a
 * style request per linked cell. For a row of the block alone, with no looks; anything else (two columns on one cell)
 * takes the general path. `wrap`: the sheet's column widths when its rows wrap (`OwnedSheetSpec.wrap`, the Masalah
 * sheet's messages): each cell wrapped, top-aligned, the row as tall as `wrappedRowHeights` estimates its texts need.
 */
class OwnedBlockRows {
  /** Column positions in column order; undefined when two columns share a cell. */
  readonly order: number[] | undefined;
  /** Per column: `<c r="AB`. */
  private readonly open: string[];
  /** Per column and whether the cell is a link (`2k + link`), once asked (cellXml's order): `" s="3"` or `"`. */
  private readonly styled: (string | undefined)[] = [];
  /** A row's pieces, reused. */
  private readonly parts: string[] = [];
  /** The sheet's linked cells and their texts (`ctx.links`, `ctx.linkTexts`: set before its rows are made). */
  private readonly links: ReadonlySet<number> | undefined;
  private readonly linkTexts: Map<number, string> | undefined;
  constructor(private readonly ctx: Ctx, private readonly block: RowBlock, private readonly wrap?: readonly number[]) {
    this.links = ctx.links;
    this.linkTexts = ctx.linkTexts;
    const cols = block.columns;
    const order = cols.map((_, k) => k).sort((a, b) => cols[a]!.col - cols[b]!.col || a - b);
    this.order = order.every((k, j) => j === 0 || cols[k]!.col !== cols[order[j - 1]!]!.col) ? order : undefined;
    this.open = cols.map((c) => `<c r="${letters(c.col)}`);
  }

  /** cellXml's style for column `k`'s cell: a number format, a header or a link asks for one (no old cell, no look). */
  private styleOf(k: number, link: boolean): string {
    const c = this.block.columns[k]!;
    const numFmt = c.kind === "number" ? c.numFmt : undefined;
    const header = c.kind !== "number" && c.header;
    const wrap = this.wrap !== undefined;
    const s = numFmt || header || link || wrap ? this.ctx.styles.xf({ ...(numFmt ? { numFmt } : {}), ...(header ? { bold: true } : {}), ...(wrap ? { wrap } : {}), ...(link ? { link } : {}) }) : 0;
    return (this.styled[2 * k + (link ? 1 : 0)] = s ? `" s="${s}"` : `"`);
  }

  /** Row `i`'s XML (`ht`: the row's height, as newRow writes it; a wrapped row's own estimate), "" when it has no cell to write. */
  row(i: number, ht: number | undefined): string {
    const b = this.block;
    const wrap = this.wrap;
    let lines = 1;
    const links = this.links;
    const n = b.columns.length;
    const row = b.firstRow + i;
    const r = String(row + 1);
    const out = this.parts;
    for (const k of this.order!) {
      if (b.skipped.size && b.skipped.has(i * n + k)) continue;
      const c = b.columns[k]!;
      let v: number | string | null;
      if (c.kind === "number") {
        const x = c.values[i]!;
        v = Number.isNaN(x) ? null : x;
      } else v = blockText(c, i);
      const at = row * 16384 + c.col;
      const link = links !== undefined && v !== null && links.has(at);
      if (link) this.linkTexts?.set(at, String(v));
      const styled = this.styled[2 * k + (link ? 1 : 0)] ?? this.styleOf(k, link);
      if (v === null || (typeof v === "number" && !Number.isFinite(v))) {
        // an empty cell: only its style, when it asks for one
        if (styled !== '"') out.push(this.open[k]!, r, styled, "/>");
        continue;
      }
      out.push(this.open[k]!, r, styled);
      // an inline string is text, never a formula, whatever it starts with
      if (typeof v === "number") out.push("><v>", String(v), "</v></c>");
      else {
        out.push(' t="inlineStr"><is><t xml:space="preserve">', escapeXml(v), "</t></is></c>");
        if (wrap) lines = Math.max(lines, wrappedLines(v, wrap[c.col] ?? 8.43, c.kind !== "number" && c.header === true));
      }
    }
    if (!out.length) return "";
    if (wrap) ht = lines > 1 ? rowPoints(lines) : undefined;
    const xml = `<row r="${r}"${ht ? ` ht="${ht}" customHeight="1"` : ""}>${out.join("")}</row>`;
    out.length = 0;
    return xml;
  }
}

/**
 * Stream a sheet through, writing `writes` and the rows of `block` into it; only the written cells (and the rows'
 * spans, the dimension, the analyst's AutoFilter widened over the output columns) change. Returns the filter's new
 * range when it was widened.
 */
async function patchSheet(ctx: Ctx, path: string, writes: CellWrite[], rules: ConditionalFormatSpec[] = [], block?: RowBlock, widths: ReadonlyMap<number, number> = new Map(), formats: ColumnFormatSpec[] = [], filter?: InputFilterSpec): Promise<FilterBox | undefined> {
  const pending = new PendingRows(writes, block);
  ctx.looks = formats.length ? new Looks(formats) : undefined;
  const bounds = writtenBounds(writes, block);
  let fast: BlockCells | undefined;
  // level 1: the sheet is the bulk of the file; deflating it at level 6 took 5× longer for a 25 % smaller part
  const { part: out, end } = await streamedPart(ctx, path, 1);
  let p = "";
  let head = true;
  let done = false;
  // the text after </sheetData>, held back when conditional formats are to be written into it or a filter widened
  let tail: string | undefined;
  const flushBefore = async (limit: number) => {
    for (let r = pending.peek(); r < limit; r = pending.peek()) {
      pending.take(r);
      const ws = pending.writesOf(r);
      if (ws) await out.write(newRow(ctx, r, ws, p, false, heightOf(ctx, r, ws), true));
    }
  };
  await scanSheet(
    sheetText(ctx.pkg, path),
    async (row, text, prefix) => {
      p = prefix;
      await flushBefore(row.row);
      // the innovation rows: the block's cells go after the row's last cell, made straight from its columns
      const i = pending.blockOnly(row.row);
      if (i >= 0) {
        fast ??= new BlockCells(ctx, block!, prefix);
        const appended = fast.appendTo(text, row, i);
        if (appended !== undefined) {
          pending.take(row.row);
          await out.write(appended);
          return;
        }
      }
      const ws = pending.writesOf(row.row);
      if (ws) pending.take(row.row);
      await out.write(ws && ws.length ? writtenRow(ctx, text, row, ws, prefix) : text.slice(row.start, row.end));
    },
    async (text) => {
      let t = text;
      if (head) {
        t = widenDimension(t, bounds);
        if (/<([\w.-]+:)?sheetData[\s>]/.test(t)) {
          head = false;
          t = withColumnWidths(t, widths);
          ctx.looks?.readWidths(t.slice(0, t.search(/<([\w.-]+:)?sheetData[\s>]/)));
        }
      }
      if (!head && !done) {
        const close = /<\/([\w.-]+:)?sheetData\s*>/.exec(t);
        if (close) {
          done = true;
          await out.write(t.slice(0, close.index));
          await flushBefore(Infinity);
          t = t.slice(close.index);
          if (rules.length || filter) tail = "";
        }
      }
      if (tail !== undefined) tail += t;
      else await out.write(t);
    },
    // cells are parsed only for a row whose written cells do not simply follow its last cell (writtenRow)
    () => true,
  );
  let widened: ReturnType<typeof widenSheetFilter>;
  if (tail !== undefined) {
    widened = filter ? widenSheetFilter(tail, filter) : undefined;
    if (widened) tail = widened.xml;
    await out.write(rules.length ? withConditionalFormats(tail, rules, rules.map((r) => ctx.styles.dxf(r.style)), p) : tail);
  }
  ctx.looks = undefined;
  await end();
  return widened?.to;
}

type Bounds = { r1: number; c1: number; r2: number; c2: number };

/** The rectangle of the written non-empty cells (0-based, inclusive), or undefined when there are none. */
function writtenBounds(writes: CellWrite[], block: RowBlock | undefined): Bounds | undefined {
  let r1 = Infinity, c1 = Infinity, r2 = -1, c2 = -1;
  for (const w of writes) {
    if (w.value === null) continue;
    r1 = Math.min(r1, w.row); c1 = Math.min(c1, w.col); r2 = Math.max(r2, w.row); c2 = Math.max(c2, w.col);
  }
  const b = block && blockBounds(block);
  if (b) {
    r1 = Math.min(r1, b.r1); c1 = Math.min(c1, b.c1); r2 = Math.max(r2, b.r2); c2 = Math.max(c2, b.c2);
  }
  return r2 < 0 ? undefined : { r1, c1, r2, c2 };
}

/** The `<dimension ref>` widened to cover the written cells. */
function widenDimension(text: string, bounds: Bounds | undefined): string {
  return text.replace(/(<(?:[\w.-]+:)?dimension\b[^>]*\sref=")([^"]*)(")/, (_m, a: string, ref: string, b: string) => {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
    if (!m) return `${a}${ref}${b}`;
    const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    let r1 = Number(m[2]) - 1, c1 = col(m[1]!), r2 = Number(m[4] ?? m[2]) - 1, c2 = col(m[3] ?? m[1]!);
    if (bounds) {
      r1 = Math.min(r1, bounds.r1); c1 = Math.min(c1, bounds.c1); r2 = Math.max(r2, bounds.r2); c2 = Math.max(c2, bounds.c2);
    }
    return `${a}${columnLetters(c1)}${r1 + 1}:${columnLetters(c2)}${r2 + 1}${b}`;
  });
}

// ---- sheets the tool owns ----

/** Links made into one string and written at a time (~100 kB of XML). */
const LINKS_PER_WRITE = 1000;

/**
 * A sheet rendered whole from its writes (a drawing or comments the old sheet carried are kept, with their links),
 * deflated row by row as it is made (the Masalah sheet lists every located issue: tens of thousands of rows).
 */
async function renderOwnedSheet(ctx: Ctx, path: string, writes: CellWrite[], spec: OwnedSheetSpec | undefined, drawings: RegExpMatchArray[], charts: ChartSpec[], block?: RowBlock, selected = false): Promise<void> {
  const pending = new PendingRows(writes, block);
  // wrapped text (rows from `wrap.fromRow` down, and the rows of `wrapRows`: a header with long headings, as the
  // recap's hosts draw them): heights estimated (LibreOffice does not fit rows to wrapped text when it opens a file);
  // a block's rows get theirs as they are made
  const wrapFrom = spec?.wrap?.fromRow ?? Infinity;
  const wrapRows = new Set(spec?.wrapRows ?? []);
  const wrapped = (r: number) => r >= wrapFrom || wrapRows.has(r);
  const heights = spec ? wrappedRowHeights(writes, spec) : new Map<number, number>();
  const heightOf = (r: number, ws: CellWrite[]) => (block && spec && wrapped(r) ? wrappedRowHeights(ws, spec).get(r) : heights.get(r));
  const bounds = writtenBounds(writes, block);
  const maxR = bounds?.r2 ?? 0, maxC = bounds?.c2 ?? 0;
  const keep: string[] = [];
  let hasDrawing = false;
  for (const m of drawings) {
    const rid = /\s([\w.-]+):id="([^"]*)"/.exec(m[0]);
    if (!rid) continue;
    keep.push(`<${m[1]} r:id="${rid[2]}"/>`);
    if (m[1] === "drawing") hasDrawing = true;
  }
  if (!hasDrawing && charts.length) keep.unshift(addChart(ctx, path, charts[0]!, writes));
  else if (charts.length) refreshCharts(ctx, path, charts[0]!.sheet, writes);
  const widths = spec?.widths ?? [];
  const cols = widths.length ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>` : "";
  const freeze = spec?.freezeRows
    ? `<pane ySplit="${spec.freezeRows}" topLeftCell="A${spec.freezeRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${spec.freezeRows + 1}" sqref="A${spec.freezeRows + 1}"/>`
    : "";
  const landscape = spec?.landscape ?? false;
  // links to the cells the sheet names (Masalah's Sel, Rencana's steps, Ringkasan's gaps): `location` inside the workbook, no formula and
  // no relationship; the sheet is rendered whole, so an earlier run's links are gone with its old XML
  const links = spec?.links ?? [];
  ctx.links = links.length ? new Set(links.map((l) => l.row * 16384 + l.col)) : undefined;
  ctx.linkTexts = links.length ? new Map() : undefined;
  const { part: out, end } = await streamedPart(ctx, path, 6);
  await out.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}">${landscape && (!spec?.print || spec.print.fitWidth) ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : ""}<dimension ref="A1:${columnLetters(maxC)}${maxR + 1}"/><sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">${freeze}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`);
  // the block's rows straight from its columns (the Masalah sheet's issues), when nothing else is in them
  // (a wrapped sheet's rows too, each with its own height: not the header rows the recap's sheets wrap)
  const fast = block && !ctx.looks ? new OwnedBlockRows(ctx, block, spec?.wrap ? spec.widths : undefined) : undefined;
  for (let r = pending.peek(); r < Infinity; r = pending.peek()) {
    const i = fast?.order && (!wrapped(r) || (r >= wrapFrom && !wrapRows.has(r))) ? pending.blockOnly(r) : -1;
    pending.take(r);
    if (i >= 0) {
      const xml = fast!.row(i, heights.get(r));
      if (xml) await out.write(xml);
      continue;
    }
    const ws = pending.writesOf(r);
    if (ws) await out.write(newRow(ctx, r, ws, "", wrapped(r), heightOf(r, ws)));
  }
  // after the rows: each link's `display` is the text its cell got
  const texts = ctx.linkTexts;
  const display = (l: { row: number; col: number }) => {
    const t = texts?.get(l.row * 16384 + l.col);
    return t === undefined ? "" : ` display="${escapeXml(t)}"`;
  };
  await out.write("</sheetData>");
  // written a run of links at a time, not made into one string first: the Masalah sheet links every issue's cell
  // (30,000 links made ~15 MB of strings at once, at the run's peak)
  if (links.length) {
    await out.write("<hyperlinks>");
    for (let k = 0; k < links.length; k += LINKS_PER_WRITE) {
      await out.write(links.slice(k, k + LINKS_PER_WRITE).map((l) => `<hyperlink ref="${letters(l.col)}${l.row + 1}" location="${escapeXml(l.to)}" tooltip="${escapeXml(l.tip)}"${display(l)}/>`).join(""));
    }
    await out.write("</hyperlinks>");
  }
  ctx.links = undefined;
  ctx.linkTexts = undefined;
  await out.write(`<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${landscape ? pageSetup(spec?.print) : ""}${keep.join("")}</worksheet>`);
  await end();
}

/**
 * A landscape owned sheet's `<pageSetup>`: one page wide, as many tall as it needs, unless its print spec says a scale
 * (a sheet too wide to read one page wide); the page order when it says one.
 */
function pageSetup(print: OwnedSheetSpec["print"]): string {
  const fit = !print || print.fitWidth;
  const order = print ? ` pageOrder="${print.order}"` : "";
  return fit ? `<pageSetup orientation="landscape"${order} fitToWidth="1" fitToHeight="0"/>` : `<pageSetup orientation="landscape"${order} scale="${print!.scale ?? 100}"/>`;
}

/**
 * The charts an owned sheet's drawing already holds (an earlier run's, perhaps restyled in Excel): their cached values
 * from this run's cells, so no viewer shows the last run's numbers.
 */
function refreshCharts(ctx: Ctx, sheetPath: string, sheet: string, writes: CellWrite[]): void {
  const at = new Map(writes.map((w) => [`${w.row}:${w.col}`, w.value]));
  for (const d of parseRels(ctx.pkg.text(relsPathOf(sheetPath))).values()) {
    if (!/\/drawing$/.test(d.type) || d.mode === "External") continue;
    const drawing = resolveTarget(dirOf(sheetPath), d.target);
    for (const c of parseRels(ctx.pkg.text(relsPathOf(drawing))).values()) {
      if (!/\/chart$/.test(c.type) || c.mode === "External") continue;
      const part = resolveTarget(dirOf(drawing), c.target);
      const xml = ctx.pkg.text(part);
      if (xml === undefined) continue;
      const fresh = refreshChartCaches(xml, sheet, (r, col) => at.get(`${r}:${col}`) ?? null);
      if (fresh !== xml) ctx.replace.set(part, fresh);
    }
  }
}

/** A new worksheet part, listed in workbook.xml, its relationships and the content types. Returns its path. */
function addSheet(ctx: Ctx, name: string): string {
  let n = 1;
  while (ctx.pkg.byName.has(`xl/worksheets/sheet${n}.xml`) || ctx.added.has(`xl/worksheets/sheet${n}.xml`)) n++;
  const path = `xl/worksheets/sheet${n}.xml`;
  ctx.added.set(path, "");
  const rel = addRel(ctx.workbookRels, REL_WORKSHEET, `worksheets/sheet${n}.xml`);
  ctx.workbookRels = rel.xml;
  ctx.contentTypes = addOverride(ctx.contentTypes, `/${path}`, CT_WORKSHEET);
  let wb = ctx.workbookXml;
  const ids = [...wb.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*\ssheetId="(\d+)"/g)].map((m) => Number(m[1]));
  const sheetId = Math.max(0, ...ids) + 1;
  const p = /<([\w.-]+:)?workbook[\s>]/.exec(wb)?.[1] ?? "";
  let rp = /\sxmlns:([\w.-]+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(wb)?.[1];
  if (!rp) {
    rp = "r";
    wb = wb.replace(/<([\w.-]+:)?workbook\b/, (m) => `${m} xmlns:r="${NS_R}"`);
  }
  const el = `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${rp}:id="${rel.id}"/>`;
  const close = new RegExp(`</${p.replace(".", "\\.")}sheets\\s*>`).exec(wb);
  if (close) wb = wb.slice(0, close.index) + el + wb.slice(close.index);
  else {
    const selfClosing = new RegExp(`<${p.replace(".", "\\.")}sheets\\s*/>`).exec(wb);
    if (selfClosing) wb = wb.slice(0, selfClosing.index) + `<${p}sheets>${el}</${p}sheets>` + wb.slice(selfClosing.index + selfClosing[0].length);
  }
  ctx.workbookXml = wb;
  return path;
}

function addRel(xml: string, type: string, target: string): { xml: string; id: string } {
  let i = 1;
  while (xml.includes(`Id="rId${i}"`)) i++;
  const id = `rId${i}`;
  const el = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const close = xml.lastIndexOf("</Relationships>");
  const out = close >= 0 ? xml.slice(0, close) + el + xml.slice(close) : xml.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${el}</Relationships>`);
  return { xml: out, id };
}

function addOverride(ct: string, part: string, type: string): string {
  if (ct.includes(`PartName="${part}"`)) return ct;
  const close = ct.lastIndexOf("</Types>");
  return close < 0 ? ct : `${ct.slice(0, close)}<Override PartName="${part}" ContentType="${type}"/>${ct.slice(close)}`;
}

/** Chart and drawing parts for a chart on an owned sheet; returns the sheet's `<drawing>` element. */
function addChart(ctx: Ctx, sheetPath: string, chart: ChartSpec, writes: CellWrite[]): string {
  const free = (prefix: string) => {
    let i = 1;
    while (ctx.pkg.byName.has(`${prefix}${i}.xml`) || ctx.added.has(`${prefix}${i}.xml`)) i++;
    return i;
  };
  const n = free("xl/charts/chart");
  const d = free("xl/drawings/drawing");
  const at = new Map(writes.map((w) => [`${w.row}:${w.col}`, w.value]));
  const categories: string[] = [];
  const series: (number | null)[][] = chart.series.map(() => []);
  for (let r = chart.firstRow; r <= chart.lastRow; r++) {
    categories.push(String(at.get(`${r}:${chart.categoryCol}`) ?? ""));
    chart.series.forEach((s, k) => {
      const v = at.get(`${r}:${s.col}`);
      series[k]!.push(typeof v === "number" ? v : null);
    });
  }
  ctx.added.set(`xl/charts/chart${n}.xml`, chartXml({ sheet: chart.sheet, firstRow: chart.firstRow, lastRow: chart.lastRow, series: chart.series, title: chart.title }, { categories, series }));
  ctx.added.set(`xl/drawings/drawing${d}.xml`, drawingXml(chart.anchor));
  ctx.added.set(`xl/drawings/_rels/drawing${d}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_CHART}" Target="../charts/chart${n}.xml"/></Relationships>`);
  const relsPath = relsPathOf(sheetPath);
  const old = ctx.pkg.text(relsPath) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const rel = addRel(old, REL_DRAWING, `../drawings/drawing${d}.xml`);
  if (ctx.pkg.byName.has(relsPath)) ctx.replace.set(relsPath, rel.xml);
  else ctx.added.set(relsPath, rel.xml);
  ctx.contentTypes = addOverride(ctx.contentTypes, `/xl/charts/chart${n}.xml`, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
  ctx.contentTypes = addOverride(ctx.contentTypes, `/xl/drawings/drawing${d}.xml`, "application/vnd.openxmlformats-officedocument.drawing+xml");
  return `<drawing r:id="${rel.id}"/>`;
}
