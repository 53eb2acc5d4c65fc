/**
 * A second example, checked by hand: 2026 edition (floor 12, 0.38 × MIN(n, 200) only when ≥ 5 of 6 yandas urusan
 * are covered, max total 250), mixed tiers, missing evidence, a rejected innovation, an ineligible one, and a yandas
 * rule that fails.
 *
 * SPD rows 1–10 (bobot 1,1,1,1,1,0.75,0.75,1.5,1.5,1.5 = 11) at tier 3, accepted      → 33
 * SPD rows 11–20 (bobot 1,0.75,0.75,0.75,0.75,2,1,1,1,1 = 10) at tier 1, accepted      → 10
 *   …except row 16 (bobot 2, tier 1) whose evidence is pending                         → claimed 43, verified 41
 *
 * A "Sekolah Ramah"     Pendidikan  every indicator tier 3, accepted       → 37 × 3 = 111 | 111
 * B "Puskesmas Keliling" Kesehatan  tier 2, but SID-20 (bobot 4) tier 3   → 74 + 4 = 78   claimed
 *                                   SID-20 evidence missing (−4 × 3 = −12), SID-16 (bobot 3, tier 2) pending (−6)
 *                                                                          → 78 − 18 = 60  verified
 * C "Bansos Digital"    Sosial      tier 1 — SID-1 by option label, SID-2 and SID-18 by measured value
 *                                                                          → 37 × 1 = 37   | 37
 * D "Jalan Mulus"       PU-PR       tier 2, REJECTED                       → 0             | 0 (still in n)
 * E "Rumah Layak"       Perumahan   tier 2, rancang bangun 120 words < 300 → 74 claimed    | 0 verified (ineligible)
 *
 * n = 5 (rejected and ineligible stay in the divisor), divisor = MAX(12, 5) = 12.
 *
 * Claimed:  counted A B C E, Σ = 111 + 78 + 37 + 74 = 300; 300 / 12 = 25
 *           yandas: Pendidikan, Kesehatan, Sosial, Perumahan = 4 < 5 → skor jumlah 0 (forfeits 0.38 × 4 = 1.52)
 *           SID = 25; total = 43 + 25 = 68; IID = 68 / 250 × 100 = 27.20 → Kurang Inovatif
 *           cost of yandas: 1.52 points = 0.608 → 0.61 index points
 * Verified: counted A B C, Σ = 111 + 60 + 37 = 208; 208 / 12 = 17.3333…
 *           yandas: Pendidikan, Kesehatan, Sosial = 3 < 5 → 0 (forfeits 0.38 × 3 = 1.14 = 0.456 → 0.46 index)
 *           SID = 17.3333…; total = 41 + 17.3333… = 58.3333…; IID = 23.3333… → 23.33 → Kurang Inovatif
 *           next band Inovatif at 40.01: 40.01 − 23.33 = 16.68 index; 40.01 × 2.5 − 58.3333… = 41.6917 → 41.69 points
 */
import { describe, expect, it } from "vitest";
import { explainInnovation } from "../../src/engine/explain.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { AnswerInput } from "../../src/input/schemas.js";
import { allAt, innovation, region } from "./builders.js";
import { YANDAS, edition2026 as e } from "./fixtures.js";

const [PENDIDIKAN, KESEHATAN, PUPR, PERUMAHAN, , SOSIAL] = YANDAS as [string, string, string, string, string, string];

const spdAnswers: Record<string, AnswerInput> = {};
for (let row = 1; row <= 20; row++) spdAnswers[`SPD-${row}`] = { tier: row <= 10 ? 3 : 1, evidence: "accepted" };
spdAnswers["SPD-16"] = { tier: 1, evidence: "pending" };

const input = region({
  spdAnswers,
  innovations: [
    innovation(e, 3, { name: "Sekolah Ramah", urusan: PENDIDIKAN }),
    innovation(e, 2, {
      name: "Puskesmas Keliling",
      urusan: KESEHATAN,
      answers: {
        ...allAt(e, "SID", 2),
        "SID-20": { tier: 3, evidence: "missing" },
        "SID-16": { tier: 2, evidence: "pending" },
      },
    }),
    innovation(e, 1, {
      name: "Bansos Digital",
      urusan: SOSIAL,
      answers: {
        ...allAt(e, "SID", 1),
        "SID-1": { option: "  sk KEPALA   perangkat daerah ", evidence: "accepted" },
        "SID-2": { value: 5, evidence: "accepted" },
        "SID-18": { measure: "orang", value: 150, evidence: "accepted" },
      },
    }),
    innovation(e, 2, { name: "Jalan Mulus", urusan: PUPR, rejected: true }),
    innovation(e, 2, { name: "Rumah Layak", urusan: PERUMAHAN, designWords: 120 }),
  ],
});
const r = scoreRegion(input, e);

