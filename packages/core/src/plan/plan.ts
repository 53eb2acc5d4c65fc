import type { RegionInput } from "../input/schemas.js";
import type { Edition } from "../model/edition.js";
import { type Candidate, innovationCandidates, otherCandidates } from "./candidates.js";
import { resolveEfforts } from "./efforts.js";
import { PlanState, quickIndex } from "./state.js";
import { reaches, resolveTarget } from "./target.js";
import { newInnovationTemplate } from "./template.js";
import { DEFAULT_MAX_ACTIONS, type Edit, type Plan, type PlanAction, type PlanOptions, type PlanReason, type PlanStatus } from "./types.js";
import { complianceOwing, evidenceViews, oneMoreOf, owingQueue, seatsOf } from "./views.js";

/** Gains at or below this (index points) are float noise, not progress. */
const NOISE = 1e-9;

/**
 * The cheapest path from today's index to a target, exact to the model: an ordered list of actions (evidence, count an
 * innovation, new innovation, yandas, tier up, withhold — all derived from the edition's data), each with where it
 * applies, its exact gain, the index and predicate after it, and its effort. Actions are picked by gain per effort and
 * the region is re-scored after every pick (gains interact through the divisor and the yandas rule); planning stops
 * at the target. When the target is out of reach the plan takes every action that still adds points and reports the
 * highest index they reach. Also: empty seats below the divisor floor, the gain of one more innovation, evidence gaps
 * grouped by indicator and by agency, and the compliance still owed.
 *
 * Pure. Planned in the verified projection unless `projection: "claimed"`; the target defaults to the next predicate
 * up. Replay a plan with {@link applyAction}: scoring the input after each step gives that step's `indexAfter`.
 *
 * @example
 * // the example kabupaten (examples/kabupaten-contoh.region.json): verified 38.55 Kurang Inovatif
 * const plan = planRegion(input, getEdition("iid-2026"));        // verified, next predicate up
 * plan.status                     //=> "reached"
 * plan.target?.predicate?.id      //=> "inovatif"
 * plan.actions.map((a) => a.kind) //=> ["evidence", "count", "count"] (the best gain per effort first)
 * plan.end.index                  //=> 40.25
 * let replayed = input;
 * for (const a of plan.actions) replayed = applyAction(replayed, a);
 * scoreRegion(replayed, edition).verified.index //=> 40.25
 * formatPlan(plan, "id")          // the plan as lines of Bahasa Indonesia text
 */
export function planRegion(input: RegionInput, edition: Edition, options: PlanOptions = {}): Plan {
  const projection = options.projection ?? "verified";
  const efforts = resolveEfforts(options.efforts);
  const start = PlanState.start(input, edition, projection);
  const template = newInnovationTemplate(start, options.expectedScore);
  const compliance = complianceOwing(start, edition);
  const owing = owingQueue(compliance);
  const cap = edition.formula.jumlahInovasi.countCap.value;
  const maxNew = options.maxNewInnovations ?? (cap === null ? 0 : Math.max(0, cap - input.innovations.length));

  const base = {
    edition: { id: edition.id, name: edition.name, year: edition.year },
    region: { name: input.region.name, level: input.region.level, year: input.region.year },
    projection,
    efforts,
    seats: seatsOf(start),
    oneMore: oneMoreOf(start, template),
    evidence: evidenceViews(start),
    compliance,
  };
  const now = { index: start.standing.index, predicate: start.standing.predicate };
  const done = (status: PlanStatus, reason: PlanReason | null, target: Plan["target"], actions: PlanAction[] = [], end = now): Plan => ({
    ...base,
    target,
    status,
    reason,
    start: now,
    end,
    actions,
    totalEffort: actions.reduce((n, a) => n + a.effort, 0),
  });

  const { exact, index } = start.standing;
  if (exact === null || index === null) return done("index_unknown", { code: "index_unknown" }, null);
  const target = resolveTarget(options.target, exact, edition);
  if (!target) return done("already_reached", { code: "top_band", predicate: start.standing.predicate! }, null);
  const shownTarget = { predicate: target.predicate, index: target.index };
  if (reaches(exact, index, target, edition)) {
    return done("already_reached", { code: "already_at_target", index, target: target.index, predicate: start.standing.predicate }, shownTarget);
  }
  if (!input.region.reported) return done("out_of_reach", { code: "region_not_reported" }, shownTarget);

  const actions: PlanAction[] = [];
  const limit = Math.max(0, Math.floor(options.maxActions ?? DEFAULT_MAX_ACTIONS));
  let s = start;
  const pool = new Pool(start, efforts, template, maxNew, owing);
  const dead = new Set<Candidate>();
  while (actions.length < limit) {
    const best = pick(s, pool, dead);
    if (!best) break;
    const { where, edits } = best.build(s);
    const next = s.after(edits);
    const gain = (next.standing.exact ?? 0) - (s.standing.exact ?? 0);
    if (!(gain > NOISE)) {
      dead.add(best); // its ranking estimate and the exact re-score disagree: never take a step that gains nothing
      continue;
    }
    s = next;
    const effortSoFar = (actions.at(-1)?.effortSoFar ?? 0) + best.effort;
    actions.push({
      step: actions.length + 1,
      kind: best.kind,
      where,
      edits,
      gain,
      indexAfter: s.standing.index!,
      predicateAfter: s.standing.predicate,
      effort: best.effort,
      effortSoFar,
    });
    if (reaches(s.standing.exact!, s.standing.index!, target, edition)) break;
    pool.update(s, edits);
    dead.clear();
  }
  const end = { index: s.standing.index, predicate: s.standing.predicate };
  if (reaches(s.standing.exact!, s.standing.index!, target, edition)) return done("reached", null, shownTarget, actions, end);
  if (actions.length >= limit && pick(s, pool, dead)) {
    return done("action_limit", { code: "action_limit", limit, index: s.standing.index!, predicate: s.standing.predicate }, shownTarget, actions, end);
  }
  return done("out_of_reach", { code: "no_more_gain", maximum: s.standing.index!, predicate: s.standing.predicate }, shownTarget, actions, end);
}

