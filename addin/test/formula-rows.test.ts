/**
 * Rows that hold only formulas whose result is empty (`=IF(A5="";"";…)` filled down an analyst's template past the
 * data). Excel counts a cell holding a formula as used whatever its result, so the in-memory host does too, and the
 * add-in reads those rows — as `inovasi score` reads them from the .xlsx (a formula's saved "" result). Both read them
 * as the empty rows they show, and Nilai writes as for the same book without them, the formulas kept.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type WorkbookGrids, readWorkbook } from "@inovasi/workbook";
import { readGrids as readXlsx } from "@inovasi/workbook/xlsx-read";
import { openPackage } from "../../packages/cli/src/xlsx/open.js";
import { applyWrites, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { ctxOf, regionGrids } from "./fixtures.js";

const all = () => true;
/** Rows 5 to this one (1-based) hold the formulas. */
const FILLED_TO = 300;
const COLUMNS = ["Jumlah Kata Rancang Bangun", "Urusan", "1. Bukti"];

/** Three innovations (rows 2–4) and, in the in-memory Excel, the formulas below them in three input columns. */
function excelBook(formulas: boolean): FakeExcelHost {
  const grids = regionGrids(3);
  const host = new FakeExcelHost(structuredClone(grids));
  if (!formulas) return host;
  const st = host.sheet("Inovasi")!;
  const head = st.cells[0]!;
  st.formulas = new Set();
  for (let r = 4; r < FILLED_TO; r++) {
    const line = (st.cells[r] ??= head.map(() => null));
    for (const c of COLUMNS.map((h) => head.indexOf(h))) { line[c] = ""; st.formulas.add(`${r},${c}`); }
  }
  return host;
}

/** The same book as Excel saves it: each formula with its saved result, "". */
async function asXlsx(grids: WorkbookGrids, formulas: Set<string>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const g of Object.values(grids)) {
    const ws = wb.addWorksheet(g.name);
    g.cells.forEach((row, r) => row.forEach((v, c) => {
      if (g.name === "Inovasi" && formulas.has(`${r},${c}`)) ws.getCell(r + 1, c + 1).value = { formula: `IF(A${r + 1}="","",A${r + 1})`, result: "" };
      else if (v !== null && v !== "") ws.getCell(r + 1, c + 1).value = v;
    }));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A press of Nilai: read, score and plan, write back. */
async function nilai(host: FakeExcelHost) {
  const grids = await readGrids(ctxOf(host), { supports: all });
  const out = scoreGrids(grids, { plan: true });
  if (!out.ok) throw new Error(out.issues.map((i) => i.message).join("\n"));
  await applyWrites(ctxOf(host), out.writes, { output: out.output, supports: all });
  return grids;
}

describe("the in-memory Excel's used range, as Excel's", () => {
  it("a cell holding a formula is used whatever its result (valuesOnly or not); emptied, it is not", async () => {
    const host = new FakeExcelHost({ S: { name: "S", cells: [["a"], [null], [""]] } });
    host.sheet("S")!.formulas = new Set(["2,0"]); // A3: =""
    const ws = host.context.workbook.worksheets.getItem("S");
    const values = ws.getUsedRangeOrNullObject(true).load("address");
    const any = ws.getUsedRangeOrNullObject(false).load("address");
    await host.context.sync();
    expect([values.address, any.address]).toEqual(["S!A1:A3", "S!A1:A3"]);
    ws.getRange("A3").values = [[""]];
    await host.context.sync();
    const after = ws.getUsedRangeOrNullObject(true).load("rowCount");
    await host.context.sync();
    expect(after.rowCount).toBe(1);
  });
});

describe("an Inovasi sheet whose last rows hold only formulas whose result is empty", () => {
  it("the add-in reads its rows as inovasi score reads the .xlsx: three innovations, the same messages", async () => {
    const host = excelBook(true);
    const cli = await readXlsx(openPackage(await asXlsx(host.sheets.reduce<WorkbookGrids>((m, s) => ({ ...m, [s.name]: { name: s.name, cells: s.cells } }), {}), host.sheet("Inovasi")!.formulas!)));
    const addin = await readGrids(ctxOf(host), { supports: all });
    expect(addin["Inovasi"]!.cells).toHaveLength(FILLED_TO);
    expect(cli["Inovasi"]!.cells).toHaveLength(FILLED_TO);
    const a = readWorkbook(addin), c = readWorkbook(cli);
    expect(a.input!.innovations).toHaveLength(3);
    expect(a.input).toEqual(c.input);
    expect(a.issues.map((i) => i.text)).toEqual(c.issues.map((i) => i.text));
    expect(a.issues.map((i) => i.text)).toEqual(readWorkbook(regionGrids(3)).issues.map((i) => i.text));
  });

  it("Nilai writes what it writes without them (no output cell below the last innovation), and the formulas stay", async () => {
    const filled = excelBook(true), plain = excelBook(false);
    await nilai(filled);
    await nilai(plain);
    const inovasi = (h: FakeExcelHost) => h.writes.filter((w) => w.sheet === "Inovasi").map(({ sync: _, ...w }) => w);
    expect(inovasi(filled)).toEqual(inovasi(plain));
    expect(filled.sheet("Inovasi")!.formulas!.size).toBe((FILLED_TO - 4) * COLUMNS.length);
    expect(filled.sheet("Inovasi")!.cells.slice(0, 4)).toEqual(plain.sheet("Inovasi")!.cells.slice(0, 4));
  });
});
