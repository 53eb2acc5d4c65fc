/**
 * What the analyst types where a step names a cell (plan25): the evidence status that counts ("Diterima", the workbook's
 * evidence option) on every step that sets an answer's evidence accepted; on a new innovation typed from nothing, the
 * values that give SID-18's tier (its option names no amount); and a region not reporting, whose one step is to report,
 * is not told that innovations are "kept submitted" for compliance (no withhold was weighed: its index is 0 whatever).
 */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import type { AnswerInput } from "../../src/input/schemas.js";
import { describeAction, formatPlan, planComplianceNotes } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";
import type { PlanAction } from "../../src/plan/types.js";
import { allAt, innovation, innovations, region } from "../engine/builders.js";
import { scoreRegion } from "../../src/engine/region.js";
import { recapRegions } from "../../src/recap/recap.js";

const e = getEdition("iid-2026")!;
const at80 = (): Record<string, AnswerInput> => ({ ...allAt(e, "SID", 2), "SID-1": { tier: 3, evidence: "accepted" }, "SID-16": { tier: 3, evidence: "accepted" } });
const ID = ' — tulis "Diterima" bila verifikator sudah menerimanya';
const EN = ' — enter "Diterima" once the verifier has accepted it';

describe("the evidence status to type", () => {
  it("an evidence step ends with the word to type, in both languages", () => {
    const list = innovations(e, 13, 2).map((i) => ({ ...i, answers: at80() }));
    list[0] = { ...list[0]!, answers: { ...at80(), "SID-20": { tier: 2, evidence: "missing" } } };
    const plan = planRegion(region({ spdTotal: 40, innovations: list }), e, { target: { index: 60 }, maxNewInnovations: 0 });
    const ev = plan.actions.find((a) => a.kind === "evidence")!;
    expect(describeAction(ev, "id")).toMatch(/^bukti dukung diterima: Inovasi 1 \(Dinas Kesehatan\) — 20\. Kualitas inovasi \(video\) \(tingkat 2\); bukti: [^—]+ — tulis "Diterima" bila verifikator sudah menerimanya$/);
    expect(describeAction(ev, "en").endsWith(EN)).toBe(true);
    // a tier up from a tier already accepted: the "Diterima" was for the old tier's evidence — "Menunggu" until the
    // verifier accepts the new one (audit33; plan25 said nothing there)
    const up = plan.actions.find((a) => a.kind === "tier_up" && a.where.tier!.from > 0)!;
    expect(describeAction(up, "id")).toMatch(/; ubah Bukti menjadi "Menunggu" sampai verifikator menerima bukti tingkat \d — tulis "Diterima" bila verifikator sudah menerimanya$/);
  });

  it("so does every step that answers a cell with its evidence: an SPD row filled in, an answer from nothing, a mandatory answer", () => {
    const spd = allAt(e, "SPD", 2);
    delete spd["SPD-8"]; // a row of record: filled in
    const fill = planRegion(region({ spdAnswers: spd, innovations: innovations(e, 12, 2) }), e, { target: { index: 100 }, maxNewInnovations: 0, maxActions: 5 }).actions.find((a) => a.kind === "fill")!;
    const three = allAt(e, "SPD", 3);
    delete three["SPD-14"]; // not a row of record: answered from nothing
    const answer = planRegion(region({ spdAnswers: three, innovations: innovations(e, 8, 3) }), e, { target: { index: 100 }, maxNewInnovations: 0 }).actions.find((a) => a.where.spdRow?.id === "SPD-14")!;
    const list = innovations(e, 13, 2).map((i) => ({ ...i, answers: at80() }));
    const answers = at80();
    delete answers["SID-1"];
    list[12] = { ...list[12]!, answers };
    const count = planRegion(region({ spdTotal: 40, innovations: list }), e, { target: { index: 60 }, maxNewInnovations: 0, efforts: { withhold: 100 } }).actions.find((a) => a.kind === "count")!;
    for (const a of [fill, answer, count] as PlanAction[]) {
      expect(a.kind === "tier_up" ? a.where.tier!.from : 0).toBe(0);
      expect(describeAction(a, "id").endsWith(ID)).toBe(true);
      expect(describeAction(a, "en").endsWith(EN)).toBe(true);
    }
    // as a plan line and in the plan's text, where the CLI prints it
    expect(formatPlan(planRegion(region({ spdTotal: 40, innovations: list }), e, { target: { index: 60 }, maxNewInnovations: 0, efforts: { withhold: 100 } }), "en").some((l) => l.includes(`${EN} → +`))).toBe(true);
  });
});

