import type { RegionInput } from "../input/schemas.js";
import type { Edition } from "../model/edition.js";
import { roundHalfUp } from "../engine/_round.js";
import type { Candidate } from "./candidates.js";
import { type EffortTable, leastEffort } from "./efforts.js";
import { NOISE, Pool, cheapestReaching } from "./pool.js";
import { PlanState, advance, placeOf } from "./state.js";
import { type ResolvedTarget, reaches } from "./target.js";
import type { TemplateOf } from "./template.js";
import type { NewSeats } from "./urusan.js";
import type { PlanAction, PlanOptions } from "./types.js";
import type { KeepBase } from "./keep.js";
import { continuesRaise, shownSteps } from "./merge.js";

/** What a search plans with: the input and its options as `planRegion` resolved them. */
export interface SearchContext {
  input: RegionInput;
  edition: Edition;
  projection: NonNullable<PlanOptions["projection"]>;
  result: PlanOptions["result"];
  efforts: EffortTable;
  /** The expected new innovation in each state (`templateOf`). */
  template: TemplateOf;
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
 * {@link search}, {@link researched} and {@link withoutRedundant}): the cheapest of the plans found is kept (ties: the
 * greedy one). `start` is the input's state (`PlanState.start`), changed in place by the search.
 */
export function findPlan(ctx: SearchContext, start: PlanState): Found {
  const found = search(ctx, start, new Pool(start, ctx.efforts, ctx.template, ctx.maxNew, ctx.owing, ctx.keep), []);
  if (!found.reached || found.actions.length === 0) return found;
  return withoutRedundant(ctx, researched(ctx, found));
}

/** Plans are pruned only while steps² × innovations stays under this (each try replays the plan from the input). */
export const PRUNE_WORK = 5e6;

/**
 * A reached plan without the steps it does not need, or with a cheaper one in their place: greedy's early picks can
 * become redundant once later, larger steps are taken (an evidence answer, then two count steps that reach the target
 * on their own), or cost more than another step would (SPD-12 up a tier, effort 5, then two new innovations, where
 * SID-20 up a tier, effort 3, and the same two reach it). Dearest first (then the smaller gain), a step is left out
 * when the others, replayed from the input and scored exactly, still reach the target with every step gaining; else,
 * when the plan overshoots enough for a cheaper step to do (see below), the cheapest single step that reaches the
 * target after the others (as {@link cheapestReaching} finds it there) takes its place at the end when it costs less
 * and re-scoring confirms it.
 * Steps that add or withhold an innovation (they move positions) and steps a later step builds on (the same answer,
 * or an innovation a count step made count) stay. Tried only on plans small enough that the replays stay cheap
 * ({@link PRUNE_WORK}).
 */
function withoutRedundant(ctx: SearchContext, found: Found): Found {
  const { actions } = found;
  const n = Math.max(ctx.input.innovations.length, 1000);
  if (actions.length < 2 || actions.length ** 2 * n > PRUNE_WORK) return found;
  const least = leastEffort(ctx.efforts);
  // one pass, dearest first: each try replays the steps still kept (at most steps² advances in all)
  const order = actions.map((_, i) => i).sort((i, j) => actions[j]!.effort - actions[i]!.effort || actions[i]!.gain - actions[j]!.gain || j - i);
  // which of the greedy plan's steps each step of `best` is (-1: one put in the place of another)
  let ids = actions.map((_, i) => i);
  let best = found;
  for (const i of order) {
    const list = best.actions;
    const at = ids.indexOf(i);
    if (!droppable(list, at)) continue;
    const others = list.filter((_, k) => k !== at);
    // a step whose gain is well above what the plan overshoots the target by is needed (gains interact a little
    // through the divisor and the yandas rule, hence half): not replayed to be left out
    const over = best.s.standing.exact! - ctx.target.index + 0.01;
    const needed = actions[i]!.gain / 2 > over;
    // greedy took it for its gain per effort, so a step costing at least the least effort less gains about
    // (effort − least) / effort of it at most: it can take its place only when the plan overshoots by the rest
    const a = actions[i]!;
    const swap = a.effort > least + EFFORT_EPS && (a.gain * least) / a.effort <= over;
    if (needed && !swap) continue;
    const without = replay(ctx, others, found);
    if (!without) continue;
    if (!needed && without.reached) {
      ids = ids.filter((_, k) => k !== at);
      best = without;
      continue;
    }
    if (!swap) continue;
    const s = without.s;
    const c = cheapestReaching(new Pool(s, ctx.efforts, ctx.template, ctx.maxNew, ctx.owing, ctx.keep), s, new Set(), (x) => reachesExact(ctx, x), ctx.target.index - s.standing.exact!);
    if (!c || !(c.effort < a.effort - EFFORT_EPS)) continue;
    const { where, edits } = c.build(s);
    const next = advance(s, edits).next;
    const gain = (next.standing.exact ?? 0) - (s.standing.exact ?? 0);
    if (!(gain > NOISE) || next.standing.index === null || !reaches(next.standing.exact!, next.standing.index, ctx.target, ctx.edition)) continue;
    const last = without.actions;
    last.push({ step: last.length + 1, kind: c.kind, where, edits, gain, indexAfter: next.standing.index, predicateAfter: next.standing.predicate, effort: c.effort, effortSoFar: effortOf(last) + c.effort });
    ids = [...ids.filter((_, k) => k !== at), -1];
    best = { ...without, s: next, reached: true };
  }
  return best;
}

