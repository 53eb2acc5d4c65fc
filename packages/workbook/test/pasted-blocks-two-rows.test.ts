/**
 * Blocks pasted under their own header when the sheet's header is in two rows (a merged indicator heading over
 * "Jawaban" | "Dasar Ukur" | "Bukti"): a repeated header's row under is read into it as the top one's is, so the block
 * is compared column for column — read with its layout when its columns are the same in another order, its row of
 * sub-headers skipped (before: read as an innovation, an error per cell) — and one whose row under is not sub-headers
 * stays the error, saying so.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { type CellValue, type WorkbookGrids, readWorkbook, writeResults } from "../src/index.js";
import { addRow, applyWrites, e2026, fullInnovation, templateAsGrids } from "./helpers.js";
import { blockOrder } from "./pasted-block.js";

/** A one-row header as two: each indicator's columns under its heading (merged over them), its roles in the row under. */
function twoRows(head: readonly CellValue[], row: number): { top: CellValue[]; under: CellValue[]; merges: NonNullable<WorkbookGrids[string]["merges"]> } {
  const top: CellValue[] = [...head];
  const under: CellValue[] = head.map(() => null);
  const merges: NonNullable<WorkbookGrids[string]["merges"]> = [];
  const num = (v: CellValue) => (typeof v === "string" ? /^(\d+)\. /.exec(v)?.[1] : undefined);
  for (let c = 0; c < head.length; ) {
    const n = num(head[c]!);
    let end = c + 1;
    while (n !== undefined && end < head.length && num(head[end]!) === n) end++;
    if (n !== undefined && end - c > 1) {
      const heading = head.slice(c, end).find((v) => !/\. (Bukti|Dasar Ukur)$/.test(String(v)))!;
      for (let k = c; k < end; k++) {
        const v = String(head[k]);
        under[k] = v.endsWith(". Bukti") ? "Bukti" : v.endsWith(". Dasar Ukur") ? "Dasar Ukur" : "Jawaban";
        top[k] = k === c ? heading : null;
      }
      merges.push({ row, col: c, rows: 1, cols: end - c });
    }
    c = end;
  }
  return { top, under, merges };
}

/**
 * Rows 1–2 the header in two rows, row 3 Dinas Kesehatan's innovation, rows 4–5 the header again (`permuted`: in
 * blockOrder's order), row 6 Kecamatan Hulu's innovation in the block's order.
 */
function book(permuted: boolean, edit?: (under: CellValue[]) => void): WorkbookGrids {
  const grids = templateAsGrids(e2026);
  const g = grids["Inovasi"]!;
  const head = g.cells[0]!;
  const order = permuted ? blockOrder(head) : head.map((_, c) => c);
  addRow(g, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), Bentuk: "Pelayanan Publik" });
  addRow(g, { ...fullInnovation(e2026, "Si Hulu", "Kecamatan Hulu", "Sosial"), Bentuk: "Tata Kelola" });
  const a = twoRows(head, 0);
  const b = twoRows(order.map((c) => head[c]!), 3);
  edit?.(b.under);
  const data = g.cells[2]!;
  g.cells = [a.top, a.under, g.cells[1]!, b.top, b.under, order.map((c) => data[c]!)];
  g.merges = [...a.merges, ...b.merges];
  return grids;
}
const codes = (grids: WorkbookGrids) => readWorkbook(grids).issues.map((i) => `${i.severity}:${i.code}@${i.cell}`);
const scored = (grids: WorkbookGrids) => {
  const r = readWorkbook(grids);
  return { r, result: scoreRegion(r.input!, r.edition) };
};

