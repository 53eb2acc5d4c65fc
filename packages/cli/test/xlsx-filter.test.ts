/**
 * The analyst's AutoFilter on the Inovasi sheet (`<autoFilter ref="A1:BC91">`, as Excel saves it) covers the output
 * columns in the scored copy, so they can filter by score and by flag (new-user audit: the filter ended at BC and
 * "show me the innovations missing evidence" could not be asked). Its criteria, its sort's conditions and the rows it
 * hides are kept; Excel's `_xlnm._FilterDatabase` name says the same range; a re-run changes nothing more.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { defaultEdition } from "@inovasi/core";
import { OUTPUT_COLUMNS, columnLetters, indicatorScoreHeaders } from "@inovasi/workbook";
import { scoreWorkbookFile } from "../src/index.js";
import { boxOf, widenSheetFilter, withFilterDatabase } from "../src/xlsx/filter.js";
import { convertsToPdf, hasSoffice, load, packageParts, partText, tmp } from "./helpers.js";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));
const SHEET = "xl/worksheets/sheet4.xml"; // Inovasi, the fourth sheet (localSheetId 3)

/**
 * The example as Excel saves it once the analyst filtered the Inovasi table (A1:BC91) to one agency and sorted it by
 * name: the filter with its criteria and sort, the rows it hides, the workbook's `_xlnm._FilterDatabase`.
 */
async function filtered(dir: string, opts: { filter?: string; name?: string } = {}): Promise<{ path: string; agencyCol: number; hidden: number[] }> {
  const wb = await load(example);
  const ws = wb.getWorksheet("Inovasi")!;
  const header = (ws.getRow(1).values as unknown[]).slice(1).map((v) => String(v ?? ""));
  const agencyCol = header.indexOf("Perangkat Daerah");
  const agency = String(ws.getRow(2).getCell(agencyCol + 1).value);
  const hidden: number[] = [];
  for (let r = 2; r <= 91; r++) if (String(ws.getRow(r).getCell(agencyCol + 1).value ?? "") !== agency) hidden.push(r);
  const z = await JSZip.loadAsync(readFileSync(example));
  let sheet = await z.file(SHEET)!.async("string");
  for (const r of hidden) sheet = sheet.replace(new RegExp(`<row r="${r}"`), `<row r="${r}" hidden="1"`);
  const filter =
    opts.filter ??
    `<autoFilter ref="A1:BC91"><filterColumn colId="${agencyCol}"><filters><filter val="${agency}"/></filters></filterColumn><sortState ref="A2:BC91"><sortCondition ref="A2:A91"/></sortState></autoFilter>`;
  sheet = sheet.replace("</sheetData>", `</sheetData>${filter}`);
  z.file(SHEET, sheet);
  let book = await z.file("xl/workbook.xml")!.async("string");
  book = book.replace("</sheets>", `</sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="3" hidden="1">${opts.name ?? "Inovasi!$A$1:$BC$91"}</definedName></definedNames>`);
  z.file("xl/workbook.xml", book);
  const path = join(dir, "tersaring.xlsx");
  writeFileSync(path, await z.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return { path, agencyCol, hidden };
}

const sid = defaultEdition.indicators.filter((i) => i.aspect === "SID");
const outputHeaders = [...Object.values(OUTPUT_COLUMNS), ...sid.flatMap((i) => Object.values(indicatorScoreHeaders(i)))];
/** BC is the analyst's last column: the output columns follow it. */
const lastOutput = columnLetters(54 + outputHeaders.length);

async function score(input: string | Uint8Array): Promise<Uint8Array> {
  let path = input;
  if (typeof input !== "string") writeFileSync((path = join(tmp(), "skor.xlsx")), input);
  const r = await scoreWorkbookFile({ input: path as string });
  if (!r.ok) throw new Error(r.messages.join("\n"));
  return r.output;
}
const filterOf = (xml: string) => /<autoFilter\b[\s\S]*?(?:<\/autoFilter>|\/>)/.exec(xml)?.[0];
const hiddenRows = (xml: string) => [...xml.matchAll(/<row r="(\d+)"[^>]*\shidden="1"/g)].map((m) => Number(m[1]));
const cellsOf = (xml: string) => new Map([...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)].map((c) => [c[1]!, c[0]]));
/** The texts of the workbook's `_xlnm._FilterDatabase` names (attributes in any order: LibreOffice writes `name` last). */
const filterNames = (xml: string) => [...xml.matchAll(/<definedName\b[^>]*\sname="_xlnm\._FilterDatabase"[^>]*>([^<]*)<\/definedName>/g)].map((m) => m[1]);

