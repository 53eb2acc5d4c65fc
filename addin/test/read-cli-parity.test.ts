/**
 * One workbook, two hosts: the .xlsx `inovasi score` reads (exceljs writes it here) and the same book as Excel holds it
 * in the in-memory host (serials under their number formats, hidden columns, a very hidden sheet). The add-in's read
 * must give the reader what the CLI's gives: the same region input and the same messages.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type CellValue, type WorkbookGrids, readWorkbook } from "@inovasi/workbook";
import { readGrids as readXlsx } from "@inovasi/workbook/xlsx-read";
import { addRow, e2026, fullInnovation, templateAsGrids } from "../../packages/workbook/test/helpers.js";
import { openPackage } from "../../packages/cli/src/xlsx/open.js";
import { readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { ctxOf, regionGrids } from "./fixtures.js";

const SID1 = e2026.indicators.find((i) => i.id === "SID-1")!;
const HEAD = `1. ${SID1.name.id}`;
const T3 = SID1.options.find((o) => o.tier === 3)!.label.id;
/** 1 March 2026: what Excel makes of "1-3" typed in an answer cell (a date, shown "1-Mar"). */
const MARCH_1 = 46082;

/**
 * The book as Excel holds it: two innovations; a hidden copy of SID-1's answer column (same header, tier 3) before the
 * visible one; SID-2's answer of the first row a date cell; the implementation dates date cells; Daftar very hidden.
 */
function excelBook(): { grids: WorkbookGrids; stale: number; formats: Map<string, string> } {
  const grids = templateAsGrids();
  const g = grids["Inovasi"]!;
  addRow(g, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
  addRow(g, fullInnovation(e2026, "Si Hulu", "Kecamatan Hulu", "Kesehatan"));
  const at = g.cells[0]!.indexOf(HEAD);
  g.cells.forEach((row, r) => row.splice(at, 0, (r === 0 ? HEAD : r <= 2 ? T3 : null) as CellValue));
  const formats = new Map<string, string>();
  const sid2 = g.cells[0]!.findIndex((h) => typeof h === "string" && h.startsWith("2. ") && !/bukti/i.test(h));
  g.cells[1]![sid2] = MARCH_1;
  formats.set(`1,${sid2}`, "d-mmm");
  const date = g.cells[0]!.indexOf("Tanggal Penerapan");
  for (const r of [1, 2]) {
    g.cells[r]![date] = 45717 + r; // 2 and 3 March 2025 (45717: 1 March)
    formats.set(`${r},${date}`, "dd/mm/yyyy");
  }
  return { grids, stale: at, formats };
}

/** The book as an .xlsx, as Excel would save it. */
async function asXlsx(book: ReturnType<typeof excelBook>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const grid of Object.values(book.grids)) {
    const ws = wb.addWorksheet(grid.name, { state: grid.hidden ? "veryHidden" : "visible" });
    grid.cells.forEach((row, r) => row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      const f = grid.name === "Inovasi" ? book.formats.get(`${r},${c}`) : undefined;
      if (f) cell.numFmt = f;
    }));
    if (grid.name === "Inovasi") ws.getColumn(book.stale + 1).hidden = true;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The same book in the in-memory Excel. */
function asExcel(book: ReturnType<typeof excelBook>): FakeExcelHost {
  const host = new FakeExcelHost(structuredClone(book.grids));
  const st = host.sheet("Inovasi")!;
  for (const [k, f] of book.formats) st.formats.set(k, f);
  st.hiddenCols.add(book.stale);
  for (const g of Object.values(book.grids)) if (g.hidden) host.sheet(g.name)!.visibility = "VeryHidden";
  return host;
}

describe("the add-in reads a workbook as inovasi score reads its .xlsx", () => {
  it("hidden columns, date cells (in an answer column too) and a very hidden sheet: the same input and the same messages", async () => {
    const book = excelBook();
    const cli = await readXlsx(openPackage(await asXlsx(book)));
    const host = asExcel(book);
    const addin = await readGrids(ctxOf(host), { supports: host.supports });
    const a = readWorkbook(addin), c = readWorkbook(cli);
    expect(a.input).toEqual(c.input);
    expect(a.issues.map((i) => i.text)).toEqual(c.issues.map((i) => i.text));
    // what the two readings hold: the visible SID-1 column read, the hidden copy said; "1-Mar" no number of persons
    expect(c.input!.innovations.map((i) => i.answers["SID-1"]?.option)).not.toContain(T3);
    expect(c.issues.some((i) => i.code === "column_duplicate" && /tersembunyi/.test(i.text))).toBe(true);
    expect(c.input!.innovations[0]!.answers["SID-2"]).toMatchObject({ option: "2026-03-01" });
    expect(c.input!.innovations.map((i) => i.implementationDate)).toEqual(["2025-03-02", "2025-03-03"]);
  });
});

