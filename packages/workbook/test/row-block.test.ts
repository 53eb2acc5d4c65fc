import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { OUTPUT_COLUMNS, a1, blockBounds, blockText, indicatorsOf, releaseInputCells, blockRow, blockWrites, locateIssues, readWorkbook, writeResultBlocks, writeResults, type WorkbookGrids } from "../src/index.js";
import { newRowBlock } from "../src/row-block.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function sampleGrids(): WorkbookGrids {
  const g = templateAsGrids();
  addRow(g["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
  addRow(g["Inovasi"]!, { ...fullInnovation(e2026, "=HYPERLINK(\"http://x\",\"klik\")", "Kecamatan Hulu", "Sosial"), "20. Bukti": "Tidak Ada" });
  // an unknown agency and a blank answer: notes in the output columns
  addRow(g["Inovasi"]!, { ...fullInnovation(e2026, "Si Keliru", "Dinas Entah", "Kesehatan"), Tahapan: null });
  return g;
}

function both(grids: WorkbookGrids) {
  const read = readWorkbook(grids);
  const result = scoreRegion(read.input!, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source)];
  const opts = { source: read.source, issues, edition: read.edition };
  return { writes: writeResults(grids, result, opts), blocks: writeResultBlocks(grids, result, opts) };
}

describe("writeResultBlocks (the innovation rows' output cells by column)", () => {
  it("holds exactly the cells writeResults lists, in the same order once expanded; every other write and issue is the same", () => {
    const { writes, blocks } = both(sampleGrids());
    // the innovation rows, then the Masalah sheet's issue rows (from its fourth row)
    expect(blocks.blocks.map((x) => [x.sheet, x.firstRow])).toEqual([["Inovasi", 1], ["Masalah", 3]]);
    const b = blocks.blocks[0]!;
    expect(b.sheet).toBe("Inovasi");
    expect(b.firstRow).toBe(1);
    expect(b.rows).toBe(3);
    // six fixed columns, then a claimed/verified pair per SID indicator
    expect(b.columns.length).toBe(Object.keys(OUTPUT_COLUMNS).length + 2 * indicatorsOf(e2026, "SID").length);
    const expanded = blockWrites(b);
    expect(expanded.length).toBe(b.rows * b.columns.length);
    const header = blocks.writes.filter((w) => w.sheet === "Inovasi" && w.row === 0);
    const rest = blocks.writes.filter((w) => !(w.sheet === "Inovasi" && w.row === 0));
    expect(writes.writes).toEqual([...header, ...expanded, ...rest, ...blockWrites(blocks.blocks[1]!)]);
    // Masalah: three rows of writes (marker, count, header), then a row per issue in the block (text columns, cut at the cell limit like every output cell)
    expect(rest.filter((w) => w.sheet === "Masalah").map((w) => w.row)).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2]);
    const m = blocks.blocks[1]!;
    expect(m.rows).toBeGreaterThan(0);
    // made from their issues as the rows are written
    expect(m.columns.every((c) => c.kind === "made")).toBe(true);
    expect(blockWrites(m).filter((w) => w.col === 4).every((w) => typeof w.value === "string" && w.value.length > 0)).toBe(true); // every row has its message
    expect(blocks.issues).toEqual(writes.issues);
    expect(blocks.output).toEqual(writes.output);
    // a risky text keeps its guard when it comes out of a block
    expect(expanded.some((w) => w.text === true)).toBe(writes.writes.some((w) => w.sheet === "Inovasi" && w.text === true));
  });

  it("leaves out the cells where the user typed into a fresh output column, as writeResults does", () => {
    const grids = sampleGrids();
    const inv = grids["Inovasi"]!;
    const width = inv.cells[0]!.length;
    inv.cells[2]![width + 1] = "catatan saya"; // row 3, the second output column (Skor Terverifikasi)
    const { writes, blocks } = both(grids);
    const b = blocks.blocks[0]!;
    expect(b.skipped).toEqual(new Set([1 * b.columns.length + 1]));
    expect(blockRow(b, 1).some((w) => w.col === width + 1)).toBe(false);
    expect(writes.writes.some((w) => w.sheet === "Inovasi" && w.row === 2 && w.col === width + 1)).toBe(false);
    expect(writes.issues.filter((i) => i.code === "output_cell_not_ours").map((i) => i.cell)).toEqual([a1(2, width + 1)]);
  });

  it("a formula whose result is empty (=\"\") where an output column goes is left alone and said at its cell, as a typed cell", () => {
    const grids = sampleGrids();
    const inv = grids["Inovasi"]!;
    const width = inv.cells[0]!.length;
    inv.cells[2]![width + 1] = ""; // row 3, Skor Terverifikasi's place: ="" reads as ""
    inv.formulaAreas = [{ row: 2, col: width + 1, rows: 1, cols: 1 }];
    const { writes, blocks } = both(grids);
    const b = blocks.blocks[0]!;
    expect(b.skipped).toEqual(new Set([1 * b.columns.length + 1]));
    expect(writes.writes.some((w) => w.sheet === "Inovasi" && w.row === 2 && w.col === width + 1)).toBe(false);
    const said = writes.issues.filter((i) => i.code === "output_cell_not_ours");
    expect(said.map((i) => [i.sheet, i.cell])).toEqual([["Inovasi", a1(2, width + 1)]]);
    expect(said[0]!.message).toMatch(/berisi rumus yang hasilnya kosong/);
    // the same cell typed empty, not a formula: written (an empty cell is the tool's to fill)
    delete inv.formulaAreas;
    expect(both(grids).writes.issues.some((i) => i.code === "output_cell_not_ours")).toBe(false);
  });

  it("blockBounds looks for a column's first and last filled rows from its ends: a made column's text is made for a few rows, not all 10,000", () => {
    let made = 0;
    const rows = 10_000;
    // filled from row 2 to row 9,996 but for a hole in the middle; a skipped cell at its last row
    const text = (i: number) => (made++, i >= 2 && i <= 9_996 && i !== 5_000 ? `teks ${i}` : null);
    const block = { sheet: "Masalah", firstRow: 3, rows, columns: [{ col: 0, kind: "made" as const, made: text }, { col: 2, kind: "made" as const, made: text, filled: (i: number) => i < 7 }], skipped: new Set([9_996 * 2]) };
    expect(blockBounds(block)).toEqual({ r1: 3, c1: 0, r2: 9_998, c2: 2 }); // column 0 from row 2 to 9,995 (9,996 skipped), column 2 rows 0–6
    expect(made).toBeLessThanOrEqual(10); // every row before (10,000)
  });

  it("blockBounds covers the non-empty cells only", () => {
    const { blocks } = both(sampleGrids());
    const b = blocks.blocks[0]!;
    const cells = blockWrites(b).filter((w) => w.value !== null);
    expect(blockBounds(b)).toEqual({
      r1: Math.min(...cells.map((w) => w.row)),
      c1: Math.min(...cells.map((w) => w.col)),
      r2: Math.max(...cells.map((w) => w.row)),
      c2: Math.max(...cells.map((w) => w.col)),
    });
  });
});

