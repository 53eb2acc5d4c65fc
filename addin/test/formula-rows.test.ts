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

/** An Excel below ExcelApi 1.9: no `getSpecialCells`, so every row is read whole (the read before addin29). */
const below19 = (v: string) => { const [a, b] = v.split(".").map(Number) as [number, number]; return a < 1 || (a === 1 && b < 9); };
const responseBytes = (h: FakeExcelHost) => h.responses.reduce((n, b) => n + b, 0);
/** The book with formulas down to row `to` (1-based), as excelBook has them to FILLED_TO. */
function formulaBook(to: number): FakeExcelHost {
  const host = new FakeExcelHost(structuredClone(regionGrids(3)));
  const st = host.sheet("Inovasi")!;
  const head = st.cells[0]!;
  st.formulas = new Set();
  for (let r = 4; r < to; r++) {
    const line = (st.cells[r] ??= head.map(() => null));
    for (const c of COLUMNS.map((h) => head.indexOf(h))) { line[c] = ""; st.formulas.add(`${r},${c}`); }
  }
  return host;
}
const cellsOf = (g: WorkbookGrids) => Object.fromEntries(Object.values(g).map((x) => [x.name, x.cells]));

describe("reading past formula rows whose result is empty (ExcelApi 1.9)", () => {
  it("10,000 such rows: their formulas' values are read, not the rows — under 300 kB of responses (4.3 MB read whole), the same grids", async () => {
    const whole = formulaBook(10_004), lean = formulaBook(10_004);
    const before = await readGrids(ctxOf(whole), { supports: below19 });
    const after = await readGrids(ctxOf(lean), { supports: all });
    expect(responseBytes(whole)).toBeGreaterThan(4_000_000);
    expect(responseBytes(lean)).toBeLessThan(300_000);
    expect(lean.maxResponse).toBeLessThan(1_000_000);
    expect(lean.syncCount).toBeLessThanOrEqual(whole.syncCount);
    expect(cellsOf(after)).toEqual(cellsOf(before));
    expect(readWorkbook(after).input).toEqual(readWorkbook(before).input);
  });

  it("a row after a gap of formula rows is read whole: one typed, one whose only content is a formula giving something", async () => {
    const host = formulaBook(6_000), plain = formulaBook(6_000);
    for (const h of [host, plain]) {
      const st = h.sheet("Inovasi")!;
      const head = st.cells[0]!;
      // row 5,001: a fourth innovation typed over the formulas' row (two of them typed over, the third kept, its
      // result empty: the row's formulas all give "", its typed cells make it a row)
      st.cells[5_000] = [...st.cells[1]!];
      st.cells[5_000]![head.indexOf("Nama Inovasi")] = "Inovasi Sesudah Jeda";
      st.cells[5_000]![head.indexOf(COLUMNS[0]!)] = "";
      for (const c of COLUMNS.slice(1).map((x) => head.indexOf(x))) st.formulas!.delete(`5000,${c}`);
      // row 5,501: only a formula whose result is a word
      st.cells[5_500]![head.indexOf("Urusan")] = "Kesehatan";
    }
    const lean = await readGrids(ctxOf(host), { supports: all });
    const whole = await readGrids(ctxOf(plain), { supports: below19 });
    expect(cellsOf(lean)).toEqual(cellsOf(whole));
    const inv = lean["Inovasi"]!, head = inv.cells[0]!;
    expect(inv.cells[5_000]![head.indexOf("Nama Inovasi")]).toBe("Inovasi Sesudah Jeda");
    expect(inv.cells[5_500]![head.indexOf("Urusan")]).toBe("Kesehatan");
    const a = readWorkbook(lean);
    expect(a.input!.innovations.map((i) => i.name)).toContain("Inovasi Sesudah Jeda");
    expect(a.input).toEqual(readWorkbook(whole).input);
    expect(a.issues.map((i) => i.text)).toEqual(readWorkbook(whole).issues.map((i) => i.text));
  });
});

describe("a formula whose result is empty where a new output column goes", () => {
  it("Nilai leaves it and says so at its cell, in Bahasa Indonesia (English available), as inovasi score does", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(3)));
    const st = host.sheet("Inovasi")!;
    const width = st.cells[0]!.length;
    st.cells[2]![width] = ""; // row 3, where "Skor Klaim" goes: =""
    st.formulas = new Set([`2,${width}`]);
    const grids = await readGrids(ctxOf(host), { supports: all });
    expect(grids["Inovasi"]!.formulaAreas).toEqual([{ row: 2, col: width, rows: 1, cols: 1 }]);
    const out = scoreGrids(grids, { plan: true });
    if (!out.ok) throw new Error("not scored");
    await applyWrites(ctxOf(host), out.writes, { output: out.output, supports: all });
    expect(st.formulas.has(`2,${width}`)).toBe(true);
    expect(st.cells[2]![width] ?? "").toBe("");
    expect(st.cells[0]![width]).toBe("Skor Klaim");
    expect(typeof st.cells[1]![width]).toBe("number");
    const said = out.issues.filter((i) => i.code === "output_cell_not_ours");
    expect(said.map((i) => [i.sheet, i.cell])).toEqual([["Inovasi", `${letter(width)}3`]]);
    expect(said[0]!.message).toMatch(/berisi rumus yang hasilnya kosong.*hapus rumusnya lalu nilai ulang/);
    const en = scoreGrids(grids, { plan: true, locale: "en" });
    expect(en.ok && en.issues.find((i) => i.code === "output_cell_not_ours")!.message).toMatch(/holds a formula whose result is empty.*delete the formula and score again/);
  });
});

function letter(col: number): string {
  let s = "", n = col + 1;
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
