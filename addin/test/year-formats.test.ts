/**
 * A date typed where a year is asked, read by both hosts alike (trust37, read36's leftovers): the add-in loads number
 * formats only in the columns `formatColumns` names, and turns a serial under a date format into the ISO date the
 * .xlsx reader gives. Tahun Penilaian's value (Pengaturan) and Tahun under a rewording the reader takes ("Tahun
 * Usulan") had no format loaded: the add-in read the serial 46092 as the year 46092.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type CellValue, type WorkbookGrids, formatColumns, formatColumnsIn, readWorkbook } from "@inovasi/workbook";
import { readGrids as readXlsx } from "@inovasi/workbook/xlsx-read";
import { addRow, e2026, fullInnovation, templateAsGrids } from "../../packages/workbook/test/helpers.js";
import { openPackage } from "../../packages/cli/src/xlsx/open.js";
import { loadWorkbook } from "../../packages/cli/src/xlsx-io.js";
import { readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { ctxOf } from "./fixtures.js";

/** 11 March 2026 as Excel stores it. */
const MARCH_11 = 46092;

/** A book of one innovation, with `formats` by sheet ("sheet!row,col"). */
function book(): { grids: WorkbookGrids; formats: Map<string, string> } {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
  return { grids, formats: new Map() };
}

/** What the reader takes from the add-in's read of the book (the in-memory Excel) and from its .xlsx (`inovasi score`). */
async function bothHosts(b: ReturnType<typeof book>, budgetBytes?: number) {
  const host = new FakeExcelHost(structuredClone(b.grids));
  const wb = new ExcelJS.Workbook();
  for (const grid of Object.values(b.grids)) {
    const ws = wb.addWorksheet(grid.name);
    grid.cells.forEach((row, r) => row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const f = b.formats.get(`${grid.name}!${r},${c}`);
      // a serial under a date format is a date cell in the .xlsx, as Excel saves it
      ws.getCell(r + 1, c + 1).value = f && typeof v === "number" ? new Date(Date.UTC(1899, 11, 30) + v * 86400000) : v;
      if (f) {
        ws.getCell(r + 1, c + 1).numFmt = f;
        host.sheet(grid.name)!.formats.set(`${r},${c}`, f);
      }
    }));
  }
  const addin = readWorkbook(await readGrids(ctxOf(host), { supports: host.supports, ...(budgetBytes ? { budgetBytes } : {}) }));
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const cli = readWorkbook(await readXlsx(openPackage(bytes)));
  // the CLI's exceljs loader (`loadWorkbook`), which keeps formats by the same columns
  const exceljs = async () => readWorkbook((await loadWorkbook(bytes)).grids);
  return { addin, cli, exceljs };
}

const said = (r: ReturnType<typeof readWorkbook>) => r.issues.filter((i) => i.code === "year_from_date").map((i) => `${i.sheet}!${i.cell}: ${i.text}`);

