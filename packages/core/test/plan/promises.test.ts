/**
 * Everything a plan promises, done and scored again (`_promises.ts`, besides the rules `_checker.ts` checks each step
 * against): each step's index, predicate and exact gain, the running effort, the target's threshold, the status (a
 * reached plan takes no step past the target; "out of reach" means planning again from its end finds no more), the
 * evidence groups, one more innovation, the seats, the "isi data" step's gain per tier and the SPD note's "hingga".
 * Under iid-2026, the example province model (its own bands, SID-20 weighing 6, one entry each) and a model with five
 * bands, inclusive thresholds, one decimal and weights off the quarters; over messy regions (agencies without an
 * innovation, evidence missing, rejected and ineligible innovations, a region at the top band, one that cannot reach
 * its target, one that did not report) and the benchmark's generated regions; verified and claimed.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getEdition, validateEdition } from "../../src/editions/index.js";
import { parseRegionInput } from "../../src/input/parse.js";
import type { RegionInput } from "../../src/input/schemas.js";
import type { Edition } from "../../src/model/edition.js";
import { planRegion } from "../../src/plan/plan.js";
import type { PlanOptions } from "../../src/plan/types.js";
import { allAt, innovations, region } from "../engine/builders.js";
import { generateRegions } from "../../../../bench/lib/generate.mjs";
import { checkSteps } from "./_checker.js";
import { regionFor } from "./_helpers.js";
import { brokenPromises } from "./_promises.js";

const e2026 = getEdition("iid-2026")!;
const load = (data: unknown): Edition => {
  const r = validateEdition(data);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const province = load(JSON.parse(readFileSync(new URL("../../../../examples/model-provinsi-contoh.json", import.meta.url), "utf8")));
const src = { ref: "lampiran-bskdn-2026", confidence: "peer" };
/** Five bands (two of them new), inclusive and exclusive lower ends, an index at one decimal, weights off the quarters. */
const fiveBands = load({
  extends: "iid-2026",
  id: "prov-lima-2026",
  indicators: [{ id: "SID-20", weight: 2.3 }, { id: "SPD-12", weight: 1.1 }],
  formula: { rounding: { decimals: 1, mode: "half-up" } },
  bands: [
    { id: "kurang-inovatif", max: { value: 30, inclusive: false } },
    { id: "cukup", label: { id: "Cukup Inovatif", en: "Fairly innovative" }, min: { value: 30, inclusive: true }, max: { value: 45, inclusive: true }, source: src },
    { id: "inovatif", min: { value: 45, inclusive: false }, max: { value: 60, inclusive: false } },
    { id: "sangat-inovatif", min: { value: 60, inclusive: true }, max: { value: 80, inclusive: true } },
    { id: "unggul", label: { id: "Unggul", en: "Outstanding" }, min: { value: 80, inclusive: false }, max: { value: 100, inclusive: true }, source: src },
  ],
});
const EDITIONS: [string, Edition][] = [["iid-2026", e2026], ["prov-contoh-2026", province], ["prov-lima-2026", fiveBands]];

/** Plans `input` under `edition` with `options`: every step checked against the rules, every promise kept. */
function kept(input: RegionInput, edition: Edition, options: PlanOptions) {
  const plan = planRegion(input, edition, options);
  checkSteps(input, edition, plan);
  expect(brokenPromises(input, edition, options, plan), `${edition.id} ${JSON.stringify(options)}`).toEqual([]);
  return plan;
}

/** A messy region: besides `regionFor`'s faults, agencies listed that report no innovation. */
const messy = (edition: Edition) =>
  regionFor(edition, 14).map((r) => ({ ...r, agencies: [...r.agencies, { name: "Dinas Tenaga Kerja", type: "opd" as const }, { name: "Kecamatan Bukit", type: "kecamatan" as const }] }));

// at most 30 steps (the promises are the same at 100; a plan of 100 small steps costs a second to check on a busy machine)
const OPTIONS: PlanOptions[] = [
  { maxActions: 30 },
  { projection: "claimed", maxActions: 30 },
  { target: { predicate: "sangat-inovatif" }, maxActions: 30 },
  { projection: "claimed", target: { predicate: "sangat-inovatif" }, maxActions: 30 },
  { target: { index: 90 }, maxActions: 30 },
  { maxNewInnovations: 0 },
  { maxActions: 5 },
];

describe("a plan keeps every promise it makes, done and scored again", () => {
  for (const [name, edition] of EDITIONS) {
    it(`messy regions under ${name}, verified and claimed, to every kind of target`, () => {
      fc.assert(fc.property(messy(edition), fc.constantFrom(...OPTIONS), (input, options) => void kept(input, edition, options)), { numRuns: 30 });
    }, 180_000);
  }

  it("a region in the top band, one that cannot reach its target, one that did not report, one with no innovation", () => {
    for (const [, edition] of EDITIONS) {
      const top = region({ spdAnswers: allAt(edition, "SPD", 3), innovations: innovations(edition, 200, 3) });
      expect(kept(top, edition, {}).reason?.code).toBe("top_band");
      expect(kept(top, edition, { target: { predicate: "inovatif" } }).reason?.code).toBe("already_at_target");
      const low = region({ spdAnswers: allAt(edition, "SPD", 1, "pending"), innovations: innovations(edition, 3, 1, { implementationDate: "2023-01-01" }) });
      const stuck = kept(low, edition, { target: { predicate: "sangat-inovatif" }, maxNewInnovations: 0, maxActions: Infinity });
      expect(stuck.status).toBe("out_of_reach");
      expect(stuck.actions.length).toBeGreaterThan(0);
      expect(kept({ ...low, region: { ...low.region, reported: false } }, edition, {}).reason?.code).toBe("region_not_reported");
      const none = region({ spdAnswers: allAt(edition, "SPD", 2, "missing"), agencies: [{ name: "Dinas Kesehatan", type: "opd" }] });
      expect(kept(none, edition, {}).actions.length).toBeGreaterThan(0);
    }
  });

  it("the benchmark's generated regions under each model (3 regions, 120 innovations)", () => {
    for (const [, edition] of EDITIONS) {
      const regions = generateRegions(edition, { regions: 3, innovations: 120, seed: 23 }).map((d: unknown) => {
        const p = parseRegionInput(d);
        if (!p.ok) throw new Error("a generated region failed to parse");
        return p.value;
      });
      for (const input of regions) for (const options of OPTIONS.slice(0, 3)) kept(input, edition, options);
    }
  }, 180_000);
});
