import { describe, expect, it } from "vitest";
import { resolveAnswer } from "../../src/engine/answer.js";
import { Answer, type AnswerInput } from "../../src/input/schemas.js";
import type { Indicator } from "../../src/model/edition.js";
import { edition2026 } from "./fixtures.js";

const ind = (id: string) => edition2026.indicators.find((i) => i.id === id) as Indicator;
const regulasi = ind("SID-1");
const sdm = ind("SID-2"); // one measure: persons 1–10 / 11–30 / > 30
const kemanfaatan = ind("SID-18"); // two measures: orang, produk
const resolve = (indicator: Indicator, a: AnswerInput, path: (string | number)[] = ["innovations", 3, "answers", indicator.id]) =>
  resolveAnswer(indicator, Answer.parse(a), path);

describe("resolveAnswer", () => {
  it("takes a tier as given", () => {
    expect(resolve(regulasi, { tier: 2 })).toMatchObject({ tier: 2, status: "scored", issues: [] });
    expect(resolve(regulasi, { tier: 2 }).option?.label.id).toBe("SK Kepala Daerah");
  });

  it("treats a missing answer and tier 0 as not answered", () => {
    expect(resolveAnswer(regulasi, undefined)).toMatchObject({ tier: 0, status: "not_answered", option: null });
    expect(resolve(regulasi, { tier: 0 })).toMatchObject({ tier: 0, status: "not_answered", issues: [] });
    expect(resolve(regulasi, { option: "   " })).toMatchObject({ tier: 0, status: "not_answered" });
  });

  it.each([
    ["SK Kepala Daerah", 2],
    ["  sk   kepala DAERAH ", 2],
    ["Regional head decree", 2],
    ["REGIONAL REGULATION", 3],
    ["Perkada / Perda", 3],
  ])("matches the option label %j (Indonesian or English, any case, extra spaces) → tier %d", (option, tier) => {
    expect(resolve(regulasi, { option })).toMatchObject({ tier, status: "scored" });
  });

  it("rejects an unknown option, listing the allowed labels, located at the option", () => {
    const r = resolve(regulasi, { option: "SK Camat" });
    expect(r).toMatchObject({ tier: 0, status: "invalid_answer" });
    expect(r.issues).toEqual([
      {
        code: "unknown_option",
        severity: "error",
        path: ["innovations", 3, "answers", "SID-1", "option"],
        params: {
          indicator: "SID-1",
          given: "SK Camat",
          allowed: ["SK Kepala Perangkat Daerah", "SK Kepala Daerah", "Perkada / Perda"],
          allowedEn: ["Head of agency decree", "Regional head decree", "Regional regulation"],
        },
      },
    ]);
  });

  it.each([
    [350, 2],
    [200, 1],
    [200.5, 2],
    [500, 2],
    [501, 3],
    [1, 1],
  ])("scores persons served %d by the edition's thresholds → tier %d", (value, tier) => {
    expect(resolve(kemanfaatan, { measure: "orang", value })).toMatchObject({ tier, status: "scored" });
  });

  it("uses the only measure when none is named, and needs one named when there are several", () => {
    expect(resolve(sdm, { value: 31 }).tier).toBe(3);
    const r = resolve(kemanfaatan, { value: 350 });
    expect(r.status).toBe("invalid_answer");
    expect(r.issues[0]).toMatchObject({ code: "measure_required", path: ["innovations", 3, "answers", "SID-18", "measure"], params: { allowed: ["orang", "produk"] } });
  });

  it("rejects an unknown measure and a value on an indicator without measures", () => {
    expect(resolve(kemanfaatan, { measure: "rupiah", value: 3 }).issues[0]).toMatchObject({ code: "unknown_measure", params: { given: "rupiah" } });
    expect(resolve(regulasi, { value: 3 }).issues[0]).toMatchObject({ code: "unknown_measure", params: { given: null, allowed: [] } });
  });

  it("scores a value outside every tier as 0, with an error giving the range the tiers cover", () => {
    const r = resolve(kemanfaatan, { measure: "orang", value: -5 });
    expect(r).toMatchObject({ tier: 0, status: "invalid_answer" });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: "value_outside_tiers", severity: "error", params: { value: -5, min: 1, minInclusive: true, max: null } });
  });

  it("a value that can be but reaches no tier yet (0 persons served) is a warning, tier 0; above the top tier an error", async () => {
    const zero = resolve(kemanfaatan, { measure: "orang", value: 0 });
    expect(zero).toMatchObject({ tier: 0, status: "not_answered" });
    expect(zero.issues.map((i) => [i.code, i.severity])).toEqual([["value_outside_tiers", "warning"]]);
    const { defaultEdition } = await import("../../src/editions/index.js");
    const pengaduan = defaultEdition.indicators.find((i) => i.id === "SID-14")!; // 0–50 / 50–90 / 90–100 %
    expect(resolve(pengaduan, { value: 120 }).issues.map((i) => [i.code, i.severity, i.params.max])).toEqual([["value_outside_tiers", "error", 100]]);
  });

  it("rejects a tier above the indicator's maximum", () => {
    const r = resolve(regulasi, { tier: 4 });
    expect(r).toMatchObject({ tier: 0, status: "invalid_answer" });
    expect(r.issues[0]).toMatchObject({ code: "tier_out_of_range", path: ["innovations", 3, "answers", "SID-1", "tier"], params: { given: 4, max: 3, allowed: [0, 1, 2, 3] } });
  });

  it("accepts several forms that agree and flags a conflict when they do not", () => {
    expect(resolve(kemanfaatan, { tier: 2, measure: "orang", value: 350 })).toMatchObject({ tier: 2, status: "scored" });
    const r = resolve(regulasi, { tier: 1, option: "Perkada / Perda" });
    expect(r).toMatchObject({ tier: 0, status: "invalid_answer" });
    expect(r.issues).toEqual([
      expect.objectContaining({ code: "answer_conflict", path: ["innovations", 3, "answers", "SID-1"], params: { indicator: "SID-1", via: ["tier", "option"], tiers: [1, 3] } }),
    ]);
  });
});