describe("the analyst's AutoFilter on the Inovasi table, in the scored copy", () => {
  let input: Awaited<ReturnType<typeof filtered>>;
  let before: Map<string, Uint8Array>;
  let after: Map<string, Uint8Array>;
  let scored: Uint8Array;
  beforeAll(async () => {
    input = await filtered(tmp());
    scored = await score(input.path);
    before = await packageParts(readFileSync(input.path));
    after = await packageParts(scored);
  });

  it("reaches the last output column, same header row and last row; its criteria kept byte for byte (colId from the same first column)", () => {
    const was = filterOf(partText(before.get(SHEET)))!;
    const now = filterOf(partText(after.get(SHEET)))!;
    expect(now).toBe(
      was
        .replace('<autoFilter ref="A1:BC91">', `<autoFilter ref="A1:${lastOutput}91">`)
        .replace('<sortState ref="A2:BC91">', `<sortState ref="A2:${lastOutput}91">`),
    );
    expect(now).toContain(`<filterColumn colId="${input.agencyCol}">`);
    // the last output column is the last header written
    const headers = [...partText(after.get(SHEET)).matchAll(/<c r="([A-Z]+)1"[^>]*>[\s\S]*?<\/c>/g)].map((m) => m[1]!);
    expect(headers.at(-1)).toBe(lastOutput);
  });

  it("Excel's _FilterDatabase name for the sheet names the same range", () => {
    expect(filterNames(partText(after.get("xl/workbook.xml")))).toEqual([`Inovasi!$A$1:$${lastOutput}$91`]);
  });

  it("the rows the filter hides stay hidden, and every input cell is as it was", () => {
    const a = partText(before.get(SHEET));
    const b = partText(after.get(SHEET));
    expect(hiddenRows(b)).toEqual(input.hidden.length ? hiddenRows(a) : []);
    expect(input.hidden.length).toBeGreaterThan(0);
    const cb = cellsOf(b);
    for (const [addr, xml] of cellsOf(a)) expect(cb.get(addr), addr).toBe(xml);
  });

  it("a second run on the scored copy keeps the same filter and name, once each", async () => {
    const again = await packageParts(await score(scored));
    const sheet = partText(again.get(SHEET));
    expect(sheet.match(/<autoFilter\b/g)).toHaveLength(1);
    expect(filterOf(sheet)).toBe(filterOf(partText(after.get(SHEET))));
    expect(filterNames(partText(again.get("xl/workbook.xml")))).toEqual([`Inovasi!$A$1:$${lastOutput}$91`]);
    expect(hiddenRows(sheet)).toEqual(hiddenRows(partText(after.get(SHEET))));
  });

  it("LibreOffice opens it without repair and reads the widened filter (its own save names the same range)", async (ctx) => {
    if (!hasSoffice) return ctx.skip();
    expect(convertsToPdf(scored, "tersaring.xlsx").pdf).toBe(true);
    const dir = tmp();
    writeFileSync(join(dir, "skor.xlsx"), scored);
    const out = join(dir, "lo");
    const res = spawnSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, join(dir, "skor.xlsx")], { encoding: "utf8", timeout: 180_000 });
    expect(res.status, res.stderr).toBe(0);
    const saved = await packageParts(readFileSync(join(out, "skor.xlsx")));
    const book = partText(saved.get("xl/workbook.xml"));
    const rid = /<sheet name="Inovasi"[^>]*r:id="([^"]+)"/.exec(book)![1]!;
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(partText(saved.get("xl/_rels/workbook.xml.rels")))![1]!;
    const sheet = partText(saved.get(`xl/${target}`));
    expect(/<autoFilter ref="([^"]+)"/.exec(sheet)![1]).toBe(`A1:${lastOutput}91`);
    expect(filterOf(sheet)).toContain(`<filterColumn colId="${input.agencyCol}">`);
    expect(filterNames(book)).toEqual([`Inovasi!$A$1:$${lastOutput}$91`]);
  }, 240_000);
});

