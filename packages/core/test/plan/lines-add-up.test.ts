/**
 * The plan as text adds up: each step's printed gain is the change of the printed index (IID 39,35 → +0,48 → IID 39,83,
 * where the exact gain 0.4853 would print +0,49 and the line would not add up), so the lines add up to the end; an
 * evidence group's gain is its printed index less today's. The exact gains stay in the plan's data.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { parseRegionInput } from "../../src/input/parse.js";
import { formatPlan, formatPlanAction, printedGain } from "../../src/plan/messages.js";
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
/** [gain printed, index printed] of every step line ("→ +0,48 → IID 39,83"); a "+<0,01" gain is null. */
function printed(lines: string[]): [number | null, number][] {
  return lines.flatMap((l) => {
    const m = /→ ([+−])(<)?([\d,]+) → IID (?:klaim )?([\d,]+) /.exec(l);
    return m ? [[m[2] ? null : (m[1] === "−" ? -1 : 1) * num(m[3]!), num(m[4]!)] as [number | null, number]] : [];
  });
}

function addsUp(plan: Plan): void {
  const steps = printed(formatPlan(plan, "id"));
  expect(steps.length).toBe(plan.actions.length);
  let before = plan.start.index!;
  for (const [gain, after] of steps) {
    if (gain === null) expect(after).toBe(before); // the printed index did not move
    else expect(Math.round((before + gain) * 100) / 100, `${before} + ${gain}`).toBe(after);
    before = after;
  }
  expect(before).toBe(plan.end.index);
}

describe("the plan's lines add up", () => {
  it("the example kabupaten: 38,55 + 0,80 = 39,35, + 0,48 = 39,83 (exact 0.4853), + 0,42 = 40,25 (exact 0.4142)", () => {
    const plan = planRegion(example, e);
    expect(plan.actions.map((a) => Math.round(a.gain * 1e4) / 1e4)).toEqual([0.8, 0.4853, 0.4142]);
    const lines = formatPlan(plan, "id");
    expect(lines.filter((l) => l.includes("→ IID")).map((l) => /→ (\S+) → IID (\S+)/.exec(l)!.slice(1).join(" "))).toEqual(["+0,80 39,35", "+0,48 39,83", "+0,42 40,25"]);
    addsUp(plan);
    // formatPlanAction alone (no index before it) prints the exact gain rounded
    expect(formatPlanAction(plan.actions[1]!, "en")).toContain("→ +0.49 → IID 39.83");
    expect(formatPlanAction(plan.actions[1]!, "en", 39.35)).toContain("→ +0.48 → IID 39.83");
    // and the evidence groups: today's printed index + the printed gain = the printed index after
    for (const l of lines.filter((x) => /^ {2}\S.*: \d+ (jawaban|inovasi).* → [+−]/.test(x))) {
      const m = /→ \+([\d,]+) \(IID ([\d,]+)\)$/.exec(l)!;
      expect(Math.round((plan.start.index! + num(m[1]!)) * 100) / 100, l).toBe(num(m[2]!));
    }
  });

  it("a step that leaves the printed index where it was prints +<0,01, even when its exact gain would round to 0,01", () => {
    const step = { ...planRegion(example, e).actions[1]!, gain: 0.007, indexAfter: 39.35 };
    expect(printedGain(step, 39.35)).toBeLessThan(0.005);
    expect(formatPlanAction(step, "id", 39.35)).toContain("→ +<0,01 → IID 39,35");
    expect(formatPlanAction(step, "en")).toContain("→ +0.01 → IID 39.35"); // no index before it: the exact gain
    expect(printedGain({ gain: -0.007, indexAfter: 39.35 }, 39.35)).toBeGreaterThan(-0.005);
  });

  it("the example to Sangat Inovatif, both projections, and generated regions", () => {
    for (const projection of ["verified", "claimed"] as const) addsUp(planRegion(example, e, { projection, target: { predicate: "sangat-inovatif" } }));
    fc.assert(
      fc.property(regionFor(e, 30), fc.constantFrom("verified" as const, "claimed" as const), (input, projection) => addsUp(planRegion(input, e, { projection, target: { index: 100 }, maxActions: 40 }))),
      { numRuns: 25, seed: 2026 },
    );
  });
});
