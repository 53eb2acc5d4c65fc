/**
 * Output cells of a run of sheet rows, stored by column instead of one {@link CellWrite} per cell: a number column is
 * one Float64Array, a text column one array. `writeResults` expands a block into writes (what the add-in batches);
 * a host that streams a sheet (the CLI's patching writer) asks for one row's writes at a time with {@link blockRow}
 * and never holds the whole list — at 50,000 innovations × 46 output columns that list was 2.3 million objects.
 */
import { type CellValue, type CellWrite, a1 } from "./grid.js";
import { looksLikeFormula } from "./safe-text.js";

/** Excel's limit of characters in one cell. */
export const CELL_TEXT_LIMIT = 32767;

/**
 * A column of a {@link RowBlock}: numbers (NaN = empty cell), text (null = empty cell), or text made when its row is
 * written (`made`: the Masalah sheet's messages, worded from their issues row by row instead of all held at once;
 * `filled`, when given, says whether row `i` has text without making it — {@link blockBounds} asks every row).
 */
export type BlockColumn =
  | { col: number; kind: "number"; values: Float64Array; numFmt?: string }
  | { col: number; kind: "text"; values: (string | null)[]; header?: boolean }
  | { col: number; kind: "made"; made: (i: number) => string | null; filled?: (i: number) => boolean; header?: boolean };

/** The text of row `i` of a text column (stored, or made now and stored the way {@link setBlockCell} stores it). */
export function blockText(c: Exclude<BlockColumn, { kind: "number" }>, i: number): string | null {
  if (c.kind === "text") return c.values[i]!;
  const v = cellValue(c.made(i));
  return v === null ? null : String(v);
}

/** Cells of rows `firstRow … firstRow + rows − 1` (0-based) in the columns `columns` (in write order) of `sheet`. */
export interface RowBlock {
  sheet: string;
  firstRow: number;
  rows: number;
  columns: BlockColumn[];
  /** Cells written nothing (the user's text in a fresh output column, left alone): `i * columns.length + k`. */
  skipped: Set<number>;
}

/** A value as every writer stores it: a non-finite number is empty, text is cut at Excel's cell limit. */
export function cellValue(value: CellValue): CellValue {
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  if (typeof value === "string" && value.length > CELL_TEXT_LIMIT) return `${value.slice(0, CELL_TEXT_LIMIT - 1)}…`;
  return value;
}

/** One cell write (value normalised by {@link cellValue}; risky text marked `text`). */
export function cellWrite(sheet: string, row: number, col: number, value: CellValue, extra: Partial<CellWrite> = {}): CellWrite {
  const v = cellValue(value);
  const w: CellWrite = { sheet, row, col, address: a1(row, col), value: v, ...extra };
  if (typeof v === "string" && looksLikeFormula(v)) w.text = true;
  return w;
}

/**
 * `made`, its text for the row last asked kept: a host asks for a row's text more than once as it writes the row (the
 * CLI's patcher for the row's height, then for its cell), and a text is worded from its issues each time it is made.
 */
function lastRowKept(made: (i: number) => string | null): (i: number) => string | null {
  let at = -1;
  let text: string | null = null;
  return (i) => {
    if (i !== at) [at, text] = [i, made(i)];
    return text;
  };
}

/** An empty block over `rows` rows with these columns (numbers NaN, text null; a made column's text kept for its last row). */
export function newRowBlock(sheet: string, firstRow: number, rows: number, columns: ({ col: number; kind: "number"; numFmt?: string } | { col: number; kind: "text" } | Extract<BlockColumn, { kind: "made" }>)[]): RowBlock {
  return {
    sheet,
    firstRow,
    rows,
    columns: columns.map((c) => (c.kind === "number" ? { ...c, values: new Float64Array(rows).fill(NaN) } : c.kind === "made" ? { ...c, made: lastRowKept(c.made) } : { ...c, values: new Array<string | null>(rows).fill(null) })),
    skipped: new Set(),
  };
}

/** Store a value in row `i` (0-based within the block), column `k`. */
export function setBlockCell(block: RowBlock, i: number, k: number, value: CellValue): void {
  const c = block.columns[k]!;
  const v = cellValue(value);
  if (c.kind === "number") c.values[i] = typeof v === "number" ? v : NaN;
  // a made column's text is made when its row is written: nothing is stored
  else if (c.kind === "text") c.values[i] = v === null ? null : String(v);
}

/** The writes of row `i` of the block, in column order of `columns`; skipped cells left out. */
export function blockRow(block: RowBlock, i: number): CellWrite[] {
  const out: CellWrite[] = [];
  const row = block.firstRow + i;
  const n = block.columns.length;
  for (let k = 0; k < n; k++) {
    if (block.skipped.size && block.skipped.has(i * n + k)) continue;
    const c = block.columns[k]!;
    if (c.kind === "number") {
      const v = c.values[i]!;
      out.push(cellWrite(block.sheet, row, c.col, Number.isNaN(v) ? null : v, c.numFmt ? { numFmt: c.numFmt } : {}));
    } else out.push(cellWrite(block.sheet, row, c.col, blockText(c, i), c.header ? { header: true } : {}));
  }
  return out;
}

/** Every write of the block, row by row. */
export function blockWrites(block: RowBlock): CellWrite[] {
  const out: CellWrite[] = [];
  for (let i = 0; i < block.rows; i++) for (const w of blockRow(block, i)) out.push(w);
  return out;
}

/** The rectangle of the block's non-empty cells (0-based, inclusive), or undefined when every cell is empty. */
export function blockBounds(block: RowBlock): { r1: number; c1: number; r2: number; c2: number } | undefined {
  let r1 = Infinity, c1 = Infinity, r2 = -1, c2 = -1;
  const n = block.columns.length;
  block.columns.forEach((c, k) => {
    const filled = (i: number) =>
      !(c.kind === "number" ? Number.isNaN(c.values[i]!) : c.kind === "made" && c.filled ? !c.filled(i) : blockText(c, i) === null) && !(block.skipped.size && block.skipped.has(i * n + k));
    // the first and the last filled row, each looked for from its end: a made column's text is not made for every row
    // (the Masalah sheet's columns, made again as each row is written)
    let first = 0;
    while (first < block.rows && !filled(first)) first++;
    if (first === block.rows) return;
    let last = block.rows - 1;
    while (!filled(last)) last--;
    r1 = Math.min(r1, block.firstRow + first);
    r2 = Math.max(r2, block.firstRow + last);
    c1 = Math.min(c1, c.col);
    c2 = Math.max(c2, c.col);
  });
  return r2 < 0 ? undefined : { r1, c1, r2, c2 };
}