describe("an AutoFilter that is not the Inovasi table's is left as it is", () => {
  it("a filter on another row (a block of the sheet's own) stays byte for byte, its name too", async () => {
    const input = await filtered(tmp(), { filter: `<autoFilter ref="B5:D20"/>`, name: "Inovasi!$B$5:$D$20" });
    const before = await packageParts(readFileSync(input.path));
    const after = await packageParts(await score(input.path));
    expect(filterOf(partText(after.get(SHEET)))).toBe(`<autoFilter ref="B5:D20"/>`);
    expect(filterNames(partText(after.get("xl/workbook.xml")))).toEqual(filterNames(partText(before.get("xl/workbook.xml"))));
  });

  it("a filter Excel saved without criteria (self-closing) is widened, and rows typed below it are taken in", async () => {
    const input = await filtered(tmp(), { filter: `<autoFilter ref="A1:BC60"/>`, name: "'Inovasi'!$A$1:$BC$60" });
    const after = await packageParts(await score(input.path));
    expect(filterOf(partText(after.get(SHEET)))).toBe(`<autoFilter ref="A1:${lastOutput}91"/>`);
    expect(filterNames(partText(after.get("xl/workbook.xml")))).toEqual([`'Inovasi'!$A$1:$${lastOutput}$91`]);
  });
});

describe("widenSheetFilter and withFilterDatabase on hand-written XML", () => {
  const spec = { sheet: "Inovasi", row: 0, col: 0, lastCol: 6, lastRow: 9 };
  it("keeps a prefix, the filter's children and a sort beside it; a sort narrower than the filter keeps its edge", () => {
    const tail = `</x:sheetData><x:autoFilter ref="A1:C8"><x:filterColumn colId="1"><x:customFilters><x:customFilter operator="greaterThan" val="5"/></x:customFilters></x:filterColumn></x:autoFilter><x:sortState ref="A2:C8"><x:sortCondition descending="1" ref="B2:B8"/></x:sortState><x:sortState ref="A2:B5"/><x:pageMargins/>`;
    const w = widenSheetFilter(tail, spec)!;
    expect(w.from).toEqual({ row: 0, col: 0, lastCol: 2, lastRow: 7 });
    expect(w.to).toEqual({ row: 0, col: 0, lastCol: 6, lastRow: 9 });
    expect(w.xml).toBe(`</x:sheetData><x:autoFilter ref="A1:G10"><x:filterColumn colId="1"><x:customFilters><x:customFilter operator="greaterThan" val="5"/></x:customFilters></x:filterColumn></x:autoFilter><x:sortState ref="A2:G10"><x:sortCondition descending="1" ref="B2:B10"/></x:sortState><x:sortState ref="A2:B5"/><x:pageMargins/>`);
    expect(widenSheetFilter(`<pageMargins/>`, spec)).toBeUndefined();
    expect(widenSheetFilter(`<autoFilter ref="A1:G10"/>`, spec)).toBeUndefined();
    expect(boxOf("$B$2:$C$3")).toEqual({ row: 1, col: 1, lastRow: 2, lastCol: 2 });
  });

  it("names the new range for that sheet only (its position among the sheets), as the name wrote the sheet", () => {
    const book = `<workbook><sheets><sheet name="A&amp;B" sheetId="1"/><sheet name="Inovasi" sheetId="2"/></sheets><definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'A&amp;B'!$A$1:$B$2</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">Inovasi!$A$1:$C$8</definedName><definedName name="Lain">Inovasi!$A$1</definedName></definedNames></workbook>`;
    const to = { row: 0, col: 0, lastRow: 9, lastCol: 6 };
    expect(withFilterDatabase(book, "Inovasi", to)).toBe(book.replace("Inovasi!$A$1:$C$8", "Inovasi!$A$1:$G$10"));
    expect(withFilterDatabase(book, "A&B", to)).toBe(book.replace("'A&amp;B'!$A$1:$B$2", "'A&amp;B'!$A$1:$G$10"));
    expect(withFilterDatabase(book.replace("Inovasi!$A$1:$C$8", "#REF!"), "Inovasi", to)).toContain(`localSheetId="1" hidden="1">'Inovasi'!$A$1:$G$10<`);
  });
});
