/**
 * A re-run on an edited workbook gives what scoring the edited workbook from scratch gives: nothing stale left in the
 * output columns, on Ringkasan, Rencana or Masalah, and every cell the analyst typed as it was.
 */
import { describe, expect, it } from "vitest";
import { type WorkbookGrids, type WriteResult, SHEETS, normaliseHeader } from "../src/index.js";
import { EDITS, OUTPUT_HEADERS, scoreInPlace, secondDayBase, view } from "./rerun.js";

const clone = (g: WorkbookGrids): WorkbookGrids => structuredClone(g);

/** The analyst's cells: every cell of the Inovasi sheet outside the tool's columns, and every other input sheet. */
function typed(grids: WorkbookGrids): unknown {
  const inv = grids[SHEETS.innovations]!.cells;
  const header = inv[0]!;
  const ours = new Set(header.flatMap((h, c) => (h !== null && OUTPUT_HEADERS.has(normaliseHeader(String(h))) ? [c] : [])));
  return {
    inv: inv.map((row) => Array.from(row, (v, c) => (ours.has(c) ? undefined : (v ?? null))).filter((v) => v !== undefined)),
    rest: [SHEETS.agencies, SHEETS.spd, SHEETS.settings].map((s) => grids[s]!.cells),
  };
}

/** The cells of the tool's sheets a host styles, with how. */
function styled(w: WriteResult): string[] {
  return w.writes
    .filter((x) => x.sheet !== SHEETS.innovations && (x.header || x.fill || x.numFmt))
    .map((x) => `${x.sheet}!${x.address} ${x.header ? "bold" : ""} ${x.fill ?? ""} ${x.numFmt ?? ""}`)
    .sort();
}

describe("a re-run on an edited workbook equals scoring the edited workbook from scratch", () => {
  const base = secondDayBase();
  const scored = clone(base);
  scoreInPlace(scored);

  it("the base workbook has what the edits need: an error on Masalah, a plan, an agency without innovations", () => {
    expect(scored["Masalah"]!.cells.length).toBeGreaterThan(3);
    expect(scored["Rencana"]!.cells.length).toBeGreaterThan(10);
    expect(scored[SHEETS.summary]!.cells.some((r) => r[0] === "Perangkat daerah tanpa inovasi" && r[1] === 1)).toBe(true);
  });

  it.each(EDITS.map((e) => [e.name, e] as const))("%s", (_name, edit) => {
    const again = clone(scored);
    edit.apply(again);
    const before = typed(again);
    const w = scoreInPlace(again);
    // the analyst's cells are as the edit left them
    expect(typed(again)).toEqual(before);

    const fresh = clone(base);
    if (!edit.oursOnly) edit.apply(fresh);
    const f = scoreInPlace(fresh);
    expect(view(again)).toEqual(view(fresh));
    // what the hosts draw on the tool's sheets (bold, fills, number formats): the same cells, not a longer earlier run's
    expect(styled(w)).toEqual(styled(f));
  });

  it("the tool's sheets read as Office.js gives them (a used range: every row as wide as the widest, empty cells as empty text): the same cells styled", () => {
    const rect = clone(scored);
    for (const name of [SHEETS.summary, "Rencana", "Masalah"]) {
      const cells = rect[name]!.cells;
      const width = Math.max(...cells.map((r) => r.length));
      for (const r of cells) { for (let c = 0; c < width; c++) r[c] ??= ""; }
    }
    expect(styled(scoreInPlace(rect))).toEqual(styled(scoreInPlace(clone(scored))));
  });

  it("a third run changes nothing", () => {
    const again = clone(scored);
    scoreInPlace(again);
    const twice = clone(again);
    scoreInPlace(twice);
    expect(twice).toEqual(again);
  });
});
