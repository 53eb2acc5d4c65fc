/**
 * A brute force over the planner's own candidate actions, for the tests: from the region as planned, every sequence of
 * at most `most` actions — at each state the candidates the planner lists there (`Pool.list()`: an innovation's best
 * evidence or tier-up step, count, withhold, SPD rows, new innovations, yandas) and, with `every`, every other evidence
 * and next-tier step on a counted innovation too — each step gaining (as a plan's must), the region re-scored by
 * `scoreRegion` (the truth) after the last. The least total effort below `budget` that reaches the target, with its
 * steps; null when none does. Small regions only: it visits every set of up to `most` actions.
 */
import { resolvedAnswers } from "../../src/engine/_resolved.js";
import { scoreRegion } from "../../src/engine/region.js";
import { scoringTier } from "../../src/engine/rows.js";
import type { RegionInput } from "../../src/input/schemas.js";
import type { Edition } from "../../src/model/edition.js";
import { prepare } from "../../src/plan/plan.js";
import { Pool } from "../../src/plan/pool.js";
import { PlanState } from "../../src/plan/state.js";
import { bandsUp, resolveTarget, type ResolvedTarget } from "../../src/plan/target.js";
import type { ActionKind, ActionWhere, Edit, PlanOptions, PlanTarget } from "../../src/plan/types.js";
import type { EffortTable } from "../../src/plan/efforts.js";
import { isRecord, offeredTiers } from "./_checker.js";

export interface BruteStep {
  kind: ActionKind;
  effort: number;
  /** What it is on: `SPD-12 2→3`, `#1 SID-8 ev`, `#0 count`, `new`. */
  what: string;
}

export interface Brute {
  effort: number;
  steps: BruteStep[];
  /** The index `scoreRegion` gives after them. */
  index: number;
}

interface Move {
  kind: ActionKind;
  effort: number;
  what: string;
  edits: Edit[];
}

/** Whether `scoreRegion`'s figures for the projection reach the target: its band or above, or its rounded index ≥ the value. */
function truth(input: RegionInput, edition: Edition, projection: "verified" | "claimed", t: ResolvedTarget): { ok: boolean; index: number } {
  const r = scoreRegion(input, edition)[projection];
  const index = r.index ?? -Infinity;
  if (!t.band) return { ok: index >= t.index, index };
  const up = bandsUp(edition);
  const at = up.findIndex((b) => b.id === r.predicate?.id);
  return { ok: at >= up.indexOf(t.band), index };
}

/** Every evidence and next-tier step on each counted innovation the planner did not add, by the planner's rules (bestSimple's), each as its own move. */
function everySimple(s: PlanState, efforts: EffortTable): Move[] {
  const { edition, projection } = s;
  const sid = edition.indicators.filter((i) => i.aspect === "SID");
  const out: Move[] = [];
  s.results.forEach((r, j) => {
    if (s.origin[j] === null || !r[projection].counted) return;
    const { tiers, evidence } = resolvedAnswers(r);
    // the indicator's own effort when the table gives one (per tier reached, or one for all), else the kind's
    const own = (id: string, kind: "evidence" | "tierUp", to: number, otherwise: number) => {
      const e = efforts.indicators?.[id]?.[kind];
      return e === undefined ? otherwise : typeof e === "number" ? e : (e[to] ?? otherwise);
    };
    sid.forEach((ind, k) => {
      if (ind.weight === null || ind.weight === undefined) return;
      const t = tiers[k]!;
      const ev = evidence[k]!;
      const scoring = scoringTier(t, ev, projection, true);
      const inv = s.input.innovations[j]!;
      if (scoring !== t && ind.weight * t > 0) {
        out.push({ kind: "evidence", effort: own(ind.id, "evidence", t, efforts.evidence), what: `#${s.origin[j]} ${ind.id} ev`, edits: [{ op: "set_answer", scope: "innovation", at: j, indicatorId: ind.id, answer: { ...(inv.answers[ind.id] ?? { tier: t }), evidence: "accepted" } }] });
      }
      const next = isRecord(ind) ? undefined : offeredTiers(ind).find((u) => u > t);
      const up = t === 0 ? "accepted" : ev;
      if (next !== undefined && (projection === "claimed" || up === "accepted") && ind.weight * (next - scoring) > 0) {
        out.push({ kind: "tier_up", effort: own(ind.id, "tierUp", next, efforts.tierUp), what: `#${s.origin[j]} ${ind.id} ${t}→${next}`, edits: [{ op: "set_answer", scope: "innovation", at: j, indicatorId: ind.id, answer: { tier: next, evidence: up } }] });
      }
    });
  });
  return out;
}

function describe(kind: ActionKind, w: ActionWhere): string {
  if (kind === "new_innovation" || kind === "yandas") return `${kind} ${w.added?.map((a) => a.urusan).join("+") ?? ""}`;
  const on = w.spdRow ? w.spdRow.id : `#${w.innovation?.index}${w.indicator ? ` ${w.indicator.id}` : ""}`;
  return `${on} ${kind}${w.tier ? ` ${w.tier.from}→${w.tier.to}` : ""}`;
}

/**
 * The cheapest set of at most `most` actions (effort below `budget`) that reaches the plan's target, or null. `options`
 * are the plan's (projection, efforts, maxNewInnovations, target …).
 */
export function bruteCheapest(input: RegionInput, edition: Edition, options: PlanOptions, most: number, budget: number, every = false): Brute | null {
  const ctx = prepare(input, edition, options);
  const { start, efforts, templates, maxNew, owing, keep, projection } = ctx;
  const target = resolveTarget(options.target as PlanTarget | undefined, start.standing.exact!, edition);
  if (!target) return null;
  let best: Brute | null = null;
  // a state already visited for no more effort and with no fewer steps left is not visited again
  const seen = new Map<string, [number, number]>();
  const visit = (s: PlanState, cost: number, path: BruteStep[]) => {
    const key = JSON.stringify([s.input.spdAnswers, s.input.innovations]);
    const was = seen.get(key);
    if (was && was[0] <= cost && was[1] <= path.length) return;
    seen.set(key, [cost, path.length]);
    if (path.length > 0) {
      const t = truth(s.input, edition, projection, target);
      if (t.ok) {
        if (!best || cost < best.effort - 1e-9) best = { effort: cost, steps: path, index: t.index };
        return;
      }
    }
    if (path.length >= most) return;
    const moves: Move[] = new Pool(s, efforts, templates, maxNew, owing, keep).list().map((c) => {
      const b = c.build(s);
      return { kind: c.kind, effort: c.effort, what: describe(c.kind, b.where), edits: b.edits };
    });
    if (every) moves.push(...everySimple(s, efforts));
    for (const m of moves) {
      const c = cost + m.effort;
      if (c >= Math.min(budget, best?.effort ?? Infinity) - 1e-9) continue;
      const next = s.after(m.edits);
      if (!((next.standing.exact ?? 0) - (s.standing.exact ?? 0) > 1e-9)) continue;
      visit(next, c, [...path, { kind: m.kind, effort: m.effort, what: m.what }]);
    }
  };
  visit(PlanState.start(input, edition, projection), 0, []);
  return best;
}
