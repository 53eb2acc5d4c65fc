/**
 * compareYears on one kabupaten in 2025 and 2026, every figure checked by hand (fixture edition: the 2026 shape —
 * SPD Σ bobot 21, SID Σ bobot 37, floor 12, 0.38 × n, maximum 250, 2 decimals).
 *
 * 2025: SPD every row tier 2 = 42; innovations "Inovasi 1" … "Inovasi 8", all at tier 2 (74 each), Dinas Kesehatan.
 *   SID = 8 × 74 / MAX(12, 8) + 0.38 × 8 = 49.3333 + 3.04 = 52.3733; total 94.3733; IID 37.749 → 37.75.
 * 2026: SPD every row tier 3 = 63; "INOVASI-1" (the same innovation, other spelling), Inovasi 2 … 7 (Inovasi 3 now at
 *   tier 3 = 111), Inovasi 8 gone, Inovasi 9 … 12 new (Inovasi 12 by Dinas Sosial): n = 11.
 *   SID = (10 × 74 + 111) / MAX(12, 11) + 0.38 × 11 = 851 / 12 + 4.18 = 70.9167 + 4.18 = 75.0967;
 *   total 63 + 75.0967 = 138.0967; IID 55.2387 → 55.24. Δ index 55.24 − 37.75 = 17.49.
 */
import { describe, expect, it } from "vitest";
import { compareYears, matchKey } from "../../src/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import { allAt, innovations, region } from "../engine/builders.js";
import { edition2026 } from "../engine/fixtures.js";

const e = edition2026;
const compliance = {
  rules: [{ id: "satu-instansi", name: { id: "Satu Instansi Satu Inovasi", en: "One agency, one innovation" }, agencyTypes: ["opd" as const, "kecamatan" as const], minCount: 1 }],
  targets: [{ id: "target", name: { id: "Target 10 inovasi", en: "Target of 10 innovations" }, count: 10 }],
};
const before = region({
  region: { name: "Kabupaten Contoh", level: "kabupaten", year: 2025 },
  spdAnswers: allAt(e, "SPD", 2),
  agencies: [{ name: "Dinas Kesehatan", type: "opd" }, { name: "Dinas Sosial", type: "opd" }, { name: "Kecamatan Utara", type: "kecamatan" }],
  innovations: innovations(e, 8, 2),
  compliance,
}, 2025);
const afterList = innovations(e, 12, 2).filter((i) => i.name !== "Inovasi 8");
afterList[0]!.name = "INOVASI-1";
afterList[2]!.answers = allAt(e, "SID", 3); // Inovasi 3
afterList[10]!.agency = "Dinas Sosial"; // Inovasi 12
const after = region({
  region: { name: "Kabupaten  contoh", level: "kabupaten", year: 2026 },
  spdAnswers: allAt(e, "SPD", 3),
  agencies: [{ name: "Dinas Kesehatan", type: "opd" }, { name: "dinas sosial", type: "opd" }, { name: "Kecamatan Selatan", type: "kecamatan" }],
  innovations: afterList,
  compliance,
});

