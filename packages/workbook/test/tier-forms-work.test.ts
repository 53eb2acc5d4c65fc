/**
 * Reading a cell as a range of its measure ("11-30", ">30", "≤ 50 %") costs the same however many cells are read:
 * where the measure's open ends stop (its top tier's end, 0 below a count or a share) depends on the measure only and
 * is worked out once per measure, not at every cell; a text that is no range ("sudah ada") does not look at the tiers
 * at all. Counted by the reads of the measure's `tiers` (a Proxy), not timed: `rangeTier` mapped the tiers twice and
 * built five regular expressions for every answer that was no option label (~31,000 cells of bench/workbook.mjs
 * --messy at 10,000 innovations).
 */
import { describe, expect, it } from "vitest";
import type { Indicator } from "@inovasi/core";
import { optionByForm } from "../src/tier-forms.js";
import { e2026 } from "./helpers.js";

/** SID-2 (1–10, 11–30, more than 30 persons) with its measure counting how often its tiers are read. */
function counted() {
  const ind = e2026.indicators.find((i) => i.id === "SID-2")!;
  const reads = { tiers: 0 };
  const m = new Proxy(ind.measures[0]!, { get: (t, k, r) => (k === "tiers" && reads.tiers++, Reflect.get(t, k, r)) });
  return { ind: { ...ind, measures: [m] } as Indicator, reads };
}

describe("a range read from many cells: the measure's ends are worked out once", () => {
  it("reads what it read (a range inside one tier, an open end, ranges reaching no tier or two, a text that is no range)", () => {
    const { ind } = counted();
    expect(["11-30", ">30", "< 10", "≥ 31 orang", "5-20", "sudah ada"].map((t) => optionByForm(ind, t, undefined)?.tier)).toEqual([2, 3, undefined, 3, undefined, undefined]);
  });

  it("200 more cells read the tiers only to place the range's two ends; a text that is no range not at all", () => {
    const { ind, reads } = counted();
    const run = (texts: string[], cells: number) => {
      reads.tiers = 0;
      for (let k = 0; k < cells; k++) optionByForm(ind, texts[k % texts.length]!, undefined);
      return reads.tiers;
    };
    run([">30", "< 10", "sudah ada"], 3); // the measure's ends, once
    expect((run([">30", "≥ 31", "< 10"], 250) - run([">30", "≥ 31", "< 10"], 50)) / 200).toBeLessThanOrEqual(2);
    expect(run(["sudah ada", "lihat lampiran", "Ya"], 250) - run(["sudah ada", "lihat lampiran", "Ya"], 50)).toBe(0);
  });
});
