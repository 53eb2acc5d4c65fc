/**
 * The scored copy's Masalah, Rencana and Ringkasan: each cell naming a cell of the workbook is a hyperlink to it inside the
 * workbook (`<hyperlink location>`, no formula, no relationship), to the sheet by its real name ("Data Inovasi" read as
 * Inovasi); re-runs replace them; openpyxl and LibreOffice read them back.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { a1 } from "@inovasi/workbook";
import { readGrids } from "@inovasi/workbook/xlsx-read";
import { scoreWorkbookFile } from "../src/index.js";
import { openPackage } from "../src/xlsx/open.js";
import { patchWorkbook } from "../src/xlsx/patch.js";
import { hasSoffice, packageParts, partText, startedTemplate, tmp } from "./helpers.js";

async function score(bytes: Uint8Array): Promise<Uint8Array> {
  const file = join(tmp(), "buku.xlsx");
  writeFileSync(file, bytes);
  const r = await scoreWorkbookFile({ input: file });
  if (!r.ok) throw new Error(r.messages.join("\n"));
  return r.output;
}

/** A sheet's XML by its name in the package. */
function sheetXml(parts: Map<string, Uint8Array>, name: string): string {
  const wb = partText(parts.get("xl/workbook.xml"));
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const rels = partText(parts.get("xl/_rels/workbook.xml.rels"));
  const t = new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"|<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)!;
  return partText(parts.get(`xl/${(t[1] ?? t[2])!.replace(/^\/?xl\//, "")}`));
}

