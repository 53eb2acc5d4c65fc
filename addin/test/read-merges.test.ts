/**
 * Merged areas (ExcelApi 1.13) read under Excel on the web's limits: they ride in the sample sync (no round trip
 * more), a sheet with more than 512 is asked again in halves, a host that keeps refusing leaves the rest unread and
 * says which sheet; addresses as Excel writes them.
 */
import type { CellRange, WorkbookGrids } from "@inovasi/workbook";
import { describe, expect, it } from "vitest";
import { MAX_APART_SYNCS, MAX_MERGED_AREAS, type ReadReport, parseAreas, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { ctxOf, LIMIT, norm, regionGrids } from "./fixtures.js";

const sorted = (m: CellRange[] | undefined) => [...(m ?? [])].sort((a, b) => a.row - b.row || a.col - b.col);

/** `n` innovations with the agency merged over `every` rows from the first (the covered cells blank, as in Excel). */
function mergedRegion(n: number, every: number): WorkbookGrids {
  const g = regionGrids(n);
  const inv = g["Inovasi"]!;
  const col = inv.cells[0]!.indexOf("Perangkat Daerah");
  inv.merges = [];
  for (let r = 1; r + every - 1 <= n; r += every) {
    inv.merges.push({ row: r, col, rows: every, cols: 1 });
    for (let k = 1; k < every; k++) inv.cells[r + k]![col] = null;
  }
  return g;
}

async function readIn(seed: WorkbookGrids, set: (h: FakeExcelHost) => void = () => {}, merges = true) {
  const host = new FakeExcelHost(structuredClone(seed));
  set(host);
  const report: ReadReport = { syncs: 0, retries: 0 };
  const grids = await readGrids(ctxOf(host), merges ? { supports: host.supports } : {}, report);
  return { host, grids, report };
}

describe("merged areas read with the sample (ExcelApi 1.13)", () => {
  it("10,000 innovations, 500 merged agencies: the same syncs as a read without them, every response under 5 MB", async () => {
    const seed = mergedRegion(10_000, 20); // 500 areas: under Excel's 512
    const without = await readIn(seed, () => {}, false);
    const { host, grids, report } = await readIn(seed);
    expect(report).toEqual({ syncs: without.report.syncs, retries: 0 });
    expect(host.syncCount).toBeLessThanOrEqual(7); // as read-blocks.test.ts allows 10,000 innovations
    expect(host.maxResponse).toBeLessThanOrEqual(LIMIT);
    expect(sorted(grids["Inovasi"]!.merges)).toEqual(seed["Inovasi"]!.merges);
    expect(without.grids["Inovasi"]!.merges).toBeUndefined();
    for (const name of ["Pengaturan", "SPD", "Perangkat Daerah"]) expect(grids[name]!.merges, name).toBeUndefined(); // null objects
  }, 120_000);

  it("a sheet with more than 512 merged areas: asked again in halves, every area read once, a few syncs more", async () => {
    const seed = mergedRegion(6_000, 3); // 2,000 areas: refused whole, and in halves; read in quarters
    const without = await readIn(seed, () => {}, false);
    const { host, grids, report } = await readIn(seed);
    expect(sorted(grids["Inovasi"]!.merges)).toEqual(seed["Inovasi"]!.merges);
    expect(report.mergesSkipped).toBeUndefined();
    // refused with the sample (asked again without them), then in halves; read in quarters: one sync more
    expect(report.retries).toBe(2);
    expect(report.syncs).toBe(without.report.syncs + 1);
    expect(host.maxResponse).toBeLessThanOrEqual(LIMIT);
  }, 120_000);

  it("an address listing fewer areas than its areaCount is not taken as fewer merged cells: the areas are read one by one", async () => {
    const seed = mergedRegion(300, 3); // 100 areas
    const without = await readIn(seed, () => {}, false);
    const { grids, report } = await readIn(seed, (h) => { h.maxAreasInAddress = 40; });
    expect(sorted(grids["Inovasi"]!.merges)).toEqual(seed["Inovasi"]!.merges);
    expect(report.mergesSkipped).toBeUndefined();
    expect(report.syncs).toBe(without.report.syncs + 1); // one sync more, for the areas one by one
  });

  it("a cut address on a sheet asked again in halves (over 512 areas) is read one by one too", async () => {
    const seed = mergedRegion(2_400, 3); // 800 areas: refused whole, read in halves of 400
    const { grids, report } = await readIn(seed, (h) => { h.maxAreasInAddress = 100; });
    expect(sorted(grids["Inovasi"]!.merges)).toEqual(seed["Inovasi"]!.merges);
    expect(report.mergesSkipped).toBeUndefined();
  }, 60_000);

  it("areas that do not add up even one by one: the sheet is named (merged cells never silently read as unmerged)", async () => {
    const seed = mergedRegion(300, 3);
    const { grids, report } = await readIn(seed, (h) => { h.maxAreasInAddress = 40; h.maxAreaItems = 40; });
    expect(report.mergesSkipped).toEqual(["Inovasi"]);
    expect(grids["Inovasi"]!.merges ?? []).toEqual([]);
  });

  it("areas Excel never gives: the rest read without them, the sheet named, cells as in the workbook", async () => {
    const seed = mergedRegion(200, 2);
    const { grids, report } = await readIn(seed, (h) => { h.maxMergedAreas = 0; });
    expect(report.mergesSkipped).toContain("Inovasi");
    expect(grids["Inovasi"]!.merges).toBeUndefined();
    expect(norm(grids["Inovasi"]!.cells)).toEqual(norm(seed["Inovasi"]!.cells));
    expect(report.retries).toBeLessThanOrEqual(1 + MAX_APART_SYNCS); // the sample, then a bounded number of tries
    expect(report.retries).toBeGreaterThan(5); // five halvings at least
  });

  it("a sample Excel refuses as too large (long cells at the top): asked again smaller, the merged areas with it", async () => {
    const seed = mergedRegion(200, 2);
    const inv = seed["Inovasi"]!;
    const nameCol = inv.cells[0]!.indexOf("Nama Inovasi");
    for (let r = 1; r <= 200; r++) inv.cells[r]![nameCol] = `Inovasi ${r} ${"panjang ".repeat(6_000)}`;
    const host = new FakeExcelHost(structuredClone(seed));
    host.payloadLimit = 1_000_000;
    const report: ReadReport = { syncs: 0, retries: 0 };
    const grids = await readGrids(ctxOf(host), { supports: host.supports, budgetBytes: 800_000 }, report);
    expect(report.retries).toBe(1); // the sample, once; the merged areas never apart
    expect(report.mergesSkipped).toBeUndefined();
    expect(sorted(grids["Inovasi"]!.merges)).toEqual(inv.merges);
    expect(norm(grids["Inovasi"]!.cells)).toEqual(norm(inv.cells));
    expect(host.maxResponse).toBeLessThanOrEqual(1_000_000);
  }, 60_000);

  it("an area reaching past the used range is cut at its last row (nothing below to read); a heading merge is kept", async () => {
    const seed = regionGrids(3);
    const inv = seed["Inovasi"]!;
    const col = inv.cells[0]!.indexOf("Perangkat Daerah");
    inv.merges = [{ row: 0, col: 0, rows: 1, cols: 2 }, { row: 3, col, rows: 10, cols: 1 }];
    const { grids } = await readIn(seed);
    expect(sorted(grids["Inovasi"]!.merges)).toEqual([{ row: 0, col: 0, rows: 1, cols: 2 }, { row: 3, col, rows: 1, cols: 1 }]);
    expect(MAX_MERGED_AREAS).toBe(512);
  });
});

describe("merged areas' address (RangeAreas.address)", () => {
  it("reads Excel's A1 addresses: sheets quoted or not, commas in a quoted name, spaces after commas, $ signs", () => {
    expect(parseAreas("Inovasi!B2:B4,Inovasi!P2:Q3")).toEqual([{ row: 1, col: 1, rows: 3, cols: 1 }, { row: 1, col: 15, rows: 2, cols: 2 }]);
    expect(parseAreas("'Perangkat Daerah'!A2:A3, 'Perangkat Daerah'!$D$1:$E$1")).toEqual([{ row: 1, col: 0, rows: 2, cols: 1 }, { row: 0, col: 3, rows: 1, cols: 2 }]);
    expect(parseAreas("'a, b!''c'!AA10:AB11")).toEqual([{ row: 9, col: 26, rows: 2, cols: 2 }]);
    expect(parseAreas("S!C:C,S!3:4")).toEqual([{ row: 0, col: 2, rows: 1_048_576, cols: 1 }, { row: 2, col: 0, rows: 2, cols: 16_384 }]);
    expect(parseAreas("")).toEqual([]);
    expect(parseAreas("S!#REF!,S!A0:B2,S!B2:A1")).toEqual([]);
  });
});
