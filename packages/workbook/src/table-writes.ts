import { type CellValue, type CellWrite, a1 } from "./grid.js";
import { looksLikeFormula } from "./safe-text.js";

/**
 * The writes of a table the tool draws on its own sheet (Rekap, Banding, Banding Tahun) from its rows: empty cells
 * skipped, the first row and `headingRows` bold, text a spreadsheet would read as a formula marked text, and each
 * number given the format `numFmt` chooses for its place (none when it gives undefined).
 */
export function tableWrites(sheet: string, rows: CellValue[][], headingRows: readonly number[], numFmt: (row: number, col: number, value: number) => string | undefined): CellWrite[] {
  const writes: CellWrite[] = [];
  rows.forEach((row, r) =>
    row.forEach((v, col) => {
      if (v === null || v === undefined) return;
      const w: CellWrite = { sheet, row: r, col, address: a1(r, col), value: v };
      if (headingRows.includes(r) || r === 0) w.header = true;
      if (typeof v === "string" && looksLikeFormula(v)) w.text = true;
      const f = typeof v === "number" ? numFmt(r, col, v) : undefined;
      if (f) w.numFmt = f;
      writes.push(w);
    }),
  );
  return writes;
}
