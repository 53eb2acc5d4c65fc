/**
 * A "JUMLAH" row typed under the Perangkat Daerah list (audit33: A42 "JUMLAH", B42 40, blank, or "40 OPD") was read as
 * an agency: listed among the agencies without an innovation, with an error asking for its Jenis or refusing "40". It
 * is now skipped by the Inovasi sheet's totals rule (`totalsWord`), said once at the first one; a real agency whose
 * name only begins with a totals word stays listed.
 */
import { describe, expect, it } from "vitest";
import { agenciesWithoutInYear, scoreRegion } from "@inovasi/core";
import type { CellValue } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

function book(...rows: CellValue[][]) {
  const grids = templateAsGrids();
  grids["Perangkat Daerah"]!.cells.push(...rows);
  addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
  spdAtTier2(grids);
  return grids;
}
const pd = (r: ReturnType<typeof readWorkbook>) => r.issues.filter((i) => i.sheet === "Perangkat Daerah").map((i) => [i.severity, i.code, i.cell, i.text]);

describe("a totals row under the Perangkat Daerah list", () => {
  it.each<[string, CellValue[], string]>([
    ["JUMLAH beside a count", ["JUMLAH", 40], "JUMLAH"],
    ["Jumlah with Jenis blank", ["Jumlah", null], "Jumlah"],
    ["JUMLAH PERANGKAT DAERAH beside 40 OPD", ["JUMLAH PERANGKAT DAERAH", "40 OPD"], "JUMLAH PERANGKAT DAERAH"],
    ["Total OPD:", ["Total OPD:", 2], "Total OPD:"],
  ])("%s: not an agency, said once", (_name, row, word) => {
    const grids = book(row);
    const read = readWorkbook(grids);
    const at = grids["Perangkat Daerah"]!.cells.length;
    expect(read.input!.agencies!.map((a) => a.name)).toEqual(["Dinas Kesehatan", "Kecamatan Hulu"]);
    expect(pd(read)).toEqual([["info", "totals_row_skipped", `A${at}`, `baris ${at} berisi jumlah ("${word}"), bukan perangkat daerah; dilewati`]]);
    const result = scoreRegion(read.input!, e2026);
    expect(agenciesWithoutInYear(read.input!, result.compliance)).toEqual(["Kecamatan Hulu"]);
  });

  it("two are said in one note, in English too; an agency named after a totals word stays", () => {
    const grids = book(["Sub Total", 1], ["Total Kecamatan Tengah", "Kecamatan"], ["Grand Total", 3]);
    const read = readWorkbook(grids);
    expect(read.input!.agencies!.map((a) => a.name)).toEqual(["Dinas Kesehatan", "Kecamatan Hulu", "Total Kecamatan Tengah"]);
    expect(pd(read)).toEqual([["info", "totals_row_skipped", "A4", 'baris 4, 6 berisi jumlah ("Sub Total"), bukan perangkat daerah; dilewati']]);
    expect(readWorkbook(grids, { locale: "en" }).issues.find((i) => i.code === "totals_row_skipped")!.text).toBe('rows 4, 6 hold a total ("Sub Total"), not an agency; skipped');
  });
});
