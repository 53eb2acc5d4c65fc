/**
 * A value an edition leaves unknown (`missing_number` from validateEdition) says what the engine does without it, per
 * kind (audit35 #2): "which stages are scored" unknown scores every stage — "left empty (not 0)" was false for it.
 */
import { describe, expect, it } from "vitest";
import { getEdition, validateEdition } from "../../src/editions/index.js";
import { formatIssue } from "../../src/messages/format.js";

const said = (id: string, locale: "id" | "en") =>
  Object.fromEntries(
    validateEdition(JSON.parse(JSON.stringify(getEdition(id))))
      .issues.filter((i) => i.code === "missing_number")
      .map((i) => [i.path.join("."), formatIssue(i, locale).split("; ").slice(1).join("; ")]),
  );

describe("an unknown value's message says what the engine does without it", () => {
  it("which stages are scored: every stage is scored, nothing left empty (iid-2026)", () => {
    expect(said("iid-2026", "id")["eligibility.scoredStages.value"]).toBe("semua tahapan dinilai");
    expect(said("iid-2026", "en")["eligibility.scoredStages.value"]).toBe("every stage is scored");
  });

  it("iid-2023's unknown values: the count score's parts empty SID, total and index; an eligibility limit is not checked; yandas, not applied, empties nothing", () => {
    expect(said("iid-2023", "en")).toEqual({
      "formula.jumlahInovasi.perInnovation.value": "SID, the total and the index are left empty (not 0)",
      "formula.jumlahInovasi.countCap.value": "SID, the total and the index are left empty (not 0)",
      "yandas.minCovered.value": "nothing depends on it (the yandas rule is not applied)",
      "eligibility.scoredStages.value": "every stage is scored",
      "eligibility.minDesignWords.value": "this condition is not checked",
      "eligibility.maxEntries.value": "this condition is not checked",
    });
  });

  it("a band threshold, an eligibility limit, an SPD weight and the maximum SPD, in a province file", () => {
    const base = getEdition("iid-2026")!;
    const spd = base.indicators.find((i) => i.aspect === "SPD")!.id;
    const src = { ref: "pergub-x", confidence: "unknown", note: "belum ditetapkan" };
    const r = validateEdition({
      extends: "iid-2026",
      id: "x-2026",
      name: { id: "X", en: "X" },
      sources: [{ id: "pergub-x", title: "Pergub X" }],
      indicators: [{ id: spd, weight: null, source: src }],
      eligibility: { minDesignWords: { value: null, source: src } },
      formula: { maxSpd: { value: null, source: src } },
      bands: [{ id: "inovatif", min: { value: null, inclusive: false, source: src } }],
    });
    const m = Object.fromEntries(r.issues.filter((i) => i.code === "missing_number").map((i) => [i.path.join("."), formatIssue(i, "id").split("; ").slice(1).join("; ")]));
    expect(m).toMatchObject({
      "indicators.0.weight": "SPD, total dan indeks dikosongkan (bukan 0)",
      "eligibility.minDesignWords.value": "syarat ini tidak diperiksa",
      "bands.0.min.value": "predikat dikosongkan bila batas ini yang menentukannya; indeks tetap dihitung",
      "formula.maxSpd.value": "total SPD yang diisi langsung tidak diperiksa terhadapnya; SPD dari baris tidak memakainya",
    });
  });
});
