/**
 * One rule for every printed gain (audit36): a gain prints as its exact value rounded half-up at the edition's
 * decimals, and "+<0,01" when that rounds to nothing but the gain is not 0 — whatever index it stands beside. (The
 * plan's lines used to print the change of the printed index so they added up; the same answer then printed "+0,01"
 * or "+<0,01" as the index happened to sit near a rounding boundary.) The exact gains stay in the plan's data.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { roundHalfUp } from "../../src/engine/_round.js";
import { parseRegionInput } from "../../src/input/parse.js";
import { formatGain, formatPlan, formatPlanAction, printedGain } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";
import type { Plan } from "../../src/plan/types.js";
import { regionFor } from "./_helpers.js";

const e = getEdition("iid-2026")!;
const example = (() => {
  const p = parseRegionInput(JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8")));
  if (!p.ok) throw new Error("example");
  return p.value;
})();

const num = (s: string) => Number(s.replace(",", "."));
/** The gain printed on every step line ("→ +0,49 → IID 39,83"); a "+<0,01" gain is null. */
function printed(lines: string[]): (number | null)[] {
  return lines.flatMap((l) => {
    const m = /→ ([+−])(<)?([\d,]+) → IID (?:klaim )?([\d,]+) /.exec(l);
    return m ? [m[2] ? null : (m[1] === "−" ? -1 : 1) * num(m[3]!)] : [];
  });
}

/** Each step's printed gain is its exact gain by the rule: rounded half-up, or "<0,01" when that is 0. */
function byTheRule(plan: Plan): void {
  const steps = printed(formatPlan(plan, "id"));
  expect(steps.length).toBe(plan.actions.length);
  plan.actions.forEach((a, k) => {
    const r = roundHalfUp(a.gain, 2);
    if (r === 0 && a.gain !== 0) expect(steps[k], `step ${k + 1}: ${a.gain}`).toBeNull();
    else expect(steps[k], `step ${k + 1}: ${a.gain}`).toBe(r);
  });
}

describe("one rule for every printed gain", () => {
  it("the example kabupaten: +0,80, +0,49 (exact 0.4853), +0,41 (exact 0.4142), whatever the index printed before", () => {
    const plan = planRegion(example, e);
    expect(plan.actions.map((a) => Math.round(a.gain * 1e4) / 1e4)).toEqual([0.8, 0.4853, 0.4142]);
    const lines = formatPlan(plan, "id");
    expect(lines.filter((l) => l.includes("→ IID")).map((l) => /→ (\S+) → IID (\S+)/.exec(l)!.slice(1).join(" "))).toEqual(["+0,80 39,35", "+0,49 39,83", "+0,41 40,25"]);
    byTheRule(plan);
    expect(formatPlanAction(plan.actions[1]!, "en")).toContain("→ +0.49 → IID 39.83");
    expect(formatPlanAction(plan.actions[1]!, "en", 39.35)).toContain("→ +0.49 → IID 39.83");
    // the evidence groups too: their exact gains by the same rule
    for (const g of [...plan.evidence.byIndicator, ...plan.evidence.byAgency].slice(0, 5)) {
      expect(lines.some((l) => l.endsWith(`→ ${formatGain(g.gain!, "id")} (IID ${g.indexAfter!.toFixed(2).replace(".", ",")})`)), g.key).toBe(true);
    }
  });

  it("a gain of 0.0023 prints +<0,01 whether or not it tips the printed index; 0.007 prints +0,01 beside an unmoved one (audit36)", () => {
    const step = planRegion(example, e).actions[1]!;
    // tipping 60.9249 to 60.9272 (printed 60,92 → 60,93) or not (60.9273 → 60.9296, 60,93 both): the same words
    expect(formatPlanAction({ ...step, gain: 0.0023, indexAfter: 60.93 }, "id", 60.92)).toContain("→ +<0,01 → IID 60,93");
    expect(formatPlanAction({ ...step, gain: 0.0023, indexAfter: 60.93 }, "id", 60.93)).toContain("→ +<0,01 → IID 60,93");
    expect(printedGain({ gain: 0.0023 }, 60.92)).toBe(0.0023);
    expect(formatPlanAction({ ...step, gain: 0.007, indexAfter: 39.35 }, "id", 39.35)).toContain("→ +0,01 → IID 39,35");
    expect(printedGain({ gain: 0.015 }, 1)).toBe(0.02); // half-up, as the index (0.015 is 0.01499… in binary)
    expect(printedGain({ gain: -0.007 }, 39.35)).toBe(-0.01);
    expect([formatGain(-0.0023, "en"), formatGain(0, "id"), formatGain(0.004, "id", 0), formatGain(0.6, "id", 0)]).toEqual(["−<0.01", "+0,00", "+<1", "+1"]);
  });

  it("the example to Sangat Inovatif, both projections, and generated regions", () => {
    for (const projection of ["verified", "claimed"] as const) byTheRule(planRegion(example, e, { projection, target: { predicate: "sangat-inovatif" } }));
    fc.assert(
      fc.property(regionFor(e, 30), fc.constantFrom("verified" as const, "claimed" as const), (input, projection) => byTheRule(planRegion(input, e, { projection, target: { index: 100 }, maxActions: 40 }))),
      { numRuns: 25, seed: 2026 },
    );
  });
});
