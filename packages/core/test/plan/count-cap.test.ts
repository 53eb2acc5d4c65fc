/**
 * The count cap: skor jumlah inovasi = perInnovation × MIN(counted, cap) (spec §2), where `counted` is the innovations
 * that count in the projection — not n, which also holds rejected and ineligible ones (they sit in the divisor). The
 * plan adds new innovations while the counted ones are below the cap, and yandas innovations at any count (without the
 * rule the count score is 0). A derived edition with cap 12 keeps the regions small; 2026 is the same with 200.
 */
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { AnswerInput } from "../../src/input/schemas.js";
import { deriveEdition } from "../../src/model/derive.js";
import { innovationsNeeded } from "../../src/plan/needed.js";
import { planReadingNote } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";
import { allAt, innovation, innovations, region } from "../engine/builders.js";
import { checkSteps } from "./_checker.js";

const e2026 = getEdition("iid-2026")!;
const d = deriveEdition(e2026, { id: "iid-2026-batas-12", formula: { jumlahInovasi: { countCap: { value: 12, source: { ref: "lampiran-bskdn-2026", confidence: "peer" } } } } });
if (!d.ok) throw new Error("derived edition");
const e = d.value;

const at80 = (): Record<string, AnswerInput> => ({ ...allAt(e2026, "SID", 2), "SID-1": { tier: 3, evidence: "accepted" }, "SID-16": { tier: 3, evidence: "accepted" } });
/** n innovations at 80 in the six yandas urusan in turn, the last `rejected` of them rejected by verification. */
const withRejected = (n: number, rejected: number) =>
  region({ spdTotal: 40, innovations: innovations(e2026, n, 2).map((inv, k) => ({ ...inv, answers: at80(), rejected: k >= n - rejected })) });
const added = (plan: ReturnType<typeof planRegion>) => plan.actions.filter((a) => a.kind === "new_innovation").length;
// new innovations before the tier ups (both are taken in the end: the target is out of reach)
const everything = { target: { index: 100 }, maxActions: 1000, efforts: { withhold: 100, tierUp: 100 } };

