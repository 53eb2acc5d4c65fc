/**
 * Masalah's, Rencana's and Ringkasan's cells that name a workbook cell, drawn as hyperlinks inside the workbook through the adapter
 * (`Range.hyperlink.documentReference`, ExcelApi 1.7) on the in-memory host: the text as written, a re-run's links in
 * place of the last run's, none (and no error) on an Excel without 1.7, under the payload limit.
 */
import type { WorkbookGrids } from "@inovasi/workbook";
import { PLAN_SHEET, PROBLEMS_SHEET, SHEETS } from "@inovasi/workbook";
import { describe, expect, it } from "vitest";
import { type XContext, applyWrites, readGrids } from "../src/excel/adapter.js";
import { LINK_COLOR, linkText } from "../src/excel/links.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { regionGrids } from "./fixtures.js";

const ctxOf = (h: FakeExcelHost) => h.context as unknown as XContext;

async function run(host: FakeExcelHost, chunkBytes?: number) {
  const grids = await readGrids(ctxOf(host));
  const out = scoreGrids(grids, { plan: true });
  if (!out.ok) throw new Error(out.issues.map((i) => i.message).join("\n"));
  const report = await applyWrites(ctxOf(host), out.writes, { output: out.output, supports: host.supports, ...(chunkBytes ? { chunkBytes } : {}) });
  return { out, report };
}
const specLinks = (out: Awaited<ReturnType<typeof run>>["out"], name: string) => (out.ok ? (out.output.ownedSheets.find((s) => s.name === name)?.links ?? []) : []);
/** The sheets whose cells name workbook cells: Masalah, Rencana, Ringkasan. */
const LINKED = [PROBLEMS_SHEET, PLAN_SHEET, SHEETS.summary];
const allLinks = (out: Awaited<ReturnType<typeof run>>["out"]) => LINKED.reduce((n, name) => n + specLinks(out, name).length, 0);
const renamed = (g: WorkbookGrids, from: string, to: string) => { g[to] = { ...g[from]!, name: to }; delete g[from]; return g; };

