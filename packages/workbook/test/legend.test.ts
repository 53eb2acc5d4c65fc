import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { locateIssues, readWorkbook, writeResults, type WorkbookGrids } from "../src/index.js";
import { RULE_MEANINGS } from "../src/conditional.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function score(grids: WorkbookGrids, locale: "id" | "en" = "id") {
  const read = readWorkbook(grids);
  const result = scoreRegion(read.input!, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source)];
  return writeResults(grids, result, { source: read.source, issues, locale });
}

function grids(): WorkbookGrids {
  const g = templateAsGrids();
  addRow(g["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
  addRow(g["Inovasi"]!, { ...fullInnovation(e2026, "Si Pintar", "Dinas Kesehatan", "Pendidikan"), "20. Bukti": "Tidak Ada" });
  return g;
}

describe("the colour legend on the summary sheet", () => {
  for (const locale of ["id", "en"] as const) {
    it(`lists each rule's meaning once, with its fill colour as the swatch (${locale})`, () => {
      const out = score(grids(), locale);
      const rules = out.output.conditionalFormats;
      expect(rules.length).toBeGreaterThan(2); // one not-counted rule and several evidence columns sharing a meaning
      const summary = out.writes.filter((w) => w.sheet === "Ringkasan");
      const meanings = [...new Set(rules.map((r) => r.meaning))];
      expect(meanings).toEqual([RULE_MEANINGS.notCounted[locale], RULE_MEANINGS.evidence[locale]]);
      for (const m of meanings) {
        const cells = summary.filter((w) => w.value === m);
        expect(cells).toHaveLength(1);
        const swatch = summary.find((w) => w.row === cells[0]!.row && w.col === 0);
        expect(swatch?.fill).toBe(rules.find((r) => r.meaning === m)!.style.fill);
      }
      // swatches only on the tool's own sheet
      expect(out.writes.filter((w) => w.fill).every((w) => w.sheet === "Ringkasan")).toBe(true);
      expect(out.writes.filter((w) => w.fill)).toHaveLength(2);
      const heading = summary.find((w) => w.value === (locale === "id" ? "Keterangan Warna" : "Colour legend"));
      expect(heading?.header).toBe(true);
    });
  }

  it("no legend when there are no rules", () => {
    const g = templateAsGrids();
    addRow(g["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const read = readWorkbook(g);
    const result = scoreRegion(read.input!, read.edition);
    const out = writeResults(g, result, { source: { ...read.source, innovations: undefined } as typeof read.source });
    expect(out.output.conditionalFormats).toEqual([]);
    expect(out.writes.some((w) => w.value === "Keterangan Warna" || w.fill)).toBe(false);
  });
});
