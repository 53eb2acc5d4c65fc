/**
 * The pane's Nilai on the analyst's second day, in the in-memory host: the workbook scored (with a plan), edited as
 * analysts edit it (the workbook package's EDITS), scored again — against the same edit made before the first run and
 * scored once. Values and what an analyst sees of the tool's own sheets (bold, fills, number formats) must agree.
 */
import { describe, expect, it } from "vitest";
import type { WorkbookGrids } from "@inovasi/workbook";
import { applyWrites, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost, type SheetState } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { EDITS, secondDayBase, view } from "../../packages/workbook/test/rerun.js";
import { ctxOf } from "./fixtures.js";

const all = () => true;

/** A press of Nilai: read, score and plan, write back; the write's report. `supports`: the ExcelApi sets the writer sees. */
async function nilai(host: FakeExcelHost, supports: (version: string) => boolean = all) {
  const grids = await readGrids(ctxOf(host), { supports: all });
  const out = scoreGrids(grids, { plan: true });
  if (!out.ok) throw new Error(out.issues.map((i) => i.message).join("\n"));
  return applyWrites(ctxOf(host), out.writes, { output: out.output, supports });
}

/** Sheets as grids (the same arrays: an edit made through them is made in the host). */
const asGrids = (sheets: SheetState[]): WorkbookGrids =>
  Object.fromEntries(sheets.map((s) => [s.name, { name: s.name, get cells() { return s.cells; }, set cells(v) { s.cells = v; } }]));
const gridsOf = (host: FakeExcelHost): WorkbookGrids => asGrids(host.sheets);

/** How each cell of one of the tool's sheets looks: bold, fill, number format (cells with none left out). */
function looks(st: SheetState): Record<string, string> {
  const out: Record<string, string> = {};
  const rows = Math.max(st.cells.length, ...[...st.formats.keys(), ...st.bold].map((k) => Number(k.split(",")[0]) + 1), ...st.styles.map((s) => s.box.row + s.box.rows));
  for (let r = 0; r < Math.min(rows, 2000); r++) {
    for (let c = 0; c < 16; c++) {
      const k = `${r},${c}`;
      const fill = st.styles.filter((s) => s.fill && r >= s.box.row && r < s.box.row + s.box.rows && c >= s.box.col && c < s.box.col + s.box.cols).at(-1)?.fill;
      const parts = [st.bold.has(k) ? "bold" : "", fill ? `fill ${fill}` : "", st.formats.get(k) ?? ""].filter(Boolean);
      if (parts.length) out[k] = parts.join(" ");
    }
  }
  return out;
}

const OWNED = ["Ringkasan", "Rencana", "Masalah"];

describe("the add-in's re-run on an edited workbook equals scoring the edited workbook from scratch", async () => {
  const base = secondDayBase();
  const scored = new FakeExcelHost(structuredClone(base));
  await nilai(scored);

  it.each(EDITS.map((e) => [e.name, e] as const))("%s", async (_name, edit) => {
    const again = new FakeExcelHost();
    for (const st of scored.sheets) again.sheets.push(structuredClone(st));
    edit.apply(gridsOf(again));
    await nilai(again);

    const seed = structuredClone(base);
    if (!edit.oursOnly) edit.apply(seed);
    const fresh = new FakeExcelHost(seed);
    await nilai(fresh);

    expect(view(gridsOf(again))).toEqual(view(gridsOf(fresh)));
    for (const name of OWNED) expect(looks(again.sheet(name)!), name).toEqual(looks(fresh.sheet(name)!));
  });

  it("a run after a re-run changes nothing: values, the tool's sheets' looks, conditional formats, charts", async () => {
    const again = new FakeExcelHost();
    for (const st of scored.sheets) again.sheets.push(structuredClone(st));
    EDITS[0]!.apply(gridsOf(again));
    await nilai(again);
    const before = structuredClone(again.sheets);
    await nilai(again);
    expect(view(gridsOf(again))).toEqual(view(asGrids(before)));
    for (const st of again.sheets) {
      const was = before.find((s) => s.name === st.name)!;
      expect(looks(st), st.name).toEqual(looks(was));
      expect(st.conditionalFormats.map((c) => [c.formula, c.box]), st.name).toEqual(was.conditionalFormats.map((c) => [c.formula, c.box]));
      expect(st.charts.map((c) => [c.name, c.source]), st.name).toEqual(was.charts.map((c) => [c.name, c.source]));
    }
  });
});