describe("new innovations fill the count score up to the cap, counted as the score counts them", () => {
  it("12 reported, 3 rejected (counted 9, cap 12): three new innovations, each adding 0.38 to the count score", () => {
    const input = withRejected(12, 3);
    const r = scoreRegion(input, e).verified.sid;
    expect([r.n, r.counted, r.jumlahInovasi.score]).toEqual([12, 9, 0.38 * 9]);
    const plan = planRegion(input, e, everything);
    // cap − n left no room at all; cap − counted leaves three
    expect(added(plan)).toBe(3);
    const after = scoreRegion(checkSteps(input, e, plan), e).verified.sid;
    expect(after.jumlahInovasi.score).toBeCloseTo(0.38 * 12, 9);
  });

  it("one below the cap: exactly one; at the cap: none", () => {
    expect(added(planRegion(withRejected(12, 1), e, everything))).toBe(1);
    expect(added(planRegion(withRejected(12, 0), e, everything))).toBe(0);
  });

  it("the caller's maxNewInnovations is the limit when given", () => {
    expect(added(planRegion(withRejected(12, 3), e, { ...everything, maxNewInnovations: 1 }))).toBe(1);
  });

  it("at the cap with the yandas rule failing: the yandas step is still planned (it gives the whole count score back)", () => {
    // 12 counted in 4 of the 6 basic-service urusan: the count score is 0 though 12 = cap
    const input = region({
      spdTotal: 40,
      innovations: Array.from({ length: 12 }, (_, k) => innovation(e2026, 2, { name: `Inovasi ${k + 1}`, urusan: e2026.yandas.urusan[k % 4]!, answers: at80() })),
    });
    expect(scoreRegion(input, e).verified.sid.jumlahInovasi.score).toBe(0);
    const plan = planRegion(input, e, { target: { index: 100 } });
    const y = plan.actions.find((a) => a.kind === "yandas");
    expect(y?.where.added).toHaveLength(1);
    checkSteps(input, e, plan);
  });

  it("innovationsNeeded goes past the cap: the count score stops there, the average does not", () => {
    // 12 reported, 3 rejected (in the divisor), 9 counted at 80, SPD 40; the cap of 12 makes the maximum total 250 −
    // 76 + 0.38 × 12 = 178.56: Σ 720, SID = 720 / 12 + 0.38 × 9 = 63.42, IID 57.92. k new at 111 (the most), k ≥ 3:
    // SID = (720 + 111k) / (12 + k) + 4.56. To 80: k = 36 gives 4716 / 48 + 4.56 = 102.81, IID 79.979… → 79.98; k = 37:
    // 4827 / 49 + 4.56 = 103.070…, IID 80.12. The cap leaves room for 3 (64.27): the default stopped there, null.
    const input = withRejected(12, 3);
    expect(innovationsNeeded(input, e, { target: { index: 80 }, expectedScore: 111 })).toMatchObject({ needed: 37, index: 80.12, tried: null });
    expect(innovationsNeeded(input, e, { target: { index: 80 }, expectedScore: 111, max: 36 })).toMatchObject({ needed: null, tried: 36 });
    // re-scored by scoreRegion: 37 added reach 80.12, 36 give 79.98
    const add = (k: number) => region({ spdTotal: 40, innovations: [...innovations(e2026, 12, 2).map((inv, j) => ({ ...inv, answers: at80(), rejected: j >= 9 })), ...Array.from({ length: k }, (_, i) => innovation(e2026, 3, { name: `Baru ${i}`, urusan: input.innovations[0]!.urusan }))] });
    expect(scoreRegion(add(37), e).verified.index).toBe(80.12);
    expect(scoreRegion(add(36), e).verified.index).toBe(79.98);
    // the limit it nears: SID 111 + 4.56, total 155.56, IID 87.12; 90 is past it, whatever the number
    expect(innovationsNeeded(input, e, { target: { index: 90 }, expectedScore: 111 })).toMatchObject({ needed: null, index: 87.12, tried: null });
    // at 20, below the average, each one lowers it: none, the highest being today's
    expect(innovationsNeeded(input, e, { target: { index: 60 }, expectedScore: 20 })).toMatchObject({ needed: null, index: 57.92 });
  });

  it("innovationsNeeded with max: Infinity ends: a target past what any number reaches gives null (it ran forever), one within reach its count", () => {
    const input = withRejected(12, 3);
    const t0 = performance.now();
    const none = innovationsNeeded(input, e, { target: { index: 100 }, max: Infinity, expectedScore: 80 });
    expect(none.needed).toBeNull();
    // a region already past the cap (14 counted, cap 12) ends too
    expect(innovationsNeeded(withRejected(14, 0), e, { target: { index: 100 }, max: Infinity, expectedScore: 80 }).needed).toBeNull();
    expect(performance.now() - t0).toBeLessThan(5_000);
    // 200 allowed by hand give the same count as no limit, re-scored: k reach, k − 1 do not
    const some = innovationsNeeded(input, e, { target: { index: 67 }, max: Infinity, expectedScore: 111 });
    expect(some.needed).toBeGreaterThan(3); // past the three the cap leaves
    expect(some.needed).toBe(innovationsNeeded(input, e, { target: { index: 67 }, max: 200, expectedScore: 111 }).needed);
  });
});

