/**
 * Tier numbers typed in a measured indicator's column on the Inovasi sheet (audit17 F1): the Petunjuk numbers the
 * options 1, 2, 3, and a region's own tier sheet pasted in brings those numbers. Read as amounts ("3" for SID-2 is 3
 * orang, tier 1) — a value is a value — but the doubt is said once, at the column's header, with both readings.
 */
import { describe, expect, it } from "vitest";
import { type CellValue, type WorkbookGrids, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

const SID2 = "2. Ketersediaan SDM pelaksana inovasi";
const SID13 = "13. Kemudahan proses";

/** Three innovations, the given column holding the given cells (one a row). */
function withColumn(header: string, cells: CellValue[], extra: Record<string, CellValue> = {}): WorkbookGrids {
  const grids = templateAsGrids();
  cells.forEach((v, k) => addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", "Kesehatan"), [header]: v, ...extra }));
  return grids;
}
const unsure = (grids: WorkbookGrids, locale: "id" | "en" = "id") => readWorkbook(grids, { locale }).issues.filter((i) => i.code === "column_unsure");

describe("a measured column of tier numbers on the Inovasi sheet (audit17 F1)", () => {
  it("SID-2 all 1 to 3: read as orang as before, said once at the header with both readings and what to write", () => {
    const grids = withColumn(SID2, [3, 2, "1"]);
    const read = readWorkbook(grids);
    expect(read.input!.innovations.map((x) => x.answers["SID-2"]!.value)).toEqual([3, 2, 1]);
    const said = read.issues.filter((i) => i.code === "column_unsure");
    expect(said.map((i) => `${i.severity}:${i.sheet}!${i.cell}`)).toEqual(["warning:Inovasi!Q1"]);
    expect(said[0]!.text).toBe(
      `kolom "${SID2}" hanya berisi angka yang bisa berupa tingkat atau capaian: Inovasi!Q2 "3" dibaca sebagai capaian 3 orang (tingkat 1), bukan tingkat 3; bila kolom ini berisi tingkat, tulis label pilihannya (tingkat 3: "Lebih dari 30 orang"); bila berisi capaian, tulis dengan satuannya (mis. "3 orang")`,
    );
    expect(unsure(grids, "en")[0]!.text).toContain(`Inovasi!Q2 "3" is read as a value of 3 persons (tier 1), not tier 3; if the column holds tiers, write the option as the sheet lists it (tier 3: "Lebih dari 30 orang" (More than 30 persons)); if it holds values, write them with their unit (e.g. "3 persons")`);
  });

  it("SID-13 (days, the scale upside down): 1 read as 1 hari, tier 3, said", () => {
    const said = unsure(withColumn(SID13, [1, 1, 2]));
    expect(said).toHaveLength(1);
    expect(said[0]!.text).toContain(`Inovasi!AM2 "1" dibaca sebagai capaian 1 hari (tingkat 3), bukan tingkat 1`);
  });

  it.each<[string, CellValue[]]>([
    ["one amount above the tiers", [3, 2, 25]],
    ["one amount with its unit", [3, 2, "3 orang"]],
    ["one fraction", [3, 2, 2.5]],
    ["the example's amounts", [25, 40, 12]],
    ["option labels and a 1 that is tier 1 either way", ["11–30 orang", "Lebih dari 30 orang", 1]],
  ])("nothing said: %s", (_, cells) => {
    expect(unsure(withColumn(SID2, cells))).toEqual([]);
  });

  // read25: small honest amounts (1 to 3 hari) on rows typed in amounts were doubted as tiers whenever the column held
  // nothing larger; a row with an amount elsewhere is no tier sheet pasted in (as row_tier_digits reads a row)
  it("a column of small numbers on rows holding an amount elsewhere says nothing (SID-13 3, 2, 1 hari beside 25 orang)", () => {
    expect(unsure(withColumn(SID13, [3, 2, 1], { [SID2]: 25 }))).toEqual([]);
    // a row without an amount keeps the doubt, said with that row's number
    const grids = withColumn(SID13, [3, 2, 1], { [SID2]: 25 });
    grids["Inovasi"]!.cells[3]![grids["Inovasi"]!.cells[0]!.indexOf(SID2)] = "11–30 orang";
    const said = unsure(grids);
    expect(said.map((i) => i.cell)).toEqual(["AM1"]);
    expect(said[0]!.text).toContain(`Inovasi!AM4 "1" dibaca sebagai capaian 1 hari (tingkat 3), bukan tingkat 1`);
  });

  it("a column whose numbers read as the same tier either way (SID-5 kali) says nothing", () => {
    expect(unsure(withColumn("5. Bimbingan teknis (bimtek)", [1, 2, 3]))).toEqual([]);
  });

  it("numbers in percent-formatted cells are amounts (shown with their %): nothing said", () => {
    const header = "14. Penyelesaian layanan pengaduan";
    expect(unsure(withColumn(header, [3, 2, 1]))).toHaveLength(1);
    const grids = withColumn(header, [3, 2, 1]);
    const g = grids["Inovasi"]!;
    const c = g.cells[0]!.indexOf(header);
    g.formats = g.cells.map((_, r) => (r === 0 ? [] : Object.assign([], { [c]: "0%" })));
    expect(unsure(grids)).toEqual([]);
  });

  it("a row answered in tier numbers (its option indicators '3') in columns of amounts: said once, at its first measured cell reading another tier", () => {
    const grids = withColumn(SID2, [25, 40, 3]);
    const g = grids["Inovasi"]!;
    const sid1 = g.cells[0]!.indexOf("1. Regulasi inovasi daerah");
    g.cells[3]![sid1] = 3;
    for (const ind of e2026.indicators.filter((i) => i.aspect === "SID" && i.id !== "SID-1" && i.id !== "SID-2")) g.cells[3]![g.cells[0]!.indexOf(`${ind.number}. ${ind.name.id}`)] = ind.id === "SID-18" ? "Manfaat tingkat 3 pada dasar ukuran yang dipilih" : 3;
    const read = readWorkbook(grids);
    expect(read.input!.innovations[2]!.answers["SID-2"]!.value).toBe(3);
    // (the other measured columns, labels beside this one number, are doubted at their headers: not said again here)
    expect(read.issues.filter((i) => i.code === "column_unsure").map((i) => i.cell)).not.toContain("Q1");
    const said = read.issues.filter((i) => i.code === "row_tier_digits");
    expect(said.map((i) => `${i.severity}:${i.sheet}!${i.cell}`)).toEqual(["warning:Inovasi!Q4"]);
    expect(said[0]!.text).toBe(
      `baris ini dijawab dengan angka tingkat (Inovasi!O4 "3" untuk SID-1 dibaca tingkat 3), tetapi "3" untuk SID-2 dibaca sebagai capaian 3 orang (tingkat 1), bukan tingkat 3; bila maksudnya tingkat, tulis label pilihannya (tingkat 3: "Lebih dari 30 orang"); bila capaian, tulis dengan satuannya (mis. "3 orang")`,
    );
  });

  it("a row whose option indicators are labels says nothing of its small amounts; nor one with an amount on it", () => {
    expect(readWorkbook(withColumn(SID2, [25, 40, 3])).issues.filter((i) => i.code === "row_tier_digits")).toEqual([]);
    const grids = withColumn(SID2, [25, 40, 3], { "1. Regulasi inovasi daerah": 3 });
    const g = grids["Inovasi"]!;
    const sid13 = g.cells[0]!.indexOf(SID13);
    [12, 14, 3].forEach((v, k) => (g.cells[k + 1]![sid13] = v));
    const said = readWorkbook(grids).issues.filter((i) => i.code === "row_tier_digits");
    expect(said.map((i) => i.cell)).toEqual(["Q4"]);
    expect(said[0]!.text).toContain(`bukan tingkat 3 (juga 1 jawaban lain di baris ini)`);
    g.cells[3]![sid13] = "12 hari";
    expect(readWorkbook(grids).issues.filter((i) => i.code === "row_tier_digits")).toEqual([]);
  });
});
