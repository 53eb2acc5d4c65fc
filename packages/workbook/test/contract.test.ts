import { describe, expect, it } from "vitest";
import { e2026, templateAsGrids } from "./helpers.js";
import { formatAt, formatColumns, formatColumnsIn, writeResults, readWorkbook } from "../src/index.js";
import { scoreRegion } from "@inovasi/core";

describe("grid and output contract", () => {
  it("names the columns whose number formats the reader needs: indicator answers, dates, the SPD answer", () => {
    const grids = templateAsGrids();
    const inv = grids["Inovasi"]!.cells[0]!;
    const cols = formatColumns(inv).map((c) => inv[c]);
    expect(cols).toContain("Tanggal Penerapan");
    const kemanfaatan = e2026.indicators.find((i) => i.id === "SID-18")!;
    expect(cols).toContain(`18. ${kemanfaatan.name.id}`);
    expect(cols).not.toContain("18. Dasar Ukur");
    expect(cols.some((h) => String(h).endsWith("Bukti"))).toBe(false);
    expect(cols).not.toContain("Nama Inovasi");
    expect(formatColumns(grids["SPD"]!.cells[0]!).map((c) => grids["SPD"]!.cells[0]![c])).toEqual(["Jawaban"]);
    // a province model's own numbering, known by its evidence column: its answer's format is needed too
    expect(formatColumns([...inv, "P1. Kolaborasi desa", "P1. Bukti"]).map((c) => [...inv, "P1. Kolaborasi desa", "P1. Bukti"][c])).toContain("P1. Kolaborasi desa");
  });

  it("names an answer column headed short as the reader takes it (review18 F1: 95 % under \"14\" was read 0,95 %)", () => {
    const inv = templateAsGrids()["Inovasi"]!.cells[0]!;
    const at = (header: string, heading: string) => {
      const row = inv.map((h) => (h === header ? heading : h));
      return formatColumns(row).includes(inv.indexOf(header));
    };
    for (const heading of ["14", "SID-14", "Pengaduan", "Penyelesaian layanan pengaduan"]) expect([heading, at("14. Penyelesaian layanan pengaduan", heading)]).toEqual([heading, true]);
    expect(at("18. Kemanfaatan inovasi", "Kemanfaatan")).toBe(true);
    expect(at("2. Ketersediaan SDM pelaksana inovasi", "SDM")).toBe(true);
    // a heading naming no indicator, or several, is not an answer column
    expect(at("14. Penyelesaian layanan pengaduan", "Catatan")).toBe(false);
  });

  it("finds those columns below a title row too (the reader looks for headers in the first rows)", () => {
    const inv = templateAsGrids()["Inovasi"]!.cells[0]!;
    expect(formatColumnsIn([["Daftar Inovasi 2026"], [], inv])).toEqual(formatColumns(inv));
    expect(formatColumnsIn([["Nama", "Jenis"]])).toEqual([]);
  });

  it("reads a format where the host gave one, undefined (General) elsewhere", () => {
    const g = { name: "X", cells: [[0.95, 1]], formats: [["0%"]] };
    expect(formatAt(g, 0, 0)).toBe("0%");
    expect(formatAt(g, 0, 1)).toBeUndefined();
    expect(formatAt({ name: "Y", cells: [[1]] }, 0, 0)).toBeUndefined();
  });

  it("describes the summary as an owned sheet with its chart for the hosts to draw", () => {
    const grids = templateAsGrids();
    const read = readWorkbook(grids);
    const result = scoreRegion(read.input!, e2026);
    const w = writeResults(grids, result, { source: read.source });
    expect(w.output.ownedSheets.map((s) => s.name)).toEqual(["Ringkasan"]);
    expect(w.output.charts).toHaveLength(1);
    expect(w.output.charts[0]).toMatchObject({ sheet: "Ringkasan", kind: "column", categoryCol: 0 });
  });
});
