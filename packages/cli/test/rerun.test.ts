/**
 * `inovasi score` on the analyst's second day: the scored copy edited, scored again, against the original edited the
 * same way and scored once. Cell edits are made the way Excel saves them (only the edited cells change: the patcher
 * with no output); row deletions through exceljs; the LibreOffice round trip through `soffice --convert-to xlsx`.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { type CellValue, type CellWrite, type WorkbookOutput, a1 } from "@inovasi/workbook";
import { readGrids } from "@inovasi/workbook/xlsx-read";
import { scoreWorkbookFile } from "../src/index.js";
import { openPackage } from "../src/xlsx/open.js";
import { patchWorkbook } from "../src/xlsx/patch.js";
import { view } from "../../workbook/test/rerun.js";
import { colOf, hasSoffice, loadBytes, packageParts, partText, startedTemplate, tmp } from "./helpers.js";

const NO_OUTPUT: WorkbookOutput = { ownedSheets: [], charts: [], tables: [], conditionalFormats: [] };

async function score(bytes: Uint8Array, name = "buku.xlsx"): Promise<{ bytes: Uint8Array; issues: string[] }> {
  const file = join(tmp(), name);
  writeFileSync(file, bytes);
  const r = await scoreWorkbookFile({ input: file });
  if (!r.ok) throw new Error(r.messages.join("\n"));
  return { bytes: r.output, issues: r.issues.map((i) => i.message) };
}

/** Cells typed into the Inovasi sheet as Excel saves them: those cells change, nothing else (row heights included). */
async function typeInto(bytes: Uint8Array, cells: { row: number; header: string; value: CellValue }[]): Promise<Uint8Array> {
  const grids = await readGrids(openPackage(bytes));
  const head = grids["Inovasi"]!.cells[0]!;
  const writes: CellWrite[] = cells.map(({ row, header, value }) => {
    const col = head.indexOf(header);
    if (col < 0) throw new Error(`no column ${header}`);
    return { sheet: "Inovasi", row, col, address: a1(row, col), value };
  });
  return (await patchWorkbook(openPackage(bytes), writes, NO_OUTPUT)).bytes;
}