describe("a new innovation with no row to copy says the values that give SID-18's tier", () => {
  it("each basis's range after the option, in both languages, as a tier up says them", () => {
    // two at tier 1 and one at tier 3: with a score given, no row of the region scores it, so the row is printed
    const input = region({ innovations: [innovation(e, 1, { name: "Satu" }), innovation(e, 1, { name: "Dua" }), innovation(e, 3, { name: "Tiga" })] });
    const plan = planRegion(input, e, { target: { index: 100 }, expectedScore: 77, maxNewInnovations: 1, efforts: { newInnovation: 0.01 } });
    const a = plan.actions.find((x) => x.kind === "new_innovation")!;
    expect(a.where.like).toBeUndefined();
    const tier = (a.edits[0] as { innovation: { answers: Record<string, { tier?: number }> } }).innovation.answers["SID-18"]!.tier!;
    const sid18 = e.indicators.find((i) => i.id === "SID-18")!;
    expect(sid18.measures.length).toBeGreaterThan(1);
    expect(a.where.answerMeasures?.["SID-18"]).toHaveLength(sid18.measures.length);
    const option = sid18.options.find((o) => o.tier === tier)!.label;
    const id = describeAction(a, "id");
    expect(id).toContain(`; SID-18 tingkat ${tier} (${option.id}, menurut Dasar Ukur — ${sid18.measures[0]!.name.id} `);
    expect(describeAction(a, "en")).toContain(`; SID-18 tier ${tier} (${option.en}, by Dasar Ukur — ${sid18.measures[0]!.name.en} `);
    // every basis named, once, and the tier-up words' range for the persons served
    for (const m of sid18.measures) expect(id.split(m.name.id).length - 1).toBe(1);
    // only SID-18: an indicator with one basis says its amount in its option
    expect(Object.keys(a.where.answerMeasures!)).toEqual(["SID-18"]);
  });
});

describe("a region not reporting: no innovation is said to be kept submitted", () => {
  it("the kept note is absent (it is there once the region reports)", () => {
    // Kecamatan Hulu's only innovation does not count (implemented before the window) but sits in the divisor; the
    // rule needs it submitted, so a reporting region's plan keeps it and says so — when no step counts it (counting
    // it priced out here: a plan that counts it does not say it is kept uncounted, plan28)
    const input = region({
      spdTotal: 40,
      agencies: [{ name: "Dinas Kesehatan", type: "opd" }, { name: "Kecamatan Hulu", type: "kecamatan" }],
      compliance: { rules: [{ id: "satu", name: { id: "Satu Instansi Satu Inovasi", en: "One agency, one innovation" }, agencyTypes: ["opd", "kecamatan"], minCount: 1 }], targets: [] },
      innovations: [...innovations(e, 8, 2), innovation(e, 2, { name: "Lama Hulu", agency: "Kecamatan Hulu", implementationDate: "2020-01-01" })],
    });
    const reporting = planRegion(input, e, { target: { index: 60 }, maxNewInnovations: 0, efforts: { count: 1000 } });
    expect(reporting.compliance.kept.map((k) => k.name)).toEqual(["Lama Hulu"]);
    expect(planComplianceNotes(reporting, "id").kept).toMatch(/^Tetap diajukan/);
    const silent = planRegion({ ...input, region: { ...input.region, reported: false } }, e, { target: { index: 60 } });
    expect(silent.reason).toEqual({ code: "region_not_reported" });
    expect(silent.compliance.kept).toEqual([]);
    expect(planComplianceNotes(silent, "id").kept).toBeUndefined();
    expect(formatPlan(silent, "id").some((l) => l.includes("Tetap diajukan"))).toBe(false);
    // the region's own rules still stand
    expect(formatPlan(silent, "id")).toContain("Kepatuhan:");
  });
});

