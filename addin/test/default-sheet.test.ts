/**
 * "Sisipkan lembar templat" into a new workbook: the empty "Sheet1" / "Lembar1" Excel opened it with goes once the
 * template's sheets are in — only when it is surely untouched (the one sheet, nothing used, formats counted, no chart,
 * no shape); anything else keeps it.
 */
import { templateBook } from "@inovasi/workbook";
import { describe, expect, it } from "vitest";
import { type XContext, renderTemplate } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { e2026 } from "./fixtures.js";

const book = templateBook(e2026);
const visible = book.sheets.filter((s) => s.visibility === "visible").map((s) => s.name);
const insert = (host: FakeExcelHost) => renderTemplate(host.context as unknown as XContext, book, { supports: host.supports });

describe("the new workbook's empty first sheet", () => {
  it.each(["Sheet1", "Lembar1"])("%s, untouched: deleted after the template's sheets are in; the template is as without it", async (name) => {
    const host = new FakeExcelHost({ [name]: { name, cells: [] } });
    const report = await insert(host);
    expect(report.removed).toBe(name);
    expect(host.sheets.map((s) => s.name)).toEqual(book.sheets.map((s) => s.name));
    expect(host.activeSheet).toBe(book.activeSheet);
    // the same sheets, cells and looks as inserted into a workbook that never had it
    const none = new FakeExcelHost({ Catatan: { name: "Catatan", cells: [["x"]] } });
    await insert(none);
    for (const s of visible) expect(host.sheet(s)!.cells).toEqual(none.sheet(s)!.cells);
  });

  const kept: [string, (h: FakeExcelHost) => void, string?][] = [
    ["a value in it", (h) => { h.sheet("Sheet1")!.cells = [[null, "catatan"]]; }],
    ["only a format on it (a bold cell)", (h) => { h.sheet("Sheet1")!.bold.add("4,2"); }],
    ["only a number format on it", (h) => { h.sheet("Sheet1")!.formats.set("0,0", "0.00"); }],
    ["a chart on it", (h) => { h.sheet("Sheet1")!.charts.push({ name: "Grafik", type: "Pie", title: "", source: "A1:B2" }); }],
    ["a picture on it", (h) => { h.sheet("Sheet1")!.shapes = 1; }],
    ["an Excel before ExcelApi 1.9 (shapes cannot be counted)", (h) => { h.excelApi = "1.8"; }],
    ["another name ('Data')", () => {}, "Data"],
  ];
  it.each(kept)("kept with %s", async (_what, change, name = "Sheet1") => {
    const host = new FakeExcelHost({ [name]: { name, cells: [] } });
    change(host);
    const report = await insert(host);
    expect(report.removed).toBeUndefined();
    expect(host.sheets[0]!.name).toBe(name);
    expect(report.added).toEqual(book.sheets.map((s) => s.name));
  });

  it("kept when the workbook has another sheet beside it (an empty Sheet2 too)", async () => {
    const host = new FakeExcelHost({ Sheet1: { name: "Sheet1", cells: [] }, Sheet2: { name: "Sheet2", cells: [] } });
    const report = await insert(host);
    expect(report.removed).toBeUndefined();
    expect(host.sheets.slice(0, 2).map((s) => s.name)).toEqual(["Sheet1", "Sheet2"]);
  });

});
