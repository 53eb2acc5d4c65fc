/**
 * A province's recap against last year's (`compareRecaps`): which kab/kota rose or fell, whose predicate changed, the
 * province's average and predicate counts then → now, the regions of one year only, and editions never mixed unsaid.
 */
import { describe, expect, it } from "vitest";
import { type Edition, type RecapEntry, compareRecaps, recapRegions } from "../../src/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import { allAt, innovations, region } from "../engine/builders.js";
import { edition2026, editionWith } from "../engine/fixtures.js";

const e = edition2026;
type Level = "kabupaten" | "kota" | "provinsi";
/** Every answer at tier 2 (docs/model.md §10): 8 innovations → 37.75 Kurang Inovatif, 12 → 48.22 Inovatif. */
const entry = (id: string, name: string, n: number, year: number, { level = "kabupaten" as Level, edition = e as Edition, reported = true } = {}): RecapEntry => {
  const input = region({ region: { name, level, year, reported }, spdAnswers: allAt(edition, "SPD", 2), innovations: innovations(edition, n, 2) });
  return { id, result: scoreRegion(input, edition), edition };
};

describe("compareRecaps", () => {
  const last = recapRegions([
    entry("a-2025.xlsx", "Kabupaten A", 8, 2025),
    entry("b-2025.xlsx", "Kabupaten B", 12, 2025),
    entry("c-2025.xlsx", "Kab. C", 12, 2025),
    entry("d-2025.xlsx", "Kabupaten D", 12, 2025),
    entry("malang-2025.xlsx", "Kabupaten Malang", 12, 2025),
  ]);
  const now = recapRegions([
    entry("a.xlsx", "Kabupaten A", 12, 2026),
    entry("b.xlsx", "Kabupaten B", 8, 2026),
    entry("c.xlsx", "Kabupaten C", 12, 2026),
    entry("malang.xlsx", "Kota Malang", 12, 2026, { level: "kota" }),
  ]);

  it("matches each region by level and name however spelt; names the regions of one year only", () => {
    const c = compareRecaps(last, now);
    expect(c.years).toEqual({ before: 2025, after: 2026 });
    expect(c.regions.map((r) => [r.after.name, r.before.index, r.after.index, r.delta, r.predicate])).toEqual([
      ["Kabupaten A", 37.75, 48.22, 10.47, "up"],
      ["Kabupaten C", 48.22, 48.22, 0, "same"],
      ["Kabupaten B", 48.22, 37.75, -10.47, "down"],
    ]);
    expect(c.regions[1]!.before.name).toBe("Kab. C");
    // Kabupaten Malang and Kota Malang are two regions, never matched
    expect(c.onlyBefore.map((x) => x.name)).toEqual(["Kabupaten D", "Kabupaten Malang"]);
    expect(c.onlyAfter.map((x) => [x.name, x.id])).toEqual([["Kota Malang", "malang.xlsx"]]);
    expect(c.moved).toEqual({ rose: 1, fell: 1, same: 1, unknown: 0, predicateUp: 1, predicateDown: 1 });
    expect(c.notes).toEqual([]);
    expect(c.editions).toEqual({ before: [e.id], after: [e.id], same: true });
  });

  it("the province's line then → now: regions, ranked, the average verified index and regions per predicate", () => {
    const c = compareRecaps(last, now);
    expect(c.province.regions).toEqual({ before: 5, after: 4 });
    expect(c.province.average).toEqual({ before: last.totals.averageIndex, after: now.totals.averageIndex, delta: Math.round((now.totals.averageIndex! - last.totals.averageIndex!) * 100) / 100 });
    expect(c.province.average.before).toBe(46.13); // (37.75 + 4 × 48.22) / 5 = 46.126
    const count = (label: string) => c.province.predicates.find((p) => p.predicate?.label.id === label);
    expect(count("Inovatif")).toMatchObject({ before: 4, after: 3 });
    expect(count("Kurang Inovatif")).toMatchObject({ before: 1, after: 1 });
    expect(c.province.predicates.map((p) => p.predicate?.id)).toEqual(["sangat-inovatif", "inovatif", "kurang-inovatif", "tidak-dapat-dinilai"]);
  });

  it("a region scored with another edition last year: sameEdition false and a different_edition note (never mixed unsaid)", () => {
    const prov = editionWith((x) => { x.id = "prov-2025"; });
    const other = recapRegions([entry("a-2025.xlsx", "Kabupaten A", 8, 2025, { edition: prov })]);
    const c = compareRecaps(other, now);
    expect(c.notes).toEqual(["different_edition"]);
    expect(c.editions).toEqual({ before: ["prov-2025"], after: [e.id], same: false });
    expect(c.regions[0]).toMatchObject({ sameEdition: false, before: { edition: "prov-2025" }, after: { edition: e.id }, delta: 10.47 });
  });

  it("a region that did not report in a year: no change given (its 0 is the rules', not measured), nor a predicate direction", () => {
    const silent = recapRegions([entry("a-2025.xlsx", "Kabupaten A", 0, 2025, { reported: false })]);
    const c = compareRecaps(silent, now);
    expect(c.regions[0]).toMatchObject({ before: { reported: false, index: 0 }, delta: null, predicate: null });
    expect(c.moved).toMatchObject({ unknown: 1, predicateUp: 0, predicateDown: 0 });
    // one that stopped reporting: counted once, among those without a change, not also as a predicate gone down
    const stopped = compareRecaps(last, recapRegions([entry("b.xlsx", "Kabupaten B", 0, 2026, { reported: false })]));
    expect(stopped.regions[0]).toMatchObject({ before: { reported: true, index: 48.22 }, after: { reported: false }, delta: null, predicate: null });
    expect(stopped.moved).toEqual({ rose: 0, fell: 0, same: 0, unknown: 1, predicateUp: 0, predicateDown: 0 });
  });

  it("a file of another year than its recap's is not compared, and named with its year (not dropped unsaid)", () => {
    const mixed = recapRegions([entry("a-2025.xlsx", "Kabupaten A", 8, 2025), entry("b-2025.xlsx", "Kabupaten B", 12, 2025), entry("c-2024.xlsx", "Kabupaten C", 12, 2024)]);
    const c = compareRecaps(mixed, now);
    expect(c.outsideYear).toEqual({ before: [{ id: "c-2024.xlsx", year: 2024 }], after: [] });
    expect(c.onlyAfter.map((x) => x.name)).toContain("Kabupaten C");
    expect(compareRecaps(last, now).outsideYear).toEqual({ before: [], after: [] });
  });

  it("recaps of one year, or in the wrong order, are said to be (year_not_later); a wrong argument is refused", () => {
    expect(compareRecaps(now, last).notes).toEqual(["year_not_later"]);
    expect(() => compareRecaps(now.regions as never, now)).toThrow(/compareRecaps: before expected as recapRegions/);
  });
});