/**
 * The candidates of the state being planned, kept between steps: per innovation (by position) and the others (SPD rows,
 * new innovations). After a step only the innovations its edits touched get new candidates; a withheld innovation
 * moves the ones after it up, so the list is re-bound by position then (the candidates themselves are kept per result).
 */
class Pool {
  perInnovation: Candidate[][];
  others: Candidate[];

  constructor(
    s: PlanState,
    private readonly efforts: Plan["efforts"],
    private readonly template: Parameters<typeof otherCandidates>[2],
    private readonly maxNew: number,
    private readonly owing: string[],
  ) {
    this.perInnovation = s.results.map((_, j) => innovationCandidates(s, j, efforts));
    this.others = otherCandidates(s, efforts, template, maxNew, owing);
  }

  update(s: PlanState, edits: Edit[]) {
    if (edits.some((e) => e.op === "remove_innovation")) {
      this.perInnovation = s.results.map((_, j) => innovationCandidates(s, j, this.efforts));
    } else {
      for (const e of edits) {
        if (e.op === "add_innovation") this.perInnovation.push([]);
        else if (e.op === "set_fields" || (e.op === "set_answer" && e.scope === "innovation")) this.perInnovation[e.at] = innovationCandidates(s, e.at, this.efforts);
      }
    }
    this.others = otherCandidates(s, this.efforts, this.template, this.maxNew, this.owing);
  }

  /** Each candidate in the order the plan ranks them: innovations in input order, then SPD rows, then new ones. */
  each(f: (c: Candidate) => void) {
    const per = this.perInnovation;
    for (let j = 0; j < per.length; j++) {
      const list = per[j]!;
      for (let k = 0; k < list.length; k++) {
        const c = list[k]!;
        c.at = j;
        f(c);
      }
    }
    for (const c of this.others) f(c);
  }

  list(): Candidate[] {
    const out: Candidate[] = [];
    this.each((c) => out.push(c));
    return out;
  }
}

/**
 * The candidate with the best gain per effort (then the larger gain, then the first listed); none when nothing gains.
 *
 * Ranked as {@link pickAmong} ranks every candidate, without computing most of them: an evidence or tier-up step on a
 * counted innovation (most candidates) gains its `delta` / divisor in index units, so its gain per effort is known from
 * the aggregates up to float error. Those clearly below the best (by a margin far above that error and above the 1e-12
 * tie tolerance, with no candidate in the margin band) can never be picked nor change which is, and are skipped; the
 * rest and every other candidate are ranked exactly as before, in the same order. When the margin cannot be shown
 * (a candidate in the band, tiny gains, unknown numbers), every candidate is ranked.
 */
