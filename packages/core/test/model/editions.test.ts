import { describe, expect, it } from "vitest";
import {
  DEFAULT_EDITION_ID,
  defaultEdition,
  editionIds,
  editions,
  getEdition,
  isShippedEdition,
  validateEdition,
  renderEditionMarkdown,
} from "../../src/editions/index.js";
import { editionMaxima, missingNumbers } from "../../src/model/index.js";
import { file } from "./_data.js";

const e2026 = getEdition("iid-2026")!;
const e2023 = getEdition("iid-2023")!;
const e2027 = getEdition("iid-2027-projection")!;
const sid = (e: typeof e2026) => e.indicators.filter((i) => i.aspect === "SID");
const spd = (e: typeof e2026) => e.indicators.filter((i) => i.aspect === "SPD");
const sum = (xs: (number | null)[]) => xs.reduce<number>((s, x) => s + (x ?? NaN), 0);

describe("registry", () => {
  it("a page an app renders for an edition names no file of this repository (its maker defaults to the function)", () => {
    const page = renderEditionMarkdown(validateEdition({ extends: "iid-2026", id: "prov-x-2026" }).value!);
    expect(page).not.toMatch(/packages\/|scripts\//);
    expect(page).toContain("(`@inovasi/core renderEditionMarkdown`); jangan disunting langsung.");
  });


  it.each(editionIds)("%s's page says its year once under its name (the name says IGA <year> already, or the line does)", (id) => {
    const e = getEdition(id)!;
    const [, , line] = renderEditionMarkdown(e).split("\n");
    expect(line!.split(`IGA ${e.year}`).length - 1, line).toBe(1);
  });

  it("a province's own model (its name saying no IGA year) is given its assessment year after the name", () => {
    const e = validateEdition({ extends: "iid-2026", id: "prov-x-2026", name: { id: "Model Provinsi X", en: "Province X model" } }).value!;
    expect(renderEditionMarkdown(e).split("\n")[2]).toBe("*Province X model* — tahun penilaian / assessment year 2026");
  });

  it("knows the shipped editions by the same ids the registry holds (isShippedEdition needs none of their data)", () => {
    expect(editionIds.every(isShippedEdition)).toBe(true);
    expect(["prov-x-2026", "iid-2099", "", "__proto__", "toString"].some(isShippedEdition)).toBe(false);
  });

  it.each(editionIds)("%s, as served (and saved as JSON by an app), names no file of this repository", (id) => {
    const json = JSON.stringify(getEdition(id));
    expect(json).not.toMatch(/"\.{1,2}\/|schema\/edition\.schema\.json/);
    expect(getEdition(id)).not.toHaveProperty("$schema");
  });


  it("holds the two official editions, the 2027 projection and 2023 with inferred numbers; 2026 is the default", () => {
    expect(editionIds).toEqual(["iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"]);
    expect(DEFAULT_EDITION_ID).toBe("iid-2026");
    expect(defaultEdition).toBe(editions["iid-2026"]);
    expect(getEdition("iid-2099")).toBeUndefined();
    expect(getEdition("toString")).toBeUndefined();
  });

  it("editions are frozen so no caller can change the shared data", () => {
    expect(Object.isFrozen(e2026)).toBe(true);
    expect(Object.isFrozen(e2026.indicators[0]!.options[0]!.label)).toBe(true);
    expect(() => {
      (e2026.formula.sidDivisorFloor as { value: number | null }).value = 99;
    }).toThrow(TypeError);
  });

  it.each(["iid-2026", "iid-2023"] as const)("the shipped file %s validates with no errors, in both locales", (id) => {
    for (const locale of ["id", "en"] as const) {
      const r = validateEdition(file(id), { locale });
      expect(r.ok).toBe(true);
      expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
      // the only warnings are the missing numbers
      expect(r.issues.every((i) => i.code === "missing_number" && i.severity === "warning")).toBe(true);
    }
  });
});

describe("IGA 2026", () => {
  it("has the 20 SID indicators (Σ bobot 37) and the 20 SPD rows (Σ bobot 21)", () => {
    expect(sid(e2026).map((i) => i.id)).toEqual(Array.from({ length: 20 }, (_, k) => `SID-${k + 1}`));
    expect(sum(sid(e2026).map((i) => i.weight))).toBe(37);
    expect(spd(e2026).map((i) => i.number)).toEqual(
      ["1", "2a", "2b", "3", "4", "5a", "5b", "6", "7", "8", "9", "10a", "10b", "11a", "11b", "12", "13a", "13b", "14", "15"],
    );
    expect(sum(spd(e2026).map((i) => i.weight))).toBe(21);
  });

  it("maxima: 111 per innovation, SPD 63, jumlah inovasi 76, total 250", () => {
    expect(editionMaxima(e2026)).toEqual({ sidPerInnovation: 111, spdFromRows: 63, jumlahInovasi: 76, total: 250 });
    expect(e2026.formula.maxSpd.value).toBe(63);
    expect(e2026.formula.maxTotal.value).toBe(250);
  });

  it("mandatory (*) indicators are Regulasi, SDM, Kecepatan, Kemanfaatan and Video", () => {
    expect(e2026.indicators.filter((i) => i.mandatory).map((i) => i.id)).toEqual(["SID-1", "SID-2", "SID-17", "SID-18", "SID-20"]);
  });

  it("every indicator has options 1, 2, 3, each with bilingual evidence", () => {
    for (const ind of e2026.indicators) {
      expect(ind.options.map((o) => o.tier), ind.id).toEqual([1, 2, 3]);
      for (const o of ind.options) expect(o.evidence.length, `${ind.id} tier ${o.tier}`).toBeGreaterThan(0);
    }
  });

  it("Kemanfaatan has its six bases as measures", () => {
    const k = e2026.indicators.find((i) => i.id === "SID-18")!;
    expect(k.measures.map((m) => m.id)).toEqual(["orang", "cakupan", "efisiensi", "pendapatan", "produk", "tren"]);
  });

  it("formula, yandas and eligibility numbers with their confidence", () => {
    const f = e2026.formula;
    expect([f.sidDivisorFloor.value, f.sidDivisorFloor.source.confidence]).toEqual([12, "peer"]);
    expect([f.rejectedCountInDivisor.value, f.rejectedCountInDivisor.source.confidence]).toEqual([true, "confirmed"]);
    expect([f.jumlahInovasi.perInnovation.value, f.jumlahInovasi.countCap.value, f.jumlahInovasi.requiresYandas]).toEqual([0.38, 200, true]);
    expect(e2026.yandas.urusan).toHaveLength(6);
    expect([e2026.yandas.minCovered.value, e2026.yandas.minCovered.source.confidence]).toEqual([5, "peer"]);
    expect(e2026.yandas.minCovered.source.note).toMatch(/6 dari 6/);
    const el = e2026.eligibility;
    expect([el.window?.from, el.window?.to, el.minDesignWords?.value, el.maxEntries?.value, el.mandatoryRequired]).toEqual([
      "2024-01-01", "2025-12-31", 300, 2, true,
    ]);
    expect(el.scoredStages).toMatchObject({ value: null, source: { confidence: "unknown" } });
  });

  it("its only missing number is the scored-stages rule", () => {
    expect(missingNumbers(e2026).map((m) => m.path)).toEqual([["eligibility", "scoredStages", "value"]]);
  });

  it("every SPD measure settled from the peer's touching ends says so in its note", () => {
    for (const row of ["3", "4", "5a", "5b", "6", "7", "10a", "10b", "11a"]) {
      const m = spd(e2026).find((i) => i.number === row)!.measures[0]!;
      expect(m.source?.confidence, row).toBe("peer");
      expect(m.source?.note, row).toMatch(/Diselesaikan/);
    }
  });
});

describe("IGA 2023", () => {
  it("has the 20 SID indicators with maximum 111 per innovation (Regulasi 3/6/9) and SPD as a total", () => {
    expect(sid(e2023)).toHaveLength(20);
    expect(spd(e2023)).toHaveLength(0);
    expect(e2023.spdMode).toBe("total");
    expect(editionMaxima(e2023).sidPerInnovation).toBe(111);
    const regulasi = e2023.indicators[0]!;
    expect([regulasi.weight, regulasi.source.confidence]).toEqual([3, "confirmed"]);
  });

  it("floor 10 confirmed; maxSpd 63 and maxTotal 250 inferred; bands 35 / 60 confirmed", () => {
    const f = e2023.formula;
    expect([f.sidDivisorFloor.value, f.sidDivisorFloor.source.confidence]).toEqual([10, "confirmed"]);
    expect([f.maxSpd.value, f.maxSpd.source.confidence]).toEqual([63, "inferred"]);
    expect([f.maxTotal.value, f.maxTotal.source.confidence]).toEqual([250, "inferred"]);
    expect(e2023.bands.map((b) => [b.id, b.source.confidence])).toEqual([
      ["tidak-dapat-dinilai", "confirmed"],
      ["kurang-inovatif", "confirmed"],
      ["inovatif", "confirmed"],
      ["sangat-inovatif", "confirmed"],
    ]);
  });

  it("lists exactly its missing numbers", () => {
    expect(missingNumbers(e2023).map((m) => m.path.join("."))).toEqual([
      "formula.jumlahInovasi.perInnovation.value",
      "formula.jumlahInovasi.countCap.value",
      "yandas.minCovered.value",
      "eligibility.scoredStages.value",
      "eligibility.minDesignWords.value",
      "eligibility.maxEntries.value",
    ]);
    const r = validateEdition(file("iid-2023"));
    expect(r.issues.map((i) => i.path.join("."))).toEqual(missingNumbers(e2023).map((m) => m.path.join(".")));
    expect(r.issues[0]!.params).toMatchObject({ edition: "iid-2023", note: expect.stringMatching(/0,38/) });
  });
});

describe("iid-2027-projection", () => {
  it("is IGA 2026 with floor 14 and yandas 6 of 6 from the peer projection", () => {
    expect(e2027.derivedFrom).toBe("iid-2026");
    expect(e2027.year).toBe(2027);
    expect(e2027.formula.sidDivisorFloor).toMatchObject({ value: 14, source: { ref: "proyeksi-peer-2027", confidence: "peer" } });
    expect(e2027.yandas.minCovered).toMatchObject({ value: 6, source: { ref: "proyeksi-peer-2027", confidence: "peer" } });
    expect(e2027.indicators).toEqual(e2026.indicators);
    expect(e2027.bands).toEqual(e2026.bands);
    expect(e2027.sources.map((s) => s.id)).toEqual([...e2026.sources.map((s) => s.id), "proyeksi-peer-2027"]);
  });

  it("carries a caveat to print beside its figures; the official editions carry none", () => {
    expect(e2027.caveat?.id).toMatch(/bukan angka resmi$/);
    expect(e2027.caveat?.en).toMatch(/not official figures$/);
    expect([e2026.caveat, e2023.caveat]).toEqual([undefined, undefined]);
  });
});
