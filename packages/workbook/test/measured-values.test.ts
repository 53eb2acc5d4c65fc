/**
 * Measured values that the unit settles or that no region can have (the analyst audit of session 11, F7, F8, F12):
 * an amount typed in a growth-% row scored tier 3 silently, a ratio in a %-row that is not a share was read as a
 * percent silently, and "1,250 orang" was read as 1,25 persons.
 */
import { describe, expect, it } from "vitest";
import type { CellValue, WorkbookGrids } from "../src/index.js";
import { locateIssues, readWorkbook } from "../src/index.js";
import { scoreRegion } from "@inovasi/core";
import { e2026, oneInnovationBook, readSpdRow } from "./helpers.js";

const book = (spd: Record<string, CellValue>, formats: Record<string, string> = {}, inovasi: Record<string, CellValue> = {}) => oneInnovationBook({ spd, formats, inovasi });
const at = (grids: WorkbookGrids, code: string, locale: "id" | "en" = "id") => readSpdRow(grids, code, { locale });

describe("an amount in a growth row", () => {
  it.each([
    ["SPD-4", 45678000],
    ["SPD-4", "45.678.000"],
    ["SPD-7", "245.678.123.000"],
    ["SPD-6", 1234567],
  ])("%s = %j is said to be implausible, read as typed", (code, typed) => {
    const { issues, value } = at(book({ [code]: typed }), code);
    expect(value).toBe(typeof typed === "number" ? typed : Number(typed.replace(/\./g, "")));
    expect(issues.map((i) => [i.code, i.severity])).toEqual([["implausible_value", "warning"]]);
    // what was probably typed, said in full: the amount, not its change in percent
    expect(issues[0]!.text).toMatch(/ tidak masuk akal untuk ".+" \(di atas 1\.000 %; mungkin yang ditulis jumlahnya, bukan persen perubahannya\); dibaca apa adanya/);
    expect(issues[0]!.text).toContain("di atas 1.000 %");
    expect(issues[0]!.text).toContain("(tingkat 3)");
  });

  it("the amount and the bound group thousands as each language writes them (45.678.000 / 45,678,000), decimals kept", () => {
    const id = at(book({ "SPD-4": 45678000 }), "SPD-4").issues[0]!.text;
    expect(id).toMatch(/^45\.678\.000 % tidak masuk akal .*\(di atas 1\.000 %;/);
    const en = at(book({ "SPD-4": 45678000 }), "SPD-4", "en").issues[0]!.text;
    expect(en).toMatch(/^45,678,000 % is not plausible .*\(above 1,000 %;/);
    expect(at(book({ "SPD-4": -1234567.25 }), "SPD-4").issues[0]!.text).toMatch(/^-1\.234\.567,25 % /);
    expect(at(book({ "SPD-4": -1234567.25 }), "SPD-4", "en").issues[0]!.text).toMatch(/^-1,234,567\.25 % /);
  });

  it("a real large growth (250 %, -90 %) is not doubted; a change of more than 100 points is", () => {
    expect(at(book({ "SPD-6": 250 }), "SPD-6").issues).toEqual([]);
    expect(at(book({ "SPD-7": -90 }), "SPD-7").issues).toEqual([]);
    const points = at(book({ "SPD-5a": 1500 }), "SPD-5a", "en");
    expect(points.issues.map((i) => i.code)).toEqual(["implausible_value"]);
    expect(points.issues[0]!.text).toContain("above 100 poin");
  });
});

describe("a ratio in a percent row that is not a share", () => {
  it.each([
    ["SPD-4", 0.053, "nilai 0,053 dibaca sebagai 0,053 % (tingkat 1); bila maksudnya 5,3 % (tingkat 3)"],
    ["SPD-5b", 0.0435, "nilai 0,0435 dibaca sebagai 0,0435 % (tingkat 3); bila maksudnya 4,35 % (tingkat 2)"],
    ["SPD-10b", 0.095, "nilai 0,095 dibaca sebagai 0,095 % (tingkat 3); bila maksudnya 9,5 % (tingkat 2)"],
  ])("%s = %s gives both readings and their tiers, the value as typed", (code, typed, said) => {
    const { issues, value } = at(book({ [code]: typed }), code);
    expect(value).toBe(typed);
    expect(issues.map((i) => i.code)).toEqual(["percent_as_fraction"]);
    expect(issues[0]!.text).toContain(said);
  });

  it("in English the numbers keep the decimal point (review12 F5: 'value 0,053')", () => {
    const { issues } = at(book({ "SPD-4": 0.053 }), "SPD-4", "en");
    expect(issues[0]!.text).toContain("0.053");
    expect(issues[0]!.text).not.toMatch(/\d,\d/);
  });

  it("says nothing when both readings reach the same tier, or the text carries its % sign", () => {
    expect(at(book({ "SPD-6": 0.5 }), "SPD-6").issues).toEqual([]);
    expect(at(book({ "SPD-4": "0,053 %" }), "SPD-4").issues).toEqual([]);
  });

  it("points typed in a percent-formatted cell are read as shown, with the stored reading said", () => {
    const { issues, value } = at(book({ "SPD-5a": 0.004 }, { "SPD-5a": "0.0%" }), "SPD-5a");
    expect(value).toBe(0.4);
    expect(issues.map((i) => i.code)).toEqual(["percent_cell_points"]);
    expect(issues[0]!.text).toContain("dibaca 0,4 poin (tingkat 3)");
    expect(issues[0]!.text).toContain("bila maksudnya 0,004 poin (tingkat 2)");
    expect(issues[0]!.severity).toBe("warning");
  });

  it("points in a percent cell whose two readings reach the same tier: a note, no warning (95 % shown, 0,95 stored: tier 3)", () => {
    const { issues, value } = at(book({ "SPD-5a": 0.95 }, { "SPD-5a": "0%" }), "SPD-5a");
    expect(value).toBe(95);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([["percent_cell_points", "info"]]);
    expect(issues[0]!.text).toBe("sel berformat persen: dibaca 95 poin seperti tampak (tersimpan 0,95); skornya sama dengan 0,95 poin (tingkat 3)");
    const en = at(book({ "SPD-5a": -0.005 }, { "SPD-5a": "0.0%" }), "SPD-5a", "en").issues;
    expect(en.map((i) => [i.code, i.severity])).toEqual([["percent_cell_points", "info"]]);
    expect(en[0]!.text).toBe("percent-formatted cell: read as -0.5 points as shown (stored -0.005); it scores as -0.005 points would (tier 1)");
  });

  it("a count or an index in a percent cell is read as shown, said at the cell (audit17 F2: IPM 80 shown 80 % was read 0,8, tier 1)", () => {
    const ipm = at(book({ "SPD-11b": 0.8 }, { "SPD-11b": "0.00%" }), "SPD-11b");
    expect(ipm.value).toBe(80);
    // 0,8 and 80 score apart (tiers 1 and 3) and neither is outside 0–100: the shown reading, both said (review18 F2)
    expect(ipm.issues.map((i) => [i.code, i.severity])).toEqual([["percent_cell_shown", "warning"]]);
    expect(ipm.issues[0]!.text).toBe("sel berformat persen: dibaca 80 (tingkat 3) seperti tampak; bila maksudnya 0,8 (tingkat 1), hapus format persennya");
    // a count: 5 typed shows "5,00%", stored 0,05 (the core refused 0,05 as out of range, a value nobody saw)
    const count = at(book({ "SPD-13a": 0.05 }, { "SPD-13a": "0.00%" }), "SPD-13a", "en");
    expect(count.value).toBe(5);
    expect(count.issues.map((i) => i.code)).toEqual(["percent_cell_shown"]);
    expect(count.issues[0]!.text).toBe("percent-formatted cell: read as 5 recommendations (tier 2) as shown, not as the 0.05 recommendations stored, which cannot be a fraction (a count of recommendations is whole)");
    expect(count.read.issues.filter((i) => i.severity === "error")).toEqual([]);
    // 8 rekomendasi shown 800 %: 800 and 8 reach one tier (3), read as shown with the info note
    const same = at(book({ "SPD-13a": 8 }, { "SPD-13a": "0%" }), "SPD-13a");
    expect([same.value, same.issues.map((i) => [i.code, i.severity])]).toEqual([800, [["percent_cell_shown", "info"]]]);
  });

  it("a value typed before the percent format, its shown reading impossible, is read as stored and said why (review18 F3)", () => {
    // 72,5 shows 7250 %: an IPM is 0–100, so 72,5 (tier 2), not 7.250 (tier 3)
    const before = at(book({ "SPD-11b": 72.5 }, { "SPD-11b": "0.0%" }), "SPD-11b");
    expect(before.value).toBe(72.5);
    expect(before.issues.map((i) => [i.code, i.severity])).toEqual([["percent_cell_stored", "info"]]);
    expect(before.issues[0]!.text).toBe("sel berformat persen: dibaca 72,5 (tingkat 2) seperti tersimpan, bukan 7.250 seperti tampak, yang tidak mungkin lebih dari 100 (angkanya diketik sebelum formatnya?); hapus format persennya");
    // 2 tahun (of 3) shows 200 %: 200 tahun is past the top tier's upper end (the core's value_outside_tiers error)
    const years = at(book({ "SPD-2a": 2 }, { "SPD-2a": "0%" }), "SPD-2a", "en");
    expect(years.value).toBe(2);
    expect(years.issues.map((i) => i.text)).toEqual(["percent-formatted cell: read as 2 years (tier 2) as stored, not as the 200 years shown, which cannot exceed 3 years (typed before the format?); remove the percent format"]);
    expect(years.read.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("a fraction of a month or a day in a percent cell: both readings and tiers in a warning where they score apart (review18 F2)", () => {
    const read = (id: string, v: number) => {
      const ind = e2026.indicators.find((i) => i.id === id)!;
      const answer = `${ind.number}. ${ind.name.id}`;
      const grids = book({}, {}, { [answer]: v });
      const g = grids["Inovasi"]!;
      ((g.formats ??= [])[1] ??= [])[g.cells[0]!.indexOf(answer)] = "0%";
      const out = readWorkbook(grids);
      return { value: out.input!.innovations[0]!.answers[id]!.value, issues: out.issues.filter((i) => i.field === answer).map((i) => [i.code, i.severity, i.text]) };
    };
    expect(read("SID-17", 0.84)).toEqual({ value: 84, issues: [["percent_cell_shown", "warning", "sel berformat persen: dibaca 84 bulan (tingkat 1) seperti tampak; bila maksudnya 0,84 bulan (tingkat 3), hapus format persennya"]] });
    expect(read("SID-13", 0.25)).toEqual({ value: 25, issues: [["percent_cell_shown", "warning", "sel berformat persen: dibaca 25 hari (tingkat 1) seperti tampak; bila maksudnya 0,25 hari (tingkat 3), hapus format persennya"]] });
    // 0,02 bulan shows 2 %: 2 and 0,02 bulan are both tier 3, the info note as before
    expect(read("SID-17", 0.02)).toEqual({ value: 2, issues: [["percent_cell_shown", "info", "sel berformat persen: dibaca 2 bulan seperti tampak, bukan 0,02 yang tersimpan"]] });
    // the same cell without the format: the stored number as it is
    expect(at(book({ "SPD-11b": 0.8 }), "SPD-11b").value).toBe(0.8);
  });

  it("a count in a percent cell on the Inovasi sheet is read as shown too", () => {
    const sid2 = e2026.indicators.find((i) => i.id === "SID-2")!;
    const answer = `${sid2.number}. ${sid2.name.id}`;
    const grids = book({}, {}, { [answer]: 0.25 });
    const g = grids["Inovasi"]!;
    ((g.formats ??= [])[1] ??= [])[g.cells[0]!.indexOf(answer)] = "0%";
    const read = readWorkbook(grids);
    expect(read.input!.innovations[0]!.answers["SID-2"]).toMatchObject({ value: 25 });
    expect(read.issues.filter((i) => i.field === answer).map((i) => i.code)).toEqual(["percent_cell_shown"]);
  });

  it("a fraction in a share whose two readings reach the same tier is not doubted (0,05 % and 5 %: tier 1)", () => {
    const sid14 = e2026.indicators.find((i) => i.id === "SID-14")!;
    const answer = `${sid14.number}. ${sid14.name.id}`;
    const read = readWorkbook(book({}, {}, { [answer]: 0.05 }));
    expect(read.input!.innovations[0]!.answers["SID-14"]).toMatchObject({ value: 0.05 });
    expect(read.issues.filter((i) => i.field === answer)).toEqual([]);
    // different tiers: still asked (0,943 % tier 1, 94,3 % tier 3)
    expect(readWorkbook(book({}, {}, { [answer]: 0.943 })).issues.filter((i) => i.field === answer).map((i) => i.code)).toEqual(["percent_as_fraction"]);
  });
});

describe("a count typed with a thousands comma", () => {
  const benefit = e2026.indicators.find((i) => i.id === "SID-18")!;
  const answer = `${benefit.number}. ${benefit.name.id}`;
  it.each(["1,250 orang", "1.250 orang"])("%s is 1250 persons, said as a note", (typed) => {
    const read = readWorkbook(book({}, {}, { [answer]: typed }));
    expect(read.input!.innovations[0]!.answers["SID-18"]).toMatchObject({ value: 1250, measure: "orang" });
    const said = read.issues.filter((i) => i.field === answer);
    expect(said.map((i) => [i.code, i.severity])).toEqual([["count_grouped", "info"]]);
    expect(said[0]!.text).toBe(`"${typed}" dibaca 1250 orang: jumlah orang selalu bilangan bulat`);
  });

  it("a percentage typed with one comma is still asked, a growth or a coverage share alike (the top tier's end is no definition: review19 F1)", () => {
    const read = readWorkbook(book({}, {}, { [answer]: "1,250", "18. Dasar Ukur": "pendapatan" }));
    expect(read.issues.filter((i) => i.field === answer).map((i) => i.code)).toEqual(["number_ambiguous"]);
    const share = readWorkbook(book({}, {}, { [answer]: "1,250", "18. Dasar Ukur": "Cakupan unit layanan" }));
    expect(share.input!.innovations[0]!.answers["SID-18"]).toMatchObject({ value: 1.25, measure: "cakupan" });
    expect(share.issues.filter((i) => i.field === answer).map((i) => [i.code, i.severity])).toEqual([["number_ambiguous", "warning"]]);
  });
});

// audit17 F13: "Efisiensi anggaran" in 18. Dasar Ukur gave its error and also "isi kolom 18. Dasar Ukur", for a cell
// that was filled
describe("an unknown Dasar Ukur", () => {
  it("is said once, at its cell; the core's 'name the basis' is not added", () => {
    const sid18 = e2026.indicators.find((i) => i.id === "SID-18")!;
    const answer = `${sid18.number}. ${sid18.name.id}`;
    const grids = book({}, {}, { [answer]: 500, "18. Dasar Ukur": "Efisiensi anggaran" });
    const read = readWorkbook(grids);
    const scored = scoreRegion(read.input!, read.edition);
    const located = locateIssues(scored.issues, read.source, "id", { result: scored, edition: read.edition });
    const codes = [...read.issues, ...located].filter((i) => [answer, "18. Dasar Ukur", "SID-18"].includes(i.field)).map((i) => i.code);
    expect(codes).toEqual(["unknown_measure_label"]);
    // review18 F6 / audit17 F13 leftover: SID-18 is mandatory and the value cannot be scored without its basis; the
    // innovation leaves the verified projection, and the one message says so, as other refused mandatory answers do
    expect(scored.innovations[0]!.verified.counted).toBe(false);
    expect(read.issues.find((i) => i.code === "unknown_measure_label")!.text).toBe(
      `dasar ukur "Efisiensi anggaran" tidak dikenal untuk indikator SID-18; pilihan yang sah: ${sid18.measures.map((m) => `"${m.name.id}"`).join(", ")}; sampai diperbaiki jawaban ini tidak mendapat tingkat (0); indikator wajib: inovasi tidak dihitung dalam proyeksi terverifikasi`,
    );
    expect(readWorkbook(grids, { locale: "en" }).issues.find((i) => i.code === "unknown_measure_label")!.text).toMatch(/; until corrected this answer gets no tier \(0\); mandatory indicator: the innovation does not count in the verified projection$/);
    // a value typed with its unit names its basis ("500 orang"): scored, so nothing more is said
    const byUnit = readWorkbook(book({}, {}, { [answer]: "500 orang", "18. Dasar Ukur": "Efisiensi anggaran" }));
    expect(byUnit.issues.find((i) => i.code === "unknown_measure_label")!.text).not.toContain("tingkat (0)");
    // without a basis at all, the core's question stays: the column is named
    const blank = readWorkbook(book({}, {}, { [answer]: 500 }));
    const blankScored = scoreRegion(blank.input!, blank.edition);
    expect(locateIssues(blankScored.issues, blank.source, "id", { result: blankScored, edition: blank.edition }).map((i) => i.code)).toContain("measure_label_required");
  });
});
