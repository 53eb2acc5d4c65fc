/**
 * The host-neutral .xlsx reader with an injected inflater: a small package built by hand (deflated and stored parts),
 * parts that lie about their size (a zip bomb's trick), data that is not deflate, and the directory guard. The CLI's
 * agreement test with exceljs on real workbooks is packages/cli/test/xlsx-read.test.ts; the add-in's fflate inflater
 * runs the same cases in addin/test/xlsx-inflate.test.ts.
 */
import * as zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  type Inflater,
  InflateLimitError,
  ZipFormatError,
  ZipSizeError,
  checkWorkbookZip,
  openPackage,
  readGrids,
} from "../src/xlsx-read/index.js";
import { type Part, WORKBOOK_PARTS, zipOf } from "./xlsx-zip.js";

const nodeInflater: Inflater = {
  inflate(raw, max) {
    try {
      return zlib.inflateRawSync(raw, { maxOutputLength: max });
    } catch (e) {
      if (e instanceof RangeError || (e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") throw new InflateLimitError();
      throw e;
    }
  },
  async *chunks(raw) {
    yield zlib.inflateRawSync(raw);
  },
};

describe("xlsx-read with an injected inflater", () => {
  it("reads shared strings, inline strings, numbers, booleans, dates and hidden sheets, deflated or stored", async () => {
    for (const stored of [false, true]) {
      const pkg = openPackage(zipOf(WORKBOOK_PARTS, { stored }), nodeInflater);
      expect(pkg.sheets.map((s) => s.name)).toEqual(["Data & <Satu>", "Tersembunyi"]);
      const grids = await readGrids(pkg);
      expect(grids["Data & <Satu>"]!.cells).toEqual([
        ["Nama", "Nilai"],
        ["Dinas Kesehatan", 12.5],
        // an error value as its text (as Office.js gives it): the reader reports it at its cell instead of reading a blank
        ["teks sebaris", true, "#N/A", "2025-02-03"],
      ]);
      expect(grids["Tersembunyi"]).toMatchObject({ hidden: true, cells: [["x"]] });
    }
  });

  it("reads hidden rows (<row hidden>) that hold a cell as Grid.hiddenRows; an empty one is not listed; none: no field (audit33)", async () => {
    const parts = WORKBOOK_PARTS.map((p) =>
      p.name === "xl/worksheets/sheet1.xml"
        ? { ...p, text: p.text!.replace('<row r="2">', '<row r="2" spans="1:2" hidden="1" ht="0">').replace('<row r="3">', "<row r='3' hidden='true'>").replace("</sheetData>", '<row r="7" hidden="1"/><row r="8" hidden="0"><c r="A8"><v>1</v></c></row></sheetData>') }
        : p,
    );
    const grids = await readGrids(openPackage(zipOf(parts), nodeInflater));
    expect(grids["Data & <Satu>"]!.hiddenRows).toEqual([1, 2]);
    expect(grids["Data & <Satu>"]!.cells[1]).toEqual(["Dinas Kesehatan", 12.5]);
    expect(grids["Tersembunyi"]!.hiddenRows).toBeUndefined();
  });

  it("a row of height zero (ht=\"0\", written without hidden by another tool) is hidden; zeroHeight hides only unlisted rows (tbl34)", async () => {
    const sheet = (rows: string, format = "") => WORKBOOK_PARTS.map((p) =>
      p.name === "xl/worksheets/sheet1.xml" ? { ...p, text: p.text!.replace("<sheetData>", `${format}<sheetData>`).replace("</sheetData>", `${rows}</sheetData>`) } : p,
    );
    const read = async (parts: Part[]) => (await readGrids(openPackage(zipOf(parts), nodeInflater)))["Data & <Satu>"]!;
    // rows 5–9: a zero height in its spellings; 10: a small height, not zero; 11: an empty height
    const zero = `<row r="5" ht="0" customHeight="1"><c r="A5"><v>1</v></c></row><row r="6" ht='0.0'><c r="A6"><v>1</v></c></row><row r="7" customHeight="1" ht="0" hidden="0"><c r="A7"><v>1</v></c></row><row r="10" ht="0.75" customHeight="1"><c r="A10"><v>1</v></c></row><row r="11" ht=""><c r="A11"><v>1</v></c></row>`;
    expect((await read(sheet(zero))).hiddenRows).toEqual([4, 5, 6]);
    // "hide every row below" (Excel, XlsxWriter's hide_unused_rows): the sheet's rows are hidden by default, but a
    // listed row only by its own hidden (ECMA-376 §18.3.1.73, default false; LibreOffice shows rows 5–7 of this sheet)
    const below = `<row r="5"><c r="A5"><v>1</v></c></row><row r="6" ht="15" customHeight="1"><c r="A6"><v>1</v></c></row><row r="7" hidden="1"><c r="A7"><v>1</v></c></row>`;
    expect((await read(sheet(below, '<sheetFormatPr defaultRowHeight="15" zeroHeight="1"/>'))).hiddenRows).toEqual([6]);
  });

  it("reads hidden columns (<col hidden>, a range too) as Grid.hiddenCols; none: no field", async () => {
    const cols = `<cols><col min="2" max="2" width="9" hidden="1" customWidth="1"/><col min="3" max="3" width="9"/><col min="5" max="6" hidden="true"/></cols>`;
    const parts = WORKBOOK_PARTS.map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { ...p, text: p.text!.replace("<sheetData>", `${cols}<sheetData>`) } : p));
    const grids = await readGrids(openPackage(zipOf(parts), nodeInflater));
    expect(grids["Data & <Satu>"]!.hiddenCols).toEqual([1, 4, 5]);
    expect(grids["Tersembunyi"]!.hiddenCols).toBeUndefined();
  });

  it("refuses a small part and a sheet that inflate past the size their directory declares", async () => {
    const lyingWorkbook = zipOf(WORKBOOK_PARTS, { declare: { "xl/workbook.xml": 40 } });
    expect(() => openPackage(lyingWorkbook, nodeInflater)).toThrow(ZipSizeError);
    const lyingSheet = zipOf(WORKBOOK_PARTS, { declare: { "xl/worksheets/sheet1.xml": 100 } });
    const pkg = openPackage(lyingSheet, nodeInflater);
    await expect(readGrids(pkg)).rejects.toThrow(ZipSizeError);
    // a stored part longer than it says is refused too
    const storedLie = zipOf(WORKBOOK_PARTS, { stored: true, declare: { "xl/workbook.xml": 10 } });
    expect(() => openPackage(storedLie, nodeInflater)).toThrow(ZipSizeError);
  });

  it("reports data that is not deflate as a format error, never the inflater's own error", async () => {
    const parts: Part[] = WORKBOOK_PARTS.map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { ...p, garbage: true } : p));
    const pkg = openPackage(zipOf(parts), nodeInflater);
    await expect(readGrids(pkg)).rejects.toThrow(ZipFormatError);
    const bad = zipOf(WORKBOOK_PARTS.map((p) => (p.name === "xl/workbook.xml" ? { ...p, garbage: true } : p)));
    expect(() => openPackage(bad, nodeInflater)).toThrow(ZipFormatError);
  });

  it("the directory guard refuses what is not a workbook and a bomb's ratio before anything is inflated", () => {
    expect(checkWorkbookZip(zipOf(WORKBOOK_PARTS))).toBeUndefined();
    expect(checkWorkbookZip(new TextEncoder().encode("bukan zip sama sekali, hanya teks"))).toEqual({ code: "not_zip" });
    expect(checkWorkbookZip(zipOf(WORKBOOK_PARTS.filter((p) => p.name !== "xl/workbook.xml")))).toEqual({ code: "not_workbook", missing: "xl/workbook.xml" });
    const bomb = zipOf([...WORKBOOK_PARTS, { name: "xl/media/bom.bin", text: "0".repeat(4 * 1024 * 1024) }]);
    expect(checkWorkbookZip(bomb)).toMatchObject({ code: "bomb", entry: "xl/media/bom.bin" });
  });
});
