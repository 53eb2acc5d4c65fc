import type { RegionInput } from "../input/schemas.js";
import type { Edition } from "../model/edition.js";
import { roundHalfUp } from "../engine/_round.js";
import type { Candidate } from "./candidates.js";
import type { EffortTable } from "./efforts.js";
import { NOISE, Pool, cheapestReaching } from "./pool.js";
import { PlanState, advance } from "./state.js";
import { type ResolvedTarget, reaches } from "./target.js";
import type { NewTemplate } from "./template.js";
import type { NewSeats } from "./urusan.js";
import type { PlanAction, PlanOptions } from "./types.js";
import type { KeepBase } from "./keep.js";

/** What a search plans with: the input and its options as `planRegion` resolved them. */
export interface SearchContext {
  input: RegionInput;
  edition: Edition;
  projection: NonNullable<PlanOptions["projection"]>;
  result: PlanOptions["result"];
  efforts: EffortTable;
  template: NewTemplate;
  /** `maxNewInnovations`, or null for the edition's rule (`newAllowed`). */
  maxNew: number | null;
  /** Whom each new innovation is asked of and in which urusan, in order (`agencyQueue`, `agencyUrusan`). */
  owing: NewSeats;
  /** The region's compliance rules and targets, which no withhold may leave owing more (null: none). */
  keep: KeepBase | null;
  target: ResolvedTarget;
  limit: number;
}

/** A search's outcome: its steps, the state after them, and the pool and dead set it ended with (for `action_limit`). */
export interface Found {
  actions: PlanAction[];
  s: PlanState;
  pool: Pool;
  dead: Set<Candidate>;
  reached: boolean;
}

/** Efforts closer than this are the same (they are sums of a few table entries). */
const EFFORT_EPS = 1e-9;

type Finish = { steps: number; total: number; kind: PlanAction["kind"]; effort: number; where: PlanAction["where"]; edits: PlanAction["edits"] };

const effortOf = (actions: PlanAction[]) => actions.at(-1)?.effortSoFar ?? 0;

/**
 * The plan: greedy by gain per effort, re-scored after every pick, then made cheaper where greedy overshoots (see
 * {@link search} and {@link withoutLast}): the cheapest of the plans found is kept (ties: the greedy one). `start` is
 * the input's state (`PlanState.start`), changed in place by the search.
 */
export function findPlan(ctx: SearchContext, start: PlanState): Found {
  const found = search(ctx, start, new Pool(start, ctx.efforts, ctx.template, ctx.maxNew, ctx.owing, ctx.keep), []);
  if (!found.reached || found.actions.length === 0) return found;
  return withoutRedundant(ctx, withoutLast(ctx, found) ?? found);
}

/** Plans are pruned only while steps² × innovations stays under this (each try replays the plan from the input). */
export const PRUNE_WORK = 5e6;

/**
 * A reached plan without the steps it does not need: greedy's early picks can become redundant once later, larger
 * steps are taken (an evidence answer, then two count steps that reach the target on their own). Dearest first (then
 * the smaller gain), a step is left out when the others, replayed from the input and scored exactly, still reach the
 * target with every step gaining. Steps that add or withhold an innovation (they move positions) and steps a later
 * step builds on (the same answer, or an innovation a count step made count) stay. Tried only on plans small enough
 * that the replays stay cheap ({@link PRUNE_WORK}).
 */
function withoutRedundant(ctx: SearchContext, found: Found): Found {
  const { actions } = found;
  const n = Math.max(ctx.input.innovations.length, 1000);
  if (actions.length < 2 || actions.length ** 2 * n > PRUNE_WORK) return found;
  // one pass, dearest first: each try replays the steps still kept (at most steps² advances in all)
  const order = actions.map((_, i) => i).sort((i, j) => actions[j]!.effort - actions[i]!.effort || actions[i]!.gain - actions[j]!.gain || j - i);
  let kept = actions.map((_, i) => i);
  let best = found;
  for (const i of order) {
    // a step whose gain is well above what the plan overshoots the target by is needed (gains interact a little
    // through the divisor and the yandas rule, hence half): not replayed
    const over = best.s.standing.exact! - ctx.target.index + 0.01;
    if (actions[i]!.gain / 2 > over) continue;
    const list = kept.map((k) => actions[k]!);
    const at = kept.indexOf(i);
    if (!droppable(list, at)) continue;
    const without = replay(ctx, list.filter((_, k) => k !== at), found);
    if (!without) continue;
    kept = kept.filter((k) => k !== i);
    best = without;
  }
  return best;
}

