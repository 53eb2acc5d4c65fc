/**
 * Masalah's and Rencana's cells that name a workbook cell, drawn as hyperlinks inside the workbook through the adapter
 * (`Range.hyperlink.documentReference`, ExcelApi 1.7) on the in-memory host: the text as written, a re-run's links in
 * place of the last run's, none (and no error) on an Excel without 1.7, under the payload limit.
 */
import type { WorkbookGrids } from "@inovasi/workbook";
import { PLAN_SHEET, PROBLEMS_SHEET } from "@inovasi/workbook";
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
const renamed = (g: WorkbookGrids, from: string, to: string) => { g[to] = { ...g[from]!, name: to }; delete g[from]; return g; };

describe("links on the tool's sheets, through Office.js", () => {
  it("each described link is on its cell, to the cell named, with the text written there; shown as a link", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(30)));
    const { out, report } = await run(host);
    for (const name of [PROBLEMS_SHEET, PLAN_SHEET]) {
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
    expect(report.links).toBe(specLinks(out, PROBLEMS_SHEET).length + specLinks(out, PLAN_SHEET).length);
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
    for (const name of [PROBLEMS_SHEET, PLAN_SHEET]) {
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
    expect(host.clears.filter((c) => c.applyTo === "Hyperlinks").map((c) => c.sheet)).toEqual(expect.arrayContaining([PROBLEMS_SHEET, PLAN_SHEET]));
  });

  it("a sheet read under another name: the links go to it by that name", async () => {
    const host = new FakeExcelHost(renamed(structuredClone(regionGrids(30)), "Inovasi", "Data Inovasi"));
    await run(host);
    const refs = [...host.sheet(PROBLEMS_SHEET)!.links.values(), ...host.sheet(PLAN_SHEET)!.links.values()].map((l) => l.documentReference!);
    expect(refs.filter((r) => r.startsWith("'Data Inovasi'!")).length).toBeGreaterThan(0);
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
    for (const name of [PROBLEMS_SHEET, PLAN_SHEET]) {
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
    expect(report.links).toBe(specLinks(out, PROBLEMS_SHEET).length + specLinks(out, PLAN_SHEET).length);
    expect(report.links).toBeGreaterThan(100);
    expect(host.sheet(PROBLEMS_SHEET)!.links.size).toBe(specLinks(out, PROBLEMS_SHEET).length);
    expect(host.maxPayload).toBeLessThanOrEqual(60_000);
    expect(report.syncs).toBeGreaterThan(report.chunks + 1); // the links needed syncs of their own
  });
});
