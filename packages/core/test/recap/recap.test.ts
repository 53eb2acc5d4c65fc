/**
 * scoreRegions + recapRegions on small regions built from the spec's worked example (§7): SPD every row at tier 2
 * = 42; 12 innovations at tier 2 = 74 each → SID 74 + 0.38 × 12 = 78.56, total 120.56, IID 48.22 (Inovatif).
 */
import { describe, expect, it } from "vitest";
import { getEdition, countTargetMet, recapRegions, scoreRegions, type RecapEntry } from "../../src/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import { allAt, innovations, region } from "../engine/builders.js";
import { edition2026, editionWith } from "../engine/fixtures.js";

const e = edition2026;
const kab = (name: string, n: number, tier: number, spdTier = 2, over: Parameters<typeof innovations>[3] = {}) =>
  region({ region: { name, level: "kabupaten", year: 2026 }, spdAnswers: allAt(e, "SPD", spdTier), innovations: innovations(e, n, tier, over) });
const entry = (id: string, input: ReturnType<typeof kab>, edition = e): RecapEntry => ({ id, result: scoreRegion(input, edition), edition });

/** Kabupaten F: as A, but one innovation's SID-1 (bobot 3, tier 2 = 6 points) has no accepted evidence. */
function kabF() {
  const input = kab("Kabupaten F", 12, 2);
  input.innovations[0]!.answers["SID-1"] = { tier: 2, evidence: "missing" };
  return input;
}

const entries = [
  entry("a.xlsx", kab("Kabupaten A", 12, 2)), // 48.22
  entry("b.xlsx", kab("Kabupaten B", 8, 2)), // 37.75 (spec §7)
  // SPD 21 × 3 = 63; SID 12 × 111 / 12 + 0.38 × 12 = 115.56; total 178.56 / 250 = 71.424 → 71.42
  entry("c.xlsx", kab("Kabupaten C", 12, 3, 3)),
  entry("e.xlsx", kab("Kabupaten E", 12, 2)), // 48.22, tied with A
  entry("f.xlsx", kabF()),
];

describe("scoreRegions", () => {
  it("scores each region apart: one whose input does not parse is listed with its own issues, the others are scored", () => {
    const out = scoreRegions([
      { id: "good", input: kab("Kabupaten A", 12, 2) },
      { id: "bad", input: { region: { level: "desa", year: 2026 }, innovations: "none" } },
      { id: "also-good", input: kab("Kabupaten B", 8, 2), edition: e },
    ], { edition: e });
    expect(out.map((o) => [o.id, o.ok])).toEqual([["good", true], ["bad", false], ["also-good", true]]);
    const bad = out[1]!;
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["region.name", "region.level", "innovations"]));
    if (out[0]!.ok) expect(out[0]!.result.verified.index).toBe(48.22);
    if (out[2]!.ok) expect(out[2]!.result.verified.index).toBe(37.75);
  });
});