describe('with formula.jumlahInovasi.countOf "n": the cap is of n, every innovation reported', () => {
  const dn = deriveEdition(e, { id: "iid-2026-batas-12-n", formula: { jumlahInovasi: { countOf: "n" } } });
  if (!dn.ok) throw new Error("derived edition");
  const en = dn.value;

  it("12 reported, 3 rejected (n 12 = cap): the count score is already 0.38 × 12 and no new innovation is planned for it", () => {
    const input = withRejected(12, 3);
    const r = scoreRegion(input, en).verified.sid;
    expect([r.n, r.counted, r.jumlahInovasi.count]).toEqual([12, 9, 12]);
    expect(r.jumlahInovasi.score).toBeCloseTo(0.38 * 12, 9);
    const plan = planRegion(input, en, everything);
    expect(added(plan)).toBe(0); // counted (9) is below the cap, n is not
    checkSteps(input, en, plan);
  });

  it("10 reported, 3 rejected (n 10): two new innovations, as many as n is below the cap", () => {
    const input = withRejected(10, 3);
    const plan = planRegion(input, en, everything);
    expect(added(plan)).toBe(2);
    expect(added(planRegion(input, e, everything))).toBe(5); // the counted ones (7) are five below it
    const after = scoreRegion(checkSteps(input, en, plan), en).verified.sid;
    expect([after.n, after.jumlahInovasi.score]).toEqual([12, 0.38 * 12]);
  });

  it("the plan's withhold steps say which reading their gain rests on", () => {
    // IGA 2026 (cap 200): 30 reported at 80, 10 of them out of the window (ineligible, in the divisor), SPD 40, withholds cheap
    const input = region({
      spdTotal: 40,
      innovations: innovations(e2026, 30, 2).map((inv, k) => ({ ...inv, answers: at80(), ...(k >= 20 ? { implementationDate: "2019-01-01" } : {}) })),
    });
    const opts = { target: { index: 100 }, efforts: { withhold: 0.1 } };
    const n2026 = deriveEdition(e2026, { id: "iid-2026-n", formula: { jumlahInovasi: { countOf: "n" } } }).value!;
    const counted = planRegion(input, e2026, opts);
    const ofN = planRegion(input, n2026, opts);
    expect(counted.jumlahInovasiCountOf).toBe("counted");
    expect(ofN.jumlahInovasiCountOf).toBe("n");
    const withholds = (p: typeof counted) => p.actions.filter((a) => a.kind === "withhold");
    expect(withholds(counted).length).toBeGreaterThan(0);
    expect(withholds(ofN).length).toBeGreaterThan(0);
    // n: a withheld one lowers the count score too, so each gains 0.38 × 100 / maxTotal less
    expect(withholds(ofN)[0]!.gain).toBeLessThan(withholds(counted)[0]!.gain);
    checkSteps(input, n2026, ofN);
    // the note beside them says the reading the edition takes, not the default's words
    const k = withholds(ofN).length;
    expect(planReadingNote(ofN, "id")).toBe(`${k} langkah "jangan diajukan" memakai skor jumlah inovasi dari n, semua yang diajukan, seperti ditetapkan edisi (belum dikonfirmasi): tidak mengajukan satu inovasi juga mengurangi skor itu; bila kementerian hanya menghitung inovasi yang dihitung, tambahannya lebih besar.`);
    expect(planReadingNote(ofN, "en")).toMatch(/steps? takes? the count score of n, every one submitted, as the edition sets it \(not confirmed\)/);
    expect(planReadingNote(counted, "id")).toMatch(/skor itu dihitung dari inovasi yang dihitung, bukan dari semua yang diajukan/);
  });

  it("no note when n stays above the count cap through the withholds: both readings give them the same gain (audit36)", () => {
    // as above under a cap of 15: 30 submitted, 20 counted; n never falls below 30 − withholds ≥ 15, so the count
    // score is 0.38 × 15 under both readings and not submitting gains the same (the note said "far less")
    const input = region({
      spdTotal: 40,
      innovations: innovations(e2026, 30, 2).map((inv, k) => ({ ...inv, answers: at80(), ...(k >= 20 ? { implementationDate: "2019-01-01" } : {}) })),
    });
    const opts = { target: { index: 100 }, efforts: { withhold: 0.1 } };
    const source = { ref: "lampiran-bskdn-2026", confidence: "peer" } as const;
    const cap15 = (countOf: "n" | "counted") => deriveEdition(e2026, { id: `iid-2026-${countOf}-15`, formula: { jumlahInovasi: { countOf, countCap: { value: 15, source } } } }).value!;
    const counted = planRegion(input, cap15("counted"), opts);
    const ofN = planRegion(input, cap15("n"), opts);
    const gains = (p: typeof counted) => p.actions.filter((a) => a.kind === "withhold").map((a) => a.gain);
    expect(gains(counted).length).toBe(10);
    expect(counted.seats.n - gains(counted).length).toBeGreaterThanOrEqual(15);
    expect(gains(ofN)).toEqual(gains(counted));
    expect(counted.jumlahInovasiCountCap).toBe(15);
    expect(planReadingNote(counted, "id")).toBeUndefined();
    expect(planReadingNote(ofN, "en")).toBeUndefined();
    // one cap higher than n less the withholds: the last withhold's gain differs, the note stays
    const cap21 = deriveEdition(e2026, { id: "iid-2026-21", formula: { jumlahInovasi: { countCap: { value: 21, source } } } }).value!;
    expect(planReadingNote(planRegion(input, cap21, opts), "id")).toMatch(/langkah "jangan diajukan" bergantung pada pembacaan/);
  });

  it("no note when the yandas rule fails through the plan: the count score is 0 under both readings, so the withholds gain the same (cli37)", () => {
    // 30 submitted in 4 of the 6 basic-service urusan, 10 of them outside the window (not counted, in n); no new
    // innovation (so no yandas step): the rule fails before and after, and "not submitting gains far less" was false
    const source = { ref: "lampiran-bskdn-2026", confidence: "peer" } as const;
    const region4 = (urusan: number) => region({
      spdTotal: 40,
      innovations: Array.from({ length: 30 }, (_, k) => innovation(e2026, 2, { name: `Inovasi ${k + 1}`, urusan: e2026.yandas.urusan[k % urusan]!, answers: at80(), ...(k >= 20 ? { implementationDate: "2019-01-01" } : {}) })),
    });
    const opts = { target: { index: 100 }, efforts: { withhold: 0.1 }, maxNewInnovations: 0 };
    const ofN = deriveEdition(e2026, { id: "iid-2026-n", formula: { jumlahInovasi: { countOf: "n", countCap: { value: 200, source } } } }).value!;
    const input = region4(4);
    expect(scoreRegion(input, e2026).verified.sid.jumlahInovasi.score).toBe(0);
    const counted = planRegion(input, e2026, opts);
    const byN = planRegion(input, ofN, opts);
    const gains = (p: typeof counted) => p.actions.filter((a) => a.kind === "withhold").map((a) => a.gain);
    expect(gains(counted).length).toBe(10);
    expect(gains(byN)).toEqual(gains(counted));
    expect([counted.yandasFailsThrough, byN.yandasFailsThrough]).toEqual([true, true]);
    expect(planReadingNote(counted, "id")).toBeUndefined();
    expect(planReadingNote(byN, "en")).toBeUndefined();
    checkSteps(input, e2026, counted);
    // the six urusan covered: the count score is in play, the withholds' gains differ by reading, and the note is said
    const met = region4(6);
    const metCounted = planRegion(met, e2026, opts);
    expect(metCounted.yandasFailsThrough).toBe(false);
    expect(gains(planRegion(met, ofN, opts))).not.toEqual(gains(metCounted));
    expect(planReadingNote(metCounted, "id")).toMatch(/langkah "jangan diajukan" bergantung pada pembacaan/);
  });

  it("withholds before a yandas step that meets the rule keep the note: each step gains the same, what they add by the end does not (cli38)", () => {
    // as above, 4 of 6 urusan, new innovations allowed: 10 withholds (the rule failing, count score 0), then the yandas
    // step meets it. Under either reading the plan is the same, step for step, gain for gain; but the ministry scores
    // the end: there the count score is 0.38 × 22 (the 20 counted and 2 added) under the counted reading whether or not
    // the 10 are submitted, and 0.38 × 32 with them under the n reading — not submitting them adds 4.47 to the end
    // index under the one, 2.95 under the other (10 × 0.38 × 100 / 250 = 1.52 less): the note's "far less" holds
    const source = { ref: "lampiran-bskdn-2026", confidence: "peer" } as const;
    const input = region({
      spdTotal: 40,
      innovations: Array.from({ length: 30 }, (_, k) => innovation(e2026, 2, { name: `Inovasi ${k + 1}`, urusan: e2026.yandas.urusan[k % 4]!, answers: at80(), ...(k >= 20 ? { implementationDate: "2019-01-01" } : {}) })),
    });
    const opts = { target: { index: 100 }, efforts: { withhold: 0.1 } };
    const ofN = deriveEdition(e2026, { id: "iid-2026-n", formula: { jumlahInovasi: { countOf: "n", countCap: { value: 200, source } } } }).value!;
    const counted = planRegion(input, e2026, opts);
    const byN = planRegion(input, ofN, opts);
    const kinds = counted.actions.map((a) => a.kind);
    expect(kinds.slice(0, 11)).toEqual([...Array(10).fill("withhold"), "yandas"]);
    expect(kinds.slice(11)).not.toContain("withhold");
    expect(counted.yandasFailsThrough).toBe(false);
    expect(byN.actions.map((a) => [a.kind, a.gain])).toEqual(counted.actions.map((a) => [a.kind, a.gain]));
    // the end, and the end with the 10 submitted after all, under each reading
    const end = checkSteps(input, e2026, counted);
    const withheld = counted.actions.filter((a) => a.kind === "withhold").map((a) => input.innovations[a.where.innovation!.index]!);
    const submitted = { ...end, innovations: [...end.innovations, ...withheld] };
    const adds = (ed: typeof e2026) => scoreRegion(end, ed).verified.index! - scoreRegion(submitted, ed).verified.index!;
    expect(adds(e2026)).toBeCloseTo(4.47, 9);
    expect(adds(ofN)).toBeCloseTo(2.95, 9);
    expect(planReadingNote(counted, "id")).toMatch(/^10 langkah "jangan diajukan" bergantung pada pembacaan/);
    expect(planReadingNote(byN, "en")).toMatch(/^10 "do not submit" steps take the count score of n/);
  });
});

