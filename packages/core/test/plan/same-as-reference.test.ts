/**
 * planRegion keeps its candidates between steps and ranks only the ones that can win (see docs/decisions.md, "Planner
 * cost"); it must give exactly the plan the straightforward planner gives — every candidate re-listed and re-ranked at
 * every step. That planner is kept here as the reference (test/plan/reference/, the source as it was before the
 * change), and both are run on generated regions: fast-check regions (any stage, dates in and out of the window,
 * rejections, withheld ones), regions of copies of one innovation (every candidate ties: the order must be the same),
 * and the benchmark's generated regions, in both projections, to several targets and step limits.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EffortTable } from "../../src/plan/efforts.js";
import { generateRegions } from "../../../../bench/lib/generate.mjs";
import { getEdition } from "../../src/editions/index.js";
import { parseRegionInput } from "../../src/input/parse.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { RegionInput } from "../../src/input/schemas.js";
import { planRegion } from "../../src/plan/plan.js";
import type { PlanOptions } from "../../src/plan/types.js";
import type { Edition } from "../../src/model/edition.js";
import { deriveEdition } from "../../src/model/derive.js";
import { regionFor } from "./_helpers.js";
import { planRegion as referencePlan } from "./reference/plan.js";

const e = getEdition("iid-2026")!;

function same(input: RegionInput, options: PlanOptions, edition: Edition = e) {
  const want = referencePlan(input, edition, options);
  const got = planRegion(input, edition, options);
  expect(got.actions.map((a) => [a.kind, a.where, a.edits, a.gain, a.indexAfter, a.effort])).toEqual(want.actions.map((a) => [a.kind, a.where, a.edits, a.gain, a.indexAfter, a.effort]));
  expect(got).toEqual(want);
  // started from the region's own scoreRegion result instead of scoring it again: the same plan
  expect(planRegion(input, edition, { ...options, result: scoreRegion(input, edition) })).toEqual(want);
  return got;
}

const options = fc.record(
  {
    projection: fc.constantFrom<"verified" | "claimed">("verified", "claimed"),
    target: fc.oneof(fc.record({ index: fc.integer({ min: 1, max: 100 }) }), fc.constantFrom({ predicate: "sangat-inovatif" }, { predicate: "inovatif" })),
    maxActions: fc.integer({ min: 0, max: 40 }),
    maxNewInnovations: fc.integer({ min: 0, max: 4 }),
    efforts: fc.record(
      {
        evidence: fc.constantFrom(1, 2, 3),
        tierUp: fc.constantFrom(1, 2, 5),
        count: fc.constantFrom(1, 3),
        withhold: fc.constantFrom(1, 4),
        // some indicators priced on their own: dearer, cheaper than any kind, by tier reached
        indicators: fc.constantFrom<NonNullable<EffortTable["indicators"]>>(
          { "SID-1": { tierUp: { 3: 60 } }, "SPD-12": { tierUp: 2 } },
          { "SID-20": { tierUp: 1.5, evidence: 0.5 }, "SID-2": { tierUp: { 2: 4, 3: 0.7 } }, "SPD-14": { evidence: 4 }, "SPD-1": { evidence: 0.5 } },
        ),
      },
      { requiredKeys: ["evidence", "tierUp", "count", "withhold"] },
    ),
  },
  { requiredKeys: [] },
);

describe("planRegion gives the reference planner's plan", () => {
  it("on generated regions, in both projections, to any target and step limit", () => {
    fc.assert(
      fc.property(regionFor(e, 25), options, (input, opts) => void same(input, opts)),
      { numRuns: 150 },
    );
  });

  it("on regions of copies (every candidate ties with its copies: the same order)", () => {
    fc.assert(
      fc.property(regionFor(e, 3), fc.integer({ min: 2, max: 12 }), options, (input, copies, opts) => {
        const innovations = Array.from({ length: copies }, (_, k) => input.innovations.map((inv) => ({ ...inv, name: `${inv.name} ${k}` }))).flat();
        same({ ...input, innovations }, opts);
      }),
      { numRuns: 80 },
    );
  });

  it("on the benchmark's generated regions (hundreds of innovations, up to 100 steps)", () => {
    const regions = generateRegions(e, { regions: 3, innovations: 900, seed: 5 }).map((d: unknown) => {
      const p = parseRegionInput(d);
      if (!p.ok) throw new Error("a generated region failed to parse");
      return p.value;
    });
    for (const input of regions) {
      for (const projection of ["verified", "claimed"] as const) {
        same(input, { projection });
        same(input, { projection, target: { predicate: "sangat-inovatif" } });
        same(input, { projection, target: { index: 100 }, maxActions: 60, maxNewInnovations: 5 });
      }
    }
  });
});

describe("a dear step swapped for a cheaper one at the end, with indicators priced on their own", () => {
  // fast-check's seed -537762466 (run 126): the reference's pruning pass read its least effort as the minimum of the
  // table's values, `indicators` among them (NaN), so it never swapped; planRegion's leastEffort includes the
  // indicators' own efforts and swaps the last step (inv. 5 SID-2 up at 4) for SID-20 up at 1.5
  it("gives the reference planner's plan", () => {
    const { input: raw, options: opts } = JSON.parse(readFileSync(new URL("./fixtures/swap-with-indicator-efforts.json", import.meta.url), "utf8"));
    const parsed = parseRegionInput(raw);
    if (!parsed.ok) throw new Error("the fixture failed to parse");
    const plan = same(parsed.value, opts);
    expect(plan.status).toBe("reached");
    const last = plan.actions.at(-1)!;
    expect([last.kind, last.where.indicator?.id, last.effort]).toEqual(["tier_up", "SID-20", 1.5]);
  });
});

describe("the bound of a plan out of reach, as the reference finds it the long way", () => {
  // a count cap of 12 keeps the regions small: the plan's own new innovations fill it, and more go past it
  const d = deriveEdition(e, { id: "iid-2026-batas-12", formula: { jumlahInovasi: { countCap: { value: 12, source: { ref: "lampiran-bskdn-2026", confidence: "peer" } } } } });
  if (!d.ok) throw new Error("derived edition");
  it("on generated regions to high targets, with and without a number of new innovations allowed", () => {
    let bounds = 0;
    fc.assert(
      fc.property(regionFor(e, 14), fc.integer({ min: 40, max: 100 }), fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }), (input, index, maxNew) => {
        const plan = same(input, { target: { index }, maxActions: 400, ...(maxNew === undefined ? {} : { maxNewInnovations: maxNew }) }, d.value);
        if (plan.reason?.code === "no_more_gain" && plan.reason.newInnovations) bounds++;
      }),
      { numRuns: 80 },
    );
    expect(bounds).toBeGreaterThan(10);
  });
});

describe('with formula.jumlahInovasi.countOf "n" (the count score of every innovation in the divisor), as the reference plans it', () => {
  const patch = (id: string, countCap?: number) =>
    deriveEdition(e, { id, formula: { jumlahInovasi: { countOf: "n", ...(countCap === undefined ? {} : { countCap: { value: countCap, source: { ref: "lampiran-bskdn-2026", confidence: "peer" } } }) } } });
  const n2026 = patch("iid-2026-n");
  const n12 = patch("iid-2026-batas-12-n", 12);
  if (!n2026.ok || !n12.ok) throw new Error("derived edition");
  it("on generated regions, in both projections, to any target and step limit", () => {
    fc.assert(
      fc.property(regionFor(e, 25), options, (input, opts) => void same(input, opts, n2026.value)),
      { numRuns: 100 },
    );
  });

  it("with a count cap of 12: new innovations up to n at the cap, and the bound past it", () => {
    let withholds = 0;
    fc.assert(
      fc.property(regionFor(e, 14), fc.integer({ min: 40, max: 100 }), fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }), (input, index, maxNew) => {
        const plan = same(input, { target: { index }, maxActions: 400, efforts: { withhold: 0.5 }, ...(maxNew === undefined ? {} : { maxNewInnovations: maxNew }) }, n12.value);
        withholds += plan.actions.filter((a) => a.kind === "withhold").length;
      }),
      { numRuns: 60 },
    );
    expect(withholds).toBeGreaterThan(0);
  });
});

describe("planRegion given the region's result", () => {
  it("refuses a result that is not the input's (another edition, another number of innovations)", () => {
    const regions = generateRegions(e, { regions: 2, innovations: 40, seed: 3 }).map((d: unknown) => {
      const p = parseRegionInput(d);
      if (!p.ok) throw new Error("a generated region failed to parse");
      return p.value;
    });
    const [a, b] = regions as [RegionInput, RegionInput];
    expect(() => planRegion(a, e, { result: scoreRegion(b, e) })).toThrow(RangeError);
    expect(() => planRegion(a, e, { result: scoreRegion(a, getEdition("iid-2023")!) })).toThrow(/edition iid-2023/);
  });
});
