/**
 * Pengaturan and Inovasi values in the words analysts use (audit22 F11): "TA 2026" as the year, "Pemerintah Kabupaten"
 * as the level, "IGA 2026" / 2026 as the one shipped edition of that year (said), "Sudah diterapkan" as Penerapan.
 * Before: each refused, most of them stopping the whole region.
 */
import { describe, expect, it } from "vitest";
import type { CellValue, WorkbookGrids } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function book(settings: Record<string, CellValue>, inovasi: Record<string, CellValue> = {}): WorkbookGrids {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), ...inovasi });
  const set = grids["Pengaturan"]!.cells;
  for (const [k, v] of Object.entries(settings)) {
    const row = set.find((r) => r[0] === k);
    if (row) row[1] = v;
    else set.push([k, v]);
  }
  return grids;
}
const codes = (r: ReturnType<typeof readWorkbook>) => r.issues.map((i) => `${i.severity}:${i.code}@${i.sheet}!${i.cell ?? ""}`);

describe("Pengaturan in analysts' words", () => {
  it.each(["TA 2026", "T.A. 2026", "IGA 2026", "Tahun 2026", "Tahun Anggaran 2026"])("Tahun Penilaian '%s' is 2026", (v) => {
    const r = readWorkbook(book({ "Tahun Penilaian": v }));
    expect(r.input?.region.year).toBe(2026);
    expect(codes(r)).toEqual([]);
  });

  it("'TA 2026/2027' or 'TA 26' is still refused", () => {
    expect(codes(readWorkbook(book({ "Tahun Penilaian": "TA 2026/2027" })))[0]).toMatch(/^error:not_an_integer/);
    expect(codes(readWorkbook(book({ "Tahun Penilaian": "TA 26" })))[0]).toMatch(/^error:not_an_integer/);
  });

  it.each([["Pemerintah Kabupaten", "kabupaten"], ["Pemerintah Kota", "kota"], ["Pemerintah Provinsi", "provinsi"]])("Tingkat '%s' is %s", (v, level) => {
    expect(readWorkbook(book({ Tingkat: v })).input?.region.level).toBe(level);
  });

  it.each(["IGA 2026", 2026, "2026", "TA 2026"])("Edisi Model %s: the one shipped edition for 2026, said", (v) => {
    const r = readWorkbook(book({ "Edisi Model": v }));
    expect(r.edition.id).toBe("iid-2026");
    const [i] = r.issues.filter((x) => x.code === "edition_by_year");
    expect([i!.severity, i!.text]).toEqual(["info", `edisi model "${v}" dibaca sebagai "iid-2026", satu-satunya edisi bawaan untuk tahun 2026; tulis "iid-2026" agar pasti`]);
    expect(readWorkbook(book({ "Edisi Model": v }), { locale: "en" }).issues.find((x) => x.code === "edition_by_year")!.text).toContain(`is read as "iid-2026", the one shipped edition for 2026`);
  });

  it("Edisi Model 'IGA 2023': two shipped editions for 2023, unknown as before", () => {
    expect(codes(readWorkbook(book({ "Edisi Model": "IGA 2023" })))).toContain("error:edition_unknown@Pengaturan!B5");
  });
});

describe("Inovasi values in analysts' words", () => {
  it("Tahapan 'Sudah diterapkan' is Penerapan; Tahun 'TA 2026' is 2026", () => {
    const r = readWorkbook(book({}, { Tahapan: "Sudah diterapkan", Tahun: "TA 2026" }));
    expect(r.input!.innovations[0]).toMatchObject({ stage: "penerapan", year: 2026 });
    expect(codes(r)).toEqual([]);
  });
});
