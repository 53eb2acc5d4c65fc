/**
 * Value messages that misled (audit11 F13): "78,5" for an indicator answered by its options was told to be a whole
 * number, "2024, 2025" was quoted as the number 2024,2025, and Excel serials below 61 were quoted a day early.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { type CellValue, locateIssues, readNumber, readWorkbook, toIsoDate } from "../src/index.js";
import { spdAtTier2, templateAsGrids } from "./helpers.js";

function spdIssues(code: string, v: CellValue) {
  const grids = templateAsGrids();
  spdAtTier2(grids);
  const s = grids["SPD"]!.cells;
  s.find((r) => r[0] === code)![s[0]!.indexOf("Jawaban")] = v;
  const r = readWorkbook(grids);
  return [...r.issues, ...locateIssues(scoreRegion(r.input!, r.edition).issues, r.source)].filter((i) => i.sheet === "SPD" && i.severity !== "info");
}

describe("value messages say what is expected", () => {
  it.each([["78,5"], [78.5]])("a fraction for an indicator of options (%j) names its options, not 'a whole number'", (typed) => {
    const said = spdIssues("SPD-13b", typed);
    expect(said.map((i) => i.code)).toEqual(["unknown_option"]);
    expect(said[0]!.text).toBe('pilihan "78,5" tidak dikenal untuk indikator SPD-13b; pilihan yang sah: "Cukup atau Kurang", "Baik", "Unggul atau Sangat Baik"');
  });

  it("a list of years is quoted as typed, not as one number", () => {
    expect(readNumber("2024, 2025")).toBeUndefined();
    expect(readNumber("1,5")?.value).toBe(1.5);
    const said = spdIssues("SPD-2a", "2024, 2025");
    expect(said.map((i) => i.code)).toEqual(["unknown_option"]);
    expect(said[0]!.text).toContain('"2024, 2025"');
  });

  it("Excel serials before 1 March 1900 are the days Excel shows; 60 is its 29 February 1900 that never was", () => {
    expect(toIsoDate(1)).toBe("1900-01-01");
    expect(toIsoDate(59)).toBe("1900-02-28");
    expect(toIsoDate(60)).toBeUndefined();
    expect(toIsoDate(61)).toBe("1900-03-01");
    expect(toIsoDate(45728)).toBe("2025-03-12");
  });
});
