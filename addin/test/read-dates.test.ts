import { readWorkbook } from "@inovasi/workbook";
import { describe, expect, it } from "vitest";
import { type ReadReport, readGrids } from "../src/excel/adapter.js";
import { FakeExcelError, FakeExcelHost, FakeFunctionResult } from "../src/host-fake/excel.js";
import { ctxOf, regionGrids } from "./fixtures.js";

/** Three innovations whose implementation dates are date cells (a serial under a date format), as Excel holds them. */
async function readDates(date1904: boolean, excelApi = "1.17", failAsk = false) {
  const seed = regionGrids(3);
  const inv = seed["Inovasi"]!;
  const col = inv.cells[0]!.indexOf("Tanggal Penerapan");
  const host = new FakeExcelHost(structuredClone(seed));
  host.date1904 = date1904;
  host.excelApi = excelApi;
  if (failAsk) host.context.workbook.functions.date = () => new FakeFunctionResult(host, () => { throw new FakeExcelError("GeneralException", "no"); });
  const st = host.sheet("Inovasi")!;
  // 1 Feb 2025, 15 Mar 2024, 31 Dec 2023 — each as the serial the book's date system stores
  [[2025, 2, 1], [2024, 3, 15], [2023, 12, 31]].forEach(([y, m, d], i) => {
    st.cells[i + 1]![col] = host.serialOf(y!, m!, d!);
    st.formats.set(`${i + 1},${col}`, "dd/mm/yyyy");
  });
  const report: ReadReport = { syncs: 0, retries: 0 };
  const grids = await readGrids(ctxOf(host), { supports: host.supports }, report);
  const read = readWorkbook(grids);
  return { dates: read.input!.innovations.map((x) => x.implementationDate), report, host };
}

describe("the workbook's date system (asked of Excel: DATE(1904,1,1) through workbook.functions, ExcelApi 1.2)", () => {
  it("a 1904 book's date cells read as the dates the analyst sees, not four years and a day earlier", async () => {
    const { dates, report, host } = await readDates(true);
    expect(dates).toEqual(["2025-02-01", "2024-03-15", "2023-12-31"]);
    expect(report.date1904).toBe(true);
    expect(report.syncs).toBe(host.syncCount); // asked with the sheet names: no sync more
  });

  it("a 1900 book reads as before, with the same syncs", async () => {
    const { dates, report } = await readDates(false);
    expect(dates).toEqual(["2025-02-01", "2024-03-15", "2023-12-31"]);
    expect(report.date1904).toBeUndefined();
  });

  it("an Excel below ExcelApi 1.2 is not asked (its dates read in the 1900 system: the documented limit)", async () => {
    const { report } = await readDates(true, "1.1");
    expect(report.date1904).toBeUndefined();
    expect(report.retries).toBe(0);
  });

  it("an Excel that fails the question: the names asked again without it, dates read in the 1900 system", async () => {
    const { dates, report } = await readDates(false, "1.17", true);
    expect(dates).toEqual(["2025-02-01", "2024-03-15", "2023-12-31"]);
    expect(report.retries).toBe(1);
    expect(report.date1904).toBeUndefined();
  });
});
