/**
 * compareEditions: what two editions score differently (audit38 #5: a region's 2023 and 2026 figures moved and nothing
 * said why). The facts are those of the edition files and /work/shared/spec/iid-model.md: the divisor floor MAX(10, n)
 * in 2023 [C] and MAX(12, n) in 2026 [P] (§2); bands 35,00–60,00 / 60,01 (2023) and 40,01–65,00 / 65,01 (2026) (§2's
 * table); SID-14 ≤ 40 / 40,01–70,99 / ≥ 71 % in 2023 and ≤ 50 / 51–90 / ≥ 91 % in 2026, SID-18 persons 1–100 / 101–200
 * / ≥ 201 and 1–200 / 201–500 / ≥ 501, SID-9's lowest tier 1–2 PD and 2 PD, Bimtek over 2 and 3 years (§3); the
 * skor jumlah inovasi of 2023 unknown, 0,38 × MIN(n, 200) in 2026 (§2); the window 2024-01-01 to 2025-12-31, 300 words,
 * 2 entries (§2 Eligibility); 2023's SPD as a total, 2026's in 20 rows (§4); the same weights (§3: "same maxima").
 */
import { describe, expect, it } from "vitest";
import { DIFFERENCE_KINDS, compareEditions, differenceKindName, formatDifferenceSources, formatEditionDifference, getEdition, validateEdition } from "../../src/index.js";
import type { EditionDifference } from "../../src/index.js";
import { readFileSync } from "node:fs";

const e2023 = getEdition("iid-2023");
const e2026 = getEdition("iid-2026");
const inferred = getEdition("iid-2023-inferred");
const byField = (ds: EditionDifference[], field: string, indicator?: string) => ds.filter((d) => d.field === field && d.indicator?.id === indicator);
const one = (ds: EditionDifference[], field: string, indicator?: string) => {
  const found = byField(ds, field, indicator);
  expect(found, `${field} ${indicator ?? ""}`).toHaveLength(1);
  return found[0]!;
};