describe("second hand-checked example (2026)", () => {
  it("scores each innovation in both projections", () => {
    expect(r.innovations.map((i) => i.claimed.total)).toEqual([111, 78, 37, 0, 74]);
    expect(r.innovations.map((i) => i.verified.total)).toEqual([111, 60, 37, 0, 0]);
    expect(r.innovations.map((i) => i.claimed.counted)).toEqual([true, true, true, false, true]);
    expect(r.innovations.map((i) => i.verified.counted)).toEqual([true, true, true, false, false]);
  });

  it("claimed: SPD 43, SID 300 / 12 = 25 with no jumlah score, IID 27.20 Kurang Inovatif", () => {
    const c = r.claimed;
    expect(c.spd.score).toBe(43);
    expect(c.sid).toMatchObject({ innovationSum: 300, counted: 4, n: 5, divisor: 12, fromIndicators: 25 });
    expect(c.sid.jumlahInovasi).toEqual({ count: 4, score: 0, max: 76, yandasMet: false });
    expect(c.sid.score).toBe(25);
    expect(c.total).toBe(68);
    expect(c.index).toBe(27.2);
    expect(c.predicate?.label.id).toBe("Kurang Inovatif");
  });

  it("verified: SPD 41, SID 208 / 12, IID 23.33 Kurang Inovatif, 16.68 index points from Inovatif", () => {
    const v = r.verified;
    expect(v.spd.score).toBe(41);
    expect(v.sid).toMatchObject({ innovationSum: 208, counted: 3, n: 5, divisor: 12 });
    expect(v.sid.fromIndicators).toBeCloseTo(17.333333, 6);
    expect(v.sid.jumlahInovasi.score).toBe(0);
    expect(v.total).toBeCloseTo(58.333333, 6);
    expect(v.index).toBe(23.33);
    expect(v.predicate?.label.id).toBe("Kurang Inovatif");
    expect(v.nextBand).toMatchObject({ band: { id: "inovatif" }, indexNeeded: 16.68, pointsNeeded: 41.69 });
  });

  it("shows what the failed yandas rule costs in each projection", () => {
    expect(r.yandas.claimed).toMatchObject({
      minCovered: 5,
      covered: [PENDIDIKAN, KESEHATAN, PERUMAHAN, SOSIAL],
      met: false,
      cost: { points: 1.52, index: 0.61 },
    });
    expect(r.yandas.claimed.missing).toEqual([PUPR, YANDAS[4]]);
    expect(r.yandas.verified.covered).toEqual([PENDIDIKAN, KESEHATAN, SOSIAL]);
    expect(r.yandas.verified.cost.points).toBeCloseTo(1.14, 10);
    expect(r.yandas.verified.cost.index).toBe(0.46);
    expect(r.issues.filter((i) => i.code === "yandas_not_met").map((i) => i.params.projection)).toEqual(["claimed", "verified"]);
  });

  it("lists B's evidence gaps with the evidence each option requires", () => {
    expect(r.innovations[1]?.evidenceGaps).toEqual([
      expect.objectContaining({ indicatorId: "SID-16", tier: 2, evidence: "pending", points: 6, required: [{ id: "Bukti SID-16 2", en: "Evidence SID-16 2" }] }),
      expect.objectContaining({ indicatorId: "SID-20", tier: 3, evidence: "missing", points: 12 }),
    ]);
    const rows = explainInnovation(r.innovations[1]!, e).verified.filter((x) => x.status === "evidence_not_accepted").map((x) => x.indicatorId);
    expect(rows).toEqual(["SID-16", "SID-20"]);
  });

  it("locates why D and E do not count", () => {
    expect(r.innovations[3]?.issues).toEqual([expect.objectContaining({ code: "innovation_rejected", path: ["innovations", 3, "rejected"] })]);
    expect(r.innovations[4]?.ineligible).toEqual([
      expect.objectContaining({ code: "design_too_short", path: ["innovations", 4, "designWords"], params: { given: 120, min: 300 } }),
    ]);
  });

  it("reads back each SID indicator as Σ over counted innovations / divisor", () => {
    const sid20 = r.verified.breakdown.find((b) => b.indicatorId === "SID-20");
    // A: 4 × 3 = 12, B: evidence missing → 0, C: 4 × 1 = 4 → 16 / 12
    expect(sid20).toMatchObject({ aspect: "SID", weight: 4, sum: 16 });
    expect(sid20?.contribution).toBeCloseTo(16 / 12, 10);
    expect(sid20?.maxContribution).toBe(3); // 12 × 3 innovations / 12
    const spd16 = r.verified.breakdown.find((b) => b.indicatorId === "SPD-16");
    expect(spd16).toMatchObject({ sum: 0, contribution: 0, maxContribution: 6 });
    const sum = r.verified.breakdown.reduce((s, b) => s + (b.contribution ?? 0), 0);
    expect(sum + (r.verified.sid.jumlahInovasi.score ?? 0)).toBeCloseTo(r.verified.total ?? NaN, 10);
  });

  it("raises no answer errors: labels and measured values resolved", () => {
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});