/** What a step changes, by innovation (its place in the input) and answer: `inv:3:SID-8`, `inv:3:*` (its fields), `spd:SPD-12`. */
function touchKeys(a: PlanAction): string[] {
  const inv = a.where.innovation?.index;
  return a.edits.map((e) => (e.op === "set_answer" ? (e.scope === "spd" ? `spd:${e.indicatorId}` : `inv:${inv}:${e.indicatorId}`) : `inv:${inv}:*`));
}

/** Whether step `i` can be left out: it moves no position, and no later step changes what it changed or builds on its innovation's fields. */
export function droppable(actions: PlanAction[], i: number): boolean {
  const a = actions[i]!;
  if (a.kind === "new_innovation" || a.kind === "yandas" || a.kind === "withhold") return false;
  const mine = touchKeys(a);
  const whole = new Set(mine.filter((k) => k.endsWith(":*")).map((k) => k.slice(0, -1)));
  const keys = new Set(mine);
  for (let k = i + 1; k < actions.length; k++) {
    for (const t of touchKeys(actions[k]!)) {
      if (keys.has(t) || [...whole].some((w) => t.startsWith(w))) return false;
      if (t.endsWith(":*") && mine.some((m) => m.startsWith(t.slice(0, -1)))) return false;
    }
  }
  return true;
}

/** The steps `kept`, replayed from the input and re-scored exactly (numbers, gains, indices, efforts so far); undefined unless every step gains and the target is reached. */
function replay(ctx: SearchContext, kept: PlanAction[], like: Found): Found | undefined {
  const { edition, target } = ctx;
  let s = PlanState.start(ctx.input, edition, ctx.projection, ctx.result);
  const out: PlanAction[] = [];
  for (const a of kept) {
    const next = advance(s, a.edits).next;
    const gain = (next.standing.exact ?? 0) - (s.standing.exact ?? 0);
    if (!(gain > NOISE) || next.standing.index === null) return undefined;
    s = next;
    out.push({ ...a, step: out.length + 1, gain, indexAfter: s.standing.index!, predicateAfter: s.standing.predicate, effortSoFar: effortOf(out) + a.effort });
  }
  if (!reaches(s.standing.exact!, s.standing.index!, target, edition)) return undefined;
  return { ...like, actions: out, s, reached: true };
}

/**
 * Greedy from `s` (reached by the steps `prefix`): the candidate with the best gain per effort, taken and re-scored,
 * until the target is reached, nothing gains, or the step limit. Greedy can overshoot — its best ratio may be a large
 * dear step when a small cheap one would do — so before each pick it also notes the cheapest candidate that reaches
 * the target on its own; at the end the cheapest of "the greedy steps up to there and that one" is kept when it costs
 * less than the greedy plan (or the greedy plan does not reach). `ban` keeps candidates out; `budget` stops the search
 * once its effort would exceed it (a search that must beat another plan).
 */
export function search(ctx: SearchContext, s: PlanState, pool: Pool, prefix: PlanAction[], ban?: (c: Candidate, s: PlanState) => boolean, budget = Infinity): Found {
  const { edition, target, limit } = ctx;
  const decimals = edition.formula.rounding.decimals;
  const reachesAt = (x: number) => reaches(x, roundHalfUp(x, decimals), target, edition);
  let actions = prefix.slice();
  const dead = new Set<Candidate>();
  const banned = () => {
    if (ban) for (const c of pool.list()) if (ban(c, s)) dead.add(c);
  };
  banned();
  let finish: Finish | undefined;
  while (actions.length < limit) {
    const soFar = effortOf(actions);
    // a step dearer than what is left of the budget is passed over, not the end of the search (a yandas step of effort
    // 10 ranked first stopped a search within 10 that two steps of 5 and 3 finish)
    const best = pool.pick(s, dead, budget - soFar);
    // after the pick, which leaves the gains it ranked for this state (nothing gains: nothing reaches either)
    const fin = best ? cheapestReaching(pool, s, dead, reachesAt, target.index - s.standing.exact!) : undefined;
    if (fin && soFar + fin.effort <= budget && (!finish || soFar + fin.effort < finish.total - EFFORT_EPS)) {
      finish = { steps: actions.length, total: soFar + fin.effort, kind: fin.kind, effort: fin.effort, ...fin.build(s) };
    }
    if (!best) break;
    const { where, edits } = best.build(s);
    // in place (no copy of n innovations per step): `s` is `next` until undone
    const { next, undo } = advance(s, edits);
    const gain = (next.standing.exact ?? 0) - (s.standing.exact ?? 0);
    if (!(gain > NOISE)) {
      s = undo();
      dead.add(best); // its ranking estimate and the exact re-score disagree: never take a step that gains nothing
      continue;
    }
    s = next;
    actions.push({
      step: actions.length + 1,
      kind: best.kind,
      where,
      edits,
      gain,
      indexAfter: s.standing.index!,
      predicateAfter: s.standing.predicate,
      effort: best.effort,
      effortSoFar: soFar + best.effort,
    });
    if (reaches(s.standing.exact!, s.standing.index!, target, edition)) break;
    pool.update(s, edits);
    dead.clear();
    banned();
  }
  let reached = reaches(s.standing.exact!, s.standing.index!, target, edition);
  if (finish && (!reached || finish.total < effortOf(actions) - EFFORT_EPS)) {
    const cheaper = finishAt(ctx, actions, finish, reachesAt);
    if (cheaper) {
      actions = cheaper.actions;
      s = cheaper.s;
      reached = true;
    }
  }
  return { actions, s, pool, dead, reached };
}