describe("the template typed in English (audit38): both hosts read and say it alike", () => {
  it("'25 people', Bukti 'Yes', text dates month first, 'Sub-district', 'Regency': the same input and messages", async () => {
    const book = excelBook();
    const g = book.grids["Inovasi"]!;
    const col = (h: string) => g.cells[0]!.findIndex((x) => typeof x === "string" && x.startsWith(h));
    g.cells[1]![col("2. Ketersediaan")] = "25 people";
    g.cells[1]![col("20. Bukti")] = "Yes";
    g.cells[2]![col("Tanggal Uji Coba")] = "12/31/2024";
    g.cells[2]![col("Tanggal Penerapan")] = "03/11/2025";
    book.formats.delete(`2,${col("Tanggal Penerapan")}`);
    book.grids["Perangkat Daerah"]!.cells.find((r) => r[0] === "Kecamatan Hulu")![1] = "Sub-district";
    book.grids["Pengaturan"]!.cells.find((r) => r[0] === "Tingkat")![1] = "Regency";
    const host = asExcel(book);
    const a = readWorkbook(await readGrids(ctxOf(host), { supports: host.supports }), { locale: "en" });
    const x = readWorkbook(await readXlsx(openPackage(await asXlsx(book))), { locale: "en" });
    expect(a.input).toEqual(x.input);
    expect(a.issues.map((i) => i.text)).toEqual(x.issues.map((i) => i.text));
    expect(x.input!.region.level).toBe("kabupaten");
    expect(x.input!.agencies!.map((ag) => ag.type)).toEqual(["opd", "kecamatan"]);
    expect(x.input!.innovations[0]!.answers["SID-2"]).toMatchObject({ value: 25 });
    // besides the book's hidden copy of SID-1 (column_duplicate)
    expect(x.issues.filter((i) => i.severity !== "info" && i.code !== "column_duplicate").map((i) => i.code).sort()).toEqual(["date_day_first", "evidence_word_read", "not_a_date"]);
  });
});

describe("a date in the Tahun column (audit36): both hosts read its year and quote it as the cell shows it", () => {
  it("11/03/2026 (a serial under dd/mm/yyyy in Excel, a date cell in the .xlsx): 2026, the same warning from both", async () => {
    const book = excelBook();
    const g = book.grids["Inovasi"]!;
    const c = g.cells[0]!.indexOf("Tahun");
    g.cells[1]![c] = 46092; // 11 March 2026
    book.formats.set(`1,${c}`, "dd/mm/yyyy");
    const host = asExcel(book);
    const a = readWorkbook(await readGrids(ctxOf(host), { supports: host.supports }));
    const x = readWorkbook(await readXlsx(openPackage(await asXlsx(book))));
    expect(a.input).toEqual(x.input);
    expect(a.issues.map((i) => i.text)).toEqual(x.issues.map((i) => i.text));
    expect(x.input!.innovations[0]!.year).toBe(2026);
    expect(x.issues.filter((i) => i.code === "year_from_date").map((i) => i.text)).toEqual(['tanggal 11/03/2026 dibaca sebagai tahun 2026; "Tahun" berisi tahun saja: tulis 2026']);
  });
});

