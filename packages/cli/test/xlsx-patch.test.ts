import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { defaultEdition } from "@inovasi/core";
import { OUTPUT_COLUMNS, indicatorScoreHeaders, outputColumnWidth } from "@inovasi/workbook";
import { scoreWorkbookFile } from "../src/index.js";
import { convertsToPdf, hasSoffice, load, loadBytes, oneSheetPackage, packageParts, partText, tmp } from "./helpers.js";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));

/** The example, with what an analyst adds: styles, a comment, a table, a defined name, conditional formats, a merged title, an extra sheet. */
async function analystWorkbook(dir: string): Promise<string> {
  const wb = await load(example);
  const inv = wb.getWorksheet("Inovasi")!;
  inv.getCell("A2").font = { italic: true, color: { argb: "FF1F4E79" } };
  inv.getCell("A3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  inv.getCell("B2").border = { bottom: { style: "thin" } };
  inv.getCell("A4").note = "Periksa lagi dengan Bappeda";
  inv.addConditionalFormatting({ ref: "C2:C91", rules: [{ type: "containsText", operator: "containsText", text: "Uji", priority: 1, style: { font: { bold: true } } }] });
  const extra = wb.addWorksheet("Catatan Analis");
  extra.mergeCells("A1:D1");
  extra.getCell("A1").value = "Catatan verifikasi lapangan";
  extra.getCell("A1").font = { size: 14, bold: true };
  extra.addTable({ name: "Kunjungan", ref: "A3", columns: [{ name: "Tanggal" }, { name: "Perangkat Daerah" }, { name: "Temuan" }], rows: [[new Date(Date.UTC(2026, 2, 1)), "Dinas Kesehatan", "bukti lengkap"], [new Date(Date.UTC(2026, 2, 2)), "Dinas Sosial", "=belum"]] });
  extra.getCell("F3").dataValidation = { type: "list", allowBlank: true, formulae: ['"Ya,Tidak"'] };
  extra.getCell("F4").value = { formula: "COUNTA(A4:A5)", result: 2 };
  wb.definedNames.add("'Catatan Analis'!$A$3:$C$5", "DaftarKunjungan");
  const path = join(dir, "analis.xlsx");
  await wb.xlsx.writeFile(path);
  return path;
}

/** A sheet's `<col>` entries by 1-based column: width and the entry's other attributes. */
function widthsOf(xml: string): Map<number, { width: number | undefined; rest: string }> {
  const m = new Map<number, { width: number | undefined; rest: string }>();
  for (const c of xml.matchAll(/<col\b[^>]*\/>/g)) {
    const at = (n: string) => new RegExp(`\\s${n}="([^"]*)"`).exec(c[0])?.[1];
    const rest = c[0].replace(/\s(min|max|width)="[^"]*"/g, "");
    for (let k = Number(at("min")); k <= Number(at("max")); k++) m.set(k, { width: at("width") === undefined ? undefined : Number(at("width")), rest });
  }
  return m;
}

const same = (a: Uint8Array | undefined, b: Uint8Array | undefined) => a !== undefined && b !== undefined && Buffer.from(a).equals(Buffer.from(b));

/** Every part of a package as `[name, text]`, by name, each checked against its CRC-32. */
async function partsAsText(bytes: Uint8Array): Promise<[string, string][]> {
  const z = await JSZip.loadAsync(bytes, { checkCRC32: true });
  return Promise.all(Object.keys(z.files).filter((n) => !z.files[n]!.dir).sort().map(async (n): Promise<[string, string]> => [n, await z.file(n)!.async("string")]));
}

/** Cells of a sheet's XML by address, as their exact XML text. */
function cellsOf(xml: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)) m.set(c[1]!, c[0]);
  return m;
}

function sheetPathOf(all: Map<string, Uint8Array>, name: string): string {
  const wb = partText(all.get("xl/workbook.xml"));
  const rels = partText(all.get("xl/_rels/workbook.xml.rels"));
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1]!;
  return `xl/${target.replace(/^\/?xl\//, "")}`;
}