describe("compareYears", () => {
  const c = compareYears({ result: scoreRegion(before, e), edition: e }, { result: scoreRegion(after, e), edition: e });

  it("gives index and predicate in each year and the change, with the edition of each year", () => {
    expect(c.years).toEqual({ before: 2025, after: 2026 });
    expect(c.index.verified).toEqual({ before: 37.75, after: 55.24, delta: 17.49 });
    expect(c.index.claimed).toEqual({ before: 37.75, after: 55.24, delta: 17.49 }); // all evidence accepted: claimed = verified
    expect([c.predicate.verified.before?.id, c.predicate.verified.after?.id]).toEqual(["kurang-inovatif", "inovatif"]);
    expect(c.editions).toEqual({ before: { id: e.id, year: e.year, caveat: null }, after: { id: e.id, year: e.year, caveat: null }, same: true });
    expect(c.notes).toEqual([]); // "Kabupaten  contoh" is the same region (case and spaces ignored)
  });

  it("moves SPD by 21 (42 → 63), SID by 22.73 (52.37 → 75.10), the total by 43.73 — deltas of the figures as printed", () => {
    expect(c.verified.spd).toEqual({ before: 42, after: 63, delta: 21 });
    // 75.0967 and 52.3733 print 75.10 and 52.37: the change printed beside them is 22.73 (the exact 22.7233 would
    // print 22.72, and 52.37 + 22.72 ≠ 75.10)
    expect(c.verified.sid).toEqual({ before: 52.37, after: 75.1, delta: 22.73 });
    // 138.0967 − 94.3733 = 43.7233 exactly; printed 138.10 − 94.37 = 43.73
    expect(c.verified.total).toEqual({ before: 94.37, after: 138.1, delta: 43.73 });
    expect(c.verified.counted).toEqual({ before: 8, after: 11, delta: 3 });
  });

  it("gives points per indicator in each year: an SPD row of bobot 1.5 from 3 to 4.5; SID-20 (bobot 4) from 64/12 to 92/12", () => {
    const spd = c.indicators.find((i) => i.aspect === "SPD" && e.indicators.find((x) => x.id === i.indicatorId)?.weight === 1.5)!;
    expect(spd.points).toEqual({ before: 3, after: 4.5, delta: 1.5 });
    // 2025: 8 innovations × 4 × 2 = 64, / 12 = 5.3333; 2026: 10 × 8 + 1 × 12 = 92, / 12 = 7.6667; printed 5.33 → 7.67: Δ 2.34
    expect(c.indicators.find((i) => i.indicatorId === "SID-20")!.points).toEqual({ before: 5.33, after: 7.67, delta: 2.34 });
    expect(c.indicators.every((i) => i.inBefore && i.inAfter)).toBe(true);
  });

  it("matches innovations by normalised name and agency: 7 carried over (one improved by 37), 1 dropped, 4 added", () => {
    expect(c.innovations.carried.map((x) => x.after.name)).toEqual(["INOVASI-1", "Inovasi 2", "Inovasi 3", "Inovasi 4", "Inovasi 5", "Inovasi 6", "Inovasi 7"]);
    expect(c.innovations.carried[2]!.verified).toEqual({ before: 74, after: 111, delta: 37 });
    expect(c.innovations.dropped.map((x) => x.name)).toEqual(["Inovasi 8"]);
    expect(c.innovations.added.map((x) => x.name)).toEqual(["Inovasi 9", "Inovasi 10", "Inovasi 11", "Inovasi 12"]);
  });

  it("lists agencies that produced in neither year, and each year's target progress and non-compliant agencies", () => {
    // Dinas Sosial produced in 2026 (Inovasi 12); the two kecamatan never did
    expect(c.agenciesInNeither).toEqual(["Kecamatan Utara", "Kecamatan Selatan"]);
    expect(c.targets.before.map((t) => [t.year, t.count, t.target, t.progress, t.met])).toEqual([[2025, 8, 10, 80, false]]);
    expect(c.targets.after.map((t) => [t.year, t.count, t.target, t.progress, t.met])).toEqual([[2026, 11, 10, 100, true]]);
    // 2025: Dinas Sosial and Kecamatan Utara; 2026: Kecamatan Selatan
    expect(c.nonCompliant).toEqual({ before: 2, after: 1, delta: -1 });
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
  });

  it("names both editions and says so when the years were scored with different editions, and when the region differs", () => {
    const prov = { ...e, id: "prov-2026", caveat: { id: "model provinsi", en: "province model" } };
    const other = region({ region: { name: "Kota Lain", level: "kota", year: 2024 }, spdAnswers: allAt(e, "SPD", 2), innovations: innovations(e, 8, 2) }, 2024);
    const d = compareYears({ result: scoreRegion(before, e), edition: e }, { result: scoreRegion(other, prov), edition: prov });
    expect(d.editions.same).toBe(false);
    expect(d.editions.after).toEqual({ id: "prov-2026", year: e.year, caveat: { id: "model provinsi", en: "province model" } });
    expect(d.notes).toEqual(["different_edition", "different_region", "year_not_later"]);
  });

  it("one region however it is spelt; the same name at another level is another region", () => {
    const named = (name: string, level: "kabupaten" | "kota") => ({ result: scoreRegion(region({ region: { name, level, year: 2026 }, spdAnswers: allAt(e, "SPD", 2), innovations: innovations(e, 8, 2) }), e), edition: e });
    const old = { result: scoreRegion(before, e), edition: e };
    expect(compareYears(old, named("Kab. Contoh", "kabupaten")).notes).toEqual([]);
    expect(compareYears(old, named("Pemerintah Kabupaten Contoh", "kabupaten")).notes).toEqual([]);
    expect(compareYears(old, named("Kota Contoh", "kota")).notes).toEqual(["different_region"]);
  });
});

