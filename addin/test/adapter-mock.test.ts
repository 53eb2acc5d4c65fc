/**
 * The adapter against Microsoft's office-addin-mock: a property bag whose unloaded properties read back as an error
 * string. It proves the adapter loads every range property it reads before syncing (the in-memory host proves the
 * rest; the mock cannot model `items/name` on collections, its arrays are scalars, so a sheet's table collection is
 * modelled by its `count`).
 */
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { readUsedRanges, type XContext } from "../src/excel/adapter.js";

function mockContext(hiddenRows = false) {
  // `hidden`: the used columns' Range.columnHidden (null: some hidden), and each column's own, by absolute index
  // `formulas`: the address of the cells holding a formula (Range.getSpecialCellsOrNullObject("Formulas"), ExcelApi 1.9)
  // `rowHidden`: the used rows' Range.rowHidden (ExcelApi 1.2; the mock has no collections, so no null: "Visible"'s areas are the fake host's)
  const sheet = (values: string[][], rowIndex: number, columnIndex: number, merged: string, hidden: { all: boolean; each?: Record<number, boolean> } = { all: false }, formulas = "", rowHidden = false) => ({
    usedRange: { rowIndex, columnIndex, rowCount: values.length, columnCount: values[0]!.length },
    // null (some columns hidden) is set below: the mock's constructor takes a null for an object
    block: { values, columnHidden: hidden.all, rowHidden, merged: { address: merged, areaCount: merged.split(",").length }, getMergedAreasOrNullObject(this: { merged: unknown }) { return this.merged; }, formulas: { address: formulas, areaCount: formulas.split(",").length }, getSpecialCellsOrNullObject(this: { formulas: unknown }) { return this.formulas; } },
    column: Object.fromEntries(Object.entries(hidden.each ?? {}).map(([c, h]) => [`c${c}`, { columnHidden: h }])),
    tables: { count: 0 },
    getUsedRangeOrNullObject(this: { usedRange: unknown }) { return this.usedRange; },
    // a one-cell range is a column asked on its own (the hidden columns of a sheet with some hidden)
    getRangeByIndexes(this: { block: unknown; column: Record<string, unknown> }, _row: number, col: number, rows: number, cols: number) { return rows === 1 && cols === 1 ? this.column[`c${col}`] : this.block; },
  });
  const ctx = new OfficeMockObject({
    workbook: {
      worksheets: {
        Pengaturan: sheet([["Pengaturan", "Nilai"], ["Nama Daerah", "Kab. Uji"]], 0, 0, "Pengaturan!A1:B1"),
        Inovasi: sheet([["Nama Inovasi", "Perangkat Daerah"], ["Si Sehat", "Dinas Kesehatan"]], 2, 1, "Inovasi!C4:C5", { all: false, each: { 1: false, 2: true } }, "Inovasi!C4", hiddenRows),
        getItem(this: Record<string, unknown>, name: string) { return this[name]; },
      },
    },
  }) as unknown as { workbook: { worksheets: Record<string, { usedRange: Record<string, unknown>; block: { merged: object } }> }; sync(): Promise<void> };
  // some of Inovasi's used columns hidden: Range.columnHidden is null (the mock's own setter, which takes a null value)
  (ctx.workbook.worksheets["Inovasi"]!.block as unknown as { setValue(p: string, v: unknown): void }).setValue("columnHidden", null);
  // isNullObject is readable after any sync in Office.js; the mock would treat it as unloaded
  for (const n of ["Pengaturan", "Inovasi"]) {
    const ws = ctx.workbook.worksheets[n]! as unknown as { usedRange: object; tables: Record<string, unknown> };
    Object.defineProperty(ws.usedRange, "isNullObject", { value: false });
    Object.defineProperty(ctx.workbook.worksheets[n]!.block.merged, "isNullObject", { value: false });
    Object.defineProperty((ctx.workbook.worksheets[n]!.block as unknown as { formulas: object }).formulas, "isNullObject", { value: n === "Pengaturan" });
    // the mock has no collections: a table collection with no items, loaded like any other
    const t = ws.tables;
    const load = (t.load as (p: unknown) => unknown).bind(t);
    Object.defineProperty(t, "load", { value: () => load("count") });
    Object.defineProperty(t, "items", { get: () => (t.count === 0 ? [] : t.count) });
  }
  return ctx;
}

describe("adapter with office-addin-mock", () => {
  it("loads sizes, offsets and values before reading them", async () => {
    const ctx = mockContext();
    const grids = await readUsedRanges(ctx as unknown as XContext, ["Pengaturan", "Inovasi"]);
    expect(grids["Inovasi"]!.cells[2]).toEqual([null, "Nama Inovasi", "Perangkat Daerah"]);
    expect(grids["Inovasi"]!.cells[3]).toEqual([null, "Si Sehat", "Dinas Kesehatan"]);
    expect(grids["Pengaturan"]!.cells[1]).toEqual(["Nama Daerah", "Kab. Uji"]);
  });

  it("loads the merged areas' address and count before reading them (ExcelApi 1.13)", async () => {
    const ctx = mockContext();
    const grids = await readUsedRanges(ctx as unknown as XContext, ["Pengaturan", "Inovasi"], { supports: () => true });
    expect(grids["Inovasi"]!.merges).toEqual([{ row: 3, col: 2, rows: 1, cols: 1 }]); // cut at the used range's last row
    expect(grids["Pengaturan"]!.merges).toEqual([{ row: 0, col: 0, rows: 1, cols: 2 }]);
    // and (ExcelApi 1.9) where the formulas are: their address and count loaded before being read
    expect(grids["Inovasi"]!.formulaAreas).toEqual([{ row: 3, col: 2, rows: 1, cols: 1 }]);
    expect(grids["Pengaturan"]!.formulaAreas).toBeUndefined();
  });

  it("loads whether the used columns are hidden, then each column of a sheet with some hidden, before reading them (ExcelApi 1.2)", async () => {
    const ctx = mockContext();
    const report = { syncs: 0, retries: 0 };
    const grids = await readUsedRanges(ctx as unknown as XContext, ["Pengaturan", "Inovasi"], { supports: (v) => v === "1.2" }, report);
    expect(grids["Inovasi"]!.hiddenCols).toEqual([2]);
    expect(grids["Pengaturan"]!.hiddenCols).toBeUndefined();
    expect(report).toEqual({ syncs: 3, retries: 0 });
  });

  it("loads whether the used rows are hidden before reading it (ExcelApi 1.2): every row hidden, all of them, in no sync more", async () => {
    const report = { syncs: 0, retries: 0 };
    const grids = await readUsedRanges(mockContext(true) as unknown as XContext, ["Pengaturan", "Inovasi"], { supports: (v) => v === "1.2" }, report);
    // Inovasi's used range is B3:C4: its rows, absolute
    expect(grids["Inovasi"]!.hiddenRows).toEqual([2, 3]);
    expect(grids["Pengaturan"]!.hiddenRows).toBeUndefined();
    // the columns of Inovasi one by one: the one sync more there is
    expect(report).toEqual({ syncs: 3, retries: 0 });
  });

  it("the mock does refuse unloaded reads (so the test above can fail)", async () => {
    const ctx = mockContext();
    const r = ctx.workbook.worksheets["Inovasi"]!.usedRange;
    expect(typeof r.rowCount).not.toBe("number");
    await ctx.sync();
    expect(typeof r.rowCount).not.toBe("number");
  });
});
