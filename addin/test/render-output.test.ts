import type { WorkbookGrids, WorkbookOutput } from "@inovasi/workbook";
import { OUTPUT_COLUMNS, PLAN_FORMATS, indicatorScoreHeaders, outputColumnWidth } from "@inovasi/workbook";
import { getEdition } from "@inovasi/core";
import { describe, expect, it } from "vitest";
import { CHART_NAME, type XContext, applyWrites, charsToPoints, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { regionGrids } from "./fixtures.js";

const ctxOf = (h: FakeExcelHost) => h.context as unknown as XContext;
const all = () => true;

function withTable(n: number): WorkbookGrids {
  const g = regionGrids(n);
  const inv = g["Inovasi"]!;
  inv.tables = [{ name: "TabelInovasi", row: 0, col: 0, rows: inv.cells.length, cols: inv.cells[0]!.length, headerRow: true, totalsRow: false }];
  return g;
}

async function run(host: FakeExcelHost, opts: { supports?: (v: string) => boolean; extra?: Partial<WorkbookOutput>; plan?: boolean } = {}) {
  const grids = await readGrids(ctxOf(host));
  const out = scoreGrids(grids, opts.plan ? { plan: true } : {});
  if (!out.ok) throw new Error(out.issues.map((i) => i.message).join("\n"));
  const output = { ...out.output, ...opts.extra };
  const report = await applyWrites(ctxOf(host), out.writes, { output, supports: opts.supports ?? all });
  return { out, report };
}

describe("rendering WorkbookOutput through Office.js (in-memory host)", () => {
  it("adds the output columns to the analysts' Excel table, before writing into them; a re-run adds none", async () => {
    const seed = withTable(40);
    const width = seed["Inovasi"]!.cells[0]!.length;
    const host = new FakeExcelHost(structuredClone(seed));
    const { report } = await run(host);
    // the six Skor columns, then a claimed/verified pair per SID indicator
    const perIndicator = getEdition("iid-2026")!.indicators.filter((i) => i.aspect === "SID").flatMap((i) => Object.values(indicatorScoreHeaders(i)));
    expect(report.tableColumns).toBe(6 + perIndicator.length);
    expect(host.tableColumnsAdded.map((c) => c.name)).toEqual([...Object.values(OUTPUT_COLUMNS), ...perIndicator]);
    const t = host.sheet("Inovasi")!.tables[0]!;
    expect(t.box).toEqual({ row: 0, col: 0, rows: 41, cols: width + 6 + perIndicator.length });
    expect(host.sheet("Inovasi")!.cells[0]!.slice(width)).toEqual([...Object.values(OUTPUT_COLUMNS), ...perIndicator]);
    expect(typeof host.sheet("Inovasi")!.cells[1]![width + 1]).toBe("number");

    const again = await run(host);
    expect(again.report.tableColumns).toBe(0);
    expect(host.sheet("Inovasi")!.tables[0]!.box.cols).toBe(width + 6 + perIndicator.length);
    expect(host.sheet("Inovasi")!.cells[0]!.length).toBe(width + 6 + perIndicator.length); // no second set of output columns
  });

  it("without ExcelApi 1.4 the columns are written beside the table, which stays as it was", async () => {
    const seed = withTable(10);
    const width = seed["Inovasi"]!.cells[0]!.length;
    const host = new FakeExcelHost(structuredClone(seed));
    const { report } = await run(host, { supports: (v) => Number(v.split(".")[1]) < 4 });
    expect(report.tableColumns).toBe(0);
    expect(host.sheet("Inovasi")!.tables[0]!.box.cols).toBe(width);
    expect(host.sheet("Inovasi")!.cells[0]![width]).toBe(OUTPUT_COLUMNS.claimed);
  });

  it("draws the owned summary sheet (widths, landscape) and the chart where the description puts it; a re-run updates the chart", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(30)));
    const { out, report } = await run(host);
    const spec = out.output.ownedSheets[0]!;
    const st = host.sheet(spec.name)!;
    spec.widths.forEach((w, c) => expect(st.widths.get(c)).toBe(charsToPoints(w)));
    expect(st.orientation).toBe("Landscape");
    expect(st.bold.has(`${spec.headingRows[1]},0`)).toBe(true);
    const chart = out.output.charts[0]!;
    expect(report.chart).toBe("added");
    expect(st.charts).toEqual([expect.objectContaining({ name: CHART_NAME, type: "ColumnClustered", title: chart.title, position: "E4:H16" })]);
    const again = await run(host);
    expect(again.report.chart).toBe("updated");
    expect(host.sheet(spec.name)!.charts).toHaveLength(1);
  });

  it("gives each output column it adds the description's width (header shown whole); the analyst's columns and a re-run's keep theirs", async () => {
    const seed = regionGrids(20);
    const width = seed["Inovasi"]!.cells[0]!.length;
    const host = new FakeExcelHost(structuredClone(seed));
    host.sheet("Inovasi")!.widths.set(0, 150); // the analyst widened column A
    const { out } = await run(host);
    const st = host.sheet("Inovasi")!;
    const widths = out.output.columnWidths ?? [];
    const perIndicator = getEdition("iid-2026")!.indicators.filter((i) => i.aspect === "SID").length * 2;
    expect(widths).toHaveLength(6 + perIndicator);
    for (const c of widths) expect(st.widths.get(c.col), `column ${c.col}`).toBe(charsToPoints(c.width));
    expect([...st.widths.keys()].filter((c) => c < width)).toEqual([0]);
    expect(st.widths.get(0)).toBe(150);
    const header = (h: string) => st.cells[0]!.indexOf(h);
    expect(st.widths.get(header("Skor 20 Terverifikasi"))).toBe(charsToPoints(outputColumnWidth("Skor 20 Terverifikasi")));
    expect(st.widths.get(header("Skor Catatan"))).toBe(charsToPoints(60));
    // the analyst narrows one of ours; a re-run leaves it
    st.widths.set(header("Skor Catatan"), 90);
    await run(host);
    expect(st.widths.get(header("Skor Catatan"))).toBe(90);
  });

  it("aligns Ringkasan's headings over numbers right, as the CLI's copy does (the same writes), and wraps the breakdown's heading row", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(12)));
    const { out } = await run(host);
    const st = host.sheet("Ringkasan")!;
    const b = st.cells.findIndex((r) => r[0] === "Rincian per Indikator");
    // each right-aligned write is drawn right: the breakdown's C–G headings among them
    const right = out.writes.filter((w) => w.sheet === "Ringkasan" && w.horizontal === "right").map((w) => `${w.row}:${w.col}`);
    const drawn = new Set(st.styles.filter((x) => x.horizontal === "Right").flatMap((x) => Array.from({ length: x.box.cols }, (_, k) => `${x.box.row}:${x.box.col + k}`)));
    expect(right).toEqual(expect.arrayContaining([2, 3, 4, 5, 6].map((c) => `${b}:${c}`)));
    expect(right.filter((k) => !drawn.has(k))).toEqual([]);
    expect(drawn.has(`${b}:1`)).toBe(false);
    expect(st.styles.some((x) => x.horizontal === "Center" && st.cells[x.box.row]![0] === "Kepatuhan Perangkat Daerah")).toBe(true);
    expect(st.styles.some((x) => x.wrap && x.box.row === b)).toBe(true);
  });

  it("wraps Skor Kekurangan Bukti and Skor Catatan over every data row and centres Skor Dihitung?; no row height is fixed, no analyst column styled", async () => {
    const seed = regionGrids(25);
    const width = seed["Inovasi"]!.cells[0]!.length;
    const rows = seed["Inovasi"]!.cells.length;
    const host = new FakeExcelHost(structuredClone(seed));
    const { out } = await run(host);
    const st = host.sheet("Inovasi")!;
    const col = (h: string) => st.cells[0]!.indexOf(h);
    const box = (c: number) => ({ row: 1, col: c, rows: rows - 1, cols: 1 });
    expect(st.styles.filter((x) => x.wrap)).toEqual([{ box: box(col(OUTPUT_COLUMNS.gaps)), wrap: true }, { box: box(col(OUTPUT_COLUMNS.notes)), wrap: true }]);
    expect(st.styles.filter((x) => x.horizontal)).toEqual([{ box: box(col(OUTPUT_COLUMNS.counted)), horizontal: "Center" }]);
    expect(st.styles.filter((x) => x.box.col < width)).toEqual([]);
    // Excel grows each row of automatic height to its wrapped text; fitting rows here would undo an analyst's heights
    expect(st.autofitRows).toEqual([]);
    // the texts are there whole (the looks only change how they show)
    const gaps = st.cells.slice(1).map((r) => r[col(OUTPUT_COLUMNS.gaps)]).filter((v): v is string => typeof v === "string" && v !== "");
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps).toEqual(out.writes.filter((w) => w.sheet === "Inovasi" && w.col === col(OUTPUT_COLUMNS.gaps) && w.row > 0 && typeof w.value === "string" && w.value !== "").map((w) => w.value));
    // a re-run (the columns found, not added) gives them their looks again, over the rows of this run
    st.styles.length = 0;
    const again = await run(host);
    expect(again.out.output.columnWidths).toEqual([]);
    expect(st.styles.filter((x) => x.wrap).map((x) => x.box)).toEqual([box(col(OUTPUT_COLUMNS.gaps)), box(col(OUTPUT_COLUMNS.notes))]);
  });

  it("draws the Rencana sheet wrapped below its title, with its widths, and asks Excel to fit the rows (ExcelApi 1.2)", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(30)));
    const { out } = await run(host, { plan: true });
    const spec = out.output.ownedSheets.find((s) => s.name === "Rencana")!;
    expect(spec.wrap).toEqual({ fromRow: 1 });
    const st = host.sheet("Rencana")!;
    spec.widths.forEach((w, c) => expect(st.widths.get(c)).toBe(charsToPoints(w)));
    const rows = Math.max(...out.writes.filter((w) => w.sheet === "Rencana").map((w) => w.row)) + 1;
    const wrap = st.styles.filter((x) => x.wrap);
    expect(wrap).toEqual([{ box: { row: 1, col: 0, rows: rows - 1, cols: spec.widths.length }, wrap: true }]);
    expect(st.styles).toContainEqual({ box: { row: 1, col: 0, rows: rows - 1, cols: spec.widths.length }, vertical: "Top" });
    expect(st.autofitRows).toEqual([{ row: 0, col: 0, rows, cols: spec.widths.length }]);
    // its figures carry the workbook layer's number formats into Excel: gains and indices with two decimals
    const head = out.writes.find((w) => w.sheet === "Rencana" && w.value === "Tambahan Indeks")!;
    const gain = out.writes.find((w) => w.sheet === "Rencana" && w.row === head.row + 1 && w.col === head.col)!;
    expect(typeof gain.value).toBe("number");
    // two decimals, "<0,01" for a gain that does not move the printed index (gainFormat)
    expect(st.formats.get(`${gain.row},${gain.col}`)).toBe('[=0]0.00;[<0.005]"<0,01";0.00');
    expect(st.formats.get(`${gain.row},${gain.col + 1}`)).toBe(PLAN_FORMATS.index);
    expect(st.formats.get(`${gain.row},0`)).toBe(PLAN_FORMATS.step); // the step number grouped past a thousand (#,##0)
    // the summary wraps only from its evidence-gaps section down
    const summary = out.output.ownedSheets.find((s) => s.name === "Ringkasan")!;
    expect(summary.wrap!.fromRow).toBeGreaterThan(20);
    // (and its breakdown's heading row: "Claimed Contribution" is wider than its column)
    expect(host.sheet("Ringkasan")!.styles.filter((x) => x.wrap).map((x) => x.box.row)).toEqual([summary.wrap!.fromRow, ...summary.wrapRows!]);
    expect(summary.wrapRows).toEqual([host.sheet("Ringkasan")!.cells.findIndex((r) => r[0] === "Rincian per Indikator")]);
    // without ExcelApi 1.2 the rows are left to Excel
    const old = new FakeExcelHost(structuredClone(regionGrids(30)));
    await run(old, { plan: true, supports: (v) => v === "1.1" });
    expect(old.sheet("Rencana")!.autofitRows).toEqual([]);
  });

  it("adds the tool's conditional formats (Excel's own rules); a re-run replaces them and keeps the analyst's rules", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(12)));
    host.sheet("Inovasi")!.conditionalFormats.push({ id: 999, box: { row: 1, col: 0, rows: 12, cols: 1 }, type: "Custom", formula: "=LEN($A2)>40", fill: "#FFFF00" });
    const cf = (formula: string, fill: string) => ({ sheet: "Inovasi", range: "A2:A13", formula, style: { fill, bold: true }, meaning: "uji" });
    const extra = { conditionalFormats: [cf('$BF2="Tidak"', "#F8D7DA"), cf("ISBLANK($BE2)", "#FFF3CD")] };
    const first = await run(host, { extra });
    expect(first.report.conditionalFormats).toEqual({ added: 2, removed: 0 });
    const second = await run(host, { extra });
    expect(second.report.conditionalFormats).toEqual({ added: 2, removed: 2 });
    const rules = host.sheet("Inovasi")!.conditionalFormats;
    expect(rules.map((r) => r.formula).sort()).toEqual(['=$BF2="Tidak"', "=ISBLANK($BE2)", "=LEN($A2)>40"].sort());
    expect(rules.find((r) => r.formula === '=$BF2="Tidak"')).toMatchObject({ type: "Custom", fill: "#F8D7DA", bold: true, box: { row: 1, col: 0, rows: 12, cols: 1 } });
    expect(second.report.syncs).toBeGreaterThanOrEqual(3); // names + formulas with the first chunk + the rest
  });

  it("the scorer's own rules (rows not counted, evidence not accepted) land once, however often it runs", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(20)));
    const first = await run(host);
    const n = first.out.output.conditionalFormats.length;
    expect(n).toBeGreaterThan(10);
    expect(first.report.conditionalFormats).toEqual({ added: n, removed: 0 });
    await run(host);
    const rules = host.sheet("Inovasi")!.conditionalFormats;
    expect(rules).toHaveLength(n);
    expect(rules.map((r) => r.formula).sort()).toEqual(first.out.output.conditionalFormats.map((c) => `=${c.formula}`).sort());
  });

  it("without ExcelApi 1.6 no conditional format is touched", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(5)));
    const extra = { conditionalFormats: [{ sheet: "Inovasi", range: "A2:A6", formula: "TRUE", style: { fill: "#000000" }, meaning: "x" }] };
    const r = await run(host, { supports: (v) => Number(v.split(".")[1]) < 6, extra });
    expect(r.report.conditionalFormats).toEqual({ added: 0, removed: 0 });
    expect(host.sheet("Inovasi")!.conditionalFormats).toEqual([]);
  });
});
