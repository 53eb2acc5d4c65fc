import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultEdition } from "@inovasi/core";
import { OUTPUT_COLUMNS, indicatorScoreHeaders } from "@inovasi/workbook";
import { scoreWorkbookFile } from "../src/index.js";
import { widenTable } from "../src/xlsx/tables.js";
import { convertsToPdf, hasSoffice, load, loadBytes, packageParts, partText, tmp } from "./helpers.js";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));

/** The example, with its Inovasi rows made an Excel table (what an analyst does with Ctrl+T). */
async function tableWorkbook(dir: string): Promise<{ path: string; inputCols: number; rows: number }> {
  const wb = await load(example);
  const ws = wb.getWorksheet("Inovasi")!;
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1).map((v) => String(v ?? ""));
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = 2; r <= ws.actualRowCount; r++) {
    const vals = (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1);
    rows.push(header.map((_, c) => vals[c] ?? null));
  }
  ws.addTable({ name: "TabelInovasi", ref: "A1", headerRow: true, style: { theme: "TableStyleMedium2", showRowStripes: true }, columns: header.map((name) => ({ name, filterButton: true })), rows });
  const path = join(dir, "tabel.xlsx");
  await wb.xlsx.writeFile(path);
  return { path, inputCols: header.length, rows: rows.length + 1 };
}

