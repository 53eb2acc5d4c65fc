import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { PROBLEMS_SHEET, locateIssues, readWorkbook, writeResults, type WorkbookGrids } from "../src/index.js";
import { addRow, applyWrites, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function scored(grids: WorkbookGrids, locale: "id" | "en" = "id") {
  const read = readWorkbook(grids, { locale });
  const result = scoreRegion(read.input!, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale)];
  return { read, issues, out: writeResults(grids, result, { source: read.source, issues, locale }) };
}

describe("issues the core gives without a path, placed in the workbook", () => {
  it("yandas_not_met sits at the Inovasi sheet's Urusan header (field Urusan), in the Masalah sheet too", () => {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const urusanCol = grids["Inovasi"]!.cells[0]!.indexOf("Urusan");
    const header = `${String.fromCharCode(65 + urusanCol)}1`;
    for (const locale of ["id", "en"] as const) {
      const { issues, out } = scored(grids, locale);
      const y = issues.filter((i) => i.code === "yandas_not_met");
      expect(y.length).toBeGreaterThan(0);
      for (const i of y) {
        expect(i).toMatchObject({ sheet: "Inovasi", cell: header, field: "Urusan" });
        expect(i.message.startsWith(`Inovasi!${header}: `)).toBe(true);
      }
      const g = structuredClone(grids);
      applyWrites(g, out.writes);
      const row = g[PROBLEMS_SHEET]!.cells.find((r) => r[4] === y[0]!.text);
      expect(row?.slice(0, 2)).toEqual(["Inovasi", header]);
    }
  });
});
