/**
 * An independent checker of plans, for the tests: it knows the planner only through the plan it returns. Each step's
 * edits are applied to the input (`applyAction`) and the region is scored again with the engine; the step must give
 * the index and predicate it printed, gain, and be a step the edition's rules allow a region to take.
 */
import { expect } from "vitest";
import { scoreRegion } from "../../src/engine/region.js";
import { matchUrusan } from "../../src/engine/urusan.js";
import type { RegionInput } from "../../src/input/schemas.js";
import type { Edition, Indicator } from "../../src/model/edition.js";
import { applyAction } from "../../src/plan/apply.js";
import { checkCompliance } from "../../src/compliance/check.js";
import { matchAgencies } from "../../src/compliance/agencies.js";
import { urusanNamedBy } from "../../src/plan/urusan.js";
import type { Plan } from "../../src/plan/types.js";

/** The tiers an indicator's options and measures offer, lowest first (read from the edition, not from the planner). */
export function offeredTiers(ind: Indicator): number[] {
  return [...new Set([...ind.options.map((o) => o.tier), ...ind.measures.flatMap((m) => m.tiers.map((t) => t.tier))])].sort((a, b) => a - b);
}

/**
 * Whether an indicator's answer is the region's record (raised by no action before the window closes): as the edition
 * says (`record`), or, when it does not say, an SPD row measured by a statistic.
 */
export function isRecord(ind: Indicator): boolean {
  return ind.record ?? (ind.aspect === "SPD" && ind.measures.length > 0);
}

/** What the region's compliance still owes, per rule and agency and per target (`checkCompliance` on the edition's and the region's own). */
function owed(input: RegionInput, edition: Edition): Map<string, number> {
  const set = { rules: [...edition.compliance.rules, ...(input.compliance?.rules ?? [])], targets: [...edition.compliance.targets, ...(input.compliance?.targets ?? [])] };
  const c = checkCompliance(input, set);
  const out = new Map<string, number>();
  c.rules.forEach((r) => { for (const a of r.agencies) out.set(`${r.ruleId}: ${a.agency}`, a.shortBy); });
  c.targets.forEach((t) => out.set(`target ${t.targetId}`, Math.max(0, t.target - t.count)));
  return out;
}

/**
 * Apply every step of `plan` to `input`, re-score after each with `scoreRegion`, and check it:
 * - the index and predicate after it are the plan's, it gains, and the last index is the plan's end;
 * - an answer it sets is at a tier the indicator offers, a tier up goes to the next tier offered above the one answered
 *   (one edit per tier: a cell raised tier after tier is one step, on one cell, at the table's effort per tier) and never
 *   on a row that is the region's record, and an answer set on an innovation leaves that innovation counted;
 * - a date it sets is inside the assessment window and was not after it (an innovation implemented after the window
 *   cannot be moved back into it); a count step leaves the innovation counted;
 * - a new innovation is in an urusan of the catalogue and counts once added; a `new_innovation` step is taken only while
 *   the count the skor jumlah inovasi takes (in the projection: the innovations counted, or n when the edition's
 *   `formula.jumlahInovasi.countOf` is "n") is below the count cap — past it the skor jumlah inovasi stops growing — while a `yandas` step may be taken at any count (it gives the count score back); a `new_innovation` asked
 *   of a listed agency is in an urusan that agency's innovations use, or, when it has none, not in a basic-service
 *   urusan (which would meet the yandas rule on a label) unless the agency's name names it;
 * - a withheld innovation did not count, and leaves the region's own compliance owing no more than before: no agency
 *   short (or shorter) under a rule, no target further off (`checkCompliance` before and after).
 * Returns the input after the last step.
 */
