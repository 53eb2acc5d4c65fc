/**
 * A count typed with a thousands separator: "1,000 words" (an English comma) and "1.000 kata" (the Indonesian dot) are
 * both a thousand, in either locale — a count has no decimals, so a separator before exactly three digits groups
 * thousands. "1,000" was read as 1 (its decimal-comma reading is whole too), silently, and failed the 300-word rule.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "../src/index.js";
import { readWorkbook, toInteger } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function read(over: Record<string, CellValue>, locale: "id" | "en") {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), ...over });
  return readWorkbook(grids, { locale });
}

describe("thousands in a count cell", () => {
  it.each(["1,000", "1.000", "1,000 words", "1.000 kata", "1,000 kata"])("%s is a thousand", (typed) => {
    expect(toInteger(typed.replace(/ \w+$/, ""))).toBe(1000);
    for (const locale of ["id", "en"] as const) {
      const r = read({ "Jumlah Kata Rancang Bangun": typed }, locale);
      expect(r.input!.innovations[0]!.designWords).toBe(1000);
      expect(r.issues.filter((i) => i.field === "Jumlah Kata Rancang Bangun")).toEqual([]);
    }
  });

  it("a grouped count with a sign, or several groups, stays whole; a decimal is no count", () => {
    expect(toInteger("-2,000")).toBe(-2000);
    expect(toInteger("12,345,678")).toBe(12345678);
    expect(toInteger("12.345.678")).toBe(12345678);
    expect(toInteger("1,0")).toBe(1);
    expect(toInteger("1,5")).toBeUndefined();
    expect(toInteger("0,500")).toBeUndefined();
  });

  it("a count that is a decimal is reported at its cell, not rounded", () => {
    const r = read({ "Jumlah Kata Rancang Bangun": "350,5" }, "en");
    expect(r.issues.find((i) => i.field === "Jumlah Kata Rancang Bangun")?.text).toBe('"350,5" is not a whole number; until corrected, its design is taken as shorter than 300 words: the innovation does not count in the verified projection');
  });
});
