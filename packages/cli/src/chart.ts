/**
 * exceljs cannot create charts, so the saved .xlsx is post-processed: a DrawingML bar chart part, a drawing part
 * anchoring it on the summary sheet, their relationships and content types. The chart's series point at the summary
 * table's cells (with cached values so Excel shows it before recalculating). jszip is already exceljs's own zip
 * library; it is listed as a direct dependency at the same version.
 */
import JSZip from "jszip";
import { type SummaryChartRef, columnLetters } from "@inovasi/workbook";

export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

export interface ChartData extends SummaryChartRef {
  sheet: string;
}

/** Add a clustered bar chart (claimed vs verified per score component) to the summary sheet of an .xlsx. */
export async function addSummaryChart(xlsx: Uint8Array, chart: ChartData, values?: { categories: string[]; series: (number | null)[][] }): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  const wbXml = await zip.file("xl/workbook.xml")!.async("string");
  const relsXml = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const sheetTag = [...wbXml.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, "name") === esc(chart.sheet));
  if (!sheetTag) return xlsx;
  const rid = attr(sheetTag, "r:id");
  const relTag = [...relsXml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((t) => attr(t, "Id") === rid);
  if (!relTag) return xlsx;
  const target = attr(relTag, "Target")!.replace(/^\/?xl\//, "");
  const sheetPath = `xl/${target}`;
  const sheetFile = sheetPath.split("/").pop()!;
  const sheetRelsPath = `xl/worksheets/_rels/${sheetFile}.rels`;
  let sheetXml = await zip.file(sheetPath)!.async("string");
  if (/<drawing\b/.test(sheetXml)) return xlsx; // the sheet already has a drawing: leave it

  const n = nextFree(zip, "xl/charts/chart", ".xml");
  const d = nextFree(zip, "xl/drawings/drawing", ".xml");
  const chartPath = `xl/charts/chart${n}.xml`;
  const drawingPath = `xl/drawings/drawing${d}.xml`;

  const cats = await readCells(zip, sheetXml, chart, values);
  zip.file(chartPath, chartXml(chart, cats));
  zip.file(drawingPath, drawingXml());
  zip.file(`xl/drawings/_rels/drawing${d}.xml.rels`, rels([{ id: "rId1", type: REL_CHART, target: `../charts/chart${n}.xml` }]));

  const sheetRels = zip.file(sheetRelsPath) ? await zip.file(sheetRelsPath)!.async("string") : rels([]);
  const drawRid = freeRid(sheetRels);
  zip.file(sheetRelsPath, sheetRels.replace("</Relationships>", `<Relationship Id="${drawRid}" Type="${REL_DRAWING}" Target="../drawings/drawing${d}.xml"/></Relationships>`));
  if (!/xmlns:r=/.test(sheetXml)) sheetXml = sheetXml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
  const before = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b|<\/worksheet>/.exec(sheetXml)!;
  sheetXml = `${sheetXml.slice(0, before.index)}<drawing r:id="${drawRid}"/>${sheetXml.slice(before.index)}`;
  zip.file(sheetPath, sheetXml);

  let ct = await zip.file("[Content_Types].xml")!.async("string");
  ct = ct.replace(
    "</Types>",
    `<Override PartName="/${chartPath}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>` +
      `<Override PartName="/${drawingPath}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`,
  );
  zip.file("[Content_Types].xml", ct);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`).exec(tag)?.[1];
}

function nextFree(zip: JSZip, prefix: string, suffix: string): number {
  let i = 1;
  while (zip.file(`${prefix}${i}${suffix}`)) i++;
  return i;
}

function freeRid(relsXml: string): string {
  let i = 1;
  while (relsXml.includes(`Id="rId${i}"`)) i++;
  return `rId${i}`;
}

function rels(list: { id: string; type: string; target: string }[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`)
    .join("")}</Relationships>`;
}

/** Cached category labels and series values, read back from the sheet XML (inline strings, shared strings, numbers). */
async function readCells(zip: JSZip, sheetXml: string, c: ChartData, given?: { categories: string[]; series: (number | null)[][] }) {
  if (given) return given;
  const shared: string[] = [];
  const ss = zip.file("xl/sharedStrings.xml");
  if (ss) {
    const x = await ss.async("string");
    for (const m of x.matchAll(/<si>([\s\S]*?)<\/si>/g)) shared.push([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""));
  }
  const value = (ref: string): string | undefined => {
    const m = new RegExp(`<c r="${ref}"([^>]*)>([\\s\\S]*?)</c>`).exec(sheetXml);
    if (!m) return undefined;
    const v = /<v>([\s\S]*?)<\/v>/.exec(m[2]!)?.[1] ?? /<t[^>]*>([\s\S]*?)<\/t>/.exec(m[2]!)?.[1];
    if (v === undefined) return undefined;
    return /t="s"/.test(m[1]!) ? shared[Number(v)] : v;
  };
  const categories: string[] = [];
  const series: (number | null)[][] = c.series.map(() => []);
  for (let r = c.firstRow; r <= c.lastRow; r++) {
    categories.push(value(`A${r + 1}`) ?? "");
    c.series.forEach((s, k) => {
      const v = value(`${columnLetters(s.col)}${r + 1}`);
      series[k]!.push(v === undefined || v === "" ? null : Number(v));
    });
  }
  return { categories, series };
}

/** The chart part (DrawingML) over the summary table, with cached categories and values. */
export function chartXml(c: ChartData, data: { categories: string[]; series: (number | null)[][] }): string {
  const rows = `$${c.firstRow + 1}:$A$${c.lastRow + 1}`;
  const catRef = `${sheetRef(c.sheet)}!$A${rows}`;
  const count = c.lastRow - c.firstRow + 1;
  const ser = c.series
    .map((s, k) => {
      const L = columnLetters(s.col);
      const ref = `${sheetRef(c.sheet)}!$${L}$${c.firstRow + 1}:$${L}$${c.lastRow + 1}`;
      const pts = (data.series[k] ?? []).map((v, i) => (v === null || Number.isNaN(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`)).join("");
      return `<c:ser><c:idx val="${k}"/><c:order val="${k}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>
<c:cat><c:strRef><c:f>${esc(catRef)}</c:f><c:strCache><c:ptCount val="${count}"/>${data.categories.map((t, i) => `<c:pt idx="${i}"><c:v>${esc(t)}</c:v></c:pt>`).join("")}</c:strCache></c:strRef></c:cat>
<c:val><c:numRef><c:f>${esc(ref)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${count}"/>${pts}</c:numCache></c:numRef></c:val></c:ser>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}">
<c:roundedCorners val="0"/>
<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(c.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>
<c:autoTitleDeleted val="0"/>
<c:plotArea><c:layout/>
<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser}
<c:gapWidth val="80"/><c:axId val="50010001"/><c:axId val="50010002"/></c:barChart>
<c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>
<c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="50010001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>
</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>
</c:chartSpace>`;
}