describe("compareEditions: iid-2023 → iid-2026", () => {
  const c = compareEditions(e2023, e2026);
  const ds = c.differences;

  it("names both editions and lists the kinds in their order, the numbers 2023 does not know first", () => {
    expect([c.before, c.after]).toEqual([{ id: "iid-2023", year: 2023 }, { id: "iid-2026", year: 2026 }]);
    const kinds = ds.map((d) => DIFFERENCE_KINDS.indexOf(d.kind));
    expect(kinds).toEqual([...kinds].sort((a, b) => a - b));
    expect(ds.filter((d) => d.kind === "unknown").map((d) => d.field)).toEqual(["minDesignWords", "maxEntries", "perInnovation", "countCap", "minCovered"]);
    for (const d of ds.filter((d) => d.kind === "unknown")) expect(d.before).toEqual({ type: "unknown" });
    expect(one(ds, "perInnovation").after).toEqual({ type: "number", value: 0.38 });
    expect(one(ds, "countCap").after).toEqual({ type: "number", value: 200 });
    expect(one(ds, "minCovered").after).toEqual({ type: "number", value: 5 });
    expect(one(ds, "minDesignWords").after).toEqual({ type: "number", value: 300 });
    expect(one(ds, "maxEntries").after).toEqual({ type: "number", value: 2 });
  });

  it("the window, the bands, the divisor floor and the yandas condition of the skor jumlah inovasi, each with its sources", () => {
    const w = one(ds, "window");
    expect([w.kind, w.before, w.after]).toEqual(["eligibility", { type: "none" }, { type: "dates", from: "2024-01-01", to: "2025-12-31" }]);
    expect([w.sources.before, w.sources.after?.ref]).toEqual([undefined, "lampiran-bskdn-2026"]);
    const floor = one(ds, "sidDivisorFloor");
    expect([floor.kind, floor.before, floor.after]).toEqual(["formula", { type: "number", value: 10 }, { type: "number", value: 12 }]);
    expect([floor.sources.before?.confidence, floor.sources.after?.confidence]).toEqual(["confirmed", "peer"]);
    expect(one(ds, "requiresYandas")).toMatchObject({ kind: "jumlahInovasi", before: { type: "yesNo", value: false }, after: { type: "yesNo", value: true } });
    const bands = one(ds, "bands");
    expect(formatEditionDifference(bands, "id")).toBe("Predikat: Kurang Inovatif (0, 35); Inovatif [35, 60]; Sangat Inovatif (60, 100] → Kurang Inovatif (0, 40]; Inovatif (40, 65]; Sangat Inovatif (65, 100]");
    expect(formatDifferenceSources(bands, "id")).toBe("sumber: pedoman-iga-2023 (Pedoman Umum Penilaian IGA 2023, predikat; spesifikasi §2) [C] → lampiran-bskdn-2026 (predikat; spesifikasi §2) [P]");
    // what is equal is not listed: the maxima (250, 63), rejected innovations in the divisor, the yandas urusan
    for (const f of ["maxTotal", "maxSpd", "rejectedCountInDivisor", "yandasUrusan", "decimals", "maxTier", "predicateOn", "scoredStages"]) expect(byField(ds, f), f).toEqual([]);
  });

  it("SPD as a total → 20 rows; no SID indicator added or removed and no weight changed", () => {
    expect(one(ds, "spdMode")).toMatchObject({ kind: "spd", before: { value: "total" }, after: { value: "rows" } });
    const rows = ds.filter((d) => d.field === "added");
    expect(rows).toHaveLength(1);
    expect(rows[0]!.aspect).toBe("SPD");
    expect(rows[0]!.after).toEqual({ type: "list", value: e2026.indicators.filter((i) => i.aspect === "SPD").map((i) => i.id) });
    expect((rows[0]!.after as { value: string[] }).value).toHaveLength(20);
    expect(ds.filter((d) => d.kind === "weights" || d.field === "removed" || d.kind === "indicators")).toEqual([]);
  });

  it("options and measures: SID-9's lowest tier, SID-14's three tiers, SID-18's persons and revenue; SID-5's years in its question", () => {
    expect(ds.filter((d) => d.kind === "options").map((d) => d.indicator!.id)).toEqual(["SID-9", "SID-14"]);
    expect(formatEditionDifference(one(ds, "options", "SID-14"), "id")).toBe('SID-14 Penyelesaian layanan pengaduan: pilihan per tingkat: tingkat 1 "≤ 40 %" → "≤ 50 % atau tidak ada"; tingkat 2 "40,01–70,99 %" → "51–90 %"; tingkat 3 "≥ 71 %" → "≥ 91 %"');
    expect(formatEditionDifference(one(ds, "options", "SID-9"), "en")).toBe('SID-9 Innovation network: options by tier: tier 1 "1–2 agencies" → "2 agencies"');
    expect(ds.filter((d) => d.kind === "measures").map((d) => `${d.indicator!.id} ${d.measure!.id}`)).toEqual(["SID-9 perangkat_daerah", "SID-14 persen", "SID-18 orang", "SID-18 pendapatan"]);
    const persons = ds.find((d) => d.measure?.id === "orang")!;
    expect(formatEditionDifference(persons, "en")).toBe("SID-18 Benefit of the innovation: thresholds of measure Persons served (orang): tier 1 [1, 100] → [1, 200]; tier 2 (100, 200] → (200, 500]; tier 3 (200, ∞) → (500, ∞)");
    expect(formatEditionDifference(ds.find((d) => d.measure?.id === "pendapatan")!, "id")).toContain("tingkat 1 (0, 50) → (0, 10); tingkat 2 [50, 100) → [10, 20); tingkat 3 [100, ∞) → [20, ∞)");
    expect(one(ds, "question", "SID-5").after).toEqual({ type: "text", value: e2026.indicators.find((i) => i.id === "SID-5")!.question });
    expect(one(ds, "question", "SID-5").kind).toBe("other");
  });

  it("says each difference in Bahasa Indonesia and in English", () => {
    const floor = one(ds, "sidDivisorFloor");
    expect(formatEditionDifference(floor, "id")).toBe("Batas bawah pembagi SID, MAX(batas, n): 10 → 12");
    expect(formatEditionDifference(floor, "en")).toBe("SID divisor floor, MAX(floor, n): 10 → 12");
    expect(formatEditionDifference(one(ds, "perInnovation"), "id")).toBe("Skor jumlah inovasi per inovasi: belum diketahui → 0,38");
    expect(formatEditionDifference(one(ds, "perInnovation"), "en")).toBe("Skor jumlah inovasi per innovation: unknown → 0.38");
    expect(formatEditionDifference(one(ds, "window"), "id")).toBe("Rentang waktu penerapan atau pengembangan: tidak ada → 1 Januari 2024 s.d. 31 Desember 2025");
    expect(formatEditionDifference(one(ds, "window"), "en")).toBe("Implementation or development window: none → 1 January 2024 to 31 December 2025");
    expect(formatEditionDifference(ds.find((d) => d.field === "added")!, "en")).toMatch(/^SPD rows in the second edition only \(20\): SPD-1, SPD-2a, /);
    expect(formatDifferenceSources(one(ds, "spdMode"), "id")).toBeNull();
    expect(differenceKindName("unknown", "en")).toMatch(/^Numbers known in one edition only/);
    expect(() => formatEditionDifference(floor, "fr" as "id")).toThrow(RangeError);
  });
});

