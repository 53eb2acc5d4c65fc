/**
 * Units in English messages are English (review18 F6: "read as a value of 2 perangkat daerah (tier 1) … (tier 2:
 * "3–4 agencies") … (e.g. "2 perangkat daerah")", "read as 25 hari as shown"): the edition gives each measure's unit in
 * English (`unitEn`), as it gives its option labels; a unit it leaves without one stays as written. What an English
 * message advises writing ("2 agencies") is read.
 */
import { describe, expect, it } from "vitest";
import { type Edition, resolvedAnswers, scoreRegion } from "@inovasi/core";
import { type CellValue, type Grid, type WorkbookGrids, locateIssues, readWorkbook } from "../src/index.js";
import { singularEn } from "../src/english-units.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

const SID9 = "9. Jejaring inovasi";
const SID13 = "13. Kemudahan proses";
const SID2 = "2. Ketersediaan SDM pelaksana inovasi";
const SID20 = "20. Kualitas inovasi (video)";

/** Innovations, one a cell of `header` (with `extra` on every row), `formats` on that column's cells. */
function withColumn(header: string, cells: CellValue[], format?: string): WorkbookGrids {
  const grids = templateAsGrids();
  const g: Grid = grids["Inovasi"]!;
  cells.forEach((v, k) => {
    const r = addRow(g, { ...fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", "Kesehatan"), [header]: v });
    if (format) ((g.formats ??= [])[r] ??= [])[g.cells[0]!.indexOf(header)] = format;
  });
  return grids;
}

/** iid-2026 with no English units (a province's edition written before `unitEn`). */
function withoutUnitEn(): Edition {
  const e = structuredClone(e2026);
  for (const ind of e.indicators) ind.measures = ind.measures.map(({ unitEn: _, ...m }) => m);
  return e;
}

describe("units in English messages", () => {
  it("a column of agencies that may be tiers: the unit in English beside the English option, and in the advice (review18 F6)", () => {
    const grids = withColumn(SID9, [2, 3, 2]);
    const en = readWorkbook(grids, { locale: "en" }).issues.find((i) => i.code === "column_unsure")!.text;
    expect(en).toContain(`"2" is read as a value of 2 agencies (tier 1), not tier 2; if the column holds tiers, write the option as the sheet lists it (tier 2: "3–4 perangkat daerah" (3–4 agencies)); if it holds values, write them with their unit (e.g. "2 agencies")`);
    // Bahasa keeps the edition's unit
    const id = readWorkbook(grids).issues.find((i) => i.code === "column_unsure")!.text;
    expect(id).toContain(`dibaca sebagai capaian 2 perangkat daerah (tingkat 1)`);
  });

  it("what the advice says to write is read: '3 agencies' is 3 perangkat daerah", () => {
    const read = readWorkbook(withColumn(SID9, ["3 agencies", "6 Agencies"]));
    expect(read.input!.innovations.map((x) => x.answers["SID-9"]!.value)).toEqual([3, 6]);
    expect(read.issues.filter((i) => i.field === SID9)).toEqual([]);
  });

  it("a fraction of a day in a percent cell: '25 days' (review18 F6: 'read as 25 hari as shown')", () => {
    const issues = readWorkbook(withColumn(SID13, [0.25], "0%"), { locale: "en" }).issues.filter((i) => i.code === "percent_cell_shown");
    expect(issues.map((i) => i.text)).toEqual(["percent-formatted cell: read as 25 days (tier 1) as shown; if 0.25 days (tier 3) is meant, remove the percent format"]);
  });

  it("the core's messages placed by the workbook: a value outside the tiers, an unknown option that could be a number", () => {
    const grids = withColumn(SID2, [0, "banyak"]);
    const read = readWorkbook(grids, { locale: "en" });
    const result = scoreRegion(read.input!, read.edition);
    const texts = locateIssues(result.issues, read.source, "en", { result, edition: read.edition }).map((i) => i.text);
    expect(texts).toContainEqual(expect.stringContaining("value 0 is outside the range indicator SID-2 scores (at least 1 person)"));
    expect(texts).toContainEqual(expect.stringContaining("; or write a number, e.g. 25 persons;"));
    const id = locateIssues(result.issues, read.source, "id", { result, edition: read.edition }).map((i) => i.text);
    expect(id).toContainEqual(expect.stringContaining("(minimal 1 orang)"));
  });

  it("the number an unknown option's message gives as an example scores (read21: \"mis. 25 tahun\" for SPD-2a's years of 3, \"25 unsur\" for SID-20's 5)", () => {
    const grids = withColumn(SID20, ["lengkap 5 unsur"]);
    grids["SPD"]!.cells.find((r) => r[0] === "SPD-2a")![grids["SPD"]!.cells[0]!.indexOf("Jawaban")] = "2 dari 4";
    for (const [locale, want] of [["id", ["atau tulis angka, mis. 5 unsur;", "atau tulis angka, mis. 3 tahun"]], ["en", ["or write a number, e.g. 5 elements;", "or write a number, e.g. 3 years"]]] as const) {
      const read = readWorkbook(grids, { locale });
      const result = scoreRegion(read.input!, read.edition);
      const texts = locateIssues(result.issues, read.source, locale, { result, edition: read.edition }).filter((i) => i.code === "unknown_option").map((i) => i.text);
      for (const w of want) expect(texts).toContainEqual(expect.stringContaining(w));
    }
  });

  it("an edition without English units: the unit as the edition writes it", () => {
    const read = readWorkbook(withColumn(SID9, [2, 3, 2]), { locale: "en", edition: withoutUnitEn() });
    expect(read.issues.find((i) => i.code === "column_unsure")!.text).toContain(`"2" is read as a value of 2 perangkat daerah (tier 1)`);
  });

  // review19 F4: "at least 1 persons", "1 days"
  it("after exactly 1 the unit is singular: the core's range, the reader's own readings and advice", () => {
    expect(["persons", "agencies", "times", "days", "years", "recommendations", "%", "kWh", "points"].map(singularEn)).toEqual(["person", "agency", "time", "day", "year", "recommendation", "%", "kWh", "point"]);
    // a range from 1 to 4 keeps the plural; "at least 1" does not
    const read = readWorkbook(withColumn("5. Bimbingan teknis (bimtek)", [0]), { locale: "en" });
    const result = scoreRegion(read.input!, read.edition);
    const texts = locateIssues(result.issues, read.source, "en", { result, edition: read.edition }).map((i) => i.text);
    expect(texts).toContainEqual(expect.stringContaining("(at least 1 time)"));
    // 1 day shown in a percent cell (0,01 stored); 1 tahun converted is 12 months (plural)
    const day = readWorkbook(withColumn(SID13, [0.01], "0%"), { locale: "en" }).issues.find((i) => i.code === "percent_cell_shown")!.text;
    expect(day).toBe("percent-formatted cell: read as 1 day as shown, not as the 0.01 stored");
    // a column of tier-like numbers: "1 agency" in the reading and the advice
    const col = readWorkbook(withColumn(SID9, [1, 3, 1]), { locale: "en" }).issues.find((i) => i.code === "column_unsure")!.text;
    expect(col).toContain(`"1" is read as a value of 1 agency (below the lowest tier), not tier 1`);
    expect(col).toContain(`(e.g. "1 agency")`);
    // Bahasa is not touched
    expect(readWorkbook(withColumn(SID9, [1, 3, 1])).issues.find((i) => i.code === "column_unsure")!.text).toContain("capaian 1 perangkat daerah");
  });

  // review19 F5: the singular typed was refused while the plural was read
  it("'1 person', '1 agency' typed are read like '25 persons', '3 agencies'", () => {
    const read = readWorkbook(withColumn(SID9, ["1 agency", "1 Agency"]));
    expect(read.input!.innovations.map((x) => x.answers["SID-9"]!.value)).toEqual([1, 1]);
    expect(read.issues.filter((i) => i.field === SID9)).toEqual([]);
    const persons = readWorkbook(withColumn(SID2, ["1 person"]));
    expect(persons.input!.innovations[0]!.answers["SID-2"]!.value).toBe(1);
    expect(persons.issues.filter((i) => i.field === SID2)).toEqual([]);
  });

  // audit38 #1: "25 persons" was read, "25 people", "12 staff", "350 people" were unknown options (a mandatory indicator
  // unanswered: the innovation out of the verified projection)
  it("nouns that count persons are the unit 'orang': '25 people', '12 staff', '12 pegawai', '30 ASN', '350 jiwa'", () => {
    const staff = readWorkbook(withColumn(SID2, ["25 people", "12 staff", "12 pegawai", "30 ASN", "1 employee", "8 staf"]), { locale: "en" });
    expect(staff.input!.innovations.map((x) => x.answers["SID-2"]!.value)).toEqual([25, 12, 12, 30, 1, 8]);
    expect(staff.issues.filter((i) => i.field === SID2)).toEqual([]);
    const result = scoreRegion(staff.input!, staff.edition);
    const at = staff.edition.indicators.filter((i) => i.aspect === "SID").findIndex((i) => i.id === "SID-2");
    expect(result.innovations.map((x) => resolvedAnswers(x).tiers[at])).toEqual([2, 2, 2, 2, 1, 1]);
    // SID-18's persons served, with its basis named in Bahasa or in English, or by the unit alone
    const SID18 = "18. Kemanfaatan inovasi";
    const grids = templateAsGrids();
    const g = grids["Inovasi"]!;
    for (const [v, basis] of [["350 people", "Persons served"], ["350 jiwa", "Jumlah orang terlayani"], ["600 warga", null], ["350 penerima manfaat", null]] as const) {
      addRow(g, { ...fullInnovation(e2026, `Inovasi ${v}`, "Dinas Kesehatan", "Kesehatan"), [SID18]: v, "18. Dasar Ukur": basis });
    }
    const served = readWorkbook(grids, { locale: "en" });
    expect(served.input!.innovations.map((x) => [x.answers["SID-18"]!.value, x.answers["SID-18"]!.measure])).toEqual([[350, "orang"], [350, "orang"], [600, "orang"], [350, "orang"]]);
    expect(served.issues.filter((i) => i.field === SID18 || i.field === "18. Dasar Ukur")).toEqual([]);
    // a unit of no measure stays unread ("25 laptops"), as before
    const other = readWorkbook(withColumn(SID2, ["25 laptops"]));
    expect(scoreRegion(other.input!, other.edition).issues.map((i) => i.code)).toContain("unknown_option");
  });
});
