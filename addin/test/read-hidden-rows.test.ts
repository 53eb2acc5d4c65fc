/**
 * Hidden and filtered-out rows, as Excel's `Range.rowHidden` (ExcelApi 1.2) and `getSpecialCellsOrNullObject("Visible")`
 * (ExcelApi 1.9) say, into `Grid.hiddenRows` as `inovasi score` fills it from `<row hidden="1">`: the reader scores
 * them and says so once per sheet (`hidden_rows_read`), in Excel as in the CLI (before: the add-in said nothing).
 * Against the in-memory host, whose rows are hidden by hand (`SheetState.hiddenRows`) or by an AutoFilter. Not run in
 * real Excel.
 */
import { describe, expect, it } from "vitest";
import { type WorkbookGrids, readWorkbook } from "@inovasi/workbook";
import { type ReadReport, readGrids } from "../src/excel/adapter.js";
import { visibleChunks } from "../src/excel/hidden-rows.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { excelHost } from "../src/commands/host.js";
import { scoreWorkbook } from "../src/commands/score.js";
import { createStore, initialState } from "../src/pane/state.js";
import { resultsView } from "../src/pane/view-model.js";
import { ctxOf, regionGrids } from "./fixtures.js";

async function read(host: FakeExcelHost, supports = host.supports, budgetBytes?: number) {
  const report: ReadReport = { syncs: 0, retries: 0 };
  const grids = await readGrids(ctxOf(host), { supports, ...(budgetBytes ? { budgetBytes } : {}) }, report);
  return { grids, report };
}
const said = (grids: WorkbookGrids) => readWorkbook(structuredClone(grids)).issues.filter((i) => i.code === "hidden_rows_read").map((i) => `${i.sheet}!${i.cell} ${i.text}`);

/** Twelve innovations; Inovasi rows 4, 6 and 7 (1-based) hidden by hand, Perangkat Daerah's Kecamatan Hulu filtered out. */
function hiddenBook() {
  const seed = regionGrids(12);
  const host = new FakeExcelHost(structuredClone(seed));
  for (const r of [3, 5, 6]) host.sheet("Inovasi")!.hiddenRows.add(r);
  host.sheet("Perangkat Daerah")!.autoFilter = { box: { row: 0, col: 0, rows: 3, cols: 2 }, hiddenRows: [2] };
  // what the CLI's reader gets from the same file saved: <row hidden="1"> on those rows
  const cli = structuredClone(seed);
  cli["Inovasi"]!.hiddenRows = [3, 5, 6];
  cli["Perangkat Daerah"]!.hiddenRows = [2];
  return { seed, host, cli };
}

