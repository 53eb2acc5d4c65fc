/**
 * A plan out of reach under its own assumption: new innovations are planned at the median counted innovation's score
 * (as the plan stands when each is added) and raised like the others, so "out of reach" may still follow from that
 * score — the count cap, a limit on new innovations, an indicator that is the region's record. The plan says so, with
 * how many new innovations at the most an innovation scores would reach the target after its steps — checked here by
 * scoring the replayed input. (Before plan14a new innovations were never raised: eight at 74 to Sangat Inovatif was
 * "out of reach"; it is reached.)
 */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import { scoreInnovation } from "../../src/engine/innovation.js";
import { applyAction } from "../../src/plan/apply.js";
import { formatPlan, planStatusNote } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";
import type { RegionInput } from "../../src/input/schemas.js";
import { allAt, innovation, innovations, region } from "../engine/builders.js";
import fc from "fast-check";
import { parseRegionInput } from "../../src/input/parse.js";
import { deriveEdition } from "../../src/model/derive.js";
import { regionFor, replay } from "./_helpers.js";
import { generateRegions } from "../../../../bench/lib/generate.mjs";

const e = getEdition("iid-2026")!;
// the analyst's case: eight innovations at tier 2 everywhere (74 each) covering the six basic-service urusan, SPD 42
const list = innovations(e, 8, 2).map((inv, k) => ({ ...inv, urusan: e.urusan.find((u) => u.id === e.yandas.urusan[k % 6])!.name.id }));
const input = region({ spdTotal: 42, innovations: list });
const sangat = { predicate: "sangat-inovatif" } as const;

/**
 * The input after the plan's steps with `k` new innovations answered at every indicator's top tier, scored: the plan's
 * own new innovations first (their answers raised to the top), then more added — as the bound counts them.
 */
function afterWith(plan: ReturnType<typeof planRegion>, k: number, from: RegionInput = input, edition = e) {
  let x: RegionInput = from;
  for (const a of plan.actions) x = applyAction(x, a);
  const own = new Set(plan.actions.flatMap((a) => (a.where.added ?? []).map((n) => n.name)));
  const top = allAt(edition, "SID", 3);
  let raised = 0;
  const list = x.innovations.map((inv) => (own.has(inv.name) && raised < k ? (raised++, { ...inv, answers: top }) : inv));
  const more = Array.from({ length: Math.max(0, k - own.size) }, (_, i) => ({ ...innovation(edition, 3, { name: `Puncak ${i + 1}`, answers: top }), relatedUrusan: [], entries: 1, rejected: false }));
  return scoreRegion({ ...x, innovations: [...list, ...more] } as RegionInput, edition).verified;
}

/** The plan's own new innovations (new innovation and yandas steps). */
const ownNew = (plan: ReturnType<typeof planRegion>) => plan.actions.reduce((n, a) => n + (a.where.added?.length ?? 0), 0);

