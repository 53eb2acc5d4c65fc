/**
 * The long output texts (Skor Kekurangan Bukti, Skor Catatan) wrap and their rows are tall enough to show them; the
 * Ya/Tidak flag is centred — in the written XML, through the patcher and through `score` on the example.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { type ColumnFormatSpec, OUTPUT_COLUMNS, blockWrites, rowPoints, wrappedLines } from "@inovasi/workbook";
import { scoreWorkbookFile } from "../src/index.js";
import { oneSheetPackage, packageParts, partText } from "./helpers.js";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));

const pkgOf = oneSheetPackage;

/** The `<xf>` elements of a styles part's cellXfs, by index. */
function cellXfs(styles: string): string[] {
  const section = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? "";
  return [...section.matchAll(/<xf\b(?:[^>]*\/>|[^>]*>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
}

const unescape = (s: string) => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

describe("output columns' looks in the patched sheet", () => {
  const long = "SID-6 Program dan kegiatan inovasi dalam RKPD (Menunggu); SID-7 Keterlibatan aktor inovasi (Menunggu)";
  // column D is 20 wide in the sheet (an analyst narrowed it): the heights follow that width
  const sheet = `<worksheet xmlns="x"><sheetFormatPr defaultRowHeight="15"/><cols><col min="4" max="4" width="20" customWidth="1"/></cols><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="3" ht="40" customHeight="1"><c r="A3"><v>3</v></c></row><row r="4" ht="120"><c r="A4"><v>4</v></c></row><row r="5" spans="1:1" ht="16"><c r="A5"><v>5</v></c></row></sheetData></worksheet>`;
  const block = () => ({
    sheet: "S",
    firstRow: 1,
    rows: 6,
    columns: [
      { col: 2, kind: "text" as const, values: ["Ya", "Tidak", "Ya", "Ya", null, null] },
      { col: 3, kind: "text" as const, values: [long, long, long, long, "pendek", long] },
    ],
    skipped: new Set<number>(),
  });
  const formats: ColumnFormatSpec[] = [
    { sheet: "S", col: 2, firstRow: 1, lastRow: 6, horizontal: "center" },
    { sheet: "S", col: 3, firstRow: 1, lastRow: 6, wrap: true },
  ];
  const output = { ownedSheets: [], charts: [], tables: [], conditionalFormats: [], columnFormats: formats };
  const parts = async (b: Uint8Array) => {
    const z = await JSZip.loadAsync(b, { checkCRC32: true });
    return Promise.all(["xl/worksheets/sheet1.xml", "xl/styles.xml"].map((f) => z.file(f)?.async("string")));
  };

  it("wraps and centres the cells, grows rows of automatic height to the text, never over an analyst's height nor lower", async () => {
    const { patchWorkbook } = await import("../src/xlsx/patch.js");
    const viaBlock = await patchWorkbook(await pkgOf(sheet), [], output, [block()]);
    const viaWrites = await patchWorkbook(await pkgOf(sheet), blockWrites(block()), output);
    const [xml, styles] = await parts(viaBlock.bytes);
    expect([xml, styles]).toEqual(await parts(viaWrites.bytes));
    const h = rowPoints(wrappedLines(long, 20));
    expect(h).toBeGreaterThan(30);
    expect(h).toBeLessThan(120);
    const xfs = cellXfs(styles!);
    const center = xfs.findIndex((x) => x.includes(`<alignment horizontal="center"/>`));
    const wrap = xfs.findIndex((x) => x.includes(`<alignment wrapText="1"/>`));
    expect(center).toBeGreaterThan(0);
    expect(wrap).toBeGreaterThan(0);
    expect(xfs[wrap]).toBe(`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1"/></xf>`);
    // an automatic height, no customHeight: Excel may fit the row itself
    expect(xml).toContain(`<row r="2" ht="${h}"><c r="A2"><v>2</v></c><c r="C2" s="${center}" t="inlineStr">`);
    expect(xml).toContain(`<c r="D2" s="${wrap}" t="inlineStr"><is><t xml:space="preserve">${long}</t></is></c>`);
    expect(xml).toContain(`<row r="3" ht="40" customHeight="1">`); // the analyst's height
    expect(xml).toContain(`<row r="4" ht="120">`); // taller already: kept
    expect(xml).toContain(`<row r="5" spans="1:4" ht="${h}">`); // too low: grown
    expect(xml).toContain(`<row r="6"><c r="C6" s="${center}"/><c r="D6" s="${wrap}" t="inlineStr">`); // a new row, one line
    expect(xml).toContain(`<row r="7" ht="${h}"><c r="C7" s="${center}"/><c r="D7" s="${wrap}" t="inlineStr">`); // a new row, grown
    expect(xml).not.toMatch(/<row r="[^3]"[^>]*customHeight/);
  });

  it("a re-run whose texts got shorter lowers the rows an earlier run made tall (to one line: no height); Excel's, LibreOffice's and the analyst's heights stay", async () => {
    const { patchWorkbook } = await import("../src/xlsx/patch.js");
    const two = "SID-6 Program dan kegiatan inovasi dalam RKPD (Menunggu)";
    const h = rowPoints(wrappedLines(long, 20)), h2 = rowPoints(wrappedLines(two, 20));
    expect(h2).toBeLessThan(h);
    expect(h2).toBeGreaterThan(15);
    const ours = (r: number, t: string) => `<c r="D${r}" t="inlineStr"><is><t xml:space="preserve">${t}</t></is></c>`;
    // rows 2–7 as a first run left them; row 6's text is a shared string (the file saved by Excel or LibreOffice in
    // between), row 7's height LibreOffice's way of writing an automatic one
    const before = `<worksheet xmlns="x"><sheetFormatPr defaultRowHeight="15"/><cols><col min="4" max="4" width="20" customWidth="1"/></cols><sheetData>` +
      `<row r="2" ht="${h}"><c r="A2"><v>2</v></c>${ours(2, long)}</row>` +
      `<row r="3" ht="${h}"><c r="A3"><v>3</v></c>${ours(3, long)}</row>` +
      `<row r="4" ht="${h + 3}"><c r="A4"><v>4</v></c>${ours(4, long)}</row>` +
      `<row r="5" ht="${h}" customHeight="1"><c r="A5"><v>5</v></c>${ours(5, long)}</row>` +
      `<row r="6" ht="${h}"><c r="A6"><v>6</v></c><c r="D6" t="s"><v>0</v></c></row>` +
      `<row r="7" customFormat="false" ht="${h}" hidden="false" customHeight="false"><c r="A7"><v>7</v></c>${ours(7, long)}</row>` +
      `</sheetData></worksheet>`;
    const pkg = await pkgOf(before);
    pkg.sharedStrings.push(long);
    const again = { sheet: "S", firstRow: 1, rows: 6, columns: [{ col: 3, kind: "text" as const, values: ["pendek", two, "pendek", "pendek", "pendek", null] }], skipped: new Set<number>() };
    const [xml] = await parts((await patchWorkbook(pkg, [], output, [again])).bytes);
    const tag = (r: number) => new RegExp(`<row r="${r}"[^>]*>`).exec(xml!)![0];
    expect(tag(2)).toBe(`<row r="2">`); // one line now: no height, as a first run leaves it
    expect(tag(3)).toBe(`<row r="3" ht="${h2}">`); // two lines now
    expect(tag(4)).toBe(`<row r="4" ht="${h + 3}">`); // not the height we gave it (Excel's fit, the analyst's cells): kept
    expect(tag(5)).toBe(`<row r="5" ht="${h}" customHeight="1">`); // the analyst's height
    expect(tag(6)).toBe(`<row r="6">`);
    expect(tag(7)).toBe(`<row r="7" customFormat="false" hidden="false" customHeight="false">`);
  });

  it("without looks nothing is styled nor heightened (the analyst's columns, and hosts before this)", async () => {
    const { patchWorkbook } = await import("../src/xlsx/patch.js");
    const [xml] = await parts((await patchWorkbook(await pkgOf(sheet), [], { ...output, columnFormats: [] }, [block()])).bytes);
    expect(xml).toContain(`<row r="2"><c r="A2"><v>2</v></c><c r="C2" t="inlineStr">`);
    expect(xml).toContain(`<row r="5" spans="1:4" ht="16">`);
  });

  it("puts the alignment on the cell's own style (an analyst's fill and alignment kept); the same look twice is one style", async () => {
    const { StyleBook } = await import("../src/xlsx/styles.js");
    const book = new StyleBook(
      `<styleSheet xmlns="x"><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1" applyAlignment="1"><alignment vertical="top" horizontal="left"/><protection locked="0"/></xf></cellXfs></styleSheet>`,
    );
    expect(book.aligned(1, {})).toBe(1);
    expect(book.aligned(1, { wrap: true })).toBe(2);
    expect(book.aligned(2, { wrap: true })).toBe(2); // a re-run: the cell already has it
    expect(book.aligned(0, { horizontal: "center" })).toBe(3);
    expect(cellXfs(book.result()!)).toEqual([
      `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`,
      `<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1" applyAlignment="1"><alignment vertical="top" horizontal="left"/><protection locked="0"/></xf>`,
      `<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0" applyFill="1" applyAlignment="1"><alignment vertical="top" horizontal="left" wrapText="1"/><protection locked="0"/></xf>`,
      `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="center"/></xf>`,
    ]);
    expect(book.result()).toContain(`<cellXfs count="4">`);
  });
});

describe("score on the example: every missing evidence and note readable whole", () => {
  it("their cells wrap, each row is as tall as its longest text needs (no customHeight), the flag is centred; input rows keep their own attributes", async () => {
    const r = await scoreWorkbookFile({ input: example });
    if (!r.ok) throw new Error(r.messages.join("\n"));
    const before = await packageParts(readFileSync(example));
    const after = await packageParts(r.output);
    const path = "xl/worksheets/sheet4.xml";
    expect(partText(after.get("xl/workbook.xml"))).toMatch(/<sheet [^>]*name="Inovasi"[^>]*r:id="rId7"/);
    expect(partText(after.get("xl/_rels/workbook.xml.rels"))).toMatch(/Id="rId7"[^>]*Target="worksheets\/sheet4\.xml"|Target="worksheets\/sheet4\.xml"[^>]*Id="rId7"/);
    const xml = partText(after.get(path));
    const xfs = cellXfs(partText(after.get("xl/styles.xml")));
    const cells = new Map<string, { s: number; text: string | undefined }>();
    for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"((?: [\w:]+="[^"]*")*)\s*(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const s = Number(/ s="(\d+)"/.exec(m[2]!)?.[1] ?? 0);
      const t = /<t[^>]*>([\s\S]*?)<\/t>/.exec(m[3] ?? "")?.[1];
      cells.set(m[1]!, { s, text: t === undefined ? undefined : unescape(t) });
    }
    const letter = (h: string) => [...cells].find(([a, c]) => /^[A-Z]+1$/.test(a) && c.text === h)![0].replace(/1$/, "");
    const gaps = letter(OUTPUT_COLUMNS.gaps), notes = letter(OUTPUT_COLUMNS.notes), counted = letter(OUTPUT_COLUMNS.counted);
    const widthOf = (l: string) => {
      const n = [...l].reduce((k, ch) => k * 26 + ch.charCodeAt(0) - 64, 0);
      return Number(new RegExp(`<col min="${n}" max="${n}" width="([\\d.]+)"`).exec(xml)![1]);
    };
    const rowsBefore = new Map([...partText(before.get(path)).matchAll(/<row r="(\d+)"[^>]*>/g)].map((m) => [Number(m[1]), m[0]]));
    let tall = 0;
    for (const m of xml.matchAll(/<row r="(\d+)"[^>]*>/g)) {
      const row = Number(m[1]);
      if (row === 1) {
        expect(m[0].replace(/ spans="[^"]*"/, "")).toBe(rowsBefore.get(1)!.replace(/ spans="[^"]*"/, "")); // the header row as it was
        continue;
      }
      const wrapped = [gaps, notes].map((l) => cells.get(`${l}${row}`));
      for (const c of wrapped) if (c) expect(xfs[c.s], `${row}`).toMatch(/<alignment[^>]*wrapText="1"/);
      const flag = cells.get(`${counted}${row}`);
      if (flag) expect(xfs[flag.s]).toMatch(/<alignment[^>]*horizontal="center"/);
      const lines = Math.max(1, ...[gaps, notes].map((l, k) => (wrapped[k]?.text ? wrappedLines(wrapped[k]!.text!, widthOf(l)) : 1)));
      const ht = / ht="([\d.]+)"/.exec(m[0])?.[1];
      if (lines > 1) {
        tall++;
        expect(Number(ht), `row ${row}`).toBe(rowPoints(lines));
      } else expect(ht, `row ${row}`).toBeUndefined();
      expect(m[0]).not.toContain("customHeight");
      // apart from the height and the spans, the row's tag as the analyst's file had it
      expect(m[0].replace(/ ht="[^"]*"/, "").replace(/ spans="[^"]*"/, "")).toBe(rowsBefore.get(row)!.replace(/ spans="[^"]*"/, ""));
    }
    expect(tall).toBeGreaterThan(40); // most rows of the example miss some evidence
    // the longest missing-evidence text is in its cell whole
    const longest = [...cells].filter(([a]) => a.startsWith(gaps) && a !== `${gaps}1`).map(([, c]) => c.text ?? "").sort((a, b) => b.length - a.length)[0]!;
    expect(longest.length).toBeGreaterThan(widthOf(gaps) * 2);
  });
});
