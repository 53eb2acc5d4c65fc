/**
 * A plan out of reach under its own assumption: new innovations are planned at the median counted innovation's score
 * and never raised, so "out of reach" may only follow from that score. The plan says so, with how many new innovations
 * at the most an innovation scores would reach the target after its steps — checked here by scoring the replayed input.
 */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import { applyAction } from "../../src/plan/apply.js";
import { formatPlan, planStatusNote } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";
import type { RegionInput } from "../../src/input/schemas.js";
import { allAt, innovation, innovations, region } from "../engine/builders.js";

const e = getEdition("iid-2026")!;
// the analyst's case: eight innovations at tier 2 everywhere (74 each) covering the six basic-service urusan, SPD 42
const list = innovations(e, 8, 2).map((inv, k) => ({ ...inv, urusan: e.urusan.find((u) => u.id === e.yandas.urusan[k % 6])!.name.id }));
const input = region({ spdTotal: 42, innovations: list });
const sangat = { predicate: "sangat-inovatif" } as const;

/** The input after the plan's steps and `k` innovations answered at every indicator's top tier, scored. */
function afterWith(plan: ReturnType<typeof planRegion>, k: number) {
  let x: RegionInput = input;
  for (const a of plan.actions) x = applyAction(x, a);
  const top = Array.from({ length: k }, (_, i) => innovation(e, 3, { name: `Puncak ${i + 1}`, answers: allAt(e, "SID", 3) }));
  return scoreRegion({ ...x, innovations: [...x.innovations, ...top.map((t) => ({ ...t, relatedUrusan: [], entries: 1, rejected: false }))] } as RegionInput, e).verified;
}

describe("a plan out of reach says when the bound is the score it assumes for new innovations", () => {
  it("eight at 74 to Sangat Inovatif: out of reach at 74 each, reached with a higher expected score, and the note says so", () => {
    const plan = planRegion(input, e, { target: sangat, maxActions: 1000 });
    expect(plan.status).toBe("out_of_reach");
    const r = plan.reason!;
    if (r.code !== "no_more_gain") throw new Error(r.code);
    expect(r.newInnovations).toMatchObject({ score: 74, basis: "median", highest: 111, tried: 200 - 12 });
    const k = r.newInnovations!.reachedWith!;
    expect(k).toBeGreaterThan(0);
    // the claim holds: after the steps, k innovations at 111 reach Sangat Inovatif, k − 1 do not
    expect(afterWith(plan, k).predicate?.id).toBe("sangat-inovatif");
    expect(afterWith(plan, k - 1).predicate?.id).not.toBe("sangat-inovatif");
    // and planning with a higher expected score reaches it
    expect(planRegion(input, e, { target: sangat, maxActions: 1000, expectedScore: 109 }).status).toBe("reached");
    expect(planStatusNote(plan, "id")).toBe(`Rencana ini mengandaikan inovasi baru berskor 74,00 (setara median inovasi yang dihitung). Dengan skor lebih tinggi target terjangkau: setelah langkah ini, ${k} inovasi baru berskor 111,00 mencapainya.`);
    const en = formatPlan(plan, "en")[2]!;
    expect(en).toMatch(/^Target out of reach in this plan: highest index \d+\.\d\d Innovative after \d+ steps \(effort \d+\), still \d+\.\d\d index points short\. This plan assumes new innovations score 74\.00 \(the median counted innovation's\)\. With a higher score the target is within reach: after these steps, \d+ new innovations scoring 111\.00 reach it\.$/);
  });

  it("no note when new innovations are not what bounds it: none allowed, or already at the most an innovation scores", () => {
    for (const options of [{ maxNewInnovations: 0 }, { expectedScore: 111, target: { index: 99 } }]) {
      const plan = planRegion(input, e, { target: sangat, maxActions: 1000, ...options });
      expect(plan.status).toBe("out_of_reach");
      expect(plan.reason).not.toHaveProperty("newInnovations");
      expect(planStatusNote(plan, "id")).toBeUndefined();
      expect(formatPlan(plan, "id")[2]).toMatch(/^Target tidak terjangkau dengan tindakan yang tersedia: /);
    }
  });

  it("a target no number of top-score innovations reaches says that too (not 'within reach')", () => {
    const plan = planRegion(input, e, { target: { index: 99 }, maxActions: 1000 });
    const r = plan.reason!;
    if (r.code !== "no_more_gain") throw new Error(r.code);
    expect(r.newInnovations?.reachedWith).toBeNull();
    expect(afterWith(plan, r.newInnovations!.tried).index!).toBeLessThan(99);
    expect(planStatusNote(plan, "en")).toBe(`This plan assumes new innovations score 74.00 (the median counted innovation's). A higher score raises the index, but after these steps even ${r.newInnovations!.tried} new innovations scoring 111.00 do not reach the target.`);
  });
});

describe("a region recorded as not reporting", () => {
  it("says so and what to change, not 'out of reach whatever is done'", () => {
    const silent = region({ spdTotal: 42, innovations: list, region: { name: "Kabupaten Contoh", level: "kabupaten", year: 2026, reported: false } } as never);
    const plan = planRegion(silent, e);
    expect(plan.reason).toEqual({ code: "region_not_reported" });
    const id = formatPlan(plan, "id", { statusCell: "Pengaturan!B6" });
    expect(id[2]).toBe("Tidak ada rencana: daerah tercatat tidak melapor (Melapor: Tidak), jadi indeksnya 0 — Tidak Dapat Dinilai. Bila daerah melapor, isi Melapor dengan Ya lalu nilai ulang. [Pengaturan!B6]");
    // no "0.01 index points to go" to a target it cannot reach by any step
    expect(id[1]).not.toMatch(/kurang/);
    expect(formatPlan(plan, "en")[2]).toMatch(/^No plan: the region is recorded as not reporting \(Melapor: Tidak\), so its index is 0 — .*If it does report, set Melapor to Ya and score again\.$/);
    // nothing to weigh while it stays at 0: no room under the divisor, no "one more innovation: +<0,01" (its gain is 0)
    expect(plan.oneMore.gain).toBe(0);
    expect(id.some((l) => /Satu inovasi lagi|tanpa menambah pembagi|<0,01/.test(l))).toBe(false);
  });
});
