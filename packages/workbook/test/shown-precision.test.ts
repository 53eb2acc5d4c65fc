import { describe, expect, it } from "vitest";
import { scoreRegion, tierForValue } from "@inovasi/core";
import { readWorkbook } from "../src/index.js";
import { asShown, percentOf } from "../src/values.js";
import { e2026, oneInnovationBook, readSpdRow } from "./helpers.js";

const measureOf = (id: string, m?: string) => {
  const ind = e2026.indicators.find((i) => i.id === id)!;
  return m ? ind.measures.find((x) => x.id === m)! : ind.measures[0]!;
};

// a formula's result as Excel saves it (binary float) at a tier's edge, the value Excel shows, and the tier it reaches
const SPD_EDGES: [code: string, formula: string, saved: number, shown: number, tier: number][] = [
  ["SPD-11a", "=72,3-71,4", 72.3 - 71.4, 0.9, 3], // 0.8999999999999915: "≥ 0,9 poin"
  ["SPD-5a", "=5,51-5,15", 5.51 - 5.15, 0.36, 3], // 0.35999999999999943: "≥ 0,36 poin"
  ["SPD-7", "=133,85-100", 133.85 - 100, 33.85, 3], // 33.849999999999994: "≥ 33,85 %"
  ["SPD-10a", "=9,22-9,15", 9.22 - 9.15, 0.07, 1], // 0.07000000000000028: "≤ 0,07 poin"
];

describe("a number cell is read as Excel shows it (12 significant digits)", () => {
  it.each(SPD_EDGES)("%s %s (saved %d) is read %d, tier %d", (code, _formula, saved, shown, tier) => {
    expect(saved).not.toBe(shown);
    expect(tierForValue(measureOf(code), saved)).not.toBe(tier);
    const { value, issues } = readSpdRow(oneInnovationBook({ spd: { [code]: saved } }), code);
    expect(value).toBe(shown);
    expect(issues).toEqual([]);
    expect(tierForValue(measureOf(code), value!)).toBe(tier);
  });

  it("reads a SID percentage at its tier edge as shown: 150,3−100,3 is 50, tier 1 (≤ 50 %), and scores like 50 typed", () => {
    const saved = 150.3 - 100.3; // 50.000000000000014
    expect(saved).not.toBe(50);
    const score = (v: number) => {
      const read = readWorkbook(oneInnovationBook({ inovasi: { "14. Penyelesaian layanan pengaduan": v } }));
      return { value: read.input!.innovations[0]!.answers["SID-14"]!.value, total: scoreRegion(read.input!, e2026).innovations[0]!.claimed.total };
    };
    expect(score(saved)).toEqual(score(50));
    expect(tierForValue(measureOf("SID-14"), score(saved).value!)).toBe(1);
  });

  it("reads a SID-18 coverage share computed at 20 % as 20, tier 1 (5–20 %)", () => {
    const saved = 35.7 - 15.7; // 20.000000000000004
    expect(saved).not.toBe(20);
    const read = readWorkbook(oneInnovationBook({ inovasi: { "18. Kemanfaatan inovasi": saved, "18. Dasar Ukur": "Cakupan unit layanan" } }));
    expect(read.input!.innovations[0]!.answers["SID-18"]).toMatchObject({ value: 20, measure: "cakupan" });
  });

  it("is one rule with the percent cells' ×100, and leaves whole numbers and typed precision alone", () => {
    expect(asShown(0.89999999999999147)).toBe(0.9);
    expect(percentOf(0.07)).toBe(7);
    expect(percentOf(0.0089999999999999147)).toBe(0.9);
    expect(asShown(71.23)).toBe(71.23);
    expect(asShown(0.123456789)).toBe(0.123456789);
    expect(asShown(123456789012345)).toBe(123456789012345);
  });
});
