import { describe, expect, it } from "vitest";
import { scoreRegion } from "../../src/engine/region.js";
import { explainInnovation } from "../../src/engine/explain.js";
import { allAt, innovation, innovations, region } from "./builders.js";
import { YANDAS, edition2023, edition2026 as e, editionWith } from "./fixtures.js";

const codes = (issues: { code: string }[]) => issues.map((i) => i.code);

describe("SPD", () => {
  it("is Σ weight × tier over the rows (all at tier 3 → 63 = maximum)", () => {
    const r = scoreRegion(region({ spdAnswers: allAt(e, "SPD", 3) }), e);
    expect(r.verified.spd).toMatchObject({ score: 63, max: 63, from: "rows" });
    expect(r.verified.spd.rows).toHaveLength(20);
  });

  it("warns when no SPD row is answered and scores it 0", () => {
    const r = scoreRegion(region(), e);
    expect(r.verified.spd.score).toBe(0);
    expect(codes(r.issues)).toContain("spd_rows_missing");
  });

  it("takes the total when the edition has no rows, and says so", () => {
    const r = scoreRegion(region({ spdTotal: 30 }, 2023), edition2023);
    expect(r.claimed.spd).toEqual({ score: 30, max: 63, from: "total", rows: [] });
    expect(r.issues).toContainEqual(expect.objectContaining({ code: "spd_from_total", severity: "info", path: ["spdTotal"] }));
  });

  it("requires the total when the edition has no rows: SPD, total and index are null", () => {
    const r = scoreRegion(region({ innovations: innovations(edition2023, 3, 2) }, 2023), edition2023);
    expect(r.issues).toContainEqual(expect.objectContaining({ code: "spd_total_required", severity: "error", path: ["spdTotal"] }));
    expect(r.verified.spd.score).toBeNull();
    expect(r.verified.total).toBeNull();
    expect(r.verified.index).toBeNull();
    expect(r.verified.predicate).toBeNull();
  });

  it("lets a total override the rows, and flags a total above the maximum", () => {
    const r = scoreRegion(region({ spdAnswers: allAt(e, "SPD", 1), spdTotal: 70 }), e);
    expect(r.verified.spd).toMatchObject({ score: 70, from: "total" });
    expect(codes(r.issues)).toEqual(expect.arrayContaining(["spd_from_total", "spd_total_out_of_range"]));
  });
});

describe("SID", () => {
  it("divides by n once n passes the floor: 13 innovations at tier 2 → 13 × 74 / 13 + 0.38 × 13", () => {
    const r = scoreRegion(region({ innovations: innovations(e, 13, 2) }), e);
    expect(r.verified.sid.divisor).toBe(13);
    expect(r.verified.sid.fromIndicators).toBe(74);
    expect(r.verified.sid.score).toBeCloseTo(74 + 4.94, 10);
  });

  it("keeps rejected innovations in the divisor only where the edition says so", () => {
    const inv = [...innovations(e, 12, 2), ...innovations(e, 2, 2, { rejected: true })];
    const kept = scoreRegion(region({ innovations: inv }), e);
    expect(kept.claimed.sid).toMatchObject({ counted: 12, n: 14, divisor: 14 });
    const dropped = scoreRegion(region({ innovations: inv }), editionWith((x) => (x.formula.rejectedCountInDivisor.value = false)));
    expect(dropped.claimed.sid).toMatchObject({ counted: 12, n: 12, divisor: 12, fromIndicators: 74 });
  });

  it("caps the innovation count of the jumlah score", () => {
    const capped = editionWith((x) => (x.formula.jumlahInovasi.countCap.value = 3));
    const r = scoreRegion(region({ innovations: innovations(capped, 8, 1) }), capped);
    expect(r.verified.sid.jumlahInovasi).toMatchObject({ count: 8, max: 0.38 * 3 });
    expect(r.verified.sid.jumlahInovasi.score).toBeCloseTo(1.14, 10);
  });

  it("gives the jumlah score without covering yandas when the edition does not require it", () => {
    const free = editionWith((x) => (x.formula.jumlahInovasi.requiresYandas = false));
    const r = scoreRegion(region({ innovations: innovations(free, 2, 1) }), free);
    expect(r.yandas.verified.met).toBe(false);
    expect(r.verified.sid.jumlahInovasi.score).toBeCloseTo(0.76, 10);
    expect(r.yandas.verified.cost).toEqual({ points: 0, index: 0 });
  });

  it("counts related urusan toward yandas when the edition says so", () => {
    const inv = innovations(e, 4, 2).map((x, k) => (k === 0 ? { ...x, relatedUrusan: [YANDAS[4] as string] } : x));
    expect(scoreRegion(region({ innovations: inv }), e).yandas.verified.covered).toHaveLength(4);
    const related = editionWith((x) => (x.yandas.countRelatedUrusan = true));
    const r = scoreRegion(region({ innovations: inv }), related);
    expect(r.yandas.verified.covered).toHaveLength(5);
    expect(r.yandas.verified.met).toBe(true);
  });
});

