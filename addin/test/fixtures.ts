import type { CellValue, WorkbookGrids } from "@inovasi/workbook";
import { addRow, e2026, fullInnovation, templateAsGrids } from "../../packages/workbook/test/helpers.js";
import type { XContext } from "../src/excel/adapter.js";
import type { FakeExcelHost } from "../src/host-fake/excel.js";

const URUSAN = ["Kesehatan", "Pendidikan", "Sosial", "Pekerjaan Umum"];
const AGENCIES = ["Dinas Kesehatan", "Kecamatan Hulu"];

/** A kabupaten workbook (template layout) with `n` innovations; every 7th has a rejected evidence, every 50th a typo. */
export function regionGrids(n: number): WorkbookGrids {
  const g = templateAsGrids(e2026);
  const inv = g["Inovasi"]!;
  for (let i = 0; i < n; i++) {
    const row: Record<string, CellValue> = fullInnovation(e2026, `Inovasi ${i + 1}`, AGENCIES[i % 2]!, URUSAN[i % URUSAN.length]!);
    if (i % 7 === 3) row["20. Bukti"] = "Tidak Ada";
    if (i % 50 === 10) row["Tahapan"] = "Penerapn";
    addRow(inv, row);
  }
  return g;
}

export { e2026 };

/**
 * Cells as the reader sees them: "" and null alike, trailing blanks dropped (to compare what a host read, or a sheet
 * the add-in wrote with the CLI's). Rows and cells may be missing (a grid built from writes).
 */
export function norm(cells: readonly (readonly (CellValue | undefined)[] | undefined)[]): CellValue[][] {
  const out = Array.from(cells, (r) => { const x = Array.from(r ?? [], (v) => (v === "" || v === undefined ? null : v)); while (x.length && x[x.length - 1] === null) x.pop(); return x; });
  while (out.length && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

/** Excel on the web's response limit (5 MB). */
export const LIMIT = 5 * 1024 * 1024;

/** The fake host's context as the adapter's structural type. */
export const ctxOf = (h: FakeExcelHost) => h.context as unknown as XContext;
