/**
 * What the region's rule reads and counts, said at the cells that shape it (audit11 F10, F5): "Dinas" as the rule's
 * agency type held the inspectorate to the rule silently, and a Tahun of the implementation year on one row took that
 * innovation out of its agency's count while the plan still listed the agency as having an innovation.
 */
import { describe, expect, it } from "vitest";
import { formatPlan, planRegion, recapRegions, scoreRegion } from "@inovasi/core";
import type { CellValue } from "../src/index.js";
import { planSheetContent, readWorkbook, recapBook, recapWorkbook, summaryContent, writeResults } from "../src/index.js";
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

describe("the agencies without an innovation count the rule's year (out13)", () => {
  it("an agency whose only innovation is of another year is listed on Ringkasan and in the plan, as the rule counts it short (it was left off)", () => {
    const grids = templateAsGrids();
    const set = grids["Pengaturan"]!.cells;
    set.find((x) => x[0] === "Wajib Inovasi per Perangkat Daerah")![1] = 1;
    set.find((x) => x[0] === "Jenis Perangkat Daerah Wajib")![1] = "OPD; Kecamatan";
    addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Inovasi Dinas", "Dinas Kesehatan", "Kesehatan"), Tahun: 2026 });
    addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Inovasi Lama", "Kecamatan Hulu", "Kesehatan"), Tahun: 2025 });
    const read = readWorkbook(grids);
    const result = scoreRegion(read.input!, e2026);
    // the rule: Kecamatan Hulu has none of 2026
    expect(result.compliance.rules[0]!.agencies.map((a) => [a.agency, a.count, a.complies])).toEqual([["Dinas Kesehatan", 1, true], ["Kecamatan Hulu", 0, false]]);
    const without = (rows: CellValue[][]) => rows.find((r) => r[0] === "Perangkat daerah tanpa inovasi");
    expect(without(summaryContent(result, [], "id", [], { edition: e2026, source: read.source, input: read.input }).rows)).toEqual(["Perangkat daerah tanpa inovasi", 1, "Kecamatan Hulu"]);
    const plan = planRegion(read.input!, e2026, { result, target: { index: 100 } });
    expect(plan.compliance.agenciesWithout).toEqual(["Kecamatan Hulu"]);
    expect(formatPlan(plan, "id")).toContain("Perangkat daerah tanpa inovasi (1): Kecamatan Hulu");
    expect(without(planSheetContent(plan, read.source, "id").rows)).toEqual(["Perangkat daerah tanpa inovasi", 1, null, null, null, "Kecamatan Hulu"]);
    // as written by writeResults (the CLI and the add-in pass the input)
    const w = writeResults(grids, result, { source: read.source, edition: e2026, input: read.input, plan });
    const label = w.writes.find((x) => x.sheet === "Ringkasan" && x.value === "Perangkat daerah tanpa inovasi")!;
    expect(w.writes.filter((x) => x.sheet === "Ringkasan" && x.row === label.row).map((x) => x.value).slice(0, 3)).toEqual(["Perangkat daerah tanpa inovasi", 1, "Kecamatan Hulu"]);
    // with an innovation of 2026 it has one: listed nowhere
    addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Inovasi Baru", "Kecamatan Hulu", "Kesehatan"), Tahun: 2026 });
    const again = readWorkbook(grids);
    const r2 = scoreRegion(again.input!, e2026);
    expect(without(summaryContent(r2, [], "id", [], { input: again.input }).rows)).toEqual(["Perangkat daerah tanpa inovasi", 0, ""]);
    expect(planRegion(again.input!, e2026, { result: r2, target: { index: 100 } }).compliance.agenciesWithout).toEqual([]);
  });
});

describe("the Rekap sheet counts the agencies without an innovation in the rule's year too (review14 finding 2)", () => {
  it("the recap of the workbook gives Kecamatan Hulu, whose only innovation is of 2025, as Ringkasan and the plan do (it gave 0)", () => {
    const grids = templateAsGrids();
    const set = grids["Pengaturan"]!.cells;
    set.find((x) => x[0] === "Wajib Inovasi per Perangkat Daerah")![1] = 1;
    set.find((x) => x[0] === "Jenis Perangkat Daerah Wajib")![1] = "OPD; Kecamatan";
    addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Inovasi Dinas", "Dinas Kesehatan", "Kesehatan"), Tahun: 2026 });
    addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Inovasi Lama", "Kecamatan Hulu", "Kesehatan"), Tahun: 2025 });
    const { entry, report } = recapBook("k.xlsx", grids);
    const recap = recapRegions([entry!]);
    expect(recap.regions[0]!.agenciesWithout).toEqual(["Kecamatan Hulu"]);
    const { writes } = recapWorkbook(recap, [report]);
    const head = writes.find((w) => w.sheet === "Rekap" && w.value === "Perangkat Daerah Tanpa Inovasi")!;
    const cell = writes.find((w) => w.sheet === "Rekap" && w.col === head.col && w.row === head.row + 1)!;
    expect(cell.value).toBe(1);
  });
});