describe("compareEditions: the audit's pair, iid-2023-inferred → iid-2026", () => {
  it("the window first (it moved 71 → 55 innovations counted), then the bands and the divisor floor; no unknown number left", () => {
    const ds = compareEditions(inferred, e2026).differences;
    expect(ds.slice(0, 3).map((d) => d.field)).toEqual(["window", "bands", "sidDivisorFloor"]);
    expect(ds.filter((d) => d.kind === "unknown" || d.kind === "spd" || d.kind === "jumlahInovasi" || d.kind === "yandas")).toEqual([]);
  });
});

describe("compareEditions: a province model against its base", () => {
  it("examples/model-provinsi-contoh.json against iid-2026: its five changes, with the province's sources", () => {
    const file = JSON.parse(readFileSync(new URL("../../../../examples/model-provinsi-contoh.json", import.meta.url), "utf8"));
    const v = validateEdition(file);
    if (!v.ok) throw new Error("example model invalid");
    const ds = compareEditions(e2026, v.value).differences;
    expect(ds.map((d) => [d.kind, d.field, d.indicator?.id])).toEqual([
      ["eligibility", "maxEntries", undefined],
      ["bands", "bands", undefined],
      ["formula", "maxTotal", undefined],
      ["weights", "weight", "SID-20"],
      ["compliance", "complianceRule", undefined],
    ]);
    expect(one(ds, "weight", "SID-20")).toMatchObject({ before: { value: 4 }, after: { value: 6 } });
    expect(one(ds, "weight", "SID-20").sources.after?.ref).toBe("pergub-contoh-2026");
    expect(one(ds, "maxTotal")).toMatchObject({ before: { value: 250 }, after: { value: 256 } });
    expect(formatEditionDifference(one(ds, "complianceRule"), "en")).toBe("Compliance rule: none → Every agency (SKPD) at least 1 innovation: opd ≥ 1");
    // the other way round: the values swap sides
    expect(one(compareEditions(v.value, e2026).differences, "maxEntries")).toMatchObject({ before: { value: 1 }, after: { value: 2 } });
  });

  it("a weight the model leaves unknown is a number known in one edition only", () => {
    const copy = structuredClone(e2026) as typeof e2026;
    copy.indicators.find((i) => i.id === "SID-19")!.weight = null;
    const d = one(compareEditions(e2026, copy).differences, "weight", "SID-19");
    expect([d.kind, d.before, d.after]).toEqual(["unknown", { type: "number", value: 2 }, { type: "unknown" }]);
    expect(formatEditionDifference(d, "id")).toBe("SID-19 Monitoring dan evaluasi inovasi: bobot: 2 → belum diketahui");
  });
});

describe("compareEditions: editions that score alike", () => {
  it.each(["iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"] as const)("%s against itself (and a copy): no differences", (id) => {
    const e = getEdition(id);
    expect(compareEditions(e, e).differences).toEqual([]);
    expect(compareEditions(e, structuredClone(e)).differences).toEqual([]);
  });

  it("a copy with another name, description and sources only: no differences (they are not compared)", () => {
    const copy = { ...structuredClone(e2026), id: "salinan", name: { id: "Salinan", en: "Copy" }, description: { id: "x", en: "x" } };
    copy.formula.sidDivisorFloor.source = { ref: "lain", confidence: "confirmed" };
    expect(compareEditions(e2026, copy).differences).toEqual([]);
  });

  it("refuses what is not an edition, naming the argument", () => {
    expect(() => compareEditions(e2026, null as never)).toThrow(/compareEditions: after must be a validated edition/);
  });
});