/**
 * Greedy's last step can be one large step where several small ones reach the target for less (a count step fixing
 * two faults, effort 4, where two evidence answers, effort 2, do). From the state before that step, search again
 * without it, within the effort it would replace; undefined when that finds nothing cheaper. Not tried when the
 * last step is already of the least effort in the table (nothing can replace it for less).
 */
function withoutLast(ctx: SearchContext, found: Found): Found | undefined {
  const { actions } = found;
  const last = actions.at(-1)!;
  if (!(last.effort > Math.min(...Object.values(ctx.efforts)) + EFFORT_EPS)) return undefined;
  const kept = actions.slice(0, -1);
  let s = PlanState.start(ctx.input, ctx.edition, ctx.projection, ctx.result);
  for (const a of kept) s = advance(s, a.edits).next;
  const key = actionKey(last);
  const again = search(ctx, s, new Pool(s, ctx.efforts, ctx.template, ctx.maxNew, ctx.owing, ctx.keep), kept, (c, st) => candidateKey(c, st) === key, effortOf(actions) - EFFORT_EPS);
  return again.reached && effortOf(again.actions) < effortOf(actions) - EFFORT_EPS ? again : undefined;
}

/** What a step is on, to keep it out of a search: its kind and innovation (by place in the input) or SPD row; new innovations by kind. */
function actionKey(a: Pick<PlanAction, "kind" | "where">): string {
  if (a.kind === "new_innovation" || a.kind === "yandas") return a.kind;
  return `${a.kind}|${a.where.innovation?.index ?? ""}|${a.where.spdRow?.id ?? ""}`;
}

function candidateKey(c: Candidate, s: PlanState): string {
  if (c.kind === "new_innovation" || c.kind === "yandas") return c.kind;
  if (c.at !== undefined) return `${c.kind}|${s.origin[c.at] ?? ""}|`;
  return actionKey({ kind: c.kind, where: c.build(s).where });
}

/**
 * The plan that takes the first `finish.steps` steps of `greedy` and then `finish`'s step, re-scored exactly from the
 * input (the search's state was changed in place since); undefined when that step, scored exactly, does not reach
 * the target after all.
 */
function finishAt(ctx: SearchContext, greedy: PlanAction[], finish: Finish, reachesAt: (exact: number) => boolean): { actions: PlanAction[]; s: PlanState } | undefined {
  let s = PlanState.start(ctx.input, ctx.edition, ctx.projection, ctx.result);
  const kept = greedy.slice(0, finish.steps);
  for (const a of kept) s = advance(s, a.edits).next;
  const next = advance(s, finish.edits).next;
  const gain = (next.standing.exact ?? 0) - (s.standing.exact ?? 0);
  if (!(gain > NOISE) || next.standing.exact === null || !reachesAt(next.standing.exact)) return undefined;
  const last: PlanAction = {
    step: kept.length + 1,
    kind: finish.kind,
    where: finish.where,
    edits: finish.edits,
    gain,
    indexAfter: next.standing.index!,
    predicateAfter: next.standing.predicate,
    effort: finish.effort,
    effortSoFar: effortOf(kept) + finish.effort,
  };
  return { actions: [...kept, last], s: next };
}
