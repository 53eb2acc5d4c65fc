/**
 * A model whose threshold between Inovatif and Sangat Inovatif is unknown (`{ value: null, source }` on both sides; spec
 * §2 lets a threshold be unknown): Inovatif (40, ?), Sangat Inovatif (?, 100]. An index above 40,00 is Inovatif or
 * better whichever the threshold is, so a plan aiming at Inovatif (its lower end known: 40,01) reaches it there, though
 * the predicate itself is unknown. A target whose own lower end is unknown is said, not planned towards (no loop).
 */
import { describe, expect, it } from "vitest";
import { validateEdition } from "../../src/editions/index.js";
import { formatPlan } from "../../src/plan/messages.js";
import { planRegion } from "../../src/plan/plan.js";
import { innovationsNeeded } from "../../src/plan/needed.js";
import { scoreRegion } from "../../src/engine/region.js";
import { recapRegions } from "../../src/recap/recap.js";
import { allAt, innovations, region } from "../engine/builders.js";
import { getEdition } from "../../src/editions/index.js";
import { MODEL_Y_2025 } from "../fixtures/model-y-2025.js";

const e = validateEdition(MODEL_Y_2025).value!;
const e26 = getEdition("iid-2026")!;

describe("a plan towards Inovatif when the threshold above it is unknown", () => {
  // SPD all at tier 3, four innovations at tier 1: IID 30,13 Kurang Inovatif (a known band)
  const low = region({ spdAnswers: allAt(e, "SPD", 3), innovations: innovations(e, 4, 1) });

  it("is reached once the index is 40,01 or more, its predicate unknown there (was: 100 steps, 'masih kurang 0,00')", () => {
    expect(scoreRegion(low, e).verified).toMatchObject({ index: 30.13, predicate: { id: "kurang-inovatif" } });
    const plan = planRegion(low, e, {});
    expect(plan.target).toEqual({ predicate: { id: "inovatif", label: { id: "Inovatif", en: "Innovative" } }, index: 40.01 });
    expect(plan.status).toBe("reached");
    expect(plan.end.index).toBeGreaterThanOrEqual(40.01);
    expect(plan.end.predicate).toBeNull(); // Inovatif or Sangat Inovatif: not guessed
    expect(plan.actions.length).toBeLessThan(20);
    // the step before the last is still below the target: no step the target does not need
    expect(plan.actions.at(-2)?.indexAfter ?? plan.start.index!).toBeLessThan(40.01);
    expect(formatPlan(plan, "id")[2]).toMatch(/^Target tercapai dalam \d+ langkah/);
    // named, the same
    expect(planRegion(low, e, { target: { predicate: "inovatif" } }).status).toBe("reached");
  });

  it("the province recap: the same target, met by the same rule, and the row's plan reaches it (was: action_limit)", () => {
    const row = recapRegions([{ id: "k", result: scoreRegion(low, e), edition: e, input: low }]).regions[0]!;
    expect(row.target).toMatchObject({ band: { id: "inovatif" }, index: 40.01, met: false, indexNeeded: 9.88 });
    expect(row.plan).toMatchObject({ status: "reached", target: { index: 40.01 } });
    const high = region({ spdAnswers: allAt(e, "SPD", 3), innovations: innovations(e, 8, 2) });
    const above = recapRegions([{ id: "k", result: scoreRegion(high, e), edition: e, input: high }], { target: "Inovatif" }).regions[0]!;
    expect(above.target).toMatchObject({ index: 40.01, met: true });
    expect(above.plan).toBeNull();
  });

  it("a region already above 40,00 has reached it", () => {
    const high = region({ spdAnswers: allAt(e, "SPD", 3), innovations: innovations(e, 8, 2) });
    expect(scoreRegion(high, e).verified).toMatchObject({ index: 46.15, predicate: null });
    const plan = planRegion(high, e, { target: { predicate: "inovatif" } });
    expect(plan.status).toBe("already_reached");
    expect(plan.reason).toMatchObject({ code: "already_at_target", index: 46.15, target: 40.01 });
  });
});

describe("a target whose own lower threshold is unknown", () => {
  const high = region({ spdAnswers: allAt(e, "SPD", 3), innovations: innovations(e, 8, 2) });
  const said = "Tidak ada rencana: batas bawah predikat \"Sangat Inovatif\" belum diketahui di edisi prov-y-2025, maka indeks yang mencapainya tidak dapat dihitung; tulis target sebagai nilai indeks (mis. 50 atau 50,5).";

  it("by default (46,15 may be Inovatif or Sangat Inovatif; no known band above): said, no steps (was a TypeError)", () => {
    const plan = planRegion(high, e, {});
    expect(plan).toMatchObject({ status: "out_of_reach", reason: { code: "target_unknown", predicate: { id: "sangat-inovatif" } }, target: null, actions: [] });
    expect(formatPlan(plan, "id")[2]).toBe(said);
    expect(formatPlan(plan, "en")[2]).toContain('No plan: the lower threshold of "Very innovative" is not known in edition prov-y-2025');
  });

  it("named, it is refused by the call's check, in words (as parsePlanTarget refuses it typed)", () => {
    expect(() => planRegion(high, e, { target: { predicate: "sangat-inovatif" } })).toThrow(/lower threshold of "Very innovative" is not known in edition prov-y-2025/);
  });

  it("an index target still plans", () => {
    const plan = planRegion(high, e, { target: { index: 50 } });
    expect(plan.status).toBe("reached");
    expect(plan.end.index).toBeGreaterThanOrEqual(50);
  });

  it("innovationsNeeded says so too: no count, no target, the band whose threshold is unknown (it said 0 needed, as in the top band)", () => {
    const r = innovationsNeeded(high, e);
    expect(r).toMatchObject({ needed: null, target: null, index: 46.15, lowerEndUnknown: { id: "sangat-inovatif", label: { id: "Sangat Inovatif", en: "Very innovative" } } });
    // it survives JSON as it is (as `tried`: no NaN, no Infinity)
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    // an index target is counted; a region in a known top band keeps its answer, without the field
    expect(innovationsNeeded(high, e, { target: { index: 50 }, expectedScore: 111 }).needed).toBeGreaterThan(0);
    expect(innovationsNeeded(high, e, { target: { index: 50 }, expectedScore: 111 })).not.toHaveProperty("lowerEndUnknown");
    const top = region({ spdAnswers: allAt(e26, "SPD", 3), innovations: innovations(e26, 30, 3) });
    expect(scoreRegion(top, e26).verified.predicate?.id).toBe("sangat-inovatif");
    expect(innovationsNeeded(top, e26)).toMatchObject({ needed: 0, target: null });
    expect(innovationsNeeded(top, e26)).not.toHaveProperty("lowerEndUnknown");
  });
});
