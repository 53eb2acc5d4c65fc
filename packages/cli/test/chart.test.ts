import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { addSummaryChart, newWorkbook } from "../src/index.js";

describe("addSummaryChart", () => {
  it("adds a bar chart part on the summary sheet pointing at its table, with cached values and content types", async () => {
    const book = newWorkbook();
    book.apply([
      { sheet: "Inovasi", row: 0, col: 0, address: "A1", value: "Nama Inovasi" },
      { sheet: "Ringkasan", row: 4, col: 0, address: "A5", value: "SPD" },
      { sheet: "Ringkasan", row: 4, col: 1, address: "B5", value: 44.5 },
      { sheet: "Ringkasan", row: 4, col: 2, address: "C5", value: 42.5 },
      { sheet: "Ringkasan", row: 5, col: 0, address: "A6", value: "Total" },
      { sheet: "Ringkasan", row: 5, col: 1, address: "B6", value: 133.95 },
    ]);
    const out = await addSummaryChart(await book.toBuffer(), {
      sheet: "Ringkasan", firstRow: 4, lastRow: 5, title: "Skor", series: [{ col: 1, name: "Klaim" }, { col: 2, name: "Terverifikasi" }],
    });
    const zip = await JSZip.loadAsync(out);
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain("<c:f>'Ringkasan'!$A$5:$A$6</c:f>");
    expect(chart).toContain("<c:f>'Ringkasan'!$B$5:$B$6</c:f>");
    expect(chart).toContain('<c:pt idx="1"><c:v>133.95</c:v></c:pt>');
    expect(chart).toContain('<c:pt idx="0"><c:v>SPD</c:v></c:pt>');
    const sheet2 = await zip.file("xl/worksheets/sheet2.xml")!.async("string");
    expect(sheet2).toMatch(/<drawing r:id="rId\d+"\/>/);
    expect(await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string")).toContain("../drawings/drawing1.xml");
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain('PartName="/xl/charts/chart1.xml"');
    // a second pass over a sheet that already has a drawing leaves the file alone
    const again = await addSummaryChart(out, { sheet: "Ringkasan", firstRow: 4, lastRow: 5, title: "Skor", series: [{ col: 1, name: "Klaim" }] });
    expect(again).toBe(out);
  });
});

describe("refreshChartCaches: a kept chart shows this run's numbers", () => {
  it("rewrites the caches of ranges on the sheet (any prefix, formatCode kept), leaves other sheets' ranges and the styling alone", async () => {
    const { refreshChartCaches } = await import("../src/chart.js");
    const xml = `<cs:chartSpace xmlns:cs="x"><cs:spPr>styled</cs:spPr>` +
      `<cs:cat><cs:strRef><cs:f>'Ring''kasan'!$A$6:$A$7</cs:f><cs:strCache><cs:ptCount val="2"/><cs:pt idx="0"><cs:v>lama</cs:v></cs:pt></cs:strCache></cs:strRef></cs:cat>` +
      `<cs:val><cs:numRef><cs:f>'Ring''kasan'!$B$6:$B$7</cs:f><cs:numCache><cs:formatCode>0.00</cs:formatCode><cs:ptCount val="2"/><cs:pt idx="0"><cs:v>1</cs:v></cs:pt><cs:pt idx="1"><cs:v>2</cs:v></cs:pt></cs:numCache></cs:numRef></cs:val>` +
      `<cs:val><cs:numRef><cs:f>Lain!$B$6:$B$7</cs:f><cs:numCache><cs:ptCount val="2"/><cs:pt idx="0"><cs:v>9</cs:v></cs:pt></cs:numCache></cs:numRef></cs:val></cs:chartSpace>`;
    const cells: Record<string, unknown> = { "5:0": "SPD", "6:0": "SID", "5:1": 44.5, "6:1": null };
    const out = refreshChartCaches(xml, "Ring'kasan", (r, c) => cells[`${r}:${c}`] ?? null);
    expect(out).toBe(
      `<cs:chartSpace xmlns:cs="x"><cs:spPr>styled</cs:spPr>` +
        `<cs:cat><cs:strRef><cs:f>'Ring''kasan'!$A$6:$A$7</cs:f><cs:strCache><cs:ptCount val="2"/><cs:pt idx="0"><cs:v>SPD</cs:v></cs:pt><cs:pt idx="1"><cs:v>SID</cs:v></cs:pt></cs:strCache></cs:strRef></cs:cat>` +
        `<cs:val><cs:numRef><cs:f>'Ring''kasan'!$B$6:$B$7</cs:f><cs:numCache><cs:formatCode>0.00</cs:formatCode><cs:ptCount val="2"/><cs:pt idx="0"><cs:v>44.5</cs:v></cs:pt></cs:numCache></cs:numRef></cs:val>` +
        `<cs:val><cs:numRef><cs:f>Lain!$B$6:$B$7</cs:f><cs:numCache><cs:ptCount val="2"/><cs:pt idx="0"><cs:v>9</cs:v></cs:pt></cs:numCache></cs:numRef></cs:val></cs:chartSpace>`,
    );
  });
});
