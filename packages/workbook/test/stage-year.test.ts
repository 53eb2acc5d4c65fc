/**
 * A stage typed with a year in brackets ("Penerapan (2024)") was refused as an unknown Tahapan, the innovation left out
 * of n, compliance and yandas (read23). Read as the stage, the year compared with the date the scoring reads and said;
 * a year after the Tahun Penilaian is a stage not reached yet, refused with that reason.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function read(over: Record<string, CellValue>, locale: "id" | "en" = "id") {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), "Tanggal Penerapan": "2025-02-01", ...over });
  const r = readWorkbook(grids, { locale });
  return { stage: r.input!.innovations[0]?.stage, said: r.issues.filter((i) => i.field === "Tahapan").map((i) => [i.code, i.severity, i.cell, i.text]) };
}

describe("a stage with a year in brackets", () => {
  it.each([
    [{ Tahapan: "Penerapan (2025)" }, "penerapan", "info", '"Penerapan (2025)" dibaca "Penerapan"; tahun 2025 sesuai Tanggal Penerapan 1 Februari 2025'],
    [{ Tahapan: "Penerapan [TA 2025]" }, "penerapan", "info", '"Penerapan [TA 2025]" dibaca "Penerapan"; tahun 2025 sesuai Tanggal Penerapan 1 Februari 2025'],
    [{ Tahapan: "Penerapan (2024)" }, "penerapan", "warning", '"Penerapan (2024)" dibaca "Penerapan"; tahun 2024 tidak sesuai Tanggal Penerapan 1 Februari 2025: yang dinilai tanggal itu; periksa keduanya'],
    [{ Tahapan: "Penerapan (2024)", "Tanggal Penerapan": null }, "penerapan", "warning", '"Penerapan (2024)" dibaca "Penerapan"; tahun 2024 bukan Tanggal Penerapan: yang dinilai tanggal di kolom itu, isi di sana'],
    [{ Tahapan: "Uji Coba (2024)", "Tanggal Uji Coba": "2024-03-01" }, "uji_coba", "info", '"Uji Coba (2024)" dibaca "Uji Coba"; tahun 2024 sesuai Tanggal Uji Coba 1 Maret 2024'],
    [{ Tahapan: "Inisiatif (2026)" }, "inisiatif", "info", '"Inisiatif (2026)" dibaca "Inisiatif"; tahun 2026 tidak dipakai dalam penilaian'],
  ] as const)("%j is read as its stage, the year said", (over, stage, severity, text) => {
    const { stage: read_, said } = read(over);
    expect(read_).toBe(stage);
    expect(said.map((s) => [s[0], s[1], s[3]])).toEqual([["stage_year_read", severity, text]]);
  });

  it("a year after the Tahun Penilaian is a stage not reached yet: not read, the row left out as before, saying why", () => {
    const { stage, said } = read({ Tahapan: "Penerapan (2027)" });
    expect(stage).toBeUndefined();
    expect(said.map((s) => [s[0], s[1]])).toEqual([["stage_year_future", "error"]]);
    expect(said[0]![3]).toMatch(/^"Penerapan \(2027\)": tahun 2027 sesudah Tahun Penilaian 2026, jadi tahapan yang belum dicapai; tulis tahapannya sekarang: "Inisiatif", "Uji Coba", "Penerapan"; sampai diperbaiki, baris ini tidak dinilai/);
  });

  it("in English", () => {
    expect(read({ Tahapan: "Penerapan (2024)" }, "en").said[0]![3]).toBe('"Penerapan (2024)" is read as "Penerapan"; the year 2024 disagrees with Tanggal Penerapan 1 February 2025: the date is what is scored; check both');
  });

  it.each(["Penerapan (lama)", "Penerapan (2024) ?", "Pilot (2024)"])("%j is still an unknown stage", (typed) => {
    const { stage, said } = read({ Tahapan: typed });
    expect(stage).toBeUndefined();
    expect(said.map((s) => s[0])).toEqual(["unknown_label"]);
  });
});