const colLetters = (n: number) => {
  let s = "";
  for (let x = n + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};
const tablePart = (all: Map<string, Uint8Array>) => [...all.keys()].find((p) => /^xl\/tables\/table\d+\.xml$/.test(p) && partText(all.get(p)).includes('displayName="TabelInovasi"'))!;
const columnNames = (xml: string) => [...xml.matchAll(/<tableColumn [^>]*name="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">"));

describe("the CLI adds the output columns to the Excel table holding the innovations", () => {
  const sid = defaultEdition.indicators.filter((i) => i.aspect === "SID");
  const outputHeaders = [...Object.values(OUTPUT_COLUMNS), ...sid.flatMap((i) => { const h = indicatorScoreHeaders(i); return [h.claimed, h.verified]; })];
  let input: { path: string; inputCols: number; rows: number };
  let before: Map<string, Uint8Array>;
  let after: Map<string, Uint8Array>;
  let scored: Uint8Array;
  beforeAll(async () => {
    input = await tableWorkbook(tmp());
    const r = await scoreWorkbookFile({ input: input.path });
    if (!r.ok) throw new Error(r.messages.join("\n"));
    scored = r.output;
    before = await packageParts(readFileSync(input.path));
    after = await packageParts(scored);
  });

  it("the table's ref, its autoFilter and its columns cover the output columns, named as their header cells, ids unique", async () => {
    const xml = partText(after.get(tablePart(after)));
    const last = colLetters(input.inputCols + outputHeaders.length - 1);
    expect(xml).toMatch(new RegExp(`<table [^>]*ref="A1:${last}${input.rows}"`));
    expect(xml).toMatch(new RegExp(`<autoFilter ref="A1:${last}${input.rows}"`));
    const names = columnNames(xml);
    expect(names.length).toBe(input.inputCols + outputHeaders.length);
    expect(xml).toMatch(new RegExp(`<tableColumns count="${names.length}"`));
    expect(names.slice(input.inputCols)).toEqual(outputHeaders);
    const ids = [...xml.matchAll(/<tableColumn id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // header cells hold exactly the column names (Excel repairs a table whose column name differs from its cell)
    const wb = await loadBytes(scored);
    const ws = wb.getWorksheet("Inovasi")!;
    names.forEach((n, c) => expect(String(ws.getCell(1, c + 1).value), n).toBe(n));
    expect(ws.getTable("TabelInovasi")).toBeTruthy();
  });

  it("only the table part changes besides the parts a scored copy always rewrites", () => {
    const part = tablePart(before);
    const changed = [...before.keys()].filter((p) => !Buffer.from(before.get(p)!).equals(Buffer.from(after.get(p) ?? new Uint8Array())));
    expect(changed).toContain(part);
    for (const p of changed) expect(p, p).toMatch(/^(xl\/tables\/table\d+\.xml|xl\/worksheets\/sheet\d+\.xml|xl\/styles\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml)$/);
    expect(changed.filter((p) => p.startsWith("xl/tables/"))).toEqual([part]);
    // the rest of the table part is kept: removing the new columns and the widened refs gives the old part back
    const a = partText(before.get(part));
    const b = partText(after.get(part));
    const norm = (x: string) => x.replace(/ref="A1:[A-Z]+(\d+)"/g, 'ref="A1:_$1"').replace(/<tableColumns count="\d+">/, "<tableColumns>");
    const added = outputHeaders.length;
    const stripped = b.replace(/(<tableColumn [^>]*\/>)+(?=<\/tableColumns>)/, (m) => m.split("/>").slice(0, -1 - added).map((x) => `${x}/>`).join(""));
    expect(norm(stripped)).toBe(norm(a));
  });

  it("a re-run on the scored copy does not add the columns twice", async () => {
    const dir = tmp();
    const first = join(dir, "hasil.xlsx");
    writeFileSync(first, scored);
    const r = await scoreWorkbookFile({ input: first });
    if (!r.ok) throw new Error(r.messages.join("\n"));
    const again = await packageParts(r.output);
    const xml = partText(again.get(tablePart(again)));
    expect(xml).toBe(partText(after.get(tablePart(after))));
    expect(columnNames(xml).length).toBe(input.inputCols + outputHeaders.length);
  });

  it("LibreOffice converts the scored table workbook to PDF", async (ctx) => {
    ctx.skip(!hasSoffice && !process.env.INOVASI_REQUIRE_LIBREOFFICE, "LibreOffice (soffice) is not on PATH");
    const res = convertsToPdf(scored, "tabel.scored.xlsx");
    expect(res.status, res.stderr).toBe(0);
    expect(res.pdf).toBe(true);
  }, 240_000);
});

describe("widenTable on hand-written table XML", () => {
  const spec = { sheet: "Inovasi", table: "T", headers: ["Skor & Nilai", "Poin"], row: 0, col: 1, rows: 5, cols: 4 };
  it("keeps a namespace prefix and the totals row, widens only the end column, escapes names, ids after the largest", () => {
    const xml = `<x:table xmlns:x="m" id="3" name="T" displayName="T" ref="B1:C5" totalsRowCount="1"><x:autoFilter ref="B1:C4"/><x:tableColumns count="2"><x:tableColumn id="1" name="Nama"/><x:tableColumn id="7" name="Tahun" totalsRowFunction="count"/></x:tableColumns><x:tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></x:table>`;
    expect(widenTable(xml, spec)).toBe(`<x:table xmlns:x="m" id="3" name="T" displayName="T" ref="B1:E5" totalsRowCount="1"><x:autoFilter ref="B1:E4"/><x:tableColumns count="4"><x:tableColumn id="1" name="Nama"/><x:tableColumn id="7" name="Tahun" totalsRowFunction="count"/><x:tableColumn id="8" name="Skor &amp; Nilai"/><x:tableColumn id="9" name="Poin"/></x:tableColumns><x:tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></x:table>`);
  });
  it("changes nothing when the columns are there already or the table does not match the spec", () => {
    const done = `<table ref="B1:E5"><tableColumns count="4"><tableColumn id="1" name="Nama"/><tableColumn id="2" name="Tahun"/><tableColumn id="3" name="Skor &amp; Nilai"/><tableColumn id="4" name="Poin"/></tableColumns></table>`;
    expect(widenTable(done, spec)).toBeUndefined();
    const other = `<table ref="B1:D5"><tableColumns count="3"><tableColumn id="1" name="Nama"/><tableColumn id="2" name="Tahun"/><tableColumn id="3" name="Lain"/></tableColumns></table>`;
    expect(widenTable(other, spec)).toBeUndefined();
  });
});
