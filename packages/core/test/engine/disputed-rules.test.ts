/**
 * The two rules sources dispute, as edition fields tested at their edges:
 * - `formula.predicateOn`: the predicate on the rounded index (default) or on the exact one (a regional system);
 * - `yandas.countRelatedUrusan`: whether an innovation's related urusan count toward yandas coverage (default: main only).
 */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { predicateFor } from "../../src/engine/predicate.js";
import { scoreRegion } from "../../src/engine/region.js";
import { deriveEdition } from "../../src/model/index.js";
import { allAt, innovation, innovations, region } from "./builders.js";
import { YANDAS } from "./fixtures.js";

const iid2026 = getEdition("iid-2026")!;
const derived = (patch: Parameters<typeof deriveEdition>[1]) => {
  const r = deriveEdition(iid2026, { id: "varian", ...patch });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
const unrounded = derived({ formula: { predicateOn: "unrounded" } });
const label = (index: number, e = iid2026) => predicateFor(index, e)?.label.id;

describe("formula.predicateOn", () => {
  it('defaults to "rounded" in every shipped edition', () => {
    expect(iid2026.formula.predicateOn).toBe("rounded");
    expect(getEdition("iid-2023")!.formula.predicateOn).toBe("rounded");
  });

  it.each([
    // exact index, rounded, unrounded (2026 bands: Inovatif 40.01–65.00, Sangat Inovatif ≥ 65.01)
    [65.005, "Sangat Inovatif", "Inovatif"],
    [65.009999, "Sangat Inovatif", "Inovatif"],
    [65.01, "Sangat Inovatif", "Sangat Inovatif"],
    [65.00999999999999, "Sangat Inovatif", "Sangat Inovatif"], // 65.01 with binary noise is still 65.01
    [65.004, "Inovatif", "Inovatif"],
    [40.005, "Inovatif", "Kurang Inovatif"],
    [40.01, "Inovatif", "Inovatif"],
    [0.004, "Tidak Dapat Dinilai", "Tidak Dapat Dinilai"],
    [0.005, "Kurang Inovatif", "Tidak Dapat Dinilai"],
    [100, "Sangat Inovatif", "Sangat Inovatif"],
  ])("%d → %s rounded, %s unrounded", (index, rounded, exact) => {
    expect(label(index)).toBe(rounded);
    expect(label(index, unrounded)).toBe(exact);
  });

  it("through scoreRegion: the index shown stays rounded; the predicate and the next band follow the setting", () => {
    // spec §7: eight innovations at tier 2 → exact index 37.749333…, shown 37.75. A province whose top band starts
    // at 37.75 (encoded (37.74, 100]) gives "Sangat Inovatif" on the rounded index and "Inovatif" on the exact one.
    const input = (e: typeof iid2026) => region({ spdAnswers: allAt(e, "SPD", 2), innovations: innovations(e, 8, 2) });
    const low = { id: "kurang-inovatif", max: { value: 30, inclusive: true } };
    const mid = { id: "inovatif", min: { value: 30, inclusive: false }, max: { value: 37.74, inclusive: true } };
    const top = { id: "sangat-inovatif", min: { value: 37.74, inclusive: false } };
    const rounded = derived({ bands: [low, mid, top] });
    const exact = derived({ bands: [low, mid, top], formula: { predicateOn: "unrounded" } });
    const a = scoreRegion(input(rounded), rounded).verified;
    const b = scoreRegion(input(exact), exact).verified;
    expect(a.total).toBeCloseTo(94.3733333, 6);
    expect([a.index, a.predicate?.label.id, a.nextBand]).toEqual([37.75, "Sangat Inovatif", null]);
    expect([b.index, b.predicate?.label.id]).toEqual([37.75, "Inovatif"]);
    expect(b.nextBand).toMatchObject({ band: { id: "sangat-inovatif" }, indexNeeded: 0.01 });
  });

  it("leaves the rounded edition's results exactly as they were (next band from the shown index)", () => {
    const r = scoreRegion(region({ spdAnswers: allAt(iid2026, "SPD", 2), innovations: innovations(iid2026, 12, 2) }), iid2026);
    expect(r.verified.nextBand).toMatchObject({ indexNeeded: 16.79, pointsNeeded: 41.97 });
  });
});

describe("yandas.countRelatedUrusan", () => {
  // Four yandas urusan as main urusan, and a fifth only as the related urusan of a tourism innovation: 2026 needs 5.
  const invs = (e: typeof iid2026) => [
    ...YANDAS.slice(0, 4).map((u, k) => innovation(e, 2, { name: `Inovasi ${k + 1}`, urusan: u })),
    innovation(e, 2, { name: "Wisata Inklusif", urusan: "Pariwisata", relatedUrusan: [YANDAS[5]!] }),
  ];
  const related = derived({ yandas: { countRelatedUrusan: true } });

  it("defaults to false: the main urusan only, so the related Sosial does not count and the rule fails at 4 of 5", () => {
    expect(iid2026.yandas.countRelatedUrusan).toBe(false);
    const r = scoreRegion(region({ spdAnswers: allAt(iid2026, "SPD", 2), innovations: invs(iid2026) }), iid2026);
    expect(r.yandas.verified).toMatchObject({ met: false, covered: YANDAS.slice(0, 4) });
    expect(r.verified.sid.jumlahInovasi.score).toBe(0);
    expect(r.yandas.verified.cost.points).toBeCloseTo(0.38 * 5, 10);
  });

  it("true: the related urusan counts, the rule is met at exactly 5 of 5, and the jumlah-inovasi score is kept", () => {
    const r = scoreRegion(region({ spdAnswers: allAt(related, "SPD", 2), innovations: invs(related) }), related);
    expect(r.yandas.verified).toMatchObject({ met: true, covered: [...YANDAS.slice(0, 4), YANDAS[5]] });
    expect(r.verified.sid.jumlahInovasi.score).toBeCloseTo(0.38 * 5, 10);
  });

  it("one urusan short stays unmet even with related urusan counted", () => {
    const fewer = invs(related).slice(1); // drops the first main urusan
    const r = scoreRegion(region({ spdAnswers: allAt(related, "SPD", 2), innovations: fewer }), related);
    expect(r.yandas.verified.met).toBe(false);
  });
});
