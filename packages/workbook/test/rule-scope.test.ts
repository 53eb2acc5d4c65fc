/**
 * What the region's rule reads and counts, said at the cells that shape it (audit11 F10, F5): "Dinas" as the rule's
 * agency type held the inspectorate to the rule silently, and a Tahun of the implementation year on one row took that
 * innovation out of its agency's count while the plan still listed the agency as having an innovation.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import type { CellValue } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function book(types: CellValue, years: (number | null)[], min: CellValue = 1) {
  const grids = templateAsGrids();
  const set = grids["Pengaturan"]!.cells;
  set.find((x) => x[0] === "Wajib Inovasi per Perangkat Daerah")![1] = min;
  set.find((x) => x[0] === "Jenis Perangkat Daerah Wajib")![1] = types;
  years.forEach((y, k) => addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, `Inovasi ${k}`, "Dinas Kesehatan", "Kesehatan"), Tahun: y }));
  return readWorkbook(grids);
}

describe("the rule's agency types", () => {
  it("'Dinas' is read as OPD and said so at the cell: the rule cannot tell a dinas from the inspectorate", () => {
    const r = book("Dinas", [null]);
    const said = r.issues.filter((i) => i.code === "rule_types_widened");
    expect(said.map((i) => [i.severity, i.sheet, i.field])).toEqual([["warning", "Pengaturan", "Jenis Perangkat Daerah Wajib"]]);
    expect(said[0]!.text).toContain('"Dinas" dibaca "OPD": aturan berlaku untuk setiap perangkat daerah berjenis OPD, bukan hanya Dinas');
    expect(r.input!.compliance!.rules![0]!.agencyTypes).toEqual(["opd"]);
  });

  it("'OPD; Kecamatan' is said nothing of", () => {
    expect(book("OPD; Kecamatan", [null]).issues.filter((i) => i.code === "rule_types_widened")).toEqual([]);
  });
});

describe("rows of another year than Tahun Penilaian", () => {
  it("each is said at its Tahun cell when other rows have the assessment year", () => {
    const r = book("OPD", [2026, 2025, null]);
    const said = r.issues.filter((i) => i.code === "innovation_year_other");
    const tahun = templateAsGrids()["Inovasi"]!.cells[0]!.indexOf("Tahun");
    expect(said.map((i) => i.cell)).toEqual([`${String.fromCharCode(65 + tahun)}3`]);
    expect(said[0]!.text).toBe('Tahun 2025 bukan Tahun Penilaian 2026: aturan dan target daerah tidak menghitung inovasi ini untuk "Dinas Kesehatan" (skornya tetap dihitung)');
  });

  it("none when every row is of another year (the core's year trap says it once), or without a rule", () => {
    const all = book("OPD", [2025, 2025]);
    expect(all.issues.filter((i) => i.code === "innovation_year_other")).toEqual([]);
    expect(scoreRegion(all.input!, e2026).issues.map((i) => i.code)).toContain("compliance_year_mismatch");
    expect(book(null, [2026, 2025], null).issues.filter((i) => i.code === "innovation_year_other")).toEqual([]);
  });
});
