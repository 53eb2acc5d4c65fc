/**
 * What analysts paste (blocks31): one agency's rows in the template's layout, then another agency's rows under that
 * agency's own header — in the same order, or with Tahapan and Bentuk swapped and SID-18's answer column moved past its
 * Dasar Ukur and Bukti. The same data either way: read, both must score the same. Shared by the workbook, CLI and add-in
 * tests.
 */
import type { CellValue, WorkbookGrids } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

/** Row 1's column at each column of the block's header: Tahapan ↔ Bentuk, SID-18's answer after its Bukti. */
export function blockOrder(head: readonly CellValue[]): number[] {
  const order = head.map((_, c) => c);
  const at = (h: string) => head.indexOf(h);
  const [t, b] = [at("Tahapan"), at("Bentuk")];
  [order[t], order[b]] = [b, t];
  const answer = at("18. Kemanfaatan inovasi");
  // [answer, Dasar Ukur, Bukti] → [Dasar Ukur, Bukti, answer]
  order.splice(answer, 3, answer + 1, answer + 2, answer);
  return order;
}

/**
 * The workbook: rows 2–3 Dinas Kesehatan's, row 4 the header again (`permuted`: in the block's order), rows 5–6
 * Kecamatan Hulu's — row 5's SID-18 answer "Ada" (not an option: an error at its cell), row 6's SID-18 evidence
 * "Tidak Ada" (a gap) — each with a Bentuk. `order`: row 1's column at each of the block's columns.
 */
export function pastedBlock(permuted: boolean): { grids: WorkbookGrids; order: number[] } {
  const grids = templateAsGrids(e2026);
  const g = grids["Inovasi"]!;
  const head = g.cells[0]!;
  const order = permuted ? blockOrder(head) : head.map((_, c) => c);
  addRow(g, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), Bentuk: "Pelayanan Publik" });
  addRow(g, { ...fullInnovation(e2026, "Si Tanggap", "Dinas Kesehatan", "Kesehatan"), Bentuk: "Tata Kelola" });
  g.cells.push(order.map((c) => head[c]!));
  addRow(g, { ...fullInnovation(e2026, "Si Cepat", "Kecamatan Hulu", "Sosial"), Bentuk: "Pelayanan Publik", "18. Kemanfaatan inovasi": "Ada" });
  addRow(g, { ...fullInnovation(e2026, "Si Hulu", "Kecamatan Hulu", "Kesehatan"), Bentuk: "Tata Kelola", "18. Bukti": "Tidak Ada" });
  for (const r of [4, 5]) {
    const row = g.cells[r]!;
    g.cells[r] = order.map((c) => row[c]!);
  }
  return { grids, order };
}