describe("recapRegions", () => {
  const recap = recapRegions(entries);
  const byId = (id: string) => recap.regions.find((r) => r.id === id)!;

  it("ranks by verified index, ties sharing a rank (competition ranking), rows in rank order", () => {
    expect(recap.regions.map((r) => [r.id, r.verified.index, r.rank])).toEqual([
      ["c.xlsx", 71.42, 1],
      ["a.xlsx", 48.22, 2],
      ["e.xlsx", 48.22, 2],
      ["f.xlsx", 48.02, 4], // 120.56 − 6 / 12 = 120.06 → 48.024
      ["b.xlsx", 37.75, 5],
    ]);
  });

  it("gives each row its figures: claimed and verified index, predicate, SPD, SID, innovations counted, yandas", () => {
    const a = byId("a.xlsx");
    expect(a.verified).toEqual({ index: 48.22, predicate: { id: "inovatif", label: expect.objectContaining({ id: "Inovatif" }) }, spd: 42, sid: 78.56, total: 120.56, counted: 12 });
    expect(a.yandasMet).toEqual({ claimed: true, verified: true });
    expect(a.yandasApplies).toBe(true);
    const off = { ...e, id: "prov-ny-2026", formula: { ...e.formula, jumlahInovasi: { ...e.formula.jumlahInovasi, requiresYandas: false } } };
    expect(recapRegions([entry("ny.xlsx", kab("Kabupaten A", 12, 2), off)]).regions[0]!.yandasApplies).toBe(false);
    expect(a.edition).toEqual({ id: e.id, year: e.year, caveat: null, decimals: 2 });
    expect(JSON.parse(JSON.stringify(recap))).toEqual(recap); // JSON-serialisable as is
  });

  it("measures the evidence gap in points of the total: SID-1's 6 points over the divisor 12 = 0.5 (0.2 index points)", () => {
    const f = byId("f.xlsx");
    expect(f.evidenceGap).toEqual({ count: 1, points: 0.5, index: 0.2 });
    expect(f.claimed.index).toBe(48.22);
    expect(byId("a.xlsx").evidenceGap).toEqual({ count: 0, points: 0, index: 0 });
  });

  it("counts predicates claimed and verified, top band first, every band listed", () => {
    expect(recap.distribution.map((d) => [d.predicate?.id, d.claimed, d.verified])).toEqual([
      ["sangat-inovatif", 1, 1],
      ["inovatif", 3, 3],
      ["kurang-inovatif", 1, 1],
      ["tidak-dapat-dinilai", 0, 0],
    ]);
  });

  it("says what a region below the target (default: the top band, 65.01) lacks most, largest first", () => {
    const a = byId("a.xlsx");
    expect(a.target).toMatchObject({ band: { id: "sangat-inovatif" }, index: 65.01, met: false, indexNeeded: 16.79 });
    expect(a.target?.pointsNeeded).toBe(41.97); // 65.01 × 250 / 100 − 120.56 = 41.965
    // jumlah inovasi: 76 − 0.38 × 12 = 71.44 points (28.58 index points), 188 innovations more to the cap of 200;
    // each SID indicator has room of one tier: bobot × 12 / 12 — SID-20 (bobot 4) first, then the bobot-3 ones by id
    expect(a.lacks.map((l) => [l.kind, l.indicatorId ?? null, l.points, l.index, l.more ?? null])).toEqual([
      ["count", null, 71.44, 28.58, 188],
      ["indicator", "SID-20", 4, 1.6, null],
      ["indicator", "SID-1", 3, 1.2, null],
    ]);
    expect(byId("c.xlsx").target).toMatchObject({ met: true, indexNeeded: 0, pointsNeeded: 0 });
    expect(byId("c.xlsx").lacks).toEqual([]);
  });

  it("never names a record row (BPK opinion, LAKIP, SID-17 …) as an indicator gap: the region cannot raise it", () => {
    const real = getEdition("iid-2026")!;
    const kabR = (name: string) => region({ region: { name, level: "kabupaten", year: 2026 }, spdAnswers: allAt(real, "SPD", 2), innovations: innovations(real, 12, 2) });
    // every SPD row and every SID answer at tier 2: each row has room of one tier, records too
    const records = new Set(real.indicators.filter((i) => i.record === true).map((i) => i.id));
    expect(records.has("SID-17") && records.has("SPD-8")).toBe(true); // the edition marks them (data, not code)
    const lacksOf = (input: ReturnType<typeof kabR>) => recapRegions([{ id: "x.xlsx", result: scoreRegion(input, real), edition: real }], { lacksLimit: 100 }).regions[0]!.lacks;
    const named = lacksOf(kabR("Kabupaten A")).filter((l) => l.kind === "indicator").map((l) => l.indicatorId!);
    expect(named.filter((id) => records.has(id))).toEqual([]);
    // the rows the region can raise are still there: SPD 12 (awards for innovators), SID-1, SID-20
    expect(named).toEqual(expect.arrayContaining(["SPD-12", "SID-1", "SID-20"]));
    // a record's unaccepted evidence is still a gap, under evidence
    const input = kabR("Kabupaten G");
    input.innovations[0]!.answers["SID-17"] = { tier: 2, evidence: "missing" };
    const g = lacksOf(input);
    expect(g.find((l) => l.kind === "evidence")).toMatchObject({ more: 1 });
    expect(g.some((l) => l.indicatorId === "SID-17")).toBe(false);
  });

  it("takes another target by id or label, and a planner through the hook instead of the largest gaps", () => {
    const r = recapRegions(entries, { target: "Inovatif", planner: (result, _e, t) => [{ kind: "evidence", name: { id: "uji", en: "test" }, points: t.index, index: null, more: result.innovations.length }] });
    expect(r.regions.filter((x) => x.target?.met === false).map((x) => x.id)).toEqual(["b.xlsx"]);
    expect(r.regions.find((x) => x.id === "b.xlsx")!.lacks).toEqual([{ kind: "evidence", name: { id: "uji", en: "test" }, points: 40.01, index: null, more: 8 }]);
  });

  it("plans the way to the target with planRegion when the input travels with the region (none when the target is met)", () => {
    const a = kab("Kabupaten A", 12, 2);
    const c = kab("Kabupaten C", 12, 3, 3);
    const r = recapRegions([{ ...entry("a.xlsx", a), input: a }, { ...entry("c.xlsx", c), input: c }, entry("b.xlsx", kab("Kabupaten B", 8, 2))]);
    const planA = r.regions.find((x) => x.id === "a.xlsx")!.plan!;
    expect(planA.status).toBe("reached");
    expect(planA.target?.predicate?.id).toBe("sangat-inovatif"); // A is Inovatif: the next predicate up is the top one
    expect(planA.end.index).toBeGreaterThanOrEqual(65.01);
    expect(planA.first[0]!.indexAfter).toBeGreaterThan(48.22);
    expect(planA.first[0]!.text.id.length).toBeGreaterThan(0);
    expect(r.regions.find((x) => x.id === "c.xlsx")!.plan).toBeNull(); // already Sangat Inovatif
    expect(r.regions.find((x) => x.id === "b.xlsx")!.plan).toBeNull(); // no input given: largest gaps only
    expect(r.regions.find((x) => x.id === "b.xlsx")!.lacks.length).toBeGreaterThan(0);
    // B is Kurang Inovatif: by default planned one predicate up; with a named target, to that target
    const b = kab("Kabupaten B", 8, 2);
    expect(recapRegions([{ ...entry("b.xlsx", b), input: b }]).regions[0]!.plan!.target?.predicate?.id).toBe("inovatif");
    expect(recapRegions([{ ...entry("b.xlsx", b), input: b }], { target: "sangat-inovatif" }).regions[0]!.plan!.target?.predicate?.id).toBe("sangat-inovatif");
  });

  it("a plan's first steps under an edition without decimals: each gain is whole, or under half of one when it rounds to none", () => {
    const whole = { ...e, id: "prov-x-2026", formula: { ...e.formula, rounding: { ...e.formula.rounding, decimals: 0 } } };
    const a = kab("Kabupaten A", 12, 2); // IID 48 under whole numbers: its third step gains 0.4 or more and stays at 50
    const rows = recapRegions([{ id: "a.xlsx", result: scoreRegion(a, whole), edition: whole, input: a }, entry("b.xlsx", kab("Kabupaten B", 8, 2))]).regions;
    const row = rows.find((r) => r.id === "a.xlsx")!;
    // each row carries its edition's decimals, at which the recap's writers print its index (a recap may mix editions)
    expect(rows.map((r) => [r.id, r.edition.decimals])).toEqual([["a.xlsx", 0], ["b.xlsx", 2]]);
    expect(row.plan!.first.length).toBeGreaterThan(0);
    // each gain is its exact gain rounded half-up to a whole number, or the exact gain where that rounds to none (plan36)
    for (const f of row.plan!.first) expect(Number.isInteger(f.gain) || Math.abs(f.gain) < 0.5).toBe(true);
    // one step moves no whole index yet gains more than the hundredth the 2-decimal rule kept it under
    expect(row.plan!.first.some((f, k) => f.gain > 0.005 && f.indexAfter === (k === 0 ? row.verified.index : row.plan!.first[k - 1]!.indexAfter))).toBe(true);
  });

  it("a region's plan stops at the step limit the recap is given and says so", () => {
    const a = kab("Kabupaten A", 12, 2);
    const row = recapRegions([{ ...entry("a.xlsx", a), input: a, planOptions: { maxActions: 2 } }]).regions[0]!;
    expect(row.plan).toMatchObject({ status: "action_limit", steps: 2 });
  });

  it("ranks within each edition when regions were scored with different editions, and names them", () => {
    const prov = { ...e, id: "prov-2026" }; // a province's own model: another edition, even with the same numbers
    const mixed = recapRegions([...entries.slice(0, 2), entry("prov.xlsx", kab("Kabupaten Lain", 12, 2), prov)]);
    expect(mixed.mixedEditions).toBe(true);
    expect(mixed.editions.map((x) => [x.id, x.regions])).toEqual([[e.id, 2], ["prov-2026", 1]]);
    expect(mixed.regions.map((r) => [r.id, r.edition.id, r.rank])).toEqual([["a.xlsx", e.id, 1], ["b.xlsx", e.id, 2], ["prov.xlsx", "prov-2026", 1]]);
  });

  it("counts each region under the predicate its edition gave it: bands of two editions are one row only when the same predicate", () => {
    // a province's bands under iid-2026's ids: "Perlu Pembinaan" ≤ 30, "Cukup Inovatif" 30–50 (new), "Inovatif Madya" 50–75, "Inovatif Utama" > 75
    const band = (id: string, label: string, min: number, max: number) => ({ ...e.bands.find((b) => b.id === id) ?? e.bands[1]!, id, label: { id: label, en: label }, min: { value: min, inclusive: false }, max: { value: max, inclusive: true } });
    const prov = {
      ...e,
      id: "prov-a-2026",
      bands: [e.bands[0]!, band("kurang-inovatif", "Perlu Pembinaan", 0, 30), band("cukup-inovatif", "Cukup Inovatif", 30, 50), band("inovatif", "Inovatif Madya", 50, 75), band("sangat-inovatif", "Inovatif Utama", 75, 100)],
    };
    const b = entry("b.xlsx", kab("Kabupaten B", 8, 2)); // 37.75: iid-2026's Kurang Inovatif (≤ 40)
    const c = entry("c.xlsx", kab("Kabupaten C", 12, 3, 3), prov); // 71.42: the province's Inovatif Madya (50–75), not Inovatif
    const rows = (r: ReturnType<typeof recapRegions>) => r.distribution.map((d) => [d.predicate?.label.id, d.verified, d.editions.join(" ")]);
    const want = [
      ["Inovatif Utama", 0, "prov-a-2026"],
      ["Sangat Inovatif", 0, e.id],
      ["Inovatif Madya", 1, "prov-a-2026"],
      ["Inovatif", 0, e.id],
      ["Cukup Inovatif", 0, "prov-a-2026"],
      ["Kurang Inovatif", 1, e.id],
      ["Perlu Pembinaan", 0, "prov-a-2026"],
      ["Tidak Dapat Dinilai", 0, `prov-a-2026 ${e.id}`],
    ];
    // the same rows whichever file comes first (only the editions' order of appearance differs)
    expect(rows(recapRegions([c, b]))).toEqual(want);
    expect(rows(recapRegions([b, c]))).toEqual(want.map((w) => (w[0] === "Tidak Dapat Dinilai" ? [w[0], 0, `${e.id} prov-a-2026`] : w)));
  });

  it("iid-2023 and iid-2026 in one recap: their predicates are one row each (same id and label, the range moved)", () => {
    const e23 = getEdition("iid-2023-inferred")!;
    // 63.02: "Sangat Inovatif" under 2023's bands (above 60), though 2026's would say Inovatif (65 and below)
    const kab23 = region({ region: { name: "Kabupaten Lama", level: "kabupaten", year: 2026 }, spdAnswers: allAt(e23, "SPD", 2), innovations: innovations(e23, 12, 3) });
    const r = recapRegions([entry("a.xlsx", kab("Kabupaten A", 12, 2)), { id: "lama.xlsx", result: scoreRegion(kab23, e23), edition: e23 }]);
    expect(r.distribution.map((d) => [d.predicate?.id, d.verified, d.editions])).toEqual([
      ["sangat-inovatif", 1, [e.id, e23.id]],
      ["inovatif", 1, [e.id, e23.id]],
      ["kurang-inovatif", 0, [e.id, e23.id]],
      ["tidak-dapat-dinilai", 0, [e.id, e23.id]],
    ]);
  });

  it("the same region and year given twice (a workbook and its scored copy): holding the same, counted once, no date needed", () => {
    const twice = recapRegions([{ ...entries[0]!, id: "copy of a.xlsx" }, entries[0]!]);
    expect(twice.duplicates).toEqual([{ name: "Kabupaten A", year: 2026, ids: ["copy of a.xlsx", "a.xlsx"], names: ["Kabupaten A"], kept: "a.xlsx", left: ["copy of a.xlsx"], by: "content", saved: { "copy of a.xlsx": null, "a.xlsx": null } }]);
    expect(twice.regions.map((r) => [r.id, r.rank])).toEqual([["a.xlsx", 1]]);
    expect(twice.outsideDistribution).toEqual([]);
    // their inputs too, when they carry them: one result from inputs that differ (an initiator, which scores nothing
    // but a plan may read) is two copies to tell apart
    const input = kab("Kabupaten A", 12, 2);
    const other = structuredClone(input);
    other.innovations[0]!.initiator = "masyarakat";
    expect(JSON.stringify(scoreRegion(other, e))).toBe(JSON.stringify(entries[0]!.result));
    const withInputs = recapRegions([{ ...entries[0]!, input }, { ...entries[0]!, id: "a2.xlsx", input: other }]);
    expect(withInputs.duplicates[0]).toMatchObject({ kept: null, left: [], by: null });
    expect(recapRegions([{ ...entries[0]!, input }, { ...entries[0]!, id: "a2.xlsx", input: structuredClone(input) }]).duplicates[0]).toMatchObject({ kept: "a.xlsx", by: "content" });
  });

  it("two copies of a region that differ and that no date tells apart: both rows, neither ranked nor counted", () => {
    const twice = recapRegions([entries[0]!, entry("a.scored.xlsx", kab("Kabupaten A", 11, 2))]);
    expect(twice.duplicates).toEqual([{ name: "Kabupaten A", year: 2026, ids: ["a.xlsx", "a.scored.xlsx"], names: ["Kabupaten A"], kept: null, left: [], by: null, saved: { "a.xlsx": null, "a.scored.xlsx": null } }]);
    expect(twice.regions).toHaveLength(2);
  });

  it("a region that did not report has index 0, the lowest band, and lacks a report", () => {
    const input = kab("Kabupaten Diam", 0, 2);
    input.region.reported = false;
    const r = recapRegions([entry("diam.xlsx", input)]).regions[0]!;
    // not ranked: it has no index to compare (ranked last it read as assessed and last)
    expect([r.verified.index, r.verified.predicate?.id, r.rank]).toEqual([0, "tidak-dapat-dinilai", null]);
    expect(r.lacks.map((l) => l.kind)).toEqual(["not_reported"]);
  });
});

