import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { expect } from "vitest";
import { getEdition } from "@inovasi/core";
import { keepValidationRanges } from "../src/exceljs-ranges.js";
import { runCli } from "../src/index.js";

export const tmp = (): string => mkdtempSync(join(tmpdir(), "inovasi-cli-"));

export async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

export async function load(path: string): Promise<ExcelJS.Workbook> {
  keepValidationRanges(); // as the CLI reads: the template's whole-column dropdowns stay one range each
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** {@link load} from bytes (a scored copy in memory). */
export async function loadBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  keepValidationRanges();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/**
 * `inovasi template` written at `path` and opened, with Pengaturan filled (Kabupaten Uji, a kabupaten) and `agencies`
 * ([name, type]) on Perangkat Daerah from row 2; `put` sets a cell of the Inovasi sheet by its header, `eligible` fills
 * a row with an eligible innovation of iid-2026 (Kesehatan, in the window, 400 words, every SID indicator at its
 * tier-2 option with evidence accepted, or none with `{ evidence: false }`). `{ rule: n }` sets the region's own rule,
 * "Wajib Inovasi per Perangkat Daerah", to n innovations per agency.
 */
export async function startedTemplate(path: string, agencies: [string, string | null][], options: { rule?: number; evidence?: boolean } = {}) {
  expect((await cli(["template", path])).code).toBe(0);
  const wb = await load(path);
  const set = wb.getWorksheet("Pengaturan")!;
  set.getCell("B2").value = "Kabupaten Uji";
  set.getCell("B3").value = "Kabupaten";
  if (options.rule !== undefined) set.eachRow((row) => { if (row.getCell(1).value === "Wajib Inovasi per Perangkat Daerah") row.getCell(2).value = options.rule; });
  const ag = wb.getWorksheet("Perangkat Daerah")!;
  agencies.forEach(([name, type], k) => {
    ag.getCell(k + 2, 1).value = name;
    ag.getCell(k + 2, 2).value = type;
  });
  const inv = wb.getWorksheet("Inovasi")!;
  const put = (row: number, header: string, v: ExcelJS.CellValue) => (inv.getCell(row, colOf(inv, header)).value = v);
  const eligible = (row: number, name: string, agency: string | null) => {
    put(row, "Nama Inovasi", name);
    put(row, "Perangkat Daerah", agency);
    put(row, "Tahapan", "Penerapan");
    put(row, "Urusan", "Kesehatan");
    put(row, "Tanggal Penerapan", new Date(Date.UTC(2025, 1, 1)));
    put(row, "Jumlah Kata Rancang Bangun", 400);
    for (const ind of SID_2026) {
      put(row, `${ind.number}. ${ind.name.id}`, ind.options.find((o) => o.tier === 2)!.label.id);
      if (options.evidence !== false) put(row, `${ind.number}. Bukti`, "Diterima");
    }
  };
  return { wb, inv, put, eligible };
}

const SID_2026 = getEdition("iid-2026")!.indicators.filter((i) => i.aspect === "SID");

/** Column number (1-based) of a header on row 1. */
export function colOf(ws: ExcelJS.Worksheet, header: string): number {
  let found = -1;
  ws.getRow(1).eachCell((c, n) => { if (c.value === header) found = n; });
  if (found < 0) throw new Error(`no header ${header}`);
  return found;
}

/** Every cell of a sheet as address → { value, style } (JSON), for byte-level comparison of input areas. */
export function snapshot(ws: ExcelJS.Worksheet, maxCol = Infinity): Map<string, string> {
  const m = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col > maxCol) return;
      m.set(cell.address, JSON.stringify({ v: cell.value, t: cell.type, s: cell.style, dv: cell.dataValidation ?? null }));
    }),
  );
  return m;
}

/** The data validation whose range (one `sqref`) covers a cell, as exceljs keeps it after `keepValidationRanges`. */
export function validationAt(ws: ExcelJS.Worksheet, row: number, col: number): (ExcelJS.DataValidation & { range: string }) | undefined {
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
  for (const [range, dv] of Object.entries(model)) {
    if (!dv) continue;
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(range);
    if (!m) continue;
    const c1 = colNumber(m[1]!), r1 = Number(m[2]), c2 = m[3] ? colNumber(m[3]) : c1, r2 = m[4] ? Number(m[4]) : r1;
    if (row >= r1 && row <= r2 && col >= c1 && col <= c2) return { ...dv, range };
  }
  return undefined;
}

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Every part of an .xlsx package (zip entry → bytes). */
export async function packageParts(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const z = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const [name, f] of Object.entries(z.files)) if (!f.dir) out.set(name, await f.async("uint8array"));
  return out;
}

/** A part's bytes as text. */
export const partText = (b: Uint8Array | undefined): string => new TextDecoder().decode(b);

/** Whether LibreOffice's `soffice` is on PATH. */
export const hasSoffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

/**
 * Write `bytes` as `name` in a new folder and convert it to PDF with LibreOffice (a check that the workbook opens
 * without repair): the exit status, stderr, and whether the PDF was written.
 */
export function convertsToPdf(bytes: Uint8Array, name: string): { status: number | null; stderr: string; pdf: boolean } {
  return convertsToPdfIn(tmp(), bytes, name);
}

function convertsToPdfIn(dir: string, bytes: Uint8Array, name: string): { status: number | null; stderr: string; pdf: boolean } {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const res = spawnSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, file], { encoding: "utf8", timeout: 180_000 });
  return { status: res.status, stderr: res.stderr, pdf: existsSync(join(dir, name.replace(/\.xlsx$/, ".pdf"))) };
}

/** Whether poppler's `pdftotext` is on PATH. */
export const hasPdftotext = spawnSync("sh", ["-c", "command -v pdftotext"]).status === 0;

/** `bytes` written as `name` and converted to PDF by LibreOffice: the PDF's path. */
export function pdfOf(bytes: Uint8Array, name: string): string {
  const dir = tmp();
  const res = convertsToPdfIn(dir, bytes, name);
  if (!res.pdf) throw new Error(`LibreOffice wrote no PDF: ${res.stderr}`);
  return join(dir, name.replace(/\.xlsx$/, ".pdf"));
}

/** The text of each page of a PDF (pdftotext's layout), in order. */
export function pdfPages(pdf: string): string[] {
  const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).stdout;
  return text.split("\f").filter((p) => p.trim() !== "");
}

/** The printed height (points) of every occurrence of `word` in a PDF. */
export function wordHeights(pdf: string, word: string): number[] {
  const xml = spawnSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 }).stdout;
  return [...xml.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g)].filter((m) => m[3] === word).map((m) => Number(m[2]) - Number(m[1]));
}

/** The package of a one-sheet workbook ("S") whose sheet XML is `sheet`, opened as the patcher opens files. */
export async function oneSheetPackage(sheet: string) {
  const z = new JSZip();
  z.file("[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`);
  z.file("xl/workbook.xml", `<workbook xmlns="x" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  z.file("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
  z.file("xl/worksheets/sheet1.xml", sheet);
  const { openPackage } = await import("../src/xlsx/open.js");
  return openPackage(await z.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
}
