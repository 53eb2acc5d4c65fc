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

async function nilai(host: FakeExcelHost) {
  const grids = await readGrids(ctxOf(host), { supports: all });
  const out = scoreGrids(grids, { plan: true });
  if (!out.ok) throw new Error(out.issues.map((i) => i.message).join("\n"));
  await applyWrites(ctxOf(host), out.writes, { output: out.output, supports: all });
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
