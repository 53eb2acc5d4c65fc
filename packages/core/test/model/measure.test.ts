import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { tierForValue } from "../../src/model/index.js";

function measure(editionId: string, indicatorId: string, measureId: string) {
  const ind = getEdition(editionId)!.indicators.find((i) => i.id === indicatorId)!;
  return ind.measures.find((m) => m.id === measureId)!;
}

describe("tierForValue: a measured value scores by the edition's thresholds", () => {
  it.each([
    // 2026 Kemanfaatan, persons served 1–200 / 201–500 / ≥ 501
    ["iid-2026", "SID-18", "orang", 350, 2],
    ["iid-2026", "SID-18", "orang", 200, 1],
    ["iid-2026", "SID-18", "orang", 201, 2],
    ["iid-2026", "SID-18", "orang", 500, 2],
    ["iid-2026", "SID-18", "orang", 501, 3],
    ["iid-2026", "SID-18", "orang", 1, 1],
    ["iid-2026", "SID-18", "orang", 0, 0],
    // 2026 added revenue 0.01–9.99 / 10–19.99 / ≥ 20 %
    ["iid-2026", "SID-18", "pendapatan", 9.99, 1],
    ["iid-2026", "SID-18", "pendapatan", 10, 2],
    ["iid-2026", "SID-18", "pendapatan", 20, 3],
    ["iid-2026", "SID-18", "pendapatan", 0, 0],
    // 2026 spending efficiency keeps the published upper end 30 %
    ["iid-2026", "SID-18", "efisiensi", 30, 3],
    ["iid-2026", "SID-18", "efisiensi", 30.01, 0],
    // kecepatan: lower months = higher tier (≥ 9 / 5–8 / 1–4)
    ["iid-2026", "SID-17", "bulan", 3, 3],
    ["iid-2026", "SID-17", "bulan", 4, 3],
    ["iid-2026", "SID-17", "bulan", 5, 2],
    ["iid-2026", "SID-17", "bulan", 8, 2],
    ["iid-2026", "SID-17", "bulan", 9, 1],
    ["iid-2026", "SID-17", "bulan", 24, 1],
    // SDM 1–10 / 11–30 / > 30
    ["iid-2026", "SID-2", "orang", 10, 1],
    ["iid-2026", "SID-2", "orang", 11, 2],
    ["iid-2026", "SID-2", "orang", 31, 3],
    // kemudahan proses: ≥ 6 / 2–5 / 1 day
    ["iid-2026", "SID-13", "hari", 1, 3],
    ["iid-2026", "SID-13", "hari", 2, 2],
    ["iid-2026", "SID-13", "hari", 6, 1],
    // pengaduan 2026: ≤ 50 / 51–90 / ≥ 91 %
    ["iid-2026", "SID-14", "persen", 50, 1],
    ["iid-2026", "SID-14", "persen", 51, 2],
    ["iid-2026", "SID-14", "persen", 91, 3],
    // jejaring 2026 lowest tier is exactly 2 PD; 2023 is 1–2 PD
    ["iid-2026", "SID-9", "perangkat_daerah", 1, 0],
    ["iid-2026", "SID-9", "perangkat_daerah", 2, 1],
    ["iid-2026", "SID-9", "perangkat_daerah", 5, 3],
    ["iid-2023", "SID-9", "perangkat_daerah", 1, 1],
    // 2023 persons 1–100 / 101–200 / ≥ 201
    ["iid-2023", "SID-18", "orang", 150, 2],
    ["iid-2023", "SID-18", "orang", 100, 1],
    ["iid-2023", "SID-18", "orang", 201, 3],
    // 2023 pengaduan ≤ 40 / 40.01–70.99 / ≥ 71
    ["iid-2023", "SID-14", "persen", 40, 1],
    ["iid-2023", "SID-14", "persen", 40.01, 2],
    ["iid-2023", "SID-14", "persen", 70.99, 2],
    ["iid-2023", "SID-14", "persen", 71, 3],
    // 2023 added revenue 0.01–49.99 / 50–99.99 / ≥ 100
    ["iid-2023", "SID-18", "pendapatan", 49.99, 1],
    ["iid-2023", "SID-18", "pendapatan", 50, 2],
    ["iid-2023", "SID-18", "pendapatan", 100, 3],
    // 2026 SPD rows settled from the peer's touching ends
    ["iid-2026", "SPD-3", "persen", -50.33, 1],
    ["iid-2026", "SPD-3", "persen", -50.32, 1],
    ["iid-2026", "SPD-3", "persen", -50.31, 2],
    ["iid-2026", "SPD-3", "persen", 8.16, 2],
    ["iid-2026", "SPD-3", "persen", 8.17, 3],
    ["iid-2026", "SPD-4", "persen", 5.23, 3],
    ["iid-2026", "SPD-5a", "poin", 0, 1],
    ["iid-2026", "SPD-5a", "poin", 0.01, 2],
    ["iid-2026", "SPD-5a", "poin", 0.36, 3],
    // lower is better: TPT T-1 and poor population T-1
    ["iid-2026", "SPD-5b", "persen", 2.35, 3],
    ["iid-2026", "SPD-5b", "persen", 5.9, 2],
    ["iid-2026", "SPD-5b", "persen", 5.91, 1],
    ["iid-2026", "SPD-10b", "persen", 4.82, 3],
    ["iid-2026", "SPD-10b", "persen", 13.09, 2],
    ["iid-2026", "SPD-10b", "persen", 13.1, 1],
    ["iid-2026", "SPD-11a", "poin", 0.9, 3],
    ["iid-2026", "SPD-11b", "ipm", 69.99, 1],
    ["iid-2026", "SPD-11b", "ipm", 70, 2],
    ["iid-2026", "SPD-11b", "ipm", 80, 3],
  ] as const)("%s %s %s: %d → tier %d", (edition, indicator, m, value, tier) => {
    expect(tierForValue(measure(edition, indicator, m), value)).toBe(tier);
  });

  it("a value that is not a finite number reaches no tier", () => {
    const m = measure("iid-2026", "SID-18", "orang");
    expect(tierForValue(m, Number.NaN)).toBe(0);
    expect(tierForValue(m, Number.POSITIVE_INFINITY)).toBe(0);
  });
});
