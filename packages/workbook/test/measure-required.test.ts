/** A number on an indicator with several bases and no Dasar Ukur: said as the sheet asks it (audit16 F12). */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { a1, locateIssues, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

describe("a number without its Dasar Ukur", () => {
  const grids = templateAsGrids();
  const answer = grids["Inovasi"]!.cells[0]!.find((h) => typeof h === "string" && h.startsWith("18. ") && !/Bukti|Dasar Ukur/.test(h)) as string;
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), [answer]: 1234, "18. Dasar Ukur": null });
  const read = readWorkbook(grids);
  const result = scoreRegion(read.input!, read.edition);
  const col = grids["Inovasi"]!.cells[0]!.indexOf("18. Dasar Ukur");

  it("names the Dasar Ukur column and the labels its list offers, at its cell, not the measures' ids", () => {
    const labels = e2026.indicators.find((i) => i.id === "SID-18")!.measures.map((m) => `"${m.name.id}"`).join(", ");
    for (const locale of ["id", "en"] as const) {
      const said = locateIssues(result.issues, read.source, locale, { result, edition: read.edition }).filter((i) => i.code === "measure_label_required");
      expect(said.map((i) => [i.sheet, i.cell, i.severity])).toEqual([["Inovasi", a1(1, col), "error"]]);
      expect(said[0]!.text).toBe(
        locale === "id"
          ? `indikator SID-18 punya beberapa dasar ukur; isi kolom 18. Dasar Ukur: ${labels}`
          : `indicator SID-18 has several bases; fill in the 18. Dasar Ukur column: ${labels}`,
      );
    }
    expect(labels).toContain('"Jumlah orang terlayani"');
  });
});
