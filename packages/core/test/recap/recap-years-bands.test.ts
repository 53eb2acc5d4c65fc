/**
 * `compareRecaps` when the two years were scored with different band sets (audit37 #1): each year's predicate by its
 * place in its own year's bands, never the later year's order over both; bands that cannot be lined up are said to be.
 */
import { describe, expect, it } from "vitest";
import { type Edition, type RecapEntry, compareRecaps, deriveEdition, getEdition, recapRegions } from "../../src/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import { allAt, innovations, region } from "../engine/builders.js";

const iid2026 = getEdition("iid-2026")!;
type B = { id: string; label?: { id: string; en: string }; source?: unknown; min?: { value: number; inclusive: boolean }; max?: { value: number; inclusive: boolean } };
const band = (id: string, min: number | null, max: number | null, label?: string): B => ({
  id,
  ...(label ? { label: { id: label, en: label } } : {}),
  ...(min === null ? {} : { min: { value: min, inclusive: false } }),
  ...(max === null ? {} : { max: { value: max, inclusive: true } }),
  ...(label ? { source: iid2026.bands[1]!.source } : {}),
});
const derived = (id: string, year: number, bands: B[]): Edition => {
  const r = deriveEdition(iid2026, { id, year, bands } as never);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
};
// as the audit's province models: three bands in 2025, four in 2026 (a new bottom band "Perlu Pembinaan")
const three = derived("prov-2025", 2025, [band("kurang-inovatif", null, 30), band("inovatif", 30, 50), band("sangat-inovatif", 50, null)]);
const four = derived("prov-2026", 2026, [band("perlu-pembinaan", 0, 25, "Perlu Pembinaan"), band("kurang-inovatif", 25, 40), band("inovatif", 40, 60), band("sangat-inovatif", 60, null)]);
// three bands of other names (none shared with `three`)
const gone = ["kurang-inovatif", "inovatif", "sangat-inovatif"].map((id) => ({ id, $remove: true }) as unknown as B);
const renamed = derived("prov-lain-2026", 2026, [...gone, band("rendah", 0, 30, "Rendah"), band("sedang", 30, 50, "Sedang"), band("tinggi", 50, 100, "Tinggi")]);

/** Every answer at tier 2: 1 innovation → 19.27, 2 → 21.73, 4 → 26.67, 8 → 37.75, 12 → 48.22, 50 → 54.00 (the bands above decide the predicate). */
const entry = (name: string, n: number, year: number, edition: Edition): RecapEntry => {
  const input = region({ region: { name, level: "kabupaten", year }, spdAnswers: allAt(edition, "SPD", 2), innovations: innovations(edition, n, 2) });
  return { id: `${name}-${year}.xlsx`, result: scoreRegion(input, edition), edition };
};
const compare = (pairs: [string, number, number][], before: Edition, after: Edition) =>
  compareRecaps(recapRegions(pairs.map(([name, b]) => entry(name, b, 2025, before))), recapRegions(pairs.map(([name, , a]) => entry(name, a, 2026, after))));
const moves = (c: ReturnType<typeof compareRecaps>) => Object.fromEntries(c.regions.map((r) => [r.after.name, [r.before.predicate?.label.id, r.after.predicate?.label.id, r.predicate]]));

describe("compareRecaps: each year's predicate by its place in its own year's bands (audit37 #1)", () => {
  it("bands of different counts line up at their ends: the bottom band both years is the same, whatever each calls it", () => {
    const c = compare([
      ["Kabupaten Bukit", 1, 2], // bottom both years (19.27 Kurang Inovatif of three → 21.73 Perlu Pembinaan of four): it was "down"
      ["Kabupaten Rawa", 2, 8], // bottom of three → second of four, both "Kurang Inovatif": the ends say up, the name the same
      ["Kabupaten Hulu", 8, 12], // "Inovatif" in the middle of both: the same predicate
      ["Kabupaten Pantai", 8, 8], // the middle of both, of different predicates (Inovatif 30–50 → Kurang Inovatif 25–40)
      ["Kabupaten Puncak", 50, 50], // top of three → third of four: down
      ["Kabupaten Lembah", 1, 12], // bottom → third of four: up
    ], three, four);
    expect(moves(c)).toEqual({
      "Kabupaten Bukit": ["Kurang Inovatif", "Perlu Pembinaan", "same"],
      "Kabupaten Rawa": ["Kurang Inovatif", "Kurang Inovatif", "incomparable"],
      "Kabupaten Hulu": ["Inovatif", "Inovatif", "same"],
      "Kabupaten Pantai": ["Inovatif", "Kurang Inovatif", "incomparable"],
      "Kabupaten Puncak": ["Sangat Inovatif", "Inovatif", "down"],
      "Kabupaten Lembah": ["Kurang Inovatif", "Inovatif", "up"],
    });
    expect(c.moved).toMatchObject({ predicateUp: 1, predicateDown: 1, predicateIncomparable: 2 });
  });

  it("bands of as many places line up place by place, though no name is shared", () => {
    const c = compare([["Kabupaten Bukit", 1, 2], ["Kabupaten Hulu", 1, 8], ["Kabupaten Puncak", 50, 12]], three, renamed);
    expect(moves(c)).toEqual({
      "Kabupaten Bukit": ["Kurang Inovatif", "Rendah", "same"],
      "Kabupaten Hulu": ["Kurang Inovatif", "Sedang", "up"],
      "Kabupaten Puncak": ["Sangat Inovatif", "Sedang", "down"],
    });
  });

  it("no shared name and different counts: two middle places are not comparable; stopping to report is a fall in any band set", () => {
    const c = compare([["Kabupaten Pantai", 8, 8]], renamed, four);
    expect(c.regions[0]!.predicate).toBe("incomparable");
    const silent = (e: Edition) => { const x = entry("Kabupaten Pantai", 0, 2026, e); return { ...x, result: scoreRegion(region({ region: { name: "Kabupaten Pantai", level: "kabupaten", year: 2026, reported: false }, innovations: [] }), e) }; };
    const stopped = compareRecaps(recapRegions([entry("Kabupaten Pantai", 8, 2025, renamed)]), recapRegions([silent(four)]));
    expect(stopped.regions[0]).toMatchObject({ predicate: "down", reporting: "stopped" });
  });

  it("one band set both years: as before, by its order", () => {
    const c = compare([["Kabupaten Bukit", 1, 2], ["Kabupaten Hulu", 2, 8], ["Kabupaten Puncak", 12, 8]], four, four);
    expect(["Kabupaten Bukit", "Kabupaten Hulu", "Kabupaten Puncak"].map((n) => moves(c)[n]![2])).toEqual(["same", "up", "down"]);
  });
});