describe("releaseInputCells (the rows' input cells let go once read)", () => {
  it("writeResults writes the same cells and reports the same issues after it: a first run, the user's text in an output column, a re-run (its output cells let go too)", () => {
    const grids = sampleGrids();
    const inv = grids["Inovasi"]!;
    const width = inv.cells[0]!.length;
    inv.cells[2]![width + 1] = "catatan saya";
    const read = readWorkbook(grids);
    const result = scoreRegion(read.input!, read.edition);
    const opts = { source: read.source, edition: read.edition };
    const before = writeResults(grids, result, opts);
    const held = inv.cells.slice(1).reduce((n, r) => n + r.filter((v) => v !== null && v !== undefined).length, 0);
    releaseInputCells(grids, read.source);
    expect(inv.cells.slice(1).reduce((n, r) => n + r.filter((v) => v !== null && v !== undefined).length, 0)).toBe(1); // only the typed output cell
    expect(held).toBeGreaterThan(100);
    expect(inv.cells[0]!.length).toBe(width); // the header row stays whole
    expect(writeResults(grids, result, opts)).toEqual(before);

    // a re-run: the scored rows (output columns filled) read again, then released
    const again = sampleGrids();
    for (const w of before.writes) if (w.sheet === "Inovasi") (again["Inovasi"]!.cells[w.row] ??= [])[w.col] = w.value;
    const read2 = readWorkbook(again);
    const result2 = scoreRegion(read2.input!, read2.edition);
    const opts2 = { source: read2.source, edition: read2.edition };
    const rerun = writeResults(again, result2, opts2);
    const scoredCells = again["Inovasi"]!.cells.slice(1).reduce((n, r) => n + r.filter((v) => v !== null && v !== undefined).length, 0);
    releaseInputCells(again, read2.source);
    // the earlier run's output cells go with the input: the writer looks only past the last headed column
    expect(again["Inovasi"]!.cells.slice(1).reduce((n, r) => n + r.filter((v) => v !== null && v !== undefined).length, 0)).toBe(0);
    expect(scoredCells).toBeGreaterThan(held);
    expect(writeResults(again, result2, opts2)).toEqual(rerun);
  });
});

