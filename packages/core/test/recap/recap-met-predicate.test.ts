/**
 * The recap's `met` is decided as the plan and the predicate decide a band (`reaches`, on `bandValue`), not on the
 * rounded index: under `formula.predicateOn: "unrounded"` (no shipped edition takes it) a region at exact 37.749333…
 * is shown 37.75 but is still below a top band starting at 37.75 — its predicate is the band under it.
 */
import { describe, expect, it } from "vitest";
import { getEdition, planRegion, recapRegions } from "../../src/index.js";
import { deriveEdition } from "../../src/model/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import { allAt, innovations, region } from "../engine/builders.js";

const iid2026 = getEdition("iid-2026")!;
// spec §7: eight innovations at tier 2 → exact index 37.749333…, shown 37.75; the top band starts at 37.75
const bands = [
  { id: "kurang-inovatif", max: { value: 30, inclusive: true } },
  { id: "inovatif", min: { value: 30, inclusive: false }, max: { value: 37.74, inclusive: true } },
  { id: "sangat-inovatif", min: { value: 37.74, inclusive: false } },
];
const derived = (predicateOn: "rounded" | "unrounded") => {
  const r = deriveEdition(iid2026, { id: `varian-${predicateOn}`, bands, formula: { predicateOn } });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const kab = (e: typeof iid2026) => region({ region: { name: "Kabupaten B", level: "kabupaten", year: 2026 }, spdAnswers: allAt(e, "SPD", 2), innovations: innovations(e, 8, 2) });

describe("recapRegions: met as the predicate and the plan decide it", () => {
  const exact = derived("unrounded");
  const input = kab(exact);
  const result = scoreRegion(input, exact);

  it.each([["named", "sangat-inovatif"], ["default (next predicate up)", undefined]] as const)("%s target: a region shown 37,75 whose predicate is Inovatif is short of Sangat Inovatif (37,75) by 0,01 (was met)", (_, target) => {
    expect([result.verified.index, result.verified.predicate?.id]).toEqual([37.75, "inovatif"]);
    const row = recapRegions([{ id: "b.xlsx", result, edition: exact, input }], { target }).regions[0]!;
    expect(row.target).toMatchObject({ band: { id: "sangat-inovatif" }, index: 37.75, met: false, indexNeeded: 0.01 });
    // the plan aims at the same band and does not call it reached either
    const plan = planRegion(input, exact, { target: { predicate: "sangat-inovatif" } });
    expect(plan.status).not.toBe("already_reached");
    expect(row.plan?.status).toBe(plan.status);
  });

  it("an index target stays on the rounded index: 37,75 reaches a target of 37,75", () => {
    const row = recapRegions([{ id: "b.xlsx", result, edition: exact, input }], { target: 37.75 }).regions[0]!;
    expect(row.target).toMatchObject({ band: null, index: 37.75, met: true, indexNeeded: 0 });
  });

  it("under the default (rounded) predicate the same region is in the top band and met, as before", () => {
    const rounded = derived("rounded");
    const r = scoreRegion(kab(rounded), rounded);
    expect(r.verified.predicate?.id).toBe("sangat-inovatif");
    const row = recapRegions([{ id: "b.xlsx", result: r, edition: rounded }], { target: "sangat-inovatif" }).regions[0]!;
    expect(row.target).toMatchObject({ met: true, indexNeeded: 0 });
  });
});