describe("null propagates where the edition lacks a number", () => {
  it("2023: unknown jumlah inovasi rule → SID, total, index null, with the missing number named", () => {
    const r = scoreRegion(region({ spdTotal: 40, innovations: innovations(edition2023, 8, 2) }, 2023), edition2023);
    expect(r.verified.sid.fromIndicators).toBeCloseTo(59.2, 10); // 8 × 74 / MAX(10, 8)
    expect(r.verified.sid.jumlahInovasi.score).toBeNull();
    expect(r.verified.sid.score).toBeNull();
    expect(r.verified.total).toBeNull();
    expect(r.verified.index).toBeNull();
    expect(r.verified.nextBand).toBeNull();
    expect(r.issues).toContainEqual(
      expect.objectContaining({ code: "jumlah_inovasi_unknown", path: ["formula", "jumlahInovasi", "perInnovation"], params: { edition: "test-2023" } }),
    );
  });

  it("unknown weight → that row, the innovation total and the index are null", () => {
    const noWeight = editionWith((x) => {
      const first = x.indicators[0];
      if (first) first.weight = null;
    });
    const r = scoreRegion(region({ spdAnswers: allAt(noWeight, "SPD", 2), innovations: innovations(noWeight, 6, 2) }), noWeight);
    expect(explainInnovation(r.innovations[0]!, noWeight).verified[0]).toMatchObject({ weight: null, score: null, maxScore: null });
    expect(r.innovations[0]?.verified.total).toBeNull();
    expect(r.verified.index).toBeNull();
    expect(r.issues).toContainEqual(expect.objectContaining({ code: "missing_number", path: ["indicators", 0, "weight"] }));
  });

  it("unknown divisor floor, maximum total and yandas minimum are each named", () => {
    const unknown = { value: null, source: { ref: "spec", confidence: "unknown" as const } };
    const ed = editionWith((x) => {
      x.formula.sidDivisorFloor = unknown;
      x.formula.maxTotal = unknown;
      x.yandas.minCovered = unknown;
    });
    const r = scoreRegion(region({ innovations: innovations(ed, 6, 2) }), ed);
    expect(codes(r.issues)).toEqual(expect.arrayContaining(["divisor_floor_unknown", "max_total_unknown", "missing_number"]));
    expect(r.verified.sid.divisor).toBeNull();
    expect(r.yandas.verified.met).toBeNull();
    expect(r.yandas.verified.cost).toEqual({ points: null, index: null });
    expect(r.verified.sid.jumlahInovasi.score).toBeNull();
    const again = scoreRegion(region({ innovations: innovations(ed, 6, 2) }), ed);
    expect(codes(again.issues).filter((c) => c === "divisor_floor_unknown")).toHaveLength(1); // every region, not the first only
  });

  it("gives each region issues of its own: a change to one region's leaves the next region's as they were", () => {
    const ed = editionWith((x) => (x.formula.maxTotal = { value: null, source: { ref: "spec", confidence: "unknown" as const } }));
    const first = scoreRegion(region({ innovations: innovations(ed, 2, 2) }), ed);
    const gap = first.issues.find((i) => i.code === "max_total_unknown")!;
    expect(gap).toEqual({ code: "max_total_unknown", severity: "warning", path: ["formula", "maxTotal"], params: { edition: ed.id } });
    gap.path.push("x");
    gap.params.edition = "changed";
    first.issues.push({ code: "spd_from_total", severity: "info", path: [], params: {} });
    const second = scoreRegion(region({ innovations: innovations(ed, 2, 2) }), ed);
    expect(codes(second.issues)).not.toContain("spd_from_total");
    expect(second.issues.find((i) => i.code === "max_total_unknown")).toEqual({ code: "max_total_unknown", severity: "warning", path: ["formula", "maxTotal"], params: { edition: ed.id } });
  });
});

describe("Tidak Dapat Dinilai", () => {
  it("when the region did not report", () => {
    const r = scoreRegion(region({ region: { name: "Kab. Diam", level: "kabupaten", year: 2026, reported: false }, innovations: innovations(e, 8, 2) }), e);
    expect(r.verified.total).toBeGreaterThan(0);
    expect(r.verified.index).toBe(0);
    expect(r.verified.predicate?.label.id).toBe("Tidak Dapat Dinilai");
    expect(r.verified.nextBand).toBeNull();
    expect(codes(r.issues)).toContain("region_not_reported");
  });

  it("when the index is 0", () => {
    const r = scoreRegion(region({ innovations: innovations(e, 3, 2, { rejected: true }) }), e);
    expect(r.verified.index).toBe(0);
    expect(r.verified.predicate?.label.id).toBe("Tidak Dapat Dinilai");
    expect(r.verified.nextBand).toMatchObject({ band: { id: "kurang-inovatif" }, indexNeeded: 0.01 });
  });
});

