import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { scoreWorkbookFile } from "../src/index.js";
import { withConditionalFormats } from "../src/xlsx/cond-format.js";
import { load, loadBytes, tmp } from "./helpers.js";

const example = fileURLToPath(new URL("../../../examples/kabupaten-contoh.xlsx", import.meta.url));

async function sheetXml(bytes: Uint8Array, name: string): Promise<{ sheet: string; styles: string }> {
  const z = await JSZip.loadAsync(bytes);
  const wb = await z.file("xl/workbook.xml")!.async("string");
  const rels = await z.file("xl/_rels/workbook.xml.rels")!.async("string");
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(wb)![1];
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
  return { sheet: await z.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string"), styles: await z.file("xl/styles.xml")!.async("string") };
}

const rulesOf = (xml: string) => [...xml.matchAll(/<cfRule\b[^>]*>[\s\S]*?<\/cfRule>/g)].map((m) => m[0]);
const ours = (xml: string) => rulesOf(xml).filter((r) => /type="expression"/.test(r) && (/LEN\(TRIM\(/.test(r) || /=&quot;Tidak&quot;|="Tidak"/.test(r)));

describe("the CLI writes the scorer's conditional formats as native rules", () => {
  it("a scored example has them (after the analyst's, before dataValidations), a re-run does not duplicate them, the analyst's rule survives", async () => {
    const dir = tmp();
    const wb = await load(example);
    wb.getWorksheet("Inovasi")!.addConditionalFormatting({ ref: "B2:B91", rules: [{ type: "expression", formulae: ['ISNUMBER(SEARCH("Dinas",B2))'], priority: 1, style: { font: { italic: true } } }] });
    const input = join(dir, "analis.xlsx");
    await wb.xlsx.writeFile(input);

    const r1 = await scoreWorkbookFile({ input });
    if (!r1.ok) throw new Error(r1.messages.join("\n"));
    const first = await sheetXml(r1.output, "Inovasi");
    const mine = ours(first.sheet);
    expect(mine.length).toBeGreaterThan(5); // the not-counted rule and one per evidence column
    expect(rulesOf(first.sheet).filter((r) => r.includes("SEARCH(&quot;Dinas&quot;,B2)"))).toHaveLength(1);
    // schema order: every conditionalFormatting after sheetData and before dataValidations
    const sd = first.sheet.indexOf("</sheetData>");
    const dv = first.sheet.indexOf("<dataValidations");
    for (const m of first.sheet.matchAll(/<conditionalFormatting\b/g)) {
      expect(m.index!).toBeGreaterThan(sd);
      if (dv >= 0) expect(m.index!).toBeLessThan(dv);
    }
    // each rule's dxf exists and carries its fill
    const dxfs = [...(/<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(first.styles)?.[1] ?? "").matchAll(/<dxf>[\s\S]*?<\/dxf>/g)].map((m) => m[0]);
    expect(Number(/<dxfs count="(\d+)"/.exec(first.styles)![1])).toBe(dxfs.length);
    const notCounted = mine.find((r) => r.includes("Tidak"))!;
    expect(dxfs[Number(/dxfId="(\d+)"/.exec(notCounted)![1])]).toContain('bgColor rgb="FFF8D7DA"');

    // exceljs reads them back
    const back = await loadBytes(r1.output);
    const cfs = (back.getWorksheet("Inovasi") as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[] }).conditionalFormattings;
    const formulas = cfs.flatMap((c) => c.rules.flatMap((r) => r.formulae ?? []));
    expect(formulas.some((f) => /^\$[A-Z]+2="Tidak"$/.test(f))).toBe(true);
    expect(formulas.filter((f) => f.startsWith("AND(LEN(TRIM(")).length).toBe(mine.length - 1);

    // a re-run on the scored copy: the same rules, once; the analyst's still there; no new dxf
    const scored = join(dir, "hasil.xlsx");
    writeFileSync(scored, r1.output);
    const r2 = await scoreWorkbookFile({ input: scored });
    if (!r2.ok) throw new Error(r2.messages.join("\n"));
    const second = await sheetXml(r2.output, "Inovasi");
    expect(ours(second.sheet)).toEqual(mine);
    expect(rulesOf(second.sheet).filter((r) => r.includes("SEARCH(&quot;Dinas&quot;,B2)"))).toHaveLength(1);
    expect(second.styles).toBe(first.styles);
    expect(readFileSync(input).length).toBeGreaterThan(0);
  });

  it("withConditionalFormats: removes only rules whose formula is ours, keeps extLst, creates the element before hyperlinks", () => {
    const tail = `</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><conditionalFormatting sqref="A2:A9"><cfRule type="expression" dxfId="0" priority="3"><formula>$Z2="Tidak"</formula></cfRule><cfRule type="expression" dxfId="1" priority="4"><formula>A2&gt;5</formula></cfRule></conditionalFormatting><conditionalFormatting sqref="C2:C9"><cfRule type="expression" dxfId="0" priority="5"><formula>$z2 = "tidak"</formula></cfRule></conditionalFormatting><hyperlinks/><extLst><ext/></extLst></worksheet>`;
    const out = withConditionalFormats(tail, [{ sheet: "S", range: "A2:A9", formula: '$Z2="Tidak"', style: { fill: "#F8D7DA" }, meaning: "x" }], [7], "");
    expect(out).toBe(`</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells><conditionalFormatting sqref="A2:A9"><cfRule type="expression" dxfId="1" priority="4"><formula>A2&gt;5</formula></cfRule></conditionalFormatting><conditionalFormatting sqref="A2:A9"><cfRule type="expression" dxfId="7" priority="5"><formula>$Z2=&quot;Tidak&quot;</formula></cfRule></conditionalFormatting><hyperlinks/><extLst><ext/></extLst></worksheet>`);
    const bare = withConditionalFormats(`</x:sheetData></x:worksheet>`, [{ sheet: "S", range: "A2:A3", formula: "A2>1", style: {}, meaning: "x" }], [0], "x:");
    expect(bare).toBe(`</x:sheetData><x:conditionalFormatting sqref="A2:A3"><x:cfRule type="expression" dxfId="0" priority="1"><x:formula>A2&gt;1</x:formula></x:cfRule></x:conditionalFormatting></x:worksheet>`);
  });
});