describe("options by the abbreviations their labels hold (shipped iid-2026)", async () => {
  const { defaultEdition } = await import("../../src/editions/index.js");
  const shipped = (id: string) => defaultEdition.indicators.find((i) => i.id === id) as Indicator;
  const opini = shipped("SPD-8"); // TMP/TW · WDP · WTP
  it.each([
    ["WTP", 3], ["wtp", 3], [" W T P", null], ["Wajar Tanpa Pengecualian", 3], ["WDP", 2], ["TMP", 1], ["TW", 1],
    ["Tidak Menyatakan Pendapat atau Tidak Wajar", 1],
  ])("SPD-8 %j → tier %s", (given, tier) => {
    const r = resolve(opini, { option: given as string });
    if (tier === null) expect(r.issues.map((i) => i.code)).toEqual(["unknown_option"]);
    else expect(r).toMatchObject({ tier, status: "scored", issues: [] });
  });

  it("Perkada / Perda (SID-1), SKM (SID-19), online (SID-11) — and not a word several options share (RKPD in SID-6)", () => {
    expect(resolve(shipped("SID-1"), { option: "Perkada" }).tier).toBe(2);
    expect(resolve(shipped("SID-1"), { option: "perda" }).tier).toBe(3);
    expect(resolve(shipped("SID-19"), { option: "SKM" }).tier).toBe(2);
    expect(resolve(shipped("SID-11"), { option: "Online" }).tier).toBe(3);
    expect(resolve(shipped("SID-6"), { option: "RKPD" }).issues.map((i) => i.code)).toEqual(["unknown_option"]);
  });

  it("an option's own aliases count too (data, not code)", () => {
    const withAlias = { ...opini, options: opini.options.map((o) => (o.tier === 3 ? { ...o, aliases: ["Opini terbaik"] } : o)) };
    expect(resolve(withAlias, { option: "opini  TERBAIK" }).tier).toBe(3);
  });
});
