/**
 * Hidden columns, as Excel's `Range.columnHidden` says (ExcelApi 1.2), into `Grid.hiddenCols` as `inovasi score` fills
 * it from `<col hidden>`: a hidden copy of an indicator's answer column under the same header is not read in Excel
 * either (before: the hidden copy's answers were read and the visible column set aside), and a hidden stale "(lama)"
 * column is said to be hidden, in the CLI's words.
 */
import { describe, expect, it } from "vitest";
import { type CellValue, type WorkbookGrids, readWorkbook } from "@inovasi/workbook";
import { addRow, e2026, fullInnovation, templateAsGrids } from "../../packages/workbook/test/helpers.js";
import { type ReadReport, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { ctxOf } from "./fixtures.js";

const SID1 = e2026.indicators.find((i) => i.id === "SID-1")!;
const HEAD = `1. ${SID1.name.id}`;
const [T2, T3] = [2, 3].map((t) => SID1.options.find((o) => o.tier === t)!.label.id) as [string, string];

/**
 * Two innovations answering SID-1 at tier 2, and a stale column before the answer column holding tier 3, headed
 * `header` ("… (lama)", or the answer column's own header: a copy).
 */
function book(header = `${HEAD} (lama)`): { grids: WorkbookGrids; stale: number } {
  const grids = templateAsGrids();
  const g = grids["Inovasi"]!;
  addRow(g, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
  addRow(g, fullInnovation(e2026, "Si Hulu", "Kecamatan Hulu", "Kesehatan"));
  const at = g.cells[0]!.indexOf(HEAD);
  g.cells.forEach((row, r) => row.splice(at, 0, (r === 0 ? header : r <= 2 ? T3 : null) as CellValue));
  return { grids, stale: at };
}

async function read(host: FakeExcelHost, supports = host.supports) {
  const report: ReadReport = { syncs: 0, retries: 0 };
  const grids = await readGrids(ctxOf(host), { supports }, report);
  return { grids, report };
}
const sid1 = (grids: WorkbookGrids) => readWorkbook(structuredClone(grids)).input!.innovations.map((i) => i.answers["SID-1"]?.option);
const twice = (grids: WorkbookGrids) => readWorkbook(structuredClone(grids)).issues.filter((i) => i.code === "column_twice").map((i) => [i.cell, i.text]);

describe("hidden columns, as Excel's Range.columnHidden says (ExcelApi 1.2)", () => {
  it("a hidden stale '(lama)' column: the visible one is read and the hidden one said, as inovasi score reads the file", async () => {
    const { grids: seed, stale } = book();
    const host = new FakeExcelHost(structuredClone(seed));
    host.sheet("Inovasi")!.hiddenCols.add(stale);
    const { grids, report } = await read(host);
    expect(grids["Inovasi"]!.hiddenCols).toEqual([stale]);
    expect(grids["SPD"]!.hiddenCols).toBeUndefined();
    expect(report.hiddenColumnsUnread).toBeUndefined();
    // what the CLI's reader gives for the same file (its grid with <col hidden> as hiddenCols)
    const cli = { ...seed, Inovasi: { ...seed["Inovasi"]!, hiddenCols: [stale] } };
    expect(sid1(grids)).toEqual([T2, T2]);
    expect(twice(grids)).toEqual(twice(cli));
    expect(twice(grids)[0]![1]).toContain("tetapi tersembunyi: tidak dibaca");
    // one sync more than without hidden columns: the columns of the one sheet with some hidden, asked one by one
    const plain = await read(new FakeExcelHost(structuredClone(seed)));
    expect(report.syncs).toBe(plain.report.syncs + 1);
    expect(report.syncs).toBe(host.syncCount);
    // the pane's run says the same
    const out = scoreGrids(grids);
    expect(out.issues.filter((i) => i.code === "column_twice").map((i) => i.message)).toEqual(scoreGrids(cli).issues.filter((i) => i.code === "column_twice").map((i) => i.message));
  });

  it("a hidden copy under the same header: the visible one is read, as inovasi score reads it (before: the hidden copy's answers)", async () => {
    const { grids: seed, stale } = book(HEAD);
    const host = new FakeExcelHost(structuredClone(seed));
    host.sheet("Inovasi")!.hiddenCols.add(stale);
    const { grids } = await read(host);
    expect(sid1(grids)).toEqual([T2, T2]);
    const cli = { ...seed, Inovasi: { ...seed["Inovasi"]!, hiddenCols: [stale] } };
    const dup = (g: WorkbookGrids) => readWorkbook(structuredClone(g)).issues.filter((i) => i.code === "column_duplicate").map((i) => i.text);
    expect(dup(grids)).toEqual(dup(cli));
    expect(dup(grids)[0]).toContain("(tersembunyi: kolom");
  });

  it("no hidden column: no field and no sync more (the used columns asked as one range, with the sample)", async () => {
    const { grids: seed } = book();
    const host = new FakeExcelHost(structuredClone(seed));
    const { grids, report } = await read(host);
    expect(Object.values(grids).every((g) => g.hiddenCols === undefined)).toBe(true);
    const old = await read(new FakeExcelHost(structuredClone(seed)), (v) => v !== "1.2" && host.supports(v));
    // the question rides with the sample: as many syncs as a read that does not ask it
    expect(report.syncs).toBe(old.report.syncs);
  });

  it("every used column hidden: all of them, from the one answer", async () => {
    const host = new FakeExcelHost({ Inovasi: { name: "Inovasi", cells: [[null, "Nama Inovasi", "Perangkat Daerah"], [null, "Si Sehat", "Dinas Kesehatan"]] } });
    for (const c of [0, 1, 2, 3]) host.sheet("Inovasi")!.hiddenCols.add(c);
    const { grids, report } = await read(host);
    // the used range is B1:C2: its columns, absolute
    expect(grids["Inovasi"]!.hiddenCols).toEqual([1, 2]);
    expect(report.syncs).toBe(3);
  });

  it("an Excel below ExcelApi 1.2 is not asked: the sheets are named as read without their hidden columns, and the hidden column is read as the first", async () => {
    const { grids: seed, stale } = book();
    const host = new FakeExcelHost(structuredClone(seed));
    host.excelApi = "1.1";
    host.sheet("Inovasi")!.hiddenCols.add(stale);
    const { grids, report } = await read(host);
    expect(grids["Inovasi"]!.hiddenCols).toBeUndefined();
    expect(report.hiddenColumnsUnread).toContain("Inovasi");
    expect(report.retries).toBe(0);
    expect(sid1(grids)).toEqual([T2, T2]); // the "(lama)" header says which is stale
    // a copy under the same header: the first is read, hidden or not (what the pane's note warns of)
    const copy = book(HEAD);
    const old = new FakeExcelHost(structuredClone(copy.grids));
    old.excelApi = "1.1";
    old.sheet("Inovasi")!.hiddenCols.add(copy.stale);
    expect(sid1((await read(old)).grids)).toEqual([T3, T3]);
  });

  it("an Excel that claims ExcelApi 1.2 and fails the question: the sample asked again without it, the sheets named", async () => {
    const { grids: seed, stale } = book();
    const host = new FakeExcelHost(structuredClone(seed));
    host.excelApi = "1.1";
    host.sheet("Inovasi")!.hiddenCols.add(stale);
    const { grids, report } = await read(host, (v) => v === "1.2");
    expect(grids["Inovasi"]!.cells.length).toBeGreaterThan(2);
    // refused twice: the date system with the names (ExcelApi 1.2 too), then the sample
    expect(report.retries).toBe(2);
    expect(report.hiddenColumnsUnread).toContain("Inovasi");
  });

  it("a sheet whose columns Excel will not give one by one: named as unread, the others kept", async () => {
    const { grids: seed, stale } = book();
    const host = new FakeExcelHost(structuredClone(seed));
    host.sheet("Inovasi")!.hiddenCols.add(stale);
    // syncs: the names, the sizes, the sample (the used columns: some hidden), then the columns one by one, refused
    host.refuseSync(4, "GeneralException");
    const { grids, report } = await read(host);
    expect(grids["Inovasi"]!.hiddenCols).toBeUndefined();
    expect(report.hiddenColumnsUnread).toEqual(["Inovasi"]);
  });
});
