/**
 * Merged areas of the sheets the contract reads, as `Grid.merges` (0-based, absolute): the reader takes a merged
 * range's top-left value for the blank cells below it, as `inovasi score` does from the file's `<mergeCell>`s.
 *
 * Office.js gives them with `Range.getMergedAreasOrNullObject()` (ExcelApi 1.13): the areas whose top-left cell lies
 * in the range, as one A1 address. They are asked with the read's sample (no sync more). Excel fails the request when
 * a range holds more than 512 of them; what it fails with is not documented, so any error of a sync that asked for
 * merged areas is taken as that refusal: the sample is asked again without them and the ranges apart, in halves by
 * rows (areas are found by their top-left cell, so halves never give one twice), at most {@link MAX_MERGE_SPLITS}
 * times (32 ranges a sheet: up to 16,384 areas) and {@link MAX_APART_SYNCS} syncs; past that, the rows of a range
 * still refused are read as before, without their merged areas, and the sheet is named in `ReadReport.mergesSkipped`.
 * The answer's `areaCount` is loaded with its address: when the address lists another number of areas (cut short), the
 * areas are read one by one (`RangeAreas.areas`), never taken as fewer merged cells than there are.
 */
import type { CellRange, Grid } from "@inovasi/workbook";
import { type Supports, type XContext, type XRangeAreas, utf8Length } from "./types.js";

/** The most merged areas Excel returns for one range (more fail the request). */
export const MAX_MERGED_AREAS = 512;
/** Times a range whose merged areas Excel refused is halved before the sheet is read without them. */
export const MAX_MERGE_SPLITS = 5;
/** The longest reference of one area ("XFD1048575:XFD1048576") with its "!" and separating comma. */
const AREA_REF_BYTES = 23;

/** Rows of one sheet's used range whose merged areas to ask for. */
export interface MergeSpan {
  sheet: string;
  row: number;
  rows: number;
  col: number;
  cols: number;
  /** Times halved after a refusal. */
  splits: number;
}

/** Whether the host can give merged areas (ExcelApi 1.13). */
export function canReadMerges(supports: Supports | undefined): boolean {
  return !!supports && supports("1.13");
}

/**
 * The most bytes a response carries for one range's merged areas: 512 addresses, each with its sheet's name (quoted,
 * as Excel writes a name with spaces). What the read sets aside from its budget per sheet.
 */
export function mergeResponseBytes(sheet: string): number {
  return MAX_MERGED_AREAS * (utf8Length(sheet) + 2 + AREA_REF_BYTES) + 20;
}

/** Ask for a span's merged areas, their address and how many there are (queued; read after the next sync). */
export function askMerges(ctx: XContext, s: MergeSpan): XRangeAreas {
  return ctx.workbook.worksheets.getItem(s.sheet).getRangeByIndexes(s.row, s.col, s.rows, s.cols).getMergedAreasOrNullObject!().load(["address", "areaCount"]);
}

/** Areas cut at the span's last row (rows below the used range hold nothing to read); areas starting outside left out. */
function within(areas: CellRange[], s: MergeSpan, usedBottom: number): CellRange[] {
  const out: CellRange[] = [];
  for (const a of areas) {
    const rows = Math.min(a.rows, usedBottom - a.row + 1);
    if (rows < 1 || a.row < s.row || a.row >= s.row + s.rows) continue;
    out.push({ ...a, rows });
  }
  return out;
}

/**
 * The areas a loaded answer holds (see {@link within}); undefined when its address lists fewer or more areas than its
 * `areaCount` says: an address Excel cut short, whose areas are then read one by one ({@link readMergesByArea}).
 */
export function mergesOf(areas: XRangeAreas, s: MergeSpan, usedBottom: number): CellRange[] | undefined {
  if (areas.isNullObject) return [];
  const all = parseAreas(areas.address);
  if (all.length !== areas.areaCount) return undefined;
  return within(all, s, usedBottom);
}

/**
 * The merged areas of spans whose address came back cut, one rectangle at a time (`RangeAreas.areas`, ExcelApi 1.9,
 * implied by the 1.13 that gives merged areas): as many spans a sync as the budget holds at 512 areas each. A span
 * whose areas still do not add up, or whose sync fails, is left unread and its sheet named in `skipped`.
 */
export async function readMergesByArea(ctx: XContext, spans: MergeSpan[], bottom: Map<string, number>, budget: number, sync: () => Promise<void>, onRetry: () => void): Promise<MergesApart> {
  const out: MergesApart = { merges: new Map(), skipped: new Set(), cut: [] };
  let rest = [...spans];
  while (rest.length) {
    let bytes = 0;
    const fit = rest.findIndex((s, i) => (bytes += 2 * mergeResponseBytes(s.sheet)) > budget && i > 0);
    const batch = fit > 0 ? rest.slice(0, fit) : rest;
    rest = fit > 0 ? rest.slice(fit) : [];
    const asked = batch.map((s) => {
      const areas = askMerges(ctx, s);
      areas.areas.load("items/address");
      return { s, areas };
    });
    try {
      await sync();
    } catch {
      onRetry();
      for (const s of batch) out.skipped.add(s.sheet);
      continue;
    }
    for (const { s, areas } of asked) {
      if (areas.isNullObject) continue;
      const all = areas.areas.items.flatMap((a) => parseAreas(a.address));
      if (all.length !== areas.areaCount) { out.skipped.add(s.sheet); continue; }
      const found = within(all, s, bottom.get(s.sheet) ?? s.row + s.rows - 1);
      if (found.length) out.merges.set(s.sheet, [...(out.merges.get(s.sheet) ?? []), ...found]);
    }
  }
  return out;
}

