/**
 * Plain forms audit17 F12 found refused, each scoring tier 0: agencies counted as OPD on SID-9, and a service's
 * completion time on SID-13 (a measure in days) in working days, in hours, in weeks. Read where a definition settles
 * the number (a week is 7 days, 24 hours a day, an OPD a perangkat daerah); working days read as days with a warning
 * naming the reading, since no source says whether the edition's days are working or calendar days.
 */
import { describe, expect, it } from "vitest";
import { resolveAnswer, scoreRegion } from "@inovasi/core";
import { type CellValue, locateIssues, readAnswerCell, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, oneInnovationBook, spdAtTier2, templateAsGrids } from "./helpers.js";

const ind = (id: string) => e2026.indicators.find((i) => i.id === id)!;
const header = (id: string) => `${ind(id).number}. ${ind(id).name.id}`;

function read(id: string, typed: CellValue, locale: "id" | "en" = "id") {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), [header(id)]: typed });
  spdAtTier2(grids);
  const r = readWorkbook(grids, { locale });
  const scored = scoreRegion(r.input!, e2026);
  const issues = [...r.issues, ...locateIssues(scored.issues, r.source, locale)].filter((i) => [header(id), id].includes(i.field) && (i.severity !== "info" || i.code === "unit_converted"));
  const answer = r.input!.innovations[0]!.answers[id]!;
  const resolved = resolveAnswer(ind(id), answer, [0]);
  return { answer, issues, tier: resolved.status === "invalid_answer" ? 0 : resolved.tier };
}

describe("SID-9: an OPD is a perangkat daerah", () => {
  it.each([["3 OPD", 3, 2], ["5 opd", 5, 3], ["2 PD", 2, 1], ["4 SKPD", 4, 2]])("%j is %i agencies (tier %i), nothing said", (typed, value, tier) => {
    const r = read("SID-9", typed);
    expect(r.answer).toMatchObject({ value });
    expect(r.tier).toBe(tier);
    expect(r.issues).toEqual([]);
  });
});

describe("SID-13: a completion time in days", () => {
  it.each([
    ["1 minggu", 7, 1, '"1 minggu" dibaca 7 hari'],
    ["1x24 jam", 1, 3, '"1x24 jam" dibaca 1 hari'],
    ["2 x 24 jam", 2, 2, '"2 x 24 jam" dibaca 2 hari'],
    // minutes are how long a service takes, never its opening hours: a conversion, not hours_read's warning (audit33)
    ["30 menit", 0.02, 3, '"30 menit" dibaca 0,02 hari'],
    ["45 mnt", 0.03, 3, '"45 mnt" dibaca 0,03 hari'],
    ["2880 menit", 2, 2, '"2880 menit" dibaca 2 hari'],
  ])("%j is %s days (tier %i), said as a conversion", (typed, value, tier, note) => {
    const r = read("SID-13", typed);
    expect(r.answer).toMatchObject({ value });
    expect(r.tier).toBe(tier);
    expect(r.issues.map((i) => [i.code, i.severity, i.text])).toEqual([["unit_converted", "info", note]]);
  });

  it.each([
    ["3 jam", 0.13, 3, "0,13"],
    ["48 jam", 2, 2, "2"],
    ["24 jam", 1, 3, "1"],
  ])("%j (bare hours, which may be the service's opening hours) is %s days (tier %i), said as a warning (review21 F1)", (typed, value, tier, shown) => {
    const r = read("SID-13", typed);
    expect(r.answer).toMatchObject({ value });
    expect(r.tier).toBe(tier);
    expect(r.issues.map((i) => [i.code, i.severity, i.text])).toEqual([
      ["hours_read", "warning", `"${typed}" dibaca ${shown} hari (tingkat ${tier}); bila jam itu jam layanan (mis. buka 24 jam), bukan lamanya, tulis lamanya dalam hari`],
    ]);
    expect(read("SID-13", typed, "en").issues[0]!.text).toBe(
      `"${typed}" is read as ${shown.replace(",", ".")} day${value === 1 ? "" : "s"} (tier ${tier}); if those are the service's hours (e.g. open 24 hours), not how long it takes, write how long in days`,
    );
  });

  it('"7x24 jam" is a service open round the clock, not a completion time: not read as 7 days (review21 F1)', () => {
    for (const typed of ["7x24 jam", "7 x 24 jam"]) {
      const r = read("SID-13", typed);
      expect(r.tier).toBe(0);
      expect(r.issues.map((i) => i.code)).toContain("unknown_option");
    }
  });

  it("hours just past a day are not rounded onto the day (24,1 jam: tier 2, not 1,00 day at tier 3), and said to four decimals", () => {
    const r = read("SID-13", "24,1 jam");
    expect(r.tier).toBe(2);
    expect(r.answer.value).toBeGreaterThan(1);
    expect(r.issues[0]!.text).toMatch(/^"24,1 jam" dibaca 1,0042 hari \(tingkat 2\)/);
  });

  it("a few hours are not read as 0 days (0,1 jam: 0,0042, review21 F2)", () => {
    const r = read("SID-13", "0,1 jam");
    expect(r.answer.value).toBeGreaterThan(0);
    expect(r.issues[0]!.text).toMatch(/^"0,1 jam" dibaca 0,0042 hari \(tingkat 3\)/);
  });

  it.each([["3 hari kerja", 3, 2], ["14 HK", 14, 1], ["1 hari kerja", 1, 3], ["5 hr kerja", 5, 2]])("%j is read as %i days (tier %i), with a warning naming the reading", (typed, value, tier) => {
    const r = read("SID-13", typed);
    expect(r.answer).toMatchObject({ value });
    expect(r.tier).toBe(tier);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["working_days_read", "warning"]]);
    expect(r.issues[0]!.text).toBe(
      `"${typed}" dibaca ${value} hari (tingkat ${tier}): edisi ini menilai jumlah hari tanpa menyebut hari kerja atau hari kalender, jadi hari kerja dihitung sebagai hari; bila yang dinilai hari kalender, tulis jumlah hari kalendernya (angka saja)`,
    );
  });

  it("in English, with the singular after 1", () => {
    expect(read("SID-13", "1 hari kerja", "en").issues[0]!.text).toBe(
      `"1 hari kerja" is read as 1 day (tier 3): this edition scores a number of days without saying working or calendar days, so working days are counted as days; if calendar days are scored, write the number of calendar days (a bare number)`,
    );
    expect(read("SID-13", "1 minggu", "en").issues[0]!.text).toBe('"1 minggu" is read as 7 days');
  });

  it("calendar days are days, nothing said", () => {
    const r = read("SID-13", "3 hari kalender");
    expect(r.answer).toMatchObject({ value: 3 });
    expect(r.issues).toEqual([]);
  });

  it("working days and hours are not taken for a measure in months (SID-17): no source converts them", () => {
    for (const typed of ["90 hari kerja", "1x24 jam"]) expect(read("SID-17", typed).issues.map((i) => i.code)).toContain("unknown_option");
  });

  it("=IID.SKOR_INOVASI's reader takes them alike", () => {
    expect(readAnswerCell(ind("SID-13"), "14 HK", { numbersAreTiers: true }).answer).toMatchObject({ value: 14 });
    expect(readAnswerCell(ind("SID-9"), "3 OPD", { numbersAreTiers: true }).answer).toMatchObject({ value: 3 });
  });
});

