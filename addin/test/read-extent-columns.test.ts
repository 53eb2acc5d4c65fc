/**
 * A re-run in Excel: an earlier run's output columns on Inovasi ("Skor Klaim" … "Skor Catatan", "Skor 18 Klaim") are
 * read for where their values are, not their text, as `inovasi score` reads them (`RERUN_READING`'s
 * `extentOnlyColumns`): `true` below the header where a cell holds something, blanks kept. Below the read's sample
 * their values are not asked (`getSpecialCellsOrNullObject`, ExcelApi 1.9); the writes are those of a full read.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type CellValue, type WorkbookGrids, RERUN_READING, isExtentOnlyColumnHeader, isScoreColumnHeader } from "@inovasi/workbook";
import { readGrids as readXlsx } from "@inovasi/workbook/xlsx-read";
import { openPackage } from "../../packages/cli/src/xlsx/open.js";
import { type ReadReport, applyWrites, readGrids } from "../src/excel/adapter.js";
import { type Cell, FakeExcelError, FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { ctxOf, norm, regionGrids } from "./fixtures.js";

const N = 2_000;

/**
 * The region with `N` innovations, scored once in the in-memory Excel (with a plan): the workbook of a second Nilai.
 * Its notes and evidence gaps as long as a workbook with many warnings has them (~600 characters; the bench's
 * 10,000-row re-run held 19 MB of output cells), every fifth row's note blank.
 */
async function scoredOnce(): Promise<FakeExcelHost> {
  const host = new FakeExcelHost(regionGrids(N));
  const out = scoreGrids(await readGrids(ctxOf(host), { supports: host.supports }), { plan: true });
  if (!out.ok) throw new Error("not scored");
  await applyWrites(ctxOf(host), out.writes, { output: out.output, supports: host.supports });
  const inv = host.sheet("Inovasi")!;
  const { row } = outputColumns(inv.cells);
  const notes = inv.cells[row]!.indexOf("Skor Catatan"), gaps = inv.cells[row]!.indexOf("Skor Kekurangan Bukti");
  const long = (r: number, what: string) => `${what} baris ${r + 1}: ${"jawaban ke-5 (SID-5) \"12 orang\" dibaca 12 orang (tingkat 2); ".repeat(9)}`;
  for (let r = row + 1; r < inv.cells.length; r++) {
    inv.cells[r]![notes] = r % 5 === 0 ? null : long(r, "Catatan");
    inv.cells[r]![gaps] = long(r, "Bukti");
  }
  return host;
}
const SCORED = await scoredOnce();

/** Bytes of Inovasi's output cells below their header, as JSON. */
function outputText(host: FakeExcelHost): number {
  const inv = host.sheet("Inovasi")!;
  const { row, cols } = outputColumns(inv.cells);
  return JSON.stringify(inv.cells.slice(row + 1).map((line) => cols.map((c) => line[c] ?? ""))).length;
}

/** A copy of the scored workbook (every sheet's state) to read again. */
function copy(edit?: (host: FakeExcelHost) => void): FakeExcelHost {
  const host = new FakeExcelHost();
  for (const st of SCORED.sheets) host.sheets.push(structuredClone(st));
  edit?.(host);
  return host;
}

async function readIn(host: FakeExcelHost, full = false) {
  const report: ReadReport = { syncs: 0, retries: 0 };
  const from = host.responses.length;
  const grids = await readGrids(ctxOf(host), { supports: host.supports, ...(full ? { extentOnlyColumns: () => false } : {}) }, report);
  return { grids, report, bytes: host.responses.slice(from).reduce((a, b) => a + b, 0) };
}

/** Inovasi's output columns (0-based) and its header row. */
function outputColumns(cells: Cell[][]): { row: number; cols: number[] } {
  const row = cells.findIndex((line) => line.some((v) => isScoreColumnHeader(v)));
  return { row, cols: cells[row]!.flatMap((v, c) => (isScoreColumnHeader(v) ? [c] : [])) };
}

/**
 * A full read's grid as the .xlsx reader's `extentOnlyColumns` gives it: `true` below the header where not blank, but
 * in the verified points columns ("Skor 18 Terverifikasi"), read with their values (`isExtentOnlyColumnHeader`).
 */
function asExtent(grids: WorkbookGrids): CellValue[][] {
  const cells = structuredClone(grids["Inovasi"]!.cells);
  const { row, cols: all } = outputColumns(cells as Cell[][]);
  const cols = all.filter((c) => isExtentOnlyColumnHeader(cells[row]![c] ?? null));
  for (let r = row + 1; r < cells.length; r++) for (const c of cols) { const v = cells[r]![c]; if (v !== null && v !== undefined && !(typeof v === "string" && v.trim() === "")) cells[r]![c] = true; }
  return cells;
}

const writesOf = (grids: WorkbookGrids) => {
  const out = scoreGrids(grids, { plan: true });
  if (!out.ok) throw new Error("not scored");
  return out.writes;
};