const links = (xml: string) =>
  [...xml.matchAll(/<hyperlink ref="([A-Z]+\d+)" location="([^"]*)" tooltip="([^"]*)"(?: display="([^"]*)")?\/>/g)].map((m) => ({ ref: m[1]!, location: m[2]!.replace(/&apos;/g, "'"), tip: m[3]!, display: m[4] }));
/** The text of the inline-string cell at `ref` in a rendered sheet's XML (escaped as written). */
const cellText = (xml: string, ref: string) => new RegExp(`<c r="${ref}"[^>]*t="inlineStr"><is><t xml:space="preserve">([^<]*)</t>`).exec(xml)?.[1];

/** Each cell's text and its hyperlink's location (openpyxl), for the sheets named. */
function openpyxlLinks(bytes: Uint8Array, sheets: string[]): Record<string, [string, string, string][]> {
  const file = join(tmp(), "read.xlsx");
  writeFileSync(file, bytes);
  const py = `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for n in json.loads(sys.argv[2]):
    out[n] = [[c.coordinate, str(c.value), c.hyperlink.location] for row in wb[n].iter_rows() for c in row if c.hyperlink is not None]
print(json.dumps(out))`;
  const r = spawnSync("python3", ["-c", py, file, JSON.stringify(sheets)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, [string, string, string][]>;
}
const hasOpenpyxl = spawnSync("python3", ["-c", "import openpyxl"]).status === 0;

describe("Masalah, Rencana and Ringkasan link to the cells they name", async () => {
  const path = join(tmp(), "asli.xlsx");
  const { wb, put, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"], ["Dinas Pendidikan", "Dinas"]]);
  const names: [string, string][] = [["Si Sehat", "Dinas Kesehatan"], ["Sekolah Ramah", "Dinas Pendidikan"], ["Posyandu Digital", "Dinas Kesehatan"]];
  names.forEach(([n, a], k) => eligible(k + 2, n, a));
  put(3, "5. Bukti", "Menunggu"); // a plan step on its evidence cell, an evidence gap on Ringkasan
  put(4, "Tahapan", "Penerapn"); // an error on Masalah
  wb.getWorksheet("Inovasi")!.name = "Data Inovasi";
  await wb.xlsx.writeFile(path);
  const original = new Uint8Array(readFileSync(path));
  const scored = await score(original);
  const parts = await packageParts(scored);
  const masalah = sheetXml(parts, "Masalah");
  const rencana = sheetXml(parts, "Rencana");
  const ringkasan = sheetXml(parts, "Ringkasan");

  it("each link's display is its cell's text (Google Sheets shows the location where display is missing)", () => {
    for (const xml of [masalah, rencana, ringkasan]) {
      const all = links(xml);
      expect(all.length).toBeGreaterThan(0);
      for (const l of all) {
        expect(l.display, l.ref).toBeDefined();
        expect(l.display).toBe(cellText(xml, l.ref));
      }
    }
  });

  it("the sheet XML: one <hyperlinks> after </sheetData>, each cell once, to the real sheet name, quoted; no formula, no relationship", () => {
    for (const xml of [masalah, rencana]) {
      expect(xml.match(/<hyperlinks>/g)).toHaveLength(1);
      expect(xml).toMatch(/<\/sheetData><hyperlinks>.*<\/hyperlinks><pageMargins/);
      expect(xml).not.toMatch(/<f>|<f |r:id=/);
      const refs = links(xml).map((l) => l.ref);
      expect(new Set(refs).size).toBe(refs.length);
    }
    const m = links(masalah);
    expect(m.length).toBeGreaterThan(0);
    for (const l of m) expect(l.ref).toMatch(/^B\d+$/);
    expect(m.map((l) => l.location)).toContainEqual(expect.stringMatching(/^'Data Inovasi'![A-Z]+4$/));
    expect(m[0]!.tip).toMatch(/^Buka '/);
    const r = links(rencana);
    expect(r.filter((l) => l.ref.startsWith("C")).map((l) => l.location)).toContainEqual(expect.stringMatching(/^'Data Inovasi'![A-Z]+3$/));
    // nothing else gained a relationship for them (internal links have none)
    for (const [p] of parts) if (/worksheets\/_rels\//.test(p)) expect(partText(parts.get(p))).not.toMatch(/hyperlink/);
  });

  it("Ringkasan: the evidence gap's Sel (H) links to its cell on the real sheet, a located kind of note its first place (C); the text as written", () => {
    expect(ringkasan.match(/<hyperlinks>/g)).toHaveLength(1);
    expect(ringkasan).toMatch(/<\/sheetData><hyperlinks>.*<\/hyperlinks><pageMargins/);
    const all = links(ringkasan);
    const gaps = all.filter((l) => l.ref.startsWith("H"));
    expect(gaps.length).toBeGreaterThan(0);
    for (const l of gaps) {
      // the cell still names the place ('Data Inovasi'!X3, escaped as written); the link goes there
      const text = cellText(ringkasan, l.ref)!.replace(/&apos;/g, "'");
      expect(text).toMatch(/^'Data Inovasi'![A-Z]+\d+$/);
      expect(l.location).toBe(text);
      expect(l.tip).toBe(`Buka ${text}`);
    }
    expect(gaps.map((l) => l.location)).toContainEqual(expect.stringMatching(/^'Data Inovasi'![A-Z]+3$/));
    // a kind of note located at a cell: its first place, in column C beside the message, is the link (a linked message
    // printed on one line in LibreOffice, cut at its column: audit36)
    const notes = all.filter((l) => l.ref.startsWith("C"));
    expect(notes.length).toBeGreaterThan(0);
    for (const l of notes) expect(cellText(ringkasan, l.ref)!.replace(/&apos;/g, "'")).toBe(l.location);
    expect(all).toHaveLength(gaps.length + notes.length);
  });

  it.skipIf(!hasOpenpyxl)("openpyxl reads each link on the cell whose text names that cell; the text is as before", () => {
    const got = openpyxlLinks(scored, ["Masalah", "Rencana", "Ringkasan"]);
    expect(got["Ringkasan"]!.filter(([c]) => c.startsWith("H")).length).toBeGreaterThan(0);
    for (const [coord, text, location] of got["Ringkasan"]!) {
      expect(coord).toMatch(/^[BH]\d+$/);
      expect(coord.startsWith("H") ? text : text.slice(0, location.length + 1)).toBe(coord.startsWith("H") ? location : `${location}:`);
    }
    expect(got["Masalah"]!.length).toBe(links(masalah).length);
    for (const [coord, text, location] of got["Masalah"]!) {
      expect(coord).toMatch(/^B\d+$/);
      expect(location).toBe(`'Data Inovasi'!${text}`);
    }
    for (const [coord, text, location] of got["Rencana"]!.filter(([c]) => c.startsWith("C"))) {
      expect(coord).toMatch(/^C\d+$/);
      // 'Data Inovasi'!O26, 'Data Inovasi'!O26:P26, 'Data Inovasi'!O26 dan R26: the first cell or the range
      const m = /^('[^']+'|\w+)!([A-Z]+\d+(?::[A-Z]+\d+)?)/.exec(text)!;
      expect(location).toBe(`'${m[1]!.replace(/^'|'$/g, "")}'!${m[2]}`);
    }
  });

  it("a re-run replaces the links: the same ones on the same copy, fewer once the error is fixed; never two on a cell", async () => {
    const again = await packageParts(await score(scored));
    expect(links(sheetXml(again, "Masalah"))).toEqual(links(masalah));
    expect(links(sheetXml(again, "Rencana"))).toEqual(links(rencana));
    expect(links(sheetXml(again, "Ringkasan"))).toEqual(links(ringkasan));
    // the error fixed in the scored copy, as Excel saves an edit (only that cell changes)
    const grids = await readGrids(openPackage(scored));
    const col = grids["Data Inovasi"]!.cells[0]!.indexOf("Tahapan");
    const edited = (await patchWorkbook(openPackage(scored), [{ sheet: "Data Inovasi", row: 3, col, address: a1(3, col), value: "Penerapan" }], { ownedSheets: [], charts: [], tables: [], conditionalFormats: [] })).bytes;
    const third = await packageParts(await score(edited));
    const after = links(sheetXml(third, "Masalah"));
    expect(after.length).toBeLessThan(links(masalah).length);
    expect(after.map((l) => l.location)).not.toContainEqual(expect.stringMatching(/^'Data Inovasi'![A-Z]+4$/));
    // Ringkasan's note on that cell goes with it (its B cell no longer links there); the evidence gap's link stays
    const summary = links(sheetXml(third, "Ringkasan"));
    expect(links(ringkasan).map((l) => l.location)).toContainEqual(expect.stringMatching(/^'Data Inovasi'![A-Z]+4$/));
    expect(summary.map((l) => l.location)).not.toContainEqual(expect.stringMatching(/^'Data Inovasi'![A-Z]+4$/));
    expect(summary.filter((l) => l.ref.startsWith("H"))).toEqual(links(ringkasan).filter((l) => l.ref.startsWith("H")));
  });

  it("the link cells look like links (blue, underlined font); other cells keep theirs", () => {
    const styles = partText(parts.get("xl/styles.xml"));
    const fonts = [...styles.replace(/[\s\S]*<fonts[^>]*>/, "").replace(/<\/fonts>[\s\S]*/, "").matchAll(/<font\b[^>]*?(?:\/>|>[\s\S]*?<\/font>)/g)].map((m) => m[0]);
    const xfs = [...styles.replace(/[\s\S]*<cellXfs[^>]*>/, "").replace(/<\/cellXfs>[\s\S]*/, "").matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    const fontOf = (xml: string, ref: string) => {
      const s = Number(new RegExp(`<c r="${ref}"[^>]*?\\ss="(\\d+)"`).exec(xml)?.[1] ?? 0);
      return fonts[Number(/fontId="(\d+)"/.exec(xfs[s]!)![1])]!;
    };
    const ref = links(masalah)[0]!.ref;
    expect(fontOf(masalah, ref)).toMatch(/<u\/>/);
    expect(fontOf(masalah, ref)).toMatch(/<color rgb="FF0563C1"\/>/);
    expect(fontOf(masalah, ref.replace("B", "A"))).not.toMatch(/<u\/>/);
  });

  it.skipIf(!hasSoffice || !hasOpenpyxl)("LibreOffice opens the copy and keeps the links (saved again as .xlsx)", () => {
    const dir = tmp();
    writeFileSync(join(dir, "scored.xlsx"), scored);
    const out = join(dir, "lo");
    const r = spawnSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "xlsx", "--outdir", out, join(dir, "scored.xlsx")], { encoding: "utf8", timeout: 180_000 });
    expect(r.status, r.stderr).toBe(0);
    const got = openpyxlLinks(new Uint8Array(readFileSync(join(out, "scored.xlsx"))), ["Masalah"]);
    expect(got["Masalah"]!.length).toBe(links(masalah).length);
    for (const [, text, location] of got["Masalah"]!) expect(location.replace(/^#/, "")).toMatch(new RegExp(`^'?Data Inovasi'?[.!]\\$?[A-Z]+\\$?${text.replace(/^[A-Z]+/, "")}$`));
  }, 240_000);
});
