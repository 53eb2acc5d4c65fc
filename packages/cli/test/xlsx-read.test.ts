import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { getEdition } from "@inovasi/core";
import type { WorkbookGrids } from "@inovasi/workbook";
import { buildTemplate } from "../src/template.js";
import { loadWorkbook } from "../src/xlsx-io.js";
import { openPackage } from "../src/xlsx/open.js";
import { readGrids } from "@inovasi/workbook/xlsx-read";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));

/** Values only (the exceljs loader does not fill tables). */
const values = (g: WorkbookGrids) => Object.fromEntries(Object.entries(g).map(([k, v]) => [k, v.cells.map((r) => { const out = [...r]; while (out.length && out[out.length - 1] === null) out.pop(); return out; })]));
const formats = (g: WorkbookGrids) => Object.fromEntries(Object.entries(g).map(([k, v]) => [k, JSON.stringify(v.formats ?? null)]));

async function both(bytes: Uint8Array) {
  const streamed = await readGrids(openPackage(bytes));
  const model = (await loadWorkbook(bytes)).grids;
  return { streamed, model };
}

describe("streaming reader", () => {
  it("lists formulas without a saved value as the exceljs loader does (a file written by a program that does not calculate)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Rumus");
    ws.getCell("A1").value = { formula: "200+250" } as ExcelJS.CellValue;
    ws.getCell("B2").value = { formula: "SUM(A1:A3)" } as ExcelJS.CellValue;
    ws.getCell("C2").value = { formula: "1+1", result: 2 };
    const { streamed, model } = await both(new Uint8Array(await wb.xlsx.writeBuffer()));
    const want = [{ row: 0, col: 0, formula: "200+250" }, { row: 1, col: 1, formula: "SUM(A1:A3)" }];
    expect(streamed["Rumus"]!.unsavedFormulas).toEqual(want);
    expect(model["Rumus"]!.unsavedFormulas).toEqual(want);
    expect(values(streamed)).toEqual(values(model));
  });

  it("gives the same grids as the exceljs loader on the example workbook", async () => {
    const { streamed, model } = await both(readFileSync(example));
    expect(Object.keys(streamed)).toEqual(Object.keys(model));
    expect(values(streamed)).toEqual(values(model));
    expect(formats(streamed)).toEqual(formats(model));
  });

  it("gives the same grids on the template and on a workbook with every kind of cell", async () => {
    const tpl = buildTemplate(getEdition("iid-2026")!);
    let r = await both(await tpl.toBuffer());
    expect(values(r.streamed)).toEqual(values(r.model));

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Macam <Sel> & \"Kutip\"");
    ws.getCell("A1").value = "teks";
    ws.getCell("B1").value = 12.5;
    ws.getCell("C1").value = true;
    ws.getCell("D1").value = new Date(Date.UTC(2025, 1, 3));
    ws.getCell("E1").value = { formula: "B1*2", result: 25 };
    ws.getCell("F1").value = { formula: "A1&\"x\"", result: "tekx" };
    ws.getCell("G1").value = { richText: [{ text: "kaya " }, { font: { bold: true }, text: "teks" }] };
    ws.getCell("H1").value = { error: "#N/A" };
    ws.getCell("I1").value = { text: "tautan", hyperlink: "https://example.org" };
    ws.getCell("J1").value = 0.95;
    ws.getCell("J1").numFmt = "0%";
    ws.getCell("A3").value = "  spasi & <tanda> \u00e9\u{1F600}  ";
    ws.getCell("Z5").value = -1e-7;
    ws.mergeCells("A7:C7");
    ws.getCell("A7").value = "gabung";
    wb.addWorksheet("Kosong");
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    r = await both(bytes);
    // one deliberate difference: a merged range's value sits in its first cell only (exceljs copies it into every cell
    // of the range, which turns a merged header into duplicate headers)
    const model = values(r.model);
    model["Macam <Sel> & \"Kutip\""]![6] = ["gabung"];
    expect(values(r.streamed)).toEqual(model);
    expect(formats(r.streamed)).toEqual(formats(r.model));
  });

  it("reads shared strings, inline strings, a namespace prefix, rows and cells without r, and the 1904 date system", async () => {
    const z = new JSZip();
    z.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
    z.file("xl/workbook.xml", `<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="S" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`);
    z.file("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/s1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="strings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`);
    z.file("xl/strings.xml", `<sst xmlns="x"><si><t>satu</t></si><si><r><t>du</t></r><r><rPr><b/></rPr><t xml:space="preserve">a </t></r><rPh><t>X</t></rPh></si><si><t>a_x000D_b</t></si></sst>`);
    z.file("xl/styles.xml", `<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`);
    z.file("xl/worksheets/s1.xml", `<?xml version="1.0"?><x:worksheet xmlns:x="x"><x:sheetData><x:row r="1"><x:c t="inlineStr"><x:is><x:t>Tanggal Penerapan</x:t></x:is></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>14. Penanganan pengaduan</x:t></x:is></x:c></x:row><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>in&amp;line</x:t></x:is></x:c></x:row><x:row r="3"><x:c r="B3" s="1"><x:v>0</x:v></x:c><x:c s="2"><x:v>0.125</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c><x:c t="s"><x:v>99</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`);
    const grids = await readGrids(openPackage(await z.generateAsync({ type: "uint8array", compression: "DEFLATE" })));
    expect(grids.S!.cells).toEqual([["Tanggal Penerapan", null, "14. Penanganan pengaduan"], ["satu", "dua ", "in&line"], [null, "1904-01-01", 0.125, "a\rb", null, true]]);
    // formats of numeric cells in the columns the reader needs (a date column, an indicator answer column)
    expect(grids.S!.formats).toEqual([undefined, undefined, [undefined, undefined, "0.0%"]]);
  });

  it("reads Excel tables' rectangles", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.addTable({ name: "Daftar", ref: "B2", headerRow: true, totalsRow: false, columns: [{ name: "Nama" }, { name: "Nilai" }], rows: [["a", 1], ["b", 2]] });
    const grids = await readGrids(openPackage(new Uint8Array(await wb.xlsx.writeBuffer())));
    expect(grids.Data!.tables).toEqual([{ name: "Daftar", row: 1, col: 1, rows: 3, cols: 2, headerRow: true, totalsRow: false }]);
    void join;
  });
});
