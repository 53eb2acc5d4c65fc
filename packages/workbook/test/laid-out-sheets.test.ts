/**
 * `laidOutAsContractSheet`: the sheets the reader may read by their cells, whatever their name — what a host that
 * reads only some sheets' cells (the add-in) must read too, to read a workbook as the CLI does.
 */
import { describe, expect, it } from "vitest";
import { type Grid, laidOutAsContractSheet, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

describe("laidOutAsContractSheet", () => {
  it("the template's Inovasi, Perangkat Daerah and SPD are; Pengaturan and a sheet of notes are not", () => {
    const g = templateAsGrids();
    expect(["Inovasi", "Perangkat Daerah", "SPD", "Pengaturan"].map((n) => laidOutAsContractSheet(g[n]!))).toEqual([true, true, true, false]);
    expect(laidOutAsContractSheet({ name: "Catatan", cells: [["Catatan rapat"], ["Nama", "Jabatan"], ["Kode", "Keterangan"]] })).toBe(false);
  });

  it("SPD headed in its rewordings, and a table's header row below the first ten rows", () => {
    expect(laidOutAsContractSheet({ name: "Capaian", cells: [["Kode Indikator", "Indikator", "Capaian"]] })).toBe(true);
    const low: Grid = { name: "Rekap Dinas", cells: [...Array.from({ length: 13 }, () => ["judul"]), ["No", "Nama Inovasi"]], tables: [{ name: "T", row: 13, col: 0, rows: 2, cols: 2, headerRow: true, totalsRow: false }] };
    expect(laidOutAsContractSheet(low)).toBe(true);
    expect(laidOutAsContractSheet({ ...low, tables: [] })).toBe(false);
  });

  it("Perangkat Daerah headed in the rewordings its reader accepts (read29)", () => {
    expect(laidOutAsContractSheet({ name: "Daftar", cells: [["No", "Nama OPD", "Jenis PD"], [1, "Dinas Kesehatan", "Dinas"]] })).toBe(true);
    expect(laidOutAsContractSheet({ name: "Lampiran", cells: [["Nama Perangkat Daerah", "Jenis Perangkat Daerah"]] })).toBe(true);
    expect(laidOutAsContractSheet({ name: "Lampiran", cells: [["Nama OPD", "Alamat"]] })).toBe(false);
  });

  it("every sheet the reader takes or names by its cells under another name is one", () => {
    const g = templateAsGrids();
    addRow(g["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    g["Data Kegiatan"] = { ...g["Inovasi"]!, name: "Data Kegiatan" };
    delete g["Inovasi"];
    const read = readWorkbook(g);
    expect(read.source.innovations?.sheet).toBe("Data Kegiatan");
    expect(laidOutAsContractSheet(g["Data Kegiatan"]!)).toBe(true);
  });
});
