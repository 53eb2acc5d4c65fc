/**
 * Writing the contract's cell writes as few rectangular ranges as possible, in as few syncs as the 5 MB request
 * limit allows.
 *
 * Grouping: on each sheet, the written columns fall into contiguous column groups; in each group, rows with writes
 * form one rectangle unless more than {@link ROW_GAP} rows in a row have none. Holes in a rectangle are sent as
 * `null`, which Office.js leaves untouched (a contract write of `null` — clear the cell — is sent as `""`). Header
 * cells are made bold by separate format ranges, so they never split a rectangle.
 *
 * Syncs, whatever the row count: 1 (sheet names, calculation mode, what `render.ts` needs to look up) + one per
 * payload chunk (≈ 4 MB each); the chart, output rendering and restored calculation mode ride in the last chunk.
 */
import type { CellValue, CellWrite } from "@inovasi/workbook";
import { officeValue } from "@inovasi/workbook";
import { jsonBytes } from "./types.js";

/** Rows without writes that still stay inside one rectangle (sent as nulls: 5 bytes a cell). */
export const ROW_GAP = 20;
/** Default bytes per sync: under Excel on the web's 5 MB request limit with room for the request envelope. */
export const DEFAULT_CHUNK_BYTES = 4_000_000;

/** A rectangle of writes on one sheet (row-major; `null` = leave the cell alone). */
export interface WriteBlock {
  sheet: string;
  row: number;
  col: number;
  values: CellValue[][];
  /**
   * Number formats, `null` = leave alone; undefined when the block sets none. They cover only the block's columns
   * from `formatCol` (absolute, default `col`) that have any format, so a wide block with formats in two columns does
   * not send a null for every other cell.
   */
  formats?: (string | null)[][];
  formatCol?: number;
}

/** A format-only range: bold headers, legend fills. */
export interface StyleRange {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
  bold?: boolean;
  fill?: string;
  /** Aligned right or centred on the tool's sheet (`CellWrite.horizontal`): a heading over a column of numbers. */
  horizontal?: "right" | "center";
}

