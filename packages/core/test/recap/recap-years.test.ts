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

describe("last year's recap (RecapOptions.yearBefore)", () => {
  // audit29 F2: --previous held one 2025 and one 2026 file; the tie took 2026 as "last year" and Hulu was compared
  // with itself (53,56 → 53,56)
  const mixed = [entry("hulu-2026.xlsx", "Kabupaten Hulu", 12, 2026), entry("bukit-2025.xlsx", "Kabupaten Bukit", 8, 2025)];
  it("the main year is the most common year before this one, even against more files of this year", () => {
    expect(recapRegions(mixed).year).toBe(2026);
    const last = recapRegions(mixed, { yearBefore: 2026 });
    expect(last.year).toBe(2025);
    expect(last.years.map((y) => y.year)).toEqual([2025, 2026]);
    // every file stays a row, ranked within its year
    expect(last.regions.map((r) => [r.id, r.rank])).toEqual([["bukit-2025.xlsx", 1], ["hulu-2026.xlsx", 1]]);
    const more = [...mixed, entry("rawa-2026.xlsx", "Kabupaten Rawa", 8, 2026), entry("old-2024.xlsx", "Kabupaten Lama", 8, 2024)];
    expect(recapRegions(more, { yearBefore: 2026 }).year).toBe(2025); // equal counts: the later of the earlier years
    const c = compareRecaps(last, recapRegions([entry("hulu.xlsx", "Kabupaten Hulu", 8, 2026)]));
    expect(c.years).toEqual({ before: 2025, after: 2026 });
    expect(c.regions).toEqual([]);
    expect(c.outsideYear.before).toEqual([{ id: "hulu-2026.xlsx", year: 2026 }]);
  });
  it("no earlier year: the most common, as without it (the caller refuses)", () => {
    expect(recapRegions([entry("hulu-2026.xlsx", "Kabupaten Hulu", 12, 2026)], { yearBefore: 2026 }).year).toBe(2026);
    expect(recapRegions(mixed, { year: 2026, yearBefore: 2026 }).year).toBe(2026);
  });
});

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
    expect(c.moved).toEqual({ rose: 1, fell: 1, same: 1, unknown: 0, predicateUp: 1, predicateDown: 1, predicateIncomparable: 0, stopped: 0, started: 0, flawed: 0 });
    // every file of both years was read: the regions of one year only had no file of the other
    expect([...c.onlyBefore, ...c.onlyAfter].map((x) => x.absent)).toEqual([{ why: "no_file" }, { why: "no_file" }, { why: "no_file" }]);
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

  it("a region that did not report in a year: no change given (its 0 is the rules', not measured); its predicate moves to or from Tidak Dapat Dinilai", () => {
    const silent = recapRegions([entry("a-2025.xlsx", "Kabupaten A", 0, 2025, { reported: false })]);
    const c = compareRecaps(silent, now);
    // started reporting: from "Tidak Dapat Dinilai" (the band of a region that did not report, spec §2) up
    expect(c.regions[0]).toMatchObject({ before: { reported: false, index: 0 }, delta: null, predicate: "up", reporting: "started" });
    expect(c.moved).toMatchObject({ unknown: 1, predicateUp: 1, predicateDown: 0, started: 1 });
    // stopped reporting: no index change (not measured), but its predicate fell to Tidak Dapat Dinilai (prov21, audit21 F1)
    const stopped = compareRecaps(last, recapRegions([entry("b.xlsx", "Kabupaten B", 0, 2026, { reported: false })]));
    expect(stopped.regions[0]).toMatchObject({ before: { reported: true, index: 48.22 }, after: { reported: false }, delta: null, predicate: "down", reporting: "stopped" });
    expect(stopped.moved).toEqual({ rose: 0, fell: 0, same: 0, unknown: 1, predicateUp: 0, predicateDown: 1, predicateIncomparable: 0, stopped: 1, started: 0, flawed: 0 });
  });

  it("the headline compares like with like: the regions ranked in both years; who makes the two years' sets differ is named (audit21 F1)", () => {
    // 2025: A 37.75, B 48.22, C 48.22, G 16.8-ish (weak); 2026: A 48.22, B 37.75, C 48.22, G stopped reporting, N new
    const before = recapRegions([
      entry("a-2025.xlsx", "Kabupaten A", 8, 2025), entry("b-2025.xlsx", "Kabupaten B", 12, 2025), entry("c-2025.xlsx", "Kabupaten C", 12, 2025),
      entry("g-2025.xlsx", "Kabupaten G", 0, 2025), entry("s-2025.xlsx", "Kabupaten S", 0, 2025),
    ]);
    const after = recapRegions([
      entry("a.xlsx", "Kabupaten A", 12, 2026), entry("b.xlsx", "Kabupaten B", 8, 2026), entry("c.xlsx", "Kabupaten C", 12, 2026),
      entry("g.xlsx", "Kabupaten G", 0, 2026, { reported: false }), entry("n.xlsx", "Kabupaten N", 12, 2026),
    ]);
    const c = compareRecaps(before, after);
    const g = before.regions.find((r) => r.id === "g-2025.xlsx")!.verified.index!;
    // each year's own average is over different regions: 2025 has G and S (weak), 2026 has N (strong)
    expect(c.province.average.before).toBe(Math.round(((37.75 + 48.22 + 48.22 + 2 * g) / 5) * 100) / 100);
    expect(c.province.average.after).toBe(Math.round(((48.22 + 37.75 + 48.22 + 48.22) / 4) * 100) / 100);
    expect(c.province.average.delta).toBeGreaterThan(5);
    // like for like: A, B, C in both years — the same mean both years, no change
    expect(c.province.likeForLike).toEqual({ regions: 3, editions: { before: ["test-2026"], after: ["test-2026"] }, before: 44.73, after: 44.73, delta: 0 });
    expect(c.province.outside).toEqual({
      before: [{ name: "Kabupaten G", level: "kabupaten", why: "not_reported" }, { name: "Kabupaten S", level: "kabupaten", why: "no_file" }],
      after: [{ name: "Kabupaten N", level: "kabupaten", why: "no_file" }],
    });
    expect(c.moved).toMatchObject({ rose: 1, fell: 1, same: 1, unknown: 1, predicateDown: 2, stopped: 1 });
  });

  it("a rank's move is among the regions ranked in both years, each year's own rank kept beside it (prov22)", () => {
    // 2025: C 37.75, L 32.51 (no 2026 file), B 26.67, A 21.73; 2026: N 48.22 (new), C 37.75, A 32.51, B 29.89
    const before = recapRegions([
      entry("a-2025.xlsx", "Kabupaten A", 2, 2025), entry("b-2025.xlsx", "Kabupaten B", 4, 2025),
      entry("l-2025.xlsx", "Kabupaten L", 6, 2025), entry("c-2025.xlsx", "Kabupaten C", 8, 2025),
    ]);
    const after = recapRegions([
      entry("a.xlsx", "Kabupaten A", 6, 2026), entry("b.xlsx", "Kabupaten B", 5, 2026),
      entry("c.xlsx", "Kabupaten C", 8, 2026), entry("n.xlsx", "Kabupaten N", 12, 2026),
    ]);
    const c = compareRecaps(before, after);
    const ranks = Object.fromEntries(c.regions.map((r) => [r.after.name, [r.before.rank, r.after.rank, r.rankLikeForLike]]));
    // C: "1 → 2" in each year's own ranks, but nobody of both years passed it (N is new): no move
    expect(ranks["Kabupaten C"]).toEqual([1, 2, { before: 1, after: 1, move: 0 }]);
    // A passed B: "4 → 3" and "3 → 4" in own ranks; among the three of both years, up one and down one
    expect(ranks["Kabupaten A"]).toEqual([4, 3, { before: 3, after: 2, move: 1 }]);
    expect(ranks["Kabupaten B"]).toEqual([3, 4, { before: 2, after: 3, move: -1 }]);
    expect(c.province.likeForLike.regions).toBe(3);
    // a region not ranked in both years has no move
    const stopped = compareRecaps(before, recapRegions([entry("a.xlsx", "Kabupaten A", 0, 2026, { reported: false }), entry("c.xlsx", "Kabupaten C", 8, 2026)]));
    expect(stopped.regions.map((r) => [r.after.name, r.rankLikeForLike])).toEqual([["Kabupaten C", { before: 1, after: 1, move: 0 }], ["Kabupaten A", null]]);
  });

  it("the province's own workbook is ranked apart: in neither the like-for-like average nor the kab/kota's ranks (prov22)", () => {
    const prov = (year: number, n: number) => entry(`prov-${year}.xlsx`, "Provinsi Contoh", n, year, { level: "provinsi" });
    const before = recapRegions([entry("a-2025.xlsx", "Kabupaten A", 2, 2025), entry("b-2025.xlsx", "Kabupaten B", 4, 2025), prov(2025, 12)]);
    const after = recapRegions([entry("a.xlsx", "Kabupaten A", 6, 2026), entry("b.xlsx", "Kabupaten B", 5, 2026), prov(2026, 3), entry("n.xlsx", "Kabupaten N", 12, 2026)]);
    const c = compareRecaps(before, after);
    // A 21.73 → 32.51, B 26.67 → 29.89: the kab/kota's line, as the totals' average is
    expect(c.province.likeForLike).toEqual({ regions: 2, editions: { before: ["test-2026"], after: ["test-2026"] }, before: 24.2, after: 31.2, delta: 7 });
    const ranks = Object.fromEntries(c.regions.map((r) => [r.after.name, r.rankLikeForLike]));
    expect(ranks["Provinsi Contoh"]).toEqual({ before: 1, after: 1, move: 0 });
    expect(ranks["Kabupaten A"]).toEqual({ before: 2, after: 1, move: 1 });
    expect(c.province.outside.before).toEqual([]);
  });

  it("figures not valid yet in either year are in no change, no predicate move and no average (audit21 F5)", () => {
    const flawed = recapRegions([{ ...entry("a-2025.xlsx", "Kabupaten A", 8, 2025), flaws: { errors: 3, missing: [] } }, entry("b-2025.xlsx", "Kabupaten B", 12, 2025)]);
    const c = compareRecaps(flawed, now);
    expect(c.regions.find((r) => r.after.name === "Kabupaten A")).toMatchObject({ delta: null, predicate: null, before: { flawed: true } });
    expect(c.moved).toMatchObject({ rose: 0, fell: 1, unknown: 1, predicateUp: 0, flawed: 1 });
    expect(c.province.likeForLike.regions).toBe(1);
    expect(c.province.outside.after.find((x) => x.name === "Kabupaten A")).toEqual({ name: "Kabupaten A", level: "kabupaten", why: "flawed" });
    // the distribution of 2025 does not count it either
    expect(c.province.predicates.reduce((n, p) => n + p.before, 0)).toBe(1);
  });

  it("last year's regions scored with this year's edition are said to be, with how many (audit21 F3)", () => {
    const c = compareRecaps(last, now);
    expect(c.offYear).toEqual({ before: [{ edition: e.id, year: e.year, regions: 5 }], after: [] });
    expect(e.year).toBe(2026);
  });

  it("a file of last year that could not be read: its region is not said to have had no file (audit21 F2)", () => {
    const c = compareRecaps(recapRegions([entry("b-2025.xlsx", "Kabupaten B", 12, 2025)]), now, { notScored: { before: ["kab-a-2025.xlsx", "rusak.xlsx"] } });
    expect(c.notScored).toEqual({ before: ["kab-a-2025.xlsx", "rusak.xlsx"], after: [] });
    // A's name is in the unreadable file's name; C's is not, but its file may be the other unreadable one
    expect(c.onlyAfter.find((x) => x.name === "Kabupaten A")!.absent).toEqual({ why: "unreadable", file: "kab-a-2025.xlsx" });
    expect(c.onlyAfter.find((x) => x.name === "Kabupaten C")!.absent).toEqual({ why: "maybe_unreadable" });
    expect(c.province.outside.after.map((x) => x.why)).toEqual(["unreadable", "maybe_unreadable", "maybe_unreadable"]);
    // every unreadable file named for a region: the others had no file
    const named = compareRecaps(recapRegions([entry("b-2025.xlsx", "Kabupaten B", 12, 2025)]), now, { notScored: { before: ["kab-a-2025.xlsx"] } });
    expect(named.onlyAfter.map((x) => [x.name, x.absent])).toEqual([["Kabupaten A", { why: "unreadable", file: "kab-a-2025.xlsx" }], ["Kabupaten C", { why: "no_file" }], ["Kota Malang", { why: "no_file" }]]);
  });

  it("an unreadable file is its region's by every word of the name before any region's first word takes it", () => {
    const after = recapRegions([entry("kab-tanah-datar.xlsx", "Kabupaten Tanah Datar", 12, 2026), entry("kab-tanah-laut.xlsx", "Kabupaten Tanah Laut", 12, 2026)]);
    const c = compareRecaps(recapRegions([entry("b-2025.xlsx", "Kabupaten B", 12, 2025)]), after, { notScored: { before: ["kab-tanah-laut-2025.xlsx"] } });
    expect(c.onlyAfter.map((x) => [x.name, x.absent])).toEqual([
      ["Kabupaten Tanah Datar", { why: "no_file" }],
      ["Kabupaten Tanah Laut", { why: "unreadable", file: "kab-tanah-laut-2025.xlsx" }],
    ]);
  });

  it("a name that says another level than its Tingkat is pointed at from the other year's region of that level (audit21 F6)", () => {
    const before = recapRegions([entry("kab-malang-2025.xlsx", "Kab. Malang", 12, 2025), entry("kota-malang-2025.xlsx", "Kota Malang", 12, 2025, { level: "kota" })]);
    const after = recapRegions([entry("kab-malang.xlsx", "Kabupaten Malang", 12, 2026, { level: "kota" }), entry("kota-malang.xlsx", "Kota Malang", 12, 2026, { level: "kota" })]);
    const c = compareRecaps(before, after);
    expect(c.regions.map((r) => r.after.name)).toEqual(["Kota Malang"]);
    expect(c.onlyAfter[0]).toMatchObject({ name: "Kabupaten Malang", level: "kota", otherLevel: { name: "Kab. Malang", level: "kabupaten", id: "kab-malang-2025.xlsx" } });
    expect(c.onlyBefore[0]).toMatchObject({ name: "Kab. Malang", otherLevel: { name: "Kabupaten Malang", level: "kota" } });
  });

  it("the level a name says is levelInName's, as the reader's Tingkat check: 'Kota Malang' says kota, 'Kota Baru' (Kotabaru) none (prov22)", () => {
    // "Kota Malang" with Tingkat Kabupaten last year: its name says kota, as this year's Kota Malang's
    const slip = compareRecaps(recapRegions([entry("kota-malang-2025.xlsx", "Kota Malang", 12, 2025)]), recapRegions([entry("kota-malang.xlsx", "Kota Malang", 12, 2026, { level: "kota" })]));
    expect(slip.onlyBefore[0]!.otherLevel).toEqual({ name: "Kota Malang", level: "kota", id: "kota-malang.xlsx" });
    // "Kota Baru" says no level (Kabupaten Kotabaru in two words): like two regions named "Malang", not pointed at
    const baru = compareRecaps(recapRegions([entry("kota-baru-2025.xlsx", "Kota Baru", 12, 2025)]), recapRegions([entry("kota-baru.xlsx", "Kota Baru", 12, 2026, { level: "kota" })]));
    expect([baru.onlyBefore[0]!.otherLevel, baru.onlyAfter[0]!.otherLevel]).toEqual([undefined, undefined]);
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
