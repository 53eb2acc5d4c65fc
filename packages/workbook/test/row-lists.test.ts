/**
 * Rows named in the reader's notes are said one way (`rowsText`, core's `numberRanges`): runs of two or more as
 * ranges with an en dash, ", " between, the first five pieces and "…" past six. A range said only from the first row
 * to the last named rows that were not read (a pasted block with a blank row in it: "2 baris … (5–7)"). Cells (the
 * plan's) are A1 ranges, `rangeA1`.
 */
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../src/index.js";
import { rangeA1, rowsText } from "../src/grid.js";
import { addRow, e2026, fullInnovation } from "./helpers.js";
import { pastedBlock } from "./pasted-block.js";

describe("rows as the reader's notes name them", () => {
  it("rowsText: 1-based, runs joined, cut past six pieces", () => {
    expect(rowsText([2, 3])).toBe("3–4");
    expect(rowsText([2, 5, 6, 7, 8])).toBe("3, 6–9");
    expect(rowsText([0, 2, 4, 6, 8, 10, 12])).toBe("1, 3, 5, 7, 9, …");
  });

  it("rangeA1: cells as the plan names them, one cell without a colon", () => {
    expect([rangeA1(3, 2, 3, 54), rangeA1(3, 0), rangeA1(8, 0, 9, 0)]).toEqual(["C4:BC4", "A4", "A9:A10"]);
  });

  it("a block with a blank row in it: the rows read below its header, not the span over the blank one", () => {
    const { grids } = pastedBlock(true);
    // a blank row between the block's two innovations (rows 5 and 7 now)
    grids["Inovasi"]!.cells.splice(5, 0, []);
    const said = readWorkbook(grids).issues.find((i) => i.code === "header_row_own_order")!.text;
    expect(said).toContain("untuk 2 baris di bawahnya (5, 7)");
    expect(readWorkbook(grids, { locale: "en" }).issues.find((i) => i.code === "header_row_own_order")!.text).toContain("for the 2 rows below it (5, 7)");
  });

  it("rows of defaults only, apart: each run said, as the other row lists are", () => {
    const { grids } = pastedBlock(false);
    const g = grids["Inovasi"]!;
    g.cells.length = 3;
    for (const k of [0, 1, 2, 3]) {
      if (k === 2) addRow(g, fullInnovation(e2026, "Si Lain", "Dinas Kesehatan", "Kesehatan"));
      else addRow(g, { Ditolak: "Tidak", Tahun: 2026 });
    }
    const said = readWorkbook(grids).issues.find((i) => i.code === "prefilled_rows_skipped")!.text;
    expect(said).toMatch(/^3 baris \(4–5, 7\) hanya berisi/);
  });
});
