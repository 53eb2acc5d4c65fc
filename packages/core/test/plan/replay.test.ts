/**
 * A plan is only worth its numbers: replaying its actions on the input and scoring again must give, step by step,
 * every index it printed — on the example kabupaten and on generated regions.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import { parseRegionInput } from "../../src/input/parse.js";
import type { RegionInput } from "../../src/input/schemas.js";
import { deriveEdition } from "../../src/model/derive.js";
import { applyAction } from "../../src/plan/apply.js";
import { matchAgencies } from "../../src/compliance/agencies.js";
import { normaliseText } from "../../src/engine/_text.js";
import { formatPlan } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";
import type { PlanOptions } from "../../src/plan/types.js";
import { regionFor, replay } from "./_helpers.js";
import { allAt, innovations, region } from "../engine/builders.js";

const e2026 = getEdition("iid-2026")!;
const floor14 = deriveEdition(e2026, {
  id: "iid-2026-lantai-14",
  formula: { sidDivisorFloor: { value: 14, source: { ref: "lampiran-bskdn-2026", confidence: "peer" } } },
});
if (!floor14.ok) throw new Error("derived edition");
const e14 = floor14.value;

const example = (() => {
  const p = parseRegionInput(JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8")));
  if (!p.ok) throw new Error("example");
  return p.value;
})();

describe("replaying a plan reproduces every printed index", () => {
  const cases: [string, PlanOptions][] = [
    ["verified, next predicate up (default)", {}],
    ["verified, index 48, at most 10 new innovations", { target: { index: 48 }, maxNewInnovations: 10 }],
    ["claimed, index 60", { projection: "claimed", target: { index: 60 } }],
    ["verified, index 45, evidence cheap and new innovations dear", { target: { index: 45 }, efforts: { evidence: 0.5, newInnovation: 40 } }],
  ];
  for (const [name, opts] of cases) {
    it(`the example kabupaten: ${name}`, () => {
      const plan = planRegion(example, e2026, opts);
      expect(plan.actions.length).toBeGreaterThan(0);
      replay(example, e2026, plan);
      if (plan.status === "reached") expect(plan.end.index!).toBeGreaterThanOrEqual(plan.target!.index);
    });
  }

  it("the example kabupaten's default plan: three steps to Inovatif, the cheapest gain per effort first", () => {
    const plan = planRegion(example, e2026);
    expect(plan.status).toBe("reached");
    expect(plan.start.index).toBe(38.55);
    expect(plan.target?.predicate?.id).toBe("inovatif");
    expect(plan.target?.index).toBe(40.01);
    expect(plan.actions.map((a) => a.kind)).toEqual(["evidence", "count", "count"]);
    expect(plan.end.predicate?.id).toBe("inovatif");
    expect(plan.end.index).toBe(40.25);
    // ratios never rise along the plan when nothing interacts: the first step has the best gain per effort
    const [a, b] = plan.actions;
    expect(a!.gain / a!.effort).toBeGreaterThanOrEqual(b!.gain / b!.effort);
  });

  it("does not change the input it plans for, and applyAction does not change its input", () => {
    const copy = JSON.parse(JSON.stringify(example));
    const plan = planRegion(example, e2026, { target: { index: 45 } });
    let now = example;
    for (const a of plan.actions) now = applyAction(now, a);
    expect(JSON.parse(JSON.stringify(example))).toEqual(copy);
  });

  it("generated regions, 2026, a derived edition with floor 14 and the shipped derived editions, both projections", () => {
    fc.assert(
      fc.property(
        regionFor(e2026, 12),
        fc.constantFrom(e2026, e14, getEdition("iid-2027-projection")!, getEdition("iid-2023-inferred")!),
        fc.constantFrom<"verified" | "claimed">("verified", "claimed"),
        fc.oneof(fc.constant(undefined), fc.constantFrom({ predicate: "sangat-inovatif" }, { predicate: "inovatif" }), fc.integer({ min: 1, max: 99 }).map((index) => ({ index }))),
        fc.integer({ min: 0, max: 6 }),
        (input, edition, projection, target, maxNew) => {
          const plan = planRegion(input, edition, { projection, maxNewInnovations: maxNew, ...(target ? { target } : {}) });
          replay(input, edition, plan);
          expect(plan.end.index!).toBeGreaterThanOrEqual(plan.start.index!);
          expect(plan.actions.filter((a) => a.kind === "new_innovation" || a.kind === "yandas").flatMap((a) => a.where.added!).length).toBeLessThanOrEqual(maxNew);
          if (plan.status === "already_reached") expect(plan.actions).toEqual([]);
          if (plan.status === "out_of_reach" && plan.reason?.code === "no_more_gain") expect(plan.reason.maximum).toBe(plan.end.index);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("a plan's status says why it stops", () => {
  it("a region already at its target gets an empty plan with the reason", () => {
    const plan = planRegion(example, e2026, { target: { index: 30 } });
    expect(plan.status).toBe("already_reached");
    expect(plan.actions).toEqual([]);
    expect(plan.reason).toEqual({ code: "already_at_target", index: 38.55, target: 30, predicate: plan.start.predicate });
    const lower = planRegion(example, e2026, { target: { predicate: "kurang-inovatif" } });
    expect(lower.status).toBe("already_reached");
    expect(lower.reason?.code).toBe("already_at_target");
  });

  it("a region in the top band has no next predicate: an empty plan that says so", () => {
    // 12 innovations and SPD all at tier 3: (63 + 12 × 111 / 12 + 0.38 × 12) / 250 × 100 = 178.56 / 2.5 = 71.42
    const top = region({ spdAnswers: allAt(e2026, "SPD", 3), innovations: innovations(e2026, 12, 3) });
    const again = planRegion(top, e2026);
    expect(again.start.index).toBe(71.42);
    expect(again.status).toBe("already_reached");
    expect(again.reason).toEqual({ code: "top_band", predicate: again.start.predicate });
    expect(again.actions).toEqual([]);
  });

  it("an unreachable target reports the highest index the available actions reach, and that replay reaches it", () => {
    const small = { ...example, innovations: example.innovations.slice(0, 12) };
    const plan = planRegion(small, e2026, { target: { index: 100 }, maxNewInnovations: 0, maxActions: Infinity });
    expect(plan.status).toBe("out_of_reach");
    expect(plan.reason?.code).toBe("no_more_gain");
    const last = replay(small, e2026, plan);
    const max = plan.reason?.code === "no_more_gain" ? plan.reason.maximum : NaN;
    expect(scoreRegion(last, e2026).verified.index).toBe(max);
    expect(max).toBeGreaterThan(plan.start.index!);
    // nothing left gains: planning again from the maximum finds no step
    const again = planRegion(last, e2026, { target: { index: 100 }, maxNewInnovations: 0, maxActions: Infinity });
    expect(again.actions).toEqual([]);
    expect(again.status).toBe("out_of_reach");
  });

  it("a plan stops at its step limit with status action_limit, its steps exact, and says so", () => {
    const small = { ...example, innovations: example.innovations.slice(0, 12) };
    const full = planRegion(small, e2026, { target: { index: 100 }, maxNewInnovations: 0, maxActions: Infinity });
    expect(full.actions.length).toBeGreaterThan(3);
    const plan = planRegion(small, e2026, { target: { index: 100 }, maxNewInnovations: 0, maxActions: 3 });
    expect(plan.status).toBe("action_limit");
    expect(plan.actions).toHaveLength(3);
    // the same first steps as the unlimited plan: the limit cuts the list, it does not change the choice
    expect(plan.actions.map((a) => a.indexAfter)).toEqual(full.actions.slice(0, 3).map((a) => a.indexAfter));
    expect(plan.reason).toMatchObject({ code: "action_limit", limit: 3, index: plan.actions[2]!.indexAfter });
    expect(scoreRegion(replay(small, e2026, plan), e2026).verified.index).toBe(plan.end.index);
    expect(formatPlan(plan, "id")[2]).toMatch(/^Rencana berhenti di batas 3 langkah \(upaya \d+(,\d+)?\) pada indeks \d+,\d\d/);
    // a plan that ends exactly at the limit because nothing else gains is out of reach, not cut
    const exact = planRegion(small, e2026, { target: { index: 100 }, maxNewInnovations: 0, maxActions: full.actions.length });
    expect(exact.status).toBe("out_of_reach");
  });

  it("an edition without the numbers an index needs gives index_unknown, no steps", () => {
    const plan = planRegion({ ...example, region: { ...example.region, year: 2023 } }, getEdition("iid-2023")!);
    expect(plan.status).toBe("index_unknown");
    expect(plan.actions).toEqual([]);
    // the evidence still missing is listed, its gains unknown like the index (they read 0 and "IID 0,00" before)
    const groups = [...plan.evidence.byIndicator, ...plan.evidence.byAgency];
    expect(groups.length).toBeGreaterThan(0);
    for (const g of groups) expect([g.gain, g.indexAfter]).toEqual([null, null]);
    const answers = plan.evidence.byIndicator.map((g) => g.answers);
    expect(answers).toEqual([...answers].sort((a, b) => b - a)); // most answers first
    const lines = formatPlan(plan, "id").filter((l) => / jawaban/.test(l) && !l.startsWith("  … ")); // not the "… dan N lainnya" line
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l).toMatch(/→ \? \(IID \?\)$/);
  });

  it("a region that did not report stays at 0 whatever is done", () => {
    const plan = planRegion({ ...example, region: { ...example.region, reported: false } }, e2026);
    expect(plan.status).toBe("out_of_reach");
    expect(plan.reason).toEqual({ code: "region_not_reported" });
    // reporting is the one step: no evidence group is listed at "+0,00 (IID 0,00)" (the example has them when it reports)
    expect(planRegion(example, e2026).evidence.byIndicator.length).toBeGreaterThan(0);
    expect(plan.evidence).toEqual({ byIndicator: [], byAgency: [] });
    expect(formatPlan(plan, "id").filter((l) => /Bukti per|→ \+0,00/.test(l))).toEqual([]);
  });

  it("an unknown predicate name is refused with the names that exist", () => {
    expect(() => planRegion(example, e2026, { target: { predicate: "Luar Biasa" } })).toThrow(/Very innovative/);
  });
});

describe("evidence groups", () => {
  /** Each group's answers, and its index after as scoring gives it when all its answers' evidence is accepted. */
  const checkGroups = (input: RegionInput) => {
    const plan = planRegion(input, e2026);
    const r = scoreRegion(input, e2026);
    // an innovation's agency group: the listed agency compliance matches it to, else its name's text
    const { agencyOf } = matchAgencies(input);
    const agencyKey = (i: number) => normaliseText(agencyOf[i]! >= 0 ? input.agencies[agencyOf[i]!]!.name : input.innovations[i]!.agency);
    expect(plan.evidence.byIndicator.length).toBeGreaterThan(3);
    for (const g of [...plan.evidence.byIndicator, ...plan.evidence.byAgency]) {
      const byAgency = plan.evidence.byAgency.includes(g);
      const next: RegionInput = JSON.parse(JSON.stringify(input));
      let answers = 0;
      r.innovations.forEach((inv, i) => {
        if (!inv.verified.counted) return;
        for (const gap of inv.evidenceGaps) {
          if (byAgency ? agencyKey(i) !== normaliseText(g.key) : gap.indicatorId !== g.key) continue;
          next.innovations[i]!.answers[gap.indicatorId]!.evidence = "accepted";
          answers++;
        }
      });
      for (const row of r.verified.spd.rows) {
        if ((byAgency ? g.key === "SPD" : row.indicatorId === g.key) && row.answeredTier > 0 && row.evidence !== "accepted") {
          next.spdAnswers[row.indicatorId]!.evidence = "accepted";
          answers++;
        }
      }
      expect(answers, g.key).toBe(g.answers);
      expect(scoreRegion(next, e2026).verified.index, g.key).toBe(g.indexAfter);
    }
    return plan;
  };

  it("each group's index after is what scoring gives when all its answers' evidence is accepted (example kabupaten)", () => {
    checkGroups(example);
  });

  it("an agency is the listed one its innovations are matched to, however typed, named as the list spells it (audit36)", () => {
    const typed: RegionInput = JSON.parse(JSON.stringify(example));
    // the list in capitals, its innovations typed three ways (compliance counts them all for it)
    typed.agencies.find((a) => a.name === "Dinas Kesehatan")!.name = "DINAS KESEHATAN";
    const health = typed.innovations.filter((i) => i.agency === "Dinas Kesehatan");
    expect(health.length).toBe(3);
    health[1]!.agency = "DINAS KESEHATAN";
    health[2]!.agency = " dinas  kesehatan";
    // an agency the list does not have, typed two ways: one group, named as most of its innovations type it
    const police = typed.innovations.filter((i) => i.agency === "Satuan Polisi Pamong Praja" || i.agency === "Puskesmas Kota");
    expect(police.length).toBe(4);
    police.forEach((inv, k) => (inv.agency = k === 0 ? "Satpol PP" : "SATPOL  PP"));
    const plan = checkGroups(typed);
    const keys = plan.evidence.byAgency.map((g) => g.key);
    expect(keys.filter((k) => /kesehatan/i.test(k))).toEqual(["DINAS KESEHATAN"]);
    expect(keys.filter((k) => /satpol|pamong|puskesmas kota/i.test(k))).toEqual(["SATPOL PP"]);
    const health0 = planRegion(example, e2026).evidence.byAgency.find((g) => g.key === "Dinas Kesehatan")!;
    const health1 = plan.evidence.byAgency.find((g) => g.key === "DINAS KESEHATAN")!;
    expect({ ...health1, key: "", name: null }).toEqual({ ...health0, key: "", name: null });
    expect(health1.name).toEqual({ id: "DINAS KESEHATAN", en: "DINAS KESEHATAN" });
    expect(plan.evidence.byAgency.find((g) => g.key === "SATPOL PP")!.innovations).toBeGreaterThan(1);
  });
});
