/**
 * The planner's state taken a step in place (`advance`) is the state `after` gives, and `undo` puts back exactly the
 * state it was taken from; planning never changes the caller's input or result.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { RegionInput } from "../../src/input/schemas.js";
import { otherCandidates } from "../../src/plan/candidates.js";
import { resolveEfforts } from "../../src/plan/efforts.js";
import { innovationCandidates } from "../../src/plan/on-innovation.js";
import { planRegion } from "../../src/plan/plan.js";
import { PlanState, advance } from "../../src/plan/state.js";
import { templateOf } from "../../src/plan/template.js";
import type { Edit } from "../../src/plan/types.js";
import { regionFor } from "./_helpers.js";

const e = getEdition("iid-2026")!;
const efforts = resolveEfforts(undefined);

/** What a state holds, as plain data. */
const snapshot = (s: PlanState) => ({ input: structuredClone(s.input), results: s.results.slice(), origin: s.origin.slice(), standing: s.standing, spd: s.spdPart });

/** Every step the planner could take in `s`, each as its edits (innovation steps, SPD rows, new innovations, a withhold and a set together). */
function stepsIn(s: PlanState): Edit[][] {
  const out: Edit[][] = [];
  for (let j = 0; j < s.results.length; j++) for (const c of innovationCandidates(s, j, efforts)) out.push(c.build(s).edits);
  for (const c of otherCandidates(s, efforts, templateOf(undefined), 3, { queue: [], yandasAgency: new Map(), formFor: new Map() })) out.push(c.build(s).edits);
  // several edits in one step, positions moving: a set, then a remove before it, then an add
  if (s.results.length >= 2) {
    const last = s.results.length - 1;
    out.push([
      { op: "set_fields", at: last, fields: { designWords: 1 } },
      { op: "remove_innovation", at: 0 },
      { op: "add_innovation", innovation: s.input.innovations[0]! },
      { op: "set_fields", at: last - 1, fields: { designWords: 500 } },
    ]);
  }
  return out;
}

describe("advance and undo", () => {
  it("advance gives what after gives; undo gives back the state as it was, for every step the planner could take", () => {
    fc.assert(
      fc.property(regionFor(e, 8), fc.constantFrom<"verified" | "claimed">("verified", "claimed"), (input, projection) => {
        const s = PlanState.start(input, e, projection);
        const before = snapshot(s);
        for (const edits of stepsIn(s)) {
          const want = s.after(edits);
          const { next, undo } = advance(s, edits);
          expect(next.standing).toEqual(want.standing);
          expect(next.results).toEqual(want.results);
          expect(next.origin).toEqual(want.origin);
          expect(next.input).toEqual(want.input);
          expect(undo()).toBe(s);
          expect(snapshot(s)).toEqual(before);
          // the same objects back, not copies: the results are the ones the pool's candidates were made from
          s.results.forEach((r, j) => expect(r).toBe(before.results[j]));
        }
      }),
      { numRuns: 60 },
    );
  });

  it("a step taken, then the next one undone, leaves the first step's state", () => {
    fc.assert(
      fc.property(regionFor(e, 6), (input) => {
        const s = PlanState.start(input, e, "verified");
        const [first, second] = stepsIn(s);
        if (!first || !second) return;
        const { next } = advance(s, first);
        const kept = snapshot(next);
        const steps = stepsIn(next);
        if (steps.length === 0) return;
        const { undo } = advance(next, steps[0]!);
        expect(undo()).toBe(next);
        expect(snapshot(next)).toEqual(kept);
      }),
      { numRuns: 40 },
    );
  });
});

describe("planning leaves the caller's data alone", () => {
  it("the input and the scoreRegion result given are unchanged after planning (in place steps work on the planner's own lists)", () => {
    fc.assert(
      fc.property(regionFor(e, 10), fc.integer({ min: 1, max: 30 }), (input: RegionInput, steps) => {
        const json = JSON.stringify(input);
        const result = scoreRegion(input, e);
        const innovations = result.innovations.slice();
        const plan = planRegion(input, e, { result, target: { index: 100 }, maxActions: steps, maxNewInnovations: 2 });
        expect(JSON.stringify(input)).toBe(json);
        expect(result.innovations).toEqual(innovations);
        result.innovations.forEach((r, j) => expect(r).toBe(innovations[j]));
        expect(planRegion(input, e, { target: { index: 100 }, maxActions: steps, maxNewInnovations: 2 })).toEqual(plan);
      }),
      { numRuns: 40 },
    );
  });

  it("a result read back from JSON plans the same (the planner reads the results' data, not their accessors)", () => {
    fc.assert(
      fc.property(regionFor(e, 10), fc.constantFrom<"verified" | "claimed">("verified", "claimed"), (input: RegionInput, projection) => {
        const result = JSON.parse(JSON.stringify(scoreRegion(input, e)));
        const opts = { projection, target: { index: 100 }, maxActions: 20, maxNewInnovations: 2 };
        expect(planRegion(input, e, { ...opts, result })).toEqual(planRegion(input, e, opts));
      }),
      { numRuns: 40 },
    );
  });
});