describe("an AutoFilter the analyst left on one of the tool's sheets", async () => {
  const base = secondDayBase();
  const scored = new FakeExcelHost(structuredClone(base));
  await nilai(scored);
  const copy = () => {
    const h = new FakeExcelHost();
    for (const st of scored.sheets) h.sheets.push(structuredClone(st));
    return h;
  };
  /** A filter over the sheet's used rows that hides some of them (as "show errors only" on Masalah would). */
  const filter = (st: SheetState, hidden: number[]) => { st.autoFilter = { box: { row: 2, col: 0, rows: st.cells.length - 2, cols: 4 }, hiddenRows: hidden }; };

  it("on Masalah's table it is applied again to the new rows with its criteria (Tingkat = Kesalahan), not dropped", async () => {
    const again = copy();
    const st = again.sheet("Masalah")!;
    st.autoFilter = { box: { row: 2, col: 0, rows: st.cells.length - 2, cols: 5 }, hiddenRows: [], criteria: [undefined, undefined, { filterOn: "Values", values: ["Kesalahan"] }] };
    EDITS.find((e) => e.name.startsWith("the misspelt stage corrected"))!.apply(gridsOf(again));
    const report = await nilai(again);
    expect(report).toMatchObject({ filtersRemoved: 0, filtersReapplied: 1 });
    const f = again.sheet("Masalah")!.autoFilter!;
    const cells = again.sheet("Masalah")!.cells;
    const last = cells.reduce((n, row, r) => (row.some((v) => v !== null && v !== "") ? r : n), 0);
    expect(f.box).toEqual({ row: 2, col: 0, rows: last - 1, cols: 5 });
    expect(f.criteria?.[2]).toEqual({ filterOn: "Values", values: ["Kesalahan"] });
    // the new rows that are no error are the ones hidden
    const notErrors = cells.slice(3, last + 1).flatMap((row, k) => (row[2] === "Kesalahan" ? [] : [k + 3]));
    expect(notErrors.length).toBeGreaterThan(0);
    expect(f.hiddenRows).toEqual(notErrors);
  });

  it("when Excel refuses the criteria back, the filter is removed as before and the run still ends well", async () => {
    const again = copy();
    filter(again.sheet("Masalah")!, [3]);
    const grids = await readGrids(ctxOf(again), { supports: all });
    const out = scoreGrids(grids, { plan: true });
    if (!out.ok) throw new Error("not scored");
    const probe = copy();
    filter(probe.sheet("Masalah")!, [3]);
    const clean = await applyWrites(ctxOf(probe), out.writes, { output: out.output, supports: all });
    again.refuseSync(clean.syncs, "InvalidArgument");
    const report = await applyWrites(ctxOf(again), out.writes, { output: out.output, supports: all });
    expect(report.filtersRemoved).toBe(1);
    expect(again.sheet("Masalah")!.autoFilter).toBeUndefined();
  });

  it("is removed on a re-run, so no row of the new results stays hidden; the analyst's own sheets keep theirs", async () => {
    const again = copy();
    filter(again.sheet("Masalah")!, [3, 4]);
    filter(again.sheet("Ringkasan")!, [5]);
    filter(again.sheet("Inovasi")!, [2]); // the analyst's sheet: not the tool's to touch
    const syncsBefore = again.syncCount;
    EDITS.find((e) => e.name.startsWith("the misspelt stage corrected"))!.apply(gridsOf(again));
    const grids = await readGrids(ctxOf(again), { supports: all });
    const out = scoreGrids(grids, { plan: true });
    if (!out.ok) throw new Error("not scored");
    const report = await applyWrites(ctxOf(again), out.writes, { output: out.output, supports: all });
    // Ringkasan's is removed; Masalah's (on its table's header row) is applied again, without criteria: nothing hidden
    expect(report).toMatchObject({ filtersRemoved: 1, filtersReapplied: 1 });
    expect(again.sheet("Masalah")!.autoFilter?.hiddenRows).toEqual([]);
    expect(again.sheet("Ringkasan")!.autoFilter).toBeUndefined();
    expect(again.sheet("Inovasi")!.autoFilter).toEqual({ box: expect.anything(), hiddenRows: [2] });
    expect(again.syncCount).toBeGreaterThan(syncsBefore);
    // without a filter, no extra sync: the report says none was removed
    const plain = copy();
    const r2 = await applyWrites(ctxOf(plain), out.writes, { output: out.output, supports: all });
    expect(r2.filtersRemoved).toBe(0);
    expect(r2.syncs).toBe(report.syncs - 1);
  });

  it("an Excel before ExcelApi 1.9 (no AutoFilter API): the run still writes, the filter stays as Excel left it", async () => {
    const old = copy();
    filter(old.sheet("Masalah")!, [3]);
    const report = await nilai(old, (v) => v !== "1.9" && Number(v.split(".")[1]) < 9);
    expect(report.filtersRemoved).toBe(0);
    expect(old.sheet("Masalah")!.autoFilter).toBeDefined();
  });
});