describe("a date as the year, read by the add-in as inovasi score reads it", () => {
  it("Tahun Penilaian 11/03/2026 (a serial under dd/mm/yyyy): the year 2026 from both, said at its cell as the cell shows it", async () => {
    const b = book();
    const rows = b.grids["Pengaturan"]!.cells;
    const r = rows.findIndex((x) => x[0] === "Tahun Penilaian");
    rows[r]![1] = MARCH_11;
    b.formats.set(`Pengaturan!${r},1`, "dd/mm/yyyy");
    const { addin, cli } = await bothHosts(b);
    expect(addin.input!.region.year).toBe(2026);
    expect(addin.input).toEqual(cli.input);
    expect(said(addin)).toEqual([`Pengaturan!B${r + 1}: tanggal 11/03/2026 dibaca sebagai tahun 2026; "Tahun Penilaian" berisi tahun saja: tulis 2026`]);
    expect(said(cli)).toEqual(said(addin));
  });

  it("'Tahun Penilaian:' keyed in column B with its value in C (as the reader finds a setting): the same", async () => {
    const b = book();
    const rows = b.grids["Pengaturan"]!.cells;
    const r = rows.findIndex((x) => x[0] === "Tahun Penilaian");
    rows[r] = [null, "Tahun Penilaian:", MARCH_11];
    b.formats.set(`Pengaturan!${r},2`, "d mmmm yyyy");
    const { addin, cli } = await bothHosts(b);
    expect([addin.input!.region.year, said(addin)]).toEqual([2026, [`Pengaturan!C${r + 1}: tanggal 11 Maret 2026 dibaca sebagai tahun 2026; "Tahun Penilaian" berisi tahun saja: tulis 2026`]]);
    expect(said(cli)).toEqual(said(addin));
  });

  // fmt38: analysts insert rows above the template's row 4; the reader reads every row of Pengaturan for its keys
  it.each([
    ["below the first ten rows, inside the add-in's first block", 10, undefined],
    ["far below, under the add-in's first block (a small response budget)", 60, 20_000],
  ])("Tahun Penilaian keyed %s: its format loaded as the reader finds the key, the year 2026 from both", async (_, notes, budget) => {
    const b = book();
    const rows = b.grids["Pengaturan"]!.cells;
    const r = rows.findIndex((x) => x[0] === "Tahun Penilaian") + notes;
    rows.splice(2, 0, ...Array.from({ length: notes }, (_, i) => [`Catatan ${i + 1}`, "diisi Bappeda"]));
    rows[r]![1] = MARCH_11;
    b.formats.set(`Pengaturan!${r},1`, "dd/mm/yyyy");
    const { addin, cli, exceljs } = await bothHosts(b, budget);
    expect(addin.input!.region.year).toBe(2026);
    expect(addin.input).toEqual(cli.input);
    expect(said(addin)).toEqual([`Pengaturan!B${r + 1}: tanggal 11/03/2026 dibaca sebagai tahun 2026; "Tahun Penilaian" berisi tahun saja: tulis 2026`]);
    expect(said(cli)).toEqual(said(addin));
    expect(said(await exceljs())).toEqual(said(addin));
  });

  it("Tahun headed 'Tahun Usulan' (a rewording the reader takes): its format loaded, the date read as its year by both", async () => {
    const b = book();
    const g = b.grids["Inovasi"]!;
    const c = g.cells[0]!.indexOf("Tahun");
    g.cells[0]![c] = "Tahun Usulan";
    g.cells[1]![c] = MARCH_11;
    b.formats.set(`Inovasi!1,${c}`, "dd/mm/yyyy");
    const { addin, cli } = await bothHosts(b);
    expect(addin.input!.innovations[0]!.year).toBe(2026);
    expect(addin.input).toEqual(cli.input);
    expect(said(addin)).toEqual(said(cli));
    expect(said(addin)).toHaveLength(1);
  });

  it("formatColumns follows the columns as the reader takes them: a rewording, not a column the template's header already took", () => {
    const header: CellValue[] = ["Nama Inovasi", "Tahun Usulan", "Tgl Penerapan", "Tanggal Uji Coba", "Capaian"];
    expect(formatColumns(header)).toEqual([1, 2, 3, 4]);
    // "Tahun" itself is there: Tahun is that column, "Tahun Inovasi" is the analyst's own
    expect(formatColumns(["Nama Inovasi", "Tahun Inovasi", "Tahun"])).toEqual([2]);
    expect(formatColumns(["Tahun Penilaian", 2026])).toEqual([1]);
    expect(formatColumns(["Nama Daerah", "Kabupaten Uji"])).toEqual([]);
    // "Nilai" the reader takes as the SPD answer only by its cells; it heads Pengaturan's values too
    expect(formatColumns(["Pengaturan", "Nilai"])).toEqual([]);
  });

  it("formatColumnsIn on Pengaturan (by its name) adds Tahun Penilaian's value column of the first row keyed so, however far down, as readSettings takes it", () => {
    const notes: CellValue[][] = Array.from({ length: 30 }, (_, i) => [`Catatan ${i + 1}`, "diisi Bappeda"]);
    const rows: CellValue[][] = [["Pengaturan", "Nilai"], ...notes, [null, "Tahun Penilaian:", 46092], ["Tahun Penilaian", 2025]];
    expect(formatColumnsIn(rows, 10, "Pengaturan")).toEqual([2]);
    expect(formatColumnsIn(rows, 10, " pengaturan")).toEqual([2]);
    // another sheet, or no name: the first ten rows only, as before
    expect(formatColumnsIn(rows, 10, "Inovasi")).toEqual([]);
    expect(formatColumnsIn(rows)).toEqual([]);
  });
});
