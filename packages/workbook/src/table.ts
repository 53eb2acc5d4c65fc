import { type CellValue, type Grid, type TableInfo, cellAt, isBlank, normaliseHeader } from "./grid.js";
import { headerKey } from "./header-words.js";

/** A header row found in a grid: its row and each non-blank header's column, by normalised text. */
export interface HeaderRow {
  row: number;
  /** Normalised header → first column holding it. */
  columns: Map<string, number>;
  /** Every non-blank header cell: column, text as typed, and its `headerKey` (made once: columns are asked by it). */
  cells: { col: number; text: string; key: string }[];
  /** Normalised headers seen more than once, with every column. */
  duplicates: Map<string, number[]>;
  /** Last column holding a header. */
  lastCol: number;
}

/**
 * Find the header row: the header row of an Excel table on the sheet holding `anchor` (normalised), wherever the
 * table starts; else the first of the first `scan` rows holding it.
 */
export function findHeaderRow(grid: Grid, anchor: string, scan = 10): HeaderRow | undefined {
  const want = normaliseHeader(anchor);
  for (const t of grid.tables ?? []) {
    if (!t.headerRow) continue;
    const row = grid.cells[t.row] ?? [];
    for (let c = t.col; c < t.col + t.cols; c++) {
      const v = row[c];
      if (typeof v === "string" && normaliseHeader(v) === want) return headerRow(grid, t.row);
    }
  }
  for (let r = 0; r < Math.min(scan, grid.cells.length); r++) {
    const row = grid.cells[r] ?? [];
    if (row.some((v) => typeof v === "string" && normaliseHeader(v) === want)) return headerRow(grid, r);
  }
  return undefined;
}

/** The first of `scan` rows holding one of `keys` ({@link headerKey}s: a rewording of an anchor such as "Judul Inovasi"). */
export function rewordedHeaderRow(grid: Grid, keys: readonly string[], scan = 10): HeaderRow | undefined {
  for (let r = 0; r < Math.min(scan, grid.cells.length); r++) {
    if ((grid.cells[r] ?? []).some((v) => typeof v === "string" && keys.includes(headerKey(v)))) return headerRow(grid, r);
  }
  return undefined;
}

export function headerRow(grid: Grid, r: number): HeaderRow {
  const row = grid.cells[r] ?? [];
  const hidden = new Set(grid.hiddenCols);
  const columns = new Map<string, number>();
  const seen = new Map<string, number[]>();
  const cells: HeaderRow["cells"] = [];
  let lastCol = -1;
  row.forEach((v, c) => {
    if (isBlank(v ?? null)) return;
    const text = String(v).trim();
    const key = normaliseHeader(text);
    cells.push({ col: c, text, key: headerKey(text) });
    lastCol = c;
    // the same header twice: the first visible column is the one read (a hidden copy never silently)
    const had = columns.get(key);
    if (had === undefined || (hidden.has(had) && !hidden.has(c))) columns.set(key, c);
    seen.set(key, [...(seen.get(key) ?? []), c]);
  });
  const duplicates = new Map([...seen].filter(([, cols]) => cols.length > 1));
  return { row: r, columns, cells, duplicates, lastCol };
}

/** Column of a header (normalised match), or undefined. */
export function col(h: HeaderRow, header: string): number | undefined {
  return h.columns.get(normaliseHeader(header));
}

/** Whether every cell of row `r` in the given columns is blank. */
export function rowBlank(grid: Grid, r: number, cols: number[]): boolean {
  if (!cols.every((c) => isBlank(cellAt(grid, r, c)))) return false;
  // a formula without a saved value is not blank: the reader reports it (a row of such formulas is not skipped)
  const unsaved = grid.unsavedFormulas && unsavedColumnsByRow(grid).get(r);
  return !unsaved?.some((c) => cols.includes(c));
}

const unsavedRows = new WeakMap<Grid, Map<number, number[]>>();

/** A grid's formulas without a saved value as row → columns, made once per grid. */
function unsavedColumnsByRow(grid: Grid): Map<number, number[]> {
  let m = unsavedRows.get(grid);
  if (!m) {
    m = new Map();
    for (const f of grid.unsavedFormulas ?? []) m.set(f.row, [...(m.get(f.row) ?? []), f.col]);
    unsavedRows.set(grid, m);
  }
  return m;
}

export type { CellValue };

/** The Excel table whose header row is row `r` and that covers column `c`, if any. */
export function tableAt(grid: Grid, r: number, c: number): TableInfo | undefined {
  return (grid.tables ?? []).find((t) => t.headerRow && t.row === r && c >= t.col && c < t.col + t.cols);
}

/** Rows that are a table's totals row (not data): the reader skips them. */
export function totalsRows(grid: Grid): Set<number> {
  return new Set((grid.tables ?? []).filter((t) => t.totalsRow).map((t) => t.row + t.rows - 1));
}