describe("a claimed plan's steps say the answer counts as typed (plan27)", () => {
  // the claimed projection takes answers as given, whatever their evidence: "Diterima" matters for the verified IID only
  const CLAIMED_ID = ' — IID klaim menghitungnya begitu diisi, juga dengan bukti "Menunggu"; "Diterima" hanya diperlukan untuk IID terverifikasi';
  const CLAIMED_EN = ' — the claimed IID counts it once entered, with evidence "Menunggu" too; "Diterima" is needed only for the verified IID';
  const spd = allAt(e, "SPD", 2);
  delete spd["SPD-8"]; // a row of record: filled in
  delete spd["SPD-14"]; // not a row of record: answered from nothing
  const input = region({ spdAnswers: spd, innovations: innovations(e, 12, 2) });

  it("a fill and an answer from nothing end so in a claimed plan, in both languages, also as the CLI prints them; a verified plan's as before", () => {
    const claimed = planRegion(input, e, { projection: "claimed", target: { index: 100 }, maxNewInnovations: 0 });
    const steps = ["fill", "tier_up"].map((kind) => claimed.actions.find((a) => a.kind === kind && a.where.spdRow && a.where.tier!.from === 0)!);
    expect(steps.map((a) => a.where.spdRow!.id)).toEqual(["SPD-8", "SPD-14"]);
    for (const a of steps) {
      expect(describeAction(a, "id", true, true).endsWith(CLAIMED_ID)).toBe(true);
      expect(describeAction(a, "en", false, true).endsWith(CLAIMED_EN)).toBe(true);
      // the phrase alone is the verified one (the Rencana sheet and the pane pass the plan's projection)
      expect(describeAction(a, "id").endsWith(ID)).toBe(true);
    }
    for (const [locale, end] of [["id", CLAIMED_ID], ["en", CLAIMED_EN]] as const) {
      const lines = formatPlan(claimed, locale);
      // and the tier ups over an accepted Bukti, which say "Menunggu" first (audit33)
      expect(lines.filter((l) => l.includes(`${end} → `) && !/ubah Bukti menjadi|set its Bukti to/.test(l))).toHaveLength(2);
      expect(lines.some((l) => l.includes(locale === "id" ? ID : EN))).toBe(false);
    }
    const verified = planRegion(input, e, { target: { index: 100 }, maxNewInnovations: 0 });
    const lines = formatPlan(verified, "id");
    expect(lines.filter((l) => /^ {2}\d+\. (isi data|isi jawaban)/.test(l)).every((l) => l.includes(`${ID} → `))).toBe(true);
    expect(lines.some((l) => l.includes("IID klaim menghitungnya"))).toBe(false);
  });

  it("the recap's first steps of a claimed plan say it too", () => {
    const row = recapRegions([{ id: "k", result: scoreRegion(input, e), edition: e, input, planOptions: { projection: "claimed", maxNewInnovations: 0 } }], { target: { index: 100 } }).regions[0]!;
    const texts = row.plan!.first.map((f) => f.text);
    expect(texts.filter((t) => t.id.endsWith(CLAIMED_ID) && t.en.endsWith(CLAIMED_EN)).length).toBeGreaterThan(0);
    expect(texts.some((t) => t.id.endsWith(ID))).toBe(false);
  });
});
