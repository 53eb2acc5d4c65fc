/**
 * Tiers and ranges typed as the options print them (audit17 F12): "Tingkat 2", "II", "2 (dua)" and "11-30", ">30",
 * "5+", "≥5" were errors that scored 0. Read where one option is certain, said at the cell; the rest still refused.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../src/index.js";
import { locateIssues, readWorkbook } from "../src/index.js";
import { scoreRegion } from "@inovasi/core";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

const ind = (id: string) => e2026.indicators.find((i) => i.id === id)!;
const header = (id: string) => `${ind(id).number}. ${ind(id).name.id}`;
const label = (id: string, tier: number) => ind(id).options.find((o) => o.tier === tier)!.label.id;

function read(id: string, typed: CellValue) {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), [header(id)]: typed });
  const r = readWorkbook(grids);
  return { answer: r.input!.innovations[0]!.answers[id], issues: r.issues.filter((i) => i.field === header(id)) };
}

describe("a tier or a range as the options print it", () => {
  it.each([
    ["SID-1", "Tingkat 2", 2],
    ["SID-1", "tingkat 3", 3],
    ["SID-1", "II", 2],
    ["SID-1", "2 (dua)", 2],
    ["SID-2", "Tingkat 2", 2],
    ["SID-2", "III", 3],
    ["SID-2", "11-30", 2],
    ["SID-2", "11 – 30", 2],
    ["SID-2", ">30", 3],
    ["SID-2", "1-10", 1],
    ["SID-7", "5+", 3],
    ["SID-7", "≥5", 3],
    ["SID-7", ">= 5", 3],
    ["SID-13", "2-5", 2],
    ["SID-17", "9 atau lebih", 1],
    // an open end on a share that stops at 100 (it was checked at 10¹² and refused: review18 F6)
    ["SID-14", ">90", 3],
  ])("%s %j is read as the option of tier %i, with a note", (id, typed, tier) => {
    const { answer, issues } = read(id, typed);
    expect(answer).toMatchObject({ option: label(id, tier) });
    expect(issues.map((i) => [i.code, i.severity, i.text])).toEqual([["option_form_read", "info", `"${typed}" dibaca pilihan "${label(id, tier)}" (tingkat ${tier})`]]);
  });

  it.each([
    ["SID-2", "10-30"], // spans tiers 1 and 2
    ["SID-2", "2 (dua)"], // may be 2 persons
    ["SID-1", "2 (tiga)"],
    ["SID-1", "Tingkat 4"],
  ])("%s %j is not read: no one option is certain", (id, typed) => {
    const { issues } = read(id, typed);
    expect(issues.map((i) => i.code)).not.toContain("option_form_read");
  });
});

// audit22 F11: a range read bare ("3-5") was refused with the unit that only makes it clearer, and "< 50%" refused
// where "> 90%" was read
describe("a range with its measure's unit, and an open lower end", () => {
  it.each([
    ["SID-2", "12-25 orang", 2],
    ["SID-2", "12 - 25 persons", 2],
    ["SID-5", "3-4 kali", 3],
    ["SID-13", "3 - 5 hari", 2],
    ["SID-7", "5-6 aktor", 3],
    ["SID-14", "< 50%", 1],
    ["SID-14", "≤ 50 %", 1],
    ["SID-14", "<= 50 persen", 1],
    // the unit by the one rule of "25 orang" and "2 dari 3 thn" (answer-text's typedUnit): short forms too (read23)
    ["SID-2", "12-25 org", 2],
    ["SID-2", "12–25 org", 2],
    ["SID-2", ">30 org.", 3],
    ["SID-5", "3-4x", 3],
    ["SID-5", "3-4 X", 3],
    ["SID-13", "3-5 hr", 2],
    ["SID-14", "< 50 percent", 1],
  ])("%s %j is read as the option of tier %i, with a note", (id, typed, tier) => {
    const { answer, issues } = read(id, typed);
    expect(answer).toMatchObject({ option: label(id, tier) });
    expect(issues.map((i) => [i.code, i.severity, i.text])).toEqual([["option_form_read", "info", `"${typed}" dibaca pilihan "${label(id, tier)}" (tingkat ${tier})`]]);
  });

  it.each([
    ["SID-2", "12-25 hari"], // another unit
    ["SID-13", "3-5 hari kerja"], // working days: read as days only with a warning (a value), not as a range
    ["SID-13", "3-5 thn"], // a short form of another unit
    ["SID-2", "< 5 orang"], // 0 persons is no tier: the open end does not stop at the lowest tier's 1
    ["SID-14", "40-60%"], // spans tiers 1 and 2
    ["SID-5", "1-3 kali"], // spans tiers 1 to 3
  ])("%s %j is not read: no one option is certain", (id, typed) => {
    const { issues } = read(id, typed);
    expect(issues.map((i) => i.code)).not.toContain("option_form_read");
  });
});

// audit17 F5: SPD-9 "BB" (a SAKIP grade) refused with only the valid labels; the reason no tier is taken is now said
describe("a grade finer than the edition's tiers", () => {
  it("SPD-9 'BB' stays an error, which says the edition's tiers name only A, B, C, D", () => {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    spdAtTier2(grids);
    const g = grids["SPD"]!;
    g.cells.find((r) => r[0] === "SPD-9")![g.cells[0]!.indexOf("Jawaban")] = "BB";
    for (const locale of ["id", "en"] as const) {
      const read = readWorkbook(grids, { locale });
      const scored = scoreRegion(read.input!, read.edition);
      const at = locateIssues(scored.issues, read.source, locale, { result: scored, edition: read.edition }).filter((i) => i.code === "unknown_option");
      expect(at).toHaveLength(1);
      expect(at[0]!.text).toContain(locale === "id" ? 'tingkat edisi ini hanya menyebut A, B, C, D: "BB" tidak ada di sumbernya, jadi tidak dipetakan ke salah satunya' : 'this edition\'s tiers name only A, B, C, D: "BB" is not in its source');
    }
    expect(readWorkbook(grids).input!.spdAnswers["SPD-9"]).toMatchObject({ option: "BB" });
  });
});