describe("the scored copy is the input package, patched", () => {
  let input: string;
  let before: Map<string, Uint8Array>;
  let after: Map<string, Uint8Array>;
  let scored: Uint8Array;
  beforeAll(async () => {
    const dir = tmp();
    input = await analystWorkbook(dir);
    const r = await scoreWorkbookFile({ input });
    if (!r.ok) throw new Error(r.messages.join("\n"));
    scored = r.output;
    before = await packageParts(readFileSync(input));
    after = await packageParts(scored);
  });

  it("every part we neither own nor patch is byte-for-byte the same (other sheets, comments, tables, shared strings, theme, properties)", () => {
    const inv = sheetPathOf(before, "Inovasi");
    const ours = new Set([inv, "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]);
    const untouched = [...before.keys()].filter((p) => !ours.has(p));
    expect(untouched).toEqual(expect.arrayContaining(["xl/sharedStrings.xml", sheetPathOf(before, "Catatan Analis"), "xl/tables/table1.xml", "xl/theme/theme1.xml", "docProps/app.xml"]));
    expect(untouched.some((p) => /^xl\/comments\d+\.xml$/.test(p))).toBe(true);
    for (const p of untouched) expect(same(before.get(p), after.get(p)), p).toBe(true);
  });

  it("in the patched sheet only output cells changed: every other cell's XML and everything outside the cells is identical", () => {
    const path = sheetPathOf(before, "Inovasi");
    const a = partText(before.get(path));
    const b = partText(after.get(path));
    const cb = cellsOf(b);
    const header = [...cb.entries()].filter(([addr]) => /^[A-Z]+1$/.test(addr));
    // the output columns: the innovation's scores and flags, then claimed and verified points per SID indicator
    const sid = defaultEdition.indicators.filter((i) => i.aspect === "SID");
    const headers = [...Object.values(OUTPUT_COLUMNS), ...sid.flatMap((i) => Object.values(indicatorScoreHeaders(i)))];
    const outputCols = new Set(header.filter(([, xml]) => headers.some((h) => xml.includes(`>${h}<`))).map(([addr]) => addr.replace(/\d+$/, "")));
    expect(outputCols.size).toBe(headers.length);
    const ca = cellsOf(a);
    for (const [addr, xml] of ca) if (!outputCols.has(addr.replace(/\d+$/, ""))) expect(cb.get(addr), addr).toBe(xml);
    for (const addr of cb.keys()) if (!ca.has(addr)) expect(outputCols.has(addr.replace(/\d+$/, "")), `new cell ${addr}`).toBe(true);
    // outside the rows: the same text, but for the dimension and the column widths (checked below)
    const outside = (x: string) => x.replace(/<sheetData>[\s\S]*<\/sheetData>/, "").replace(/<dimension ref="[^"]*"\/>/, "").replace(/<cols>[\s\S]*?<\/cols>/, "");
    // … and the scorer's own conditional formats (expression rules), added after the analyst's
    const ours = /<conditionalFormatting sqref="[^"]*"><cfRule type="expression" dxfId="\d+" priority="\d+"><formula>[^<]*<\/formula><\/cfRule><\/conditionalFormatting>/g;
    expect(ours.test(b)).toBe(true);
    expect(outside(b.replace(ours, ""))).toBe(outside(a));
  });

  it("the output columns get widths that show their headers whole; every column of the analyst keeps its width", () => {
    const path = sheetPathOf(before, "Inovasi");
    const a = partText(before.get(path));
    const b = partText(after.get(path));
    const wa = widthsOf(a);
    const wb = widthsOf(b);
    expect(wa.size).toBeGreaterThan(10); // the example sets widths for its input columns
    for (const [col, w] of wa) expect(wb.get(col), `column ${col}`).toEqual(w);
    const headers = new Map([...cellsOf(b)].filter(([addr]) => /^[A-Z]+1$/.test(addr)).map(([addr, xml]) => [addr.replace(/1$/, ""), />([^<]*)<\/t>/.exec(xml)?.[1] ?? ""]));
    const sid = defaultEdition.indicators.filter((i) => i.aspect === "SID");
    const ours = [...Object.values(OUTPUT_COLUMNS), ...sid.flatMap((i) => Object.values(indicatorScoreHeaders(i)))];
    for (const h of ours) {
      const letters = [...headers].find(([, t]) => t === h)![0];
      const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      expect(wa.has(col), `${h} had no width before`).toBe(false);
      const width = wb.get(col)?.width;
      expect(width, h).toBe(outputColumnWidth(h, (Object.keys(OUTPUT_COLUMNS) as (keyof typeof OUTPUT_COLUMNS)[]).find((k) => OUTPUT_COLUMNS[k] === h)));
      // the header shows whole: at least its length (bold Calibri needs ~10 % more)
      expect(width!).toBeGreaterThanOrEqual(Math.ceil(h.length * 1.1));
    }
  });

  it("styles, workbook, relationships and content types only gain entries; no formula is written", () => {
    const sa = partText(before.get("xl/styles.xml"));
    const sb = partText(after.get("xl/styles.xml"));
    for (const section of ["numFmts", "fonts", "fills", "borders", "cellXfs"]) {
      const inner = (x: string) => new RegExp(`<${section}[^>]*>([\\s\\S]*?)</${section}>`).exec(x)?.[1] ?? "";
      expect(inner(sb).startsWith(inner(sa)), section).toBe(true);
    }
    const wa = partText(before.get("xl/workbook.xml"));
    const wbx = partText(after.get("xl/workbook.xml"));
    // the sheets the tool owns (Ringkasan, Rencana …) are the only additions
    const added = [...wbx.matchAll(/<sheet name="([^"]+)"[^>]*\/>/g)].filter((m) => !wa.includes(m[0]));
    expect(added.map((m) => m[1])).toEqual(expect.arrayContaining(["Ringkasan"]));
    // and the tab shown on opening: the summary (no sheet of the analyst's is selected in this file)
    const names = [...wbx.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    expect(/activeTab="(\d+)"/.exec(wbx)?.[1]).toBe(String(names.indexOf("Ringkasan")));
    const tab = (x: string) => x.replace(/ activeTab="\d+"/, "");
    // and the print titles of the owned sheets that have them (Masalah's header row on every printed page)
    const titles = (x: string) => x.replace(/<definedName name="_xlnm\.Print_Titles" localSheetId="\d+">[^<]*<\/definedName>/g, "").replace(/<definedNames><\/definedNames>/, "");
    expect(titles(tab(added.reduce((x, m) => x.replace(m[0], ""), wbx)))).toBe(tab(wa));
    const addedParts = (x: string) => x.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (m, part: string) => (before.has(part) ? m : ""));
    expect(addedParts(partText(after.get("[Content_Types].xml")))).toBe(partText(before.get("[Content_Types].xml")));
    const addedRels = (x: string) => x.replace(/<Relationship Id="rId\d+" Type="[^"]*\/worksheet" Target="worksheets\/(sheet\d+\.xml)"\/>/g, (m, part: string) => (before.has(`xl/worksheets/${part}`) ? m : ""));
    expect(addedRels(partText(after.get("xl/_rels/workbook.xml.rels")))).toBe(partText(before.get("xl/_rels/workbook.xml.rels")));
    for (const [p, b] of after) if (/^xl\/worksheets\/sheet\d+\.xml$/.test(p) && !before.has(p)) expect(partText(b)).not.toMatch(/<f>|<f /);
    const inv = partText(after.get(sheetPathOf(after, "Inovasi")));
    const formulasBefore = (partText(before.get(sheetPathOf(before, "Inovasi"))).match(/<f[ >]/g) ?? []).length;
    expect((inv.match(/<f[ >]/g) ?? []).length).toBe(formulasBefore);
  });

  it("exceljs and LibreOffice-level structure: the copy loads, the analyst's comment, table, name and formula are there", async () => {
    const wb = await loadBytes(scored);
    expect(wb.getWorksheet("Inovasi")!.getCell("A4").note).toBe("Periksa lagi dengan Bappeda");
    const extra = wb.getWorksheet("Catatan Analis")!;
    expect(extra.getTable("Kunjungan")).toBeTruthy();
    expect(extra.getCell("F4").value).toMatchObject({ formula: "COUNTA(A4:A5)" });
    expect(wb.definedNames.getNames("'Catatan Analis'!A3")).toContain("DaftarKunjungan");
    expect(wb.getWorksheet("Ringkasan")!.getCell("A1").value).toMatch(/^Ringkasan Skor/);
    expect(wb.getWorksheet("Inovasi")!.getCell("A2").font?.italic).toBe(true);
  });

  it("a second run on the scored copy changes only output cells and the owned sheet: no new styles, sheets or charts", async () => {
    const dir = tmp();
    const first = join(dir, "hasil.xlsx");
    writeFileSync(first, scored);
    const r = await scoreWorkbookFile({ input: first });
    if (!r.ok) throw new Error(r.messages.join("\n"));
    const again = await packageParts(r.output);
    expect([...again.keys()].sort()).toEqual([...after.keys()].sort());
    const ringkasan = sheetPathOf(after, "Ringkasan");
    for (const [p, b] of after) if (p !== ringkasan) expect(same(b, again.get(p)), p).toBe(true);
  });

  it("LibreOffice converts the patched analyst workbook to PDF (it opens without repair)", async (ctx) => {
    ctx.skip(!hasSoffice && !process.env.INOVASI_REQUIRE_LIBREOFFICE, "LibreOffice (soffice) is not on PATH");
    const res = convertsToPdf(scored, "analis.scored.xlsx");
    expect(res.status, res.stderr).toBe(0);
    expect(res.pdf).toBe(true);
  }, 240_000);
});

describe("patchWorkbook on hand-written sheet XML", () => {
  const pkgOf = oneSheetPackage;
  const w = (row: number, col: number, value: string | number | null) => ({ sheet: "S", row, col, address: "", value });
  const none = { ownedSheets: [], charts: [], tables: [], conditionalFormats: [] };

  it("splices cells in column order, inserts missing rows in row order, opens self-closing rows, gives r to cells placed by position", async () => {
    const { patchWorkbook } = await import("../src/xlsx/patch.js");
    const pkg = await pkgOf(`<worksheet xmlns="x"><dimension ref="A1:C3"/><sheetData><row r="1" spans="1:3"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c></row><row r="3"/><row><c><v>7</v></c><c><v>8</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`);
    const { bytes, report } = await patchWorkbook(pkg, [w(0, 1, "b"), w(0, 4, 5), w(1, 0, "baru"), w(2, 0, 9), w(3, 1, "x"), w(5, 0, "akhir"), w(0, 2, null)], none);
    const xml = await (await JSZip.loadAsync(bytes, { checkCRC32: true })).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toBe(`<worksheet xmlns="x"><dimension ref="A1:E6"/><sheetData><row r="1" spans="1:5"><c r="A1"><v>1</v></c><c r="B1" t="inlineStr"><is><t xml:space="preserve">b</t></is></c><c r="E1"><v>5</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve">baru</t></is></c></row><row r="3"><c r="A3"><v>9</v></c></row><row><c r="A4"><v>7</v></c><c r="B4" t="inlineStr"><is><t xml:space="preserve">x</t></is></c></row><row r="6"><c r="A6" t="inlineStr"><is><t xml:space="preserve">akhir</t></is></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`);
    expect(report.copied.filter((p) => !p.endsWith("/"))).toEqual(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]);
    expect(report.rewritten).toEqual(["xl/worksheets/sheet1.xml"]);
    expect(report.added).toEqual([]);
  });

  it("a row block (writeResultBlocks) patches the same bytes as its cells written one by one: existing, missing and skipped rows", async () => {
    const { patchWorkbook } = await import("../src/xlsx/patch.js");
    const { blockWrites } = await import("@inovasi/workbook");
    const sheet = `<worksheet xmlns="x"><dimension ref="A1:B4"/><sheetData><row r="1" spans="1:2"><c r="A1"><v>1</v></c><c r="B1" s="3"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="C2"><v>0</v></c></row><row r="4"/></sheetData></worksheet>`;
    const block = {
      sheet: "S",
      firstRow: 1,
      rows: 4,
      columns: [
        { col: 2, kind: "number" as const, values: Float64Array.from([1.5, NaN, 2, 7]), numFmt: "0.00" },
        { col: 3, kind: "text" as const, values: ["=catatan", null, "c", null] },
      ],
      skipped: new Set([3 * 2 + 0]),
    };
    const explicit = [w(0, 2, "Skor"), w(0, 3, "Catatan"), w(2, 0, "diketik")];
    const viaBlock = await patchWorkbook(await pkgOf(sheet), explicit, none, [block]);
    const viaWrites = await patchWorkbook(await pkgOf(sheet), [...explicit, ...blockWrites(block)], none);
    const xmlOf = async (b: Uint8Array) => (await JSZip.loadAsync(b, { checkCRC32: true })).file("xl/worksheets/sheet1.xml")!.async("string");
    const xml = await xmlOf(viaBlock.bytes);
    expect(xml).toBe(await xmlOf(viaWrites.bytes));
    expect(xml).toContain(`<dimension ref="A1:D4"/>`);
    expect(xml).toContain(`<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">diketik</t></is></c><c r="C3" s="1"/></row>`);
    expect(xml).not.toContain(`r="5"`); // C5 skipped (the user's), D5 empty without a style: no row at all
    expect(xml).toContain(`<row r="4"><c r="C4" s="1"><v>2</v></c><c r="D4" t="inlineStr"><is><t xml:space="preserve">c</t></is></c></row>`); // the self-closing row opened
    expect(xml).toContain(`<t xml:space="preserve">=catatan</t>`);
    expect(xml).not.toMatch(/<f>/);
  });

  it("block cells appended after a row's last cell (every innovation row of a first run) are the bytes their writes make, prefixed XML, spans, styles and skipped cells included", async () => {
    const { patchWorkbook } = await import("../src/xlsx/patch.js");
    const { blockWrites } = await import("@inovasi/workbook");
    for (const prefix of ["", "x:"]) {
      const q = (x: string) => x.replace(/<(\/?)(worksheet|dimension|sheetData|row|c|v)\b/g, `<$1${prefix}$2`).replace(`<${prefix}worksheet xmlns="x"`, prefix ? `<${prefix}worksheet xmlns:x="x"` : `<worksheet xmlns="x"`);
      const sheet = q(`<worksheet xmlns="x"><dimension ref="A1:B4"/><sheetData><row r="1" spans="1:2"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2" spans="1:2"><c r="A2"><v>3</v></c><c r="B2" s="3"><v>4</v></c></row><row r="3"><c r="A3"><v>5</v></c></row><row r="4" spans="1:1" ht="20"><c r="A4"><v>6</v></c></row></sheetData></worksheet>`);
      // columns out of column order: the cells still go left to right, styles asked for in that order
      const block = {
        sheet: "S",
        firstRow: 1,
        rows: 3,
        columns: [
          { col: 5, kind: "text" as const, values: ["a & <b>", null, "=1+1"], header: true },
          { col: 2, kind: "number" as const, values: Float64Array.from([1.25, NaN, -0]), numFmt: "0.00" },
          { col: 3, kind: "number" as const, values: Float64Array.from([NaN, 7, Infinity]) },
          { col: 4, kind: "text" as const, values: [null, "teks", "x"] },
        ],
        skipped: new Set([1 * 4 + 1, 2 * 4 + 3]),
      };
      const explicit = [w(0, 2, "Skor"), w(0, 5, "Catatan")];
      const viaBlock = await patchWorkbook(await pkgOf(sheet), explicit, none, [block]);
      const viaWrites = await patchWorkbook(await pkgOf(sheet), [...explicit, ...blockWrites(block)], none);
      const parts = async (b: Uint8Array) => {
        const z = await JSZip.loadAsync(b, { checkCRC32: true });
        return Promise.all(["xl/worksheets/sheet1.xml", "xl/styles.xml"].map((f) => z.file(f)?.async("string")));
      };
      const [xml, styles] = await parts(viaBlock.bytes);
      expect([xml, styles]).toEqual(await parts(viaWrites.bytes));
      expect(xml).toContain(q(`<row r="2" spans="1:6"><c r="A2"><v>3</v></c><c r="B2" s="3"><v>4</v></c><c r="C2" s="1"><v>1.25</v></c>`));
      // -0 written as 0, Infinity as nothing (no style asked), E4 skipped, the text column's header style on F
      expect(xml).toContain(q(`<row r="4" spans="1:6" ht="20"><c r="A4"><v>6</v></c><c r="C4" s="1"><v>0</v></c><c r="F4" s="2" t="inlineStr">`));
    }
  });

  it("a block on a sheet the tool owns (the Masalah rows) renders the same sheet as its cells written one by one", async () => {
    const { patchWorkbook } = await import("../src/xlsx/patch.js");
    const { blockWrites } = await import("@inovasi/workbook");
    const sheet = `<worksheet xmlns="x"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    const owned = { ownedSheets: [{ name: "Masalah", widths: [18, 8], headingRows: [0], freezeRows: 1, landscape: true }], charts: [], tables: [], conditionalFormats: [] };
    const explicit = [{ sheet: "Masalah", row: 0, col: 0, address: "", value: "Masalah", header: true }, { sheet: "Masalah", row: 0, col: 1, address: "", value: null, header: true }];
    const block = {
      sheet: "Masalah",
      firstRow: 1,
      rows: 3,
      columns: [
        { col: 0, kind: "text" as const, raw: true, values: ["Inovasi", null, "=SUM(A1)"] },
        { col: 1, kind: "text" as const, raw: true, values: ["B2", null, null] },
      ],
      skipped: new Set<number>(),
    };
    const viaBlock = await patchWorkbook(await pkgOf(sheet), explicit, owned, [block]);
    const viaWrites = await patchWorkbook(await pkgOf(sheet), [...explicit, ...blockWrites(block)], owned);
    const got = await partsAsText(viaBlock.bytes);
    expect(got).toEqual(await partsAsText(viaWrites.bytes));
    const masalah = got.find(([, x]) => x!.includes("Inovasi"))![1]!;
    expect(masalah).toContain(`<dimension ref="A1:B4"/>`);
    expect(masalah).toContain(`<t xml:space="preserve">=SUM(A1)</t>`);
    expect(masalah).not.toMatch(/<f>/);
  });

  it("a Masalah block's rows render as their writes do (links, number formats, headers, skipped cells, a row with a write of its own), a style asked once per column, not per linked cell", async () => {
    const { patchWorkbook } = await import("../src/xlsx/patch.js");
    const { StyleBook } = await import("../src/xlsx/styles.js");
    const { blockWrites } = await import("@inovasi/workbook");
    const rows = 400;
    const sheet = `<worksheet xmlns="x"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`;
    const links = Array.from({ length: rows }, (_, i) => ({ row: 1 + i, col: 1, to: `'Inovasi'!H${i + 2}`, tip: `Buka 'Inovasi'!H${i + 2}` })).filter((_, i) => i % 7 !== 3);
    const owned = { ownedSheets: [{ name: "Masalah", widths: [18, 8, 12], headingRows: [0], freezeRows: 1, landscape: true, links }], charts: [], tables: [], conditionalFormats: [] };
    const explicit = [{ sheet: "Masalah", row: 0, col: 0, address: "", value: "Masalah", header: true }, { sheet: "Masalah", row: 5, col: 3, address: "", value: "diketik" }];
    const block = {
      sheet: "Masalah",
      firstRow: 1,
      rows,
      columns: [
        { col: 0, kind: "made" as const, made: (i: number) => (i % 11 === 0 ? null : "Inovasi") },
        { col: 1, kind: "text" as const, values: Array.from({ length: rows }, (_, i) => (i % 13 === 0 ? null : `H${i + 2}`)) },
        { col: 2, kind: "number" as const, values: Float64Array.from({ length: rows }, (_, i) => (i % 5 === 0 ? NaN : i % 17 === 0 ? Infinity : i / 4)), numFmt: "0.00" },
        { col: 4, kind: "text" as const, header: true, values: Array.from({ length: rows }, (_, i) => (i % 3 ? `pesan "${i}" & <lain>\u0001` : null)) },
      ],
      skipped: new Set([2 * 4 + 1, 9 * 4 + 3, 20 * 4 + 0]),
    };
    const xf = vi.spyOn(StyleBook.prototype, "xf");
    const viaBlock = await patchWorkbook(await pkgOf(sheet), explicit, owned, [block]);
    const asked = xf.mock.calls.length;
    const viaWrites = await patchWorkbook(await pkgOf(sheet), [...explicit, ...blockWrites(block)], owned);
    expect(xf.mock.calls.length - asked).toBeGreaterThan(rows / 2); // one per linked cell, cell by cell
    xf.mockRestore();
    expect(asked).toBeLessThanOrEqual(10);
    const got = await partsAsText(viaBlock.bytes);
    expect(got).toEqual(await partsAsText(viaWrites.bytes));
    const masalah = got.find(([, x]) => x!.includes("pesan"))![1]!;
    expect(masalah).toContain(`<hyperlink ref="B3" location="'Inovasi'!H3" tooltip="Buka 'Inovasi'!H3" display="H3"/>`);
    expect(masalah).toContain(`<t xml:space="preserve">pesan &quot;2&quot; &amp; &lt;lain&gt;</t>`);
  });

  it("an owned sheet's wrapRows (a header with long headings) wrap, top-aligned, as tall as their longest heading; as the add-in draws them", async () => {
    const { patchWorkbook } = await import("../src/xlsx/patch.js");
    const { wrappedRowHeights } = await import("@inovasi/workbook");
    const spec = { name: "Banding", widths: [10, 8], headingRows: [1], freezeRows: 0, landscape: true, wrapRows: [1] };
    const cell = (row: number, col: number, value: string, header = false) => ({ sheet: "Banding", row, col, address: "", value, ...(header ? { header } : {}) });
    const writes = [cell(0, 0, "Judul lembar yang panjang sekali"), cell(1, 0, "Perangkat Daerah Tanpa Inovasi", true), cell(1, 1, "Status", true), cell(2, 0, "isi yang juga panjang sekali")];
    const output = { ownedSheets: [spec], charts: [], tables: [], conditionalFormats: [] };
    // the header row's writes given one by one, and as a block of the sheet's rows: the same sheet either way
    const block = { sheet: "Banding", firstRow: 1, rows: 2, columns: [{ col: 0, kind: "text" as const, raw: true, values: ["Perangkat Daerah Tanpa Inovasi", "isi yang juga panjang sekali"] }], skipped: new Set<number>() };
    for (const [ws, blocks] of [[writes, []], [[writes[0]!, writes[2]!], [block]]] as const) {
      const parts = await packageParts((await patchWorkbook(await pkgOf(`<worksheet xmlns="x"><sheetData/></worksheet>`), [...ws], output, [...blocks])).bytes);
      const sheet = [...parts].find(([n, b]) => n.startsWith("xl/worksheets/") && partText(b).includes("Status"))!;
      const xml = partText(sheet[1]);
      const xfs = [...partText(parts.get("xl/styles.xml")).replace(/[\s\S]*<cellXfs[^>]*>/, "").replace(/<\/cellXfs>[\s\S]*/, "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
      const wrapsIn = (row: number) => [...xml.matchAll(new RegExp(`<c r="[A-Z]+${row}"[^>]*?\\ss="(\\d+)"`, "g"))].map((m) => /wrapText="1"/.test(xfs[Number(m[1])]!) && /vertical="top"/.test(xfs[Number(m[1])]!));
      expect(wrapsIn(2)).toEqual([true, true]);
      expect(wrapsIn(1).concat(wrapsIn(3)).every((x) => !x)).toBe(true);
      // as tall as "Perangkat Daerah Tanpa Inovasi" needs in 10 characters; the other rows keep the default height
      const ht = wrappedRowHeights(writes, spec).get(1)!;
      expect(ht).toBeGreaterThan(15);
      expect(xml).toContain(`<row r="2" ht="${ht}" customHeight="1">`);
      expect(xml).not.toMatch(/<row r="[13]" ht=/);
    }
  });

  it("keeps a namespace prefix, and a text that looks like a formula stays text", async () => {
    const { patchWorkbook } = await import("../src/xlsx/patch.js");
    const pkg = await pkgOf(`<x:worksheet xmlns:x="x"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData></x:worksheet>`);
    const { bytes } = await patchWorkbook(pkg, [w(0, 1, "=HYPERLINK(\"http://evil\",\"x\") & <b>")], none);
    const xml = await (await JSZip.loadAsync(bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toBe(`<x:worksheet xmlns:x="x"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="inlineStr"><x:is><x:t xml:space="preserve">=HYPERLINK(&quot;http://evil&quot;,&quot;x&quot;) &amp; &lt;b&gt;</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`);
  });
});

describe("withColumnWidths: our output columns merged into the sheet's <cols>", () => {
  it("adds <cols> before <sheetData> when the sheet has none", async () => {
    const { withColumnWidths } = await import("../src/xlsx/cols.js");
    const head = `<worksheet xmlns="x"><dimension ref="A1:B2"/><sheetFormatPr defaultRowHeight="15"/><sheetData>`;
    expect(withColumnWidths(head, new Map([[3, 18], [2, 13]]))).toBe(
      `<worksheet xmlns="x"><dimension ref="A1:B2"/><sheetFormatPr defaultRowHeight="15"/><cols><col min="3" max="3" width="13" customWidth="1"/><col min="4" max="4" width="18" customWidth="1"/></cols><sheetData>`,
    );
  });

  it("splits an analyst's range that spans our column, keeping its style on both sides and on ours; other entries untouched", async () => {
    const { withColumnWidths } = await import("../src/xlsx/cols.js");
    const head = `<x:worksheet xmlns:x="x"><x:cols><x:col min="1" max="2" width="30" customWidth="1"/><x:col min="3" max="16384" width="9.5" style="4" bestFit="1" customWidth="1"/></x:cols><x:sheetData>`;
    expect(withColumnWidths(head, new Map([[4, 25], [5, 40]]))).toBe(
      `<x:worksheet xmlns:x="x"><x:cols><x:col min="1" max="2" width="30" customWidth="1"/>` +
        `<x:col min="3" max="4" width="9.5" style="4" bestFit="1" customWidth="1"/>` +
        `<x:col min="5" max="5" width="25" style="4" customWidth="1"/>` +
        `<x:col min="6" max="6" width="40" style="4" customWidth="1"/>` +
        `<x:col min="7" max="16384" width="9.5" style="4" bestFit="1" customWidth="1"/></x:cols><x:sheetData>`,
    );
  });

  it("gives a column the analyst listed without a width (style only) our width, and leaves a head without widths alone", async () => {
    const { withColumnWidths } = await import("../src/xlsx/cols.js");
    const head = `<worksheet><cols><col min="1" max="1" style="2"/></cols><sheetData>`;
    expect(withColumnWidths(head, new Map([[0, 12]]))).toBe(`<worksheet><cols><col min="1" max="1" style="2" width="12" customWidth="1"/></cols><sheetData>`);
    expect(withColumnWidths(head, new Map())).toBe(head);
  });

  it("patchWorkbook writes columnWidths into the patched sheet (and nothing when the output has none)", async () => {
    const { patchWorkbook } = await import("../src/xlsx/patch.js");
    const z = new JSZip();
    z.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
    z.file("xl/workbook.xml", `<workbook xmlns="x" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    z.file("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
    z.file("xl/worksheets/sheet1.xml", `<worksheet xmlns="x"><cols><col min="1" max="1" width="20" customWidth="1"/></cols><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`);
    const { openPackage } = await import("../src/xlsx/open.js");
    const pkg = openPackage(await z.generateAsync({ type: "uint8array" }));
    const write = { sheet: "S", row: 0, col: 1, address: "B1", value: "Skor Klaim", header: true };
    const none = { ownedSheets: [], charts: [], tables: [], conditionalFormats: [] };
    const withW = await patchWorkbook(pkg, [write], { ...none, columnWidths: [{ sheet: "S", col: 1, width: 14 }] });
    const xml = await (await JSZip.loadAsync(withW.bytes)).file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toContain(`<cols><col min="1" max="1" width="20" customWidth="1"/><col min="2" max="2" width="14" customWidth="1"/></cols>`);
    const without = await patchWorkbook(pkg, [write], none);
    expect(await (await JSZip.loadAsync(without.bytes)).file("xl/worksheets/sheet1.xml")!.async("string")).toContain(`<cols><col min="1" max="1" width="20" customWidth="1"/></cols>`);
  });
});
