/** The engine on the shipped editions (`iid-2026`, `iid-2023`, `iid-2027-projection`), not on test fixtures. */
import { describe, expect, it } from "vitest";
import { resolveAnswer } from "../../src/engine/answer.js";
import { predicateFor } from "../../src/engine/predicate.js";
import { scoreRegion } from "../../src/engine/region.js";
import { defaultEdition, getEdition } from "../../src/editions/index.js";
import { Answer } from "../../src/input/schemas.js";
import type { Edition, Indicator } from "../../src/model/edition.js";
import { allAt, innovations, region } from "./builders.js";

const iid2026 = getEdition("iid-2026") as Edition;
const iid2023 = getEdition("iid-2023") as Edition;
const iid2027 = getEdition("iid-2027-projection") as Edition;
const indicator = (e: Edition, id: string) => e.indicators.find((i) => i.id === id) as Indicator;

describe("spec §7 worked example on the shipped iid-2026", () => {
  const regionWith = (n: number) => region({ spdAnswers: allAt(iid2026, "SPD", 2), innovations: innovations(iid2026, n, 2) });

  it("is the default edition", () => {
    expect(defaultEdition.id).toBe("iid-2026");
  });

  it("8 innovations at tier 2 → 37.75 Kurang Inovatif (Inovatif under 2023 bands)", () => {
    const r = scoreRegion(regionWith(8), iid2026);
    expect(r.verified.spd.score).toBe(42);
    expect(r.verified.sid.score).toBeCloseTo(52.3733333, 6);
    expect(r.verified.index).toBe(37.75);
    expect(r.verified.predicate?.label.id).toBe("Kurang Inovatif");
    expect(predicateFor(37.75, iid2023)?.label.id).toBe("Inovatif");
  });

  it("12 innovations at tier 2 → 48.22 Inovatif", () => {
    const r = scoreRegion(regionWith(12), iid2026);
    expect(r.verified.total).toBeCloseTo(120.56, 10);
    expect(r.verified.index).toBe(48.22);
    expect(r.verified.predicate?.label.id).toBe("Inovatif");
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("iid-2027-projection: the same 12 are divided by 14 and need all 6 yandas urusan", () => {
    const r = scoreRegion(regionWith(12), iid2027);
    expect(r.verified.sid.divisor).toBe(14);
    expect(r.yandas.verified).toMatchObject({ minCovered: 6, met: true });
    // 12 × 74 / 14 + 0.38 × 12 = 63.428571… + 4.56; total 42 + 67.988571… = 109.988571… → 44.00 (2026 bands: Inovatif)
    expect(r.verified.index).toBe(44);
    const five = scoreRegion(region({ spdAnswers: allAt(iid2027, "SPD", 2), innovations: innovations(iid2027, 5, 2) }), iid2027);
    expect(five.yandas.verified).toMatchObject({ met: false, missing: ["Sosial"] });
    expect(five.verified.sid.jumlahInovasi.score).toBe(0);
  });
});

describe("band edges on the shipped editions", () => {
  it.each([
    [0, "Tidak Dapat Dinilai", "Tidak Dapat Dinilai"],
    [34.99, "Kurang Inovatif", "Kurang Inovatif"],
    [35.0, "Inovatif", "Kurang Inovatif"],
    [40.0, "Inovatif", "Kurang Inovatif"],
    [40.01, "Inovatif", "Inovatif"],
    [60.0, "Inovatif", "Inovatif"],
    [60.01, "Sangat Inovatif", "Inovatif"],
    [65.0, "Sangat Inovatif", "Inovatif"],
    [65.01, "Sangat Inovatif", "Sangat Inovatif"],
    [100, "Sangat Inovatif", "Sangat Inovatif"],
  ])("%d → %s (2023), %s (2026)", (index, in2023, in2026) => {
    expect(predicateFor(index, iid2023)?.label.id).toBe(in2023);
    expect(predicateFor(index, iid2026)?.label.id).toBe(in2026);
  });
});

describe("answers on the shipped editions", () => {
  it("scores persons served 350 as tier 2 in 2026 and tier 3 in 2023 (1–100 / 101–200 / ≥ 201)", () => {
    const a = Answer.parse({ measure: "orang", value: 350 });
    expect(resolveAnswer(indicator(iid2026, "SID-18"), a).tier).toBe(2);
    expect(resolveAnswer(indicator(iid2023, "SID-18"), a).tier).toBe(3);
  });

  it("matches the official option label, tolerant of case and spaces, and gives its evidence", () => {
    const r = resolveAnswer(indicator(iid2026, "SID-1"), Answer.parse({ option: "  peraturan daerah   (PERDA) " }));
    expect(r.tier).toBe(3);
    expect(r.option?.evidence[0]?.id).toMatch(/Perda/);
  });
});

describe("iid-2023: numbers the sources do not give stay null", () => {
  it("scores SID from the indicators but leaves SID, total and index null, naming the missing rules", () => {
    const r = scoreRegion(region({ spdTotal: 40, innovations: innovations(iid2023, 8, 2) }, 2023), iid2023);
    expect(r.verified.spd).toMatchObject({ score: 40, from: "total" });
    expect(r.verified.sid.fromIndicators).toBeCloseTo(59.2, 10); // 8 × 74 / MAX(10, 8)
    expect(r.verified.sid.jumlahInovasi.score).toBeNull();
    expect(r.verified.index).toBeNull();
    expect(r.verified.predicate).toBeNull();
    const codes = r.issues.map((i) => i.code);
    expect(codes).toEqual(expect.arrayContaining(["jumlah_inovasi_unknown", "spd_from_total", "stages_rule_unknown"]));
  });
});