export function checkSteps(input: RegionInput, edition: Edition, plan: Plan): RegionInput {
  const P = plan.projection;
  const byId = new Map(edition.indicators.map((i) => [i.id, i]));
  const cap = edition.formula.jumlahInovasi.countCap.value;
  const window = edition.eligibility.window;
  let now = input;
  let before = scoreRegion(input, edition);
  expect(plan.start.index).toBe(before[P].index);
  for (const a of plan.actions) {
    const tag = `step ${a.step} (${a.kind})`;
    const next = applyAction(now, a);
    const after = scoreRegion(next, edition);
    expect(after[P].index, `${tag}: index`).toBe(a.indexAfter);
    expect(after[P].predicate?.id, `${tag}: predicate`).toBe(a.predicateAfter?.id);
    expect(a.gain, `${tag}: gain`).toBeGreaterThan(0);
    if (a.kind === "tier_up") {
      // one step per cell: its edits raise one answer, to the step's tier, each tier at the table's effort
      const cells = new Set(a.edits.map((e) => (e.op === "set_answer" ? `${e.scope}:${e.scope === "innovation" ? e.at : ""}:${e.indicatorId}` : "?")));
      expect(cells.size, `${tag}: one cell`).toBe(1);
      expect((a.edits.at(-1) as { answer: { tier?: number } }).answer.tier, `${tag}: its last tier`).toBe(a.where.tier!.to);
      // each tier at its indicator's own effort for the tier reached when the table gives one, else the kind's
      const kind = a.where.spdRow ? plan.efforts.spdTierUp : plan.efforts.tierUp;
      const own = plan.efforts.indicators?.[(a.where.spdRow ?? a.where.indicator)!.id]?.tierUp;
      const sum = a.edits.reduce((n, e) => {
        const to = (e as { answer: { tier: number } }).answer.tier;
        return n + (own === undefined ? kind : typeof own === "number" ? own : (own[to] ?? kind));
      }, 0);
      expect(a.effort, `${tag}: effort of ${a.edits.length} tiers`).toBeCloseTo(sum, 9);
    }
    if (a.kind === "evidence" || a.kind === "fill") {
      const own = plan.efforts.indicators?.[(a.where.spdRow ?? a.where.indicator)!.id]?.evidence;
      expect(a.effort, `${tag}: effort`).toBe(own ?? plan.efforts.evidence);
    }
    for (const e of a.edits) {
      if (e.op === "set_answer") {
        const ind = byId.get(e.indicatorId)!;
        const tiers = offeredTiers(ind);
        if (e.answer.tier !== undefined && e.answer.tier > 0) expect(tiers, `${tag}: tier ${e.answer.tier} of ${ind.id}`).toContain(e.answer.tier);
        if (a.kind === "tier_up") {
          // one tier per edit, each the next offered above the one before (a cell raised tier after tier is one step)
          expect(isRecord(ind), `${tag}: ${ind.id} is the region's record`).toBe(false);
          const k = a.edits.indexOf(e);
          const from = k === 0 ? a.where.tier!.from : (a.edits[k - 1] as { answer: { tier?: number } }).answer.tier!;
          expect(e.answer.tier, `${tag}: the next tier above ${from}`).toBe(tiers.find((t) => t > from));
        }
        if (a.kind === "fill") {
          // only an empty row of record, filled in at its lowest tier above 0
          expect(isRecord(ind) && e.scope === "spd", `${tag}: ${ind.id} is an SPD row of record`).toBe(true);
          expect(before[P].spd.rows.find((r) => r.indicatorId === ind.id)?.status, `${tag}: ${ind.id} was empty`).toBe("not_answered");
          expect(e.answer.tier, `${tag}: the lowest tier of ${ind.id}`).toBe(tiers.find((t) => t > 0));
        }
        if (e.scope === "innovation") expect(after.innovations[e.at]![P].counted, `${tag}: the innovation counts`).toBe(true);
      } else if (e.op === "set_fields") {
        for (const field of ["implementationDate", "trialDate"] as const) {
          const set = e.fields[field];
          if (set === undefined || !window) continue;
          const was = now.innovations[e.at]![field] ?? null;
          expect(set >= window.from && set <= window.to, `${tag}: ${field} ${set} inside the window`).toBe(true);
          if (was !== null) expect(was <= window.to, `${tag}: ${field} ${was} is after the window and cannot be moved back`).toBe(true);
        }
        expect(after.innovations[e.at]![P].counted, `${tag}: the innovation counts`).toBe(true);
      } else if (e.op === "add_innovation") {
        if (cap !== null && a.kind === "new_innovation") {
          const count = edition.formula.jumlahInovasi.countOf === "n" ? before[P].sid.n : before[P].sid.counted;
          expect(count, `${tag}: the count before it (${edition.formula.jumlahInovasi.countOf ?? "counted"}), below the count cap`).toBeLessThan(cap);
        }
        if (edition.urusan.length > 0) expect(matchUrusan(e.innovation.urusan, edition).entry, `${tag}: urusan "${e.innovation.urusan}"`).not.toBeNull();
        if (edition.urusan.length > 0 && a.kind === "new_innovation") checkNewUrusan(input, edition, e.innovation, tag);
        expect(after.innovations[next.innovations.length - 1]![P].counted, `${tag}: the new innovation counts`).toBe(true);
      } else {
        expect(before.innovations[e.at]![P].counted, `${tag}: withholds an innovation that does not count`).toBe(false);
        const was = owed(now, edition);
        const is = owed(next, edition);
        for (const [key, k] of is) expect(k, `${tag}: withholding leaves ${key} owing more`).toBeLessThanOrEqual(was.get(key) ?? 0);
      }
    }
    now = next;
    before = after;
  }
  expect(plan.end.index).toBe(before[P].index);
  return now;
}

/** A new innovation asked of a listed agency: in an urusan its innovations (in the planned input) use, else in no yandas urusan but one its name names. */
function checkNewUrusan(input: RegionInput, edition: Edition, added: { agency: string; urusan: string }, tag: string): void {
  const agency = input.agencies.find((a) => a.name === added.agency);
  if (!agency) return;
  const id = matchUrusan(added.urusan, edition).entry?.id;
  const { agencyOf } = matchAgencies(input);
  const j = input.agencies.indexOf(agency);
  const used = input.innovations.flatMap((inv, i) => (agencyOf[i] === j ? [matchUrusan(inv.urusan, edition).entry?.id] : [])).filter((x) => x !== undefined);
  if (used.length > 0) expect(used, `${tag}: ${added.agency}'s innovations use urusan "${added.urusan}"`).toContain(id);
  else if (id !== urusanNamedBy(agency, (t) => matchUrusan(t, edition).entry)?.id) expect(edition.yandas.urusan, `${tag}: "${added.urusan}" of ${added.agency}, which has no innovation`).not.toContain(id);
}