// read22: a count as the question asks it, a part of the measure's whole ("Dalam berapa dari 3 tahun terakhir …?")
describe("a count typed as a part of its measure's whole", () => {
  const spd = (typed: string) => {
    const grids = oneInnovationBook({ spd: { "SPD-2a": typed } });
    const r = readWorkbook(grids);
    const scored = scoreRegion(r.input!, e2026);
    return { answer: r.input!.spdAnswers["SPD-2a"]!, errors: [...r.issues, ...locateIssues(scored.issues, r.source, "id")].filter((i) => i.severity === "error") };
  };

  it.each([["2 dari 3", 2], ["2 dari 3 tahun", 2], ["3 of 3 years", 3], ["1 dari 3.", 1]])("SPD-2a %j is %i years (of 3), with no error", (typed, value) => {
    const r = spd(typed);
    expect(r.answer).toMatchObject({ value });
    expect(r.errors).toEqual([]);
  });

  // read23: the slash as score sheets write a part of its whole ("2/3" was an unknown option)
  it.each([["2/3", 2], ["3 / 3", 3], ["1/3 tahun", 1]])("SPD-2a %j is %i years (of 3), as '2 dari 3' is", (typed, value) => {
    const r = spd(typed);
    expect(r.answer).toMatchObject({ value });
    expect(r.errors).toEqual([]);
  });

  it("SID-20 '3/5' is 3 elements of 5, SID-12 '2/4' 2 channels of 4; '2/4' for SPD-2a (another whole) and SID-5 '1/2' (an open count) are not read", () => {
    expect(read("SID-20", "3/5").answer).toMatchObject({ value: 3 });
    expect(read("SID-12", "2/4").answer).toMatchObject({ value: 2 });
    expect(spd("2/4").answer).toMatchObject({ option: "2/4" });
    expect(read("SID-5", "1/2").answer).toMatchObject({ option: "1/2" });
  });

  it.each(["2 dari 4", "4 dari 3", "2 dari 3 orang"])("SPD-2a %j (another whole, more than the whole, another unit) is refused as before", (typed) => {
    const r = spd(typed);
    expect(r.answer).toMatchObject({ option: typed });
    expect(r.errors.map((i) => i.code)).toEqual(["unknown_option"]);
  });

  // review22: part-of-whole.ts had its own copy of the unit check, without the short forms "2 thn" is read with
  it.each([["2 dari 3 thn", 2], ["3 dari 3 th", 3], ["2 of 3 thn.", 2]])("SPD-2a %j takes the unit's short form as '2 thn' does: %i years", (typed, value) => {
    expect(spd(typed.replace(/ dari 3| of 3/, ""))).toMatchObject({ answer: { value }, errors: [] });
    const r = spd(typed);
    expect(r.answer).toMatchObject({ value });
    expect(r.errors).toEqual([]);
  });

  it("SID-18 '2 dari 3 periode' / '2 dari 3 tren' (its unit, its id, as '2 tren' is read) are the trend measure; '2 dari 3 org' (persons: an open count) is not read", () => {
    expect(read("SID-18", "2 dari 3 periode").answer).toMatchObject({ value: 2, measure: "tren" });
    expect(read("SID-18", "2 dari 3 tren").answer).toMatchObject({ value: 2, measure: "tren" });
    expect(read("SID-18", "2 dari 3 org").answer).toMatchObject({ option: "2 dari 3 org" });
  });

  it("SID-20 '4 dari 5 unsur' is 4 elements; SID-2 '3 dari 5' (an open count) and SID-18 '2 dari 3' (which of its measures?) are not read", () => {
    expect(read("SID-20", "4 dari 5 unsur").answer).toMatchObject({ value: 4 });
    expect(read("SID-2", "3 dari 5").answer).toMatchObject({ option: "3 dari 5" });
    expect(read("SID-18", "2 dari 3").answer).toMatchObject({ option: "2 dari 3" });
  });
});
