/**
 * A measure's maximum is edition data (`Measure.maximum`: the IPM is 0–100 by BPS's definition), and the reader takes
 * it to tell a possible reading from an impossible one (audit17 F11: IPM "72.500" was read 72500, tier 3, with only a
 * warning). The rule of thumb it replaces ("a unitless measure whose top tier is open is at most 100") is gone: an
 * edition without the maximum is not capped.
 */
import { describe, expect, it } from "vitest";
import type { Edition } from "@inovasi/core";
import type { CellValue } from "../src/index.js";
import { e2026, oneInnovationBook, readSpdRow } from "./helpers.js";

const book = (spd: Record<string, CellValue>, formats: Record<string, string> = {}) => oneInnovationBook({ spd, formats });
const at = readSpdRow;

/** iid-2026 with SPD-11b's measure changed by `change` (a province's own edition). */
function withIpm(change: (m: Edition["indicators"][number]["measures"][number]) => Edition["indicators"][number]["measures"][number]): Edition {
  const e = structuredClone(e2026);
  const ind = e.indicators.find((i) => i.id === "SPD-11b")!;
  ind.measures = ind.measures.map(change);
  return e;
}

describe("the IPM's maximum, as edition data", () => {
  it("iid-2026 gives SPD-11b a maximum of 100, citing BPS's definition", () => {
    const m = e2026.indicators.find((i) => i.id === "SPD-11b")!.measures[0]!;
    expect(m.maximum?.value).toBe(100);
    expect(e2026.sources.find((s) => s.id === m.maximum!.source.ref)?.title).toMatch(/^BPS: IPM/);
  });

  it('"72.500" is read 72,5: 72500 cannot be an IPM, said at the cell (both languages)', () => {
    const id = at(book({ "SPD-11b": "72.500" }), "SPD-11b");
    expect(id.value).toBe(72.5);
    expect(id.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([["number_other_impossible", "warning", "C16"]]);
    expect(id.issues[0]!.text).toBe('"72.500" dibaca 72,5 (tingkat 2), bukan 72500, yang tidak mungkin lebih dari 100');
    const en = at(book({ "SPD-11b": "72.500" }), "SPD-11b", { locale: "en" });
    expect(en.issues[0]!.text).toBe('"72.500" is read as 72.5 (tier 2), not as 72500, which cannot exceed 100');
  });

  it('"72,500" (the other way round) is read 72,5 and said the same way; an IPM of 80 is not doubted', () => {
    const r = at(book({ "SPD-11b": "72,500" }), "SPD-11b");
    expect(r.value).toBe(72.5);
    expect(r.issues.map((i) => i.code)).toEqual(["number_other_impossible"]);
    expect(at(book({ "SPD-11b": "80" }), "SPD-11b").issues).toEqual([]);
  });

  it("the unemployment rate and the poor population's share are percentages: 0–100 by definition, read the same way", () => {
    // SPD-5b, the open unemployment rate (a share of the labour force), and SPD-10b, the poor's share of the population
    for (const id of ["SPD-5b", "SPD-10b"]) {
      const m = e2026.indicators.find((i) => i.id === id)!.measures[0]!;
      expect([id, m.maximum?.value, m.maximum?.source.ref]).toEqual([id, 100, "bps"]);
    }
    const tpt = at(book({ "SPD-5b": "5.910" }), "SPD-5b");
    expect([tpt.value, tpt.issues.map((i) => i.code)]).toEqual([5.91, ["number_other_impossible"]]);
    expect(tpt.issues[0]!.text).toBe('"5.910" dibaca 5,91 % (tingkat 1), bukan 5910 %, yang tidak mungkin lebih dari 100 %');
    const poor = at(book({ "SPD-10b": "13.100" }), "SPD-10b");
    expect([poor.value, poor.issues.map((i) => i.code)]).toEqual([13.1, ["number_other_impossible"]]);
  });

  it("without a maximum in the edition (a province's own), a dot that may group thousands is still asked", () => {
    const e = structuredClone(e2026);
    const { maximum: _, ...open } = e.indicators.find((i) => i.id === "SPD-5b")!.measures[0]!;
    e.indicators.find((i) => i.id === "SPD-5b")!.measures = [open];
    const asked = at(book({ "SPD-5b": "5.910" }), "SPD-5b", { edition: e });
    expect([asked.value, asked.issues.map((i) => i.code)]).toEqual([5910, ["number_ambiguous", "implausible_value"]]);
  });

  it("the percent-cell weighing takes the maximum from the data: without it, 72,5 typed before the format reads as shown", () => {
    // with the maximum: 7250 shown cannot be, the stored 72,5 is taken (review18 F3)
    const capped = at(book({ "SPD-11b": 72.5 }, { "SPD-11b": "0.0%" }), "SPD-11b");
    expect([capped.value, capped.issues.map((i) => i.code)]).toEqual([72.5, ["percent_cell_stored"]]);
    // an edition whose IPM has no maximum: no rule of thumb caps it at 100 any more; both readings said
    const open = withIpm(({ maximum: _, ...m }) => m);
    const r = at(book({ "SPD-11b": 72.5 }, { "SPD-11b": "0.0%" }), "SPD-11b", { edition: open });
    expect(r.value).toBe(7250);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["percent_cell_shown", "warning"]]);
  });

  it("an IPM above its maximum typed plainly is said to be impossible, read as typed", () => {
    const r = at(book({ "SPD-11b": 150 }), "SPD-11b");
    expect(r.value).toBe(150);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([["implausible_value", "warning"]]);
    expect(r.issues[0]!.text).toBe('150 tidak mungkin untuk "Nilai IPM" (paling tinggi 100 menurut definisinya); dibaca apa adanya (tingkat 3)');
    expect(at(book({ "SPD-11b": 150 }), "SPD-11b", { locale: "en" }).issues[0]!.text).toBe('150 is not possible for "IPM value" (at most 100 by its definition); read as it is (tier 3)');
  });
});
