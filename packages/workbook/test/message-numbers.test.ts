/**
 * Every number a reader message prints, as its language writes it (read12's leftover: "45678000 %" in Bahasa):
 * amounts and counts group thousands (45.678.000 / 45,678,000), the decimals as they are; the messages about which
 * separator groups thousands ("1.234" asked, "1,250 orang" read whole) keep their numbers ungrouped, in the language's
 * decimal mark.
 */
import { describe, expect, it } from "vitest";
import type { CellValue, Grid } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { numberText } from "../src/number-text.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

describe("numberText", () => {
  it.each([
    [45678000, "45.678.000", "45,678,000"],
    [1000, "1.000", "1,000"],
    [999, "999", "999"],
    [1234.5, "1.234,5", "1,234.5"],
    [0.053, "0,053", "0.053"],
    [-1234567.25, "-1.234.567,25", "-1,234,567.25"],
    [0.0012345, "0,0012345", "0.0012345"],
    [1e21, "1e+21", "1e+21"],
  ])("%s → %s / %s", (n, id, en) => {
    expect(numberText(n, "id")).toBe(id);
    expect(numberText(n, "en")).toBe(en);
  });
});

describe("the reader's messages", () => {
  const sid14 = e2026.indicators.find((i) => i.id === "SID-14")!;
  const answer14 = `${sid14.number}. ${sid14.name.id}`;
  const one = (over: Record<string, CellValue>) => {
    const grids = templateAsGrids();
    const row = addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), ...over });
    return { grids, row };
  };

  it.each([
    // an amount: its result grouped
    ["Jumlah Kata Rancang Bangun", "1000*1234", "1.234.000", "1,234,000"],
    // a year in the Tahun column: not grouped (2026, not 2.026; review19)
    ["Tahun", "2025+1", "2026", "2026"],
  ])("a formula computed here in %s: its result as the column writes it (%s → %s / %s)", (header, formula, id, en) => {
    const { grids, row } = one({});
    const g: Grid = grids["Inovasi"]!;
    const c = g.cells[0]!.indexOf(header);
    g.cells[row]![c] = null;
    g.unsavedFormulas = [{ row, col: c, formula }];
    expect(readWorkbook(grids).issues.find((i) => i.code === "formula_computed")!.text).toContain(`dihitung di sini: ${id};`);
    expect(readWorkbook(grids, { locale: "en" }).issues.find((i) => i.code === "formula_computed")!.text).toContain(`computed here: ${en};`);
  });

  it("a count of rows on a sheet not read: 1.200 baris / 1,200 rows", () => {
    const { grids } = one({});
    const header = grids["Inovasi"]!.cells[0]!.slice();
    grids["Inovasi (2)"] = { name: "Inovasi (2)", cells: [header, ...Array.from({ length: 1200 }, (_, k) => header.map((h) => (h === "Nama Inovasi" ? `Inovasi ${k}` : null)))] };
    expect(readWorkbook(grids).issues.find((i) => i.code === "sheet_not_read")!.text).toContain("memuat 1.200 baris");
    expect(readWorkbook(grids, { locale: "en" }).issues.find((i) => i.code === "sheet_not_read")!.text).toContain("holds 1,200 rows");
  });

  it("a number that could be two: ungrouped, each in its language's decimal mark (English said 'if 72,513 is meant')", () => {
    // added revenue in %, whose top tier has no upper end: both readings can be (a share of complaints resolved cannot
    // be 72513 %, so there "72.513" is read 72,513: measure-maximum.test.ts)
    const { grids } = one({ "18. Kemanfaatan inovasi": "72.513", "18. Dasar Ukur": "pendapatan" });
    const id = readWorkbook(grids).issues.find((i) => i.code === "number_ambiguous")!.text;
    expect(id).toBe('"72.513" dibaca sebagai 72513 (titik sebagai pemisah ribuan, koma sebagai desimal); bila maksudnya 72,513, tulis "72,513"');
    const en = readWorkbook(grids, { locale: "en" }).issues.find((i) => i.code === "number_ambiguous")!.text;
    expect(en).toBe('"72.513" is read as 72513 (dot groups thousands, comma marks decimals); if 72.513 is meant, write "72,513"');
  });

  it("a count read whole: ungrouped in both languages (1,250 would read as the typed text again)", () => {
    const sid18 = e2026.indicators.find((i) => i.id === "SID-18")!;
    const { grids } = one({ [`${sid18.number}. ${sid18.name.id}`]: "1.250 orang" });
    expect(readWorkbook(grids, { locale: "en" }).issues.find((i) => i.code === "count_grouped")!.text).toBe('"1.250 orang" is read as 1250 persons: a count of persons is whole');
  });
});