/** The `<row>` tags of the Inovasi sheet without spans (which only say which columns hold cells), by row number. */
async function rowTags(bytes: Uint8Array): Promise<Map<number, string>> {
  const parts = await packageParts(bytes);
  const wb = partText(parts.get("xl/workbook.xml"));
  const rid = /<sheet [^>]*name="Inovasi"[^>]*r:id="([^"]+)"/.exec(wb)![1];
  const rels = partText(parts.get("xl/_rels/workbook.xml.rels"));
  const target = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"|<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  const xml = partText(parts.get(`xl/${(target[1] ?? target[2])!.replace(/^\/?xl\//, "")}`));
  return new Map([...xml.matchAll(/<row r="(\d+)"[^>]*>/g)].map((m) => [Number(m[1]), m[0].replace(/ spans="[^"]*"/, "").replace(/\/>$/, ">")]));
}

const viewOf = async (bytes: Uint8Array) => view(await readGrids(openPackage(bytes)));

describe("inovasi score on an edited scored copy equals scoring the edited original", async () => {
  const dir = tmp();
  const path = join(dir, "asli.xlsx");
  const { wb, put, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"], ["Dinas Pendidikan", "Dinas"], ["Kecamatan Hulu", "Kecamatan"]]);
  const names: [string, string][] = [["Si Sehat", "Dinas Kesehatan"], ["Sekolah Ramah", "Dinas Pendidikan"], ["Posyandu Digital", "Dinas Kesehatan"], ["Kelurahan Tangguh", "Kecamatan Hulu"], ["Guru Kunjung", "Dinas Pendidikan"]];
  names.forEach(([n, a], k) => eligible(k + 2, n, a));
  // Posyandu Digital (row 4) waits for the evidence of eight indicators: a long text, a tall row
  const pending = [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `${n}. Bukti`);
  for (const h of pending) put(4, h, "Menunggu");
  put(6, "Tahapan", "Penerapn"); // Guru Kunjung: an error, on Masalah and in its row's notes
  await wb.xlsx.writeFile(path);
  const original = new Uint8Array(readFileSync(path));
  const scored = (await score(original)).bytes;
  const inovasi = (await loadBytes(scored)).getWorksheet("Inovasi")!;

  it("the first run made Posyandu Digital's row tall", async () => {
    expect((await rowTags(scored)).get(4)).toMatch(/ ht="\d/);
  });

  const cellEdits: [string, { row: number; header: string; value: CellValue }[]][] = [
    ["its evidence accepted: the tall row is as a first run leaves it", pending.map((header) => ({ row: 3, header, value: "Diterima" }))],
    ["the last innovation's input cleared (rows kept): its output cells and height go", [...new Set(inovasi.getRow(1).values as string[])].filter((h) => typeof h === "string" && !h.startsWith("Skor ")).map((header) => ({ row: 5, header, value: null }))],
    ["the misspelt stage corrected", [{ row: 5, header: "Tahapan", value: "Penerapan" }]],
  ];
  it.each(cellEdits)("%s", async (_name, cells) => {
    const again = await score(await typeInto(scored, cells));
    const fresh = await score(await typeInto(original, cells));
    expect(await viewOf(again.bytes)).toEqual(await viewOf(fresh.bytes));
    expect(await rowTags(again.bytes)).toEqual(await rowTags(fresh.bytes));
    expect(again.issues).toEqual(fresh.issues);
    // the summary's chart, kept from the first run, holds this run's numbers (its cached values)
    const chart = async (b: Uint8Array) => partText((await packageParts(b)).get("xl/charts/chart1.xml"));
    expect(await chart(again.bytes)).toBe(await chart(fresh.bytes));
  });

  it("a third run changes not a byte of the second", async () => {
    const second = (await score(scored)).bytes;
    const third = (await score(second)).bytes;
    const [a, b] = [await packageParts(second), await packageParts(third)];
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [p, bytes] of a) expect(Buffer.from(b.get(p)!).equals(Buffer.from(bytes)), p).toBe(true);
  });

  type Book = Awaited<ReturnType<typeof loadBytes>>;
  const structural: [string, (book: Book, scoredCopy: boolean) => void][] = [
    ["rows deleted and moved", (book) => {
      const ws = book.getWorksheet("Inovasi")!;
      const moved = ws.getRow(2).values;
      ws.spliceRows(3, 1); // Sekolah Ramah deleted
      ws.spliceRows(2, 1); // Si Sehat moved to the end
      ws.insertRow(ws.rowCount + 1, moved as CellValue[]);
    }],
    ["a column of the analyst's inserted between the input and the output columns", (book) => {
      const ws = book.getWorksheet("Inovasi")!;
      const at = colOf(ws, "Ditolak") + 1;
      ws.spliceColumns(at, 0, ["Catatan Analis", "cek lagi"]);
    }],
    ["an agency renamed on its sheet and in its rows", (book) => {
      const rename = (ws: ExcelJS.Worksheet) => ws.eachRow((row) => row.eachCell((c) => { if (c.value === "Dinas Pendidikan") c.value = "Dinas Pendidikan dan Kebudayaan"; }));
      rename(book.getWorksheet("Perangkat Daerah")!);
      rename(book.getWorksheet("Inovasi")!);
    }],
    ["the tool's sheets cut by hand (Ringkasan's lower rows, half of Masalah, Rencana's steps)", (book, scoredCopy) => {
      if (!scoredCopy) return;
      book.getWorksheet("Ringkasan")!.spliceRows(12, 20);
      book.getWorksheet("Masalah")!.spliceRows(4, 2);
      book.getWorksheet("Rencana")!.spliceRows(8, 3);
    }],
  ];
  it.each(structural)("%s (saved by another program): the same values as scoring the edited original", async (_name, change) => {
    const edit = async (bytes: Uint8Array, scoredCopy: boolean) => {
      const book = await loadBytes(bytes);
      change(book, scoredCopy);
      return new Uint8Array(await book.xlsx.writeBuffer());
    };
    const again = await score(await edit(scored, true));
    const fresh = await score(await edit(original, false));
    expect(await viewOf(again.bytes)).toEqual(await viewOf(fresh.bytes));
    expect(again.issues).toEqual(fresh.issues);
  });

  it("saved by LibreOffice in between: a re-run finds its columns and sheets, gives the first run's results, no row taller than the first run made it, and lowers the tall row once its evidence is accepted", async (ctx) => {
    ctx.skip(!hasSoffice && !process.env.INOVASI_REQUIRE_LIBREOFFICE, "LibreOffice (soffice) is not on PATH");
    const d = tmp();
    writeFileSync(join(d, "hasil.xlsx"), scored);
    const res = spawnSync("soffice", ["--headless", `-env:UserInstallation=file://${d}/profile`, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(d, "lo"), join(d, "hasil.xlsx")], { encoding: "utf8", timeout: 180_000 });
    expect(res.status, res.stderr).toBe(0);
    const saved = new Uint8Array(readFileSync(join(d, "lo", "hasil.xlsx")));
    const again = await score(saved);
    const first = await score(original);
    expect(again.issues).toEqual(first.issues);
    const a = (await viewOf(again.bytes)) as Record<string, unknown>;
    const b = (await viewOf(first.bytes)) as Record<string, unknown>;
    for (const sheet of ["Inovasi", "Ringkasan", "Rencana", "Masalah"]) expect(a[sheet], sheet).toEqual(b[sheet]);
    // LibreOffice writes every row's height; the tall row keeps the first run's, the others their one line
    const tags = await rowTags(again.bytes);
    const firstTags = await rowTags(first.bytes);
    for (let r = 2; r <= names.length + 1; r++) {
      const ht = (t: string | undefined) => Number(/ ht="([\d.]+)"/.exec(t ?? "")?.[1] ?? 15);
      expect(ht(tags.get(r)), `row ${r}`).toBeCloseTo(ht(firstTags.get(r)), 1);
    }
    expect(colOf((await loadBytes(again.bytes)).getWorksheet("Inovasi")!, "Skor Klaim")).toBe(colOf((await loadBytes(first.bytes)).getWorksheet("Inovasi")!, "Skor Klaim"));
    // LibreOffice wrote our texts as shared strings and every row's height: the tall row is still known as ours and
    // lowered once its evidence is accepted
    const accepted = pending.map((header) => ({ row: 3, header, value: "Diterima" }));
    expect(partText((await packageParts(saved)).get("xl/sharedStrings.xml"))).toContain("(Menunggu)");
    const lowered = await rowTags((await score(await typeInto(saved, accepted))).bytes);
    const fresh = await rowTags((await score(await typeInto(original, accepted))).bytes);
    expect(Number(/ ht="([\d.]+)"/.exec(lowered.get(4)!)?.[1] ?? 15)).toBeCloseTo(Number(/ ht="([\d.]+)"/.exec(fresh.get(4) ?? "")?.[1] ?? 15), 1);
  }, 240_000);
});

describe("the tab a scored copy opens on", async () => {
  const path = join(tmp(), "asli.xlsx");
  const { wb, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"]]);
  eligible(2, "Si Sehat", "Dinas Kesehatan");
  await wb.xlsx.writeFile(path);
  const original = new Uint8Array(readFileSync(path));

  /** Sheet names in tab order, the active tab's name, and the sheets whose view is selected. */
  async function tabs(bytes: Uint8Array) {
    const parts = await packageParts(bytes);
    const xml = partText(parts.get("xl/workbook.xml"));
    const rels = partText(parts.get("xl/_rels/workbook.xml.rels"));
    const sheets = [...xml.matchAll(/<sheet\b[^>]*>/g)].map((m) => ({ name: /name="([^"]+)"/.exec(m[0])![1]!, rid: /r:id="([^"]+)"/.exec(m[0])![1]! }));
    const pathOf = (rid: string) => `xl/${new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1]!}`;
    const active = sheets[Number(/activeTab="(\d+)"/.exec(xml)?.[1] ?? 0)]!.name;
    const selected = sheets.filter((s) => /<sheetView\b[^>]*tabSelected="(1|true)"/.test(partText(parts.get(pathOf(s.rid))))).map((s) => s.name);
    return { active, selected, parts, names: sheets.map((s) => s.name), pathOf: (name: string) => pathOf(sheets.find((s) => s.name === name)!.rid) };
  }

  it("a workbook no spreadsheet program has saved (no tab selected in it) opens on Ringkasan, on a re-run too", async () => {
    expect((await tabs(original)).selected).toEqual([]);
    const first = (await score(original)).bytes;
    expect(await tabs(first)).toMatchObject({ active: "Ringkasan", selected: ["Ringkasan"] });
    const again = (await score(first)).bytes;
    expect(await tabs(again)).toMatchObject({ active: "Ringkasan", selected: ["Ringkasan"] });
  });

  it("a workbook saved with one of the analyst's tabs selected opens where the analyst left it: their sheet is copied byte for byte", async () => {
    // as Excel saves it: the Inovasi sheet selected and active (its view carries tabSelected)
    const t = await tabs(original);
    const xml = partText(t.parts.get("xl/workbook.xml"));
    const z = await JSZip.loadAsync(original);
    z.file("xl/workbook.xml", xml.replace(/activeTab="\d+"/, `activeTab="${t.names.indexOf("Inovasi")}"`));
    const inv = t.pathOf("Inovasi");
    z.file(inv, partText(t.parts.get(inv)).replace(/<sheetView\b/, '<sheetView tabSelected="1"'));
    const saved = await z.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect((await tabs(saved)).selected).toEqual(["Inovasi"]);
    const scoredCopy = (await score(saved)).bytes;
    expect(await tabs(scoredCopy)).toMatchObject({ active: "Inovasi", selected: ["Inovasi"] });
    const petunjuk = t.pathOf("Petunjuk");
    expect((await packageParts(scoredCopy)).get(petunjuk)).toEqual((await packageParts(saved)).get(petunjuk));
  });
});

describe("showing the summary on opening: only when nothing of the analyst's says otherwise", () => {
  async function pkgWith(extraSheet: string, extraRel: string) {
    const z = new JSZip();
    z.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`);
    z.file("xl/workbook.xml", `<workbook xmlns="x" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="S" sheetId="1" r:id="rId1"/>${extraSheet}</sheets></workbook>`);
    z.file("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>${extraRel}</Relationships>`);
    z.file("xl/worksheets/sheet1.xml", `<worksheet xmlns="x"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData/></worksheet>`);
    z.file("xl/chartsheets/sheet1.xml", `<chartsheet xmlns="x"><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews></chartsheet>`);
    return openPackage(await z.generateAsync({ type: "uint8array" }));
  }
  const output: WorkbookOutput = { ...NO_OUTPUT, ownedSheets: [{ name: "Ringkasan", widths: [], headingRows: [], freezeRows: 0, landscape: false }], activeSheet: "Ringkasan" };
  const writes: CellWrite[] = [{ sheet: "Ringkasan", row: 0, col: 0, address: "A1", value: "x" }];
  const activeTab = async (pkg: Awaited<ReturnType<typeof pkgWith>>) => /activeTab="(\d+)"/.exec(partText((await packageParts((await patchWorkbook(pkg, writes, output)).bytes)).get("xl/workbook.xml")))?.[1];

  it("a workbook of worksheets with none selected opens on the summary", async () => {
    expect(await activeTab(await pkgWith("", ""))).toBe("1");
  });
  it("a workbook with a chart sheet (whose view is not read) keeps its own active tab", async () => {
    expect(await activeTab(await pkgWith(`<sheet name="Grafik" sheetId="2" r:id="rId2"/>`, `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>`))).toBe("0");
  });
});
