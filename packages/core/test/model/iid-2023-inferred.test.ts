import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import { confidenceCounts, editionMaxima, missingNumbers } from "../../src/model/index.js";
import { objectsIn } from "../../src/model/checks/_issue.js";
import { allAt, innovations, region } from "../engine/builders.js";

const e2023 = getEdition("iid-2023")!;
const e2026 = getEdition("iid-2026")!;
const inferred = getEdition("iid-2023-inferred")!;
const at = (e: unknown, path: (string | number)[]) => path.reduce<unknown>((x, k) => (x as Record<string | number, unknown>)?.[k], e);
const spd = (e: typeof e2026) => e.indicators.filter((i) => i.aspect === "SPD");

describe("iid-2023-inferred", () => {
  it("is IGA 2023 derived, with the caveat to print beside every figure", () => {
    expect([inferred.id, inferred.year, inferred.derivedFrom]).toEqual(["iid-2023-inferred", 2023, "iid-2023"]);
    expect(inferred.caveat).toEqual({
      id: "Angka ini memakai edisi turunan: aturan 2023 yang tidak diketahui diisi dari 2026 — bukan angka resmi",
      en: "These figures use a derived edition: the unknown 2023 rules are filled from 2026 — not official figures",
    });
  });

  it("fills every number iid-2023 leaves unknown from 2026, each marked inferred with a note — except the scored-stages rule, unknown in 2026 too", () => {
    const filled = missingNumbers(e2023).filter((m) => m.path.join(".") !== "eligibility.scoredStages.value");
    expect(filled.map((m) => m.path.join("."))).toEqual([
      "formula.jumlahInovasi.perInnovation.value",
      "formula.jumlahInovasi.countCap.value",
      "yandas.minCovered.value",
      "eligibility.minDesignWords.value",
      "eligibility.maxEntries.value",
    ]);
    for (const m of filled) {
      const number = at(inferred, m.path.slice(0, -1)) as { value: number; source: { confidence: string; note?: string } };
      expect(number.value, m.path.join(".")).toBe(at(e2026, m.path));
      expect(number.source.confidence, m.path.join(".")).toBe("inferred");
      expect(number.source.note, m.path.join(".")).toMatch(/diisi dari IGA 2026/);
    }
    expect(inferred.formula.jumlahInovasi.requiresYandas).toBe(true);
    expect(missingNumbers(inferred).map((m) => m.path.join("."))).toEqual(["eligibility.scoredStages.value"]);
  });

  it("takes the 2026 SPD rows (2023 gives SPD as a total), every row and measure source marked inferred", () => {
    expect(inferred.spdMode).toBe("rows");
    expect(spd(inferred).map((i) => [i.id, i.weight, i.options, i.measures.map((m) => m.tiers)])).toEqual(
      spd(e2026).map((i) => [i.id, i.weight, i.options, i.measures.map((m) => m.tiers)]),
    );
    for (const ind of spd(inferred)) {
      expect(ind.source.confidence, ind.id).toBe("inferred");
      for (const m of ind.measures) if (m.source) expect(m.source.confidence, `${ind.id}.${m.id}`).toBe("inferred");
    }
    expect(editionMaxima(inferred)).toEqual({ sidPerInnovation: 111, spdFromRows: 63, jumlahInovasi: 76, total: 250 });
  });

  it("keeps 2023's own numbers: floor 10 and the bands confirmed, the 2023 SID indicators", () => {
    expect(inferred.formula.sidDivisorFloor).toEqual(e2023.formula.sidDivisorFloor);
    expect(inferred.formula.sidDivisorFloor.source.confidence).toBe("confirmed");
    expect(inferred.bands).toEqual(e2023.bands);
    expect(inferred.indicators.filter((i) => i.aspect === "SID")).toEqual(e2023.indicators.filter((i) => i.aspect === "SID"));
    expect(inferred.eligibility.window).toBeNull();
  });

  it("every inferred citation carries a note saying why", () => {
    for (const [obj, path] of objectsIn(inferred)) {
      if (obj.confidence === "inferred") expect(typeof obj.note === "string" && obj.note.length > 0, path.join(".")).toBe(true);
    }
    const c = confidenceCounts(inferred);
    expect(c.inferred).toBeGreaterThan(confidenceCounts(e2023).inferred);
    expect(c.unknown).toBe(1);
  });

  it("gives an index where iid-2023 honestly gives none", () => {
    const input = (e: typeof e2026) => region({ spdAnswers: allAt(e, "SPD", 2), innovations: innovations(e, 8, 2) }, 2023);
    const honest = scoreRegion({ ...input(e2023), spdTotal: 42 }, e2023);
    expect(honest.verified.index).toBeNull();
    const r = scoreRegion(input(inferred), inferred);
    // spec §7 under floor 10: SID = 8 × 74 / 10 + 0.38 × 8 = 62.24; total 104.24; IID 41.70 → Inovatif under 2023 bands
    expect(r.verified.index).toBe(41.7);
    expect(r.verified.predicate?.label.id).toBe("Inovatif");
  });
});