/** A span's two halves by rows; undefined when it cannot be halved again. */
export function halveSpan(s: MergeSpan): MergeSpan[] | undefined {
  if (s.rows < 2 || s.splits >= MAX_MERGE_SPLITS) return undefined;
  const top = Math.ceil(s.rows / 2);
  return [
    { ...s, rows: top, splits: s.splits + 1 },
    { ...s, row: s.row + top, rows: s.rows - top, splits: s.splits + 1 },
  ];
}

/**
 * A RangeAreas address as rectangles: "Inovasi!D2:D4,'Perangkat Daerah'!A2:A3" → 0-based boxes. Areas are separated
 * by commas outside a quoted sheet name; the reference follows the area's last "!". Whole rows or columns ("3:5",
 * "D:D") become the rectangle they cover. A part that is not a reference is left out.
 */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i <= address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if ((ch === "," && !quoted) || i === address.length) {
      const part = address.slice(start, i);
      const bang = part.lastIndexOf("!");
      const box = boxOf(part.slice(bang + 1).trim());
      if (box) out.push(box);
      start = i + 1;
    }
  }
  return out;
}

const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function boxOf(ref: string): CellRange | undefined {
  const cells = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(ref);
  if (cells) {
    const c1 = colIndex(cells[1]!), r1 = Number(cells[2]) - 1;
    const c2 = cells[3] ? colIndex(cells[3]) : c1, r2 = cells[4] ? Number(cells[4]) - 1 : r1;
    return box(r1, c1, r2, c2);
  }
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(ref);
  if (cols) return box(0, colIndex(cols[1]!), MAX_ROWS - 1, colIndex(cols[2]!));
  const rows = /^\$?(\d{1,7}):\$?(\d{1,7})$/.exec(ref);
  if (rows) return box(Number(rows[1]) - 1, 0, Number(rows[2]) - 1, MAX_COLS - 1);
  return undefined;
}

function box(r1: number, c1: number, r2: number, c2: number): CellRange | undefined {
  if (r1 < 0 || c1 < 0 || r2 < r1 || c2 < c1 || r2 >= MAX_ROWS || c2 >= MAX_COLS) return undefined;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

/** What {@link readMergesApart} found: areas per sheet, the sheets some of whose areas Excel did not give, and the spans whose address came back cut (to read one by one). */
export interface MergesApart {
  merges: Map<string, CellRange[]>;
  skipped: Set<string>;
  cut: MergeSpan[];
}

/** Syncs {@link readMergesApart} may make (refused ones included) before it leaves what is left unread. */
export const MAX_APART_SYNCS = 12;

/**
 * The merged areas of sheets Excel refused together (more than 512 areas in one of them, or another failure). Every
 * range is halved by rows and all are asked in one sync (as many as the budget allows); when that sync fails, every
 * range that can still be halved is, and the lot asked again. Ranges that cannot be halved any more are asked in two
 * groups, then alone; one refused alone is left unread. At most {@link MAX_APART_SYNCS} syncs. `bottom` is each
 * sheet's last used row.
 */
export async function readMergesApart(ctx: XContext, refused: MergeSpan[], bottom: Map<string, number>, budget: number, sync: () => Promise<void>, onRetry: () => void): Promise<MergesApart> {
  const out: MergesApart = { merges: new Map(), skipped: new Set(), cut: [] };
  const halved = (batch: MergeSpan[]) => batch.flatMap((s) => halveSpan(s) ?? [s]);
  const batches: MergeSpan[][] = [halved(refused)];
  let syncs = 0;
  while (batches.length) {
    let batch = batches.shift()!;
    if (syncs >= MAX_APART_SYNCS) {
      for (const s of batch) out.skipped.add(s.sheet);
      continue;
    }
    // as many ranges as the budget holds at 512 areas each; the rest next
    let bytes = 0;
    const fit = batch.findIndex((s, i) => (bytes += mergeResponseBytes(s.sheet)) > budget && i > 0);
    if (fit > 0) { batches.unshift(batch.slice(fit)); batch = batch.slice(0, fit); }
    const asked = batch.map((s) => ({ s, areas: askMerges(ctx, s) }));
    syncs++;
    try {
      await sync();
    } catch {
      onRetry();
      if (batch.some((s) => halveSpan(s))) batches.unshift(halved(batch));
      else if (batch.length > 1) batches.unshift(batch.slice(0, Math.ceil(batch.length / 2)), batch.slice(Math.ceil(batch.length / 2)));
      else out.skipped.add(batch[0]!.sheet);
      continue;
    }
    for (const { s, areas } of asked) {
      const found = mergesOf(areas, s, bottom.get(s.sheet) ?? s.row + s.rows - 1);
      if (!found) out.cut.push(s);
      else if (found.length) out.merges.set(s.sheet, [...(out.merges.get(s.sheet) ?? []), ...found]);
    }
  }
  // a sheet skipped keeps the areas it was given: each is one the analyst sees; the rest read as before
  return out;
}

/**
 * The cells a merged area covers besides its top-left one hold nothing (null), as in the file: Office.js gives them as
 * "" like any empty cell, and the reader takes the top-left value only for a cell that holds nothing.
 */
export function blankCovered(g: Grid): void {
  for (const m of g.merges ?? []) {
    for (let r = m.row; r < Math.min(g.cells.length, m.row + m.rows); r++) {
      const line = g.cells[r];
      if (!line) continue;
      for (let c = m.col; c < Math.min(line.length, m.col + m.cols); c++) if ((r !== m.row || c !== m.col) && line[c] === "") line[c] = null;
    }
  }
}
