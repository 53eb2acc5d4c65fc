/**
 * A plan under an edition that rounds its index to whole numbers (`formula.rounding.decimals: 0`, a province's model):
 * its text prints the index as the edition does ("IID 39", not "39,00"), and a step that moves no printed index says
 * "+<1" — the exact gain may be up to one ("+<0,01" said a step worth 0.8 was under a hundredth).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { parseRegionInput } from "../../src/input/parse.js";
import type { Edition } from "../../src/model/edition.js";
import { formatPlan, formatPlanAction, printedGain } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";

const base = getEdition("iid-2026")!;
const whole: Edition = { ...base, id: "prov-x-2026", formula: { ...base.formula, rounding: { ...base.formula.rounding, decimals: 0 } } };
const example = (() => {
  const p = parseRegionInput(JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8")));
  if (!p.ok) throw new Error("example");
  return p.value;
})();

describe("a plan under an edition without decimals", () => {
  const plan = planRegion(example, whole);

  it("prints the index whole and a step that moves no printed index as +<1; every gain the change of the printed index", () => {
    const lines = formatPlan(plan, "id", { decimals: 0 });
    expect(lines[1]).toMatch(/^Sekarang: IID 39 Kurang Inovatif; target: Inovatif \(IID ≥ 41\), kurang 2 poin indeks$/);
    const steps = lines.filter((l) => l.includes("→ IID")).map((l) => /→ (\S+) → IID (\S+)/.exec(l)!.slice(1).join(" "));
    expect(steps.length).toBe(plan.actions.length);
    // a step that leaves the printed index where it was is "+<1", never "+<0,01" nor "+0"
    const quiet = plan.actions.findIndex((a, k) => a.indexAfter === (k === 0 ? plan.start.index : plan.actions[k - 1]!.indexAfter));
    expect(quiet).toBeGreaterThanOrEqual(0);
    expect(steps[quiet]).toMatch(/^\+<1 \d+$/);
    expect(lines.join("\n")).not.toMatch(/<0,01|\d,\d\d Kurang|IID \d+,\d/);
    // each gain is the whole-point change of the printed index (plan38: the lines add up)
    let before = plan.start.index!;
    plan.actions.forEach((a, k) => {
      expect(steps[k]).toBe(`${a.indexAfter === before ? "+<1" : `+${a.indexAfter - before}`} ${a.indexAfter}`);
      before = a.indexAfter;
    });
  });

  it("printedGain is the change of the printed index at the edition's decimals, else the exact gain rounded; formatPlanAction prints at its decimals", () => {
    expect(printedGain({ gain: 0.4, indexAfter: 39 }, 39, 0)).toBe(0);
    expect(printedGain({ gain: 0.4, indexAfter: 40 }, 39, 0)).toBe(1);
    expect(printedGain({ gain: 0.4 }, null, 0)).toBe(0.4);
    expect(printedGain({ gain: 0.8 }, null, 0)).toBe(1);
    expect(printedGain({ gain: 0.8 })).toBe(0.8); // two decimals by default
    expect(printedGain({ gain: 1.2, indexAfter: 40 }, 39, 0)).toBe(1);
    const step = plan.actions[0]!;
    expect(formatPlanAction(step, "en", plan.start.index, 0)).toMatch(/ → \+(<1|\d+) → IID \d+ /);
  });
});