describe("hidden rows, as Excel's Range.rowHidden and getSpecialCells('Visible') say", () => {
  it("rows hidden by hand and filtered out: the same rows and the same note as inovasi score gives, in one sync more for every sheet", async () => {
    const { seed, host, cli } = hiddenBook();
    const { grids, report } = await read(host);
    expect(grids["Inovasi"]!.hiddenRows).toEqual([3, 5, 6]);
    expect(grids["Perangkat Daerah"]!.hiddenRows).toEqual([2]);
    expect(grids["SPD"]!.hiddenRows).toBeUndefined();
    expect(report.hiddenRowsUnread).toBeUndefined();
    expect(said(grids)).toEqual(said(cli));
    expect(said(grids)).toEqual([
      "Perangkat Daerah!A3 baris 3 tersembunyi (atau tersaring) tetapi tetap dibaca sebagai perangkat daerah; hapus barisnya bila perangkat daerah itu tidak termasuk",
      "Inovasi!A4 baris 4, 6–7 tersembunyi (atau tersaring) tetapi tetap dinilai; hapus barisnya bila inovasi itu tidak diajukan",
    ]);
    // the two sheets with some rows hidden are asked together: one sync more than the same book with none hidden
    const plain = await read(new FakeExcelHost(structuredClone(seed)));
    expect(report.syncs).toBe(plain.report.syncs + 1);
    expect(report.syncs).toBe(host.syncCount);
    // scored as before (hiding is not deleting); the pane's run lists the note with its cell
    const out = scoreGrids(grids), before = scoreGrids(structuredClone(seed));
    if (!out.ok || !before.ok) throw new Error("the book does not read");
    expect(out.result.verified.index).toBe(before.result.verified.index);
    expect(out.issues.filter((i) => i.code === "hidden_rows_read").map((i) => [i.severity, i.sheet, i.cell])).toEqual([["info", "Perangkat Daerah", "A3"], ["info", "Inovasi", "A4"]]);
  });

  it("no hidden row: no field, no note, no sync more (the used rows asked as one range, with the sample)", async () => {
    const seed = regionGrids(12);
    const host = new FakeExcelHost(structuredClone(seed));
    const { grids, report } = await read(host);
    expect(Object.values(grids).every((g) => g.hiddenRows === undefined)).toBe(true);
    expect(said(grids)).toEqual([]);
    expect(report.hiddenRowsUnread).toBeUndefined();
    const old = await read(new FakeExcelHost(structuredClone(seed)), (v) => v !== "1.2" && host.supports(v));
    expect(report.syncs).toBe(old.report.syncs);
  });

  it("every used row hidden: all of them from the one answer, no sync more; empty hidden rows are not listed", async () => {
    const host = new FakeExcelHost({ Inovasi: { name: "Inovasi", cells: [[null, "Nama Inovasi", "Perangkat Daerah"], [null, null, null], [null, "Si Sehat", "Dinas Kesehatan"]] } });
    for (const r of [0, 1, 2, 3]) host.sheet("Inovasi")!.hiddenRows.add(r);
    const { grids, report } = await read(host);
    // rows 1–3 are used; row 2 holds nothing (as the .xlsx reader lists rows holding a cell)
    expect(grids["Inovasi"]!.hiddenRows).toEqual([0, 2]);
    expect(report.syncs).toBe(3);
  });

  it("the first used column hidden: the visible rows are asked in a column that is not", async () => {
    const { host, cli } = hiddenBook();
    host.sheet("Inovasi")!.hiddenCols.add(0);
    const { grids } = await read(host);
    expect(grids["Inovasi"]!.hiddenRows).toEqual([3, 5, 6]);
    expect(said(grids)).toEqual(said({ ...cli, Inovasi: { ...cli["Inovasi"]!, hiddenCols: [0] } }));
  });

  it("an Excel below ExcelApi 1.9: some rows hidden, which not asked — no note, no error, no sync more, the sheets named", async () => {
    const { seed, host } = hiddenBook();
    host.excelApi = "1.8";
    const { grids, report } = await read(host);
    expect(Object.values(grids).every((g) => g.hiddenRows === undefined)).toBe(true);
    expect(said(grids)).toEqual([]);
    expect(report.hiddenRowsUnread).toEqual(["Perangkat Daerah", "Inovasi"]);
    expect(report.retries).toBe(0);
    const plain = new FakeExcelHost(structuredClone(seed));
    plain.excelApi = "1.8";
    expect(report.syncs).toBe((await read(plain)).report.syncs);
    const out = scoreGrids(grids);
    expect(out.ok).toBe(true);
  });

  it("an Excel below ExcelApi 1.2: nothing asked, nothing said", async () => {
    const { host } = hiddenBook();
    host.excelApi = "1.1";
    const { grids, report } = await read(host);
    expect(Object.values(grids).every((g) => g.hiddenRows === undefined)).toBe(true);
    expect(said(grids)).toEqual([]);
    expect(report.retries).toBe(0);
    expect(report.hiddenRowsUnread).toContain("Inovasi");
  });

  it("an Excel that claims ExcelApi 1.9 and fails the visible cells' question: read as before, nothing said", async () => {
    const { seed, host } = hiddenBook();
    // syncs: the names, the sizes, the sample (some rows hidden), then the visible rows, refused
    host.refuseSync(4, "GeneralException");
    const { grids, report } = await read(host);
    expect(Object.values(grids).every((g) => g.hiddenRows === undefined)).toBe(true);
    expect(report.hiddenRowsUnread).toEqual(["Perangkat Daerah", "Inovasi"]);
    expect(report.retries).toBe(1);
    expect(readWorkbook(structuredClone(grids)).input).toEqual(readWorkbook(structuredClone(seed)).input);
  });

  it("areas Excel gives fewer of than its areaCount: that sheet says nothing rather than fewer rows", async () => {
    const { host } = hiddenBook();
    // Inovasi's visible rows are 3 areas (1–3, 5, 8–13), Perangkat Daerah's one (1–2)
    host.maxAreaItems = 2;
    const { grids, report } = await read(host);
    expect(grids["Inovasi"]!.hiddenRows).toBeUndefined();
    expect(grids["Perangkat Daerah"]!.hiddenRows).toEqual([2]);
    expect(report.hiddenRowsUnread).toEqual(["Inovasi"]);
  });

  it("a heavily filtered list: every other row hidden, the question cut in chunks whose worst answer fits the budget", async () => {
    const seed = regionGrids(2000);
    const host = new FakeExcelHost(structuredClone(seed));
    const hidden = Array.from({ length: 1000 }, (_, i) => 2 + 2 * i);
    host.sheet("Inovasi")!.autoFilter = { box: { row: 0, col: 0, rows: 2001, cols: 5 }, hiddenRows: hidden };
    const budget = 60_000;
    const { grids, report } = await read(host, host.supports, budget);
    expect(grids["Inovasi"]!.hiddenRows).toEqual(hidden);
    expect(host.maxResponse).toBeLessThanOrEqual(budget * 1.25);
    // 2,001 used rows at ≤ 1,494 a chunk: two questions, 1,001 areas in all
    const chunks = visibleChunks([{ sheet: "Inovasi", row: 0, rows: 2001, col: 0 }], budget);
    expect(chunks.flat().map((c) => c.rows)).toEqual([1494, 507]);
    expect(report.hiddenRowsUnread).toBeUndefined();
    const cli = structuredClone(seed);
    cli["Inovasi"]!.hiddenRows = hidden;
    expect(said(grids)).toEqual(said(cli));
    expect(said(grids)[0]).toContain("baris 3, 5, 7, 9, 11, …");
  });

  it("chunks: a long used range cut, short ones packed together into one sync", () => {
    const spans = [{ sheet: "Inovasi", row: 0, rows: 10_000, col: 0 }, { sheet: "SPD", row: 0, rows: 40, col: 0 }, { sheet: "Perangkat Daerah", row: 0, rows: 60, col: 0 }];
    expect(visibleChunks(spans, 4_000_000).map((b) => b.map((c) => `${c.sheet}:${c.row}+${c.rows}`))).toEqual([["Inovasi:0+10000", "SPD:0+40", "Perangkat Daerah:0+60"]]);
    const small = visibleChunks(spans, 100_000);
    expect(small.flat().filter((c) => c.sheet === "Inovasi").reduce((n, c) => n + c.rows, 0)).toBe(10_000);
    // every sync's worst answer under the budget
    for (const b of small) expect(b.reduce((n, c) => n + Math.ceil(c.rows / 2) * 80 + 200, 0)).toBeLessThanOrEqual(100_000);
  });
});

