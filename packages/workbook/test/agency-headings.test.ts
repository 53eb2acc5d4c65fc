/**
 * An agency's name typed alone as a heading over its innovations (tbl35): "DINAS KESEHATAN" in column A, no year, no
 * header under it, then that agency's rows with Perangkat Daerah left blank. The heading was read as an innovation
 * missing its agency, urusan and stage (three "wajib diisi" errors) and each row under it as missing its agency. A
 * text alone naming a listed agency (the Perangkat Daerah sheet) is now a heading: skipped, said once, and the rows
 * under it with a blank agency take it, as rows under an agency merged down take that. A text naming no listed agency
 * stays an innovation begun.
 */
import { describe, expect, it } from "vitest";
import type { CellValue, WorkbookGrids } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

/** One innovation of Kecamatan Hulu; then `rows` (a heading as a one-cell array, an innovation as a record). */
function book(rows: (CellValue[] | Record<string, CellValue>)[]): WorkbookGrids {
  const grids = templateAsGrids();
  const inv = grids["Inovasi"]!;
  addRow(inv, fullInnovation(e2026, "Inovasi Hulu", "Kecamatan Hulu", "Kesehatan"));
  for (const x of rows) {
    if (Array.isArray(x)) inv.cells.push([...x]);
    else addRow(inv, x);
  }
  spdAtTier2(grids);
  return grids;
}
/** An innovation with its Perangkat Daerah left blank (or `agency`). */
const under = (name: string, agency: string | null = null) => ({ ...fullInnovation(e2026, name, "x", "Kesehatan"), "Perangkat Daerah": agency });
const read = (grids: WorkbookGrids, locale?: "en") => readWorkbook(grids, locale ? { locale } : {});
const said = (grids: WorkbookGrids, locale?: "en") =>
  read(grids, locale).issues.filter((i) => i.sheet === "Inovasi" && /^(agency_heading|required|section_|unknown_agency)/.test(i.code)).map((i) => [i.code, i.severity, i.cell, i.text]);
const agencies = (grids: WorkbookGrids) => read(grids).input!.innovations.map((x) => [x.name, x.agency]);

