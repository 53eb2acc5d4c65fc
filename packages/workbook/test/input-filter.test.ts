/**
 * The analyst's AutoFilter on the Inovasi table reaches the output columns in the scored copy (new-user audit: the
 * filter ended at the analyst's last column, so "show me the innovations missing evidence" could not be filtered).
 * The description hosts draw (`output.inputFilters`) and the one rule both hosts widen a filter by (`widenedFilter`).
 */
import { scoreRegion } from "@inovasi/core";
import { describe, expect, it } from "vitest";
import { OUTPUT_COLUMNS, type WorkbookGrids, locateIssues, readWorkbook, widenedFilter, writeResults } from "../src/index.js";
import { addRow, applyWrites, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function score(grids: WorkbookGrids) {
  const read = readWorkbook(grids);
  if (!read.input) throw new Error(read.issues.map((i) => i.message).join("\n"));
  const result = scoreRegion(read.input, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source)];
  return writeResults(grids, result, { source: read.source, issues, edition: read.edition });
}

function grids(n: number, top = 0): WorkbookGrids {
  const g = templateAsGrids();
  const inv = g["Inovasi"]!;
  for (let i = 0; i < n; i++) addRow(inv, fullInnovation(e2026, `Inovasi ${i + 1}`, "Dinas Kesehatan", "Kesehatan"));
  inv.cells.unshift(...Array.from({ length: top }, (_, i) => (i === 0 ? ["Daftar inovasi Kabupaten Uji 2026"] : [])));
  return g;
}

describe("the Inovasi table's AutoFilter over the output columns", () => {
  it("is described from the header row's first cell to the last output column, down to the last row written", () => {
    const g = grids(3, 2);
    const width = g["Inovasi"]!.cells[2]!.length;
    const out = score(g);
    const lastCol = Math.max(...out.writes.filter((w) => w.sheet === "Inovasi").map((w) => w.col));
    expect(lastCol).toBeGreaterThanOrEqual(width + Object.keys(OUTPUT_COLUMNS).length - 1);
    expect(out.output.inputFilters).toEqual([{ sheet: "Inovasi", row: 2, col: 0, lastCol, lastRow: 5 }]);
  });

  it("a re-run describes the same range (the output columns found again, none added)", () => {
    const g = grids(2);
    const first = score(g);
    applyWrites(g, first.writes);
    expect(score(g).output.inputFilters).toEqual(first.output.inputFilters);
  });

  it("none when the innovations are an Excel table: its filter is the table's, widened with its columns", () => {
    const g = grids(2);
    const inv = g["Inovasi"]!;
    inv.tables = [{ name: "T", row: 0, col: 0, rows: inv.cells.length, cols: inv.cells[0]!.length, headerRow: true, totalsRow: false }];
    const out = score(g);
    expect(out.output.tables).toHaveLength(1);
    expect(out.output.inputFilters).toBeUndefined();
  });
});

describe("widenedFilter", () => {
  const spec = { sheet: "Inovasi", row: 0, col: 0, lastCol: 62, lastRow: 90 };
  it("widens the analyst's filter on the header row from the first column to the last output column", () => {
    expect(widenedFilter(spec, { row: 0, col: 0, lastCol: 54, lastRow: 90 })).toEqual({ row: 0, col: 0, lastCol: 62, lastRow: 90 });
    // rows typed below the filter after it was set: down to the output's last row
    expect(widenedFilter(spec, { row: 0, col: 0, lastCol: 54, lastRow: 80 })).toEqual({ row: 0, col: 0, lastCol: 62, lastRow: 90 });
    expect(widenedFilter(spec, { row: 0, col: 0, lastCol: 62, lastRow: 80 })).toEqual({ row: 0, col: 0, lastCol: 62, lastRow: 90 });
    // starting left of the header's first cell (an unheaded number column): still the table's; its first column stays
    expect(widenedFilter({ ...spec, col: 1 }, { row: 0, col: 0, lastCol: 54, lastRow: 90 })).toEqual({ row: 0, col: 0, lastCol: 62, lastRow: 90 });
  });

  it("leaves it when it already reaches them (a re-run), never narrowing it", () => {
    expect(widenedFilter(spec, { row: 0, col: 0, lastCol: 62, lastRow: 90 })).toBeUndefined();
    expect(widenedFilter(spec, { row: 0, col: 0, lastCol: 70, lastRow: 120 })).toBeUndefined();
    expect(widenedFilter(spec, { row: 0, col: 0, lastCol: 70, lastRow: 80 })).toEqual({ row: 0, col: 0, lastCol: 70, lastRow: 90 });
  });

  it("leaves a filter that is not the table's: another row, or starting inside the table, or left of it", () => {
    expect(widenedFilter(spec, { row: 1, col: 0, lastCol: 54, lastRow: 90 })).toBeUndefined();
    expect(widenedFilter(spec, { row: 0, col: 3, lastCol: 54, lastRow: 90 })).toBeUndefined();
    expect(widenedFilter({ ...spec, col: 5 }, { row: 0, col: 0, lastCol: 3, lastRow: 90 })).toBeUndefined();
  });
});