/** Runs of consecutive integers in a sorted list, allowing gaps up to `gap`: [1,2,3,9] (gap 0) → [[1,3],[9,9]]. */
function runs(sorted: number[], gap: number): [number, number][] {
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n - last[1] <= gap + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/** The value a contract write sends: `""` clears, risky text gets Excel's text prefix. */
function sent(w: CellWrite): CellValue {
  return w.value === null ? "" : officeValue(w);
}

/** Group cell writes into rectangles (see the module comment). The later of two writes to one cell wins. */
export function groupWrites(writes: CellWrite[]): WriteBlock[] {
  const bySheet = new Map<string, Map<number, Map<number, CellWrite>>>();
  for (const w of writes) {
    const rows = bySheet.get(w.sheet) ?? bySheet.set(w.sheet, new Map()).get(w.sheet)!;
    (rows.get(w.row) ?? rows.set(w.row, new Map()).get(w.row)!).set(w.col, w);
  }
  const blocks: WriteBlock[] = [];
  for (const [sheet, rows] of bySheet) {
    const cols = new Set<number>();
    for (const line of rows.values()) for (const c of line.keys()) cols.add(c);
    for (const [c0, c1] of runs([...cols].sort((a, b) => a - b), 0)) {
      const used = [...rows.keys()].filter((r) => { const line = rows.get(r)!; for (let c = c0; c <= c1; c++) if (line.has(c)) return true; return false; }).sort((a, b) => a - b);
      for (const [r0, r1] of runs(used, ROW_GAP)) {
        const values: CellValue[][] = [];
        const formats: (string | null)[][] = [];
        let f0 = Infinity;
        let f1 = -Infinity;
        for (let r = r0; r <= r1; r++) {
          const line = rows.get(r);
          for (let c = c0; c <= c1; c++) if (line?.get(c)?.numFmt) { f0 = Math.min(f0, c); f1 = Math.max(f1, c); }
        }
        for (let r = r0; r <= r1; r++) {
          const line = rows.get(r);
          const v: CellValue[] = [];
          for (let c = c0; c <= c1; c++) {
            const w = line?.get(c);
            v.push(w ? sent(w) : null);
          }
          values.push(v);
          if (f0 <= f1) {
            const f: (string | null)[] = [];
            for (let c = f0; c <= f1; c++) f.push(line?.get(c)?.numFmt ?? null);
            formats.push(f);
          }
        }
        blocks.push({ sheet, row: r0, col: c0, values, ...(f0 <= f1 ? { formats, formatCol: f0 } : {}) });
      }
    }
  }
  return blocks;
}

/** Bold header runs and legend fills as format ranges (one per row run of equal style). */
export function styleRanges(writes: CellWrite[], extraBoldRows: { sheet: string; rows: number[] }[] = []): StyleRange[] {
  const key = (w: CellWrite) => `${w.sheet}\u0000${w.row}`;
  const cells = new Map<string, Map<number, { bold: boolean; fill?: string; horizontal?: "right" | "center" }>>();
  const bold = new Map(extraBoldRows.map((x) => [x.sheet, new Set(x.rows)]));
  for (const w of writes) {
    // an emptied cell is not made bold: a heading row of an earlier, longer run may be an empty row now
    const b = w.value !== null && (!!w.header || !!bold.get(w.sheet)?.has(w.row));
    const horizontal = w.value !== null ? w.horizontal : undefined;
    if (!b && !w.fill && !horizontal) continue;
    (cells.get(key(w)) ?? cells.set(key(w), new Map()).get(key(w))!).set(w.col, { bold: b, ...(w.fill ? { fill: w.fill } : {}), ...(horizontal ? { horizontal } : {}) });
  }
  const out: StyleRange[] = [];
  for (const [k, line] of cells) {
    const [sheet, rowText] = k.split("\u0000") as [string, string];
    const row = Number(rowText);
    let cur: StyleRange | undefined;
    for (const c of [...line.keys()].sort((a, b) => a - b)) {
      const s = line.get(c)!;
      if (cur && cur.col + cur.cols === c && !!cur.bold === s.bold && cur.fill === s.fill && cur.horizontal === s.horizontal) { cur.cols++; continue; }
      cur = { sheet, row, col: c, rows: 1, cols: 1, ...(s.bold ? { bold: true } : {}), ...(s.fill ? { fill: s.fill } : {}), ...(s.horizontal ? { horizontal: s.horizontal } : {}) };
      out.push(cur);
    }
  }
  return out;
}

/** Bytes a block adds to a request (values and formats as JSON, plus the range envelope). */
export function blockBytes(b: Pick<WriteBlock, "values" | "formats">): number {
  return jsonBytes(b.values) + (b.formats ? jsonBytes(b.formats) : 0) + 200;
}

/** Split blocks (by rows) so no single block is over `limit` bytes. */
export function splitBlocks(blocks: WriteBlock[], limit: number): WriteBlock[] {
  const out: WriteBlock[] = [];
  for (const b of blocks) {
    const size = blockBytes(b);
    if (size <= limit || b.values.length === 1) { out.push(b); continue; }
    const perRow = Math.max(1, Math.floor((b.values.length * limit) / size));
    for (let i = 0; i < b.values.length; i += perRow) {
      out.push({ ...b, row: b.row + i, values: b.values.slice(i, i + perRow), ...(b.formats ? { formats: b.formats.slice(i, i + perRow) } : {}) });
    }
  }
  return out;
}

/** How many leading rows of a block fit in `room` bytes (exactly, row by row). */
function rowsFitting(b: WriteBlock, room: number): number {
  let used = 200 + 2 + (b.formats ? 2 : 0);
  for (let i = 0; i < b.values.length; i++) {
    used += jsonBytes(b.values[i]) + 1 + (b.formats ? jsonBytes(b.formats[i]) + 1 : 0);
    if (used > room) return i;
  }
  return b.values.length;
}

/** Pack blocks into chunks of at most `limit` bytes, in order; a block that does not fit the current chunk's room is cut to fill it. */
export function chunkBlocks(blocks: WriteBlock[], limit: number): WriteBlock[][] {
  const chunks: WriteBlock[][] = [];
  let cur: WriteBlock[] = [];
  let room = limit;
  const queue = [...blocks];
  while (queue.length) {
    const b = queue.shift()!;
    const size = blockBytes(b);
    if (size <= room) { cur.push(b); room -= size; continue; }
    const perRow = rowsFitting(b, room);
    if (perRow >= 1 && b.values.length > 1) {
      const [head, tail] = [
        { ...b, values: b.values.slice(0, perRow), ...(b.formats ? { formats: b.formats.slice(0, perRow) } : {}) },
        { ...b, row: b.row + perRow, values: b.values.slice(perRow), ...(b.formats ? { formats: b.formats.slice(perRow) } : {}) },
      ];
      cur.push(head);
      queue.unshift(tail);
    } else if (!cur.length) {
      cur.push(b); // one row over the limit: sent alone, Excel decides
      room = 0;
      continue;
    } else queue.unshift(b);
    chunks.push(cur);
    cur = [];
    room = limit;
  }
  if (cur.length) chunks.push(cur);
  return chunks;
}
