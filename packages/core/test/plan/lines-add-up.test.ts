/**
 * The plan's lines add up (plan38, the lead's decision after audit38 #10): a step's printed gain is the difference of
 * the printed indices before and after it, so "IID 39,35 → +0,48 → IID 39,83" (exact 0.4853) and the printed gains of a
 * long plan sum to its printed change; a step that moves no printed index prints "+<0,01". The exact gains stay in the
 * plan's data (ordering, selection, `--json`). A gain printed without an index beside it (an evidence gap, one more
 * innovation) is its exact gain rounded half-up, "+<0,01" when that rounds to nothing (audit36).
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { roundHalfUp } from "../../src/engine/_round.js";
import { parseRegionInput } from "../../src/input/parse.js";
import { formatGain, formatPlan, formatPlanAction, formatStepGain, printedGain } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";
import type { Plan } from "../../src/plan/types.js";
import { regionFor } from "./_helpers.js";

const e = getEdition("iid-2026")!;
const example = (() => {
  const p = parseRegionInput(JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8")));
  if (!p.ok) throw new Error("example");
  return p.value;
})();

const num = (s: string) => Number(s.replace(/\./g, "").replace(",", "."));
/** Each step line's printed gain and index ("→ +0,48 → IID 39,83"); a "+<0,01" gain is 0. */
function printed(lines: string[]): { gain: number; index: number; below: boolean }[] {
  return lines.flatMap((l) => {
    const m = /^ {2}[\d.]+\. .* → ([+−])(<)?([\d.,]+) → IID (?:klaim )?([\d.,]+) /.exec(l);
    return m ? [{ gain: m[2] ? 0 : (m[1] === "−" ? -1 : 1) * num(m[3]!), index: num(m[4]!), below: m[2] !== undefined }] : [];
  });
}

/** Line by line: the index printed before + the gain printed = the index printed after; Σ gains = the printed change. */
function addsUp(plan: Plan): number {
  const lines = formatPlan(plan, "id");
  const steps = printed(lines);
  expect(steps.length).toBe(plan.actions.length);
  let before = plan.start.index!;
  const cents = (x: number) => Math.round(x * 100);
  steps.forEach((s, k) => {
    expect(cents(before) + cents(s.gain), `step ${k + 1}: ${lines.find((l) => l.startsWith(`  ${k + 1}. `))}`).toBe(cents(s.index));
    // "+<0,01" only where the step gains and the printed index stays
    if (s.below) expect([s.index, plan.actions[k]!.gain > 0]).toEqual([before, true]);
    before = s.index;
  });
  const sum = steps.reduce((t, s) => t + cents(s.gain), 0);
  if (steps.length) expect(sum).toBe(cents(plan.actions.at(-1)!.indexAfter) - cents(plan.start.index!));
  return steps.length;
}

describe("the plan's lines add up", () => {
  it("the example kabupaten: +0,80, +0,48 (exact 0.4853), +0,42 (exact 0.4142): 38,55 → 39,35 → 39,83 → 40,25", () => {
    const plan = planRegion(example, e);
    expect(plan.actions.map((a) => Math.round(a.gain * 1e4) / 1e4)).toEqual([0.8, 0.4853, 0.4142]);
    const lines = formatPlan(plan, "id");
    expect(lines.filter((l) => l.includes("→ IID")).map((l) => /→ (\S+) → IID (\S+)/.exec(l)!.slice(1).join(" "))).toEqual(["+0,80 39,35", "+0,48 39,83", "+0,42 40,25"]);
    addsUp(plan);
    expect(formatPlanAction(plan.actions[1]!, "en", 39.35)).toContain("→ +0.48 → IID 39.83");
    // the exact gains stay in the plan's data
    expect(plan.actions[1]!.gain).toBeCloseTo(0.4853, 4);
    // the evidence groups: the change of the printed index, which is printed beside them
    for (const g of [...plan.evidence.byIndicator, ...plan.evidence.byAgency].slice(0, 5)) {
      expect(lines.some((l) => l.endsWith(`→ ${formatGain(roundHalfUp(g.indexAfter! - plan.start.index!, 2), "id")} (IID ${g.indexAfter!.toFixed(2).replace(".", ",")})`)), g.key).toBe(true);
    }
  });

  it("a step that moves no printed index prints +<0,01; one that tips it prints +0,01; a gain without an index beside it by the exact rule (audit36)", () => {
    const step = planRegion(example, e).actions[1]!;
    expect(formatPlanAction({ ...step, gain: 0.0023, indexAfter: 60.93 }, "id", 60.92)).toContain("→ +0,01 → IID 60,93");
    expect(formatPlanAction({ ...step, gain: 0.0023, indexAfter: 60.93 }, "id", 60.93)).toContain("→ +<0,01 → IID 60,93");
    expect(formatPlanAction({ ...step, gain: 0.007, indexAfter: 39.35 }, "id", 39.35)).toContain("→ +<0,01 → IID 39,35");
    expect(printedGain({ gain: 0.0023, indexAfter: 60.93 }, 60.92)).toBe(0.01);
    expect(printedGain({ gain: 0.4853, indexAfter: 39.83 }, 39.35)).toBe(0.48);
    // without an index on either side: the exact gain rounded half-up, or exact when that is nothing
    expect(printedGain({ gain: 0.0023 })).toBe(0.0023);
    expect(printedGain({ gain: 0.015 }, null)).toBe(0.02);
    expect([formatStepGain(0, 0.008, "en"), formatStepGain(0, 0.4, "id", 0), formatStepGain(0.48, 0.4853, "id"), formatStepGain(0, 0, "id")]).toEqual(["+<0.01", "+<1", "+0,48", "+0,00"]);
    expect([formatGain(-0.0023, "en"), formatGain(0, "id"), formatGain(0.004, "id", 0), formatGain(0.6, "id", 0)]).toEqual(["−<0.01", "+0,00", "+<1", "+1"]);
  });

  it("a long plan (the example to index 90, up to 200 steps) adds up line by line, both projections, and generated regions", () => {
    for (const projection of ["verified", "claimed"] as const) {
      expect(addsUp(planRegion(example, e, { projection, target: { index: 90 }, maxActions: 200 }))).toBeGreaterThan(60);
    }
    fc.assert(
      fc.property(regionFor(e, 30), fc.constantFrom("verified" as const, "claimed" as const), (input, projection) => { addsUp(planRegion(input, e, { projection, target: { index: 100 }, maxActions: 40 })); }),
      { numRuns: 25, seed: 2026 },
    );
  });
});