describe("eligibility (verified projection only)", () => {
  const one = (over: Parameters<typeof innovation>[2], ed = e) => scoreRegion(region({ innovations: [innovation(ed, 2, over)] }), ed).innovations[0];

  it("scores every stage and says so when the stages rule is unknown", () => {
    const r = scoreRegion(region({ innovations: [innovation(e, 2, { stage: "inisiatif" })] }), e);
    expect(r.innovations[0]?.verified.counted).toBe(true);
    expect(r.issues).toContainEqual(expect.objectContaining({ code: "stages_rule_unknown", severity: "info", path: ["eligibility", "scoredStages"] }));
  });

  it("leaves out a stage the edition does not score", () => {
    const ed = editionWith((x) => (x.eligibility.scoredStages.value = ["penerapan"]));
    const r = one({ stage: "uji_coba" }, ed);
    expect(r?.claimed.counted).toBe(true);
    expect(r?.verified.counted).toBe(false);
    expect(r?.ineligible).toEqual([expect.objectContaining({ code: "stage_not_scored", path: ["innovations", 0, "stage"], params: { stage: "uji_coba", allowed: ["penerapan"] } })]);
  });

  it.each([
    [{ implementationDate: "2023-12-31" }, "implementationDate", "2023-12-31"],
    [{ implementationDate: "2026-01-01" }, "implementationDate", "2026-01-01"],
    [{ implementationDate: undefined, trialDate: "2023-05-01" }, "trialDate", "2023-05-01"],
    [{ implementationDate: undefined }, "trialDate", null],
  ])("needs an implementation (or trial) date in the window: %j", (over, field, date) => {
    expect(one(over)?.ineligible).toEqual([
      expect.objectContaining({ code: "outside_window", path: ["innovations", 0, field], params: { date, from: "2024-01-01", to: "2025-12-31" } }),
    ]);
  });

  it("accepts the window's own ends", () => {
    expect(one({ implementationDate: "2024-01-01" })?.ineligible).toEqual([]);
    expect(one({ implementationDate: "2025-12-31" })?.ineligible).toEqual([]);
  });

  it("needs enough design words, few enough entries and the mandatory indicators answered", () => {
    expect(one({ designWords: 300 })?.ineligible).toEqual([]);
    expect(one({ designWords: undefined })?.ineligible[0]).toMatchObject({ code: "design_too_short", params: { given: null, min: 300 } });
    expect(one({ entries: 3 })?.ineligible[0]).toMatchObject({ code: "too_many_entries", path: ["innovations", 0, "entries"], params: { given: 3, max: 2 } });
    const answers = allAt(e, "SID", 2);
    delete answers["SID-20"];
    expect(one({ answers })?.ineligible).toEqual([
      expect.objectContaining({ code: "mandatory_unanswered", path: ["innovations", 0, "answers", "SID-20"] }),
    ]);
  });
});

describe("broken answers produce located issues and lose nothing else", () => {
  it("flags each broken answer where it is and still scores the rest", () => {
    const r = scoreRegion(
      region({
        spdAnswers: { ...allAt(e, "SPD", 2), "SPD-3": { option: "tidak ada", evidence: "accepted" }, "SPD-99": { tier: 1 } },
        innovations: [
          innovation(e, 2, { answers: { ...allAt(e, "SID", 2), "SID-7": { tier: 5 }, "SID-18": { value: 40 } } }),
          innovation(e, 2, { answers: { ...allAt(e, "SID", 2), "SID-1": { tier: 1, option: "Perkada / Perda" } } }),
        ],
      }),
      e,
    );
    const located = r.issues.filter((i) => i.severity !== "info" && i.code !== "yandas_not_met").map((i) => [i.code, i.path.join("/")]);
    expect(located).toEqual([
      ["tier_out_of_range", "innovations/0/answers/SID-7/tier"],
      ["measure_required", "innovations/0/answers/SID-18/measure"],
      ["answer_conflict", "innovations/1/answers/SID-1"],
      ["unknown_indicator", "spdAnswers/SPD-99"],
      ["unknown_option", "spdAnswers/SPD-3/option"],
    ]);
    // SPD: 21 × 2 − SPD-3 (bobot 1 × 2) = 40; innovation 0: 74 − SID-7 (1 × 2) − SID-18 (3 × 2) = 66
    expect(r.claimed.spd.score).toBe(40);
    expect(r.innovations[0]?.claimed.total).toBe(66);
    expect(explainInnovation(r.innovations[0]!, e).claimed.find((x) => x.indicatorId === "SID-7")?.status).toBe("invalid_answer");
    // one message per fault: a wrong answer to a mandatory indicator is the reason the innovation leaves the verified
    // projection (no second "not answered" message), and its message says so
    expect(r.innovations[0]?.ineligible.map((i) => i.code)).toContain("measure_required");
    expect(r.innovations[0]?.verified.counted).toBe(false);
    expect(r.issues.find((i) => i.code === "measure_required")?.params.mandatory).toBe(true);
    expect(r.issues.find((i) => i.code === "tier_out_of_range")?.params.mandatory).toBeUndefined();
  });
});
