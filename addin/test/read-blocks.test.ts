import type { WorkbookGrids } from "@inovasi/workbook";
import { formatColumns } from "@inovasi/workbook";
import { describe, expect, it } from "vitest";
import { type ReadReport, columnRuns, isPayloadTooLarge, packSegments, readGrids, readUsedRanges } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { ctxOf, LIMIT, norm, regionGrids } from "./fixtures.js";

async function readIn(seed: WorkbookGrids, opts: { budgetBytes?: number } = {}) {
  const host = new FakeExcelHost(structuredClone(seed));
  const report: ReadReport = { syncs: 0, retries: 0 };
  // as the pane reads: merged areas asked too (ExcelApi 1.13; none here, so null objects), within the same syncs
  const grids = await readGrids(ctxOf(host), { supports: host.supports, ...opts }, report);
  return { host, grids, report };
}

describe("reading under Excel on the web's 5 MB response limit", () => {
  it("the in-memory host refuses a response over 5 MB, as Excel does, and leaves the property unloaded", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(10_000)));
    const used = host.context.workbook.worksheets.getItem("Inovasi").getUsedRangeOrNullObject(true).load("values");
    // a response too large is Excel's ResponsePayloadSizeLimitExceeded (Excel.ErrorCodes), not the request's code
    await expect(host.context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(() => used.values).toThrow(/not available/);
    // the one-load-per-sheet read the adapter used to do cannot read this workbook in Excel on the web
    const names = Object.keys(regionGrids(1));
    const oneShot = async () => {
      const ranges = names.map((n) => host.context.workbook.worksheets.getItem(n).getUsedRangeOrNullObject(true).load(["values", "rowIndex", "columnIndex"]));
      await host.context.sync();
      return ranges;
    };
    await expect(oneShot()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  }, 60_000);

  for (const [rows, maxSyncs] of [[1_000, 4], [10_000, 7], [50_000, 20]] as const) {
    it(`reads ${rows.toLocaleString("en")} innovations in at most ${maxSyncs} syncs, every response under 5 MB, cells as in the workbook`, async () => {
      const seed = regionGrids(rows);
      const { host, grids, report } = await readIn(seed);
      expect(report.retries).toBe(0);
      expect(report.syncs).toBe(host.syncCount);
      expect(host.syncCount).toBeLessThanOrEqual(maxSyncs);
      expect(host.maxResponse).toBeLessThanOrEqual(LIMIT);
      // the bound is the data's size: 3 syncs (names; sizes and tables; the sample) and blocks filled to at least
      // 80 % of the 4 MB budget (the estimate is the sample's longest row)
      const bytes = host.responses.reduce((a, b) => a + b, 0);
      expect(host.syncCount).toBeLessThanOrEqual(Math.ceil(bytes / 3_200_000) + 3);
      for (const g of Object.values(seed)) expect(norm(grids[g.name]!.cells), g.name).toEqual(norm(g.cells));
    }, 120_000);
  }

  it("reads the number formats of the columns the reader needs (formatColumns), and only those", async () => {
    const seed = regionGrids(300);
    const inv = seed["Inovasi"]!;
    const header = inv.cells[0]!;
    const answerCol = header.findIndex((h) => typeof h === "string" && /^1\. /.test(h));
    const nameCol = header.indexOf("Nama Inovasi");
    const dateCol = header.indexOf("Tanggal Penerapan");
    inv.formats = [];
    for (let r = 1; r < inv.cells.length; r++) inv.formats[r] = Object.assign([], { [answerCol]: "0%", [nameCol]: "@", [dateCol]: "dd/mm/yyyy" });
    const { grids } = await readIn(seed);
    const f = grids["Inovasi"]!.formats!;
    expect(f[5]![answerCol]).toBe("0%");
    expect(f[300]![dateCol]).toBe("dd/mm/yyyy");
    expect(f[5]![nameCol]).toBeUndefined(); // not a column the reader needs: never loaded
    expect(formatColumns(header)).toContain(answerCol);
    expect(grids["SPD"]!.formats ?? []).toEqual([]); // all General
  });

  it("reads number formats under a short indicator heading the reader takes (review18 F1: \"14\", \"Pengaduan\")", async () => {
    const seed = regionGrids(10);
    const inv = seed["Inovasi"]!;
    const col = inv.cells[0]!.findIndex((h) => typeof h === "string" && /^14\. /.test(h));
    inv.cells[0]![col] = "Pengaduan";
    inv.formats = [];
    inv.formats[3] = Object.assign([], { [col]: "0%" });
    const { grids } = await readIn(seed);
    expect(grids["Inovasi"]!.formats?.[3]?.[col]).toBe("0%");
  });

  it("reads number formats under a table's header row that starts below the first ten rows", async () => {
    const seed = regionGrids(30);
    const inv = seed["Inovasi"]!;
    const answerCol = inv.cells[0]!.findIndex((h) => typeof h === "string" && /^1\. /.test(h));
    inv.cells.unshift(["Daftar inovasi"], ...Array.from({ length: 13 }, () => []));
    inv.tables = [{ name: "T", row: 14, col: 0, rows: 31, cols: inv.cells[14]!.length, headerRow: true, totalsRow: false }];
    inv.formats = [];
    inv.formats[20] = Object.assign([], { [answerCol]: "0%" });
    const { grids } = await readIn(seed);
    expect(grids["Inovasi"]!.formats?.[20]?.[answerCol]).toBe("0%");
  });

  it("reads the sheet's Excel tables (ListObjects) into Grid.tables", async () => {
    const seed = regionGrids(20);
    const inv = seed["Inovasi"]!;
    inv.tables = [{ name: "TabelInovasi", row: 0, col: 0, rows: 21, cols: inv.cells[0]!.length, headerRow: true, totalsRow: false }];
    const { grids } = await readIn(seed);
    expect(grids["Inovasi"]!.tables).toEqual(inv.tables);
    expect(grids["SPD"]!.tables).toBeUndefined();
  });

  it("never reads cells of sheets the contract does not name (only their names)", async () => {
    const seed = regionGrids(5);
    seed["Catatan Pribadi"] = { name: "Catatan Pribadi", cells: Array.from({ length: 2_000 }, (_, i) => [`baris ${i}`, "x".repeat(500)]) };
    const { grids, host } = await readIn(seed);
    expect(grids["Catatan Pribadi"]).toEqual({ name: "Catatan Pribadi", cells: [] });
    expect(host.responses.reduce((a, b) => a + b, 0)).toBeLessThan(200_000);
  });

  it("a block Excel refuses as too large is asked again in halves (rows further down longer than the sample)", async () => {
    const seed = regionGrids(2_000);
    const inv = seed["Inovasi"]!;
    const nameCol = inv.cells[0]!.indexOf("Nama Inovasi");
    for (let r = 1_500; r < inv.cells.length; r++) inv.cells[r]![nameCol] = `Inovasi ${r} ${"panjang ".repeat(400)}`;
    const host = new FakeExcelHost(structuredClone(seed));
    host.payloadLimit = 1_000_000;
    const report: ReadReport = { syncs: 0, retries: 0 };
    const grids = await readUsedRanges(ctxOf(host), Object.keys(seed), { budgetBytes: 800_000 }, report);
    expect(report.retries).toBeGreaterThan(0);
    expect(host.maxResponse).toBeLessThanOrEqual(1_000_000);
    expect(norm(grids["Inovasi"]!.cells)).toEqual(norm(inv.cells));
  }, 60_000);

  it("both of Excel's size refusals are retried; the fake says which: the request (writes) or the response (reads)", async () => {
    expect(isPayloadTooLarge({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadTooLarge({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
    expect(isPayloadTooLarge({ code: "GeneralException" })).toBe(false);
    expect(isPayloadTooLarge(new Error("x"))).toBe(false);
    const host = new FakeExcelHost({ Inovasi: { name: "Inovasi", cells: [["x".repeat(3_000)]] } });
    host.payloadLimit = 1_000;
    host.context.workbook.worksheets.getItem("Inovasi").getRangeByIndexes(0, 0, 1, 1).values = [["y".repeat(2_000)]];
    await expect(host.context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    host.context.workbook.worksheets.getItem("Inovasi").getRangeByIndexes(0, 0, 1, 1).load("values");
    await expect(host.context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("a single row over the limit is an error, not an endless retry", async () => {
    const host = new FakeExcelHost({ Inovasi: { name: "Inovasi", cells: [["Nama Inovasi"], ["x".repeat(2_000)]] } });
    host.payloadLimit = 1_000;
    await expect(readGrids(ctxOf(host), { budgetBytes: 500 })).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

describe("read planning (pure)", () => {
  it("column runs; batches filled to the budget and never over it; every row once", () => {
    expect(columnRuns([7, 1, 2, 3, 3])).toEqual([{ col: 1, cols: 3 }, { col: 7, cols: 1 }]);
    const fmt = [{ col: 2, cols: 1 }];
    const batches = packSegments([
      { sheet: "S", from: 0, to: 99, formats: fmt, rowBytes: 20 },
      { sheet: "S", from: 100, to: 999, values: [{ col: 0, cols: 10 }], formats: fmt, rowBytes: 1_020 },
    ], 100_000);
    for (const b of batches) expect(b.reduce((n, x) => n + x.bytes, 0)).toBeLessThanOrEqual(100_000);
    expect(batches.length).toBe(Math.ceil((100 * 20 + 900 * 1_020) / 100_000) + 0); // filled, not one block per batch
    const rows = batches.flat().filter((b) => b.values).flatMap((b) => Array.from({ length: b.rows }, (_, i) => b.row + i));
    expect(rows).toEqual(Array.from({ length: 900 }, (_, i) => 100 + i));
    expect(batches[0]![0]!.values).toBeUndefined(); // sample rows: formats only
  });
});
