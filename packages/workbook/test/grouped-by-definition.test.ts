/**
 * Of the two readings of a number grouped by thousands ("60.000": 60000 or 60), the other one is taken only where the
 * measure's definition rules the first out (edition data `Measure.maximum`: the IPM's 100), and said as a warning.
 * The top tier's end is a scoring range, not a definition: an amount typed in the wrong column (a year for the years
 * of 3, persons for a coverage %, complaints for a share) is asked and refused as before, not scored as 2,024 years,
 * 60 % or 1,25 % with a note nobody sees (review19 F1, F2).
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import type { CellValue, WorkbookGrids } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { e2026, oneInnovationBook } from "./helpers.js";

const sid = (id: string) => e2026.indicators.find((i) => i.id === id)!;
const answerHeader = (id: string) => `${sid(id).number}. ${sid(id).name.id}`;

const book = (inovasi: Record<string, CellValue>, spd: Record<string, CellValue> = {}) => oneInnovationBook({ inovasi, spd });

const codes = (grids: WorkbookGrids, sheet: string, locale: "id" | "en" = "id") =>
  readWorkbook(grids, { locale }).issues.filter((i) => i.sheet === sheet && ["number_ambiguous", "number_other_impossible", "count_grouped"].includes(i.code));

describe("a grouped number's other reading, by definition only", () => {
  it('SPD-2a "2.024" (a year typed for the years of 3) is 2024, refused as outside the tiers (tier 0), not read 2,024 years (tier 3)', () => {
    const grids = book({}, { "SPD-2a": "2.024" });
    const r = readWorkbook(grids);
    expect(r.input!.spdAnswers["SPD-2a"]!.value).toBe(2024);
    // years are counted (whole), as persons are: read grouped, like SID-12 "1.000"
    expect(codes(grids, "SPD").map((i) => [i.code, i.text])).toEqual([["count_grouped", '"2.024" dibaca 2024 tahun: jumlah tahun selalu bilangan bulat']]);
    const scored = scoreRegion(r.input!, e2026);
    expect(scored.issues.find((i) => i.code === "value_outside_tiers" && i.params.indicator === "SPD-2a")?.severity).toBe("error");
  });

  it('SID-18 "60.000" with the coverage basis (persons typed) is asked; the mandatory indicator is not scored tier 3', () => {
    const grids = book({ [answerHeader("SID-18")]: "60.000", "18. Dasar Ukur": "Cakupan unit layanan" });
    const r = readWorkbook(grids);
    const a = r.input!.innovations[0]!.answers["SID-18"]!;
    expect([a.value, a.measure]).toEqual([60000, "cakupan"]);
    expect(codes(grids, "Inovasi").map((i) => [i.code, i.severity])).toEqual([["number_ambiguous", "warning"]]);
    const scored = scoreRegion(r.input!, e2026);
    expect(scored.issues.find((i) => i.code === "value_outside_tiers")?.severity).toBe("error");
  });

  it('SID-14 "1.250" (complaints typed for the share resolved) is asked, not read 1,25 %', () => {
    const grids = book({ [answerHeader("SID-14")]: "1.250" });
    expect(readWorkbook(grids).input!.innovations[0]!.answers["SID-14"]!.value).toBe(1250);
    expect(codes(grids, "Inovasi").map((i) => i.code)).toEqual(["number_ambiguous"]);
  });

  it('the IPM "72.500" is still 72,5 (72500 is above its maximum by definition), said as a warning', () => {
    const grids = book({}, { "SPD-11b": "72.500" });
    expect(readWorkbook(grids).input!.spdAnswers["SPD-11b"]!.value).toBe(72.5);
    expect(codes(grids, "SPD").map((i) => [i.code, i.severity])).toEqual([["number_other_impossible", "warning"]]);
  });

  it('the IPM "7.250" / "6.500" (72,50 / 65,00 mistyped?) is read 7,25 / 6,5 by the same rule, and said as a warning with its tier', () => {
    const grids = book({}, { "SPD-11b": "7.250" });
    expect(readWorkbook(grids).input!.spdAnswers["SPD-11b"]!.value).toBe(7.25);
    const [id] = codes(grids, "SPD");
    expect([id!.severity, id!.text]).toEqual(["warning", '"7.250" dibaca 7,25 (tingkat 1), bukan 7250, yang tidak mungkin lebih dari 100']);
    const [en] = codes(book({}, { "SPD-11b": "6.500" }), "SPD", "en");
    expect([en!.severity, en!.text]).toEqual(["warning", '"6.500" is read as 6.5 (tier 1), not as 6500, which cannot exceed 100']);
  });
});

// review19, noticed: "1,5 kali" on SID-5 (bimtek sessions) was read 1,5, tier 2, silently; so was 1,5 years of 3
describe("a fraction of a count", () => {
  it('"1,5 kali" and a plain 1,5 on SID-5 are read as typed and said, with the tier (both languages)', () => {
    for (const typed of ["1,5 kali", "1,5", 1.5]) {
      const grids = book({ [answerHeader("SID-5")]: typed });
      const read = readWorkbook(grids);
      expect(read.input!.innovations[0]!.answers["SID-5"]!.value).toBe(1.5);
      const said = read.issues.filter((i) => i.code === "count_fraction");
      expect(said.map((i) => [i.severity, i.field])).toEqual([["warning", answerHeader("SID-5")]]);
      expect(said[0]!.text).toBe(`"${typeof typed === "number" ? "1.5" : typed}": jumlah kali selalu bilangan bulat, jadi 1,5 kali tidak mungkin; dibaca apa adanya (tingkat 2) — tulis bilangan bulatnya`);
    }
    const en = readWorkbook(book({ [answerHeader("SID-5")]: "1,5 kali" }), { locale: "en" }).issues.find((i) => i.code === "count_fraction")!;
    expect(en.text).toBe('"1,5 kali": a count of times is whole, so 1.5 times cannot be; read as it is (tier 2) — write the whole number');
  });

  it("SPD-2a's years of 3 are counted too: 1,5 is said; 2 and a duration of 1,5 months (SID-17) are not", () => {
    const years = readWorkbook(book({}, { "SPD-2a": "1,5" }));
    expect(years.issues.filter((i) => i.code === "count_fraction").map((i) => [i.sheet, i.text])).toEqual([["SPD", '"1,5": jumlah tahun selalu bilangan bulat, jadi 1,5 tahun tidak mungkin; dibaca apa adanya (tingkat 2) — tulis bilangan bulatnya']]);
    expect(readWorkbook(book({}, { "SPD-2a": 2 })).issues.filter((i) => i.code === "count_fraction")).toEqual([]);
    const months = readWorkbook(book({ [answerHeader("SID-17")]: "1,5" }));
    expect(months.issues.filter((i) => i.code === "count_fraction")).toEqual([]);
  });
});
