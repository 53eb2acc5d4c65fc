/**
 * Drawing the template book (`templateBook(edition)` in the workbook package) with Office.js: the same sheets,
 * headers, dropdowns, prompts, widths, frozen panes, help and hidden lists sheet that `inovasi template` writes with
 * exceljs. Sheets the workbook already has are never touched.
 *
 * Syncs: 1 (sheet names) + 1 per ≈ 4 MB of cells (one for a shipped edition's template), + 1 to look at a new
 * workbook's only sheet ("Sheet1") when that may be the untouched default one (deleted with the last chunk when it is).
 */
import type { CellValue, TemplateBook, TemplateSheetSpec, ValidationSpec } from "@inovasi/workbook";
import { officeValue } from "@inovasi/workbook";
import { charsToPoints } from "./apply.js";
import type { Supports, XContext, XWorksheet } from "./types.js";
import { DEFAULT_CHUNK_BYTES, chunkBlocks, type WriteBlock } from "./write.js";
import { untouchedDefaultSheet } from "./default-sheet.js";

export interface TemplateReport {
  /** Sheets added, in tab order. */
  added: string[];
  /** Sheets left alone because the workbook has them (compared without case). */
  kept: string[];
  /** The new workbook's empty first sheet ("Sheet1", "Lembar1"), deleted once the template's sheets were in. */
  removed?: string;
  syncs: number;
}

/** Office.js's list source for a validation's list: an inline list without its quotes, a reference with "=". */
export function officeListSource(list: string): string {
  return list.startsWith('"') && list.endsWith('"') ? list.slice(1, -1) : `=${list}`;
}

/**
 * Draw the template's sheets that the workbook does not have yet; activates the book's active sheet when added.
 * `leaveOut`, given the workbook's sheet names, names template sheets not to draw even so (kept: the analyst's sheet of
 * another name is read for them). A dropdown whose list is on a sheet the workbook still lacks is left out (its prompt
 * stays): Excel refuses a list on a sheet that is not there.
 */
export async function renderTemplate(ctx: XContext, book: TemplateBook, opts: { supports?: Supports; chunkBytes?: number; leaveOut?: (names: string[]) => string[] } = {}): Promise<TemplateReport> {
  const supports = opts.supports ?? (() => true);
  let syncs = 0;
  const sync = async () => { syncs++; await ctx.sync(); };
  const wb = ctx.workbook;
  wb.worksheets.load("items/name");
  await sync();
  const names = wb.worksheets.items.map((w) => w.name);
  const have = new Set([...names, ...(opts.leaveOut?.(names) ?? [])].map((n) => n.toLowerCase()));
  const added: string[] = [];
  const kept: string[] = [];
  const blocks: WriteBlock[] = [];
  // every missing sheet first: a dropdown refers to the lists sheet (last in the book) or to Perangkat Daerah, and
  // Excel checks the reference when the rule is set
  const fresh = book.sheets.filter((s) => !have.has(s.name.toLowerCase()));
  for (const s of book.sheets) (fresh.includes(s) ? added : kept).push(s.name);
  // a new workbook's untouched "Sheet1" would stay as the first tab, empty, before the template's: it goes
  const spare = fresh.some((s) => s.visibility === "visible") ? await untouchedDefaultSheet(ctx, names, supports, sync) : undefined;
  const there = new Set([...names, ...added].map((n) => n.toLowerCase()));
  const sheets = new Map(fresh.map((s) => [s.name, wb.worksheets.add(s.name)]));
  for (const s of fresh) {
    const ws = sheets.get(s.name)!;
    const width = Math.max(1, ...s.cells.map((r) => r.length));
    if (s.cells.length) blocks.push({ sheet: s.name, row: 0, col: 0, values: s.cells.map((r) => Array.from({ length: width }, (_, i) => sent(r[i] ?? null))) });
    drawSheet(ws, s, width, supports, there);
  }
  const chunks = chunkBlocks(blocks, opts.chunkBytes ?? DEFAULT_CHUNK_BYTES);
  if (!chunks.length) chunks.push([]);
  for (let i = 0; i < chunks.length; i++) {
    for (const b of chunks[i]!) wb.worksheets.getItem(b.sheet).getRangeByIndexes(b.row, b.col, b.values.length, b.values[0]!.length).values = b.values;
    if (i === chunks.length - 1) {
      // rows fitted to the wrapped text now in them (ExcelApi 1.2), as the CLI's file sets their heights
      if (supports("1.2")) {
        for (const s of fresh) {
          const width = Math.max(1, ...s.cells.map((r) => r.length));
          if (s.cells.length && (s.wrap || s.boldRows.length)) wb.worksheets.getItem(s.name).getRangeByIndexes(0, 0, s.cells.length, width).format.autofitRows?.();
        }
      }
      if (added.includes(book.activeSheet)) wb.worksheets.getItem(book.activeSheet).activate();
      if (spare) wb.worksheets.getItem(spare).delete!();
    }
    await sync();
  }
  return { added, kept, syncs, ...(spare ? { removed: spare } : {}) };
}

/** A template cell as sent: risky text as text; empty cells untouched (the sheet is new). */
function sent(v: CellValue): CellValue {
  return v === null ? null : officeValue({ value: v });
}

function drawSheet(ws: XWorksheet, s: TemplateSheetSpec, width: number, supports: Supports, there: ReadonlySet<string>) {
  if (s.visibility === "veryHidden") ws.visibility = "VeryHidden";
  s.widths.forEach((w, c) => { ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = charsToPoints(w); });
  // wrapped text sits at the top of its cell; header rows wrap too (long indicator names), as the CLI draws them
  const wrap = (row: number, rows: number) => { const f = ws.getRangeByIndexes(row, 0, rows, width).format; f.wrapText = true; f.verticalAlignment = "Top"; };
  if (s.wrap && s.cells.length) wrap(0, s.cells.length);
  for (const r of s.boldRows) { ws.getRangeByIndexes(r, 0, 1, width).format.font.bold = true; if (!s.wrap) wrap(r, 1); }
  const { rows, cols } = s.freeze;
  if (ws.freezePanes) {
    if (rows > 0 && cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
    else if (rows > 0) ws.freezePanes.freezeRows(rows);
    else if (cols > 0) ws.freezePanes.freezeColumns(cols);
  }
  if (!supports("1.8")) return;
  for (const v of s.validations) {
    const { list, ...prompt } = v;
    validate(ws, list && !listSheets(list).every((n) => there.has(n.toLowerCase())) ? prompt : v);
  }
}

/** The sheets a validation's list refers to (`'Perangkat Daerah'!$A$2`, `Daftar!$A$1:$A$5`); none for an inline list. */
export function listSheets(list: string): string[] {
  if (list.startsWith('"')) return [];
  return [...list.matchAll(/'((?:[^']|'')+)'!|([^\s'!(),=:]+)!/g)].map((m) => (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!));
}

function validate(ws: XWorksheet, v: ValidationSpec) {
  const dv = ws.getRange(v.range).dataValidation;
  if (!dv) return;
  if (v.list) dv.rule = { list: { inCellDropDown: true, source: officeListSource(v.list) } };
  if (v.prompt) dv.prompt = { showPrompt: true, title: v.prompt.title, message: v.prompt.text };
  if (v.list) dv.errorAlert = { showAlert: v.strict, style: v.strict ? "Stop" : "Information", title: v.error?.title ?? "", message: v.error?.text ?? "" };
}
