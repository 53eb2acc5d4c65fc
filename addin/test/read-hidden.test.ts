import { describe, expect, it } from "vitest";
import { listSheetEntries, listSheets, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { ctxOf, regionGrids } from "./fixtures.js";

describe("hidden sheets, as Excel's Worksheet.visibility says", () => {
  it("a hidden or very hidden sheet's grid is marked hidden, in the same sync as the names", async () => {
    const seed = regionGrids(3);
    seed["Daftar"] = { name: "Daftar", cells: [["Tahapan"], ["Inisiatif"], ["Uji Coba"]] };
    seed["Catatan"] = { name: "Catatan", cells: [["x"]] };
    const host = new FakeExcelHost(structuredClone(seed));
    host.sheet("Daftar")!.visibility = "VeryHidden";
    host.sheet("Catatan")!.visibility = "Hidden";
    const report = { syncs: 0, retries: 0 };
    const grids = await readGrids(ctxOf(host), { supports: host.supports }, report);
    expect(grids["Daftar"]!.hidden).toBe(true);
    expect(grids["Catatan"]!.hidden).toBe(true);
    expect(grids["Inovasi"]!.hidden).toBeUndefined();
    // the hidden contract sheet is still read (its lists are the template's)
    expect(grids["Daftar"]!.cells.length).toBeGreaterThan(0);
    expect(report.syncs).toBe(host.syncCount);
    expect(await listSheetEntries(ctxOf(host))).toContainEqual({ name: "Daftar", hidden: true });
    // a name taken is taken: the list of names has hidden sheets too
    expect(await listSheets(ctxOf(host))).toContain("Daftar");
  });

  it("sheet_missing lists only the sheets the analyst can see (the very hidden lists sheet is not one)", async () => {
    const seed = regionGrids(3);
    delete seed["Inovasi"];
    seed["Daftar"] = { name: "Daftar", cells: [["Tahapan"], ["Inisiatif"]] };
    const host = new FakeExcelHost(structuredClone(seed));
    host.sheet("Daftar")!.visibility = "VeryHidden";
    const out = scoreGrids(await readGrids(ctxOf(host), { supports: host.supports }));
    const missing = out.issues.find((i) => i.code === "sheet_missing");
    expect(missing?.message).toMatch(/"Pengaturan"/);
    expect(missing?.message).not.toMatch(/Daftar/);
  });
});
