/** The score summary's lists: a complete sentence when empty, and an evidence gap's points named for what they are. */
import { describe, expect, it } from "vitest";
import { type RegionInput, getEdition, parseRegionInput, scoreRegion } from "@inovasi/core";
import { jsonReport, textSummary } from "../src/report.js";

const e = getEdition("iid-2026")!;
const sid = e.indicators.filter((i) => i.aspect === "SID");
const yandas = e.yandas.urusan.map((id) => e.urusan.find((u) => u.id === id)!.name.id);
const answers = (evidence: string) => Object.fromEntries(sid.map((i) => [i.id, { tier: 2, evidence }]));

/** `n` (eight) innovations at tier 2 in the six basic-service urusan; the first with `indicator`'s (SID-1's) evidence as given. */
function input(firstSid1: string, rules = false, n = 8, indicator = "SID-1"): RegionInput {
  const innovations = Array.from({ length: n }, (_, k) => ({
    name: `Inovasi ${k + 1}`, agency: "Dinas Kesehatan", stage: "penerapan", urusan: yandas[k % 6], implementationDate: "2025-03-01", designWords: 400, entries: 1,
    answers: { ...answers("accepted"), ...(k === 0 ? { [indicator]: { tier: 2, evidence: firstSid1 } } : {}) },
  }));
  const parsed = parseRegionInput({
    region: { name: "Kabupaten Uji", level: "kabupaten", year: 2026 },
    spdTotal: 42,
    agencies: [{ name: "Dinas Kesehatan", type: "opd" }],
    innovations,
    ...(rules ? { compliance: { rules: [{ id: "satu", name: { id: "Satu Instansi Satu Inovasi", en: "One agency, one innovation" }, agencyTypes: ["opd"], minCount: 1 }], targets: [] } } : {}),
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.value;
}

describe("the score summary's lists", () => {
  it("no evidence gap and every agency complying: whole sentences, no colon with nothing after it", () => {
    const r = scoreRegion(input("accepted", true), e);
    const id = textSummary(r, [], "id", null, { edition: e }).split("\n");
    expect(id).toContain("Kekurangan bukti: tidak ada jawaban yang buktinya belum diterima.");
    expect(id).toContain("Perangkat daerah belum patuh: tidak ada, semua patuh");
    const en = textSummary(r, [], "en", null, { edition: e }).split("\n");
    expect(en).toContain("Evidence gaps: none, no answer whose evidence is not accepted.");
    expect(en).toContain("Non-compliant agencies: none, every agency complies");
    for (const l of [...id, ...en]) expect(l).not.toMatch(/:\s*$/);
  });

  it("no innovation at all: no evidence gap, without claiming that every answer's evidence is accepted", () => {
    const r = scoreRegion(input("accepted", false, 0), e);
    expect(textSummary(r, [], "id", null, { edition: e }).split("\n")).toContain("Kekurangan bukti: tidak ada jawaban yang buktinya belum diterima.");
    expect(textSummary(r, [], "en", null, { edition: e }).split("\n")).toContain("Evidence gaps: none, no answer whose evidence is not accepted.");
  });

  it("an evidence gap's points are the innovation's score, with what accepting it adds to the verified index", () => {
    const gap = input("pending");
    const r = scoreRegion(gap, e);
    const line = textSummary(r, [], "id", null, { edition: e }).split("\n").find((l) => l.startsWith("  - Inovasi 1"))!;
    // SID-1 weighs 3: tier 2 is 6 points of Inovasi 1's score; over the divisor 12 and the maximum 250, +0.20 index
    expect(line).toBe("  - Inovasi 1 — Regulasi inovasi daerah: 6,00 poin skor inovasi (≈ +0,20 indeks)");
    // what scoring with the evidence accepted gives
    const accepted = scoreRegion(input("accepted"), e);
    expect(accepted.verified.total! - r.verified.total!).toBeCloseTo(6 / 12, 9);
    expect(((accepted.verified.total! - r.verified.total!) / r.verified.maxTotal!) * 100).toBeCloseTo(0.2, 9);
    expect(textSummary(r, [], "en", null, { edition: e })).toContain("  - Inovasi 1 — Regulation establishing the innovation: 6.00 points of the innovation's score (≈ +0.20 index)");
  });

  it("under a large divisor a gain below a hundredth says so, as the plan prints it (not ≈ +0,00)", () => {
    // 200 innovations: SID-5 weighs 1, tier 2 is 2 points, over the divisor 200 and the maximum 250 → 0.004 index
    const r = scoreRegion(input("pending", false, 200, "SID-5"), e);
    const accepted = scoreRegion(input("accepted", false, 200, "SID-5"), e);
    const gain = accepted.verified.index! - r.verified.index!;
    expect(((accepted.verified.total! - r.verified.total!) / r.verified.maxTotal!) * 100).toBeCloseTo(0.004, 9);
    expect(gain).toBeLessThan(0.01 + 1e-9);
    const id = textSummary(r, [], "id", null, { edition: e }).split("\n").find((l) => l.startsWith("  - Inovasi 1"))!;
    expect(id).toBe("  - Inovasi 1 — Bimbingan teknis (bimtek): 2,00 poin skor inovasi (+<0,01 indeks)");
    expect(textSummary(r, [], "en", null, { edition: e })).toMatch(/  - Inovasi 1 — .*: 2\.00 points of the innovation's score \(\+<0\.01 index\)$/m);
  });

  it("counts the answers whose evidence accepted adds points (on innovations counted), as the recap and the plan do; the others said apart", () => {
    // Inovasi 1 counts (its SID-1 pending); Inovasi 2 has a rancang bangun of 100 words: not counted, its SID-1 pending too
    const x = structuredClone(input("pending"));
    x.innovations[1]!.designWords = 100;
    x.innovations[1]!.answers["SID-1"] = { tier: 2, evidence: "pending" };
    const r = scoreRegion(x, e);
    expect(r.innovations.map((i) => i.verified.counted).slice(0, 2)).toEqual([true, false]);
    // re-scored: accepting Inovasi 2's answer adds nothing, Inovasi 1's does
    const second = structuredClone(x);
    second.innovations[1]!.answers["SID-1"]!.evidence = "accepted";
    expect(scoreRegion(second, e).verified.total).toBe(r.verified.total);
    const id = textSummary(r, [], "id", null, { edition: e }).split("\n");
    expect(id).toContain("Kekurangan bukti: 1 jawaban yang buktinya belum diterima (dan 1 pada inovasi yang tidak dihitung, yang tidak menambah poin bila diterima); yang terbesar:");
    expect(id.filter((l) => l.startsWith("  - "))).toEqual(["  - Inovasi 1 — Regulasi inovasi daerah: 6,00 poin skor inovasi (≈ +0,20 indeks)"]);
    expect(textSummary(r, [], "en", null, { edition: e })).toContain("Evidence gaps: 1 answer whose evidence is not accepted (and 1 on innovations not counted, which add nothing when accepted); the largest:");
    // --json: every gap, and the ones the summary counts
    const json = jsonReport(r, [], undefined, { edition: e.id, derivedFrom: null, caveat: null, unknownNumbers: [], warnings: [] });
    expect([json.evidenceGaps, json.evidenceGapsCounted]).toEqual([2, 1]);
  });

  it("an SPD row whose evidence is not accepted is listed (it costs verified points) with its cell, and counted in --json", () => {
    // every SPD row at tier 2, SPD-8's evidence pending (its Bukti left blank); Inovasi 1's SID-1 pending too
    const x = structuredClone(input("pending"));
    delete x.spdTotal;
    const spd = e.indicators.filter((i) => i.aspect === "SPD");
    x.spdAnswers = Object.fromEntries(spd.map((i) => [i.id, { tier: 2, evidence: i.id === "SPD-8" ? "pending" : "accepted" }]));
    const r = scoreRegion(x, e);
    const source = { innovations: undefined, spd: { sheet: "SPD", rows: { "SPD-8": 10 }, cols: { answer: 2, evidence: 3 } }, agencies: undefined, settings: undefined };
    const w = spd.find((i) => i.id === "SPD-8")!.weight!;
    // accepted, it adds its points to the total in full (not over the divisor): re-scored, the index says how much
    const accepted = structuredClone(x);
    accepted.spdAnswers["SPD-8"] = { tier: 2, evidence: "accepted" };
    const gain = ((scoreRegion(accepted, e).verified.total! - r.verified.total!) / r.verified.maxTotal!) * 100;
    expect(gain).toBeCloseTo((w * 2 * 100) / r.verified.maxTotal!, 9);
    const id = textSummary(r, [], "id", null, { edition: e, source }).split("\n");
    expect(id).toContain("Kekurangan bukti: 2 jawaban yang buktinya belum diterima — 1 SPD, 1 pada inovasi yang dihitung; yang terbesar:");
    expect(id.filter((l) => l.startsWith("  - "))).toEqual([
      `  - SPD (tingkat daerah) — ${spd.find((i) => i.id === "SPD-8")!.name.id}: ${(w * 2).toFixed(2).replace(".", ",")} poin SPD (≈ +${gain.toFixed(2).replace(".", ",")} indeks) [SPD!D11]`,
      "  - Inovasi 1 — Regulasi inovasi daerah: 6,00 poin skor inovasi (≈ +0,20 indeks)",
    ]);
    expect(textSummary(r, [], "en", null, { edition: e, source })).toContain("Evidence gaps: 2 answers whose evidence is not accepted — 1 SPD, 1 on innovations counted; the largest:\n  - SPD (region level) — ");
    const json = jsonReport(r, [], undefined, { edition: e.id, derivedFrom: null, caveat: null, unknownNumbers: [], warnings: [] });
    expect([json.evidenceGaps, json.evidenceGapsCounted, json.evidenceGapsSpd]).toEqual([2, 2, 1]);
  });
});