describe("sheets whose name does not say what they hold, read by their cells as the CLI reads every sheet", () => {
  /** What the reader says given every sheet's cells (the CLI), and given what the add-in read. */
  async function both(seed: WorkbookGrids) {
    const host = new FakeExcelHost(structuredClone(seed));
    const report = { syncs: 0, retries: 0 };
    const addin = await readGrids(ctxOf(host), { supports: host.supports }, report);
    const a = readWorkbook(addin), c = readWorkbook(structuredClone(seed));
    return { a, c, addin, report, host };
  }
  const said = (r: ReturnType<typeof readWorkbook>) => r.issues.map((i) => `${i.code} ${i.sheet}!${i.cell ?? ""}: ${i.text}`);

  it("the Inovasi sheet renamed 'Data Kegiatan': taken by its cells, as inovasi score takes it (before: 'lembar Inovasi tidak ada')", async () => {
    const seed = regionGrids(5);
    seed["Data Kegiatan"] = { ...seed["Inovasi"]!, name: "Data Kegiatan" };
    delete seed["Inovasi"];
    const { a, c } = await both(seed);
    expect(c.source.innovations?.sheet).toBe("Data Kegiatan");
    expect(a.input).toEqual(c.input);
    expect(said(a)).toEqual(said(c));
  });

  it("'Data Kegiatan' with its table's header row below the first ten rows: taken by its table, as inovasi score takes it, in the same syncs", async () => {
    const seed = regionGrids(5);
    const inv = seed["Inovasi"]!;
    const width = inv.cells[0]!.length;
    // twelve rows of title and notes above an Excel table (ListObject) holding the list
    const above: CellValue[][] = [["DAFTAR INOVASI DAERAH KABUPATEN CONTOH TAHUN 2026"], ...Array.from({ length: 11 }, (_, i) => [`Catatan ${i + 1}`])];
    seed["Data Kegiatan"] = { name: "Data Kegiatan", cells: [...above, ...inv.cells], tables: [{ name: "TabelInovasi", row: 12, col: 0, rows: inv.cells.length, cols: width, headerRow: true, totalsRow: false }] };
    delete seed["Inovasi"];
    const plain = regionGrids(5);
    plain["Data Kegiatan"] = { ...plain["Inovasi"]!, name: "Data Kegiatan" };
    delete plain["Inovasi"];
    const { a, c, report } = await both(seed);
    expect(c.source.innovations?.sheet).toBe("Data Kegiatan");
    expect(c.source.innovations?.headerRow).toBe(12);
    expect(a.input).toEqual(c.input);
    expect(said(a)).toEqual(said(c));
    // the header row rides with the sample: the syncs of the sheet with its header at the top
    expect(report.syncs).toBe((await both(plain)).report.syncs);
  });

  it("a visible copy laid out as Inovasi ('Dinkes'): named as not read, as inovasi score names it", async () => {
    const seed = regionGrids(5);
    seed["Dinkes"] = { ...structuredClone(seed["Inovasi"]!), name: "Dinkes" };
    const { a, c } = await both(seed);
    expect(c.issues.some((i) => i.code === "sheet_not_read" && i.sheet === "Dinkes")).toBe(true);
    expect(said(a)).toEqual(said(c));
  });

  it("a sheet of notes: its header rows ride with the sample (no sync more), its cells are not kept", async () => {
    const seed = regionGrids(5);
    const plain = await both(structuredClone(seed));
    seed["Catatan"] = { name: "Catatan", cells: [["Rapat 3 Maret"], ["Nama", "Jabatan"], ["Ani", "Kabid"]] };
    const { addin, report, a, c } = await both(seed);
    expect(addin["Catatan"]!.cells).toEqual([]);
    expect(report.syncs).toBe(plain.report.syncs);
    expect(said(a)).toEqual(said(c));
  });
});

describe("hidden and filtered-out rows, as inovasi score reads <row hidden> (ExcelApi 1.2 and 1.9)", () => {
  it("rows hidden on Inovasi and Perangkat Daerah: the same note at the same cell, from the .xlsx and from Excel", async () => {
    const seed = regionGrids(6);
    const hide: Record<string, number[]> = { Inovasi: [2, 4, 5], "Perangkat Daerah": [2] };
    const wb = new ExcelJS.Workbook();
    for (const grid of Object.values(seed)) {
      const ws = wb.addWorksheet(grid.name);
      grid.cells.forEach((row, r) => row.forEach((v, c) => { if (v !== null && v !== undefined) ws.getCell(r + 1, c + 1).value = v; }));
      for (const r of hide[grid.name] ?? []) ws.getRow(r + 1).hidden = true;
    }
    const cli = await readXlsx(openPackage(new Uint8Array(await wb.xlsx.writeBuffer())));
    const host = new FakeExcelHost(structuredClone(seed));
    for (const [name, rows] of Object.entries(hide)) for (const r of rows) host.sheet(name)!.hiddenRows.add(r);
    const addin = await readGrids(ctxOf(host), { supports: host.supports });
    const notes = (g: WorkbookGrids) => readWorkbook(g).issues.filter((i) => i.code === "hidden_rows_read").map((i) => `${i.sheet}!${i.cell} ${i.text}`);
    expect(notes(cli)).toHaveLength(2);
    expect(notes(addin)).toEqual(notes(cli));
    expect(readWorkbook(addin).input).toEqual(readWorkbook(cli).input);
  });
});