describe("links on the tool's sheets, through Office.js", () => {
  it("each described link is on its cell, to the cell named, with the text written there; shown as a link", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(30)));
    const { out, report } = await run(host);
    for (const name of LINKED) {
      const want = specLinks(out, name);
      expect(want.length, name).toBeGreaterThan(0);
      const st = host.sheet(name)!;
      expect(st.links.size).toBe(want.length);
      for (const l of want) {
        const got = st.links.get(`${l.row},${l.col}`)!;
        expect(got).toEqual({ documentReference: l.to, textToDisplay: linkText(st.cells[l.row]![l.col]!), screenTip: l.tip });
        expect(st.styles.some((s) => s.fontColor === LINK_COLOR && s.box.col === l.col && s.box.row <= l.row && l.row < s.box.row + s.box.rows)).toBe(true);
      }
    }
    expect(report.links).toBe(allLinks(out));
    // Ringkasan's evidence gaps: each Sel (H) links to the cell it names
    const r = host.sheet(SHEETS.summary)!;
    const gaps = [...r.links].filter(([k]) => k.endsWith(",7"));
    expect(gaps.length).toBeGreaterThan(0);
    for (const [k, l] of gaps) expect(l.documentReference).toBe(`'${String(r.cells[Number(k.split(",")[0])]![7]).replace("!", "'!")}`);
    // Masalah's B cells name the cell on the sheet in A
    const m = host.sheet(PROBLEMS_SHEET)!;
    for (const [k, l] of m.links) expect(l.documentReference).toBe(`'${m.cells[Number(k.split(",")[0])]![0]}'!${m.cells[Number(k.split(",")[0])]![1]}`);
  });

  it("the cells' text is what an Excel without links gets (ExcelApi 1.6: no link, no error, no clear it cannot do)", async () => {
    const seed = regionGrids(30);
    const withLinks = new FakeExcelHost(structuredClone(seed));
    await run(withLinks);
    const old = new FakeExcelHost(structuredClone(seed));
    old.excelApi = "1.6";
    const { report } = await run(old);
    expect(report.links).toBe(0);
    for (const name of LINKED) {
      expect(old.sheet(name)!.links.size).toBe(0);
      expect(old.sheet(name)!.cells).toEqual(withLinks.sheet(name)!.cells);
    }
    await run(old); // a re-run on it: the old links' clear is not asked of it
    expect(old.clears.some((c) => c.applyTo === "Hyperlinks")).toBe(false);
  });

  it("a re-run: the last run's links go, this run's are drawn; a shorter Masalah keeps none on its emptied rows", async () => {
    const seed = regionGrids(30);
    const host = new FakeExcelHost(structuredClone(seed));
    const first = await run(host);
    const before = host.sheet(PROBLEMS_SHEET)!.links.size;
    // the typo corrected: one error fewer on Masalah
    const inv = host.sheet("Inovasi")!;
    const stage = inv.cells[0]!.indexOf("Tahapan");
    for (const row of inv.cells) if (row[stage] === "Penerapn") row[stage] = "Penerapan";
    const again = await run(host);
    const st = host.sheet(PROBLEMS_SHEET)!;
    expect(specLinks(again.out, PROBLEMS_SHEET).length).toBeLessThan(specLinks(first.out, PROBLEMS_SHEET).length);
    expect(st.links.size).toBe(specLinks(again.out, PROBLEMS_SHEET).length);
    expect(st.links.size).toBeLessThan(before);
    for (const [k] of st.links) expect(st.cells[Number(k.split(",")[0])]![1]).not.toBeNull();
    // Ringkasan's note on the fixed cell goes, and its link with it: the links are this run's, on this run's cells
    const r = host.sheet(SHEETS.summary)!;
    const fixed = specLinks(first.out, SHEETS.summary).find((l) => l.col === 2 && /^'Inovasi'!C\d+$/.test(l.to))!; // the place's own cell, column C (print36)
    expect(fixed).toBeDefined();
    expect([...r.links.values()].map((l) => l.documentReference)).not.toContain(fixed.to);
    expect([...r.links.keys()].sort()).toEqual(specLinks(again.out, SHEETS.summary).map((l) => `${l.row},${l.col}`).sort());
    for (const [k, l] of r.links) {
      const [row, col] = k.split(",").map(Number) as [number, number];
      expect(String(r.cells[row]![col]).replace(/^(\w+)!/, "'$1'!").startsWith(l.documentReference!), k).toBe(true);
    }
    expect(host.clears.filter((c) => c.applyTo === "Hyperlinks").map((c) => c.sheet)).toEqual(expect.arrayContaining(LINKED));
  });

  it("a sheet read under another name: the links go to it by that name", async () => {
    const host = new FakeExcelHost(renamed(structuredClone(regionGrids(30)), "Inovasi", "Data Inovasi"));
    await run(host);
    const refs = LINKED.flatMap((name) => [...host.sheet(name)!.links.values()]).map((l) => l.documentReference!);
    expect(refs.filter((r) => r.startsWith("'Data Inovasi'!")).length).toBeGreaterThan(0);
    expect([...host.sheet(SHEETS.summary)!.links].filter(([k, l]) => k.endsWith(",7") && l.documentReference!.startsWith("'Data Inovasi'!")).length).toBeGreaterThan(0);
    expect(refs.filter((r) => r.startsWith("'Inovasi'!"))).toEqual([]);
  });

  it("a linked cell whose text starts with an apostrophe ('Data Inovasi'!O26:P26) keeps it: the link's text carries Excel's text prefix there", async () => {
    const seed = renamed(structuredClone(regionGrids(30)), "Inovasi", "Data Inovasi");
    const host = new FakeExcelHost(structuredClone(seed));
    const { out } = await run(host);
    const old = new FakeExcelHost(structuredClone(seed));
    old.excelApi = "1.6"; // the values alone, no link over them
    await run(old);
    let quoted = 0;
    for (const name of LINKED) {
      const st = host.sheet(name)!;
      for (const l of specLinks(out, name)) {
        const shown = st.cells[l.row]![l.col];
        expect(shown, `${name} ${l.row},${l.col}`).toBe(old.sheet(name)!.cells[l.row]![l.col]);
        if (String(shown).startsWith("'Data Inovasi'!")) quoted++;
      }
    }
    expect(quoted).toBeGreaterThan(0);
  });

  it("many links go in more syncs, each under the payload limit", async () => {
    const seed = regionGrids(300);
    const inv = seed["Inovasi"]!;
    const stage = inv.cells[0]!.indexOf("Tahapan");
    inv.cells.forEach((row, r) => { if (r > 0 && r % 2 === 0) row[stage] = "Penerapn"; }); // 150 errors on Masalah
    const host = new FakeExcelHost(structuredClone(seed));
    host.payloadLimit = 60_000;
    const { out, report } = await run(host, 50_000);
    expect(report.links).toBe(allLinks(out));
    expect(report.links).toBeGreaterThan(100);
    expect(host.sheet(PROBLEMS_SHEET)!.links.size).toBe(specLinks(out, PROBLEMS_SHEET).length);
    expect(host.maxPayload).toBeLessThanOrEqual(60_000);
    expect(report.syncs).toBeGreaterThan(report.chunks + 1); // the links needed syncs of their own
  });
});