/** Whether an unrounded index reaches the target once rounded as the edition reports it. */
function reachesExact(ctx: SearchContext, exact: number): boolean {
  return reaches(exact, roundHalfUp(exact, ctx.edition.formula.rounding.decimals), ctx.target, ctx.edition);
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

/** The steps `kept`, replayed from the input and re-scored exactly (numbers, gains, indices, efforts so far), and whether they reach the target; undefined unless every step gains. */
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
  return { ...like, actions: out, s, reached: reaches(s.standing.exact!, s.standing.index!, target, edition) };
}

/**
 * Greedy from `s` (reached by the steps `prefix`): the candidate with the best gain per effort, taken and re-scored,
 * until the target is reached, nothing gains, or the step limit. Greedy can overshoot — its best ratio may be a large
 * dear step when a small cheap one would do — so before each pick it also notes the cheapest candidate that reaches
 * the target on its own; at the end the cheapest of "the greedy steps up to there and that one" is kept when it costs
 * less than the greedy plan (or the greedy plan does not reach). `ban` keeps candidates out; `budget` (a search that
 * must beat another plan) keeps out the steps dearer than what is left of it — passed over, not the end of the search:
 * a yandas step of effort 40 ranked first stopped a search within 10 that two tier ups of 5 and 3 finish.
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
  // the limit counts steps as the plan shows them: a cell raised tier after tier is one (mergeRaises)
  let shown = shownSteps(actions);
  for (;;) {
    const soFar = effortOf(actions);
    const under = shown < limit;
    const best = pool.pick(s, dead, budget - soFar);
    // after the pick, which leaves the gains it ranked for this state (nothing gains: nothing reaches either)
    const fin = best && under ? cheapestReaching(pool, s, dead, reachesAt, target.index - s.standing.exact!) : undefined;
    if (fin && soFar + fin.effort <= budget && (!finish || soFar + fin.effort < finish.total - EFFORT_EPS)) {
      finish = { steps: actions.length, total: soFar + fin.effort, kind: fin.kind, effort: fin.effort, ...fin.build(s) };
    }
    if (!best) break;
    const { where, edits } = best.build(s);
    const more = continuesRaise(actions.at(-1), best.kind, where);
    if (!under && !more) break;
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
    if (!more) shown++;
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
 * Greedy's later steps can cost more than another way from an earlier point: one large last step where several small
 * ones reach the target for less (a count step fixing two faults, effort 4, where two evidence answers, effort 2, do),
 * or a new innovation in the middle where two tier ups after the yandas step cost less. So for each step, the last
 * first, the search runs again from the state before it without it, within the effort of the steps from there on; a
 * cheaper plan found replaces them (the steps before stay, so the next step back is tried on the new plan). Tried from
 * the last step when it is not of the least effort in the table (nothing replaces it for less), from an earlier one
 * when it costs more than twice that (from the many small ones it seldom pays: on bench/plan.mjs's 550 regions trying
 * every step saved 218 of 11,651 effort units at 5 × the time, these 97 at about 1.2 ×), and on large plans (steps² ×
 * innovations over {@link PRUNE_WORK}) from the last step only.
 */
function researched(ctx: SearchContext, found: Found): Found {
  const least = leastEffort(ctx.efforts) + EFFORT_EPS;
  const n = Math.max(ctx.input.innovations.length, 1000);
  let best = found;
  for (let i = found.actions.length - 1; i >= 0; i--) {
    const { actions } = best;
    if (i < actions.length - 1 && actions.length ** 2 * n > PRUNE_WORK) break;
    const total = effortOf(actions);
    const dear = i === actions.length - 1 ? least : 2 * least;
    if (!(actions[i]!.effort > dear)) continue;
    const kept = actions.slice(0, i);
    let s = PlanState.start(ctx.input, ctx.edition, ctx.projection, ctx.result);
    for (const a of kept) s = advance(s, a.edits).next;
    const key = actionKey(actions[i]!);
    const again = search(ctx, s, new Pool(s, ctx.efforts, ctx.template, ctx.maxNew, ctx.owing, ctx.keep), kept, (c, st) => candidateKey(c, st) === key, total - EFFORT_EPS);

    if (again.reached && effortOf(again.actions) < total - EFFORT_EPS) best = again;
  }
  return best;
}

/** What a step is on, to keep it out of a search: its kind and innovation (by place in the input) or SPD row; new innovations by kind. */
function actionKey(a: Pick<PlanAction, "kind" | "where">): string {
  if (a.kind === "new_innovation" || a.kind === "yandas") return a.kind;
  return `${a.kind}|${a.where.innovation?.index ?? ""}|${a.where.spdRow?.id ?? ""}`;
}

function candidateKey(c: Candidate, s: PlanState): string {
  if (c.kind === "new_innovation" || c.kind === "yandas") return c.kind;
  if (c.at !== undefined) return `${c.kind}|${placeOf(s, c.at)}|`;
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