describe("a plan out of reach says when the bound is the score it assumes for new innovations", () => {
  it("eight at 74 to Sangat Inovatif: reached, the plan raising its own new innovations (they stayed at 74: out of reach)", () => {
    const plan = planRegion(input, e, { target: sangat, maxActions: 1000 });
    expect(plan.status).toBe("reached");
    expect(ownNew(plan)).toBeGreaterThan(0);
    const raised = plan.actions.filter((a) => a.where.innovation?.planned);
    expect(raised.length).toBeGreaterThan(0);
    // a step on one the plan adds names it and sits past the input's innovations (the row it is appended at)
    for (const a of raised) {
      expect(a.where.innovation!.index).toBeGreaterThanOrEqual(input.innovations.length);
      expect(a.where.innovation!.name).toMatch(/^Inovasi baru \d+$/);
    }
    expect(scoreRegion(replay(input, e, plan), e).verified.predicate?.id).toBe("sangat-inovatif");
    expect(planStatusNote(plan, "id")).toBeUndefined();
  });

  it("planStatusNote's documented example (SPD rows at tier 2, to 90 with at most ten new ones): the plan's ten at 111 do not reach it, re-scored", () => {
    const rows = region({ spdAnswers: allAt(e, "SPD", 2), innovations: list });
    const plan = planRegion(rows, e, { target: { index: 90 }, maxActions: 1000, maxNewInnovations: 10 });
    expect(plan.end.index).toBe(65.14);
    const r = plan.reason!;
    if (r.code !== "no_more_gain") throw new Error(r.code);
    // the median as the plan ends: 109 (SID-17 is the region's record, at tier 2)
    expect(r.newInnovations).toMatchObject({ score: 109, planned: 10, reachedWith: null, tried: 10 });
    expect(afterWith(plan, 10, rows).index!).toBeLessThan(90);
  });

  it("the caller's maxNewInnovations is what was tried, and the note says so", () => {
    const plan = planRegion(input, e, { target: { index: 90 }, maxActions: 1000, maxNewInnovations: 10 });
    const r = plan.reason!;
    if (r.code !== "no_more_gain") throw new Error(r.code);
    expect(r.newInnovations).toMatchObject({ reachedWith: null, tried: 10, planned: ownNew(plan) });
    expect(afterWith(plan, 10).index!).toBeLessThan(90);
    // the ten allowed are the plan's own (raised to 111): the note says the plan's are among them (reviewer)
    expect(ownNew(plan)).toBe(10);
    expect(planStatusNote(plan, "id")).toBe("Rencana ini mengandaikan setiap inovasi baru berskor median inovasi yang dihitung pada langkahnya, yang mengikuti langkah-langkah rencana (saat ini 74,00, setelah langkah terakhir 109,00). Skor lebih tinggi menaikkan indeks, tetapi 10 inovasi baru berskor 111,00 — sebanyak yang diizinkan, termasuk 10 dalam rencana ini — pun belum mencapai target. Skor 111,00 memerlukan juga 17. Kecepatan penciptaan inovasi pada tingkat 3 (dalam rencana 2) — catatan inovasi, yang tidak dinaikkan rencana: inovasi baru dalam rencana ini paling tinggi 109,00.");
    expect(planStatusNote(plan, "en")).toBe("This plan assumes each new innovation scores the median counted innovation's at its step, which follows the plan's steps (74.00 today, 109.00 after the last step). A higher score raises the index, but even 10 new innovations scoring 111.00 — as many as allowed, the plan's 10 included — do not reach the target. A score of 111.00 also needs 17. Speed of creating the innovation at tier 3 (2 in the plan) — a record of the innovation, which the plan does not raise: the plan's new innovations reach 109.00 at most.");
  });

  it("the note's two figures, each re-scored: 111 needs the record SID-17 at its top; the plan's own new innovations reach 109 (review: '111,00' beside steps topping out at 109)", () => {
    const rows = region({ spdAnswers: allAt(e, "SPD", 2), innovations: list });
    const plan = planRegion(rows, e, { target: { index: 90 }, maxActions: 1000, maxNewInnovations: 10 });
    const r = plan.reason!;
    if (r.code !== "no_more_gain") throw new Error(r.code);
    const b = r.newInnovations!;
    expect(b).toMatchObject({ highest: 111, recordsMost: 109, records: [{ indicator: { id: "SID-17", number: "17" }, tier: 2, top: 3 }] });
    // the plan's own new innovations, replayed and scored by the engine: 109 each — every indicator at its top but SID-17,
    // the median's record, which no step raises (no step in the plan is on SID-17)
    const after = scoreRegion(replay(rows, e, plan), e);
    const own = after.innovations.slice(list.length);
    expect(own).toHaveLength(10);
    for (const x of own) expect(x.verified.total).toBe(109);
    expect(plan.actions.some((a) => a.where.indicator?.id === "SID-17")).toBe(false);
    // an innovation scored on its own: 111 with SID-17 at tier 3 (4 months or less), 109 with it at tier 2
    const top = allAt(e, "SID", 3);
    const at111 = scoreInnovation({ ...innovation(e, 3, { answers: top }), relatedUrusan: [], entries: 1, rejected: false } as never, e, 0);
    const at109 = scoreInnovation({ ...innovation(e, 3, { answers: { ...top, "SID-17": { tier: 2, evidence: "accepted" } } }), relatedUrusan: [], entries: 1, rejected: false } as never, e, 0);
    expect([at111.verified.total, at109.verified.total]).toEqual([111, 109]);
    // the bound case re-scored: its ten at 111 stay under 90 (the note's claim); at 109 they are the plan's end
    expect(afterWith(plan, 10, rows).index!).toBeLessThan(90);
    expect(after.verified.index).toBe(plan.end.index);
  });

  it("maxNewInnovations: Infinity is no limit, as none given (it printed 'Infinity inovasi baru')", () => {
    const unlimited = planRegion(input, e, { target: { index: 99 }, maxActions: 5000, maxNewInnovations: Infinity });
    const none = planRegion(input, e, { target: { index: 99 }, maxActions: 5000 });
    const r = unlimited.reason!;
    if (r.code !== "no_more_gain") throw new Error(r.code);
    expect(r.newInnovations?.tried).toBeNull();
    expect(planStatusNote(unlimited, "id")).toBe(planStatusNote(none, "id"));
    expect(planStatusNote(unlimited, "id")).not.toMatch(/Infinity/);
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

  it("a target no number of top-score innovations reaches says that too (not 'within reach'), with the ceiling it nears", () => {
    const plan = planRegion(input, e, { target: { index: 99 }, maxActions: 5000 });
    const r = plan.reason!;
    if (r.code !== "no_more_gain") throw new Error(r.code);
    expect(r.newInnovations).toMatchObject({ reachedWith: null, tried: null, ceiling: 91.6, countCap: 200 });
    // the ceiling is the formula's with the average at 111 and the count score at its cap: (42 + 111 + 0.38 × 200) / 250
    expect(((42 + 111 + 0.38 * 200) / 250) * 100).toBeCloseTo(91.6, 9);
    // re-scored: ever more innovations at 111 near it and do not pass it
    const [a, b] = [afterWith(plan, 1000).index!, afterWith(plan, 20000).index!];
    expect(a).toBeLessThan(b);
    expect(b).toBeLessThanOrEqual(91.6);
    expect(b).toBeGreaterThan(91.5);
    expect(planStatusNote(plan, "en")).toBe("This plan assumes each new innovation scores the median counted innovation's at its step, which follows the plan's steps (74.00 today, 109.00 after the last step). A higher score raises the index, but no number of new innovations scoring 111.00 takes it past 91.60: the innovations' average nears 111.00, while the count score stops at 200 innovations. A score of 111.00 also needs 17. Speed of creating the innovation at tier 3 (2 in the plan) — a record of the innovation, which the plan does not raise: the plan's new innovations reach 109.00 at most.");
    expect(planStatusNote(plan, "id")).toBe("Rencana ini mengandaikan setiap inovasi baru berskor median inovasi yang dihitung pada langkahnya, yang mengikuti langkah-langkah rencana (saat ini 74,00, setelah langkah terakhir 109,00). Skor lebih tinggi menaikkan indeks, tetapi berapa pun inovasi baru berskor 111,00 tidak membawanya melewati 91,60: rata-rata skor inovasi mendekati 111,00, sedangkan skor jumlah inovasi berhenti di 200 inovasi. Skor 111,00 memerlukan juga 17. Kecepatan penciptaan inovasi pada tingkat 3 (dalam rencana 2) — catatan inovasi, yang tidak dinaikkan rencana: inovasi baru dalam rencana ini paling tinggi 109,00.");
  });

});

describe("a plan whose own new innovations fill the count cap (a generated region of 178 innovations)", () => {
  const raw = generateRegions(e, { regions: 40, innovations: 6000, seed: 1 })[6];
  const parsed = parseRegionInput(raw);
  if (!parsed.ok) throw new Error("a generated region failed to parse");
  const big = parsed.value;
  // to 95.5 the 186 innovations of the generated region before it: in this one a new innovation now copies an input
  // innovation at 111 (the median's score; the copy raised past it had SID-17 at a lower tier), leaving no bound to show
  const other = parseRegionInput(generateRegions(e, { regions: 40, innovations: 6000, seed: 1 })[0]).value!;
  const planTo = (index: number) => {
    const plan = planRegion(other, e, { target: { index }, maxActions: 5000 });
    const r = plan.reason!;
    if (r.code !== "no_more_gain") throw new Error(r.code);
    return { plan, b: r.newInnovations! };
  };

  it("to index 90: reached, the plan raising its own new innovations once they fill the cap (it was out of reach: they stayed at the median)", () => {
    expect(big.innovations).toHaveLength(178);
    const plan = planRegion(big, e, { target: { index: 90 }, maxActions: 5000 });
    expect(plan.status).toBe("reached");
    expect(afterWith(plan, 0, big).sid.counted).toBe(200);
    expect(plan.actions.some((a) => a.where.innovation?.planned)).toBe(true);
    expect(scoreRegion(replay(big, e, plan), e).verified.index!).toBeGreaterThanOrEqual(90);
  });

  it("to index 95.5: innovations past the count cap still raise the average (spec §2: Σ / MAX(floor, n), n uncapped)", () => {
    const { plan, b } = planTo(95.5);
    const k = b.reachedWith!;
    expect(k).toBeGreaterThan(b.planned); // more than the plan's own: past the cap of 200
    const [at, before] = [afterWith(plan, k, other), afterWith(plan, k - 1, other)];
    expect(at.index!).toBeGreaterThanOrEqual(95.5);
    expect(before.index!).toBeLessThan(95.5);
    // the count score is at its cap on both sides: only the average moved
    expect(at.sid.jumlahInovasi.score).toBeCloseTo(76, 9);
    expect(before.sid.jumlahInovasi.score).toBeCloseTo(76, 9);
    expect(planStatusNote(plan, "en")).toContain(`if the plan's ${b.planned} new innovations and ${(k - b.planned).toLocaleString("en-US")} more score 111.00, the target is reached.`);
    expect(k - b.planned).toBeGreaterThan(999); // grouped as English writes a count: "5,348 more"
  });
});

describe("the bound's claims hold when re-scored, on generated regions (a derived count cap of 12)", () => {
  const d = deriveEdition(e, { id: "iid-2026-batas-12", formula: { jumlahInovasi: { countCap: { value: 12, source: { ref: "lampiran-bskdn-2026", confidence: "peer" } } } } });
  if (!d.ok) throw new Error("derived edition");
  const small = d.value;
  it("k at the top reach the target and k − 1 do not; none reaching: the number allowed does not, and ever more stay at or under the ceiling", () => {
    let [reached, allowed, ceiling] = [0, 0, 0];
    fc.assert(
      fc.property(regionFor(e, 14), fc.integer({ min: 40, max: 100 }), fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }), (x, index, maxNew) => {
        const plan = planRegion(x, small, { target: { index }, maxActions: 400, ...(maxNew === undefined ? {} : { maxNewInnovations: maxNew }) });
        const b = plan.reason?.code === "no_more_gain" ? plan.reason.newInnovations : undefined;
        if (!b) return;
        expect(b.planned).toBe(ownNew(plan));
        const at = (k: number) => afterWith(plan, k, x, small).index!;
        if (b.reachedWith !== null) {
          reached++;
          expect(at(b.reachedWith)).toBeGreaterThanOrEqual(index);
          expect(at(b.reachedWith - 1)).toBeLessThan(index);
          if (maxNew !== undefined) expect(b.reachedWith).toBeLessThanOrEqual(maxNew);
        } else if (b.tried !== null) {
          allowed++;
          expect(b.tried).toBe(maxNew);
          expect(at(b.tried)).toBeLessThan(index);
        } else {
          ceiling++;
          const far = afterWith(plan, b.planned + 300, x, small);
          expect(far.index!).toBeLessThan(index);
          expect(far.index!).toBeLessThanOrEqual(b.ceiling);
          // the ceiling from the engine's own parts past the cap: SPD + the most + the count score at its cap
          expect(Math.abs(((far.spd.score! + 111 + far.sid.jumlahInovasi.score!) / far.maxTotal!) * 100 - b.ceiling)).toBeLessThanOrEqual(0.005 + 1e-9);
        }
      }),
      { numRuns: 60, seed: 20261130 }, // fixed: the three kinds must all occur (a random run missed one, once)
    );
    expect(reached * allowed * ceiling).toBeGreaterThan(0);
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
