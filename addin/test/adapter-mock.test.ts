/**
 * The adapter against Microsoft's office-addin-mock: a property bag whose unloaded properties read back as an error
 * string. It proves the adapter loads every range property it reads before syncing (the in-memory host proves the
 * rest; the mock cannot model `items/name` on collections, its arrays are scalars).
 */
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { readUsedRanges, type XContext } from "../src/excel/adapter.js";

function mockContext() {
  const sheet = (values: string[][], rowIndex: number, columnIndex: number) => ({
    usedRange: { values, rowIndex, columnIndex },
    getUsedRangeOrNullObject(this: { usedRange: unknown }) { return this.usedRange; },
  });
  const ctx = new OfficeMockObject({
    workbook: {
      worksheets: {
        Pengaturan: sheet([["Pengaturan", "Nilai"], ["Nama Daerah", "Kab. Uji"]], 0, 0),
        Inovasi: sheet([["Nama Inovasi", "Perangkat Daerah"], ["Si Sehat", "Dinas Kesehatan"]], 2, 1),
        getItem(this: Record<string, unknown>, name: string) { return this[name]; },
      },
    },
  }) as unknown as { workbook: { worksheets: Record<string, { usedRange: Record<string, unknown> }> }; sync(): Promise<void> };
  // isNullObject is readable after any sync in Office.js; the mock would treat it as unloaded
  for (const n of ["Pengaturan", "Inovasi"]) Object.defineProperty(ctx.workbook.worksheets[n]!.usedRange, "isNullObject", { value: false });
  return ctx;
}

describe("adapter with office-addin-mock", () => {
  it("loads values and offsets before reading them, in one sync", async () => {
    const ctx = mockContext();
    const grids = await readUsedRanges(ctx as unknown as XContext, ["Pengaturan", "Inovasi"]);
    expect(grids["Inovasi"]!.cells[2]).toEqual([null, "Nama Inovasi", "Perangkat Daerah"]);
    expect(grids["Inovasi"]!.cells[3]).toEqual([null, "Si Sehat", "Dinas Kesehatan"]);
    expect(grids["Pengaturan"]!.cells[1]).toEqual(["Nama Daerah", "Kab. Uji"]);
  });

  it("the mock does refuse unloaded reads (so the test above can fail)", async () => {
    const ctx = mockContext();
    const r = ctx.workbook.worksheets["Inovasi"]!.usedRange;
    expect(r.values).not.toEqual([["Nama Inovasi", "Perangkat Daerah"], ["Si Sehat", "Dinas Kesehatan"]]);
    await ctx.sync();
    expect(r.values).not.toEqual([["Nama Inovasi", "Perangkat Daerah"], ["Si Sehat", "Dinas Kesehatan"]]);
  });
});