describe("an agency's name alone in its row, over its innovations", () => {
  it("is a heading: no errors, its rows with Perangkat Daerah blank take the agency as listed, said once", () => {
    const grids = book([["DINAS KESEHATAN"], under("Antar Obat"), under("Posyandu Digital")]);
    expect(agencies(grids)).toEqual([["Inovasi Hulu", "Kecamatan Hulu"], ["Antar Obat", "Dinas Kesehatan"], ["Posyandu Digital", "Dinas Kesehatan"]]);
    expect(said(grids)).toEqual([
      ["agency_heading_read", "info", "A3", 'baris 3 dibaca sebagai judul perangkat daerah ("DINAS KESEHATAN"), bukan inovasi; dilewati; 2 inovasi di bawahnya yang Perangkat Daerah-nya kosong (baris 4–5) dibaca sebagai Dinas Kesehatan — isi Perangkat Daerah-nya bila bukan'],
    ]);
    expect(said(grids, "en")[0]![3]).toBe('row 3 is read as an agency heading ("DINAS KESEHATAN"), not an innovation; skipped; the 2 innovations under it with Perangkat Daerah blank (rows 4–5) are read as Dinas Kesehatan — fill in their Perangkat Daerah if not');
    // one innovation under it: said in the singular in English (was "the 1 innovation(s) … are read")
    expect(said(book([["DINAS KESEHATAN"], under("Antar Obat")]), "en")[0]![3]).toBe('row 3 is read as an agency heading ("DINAS KESEHATAN"), not an innovation; skipped; the 1 innovation under it with Perangkat Daerah blank (row 4) is read as Dinas Kesehatan — fill in its Perangkat Daerah if not');
    // the plan never types a new row over it
    expect(read(grids).source.innovations!.unreadRows).toContain(2);
  });

  it("a group's mark or a colon around the name; a row's own agency stays its own; the next heading takes over", () => {
    const grids = book([["A. Dinas Kesehatan"], under("Antar Obat"), under("Di Hulu", "Kecamatan Hulu"), ["B. Kecamatan Hulu:"], under("Sapa Warga")]);
    expect(agencies(grids)).toEqual([["Inovasi Hulu", "Kecamatan Hulu"], ["Antar Obat", "Dinas Kesehatan"], ["Di Hulu", "Kecamatan Hulu"], ["Sapa Warga", "Kecamatan Hulu"]]);
    expect(said(grids).map((x) => [x[0], x[2]])).toEqual([["agency_heading_read", "A3"], ["agency_heading_read", "A6"]]);
    expect(said(grids)[0]![3]).toContain("1 inovasi di bawahnya yang Perangkat Daerah-nya kosong (baris 4)");
  });

  it("its rows end at a blank row: a row further down with a blank agency is said missing, as before", () => {
    const grids = book([["DINAS KESEHATAN"], under("Antar Obat"), [], under("Lepas")]);
    expect(agencies(grids).map((x) => x[0])).toEqual(["Inovasi Hulu", "Antar Obat"]);
    expect(said(grids).map((x) => [x[0], x[2]])).toEqual([["required", "B6"], ["agency_heading_read", "A3"]]);
  });

  it("merged across the row: its rows take it too (said), and a merged heading taken by none stays silent", () => {
    const grids = book([["Dinas Kesehatan"], under("Antar Obat")]);
    grids["Inovasi"]!.merges = [{ row: 2, col: 0, rows: 1, cols: 8 }];
    expect(agencies(grids)[1]).toEqual(["Antar Obat", "Dinas Kesehatan"]);
    expect(said(grids).map((x) => [x[0], x[2]])).toEqual([["agency_heading_read", "A3"]]);
    const own = book([["Dinas Kesehatan"], under("Antar Obat", "Dinas Kesehatan")]);
    own["Inovasi"]!.merges = [{ row: 2, col: 0, rows: 1, cols: 8 }];
    expect(said(own)).toEqual([]);
  });

  it("named as the Perangkat Daerah column names an agency: with the region's own name, a dash for the list's hyphen, a list's number (rerun36)", () => {
    // the heading with the region's name after it (Pengaturan: Kabupaten Uji)
    const region = book([["DINAS KESEHATAN KABUPATEN UJI"], under("Antar Obat")]);
    expect(agencies(region)[1]).toEqual(["Antar Obat", "Dinas Kesehatan"]);
    expect(said(region).map((x) => [x[0], x[2]])).toEqual([["agency_heading_read", "A3"]]);
    expect(said(region)[0]![3]).toContain("dibaca sebagai Dinas Kesehatan");
    // the list writes the region's name, or numbers its names (read without the number); the heading does not
    const listed = book([["DINAS KESEHATAN"], under("Antar Obat"), ["Dinas Sosial"], under("Sapa Lansia")]);
    const list = listed["Perangkat Daerah"]!.cells;
    list.find((r) => r[0] === "Dinas Kesehatan")![0] = "Dinas Kesehatan Kabupaten Uji";
    list.push(["2. Dinas Sosial", "Dinas"]);
    expect(agencies(listed).slice(1)).toEqual([["Antar Obat", "Dinas Kesehatan Kabupaten Uji"], ["Sapa Lansia", "Dinas Sosial"]]);
    // a dash pasted from the web for the list's hyphen
    const dash = book([["SATPOL\u2013PP"], under("Patroli Malam")]);
    dash["Perangkat Daerah"]!.cells.push(["Satpol-PP", "Satuan"]);
    expect(agencies(dash)[1]).toEqual(["Patroli Malam", "Satpol-PP"]);
  });

  it("no abbreviation: \"DINKES\" alone, the agency column's words would only suggest Dinas Kesehatan, stays an innovation begun", () => {
    const grids = book([["DINKES"], under("Antar Obat")]);
    expect(said(grids).map((x) => [x[0], x[2]])).toEqual([["required", "B3"], ["required", "G3"], ["required", "C3"], ["required", "B4"]]);
  });

  it("a text naming no listed agency is still an innovation begun (its three errors), and so are the rows under it", () => {
    const grids = book([["DINAS PARIWISATA"], under("Wisata Desa")]);
    expect(said(grids).map((x) => [x[0], x[2]])).toEqual([["required", "B3"], ["required", "G3"], ["required", "C3"], ["required", "B4"]]);
  });
});