/** Where a chart sits: top-left and bottom-right cells (0-based). */
export interface ChartAnchor { fromRow: number; fromCol: number; toRow: number; toCol: number }

/** The drawing part anchoring one chart (relationship rId1) on a sheet. */
export function drawingXml(a: ChartAnchor = { fromRow: 3, fromCol: 7, toRow: 22, toCol: 15 }): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<xdr:twoCellAnchor><xdr:from><xdr:col>${a.fromCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.fromRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${a.toCol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.toRow}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik Skor"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>
</xdr:wsDr>`;
}

/**
 * A chart part with the cached values of every series and category range on `sheet` taken from that sheet's new
 * cells (`valueAt`, 0-based): a re-run keeps the chart the analyst may have restyled, but not the numbers of the run
 * before (previews and viewers that do not recalculate show the cache). Ranges on other sheets, and references that
 * are not one row or one column, are left as they are.
 */
export function refreshChartCaches(xml: string, sheet: string, valueAt: (row: number, col: number) => unknown): string {
  const re = /<((?:[\w.-]+:)?)(numRef|strRef)>(\s*)<\1f>([^<]*)<\/\1f>(\s*)<\1(numCache|strCache)>([\s\S]*?)<\/\1\6>/g;
  return xml.replace(re, (whole, p: string, kind: string, s1: string, f: string, s2: string, cache: string, body: string) => {
    const m = /^(?:'((?:[^']|'')+)'|([^!'\s]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(unescapeXml(f).trim());
    if (!m) return whole;
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]!;
    if (name.normalize("NFC").toLowerCase() !== sheet.normalize("NFC").toLowerCase()) return whole;
    const col = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const c1 = col(m[3]!), r1 = Number(m[4]) - 1, c2 = m[5] ? col(m[5]) : c1, r2 = m[6] ? Number(m[6]) - 1 : r1;
    if (c1 !== c2 && r1 !== r2) return whole;
    const cells: unknown[] = [];
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) cells.push(valueAt(r, c));
    const fmt = new RegExp(`<${p}formatCode>[^<]*</${p}formatCode>`).exec(body)?.[0] ?? "";
    const pts = cells
      .map((v, i) => {
        if (kind === "numRef") return typeof v === "number" && Number.isFinite(v) ? `<${p}pt idx="${i}"><${p}v>${v}</${p}v></${p}pt>` : "";
        return v === null || v === undefined || v === "" ? "" : `<${p}pt idx="${i}"><${p}v>${esc(String(v))}</${p}v></${p}pt>`;
      })
      .join("");
    return `<${p}${kind}>${s1}<${p}f>${f}</${p}f>${s2}<${p}${cache}>${fmt}<${p}ptCount val="${cells.length}"/>${pts}</${p}${cache}>`;
  });
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_m, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);
}