describe("the pane's run: the note in its problem list, as the CLI prints it", () => {
  /** A Nilai run in the pane on `host`: the problem list's notes about hidden rows, and whether the run failed. */
  async function paneRun(host: FakeExcelHost) {
    const store = createStore(initialState("id"));
    const out = await scoreWorkbook(excelHost((f) => f(ctxOf(host)), host.supports, async () => {}), store);
    if (!out?.ok) throw new Error(`the run did not score: ${JSON.stringify(store.get().failure)}`);
    const items = resultsView(out, "id", "id-ID").problems.items.filter((i) => /tersembunyi \(atau tersaring\)/.test(i.text));
    return { items: items.map((i) => [i.severityText, i.link?.sheet, i.link?.cell, i.text]), failure: store.get().failure };
  }

  it("rows hidden on Inovasi and filtered out on Perangkat Daerah: a note each, at the first such row's cell", async () => {
    const run = await paneRun(hiddenBook().host);
    expect(run.items).toEqual([
      ["Catatan", "Perangkat Daerah", "A3", "baris 3 tersembunyi (atau tersaring) tetapi tetap dibaca sebagai perangkat daerah; hapus barisnya bila perangkat daerah itu tidak termasuk"],
      ["Catatan", "Inovasi", "A4", "baris 4, 6–7 tersembunyi (atau tersaring) tetapi tetap dinilai; hapus barisnya bila inovasi itu tidak diajukan"],
    ]);
  });

  it("no hidden row: no note", async () => {
    const run = await paneRun(new FakeExcelHost(regionGrids(12)));
    expect(run.items).toEqual([]);
  });

  it("a re-run with the tool's own Masalah sheet filtered: no sync more for it, no note about it", async () => {
    const host = new FakeExcelHost(regionGrids(12));
    await paneRun(host);
    const before = await read(host);
    const masalah = host.sheet("Masalah")!;
    expect(masalah.cells.length).toBeGreaterThan(3);
    // the analyst filters Masalah (its rows 3–4 out); a run keeps a "Tingkat" filter on it the same way
    masalah.autoFilter = { box: { row: 0, col: 0, rows: masalah.cells.length, cols: 3 }, hiddenRows: [2, 3] };
    const { grids, report } = await read(host);
    expect(grids["Masalah"]!.hiddenRows).toBeUndefined();
    expect(report.syncs).toBe(before.report.syncs);
    expect(report.hiddenRowsUnread).toBeUndefined();
  });

  it("an Excel without ExcelApi 1.9 (Office.context.requirements says no): no note and no error, scored as before", async () => {
    const { host } = hiddenBook();
    host.excelApi = "1.8";
    const run = await paneRun(host);
    expect(run.items).toEqual([]);
    expect(run.failure).toBeUndefined();
  });
});