describe("an earlier run's output columns read for their extent", () => {
  it("the writes are a full read's; the output columns' text is not in the responses; the grid is the CLI's", async () => {
    const inv = SCORED.sheet("Inovasi")!;
    const { row, cols } = outputColumns(inv.cells);
    expect(cols.length).toBeGreaterThan(40); // the six fixed columns and each indicator's two
    const text = outputText(SCORED);
    expect(text).toBeGreaterThan(2_000_000);

    const lean = await readIn(copy());
    const full = await readIn(copy(), true);
    // the same writes (every sheet: Inovasi's output, Ringkasan, Rencana, Masalah)
    const wrote = writesOf(lean.grids);
    expect(wrote.length).toBeGreaterThan(N * cols.length);
    expect(wrote).toEqual(writesOf(full.grids));
    // the output columns below the sample are not carried back: their addresses are a few hundred bytes
    expect(full.bytes - lean.bytes).toBeGreaterThan(text * 0.8);
    // one sync more for where the cells are, fewer blocks of rows
    expect(lean.report.syncs).toBeLessThanOrEqual(full.report.syncs + 1);
    // the grid: the full read's with `true` where a value was, blanks kept
    const cells = lean.grids["Inovasi"]!.cells;
    expect(cells).toEqual(asExtent(full.grids));
    const notes = cols.find((c) => inv.cells[row]![c] === "Skor Catatan")!;
    const blankNote = inv.cells.findIndex((line, r) => r > row + 400 && (line[notes] === null || line[notes] === undefined));
    const someNote = inv.cells.findIndex((line, r) => r > row + 400 && typeof line[notes] === "string");
    expect(blankNote).toBeGreaterThan(0);
    expect(someNote).toBeGreaterThan(0);
    expect(cells[blankNote]![notes]).toBe("");
    expect(cells[someNote]![notes]).toBe(true);
  }, 120_000);

  it("what inovasi score reads of the same workbook saved as .xlsx (RERUN_READING): the same Inovasi cells", async () => {
    const wb = new ExcelJS.Workbook();
    const inv = SCORED.sheet("Inovasi")!;
    const ws = wb.addWorksheet("Inovasi");
    inv.cells.forEach((line, r) => line.forEach((v, c) => { if (v !== null && v !== undefined && v !== "") ws.getCell(r + 1, c + 1).value = v; }));
    const cli = await readXlsx(openPackage(new Uint8Array(await wb.xlsx.writeBuffer())), RERUN_READING);
    const { grids } = await readIn(copy());
    expect(norm(grids["Inovasi"]!.cells)).toEqual(norm(cli["Inovasi"]!.cells));
  }, 120_000);

  it("below ExcelApi 1.9 the values are read, as before, and made `true`: the same grid", async () => {
    const lean = await readIn(copy());
    const old = copy((h) => { h.excelApi = "1.8"; });
    const before = await readIn(old);
    expect(before.grids["Inovasi"]!.cells).toEqual(lean.grids["Inovasi"]!.cells);
    expect(before.bytes - lean.bytes).toBeGreaterThan(outputText(SCORED) * 0.8);
    expect(before.report.syncs).toBeGreaterThanOrEqual(lean.report.syncs - 1);
  }, 120_000);

  it("an address Excel cuts short, or a sync it refuses: that sheet's values are read instead, the same grid", async () => {
    const lean = await readIn(copy());
    const cut = copy((h) => { h.maxAreasInAddress = 1; });
    expect((await readIn(cut)).grids["Inovasi"]!.cells).toEqual(lean.grids["Inovasi"]!.cells);
    // syncs: names, sizes, the sample, then the output columns' cells — refused
    const refused = copy((h) => h.refuseSync(4, "GeneralException"));
    const again = await readIn(refused);
    expect(again.report.retries).toBe(1);
    expect(again.grids["Inovasi"]!.cells).toEqual(lean.grids["Inovasi"]!.cells);
  }, 120_000);

  it("a formula in an output column holds something; a cell emptied does not", async () => {
    const inv = SCORED.sheet("Inovasi")!;
    const { row, cols } = outputColumns(inv.cells);
    const at = row + 1500, c = cols[0]!;
    const host = copy((h) => {
      const st = h.sheet("Inovasi")!;
      st.cells[at]![c] = "";
      (st.formulas ??= new Set()).add(`${at},${c}`); // ="" — a formula whose text is empty
      st.cells[at + 1]![c] = null;
    });
    const { grids } = await readIn(host);
    expect(grids["Inovasi"]!.cells[at]![c]).toBe(true);
    expect(grids["Inovasi"]!.cells[at + 1]![c]).toBe("");
  }, 120_000);
});

describe("the fake host's getSpecialCells, as documented", () => {
  const host = () => new FakeExcelHost({ S: { name: "S", cells: [["a", null, 1], [null, null, 2], ["b", "c", 3], [null, null, null]] } });
  it("areas of the cells holding a constant; none: a null object, or ItemNotFound; below ExcelApi 1.9: ApiNotFound", async () => {
    const h = host();
    const ws = h.context.workbook.worksheets.getItem("S");
    const some = ws.getRange("A1:C4").getSpecialCellsOrNullObject("Constants").load(["address", "areaCount"]);
    const none = ws.getRange("B1:B2").getSpecialCellsOrNullObject("Constants").load(["address", "areaCount"]);
    const formulas = ws.getRange("A1:C4").getSpecialCellsOrNullObject("Formulas").load(["address", "areaCount"]);
    await h.context.sync();
    expect(some.address).toBe("S!A1,S!C1:C2,S!A3:C3");
    expect(some.areaCount).toBe(3);
    expect(none.isNullObject).toBe(true);
    expect(formulas.isNullObject).toBe(true);
    ws.getRange("B1:B2").getSpecialCells("Constants").load("address");
    await expect(h.context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    const old = host();
    old.excelApi = "1.8";
    old.context.workbook.worksheets.getItem("S").getRange("A1:C4").getSpecialCellsOrNullObject("Constants").load("address");
    await expect(old.context.sync()).rejects.toBeInstanceOf(FakeExcelError);
  });
});
