/**
 * The scored copy's report sheets as printed (audit36): Masalah's messages wrap at a readable width, the sheet prints
 * one page wide with its header row on every page; Ringkasan lists problems by kind, not each one.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readGrids } from "@inovasi/workbook/xlsx-read";
import { scoreWorkbookFile } from "../src/index.js";
import { openPackage } from "../src/xlsx/open.js";
import { packageParts, partText, startedTemplate, tmp } from "./helpers.js";

async function score(bytes: Uint8Array): Promise<Uint8Array> {
  const file = join(tmp(), "buku.xlsx");
  writeFileSync(file, bytes);
  const r = await scoreWorkbookFile({ input: file });
  if (!r.ok) throw new Error(r.messages.join("\n"));
  return r.output;
}

/** A sheet's XML and its position among the sheets (localSheetId), by its name. */
function sheetOf(parts: Map<string, Uint8Array>, name: string): { xml: string; at: number } {
  const wb = partText(parts.get("xl/workbook.xml"));
  const sheets = [...wb.matchAll(/<sheet [^>]*>/g)].map((m) => m[0]);
  const at = sheets.findIndex((s) => s.includes(`name="${name}"`));
  const rid = /r:id="([^"]+)"/.exec(sheets[at]!)![1];
  const rels = partText(parts.get("xl/_rels/workbook.xml.rels"));
  const t = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"|<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  return { xml: partText(parts.get(`xl/${(t[1] ?? t[2])!.replace(/^\/?xl\//, "")}`)), at };
}

/** The cellXfs entries of styles.xml, in order. */
const cellXfs = (parts: Map<string, Uint8Array>) => [.../<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(partText(parts.get("xl/styles.xml")))![1]!.matchAll(/<xf\b[^>]*\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g)].map((m) => m[0]);

describe("Masalah and Ringkasan of a workbook with many problems of a few kinds", async () => {
  const path = join(tmp(), "asli.xlsx");
  const { wb, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"], ["Dinas Pendidikan", "Dinas"]]);
  // 30 innovations of an agency not on the list: one warning each, a long message naming the registered agencies
  for (let k = 0; k < 30; k++) eligible(k + 2, `Inovasi ${k + 1}`, "Dinas Tak Terdaftar");
  await wb.xlsx.writeFile(path);
  const scored = await score(new Uint8Array(readFileSync(path)));
  const parts = await packageParts(scored);
  const masalah = sheetOf(parts, "Masalah");

  it("Masalah: each message wraps (top-aligned) in a column 90 wide, its row as tall as the estimate says", () => {
    expect(masalah.xml).toMatch(/<col min="5" max="5" width="90" customWidth="1"\/>/);
    const xfs = cellXfs(parts);
    const rows = [...masalah.xml.matchAll(/<row r="(\d+)"([^>]*)>(.*?)<\/row>/g)].filter((m) => Number(m[1]) > 3);
    expect(rows.length).toBeGreaterThanOrEqual(30);
    for (const [, , attrs, cells] of rows) {
      const e = /<c r="E\d+"(?: s="(\d+)")?[^>]*><is><t xml:space="preserve">([^<]*)</.exec(cells!)!;
      expect(xfs[Number(e[1] ?? 0)]).toMatch(/wrapText="1"/);
      expect(xfs[Number(e[1] ?? 0)]).toMatch(/vertical="top"/);
      // a message longer than a line of the column: a taller row, fixed (LibreOffice fits no row when it opens a file)
      if (e[2]!.length > 120) expect(attrs).toMatch(/ ht="(\d+)" customHeight="1"/);
      if (e[2]!.length > 120) expect(Number(/ ht="(\d+)"/.exec(attrs!)![1])).toBeGreaterThan(15);
    }
  });

  it("Masalah prints one page wide, as many pages tall as it needs, its header row on every page", () => {
    expect(masalah.xml).toMatch(/<sheetPr><pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
    expect(masalah.xml).toMatch(/<pageSetup orientation="landscape"[^>]* fitToWidth="1" fitToHeight="0"\/>/);
    const wbXml = partText(parts.get("xl/workbook.xml"));
    const titles = [...wbXml.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="(\d+)">([^<]*)<\/definedName>/g)];
    expect(titles.map((m) => [Number(m[1]), m[2]!.replace(/&apos;/g, "'")])).toEqual([[masalah.at, "'Masalah'!$3:$3"]]);
    // after the sheets, where the schema puts the defined names
    expect(wbXml).toMatch(/<\/sheets><definedNames>/);
  });

  it("a re-run of the scored copy keeps one print title for Masalah, not one per run", async () => {
    const again = await packageParts(await score(scored));
    const wbXml = partText(again.get("xl/workbook.xml"));
    expect(wbXml.match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
    expect(wbXml.match(/<definedNames>/g)).toHaveLength(1);
  });

  it("Ringkasan: the 30 warnings of one kind are one row (a count, the text, the first places), pointing to Masalah for the rest", async () => {
    const grids = await readGrids(await openPackage(scored));
    const rows = grids["Ringkasan"]!.cells;
    const at = rows.findIndex((r) => r[0] === "Catatan");
    const notes = rows.slice(at + 1).filter((r) => r[0] === "Peringatan");
    const agency = notes.filter((r) => String(r[1]).includes("Dinas Tak Terdaftar"));
    expect(agency).toHaveLength(1);
    expect(String(agency[0]![1])).toMatch(/^30× .*Dinas Tak Terdaftar.* — Inovasi!\w+2, Inovasi!\w+3, Inovasi!\w+4 … dan 27 lainnya$/);
    expect(agency[0]![2]).toMatch(/^Inovasi!\w+2$/);
    expect(rows.slice(at + 1).some((r) => /^Daftar lengkap \d+ kesalahan dan \d+ peringatan dengan letaknya masing-masing: lembar Masalah\.$/.test(String(r[1])))).toBe(true);
  });
});
