import type { CellValue, WorkbookGrids } from "@inovasi/workbook";
import { addRow, e2026, fullInnovation, templateAsGrids } from "../../packages/workbook/test/helpers.js";

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