describe("matchKey", () => {
  it.each([
    ["E-Sehat", "Dinas Kesehatan", "e sehat", "dinas  kesehatan", true],
    ["Sapa Warga", "Dinas Sosial", "Sapa  Wargâ", "DINAS SOSIAL", true],
    // spaces ignored as banding says (prov13 F5: "Si Bersih" and "SiBersih" were dropped + added)
    ["Si Sehat", "Dinas Kesehatan", "SiSehat", "Dinas Kesehatan", true],
    ["Si-Bersih  pendidikan", "Dinas Pendidikan", "SiBersih Pendidikan", "Dinas  Pendidikan", true],
    ["Si Sehat", "Dinas Kesehatan", "Si Sehat", "Dinas Sosial", false],
  ])("%s (%s) ~ %s (%s): %s", (n1, a1, n2, a2, same) => {
    expect(matchKey(n1, a1) === matchKey(n2, a2)).toBe(same);
  });
});

describe("compareYears: close pairs named, never paired (prov13 F5)", () => {
  it("a typo in the name, or the same name under a renamed agency: dropped and added, and named as probably one", () => {
    const b = region({ region: { name: "Kabupaten Contoh", level: "kabupaten", year: 2025 }, spdAnswers: allAt(e, "SPD", 2), innovations: innovations(e, 3, 2) }, 2025);
    const a = region({ region: { name: "Kabupaten Contoh", level: "kabupaten", year: 2026 }, spdAnswers: allAt(e, "SPD", 2), innovations: innovations(e, 3, 2) });
    b.innovations[0]!.name = "Kartu Air Kesehatn";
    a.innovations[0]!.name = "Kartu Air Kesehatan";
    b.innovations[1]!.name = a.innovations[1]!.name = "Pojok Hijau";
    b.innovations[1]!.agency = "Dinas Kominfo";
    a.innovations[1]!.agency = "Dinas Komunikasi dan Informatika";
    b.agencies = [...(b.agencies ?? []), { name: "Dinas Kominfo", type: "opd" }];
    a.agencies = [...(a.agencies ?? []), { name: "Dinas Komunikasi dan Informatika", type: "opd" }];
    const c = compareYears({ result: scoreRegion(b, e), edition: e }, { result: scoreRegion(a, e), edition: e });
    expect([c.innovations.carried.length, c.innovations.added.length, c.innovations.dropped.length]).toEqual([1, 2, 2]);
    expect(c.innovations.near.map((x) => [x.dropped.name, x.dropped.agency, x.added.name, x.added.agency])).toEqual([
      ["Kartu Air Kesehatn", b.innovations[0]!.agency, "Kartu Air Kesehatan", a.innovations[0]!.agency],
      ["Pojok Hijau", "Dinas Kominfo", "Pojok Hijau", "Dinas Komunikasi dan Informatika"],
    ]);
  });
});