describe("a block pasted under its own header in two rows", () => {
  it("in the sheet's order: its row of sub-headers is skipped with it, not read as an innovation (before: an error per cell)", () => {
    const grids = book(false);
    expect(codes(grids)).toEqual(["info:sub_header_read@P2", "info:header_row_repeated@A4"]);
    expect(readWorkbook(grids).input!.innovations.map((i) => i.name)).toEqual(["Si Sehat", "Si Hulu"]);
  });

  it("in another order: read with its own layout, as the same data in one layout", () => {
    const plain = scored(book(false));
    const block = scored(book(true));
    expect(codes(book(true))).toEqual(["info:sub_header_read@P2", "info:header_row_own_order@C4"]);
    expect(block.r.input!.innovations).toEqual(plain.r.input!.innovations);
    expect(block.result.verified).toEqual(plain.result.verified);
    const inv = block.r.source.innovations!;
    expect(inv.blocks!.map((x) => [x.row, x.indicators["SID-18"]])).toEqual([[3, { measure: 48, evidence: 49, answer: 50 }]]);
    expect(inv.indicators["SID-18"]).toEqual({ answer: 48, measure: 49, evidence: 50 });
  });

  it("colours no header row: the sheet's row under its header (row 2) and the block's header (rows 4–5) in no rule", () => {
    for (const permuted of [false, true]) {
      const { r, result } = scored(book(permuted));
      expect(r.source.innovations!.headerRows).toEqual([1, 3, 4]);
      const rules = writeResults(book(permuted), result, { source: r.source, issues: r.issues, edition: e2026 }).output.conditionalFormats;
      // a rule per field on row 3 and one on row 6, each its row alone
      expect(new Set(rules.map((x) => x.range.replace(/^[A-Z]+/, "").replace(/:[A-Z]+/, ":")))).toEqual(new Set(["3:3", "6:6"]));
      expect(rules.filter((x) => x.range.endsWith("3")).length).toBe(rules.length / 2);
      expect(rules[0]!.formula).toMatch(/^\$[A-Z]+3="Tidak"$/);
    }
  });

  it("its scored copy read again: the same blocks and innovations (the notes in Skor Catatan on rows 2 and 4 are the tool's)", () => {
    for (const permuted of [false, true]) {
      const { r, result } = scored(book(permuted));
      const grids = book(permuted);
      applyWrites(grids, writeResults(grids, result, { source: r.source, issues: r.issues, edition: e2026 }).writes);
      const notes = grids["Inovasi"]!.cells[0]!.indexOf("Skor Catatan");
      expect(String(grids["Inovasi"]!.cells[1]![notes])).toContain("P2: judul kolom ada di dua baris");
      // before: row 2's note made it no row of sub-headers: every evidence column missing, rows 2 and 5 read as innovations
      expect(codes(grids)).toEqual(codes(book(permuted)));
      const again = readWorkbook(grids);
      expect([again.source.innovations!.blocks, again.source.innovations!.headerRows]).toEqual([r.source.innovations!.blocks, r.source.innovations!.headerRows]);
      expect(again.input!.innovations).toEqual(r.input!.innovations);
    }
  });

  it("one whose row under is not sub-headers stays the error, saying why and what to do (id and en)", () => {
    const grids = book(true, (under) => { under[under.indexOf("Bukti")] = "Keterangan"; });
    expect(codes(grids)).toContain("error:header_row_reordered@C4");
    const said = (locale: "id" | "en") => readWorkbook(grids, { locale }).issues.find((i) => i.code === "header_row_reordered")!.text;
    expect(said("id")).toContain(`, dan bukan judul dua baris seperti baris 1–2 (baris 5 di bawahnya tidak terbaca sebagai sub-judul: hanya "Jawaban", "Dasar Ukur" atau "Bukti" di bawah judul indikator) maupun satu baris judul dengan kolom yang sama dalam urutan lain;`);
    expect(said("id")).toMatch(/; tulis baris 5 seperti baris 2, atau pindahkan isinya ke kolom yang sama dengan baris 1, lalu hapus baris judul ini$/);
    expect(said("en")).toContain(`, and it is neither a header in two rows like rows 1–2 (row 5 under it is not read as sub-headers: only "Jawaban", "Dasar Ukur" or "Bukti" under an indicator's heading) nor one header row with the same columns in another order;`);
    expect(said("en")).toMatch(/; write row 5 as row 2 is, or move them into the same columns as row 1, then delete this header row$/);
  });
});