describe("a region's targets of a number of innovations (prov22)", () => {
  it("each row carries them as its scoring checked them: the number asked, the innovations counted, met", () => {
    const model = editionWith((x) => { x.id = "prov-2026"; x.compliance = { rules: [], targets: [{ id: "prov", name: { id: "Target provinsi", en: "Province target" }, count: 10 }] }; });
    const r = recapRegions([entry("a.xlsx", kab("Kabupaten A", 12, 2), model), entry("b.xlsx", kab("Kabupaten B", 8, 2), model), entry("c.xlsx", kab("Kabupaten C", 12, 2))]);
    const by = Object.fromEntries(r.regions.map((x) => [x.region.name, x.countTargets.map((t) => [t.targetId, t.target, t.count, t.met])]));
    expect(by).toEqual({ "Kabupaten A": [["prov", 10, 12, true]], "Kabupaten B": [["prov", 10, 8, false]], "Kabupaten C": [] });
    // the same outcomes scoreRegion gave (compliance.targets)
    expect(r.regions.find((x) => x.id === "b.xlsx")!.countTargets).toEqual(scoreRegion(kab("Kabupaten B", 8, 2), model).compliance.targets);
  });

  it("a row whose file has errors keeps the count as read, met unknown (null): rows an error kept out are not in it (recap27; was met/short as scored)", () => {
    const model = editionWith((x) => { x.id = "prov-2026"; x.compliance = { rules: [], targets: [{ id: "prov", name: { id: "Target provinsi", en: "Province target" }, count: 10 }] }; });
    // Kabupaten B's file had 11 innovation rows; 3 left out for an error in Tahapan: 8 read, short of 10 — or not
    const flawed = (id: string, n: number, flaws: RecapEntry["flaws"]) => ({ ...entry(id, kab(`Kabupaten ${id}`, n, 2), model), flaws });
    const r = recapRegions([flawed("B", 8, { errors: 3, missing: [] }), flawed("A", 12, { errors: 1, missing: [] }), flawed("C", 8, { errors: 0, missing: [] })]);
    const by = Object.fromEntries(r.regions.map((x) => [x.id, x.countTargets.map((t) => [t.count, t.met])]));
    // A reaches 10, but its error is not known to be on a row left out: it may have added to the count
    expect(by).toEqual({ B: [[8, null]], A: [[12, null]], C: [[8, false]] });
    // as the index target of the same rows
    expect(r.regions.map((x) => [x.id, x.target?.met ?? null])).toEqual(r.regions.map((x) => [x.id, x.id === "C" ? false : null]));
  });

  it("a flawed file whose rows read already reach the target meets it: rows left out can only add (recplan29; was null)", () => {
    const model = editionWith((x) => { x.id = "prov-2026"; x.compliance = { rules: [], targets: [{ id: "prov", name: { id: "Target provinsi", en: "Province target" }, count: 10 }] }; });
    const flawed = (id: string, n: number, flaws: RecapEntry["flaws"]) => ({ ...entry(id, kab(`Kabupaten ${id}`, n, 2), model), flaws });
    const r = recapRegions([
      flawed("A", 12, { errors: 2, missing: [], leftOut: 2 }), // 12 read, 2 rows left out: 12 or more, met
      flawed("B", 8, { errors: 3, missing: [], leftOut: 3 }), // 8 read, 3 left out: 8 to 11, unknown
      flawed("D", 12, { errors: 2, missing: [], leftOut: 1 }), // an error on a row read: it may have been counted wrongly
      flawed("S", 12, { errors: 0, missing: ["SPD"] }), // no SPD sheet: no count changes
      flawed("T", 8, { errors: 0, missing: ["SPD"] }), // one rule for every flaw: an unmet count stays unknown
    ]);
    const by = Object.fromEntries(r.regions.map((x) => [x.id, x.countTargets.map((t) => [t.count, t.met])]));
    expect(by).toEqual({ A: [[12, true]], B: [[8, null]], D: [[12, null]], S: [[12, true]], T: [[8, null]] });
    // the row stays flawed for everything else: not ranked, the index target unknown
    expect(r.regions.every((x) => x.rank === null && x.target?.met == null && x.flaws !== null)).toBe(true);
    expect([countTargetMet(true), countTargetMet(false), countTargetMet(false, { errors: 1, missing: [], leftOut: 1 }), countTargetMet(true, { errors: 1, missing: [] })]).toEqual([true, false, null, null]);
  });
});