function pick(s: PlanState, pool: Pool, dead: Set<Candidate>): Candidate | undefined {
  const now = s.standing.exact!;
  const f = s.edition.formula;
  const { sum, n, spd } = s.standing;
  const floor = f.sidDivisorFloor.value;
  const maxTotal = f.maxTotal.value;
  const divisor = floor === null ? 0 : Math.max(floor, n);
  if (sum === null || spd === null || maxTotal === null || !(maxTotal > 0) || !(divisor > 0) || !s.input.region.reported) return pickAmong(s, pool.list(), dead);
  const perPoint = 100 / maxTotal / divisor; // index points per point of Σ counted scores
  const anyDead = dead.size > 0;
  const gainOf = sameGains(s, now);
  // pass 1: the exact gain of every candidate that is not a simple step (kept on it for this pick), the best ratio
  let best = 0;
  let minEffort = Infinity;
  let ok = true;
  pool.each((c) => {
    if (anyDead && dead.has(c)) return;
    if (!(c.effort > 0)) ok = false;
    if (c.effort < minEffort) minEffort = c.effort;
    let ratio: number;
    if (c.delta !== undefined) ratio = (c.delta * perPoint) / c.effort;
    else {
      const gain = (c.gain = gainOf(c));
      if (gain === undefined || !(gain > NOISE)) return;
      ratio = gain / c.effort;
    }
    if (ratio > best) best = ratio;
  });
  if (!ok || !(best > 0)) return pickAmong(s, pool.list(), dead);
  // an estimate is off by at most ERR / effort (index float error); the margin is ten times that, relative to the best
  const margin = Math.max(1e-9, (10 * ERR) / (best * minEffort));
  if (margin > 1e-2) return pickAmong(s, pool.list(), dead);
  const high = best * (1 - margin);
  const low = best * (1 - 3 * margin);
  // pass 2: rank, in list order, the candidates that can be picked; none may fall in the band between low and high
  let picked: Candidate | undefined;
  let bestRatio = 0;
  let bestGain = 0;
  pool.each((c) => {
    if (!ok || (anyDead && dead.has(c))) return;
    let gain: number | undefined;
    if (c.delta === undefined) gain = c.gain;
    else {
      const estimate = (c.delta * perPoint) / c.effort;
      if (estimate < low) return;
      if (estimate < high) {
        ok = false;
        return;
      }
      const after = quickIndex(s, c.effect, c.at);
      gain = after === null ? undefined : after - now;
    }
    if (gain === undefined || !(gain > NOISE)) return;
    const ratio = gain / c.effort;
    if (c.delta === undefined && ratio < high && ratio >= low) {
      ok = false;
      return;
    }
    if (ratio > bestRatio * (1 + 1e-12) || (Math.abs(ratio - bestRatio) <= bestRatio * 1e-12 && gain > bestGain + NOISE)) {
      picked = c;
      bestRatio = ratio;
      bestGain = gain;
    }
  });
  return ok && picked ? picked : pickAmong(s, pool.list(), dead);
}

/**
 * `quickIndex(s, c.effect, c.at) - now` for any candidate, computed once per kind of result where it cannot depend on
 * which innovation: withholding an innovation that does not count (the divisor loses a seat, nothing else changes), and
 * counting one when the yandas rule is not re-checked (met already, or not required) — the same arithmetic on the same
 * numbers, so the same value to the bit.
 */
function sameGains(s: PlanState, now: number): (c: Candidate) => number | undefined {
  const f = s.edition.formula;
  const yandasFixed = !f.jumlahInovasi.requiresYandas || s.standing.yandasMet === true;
  let withhold: { gain: number | undefined } | undefined;
  const counts = [new Map<number | null, number | undefined>(), new Map<number | null, number | undefined>()];
  const exact = (c: Candidate) => {
    const after = quickIndex(s, c.effect, c.at);
    return after === null ? undefined : after - now;
  };
  return (c) => {
    if (c.at === undefined || s.results[c.at]![s.projection].counted) return exact(c);
    if (c.kind === "withhold") return (withhold ??= { gain: exact(c) }).gain;
    if (c.kind !== "count" || !yandasFixed) return exact(c);
    const { total, counted } = c.effect;
    if (total === undefined) return exact(c);
    const memo = counts[counted === false ? 0 : counted === true ? 1 : 0]!;
    if (counted === undefined) return exact(c);
    if (memo.has(total)) return memo.get(total);
    const gain = exact(c);
    memo.set(total, gain);
    return gain;
  };
}

/** Absolute float error an index gain can carry (the index is at most 100; its float error is below 1e-13). */
const ERR = 1e-11;

/** The candidate with the best gain per effort (then the larger gain, then the first listed); none when nothing gains. */
function pickAmong(s: PlanState, list: Candidate[], dead: Set<Candidate>, known = false): Candidate | undefined {
  const now = s.standing.exact!;
  let best: Candidate | undefined;
  let bestRatio = 0;
  let bestGain = 0;
  for (const c of list) {
    if (dead.has(c)) continue;
    let gain = known ? c.gain : undefined;
    if (gain === undefined) {
      const after = quickIndex(s, c.effect, c.at);
      if (after === null) continue;
      gain = after - now;
    }
    if (!(gain > NOISE)) continue;
    const ratio = gain / c.effort;
    if (ratio > bestRatio * (1 + 1e-12) || (Math.abs(ratio - bestRatio) <= bestRatio * 1e-12 && gain > bestGain + NOISE)) {
      best = c;
      bestRatio = ratio;
      bestGain = gain;
    }
  }
  return best;
}