describe("a made column (text made when its row is written)", () => {
  it("makes a row's text once while that row is asked again (a host asks for its height, then its cell)", () => {
    const made: number[] = [];
    const block = newRowBlock("Masalah", 3, 2, [{ col: 0, kind: "made", made: (i) => (made.push(i), `pesan ${i}`) }]);
    const c = block.columns[0] as Exclude<(typeof block.columns)[number], { kind: "number" }>;
    expect([blockText(c, 0), blockText(c, 0), blockText(c, 1), blockText(c, 1), blockText(c, 0)]).toEqual(["pesan 0", "pesan 0", "pesan 1", "pesan 1", "pesan 0"]);
    expect(made).toEqual([0, 1, 0]);
  });
});

describe("rows below the data holding only formulas whose result is empty (a template's formulas filled down)", () => {
  it("the output block ends at the last row holding something, before and after the input cells are let go", () => {
    const grids = sampleGrids();
    const inv = grids["Inovasi"]!;
    const head = inv.cells[0]!;
    // a "JUMLAH" row under the list (not an innovation: it holds something), then 60 rows of ="" in three columns
    addRow(inv, { "Nama Inovasi": "JUMLAH", "Jumlah Kata Rancang Bangun": 1200 });
    for (let i = 0; i < 60; i++) inv.cells.push(head.map((h) => (h === "Urusan" || h === "1. Bukti" || h === "Tahun" ? "" : null)));
    const read = readWorkbook(grids);
    expect(read.source.innovations!.lastRow).toBe(4);
    const result = scoreRegion(read.input!, read.edition);
    const opts = { source: read.source, edition: read.edition };
    const before = writeResults(grids, result, opts);
    const rows = (w: typeof before) => w.writes.filter((x) => x.sheet === "Inovasi" && x.row > 0).map((x) => x.row);
    expect(Math.max(...rows(before))).toBe(4);
    // the colour rules too (their ranges end at row 5, the JUMLAH row's)
    const ends = before.output.conditionalFormats.filter((f) => f.sheet === "Inovasi").map((f) => Number(/(\d+)$/.exec(f.range)![1]));
    expect(ends.length).toBeGreaterThan(0);
    expect(Math.max(...ends)).toBe(5);
    releaseInputCells(grids, read.source);
    expect(writeResults(grids, result, opts)).toEqual(before);
  });
});
