import type { InnovationForm, RegionInput } from "../../../src/input/schemas.js";
import type { Edition } from "../../../src/model/edition.js";
import { type Candidate, candidates, neededByCompliance } from "./candidates.js";
import { EFFORT_KEYS, resolveEfforts } from "../../../src/plan/efforts.js";
import { PlanState, quickIndex } from "./state.js";
import { type ResolvedTarget, reaches, resolveTarget } from "../../../src/plan/target.js";
import { roundHalfUp } from "../../../src/engine/_round.js";
import { scoreInnovation } from "../../../src/engine/innovation.js";
import { PRUNE_WORK, droppable } from "../../../src/plan/search.js";
import { type NewTemplate, newInnovationTemplate } from "../../../src/plan/template.js";
import { continuesRaise, mergeRaises, shownSteps } from "../../../src/plan/merge.js";
import { DEFAULT_MAX_ACTIONS, type NewInnovationBound, type Plan, type PlanAction, type PlanOptions, type PlanReason, type PlanStatus, type PlanTarget } from "../../../src/plan/types.js";
import { agencyQueue, agencyWorkingIn, complianceOwing, evidenceViews, oneMoreOf, seatsOf, urusanFor } from "./views.js";
import { spdRecordsOf } from "../../../src/plan/views.js";

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
  const efforts = resolveEfforts(options.efforts, edition);
  const start = PlanState.start(input, edition, projection);
  const template = newInnovationTemplate(start, options.expectedScore);
  const owed = complianceOwing(start, edition);
  // the innovations a withhold would take (uncounted, in the divisor) that the region's compliance needs
  const needed = neededByCompliance(start);
  const kept = edition.formula.rejectedCountInDivisor.value
    ? start.input.innovations.flatMap((inv, j) => (!start.results[j]![projection].counted && !start.results[j]!.rejected && needed(j) ? [{ index: j, name: inv.name, agency: inv.agency }] : []))
    : [];
  const compliance = { ...owed, kept };
  // new innovations at most: the caller's number, else the count cap (and a yandas step's few)
  const room = Math.min(options.maxNewInnovations ?? edition.formula.jumlahInovasi.countCap.value ?? 0, 1000) + 6;
  const owing = {
    queue: agencyQueue(input, compliance, room).map((agency) => ({ agency, urusan: urusanFor(input, edition, template.innovation, agency) })),
    yandasAgency: new Map(edition.yandas.urusan.flatMap((id) => {
      const name = edition.urusan.find((u) => u.id === id)!.name.id;
      const agency = agencyWorkingIn(input, edition, name);
      return agency === undefined ? [] : [[name, agency] as const];
    })),
    formFor: new Map<string, InnovationForm>(),
  };
  // an agency's new innovation takes a form that counts: the rules it owes under (else those of its type) and the targets
  // covering it, each that counts some forms, decide — the copy's if all count it, else the first all count, else the
  // same among those rules alone, else the first such rule's first form
  const rules = [...edition.compliance.rules, ...(input.compliance?.rules ?? [])];
  const targets = [...edition.compliance.targets, ...(input.compliance?.targets ?? [])];
  const copy = template.innovation.form;
  const formOf = (scopes: { countedForms?: InnovationForm[] }[]): InnovationForm | undefined => {
    const named = scopes.filter((x) => x.countedForms);
    if (named.length === 0) return copy;
    const all = (f: InnovationForm) => named.every((x) => x.countedForms!.includes(f));
    if (copy !== undefined && all(copy)) return copy;
    return named[0]!.countedForms!.find(all);
  };
  for (const agency of [...owing.queue.map((q) => q.agency), ...owing.yandasAgency.values(), template.innovation.agency]) {
    if (owing.formFor.has(agency)) continue;
    const type = input.agencies.find((a) => a.name === agency)?.type;
    const owesUnder = rules.filter((_, k) => compliance.rules[k]!.owing.some((o) => o.agency === agency));
    const mine = (owesUnder.length > 0 ? owesUnder : rules.filter((r) => type !== undefined && r.agencyTypes.includes(type))).filter((r) => r.countedForms);
    const theirs = targets.filter((t) => t.countedForms && (t.agencyTypes === undefined || (type !== undefined && t.agencyTypes.includes(type))));
    if (mine.length === 0 && theirs.length === 0) continue;
    const form = formOf([...mine, ...theirs]) ?? formOf(mine) ?? mine[0]?.countedForms![0];
    if (form !== undefined) owing.formFor.set(agency, form);
  }
  const maxNew = options.maxNewInnovations ?? null;

  const base = {
    edition: { id: edition.id, name: edition.name, year: edition.year },
    region: { name: input.region.name, level: input.region.level, year: input.region.year },
    projection,
    jumlahInovasiCountOf: edition.formula.jumlahInovasi.countOf ?? "counted",
    jumlahInovasiCountCap: edition.formula.jumlahInovasi.countCap.value,
    efforts,
    seats: seatsOf(start),
    oneMore: oneMoreOf(start, template),
    evidence: evidenceViews(start),
    spdRecords: spdRecordsOf(start),
    compliance,
  };
  const now = { index: start.standing.index, predicate: start.standing.predicate };
  const done = (status: PlanStatus, reason: PlanReason | null, target: Plan["target"], actions: PlanAction[] = [], end = now, last: PlanState = start): Plan => {
    // what the plan says it keeps: kept at the start and not withheld, nor counted, by any of its steps
    const withheld = new Set(actions.flatMap((a) => ((a.kind === "withhold" || a.kind === "count") && a.where.innovation ? [a.where.innovation.index] : [])));
    return {
      ...base,
      // the yandas rule required and failing in the states before the first step and after the last
      yandasFailsThrough: edition.formula.jumlahInovasi.requiresYandas && start.standing.yandasMet === false && last.standing.yandasMet === false,
      compliance: { ...compliance, kept: compliance.kept.filter((k) => !withheld.has(k.index)) },
      target,
      status,
      reason,
      start: now,
      end,
      // sums of efforts as the plan shows them: to 9 decimals (decimal efforts add up with binary noise)
      actions: actions.map((a) => ({ ...a, effortSoFar: roundHalfUp(a.effortSoFar, 9) })),
      totalEffort: roundHalfUp(actions.reduce((n, a) => n + a.effort, 0), 9),
    };
  };

  const { exact, index } = start.standing;
  if (exact === null || index === null) return done("index_unknown", { code: "index_unknown" }, null);
  const target = resolveTarget(options.target as PlanTarget | undefined, exact, edition); // strings: read by planRegion's caller check
  if (!target) return done("already_reached", { code: "top_band", predicate: start.standing.predicate! }, null);
  const shownTarget = { predicate: target.predicate, index: target.index };
  if (reaches(exact, index, target, edition)) {
    return done("already_reached", { code: "already_at_target", index, target: target.index, predicate: start.standing.predicate }, shownTarget);
  }
  if (!input.region.reported) return done("out_of_reach", { code: "region_not_reported" }, shownTarget);

  const limit = Math.max(0, Math.floor(options.maxActions ?? DEFAULT_MAX_ACTIONS));
  const reachesAt = (x: number) => reaches(x, roundHalfUp(x, edition.formula.rounding.decimals), target, edition);
  const list0 = candidates(start, efforts, newInnovationTemplate(start, options.expectedScore), maxNew, owing);
  let found = search(start, list0, [], limit, reachesAt, (st) => candidates(st, efforts, newInnovationTemplate(st, options.expectedScore), maxNew, owing));
  // each step of a reached plan, the last first, left out and the search run again from the state before it within
  // the effort of the steps from there on: from the last when it is not of the least effort, from another when it costs
  // more than twice that; on a large plan only from the last
  // the least a step can cost: the kinds' and the indicators' own
  const own = Object.values(efforts.indicators ?? {}).flatMap((x) => [x.evidence, ...(typeof x.tierUp === "object" ? Object.values(x.tierUp) : [x.tierUp])]).filter((v) => v !== undefined);
  const leastStep = Math.min(...EFFORT_KEYS.map((k) => efforts[k]), ...own);
  if (found.reached) {
    const least = leastStep + 1e-9;
    for (let i = found.actions.length - 1; i >= 0; i--) {
      const acts = found.actions;
      if (i < acts.length - 1 && acts.length ** 2 * Math.max(input.innovations.length, 1000) > PRUNE_WORK) break;
      if (!(acts[i]!.effort > (i === acts.length - 1 ? least : 2 * least))) continue;
      const total = acts.at(-1)!.effortSoFar;
      let before = start;
      for (const a of acts.slice(0, i)) before = before.after(a.edits);
      const key = actionKey(acts[i]!);
      const again = search(before, candidates(before, efforts, newInnovationTemplate(before, options.expectedScore), maxNew, owing), acts.slice(0, i), limit, reachesAt, (st) => candidates(st, efforts, newInnovationTemplate(st, options.expectedScore), maxNew, owing), (c, st) => candidateKey(c, st) === key, total - 1e-9);
      if (again.reached && (again.actions.at(-1)?.effortSoFar ?? 0) < total - 1e-9) found = again;
    }
  }
  // steps a reached plan does not need, dearest first, each left out when the rest (replayed) still reach the target;
  // else, when it is not of the least effort, the cheapest single step reaching the target after the rest put in its
  // place at the end, when it costs less
  if (found.reached && found.actions.length >= 2 && found.actions.length ** 2 * Math.max(input.innovations.length, 1000) <= PRUNE_WORK) {
    const all = found.actions;
    const least = leastStep;
    const order = all.map((_, i) => i).sort((i, j) => all[j]!.effort - all[i]!.effort || all[i]!.gain - all[j]!.gain || j - i);
    let ids = all.map((_, i) => i); // which greedy step each step of the plan is (-1: one put in another's place)
    for (const i of order) {
      const at = ids.indexOf(i);
      if (!droppable(found.actions, at)) continue;
      const over = found.s.standing.exact! - target.index + 0.01;
      const needed = all[i]!.gain / 2 > over; // clearly needed
      // a step cheaper by the least effort gains about (effort − least) / effort of it: the overshoot must cover the rest
      const swap = all[i]!.effort > least + 1e-9 && (all[i]!.gain * least) / all[i]!.effort <= over;
      if (needed && !swap) continue;
      let st = start;
      const out: PlanAction[] = [];
      let ok = true;
      for (const a of found.actions.filter((_, k) => k !== at)) {
        const next = st.after(a.edits);
        const gain = (next.standing.exact ?? 0) - (st.standing.exact ?? 0);
        if (!(gain > NOISE)) {
          ok = false;
          break;
        }
        st = next;
        out.push({ ...a, step: out.length + 1, gain, indexAfter: st.standing.index!, predicateAfter: st.standing.predicate, effortSoFar: (out.at(-1)?.effortSoFar ?? 0) + a.effort });
      }
      if (!ok) continue;
      if (!needed && reachesAt(st.standing.exact!)) {
        ids = ids.filter((_, k) => k !== at);
        found = { ...found, actions: out, s: st };
        continue;
      }
      if (!swap) continue;
      const c = cheapestReaching(st, candidates(st, efforts, newInnovationTemplate(st, options.expectedScore), maxNew, owing), new Set(), reachesAt);
      if (!c || !(c.effort < all[i]!.effort - 1e-9)) continue;
      const { where, edits } = c.build(st);
      const next = st.after(edits);
      const gain = (next.standing.exact ?? 0) - (st.standing.exact ?? 0);
      if (!(gain > NOISE) || !reachesAt(next.standing.exact!)) continue;
      out.push({ step: out.length + 1, kind: c.kind, where, edits, gain, indexAfter: next.standing.index!, predicateAfter: next.standing.predicate, effort: c.effort, effortSoFar: (out.at(-1)?.effortSoFar ?? 0) + c.effort });
      ids = [...ids.filter((_, k) => k !== at), -1];
      found = { ...found, actions: out, s: next };
    }
  }
  const { actions, s, list, dead } = found;
  const end = { index: s.standing.index, predicate: s.standing.predicate };
  const steps = mergeRaises(actions); // one step per cell (the planner's own post-pass, shared)
  if (reaches(s.standing.exact!, s.standing.index!, target, edition)) return done("reached", null, shownTarget, steps, end, s);
  if (steps.length >= limit && pick(s, list, dead)) {
    return done("action_limit", { code: "action_limit", limit, index: s.standing.index!, predicate: s.standing.predicate }, shownTarget, steps, end, s);
  }
  const bound = boundOf(s, newInnovationTemplate(s, options.expectedScore), maxNew, target, edition);
  return done("out_of_reach", { code: "no_more_gain", maximum: s.standing.index!, predicate: s.standing.predicate, ...(bound ? { newInnovations: bound } : {}) }, shownTarget, steps, end, s);
}

/**
 * The assumed score of new innovations as the bound of a plan out of reach, the long way: the most an innovation scores
 * summed from the indicators; new innovations at that most counted the plan's own first (their answers set to the top
 * template's), then more added — as many as the caller allows, else any number (the spec: the count score is
 * perInnovation × MIN(count, cap), count the counted innovations or n by `formula.jumlahInovasi.countOf`, while the
 * average is over MAX(floor, n) with no cap). The ceiling is that formula with the average at the most and the count at the cap. Whether any number reaches the target: the ceiling (just
 * below it) or the number allowed, re-scored; the fewest by doubling then bisection, each count re-scored whole.
 */
function boundOf(s: PlanState, template: NewTemplate, maxNew: number | null, target: ResolvedTarget, edition: Edition): NewInnovationBound | undefined {
  let most = 0;
  for (const ind of edition.indicators) {
    if (ind.aspect !== "SID") continue;
    if (ind.weight === null) return undefined;
    most += ind.weight * Math.max(0, ...ind.options.map((o) => o.tier), ...ind.measures.flatMap((m) => m.tiers.map((t) => t.tier)));
  }
  if (!(template.score < most - 1e-9)) return undefined;
  const f = edition.formula;
  const [cap, per, maxTotal] = [f.jumlahInovasi.countCap.value, f.jumlahInovasi.perInnovation.value, f.maxTotal.value];
  if (cap === null || per === null || !maxTotal || f.sidDivisorFloor.value === null || s.standing.spd === null) return undefined;
  if (maxNew !== null && maxNew < 1) return undefined;
  const top = newInnovationTemplate(s, most);
  const planned = s.origin.flatMap((o, j) => (o === null && s.results[j]![s.projection].counted ? [j] : []));
  /** The region with m new innovations at the most, scored whole (each innovation scored, the aggregate by the engine's functions). */
  const withTop = (m: number) => {
    const raise = new Set(planned.slice(0, m));
    const innovations = s.input.innovations.map((inv, j) => (raise.has(j) ? { ...inv, answers: { ...top.innovation.answers } } : inv));
    const extra = Math.max(0, m - planned.length);
    const one = { ...top.innovation, name: "Inovasi baru (puncak)" };
    const oneResult = scoreInnovation(one, edition, innovations.length);
    const results = innovations.map((inv, j) => (raise.has(j) ? scoreInnovation(inv, edition, j) : s.results[j]!));
    return new PlanState(edition, s.projection, { ...s.input, innovations: [...innovations, ...Array.from({ length: extra }, () => one)] }, [...results, ...Array.from({ length: extra }, () => oneResult)], s.spdPart, [...s.origin, ...Array.from({ length: extra }, () => null)], s.added + extra).standing;
  };
  const ok = (exact: number | null) => exact !== null && reaches(exact, roundHalfUp(exact, f.rounding.decimals), target, edition);
  const yandas = !f.jumlahInovasi.requiresYandas || withTop(planned.length + 1).yandasMet === true;
  const ceiling = ((s.standing.spd + top.score + (yandas ? per * cap : 0)) / maxTotal) * 100;
  const out: NewInnovationBound = { score: template.score, basis: template.basis, highest: top.score, planned: planned.length, reachedWith: null, tried: maxNew, ceiling: roundHalfUp(ceiling, f.rounding.decimals), countCap: cap, ...recordsOf(template, top, edition, s.projection) };
  if (maxNew !== null ? !ok(withTop(maxNew).exact) : !ok(ceiling - 1e-9)) return out;
  let [lo, hi] = [0, 1]; // lo does not reach, hi does
  while (!ok(withTop(hi).exact)) [lo, hi] = [hi, maxNew === null ? hi * 2 : Math.min(hi * 2, maxNew)];
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (ok(withTop(mid).exact)) hi = mid;
    else lo = mid;
  }
  return { ...out, reachedWith: hi };
}

/**
 * The records (SID indicators marked `record`) below their top on the plan's new innovation, and the most it reaches
 * with them as copied: the top template's innovation with those answers kept, scored by the engine.
 */
function recordsOf(template: NewTemplate, top: NewTemplate, edition: Edition, projection: PlanState["projection"]): Pick<NewInnovationBound, "records" | "recordsMost"> {
  const records: NonNullable<NewInnovationBound["records"]> = [];
  const answers = { ...top.innovation.answers };
  for (const ind of edition.indicators) {
    if (ind.aspect !== "SID" || ind.record !== true) continue;
    const most = Math.max(0, ...ind.options.map((o) => o.tier), ...ind.measures.flatMap((m) => m.tiers.map((t) => t.tier)));
    const own = template.innovation.answers[ind.id];
    if ((own?.tier ?? 0) >= most) continue;
    records.push({ indicator: { id: ind.id, number: ind.number, name: ind.name }, tier: own?.tier ?? 0, top: most });
    if (own) answers[ind.id] = own;
    else delete answers[ind.id];
  }
  if (records.length === 0) return {};
  return { records, recordsMost: scoreInnovation({ ...top.innovation, answers }, edition, 0)[projection].total! };
}

interface Found {
  actions: PlanAction[];
  /** The state before each step, and after the last. */
  states: PlanState[];
  s: PlanState;
  list: Candidate[];
  dead: Set<Candidate>;
  reached: boolean;
}

function effortOf(actions: PlanAction[]) {
  return actions.at(-1)?.effortSoFar ?? 0;
}

function actionKey(a: Pick<PlanAction, "kind" | "where">): string {
  if (a.kind === "new_innovation" || a.kind === "yandas") return a.kind;
  return `${a.kind}|${a.where.innovation?.index ?? ""}|${a.where.spdRow?.id ?? ""}`;
}

function candidateKey(c: Candidate, s: PlanState): string {
  if (c.kind === "new_innovation" || c.kind === "yandas") return c.kind;
  if (c.at !== undefined) return `${c.kind}|${s.origin[c.at] ?? s.base + c.at - (s.origin.length - s.added)}|`;
  return actionKey({ kind: c.kind, where: c.build(s).where });
}

/**
 * Greedy from `s0` after `prefix`, every candidate listed and ranked again at every step, noting the cheapest single
 * step that reaches the target before each pick; the cheaper of the greedy plan and "greedy up to there and that step"
 * is returned. States are immutable here (`after`), so each is kept.
 */
function search(
  s0: PlanState,
  list0: Candidate[],
  prefix: PlanAction[],
  limit: number,
  reachesAt: (x: number) => boolean,
  listOf: (s: PlanState) => Candidate[],
  ban?: (c: Candidate, s: PlanState) => boolean,
  budget = Infinity,
): Found {
  const { edition } = s0;
  let actions = prefix.slice();
  const states: PlanState[] = [...prefix.map(() => s0), s0]; // only the entries from the prefix's end on are read
  let s = s0;
  let list = list0;
  const dead = new Set<Candidate>();
  const banned = () => {
    if (ban) for (const c of list) if (ban(c, s)) dead.add(c);
  };
  banned();
  let finish: { steps: number; total: number; c: Candidate; state: PlanState } | undefined;
  let shown = shownSteps(actions); // the limit counts steps as shown: a cell raised tier after tier is one
  for (;;) {
    const soFar = effortOf(actions);
    const under = shown < limit;
    const fin = under ? cheapestReaching(s, list, dead, reachesAt) : undefined;
    if (fin && soFar + fin.effort <= budget && (!finish || soFar + fin.effort < finish.total - 1e-9)) finish = { steps: actions.length, total: soFar + fin.effort, c: fin, state: s };
    const best = pick(s, list, dead, budget - soFar); // a step dearer than the budget left is passed over
    if (!best) break;
    const { where, edits } = best.build(s);
    const more = continuesRaise(actions.at(-1), best.kind, where);
    if (!under && !more) break;
    const next = s.after(edits);
    const gain = (next.standing.exact ?? 0) - (s.standing.exact ?? 0);
    if (!(gain > NOISE)) {
      dead.add(best); // its ranking estimate and the exact re-score disagree: never take a step that gains nothing
      continue;
    }
    s = next;
    actions.push({ step: actions.length + 1, kind: best.kind, where, edits, gain, indexAfter: s.standing.index!, predicateAfter: s.standing.predicate, effort: best.effort, effortSoFar: soFar + best.effort });
    states[actions.length] = s;
    if (!more) shown++;
    if (reachesAt(s.standing.exact!)) break;
    list = listOf(s);
    dead.clear();
    banned();
  }
  let reached = reachesAt(s.standing.exact!);
  if (finish && (!reached || finish.total < effortOf(actions) - 1e-9)) {
    const { where, edits } = finish.c.build(finish.state);
    const next = finish.state.after(edits);
    const gain = (next.standing.exact ?? 0) - (finish.state.standing.exact ?? 0);
    if (gain > NOISE && reachesAt(next.standing.exact!)) {
      actions = actions.slice(0, finish.steps);
      actions.push({ step: actions.length + 1, kind: finish.c.kind, where, edits, gain, indexAfter: next.standing.index!, predicateAfter: next.standing.predicate, effort: finish.c.effort, effortSoFar: finish.total });
      states.length = actions.length;
      states.push(next);
      s = next;
      reached = true;
    }
  }
  void edition;
  return { actions, states, s, list, dead, reached };
}

/** The cheapest candidate reaching the target on its own (then the larger gain, then the first listed), by scanning all. */
function cheapestReaching(s: PlanState, list: Candidate[], dead: Set<Candidate>, reachesAt: (x: number) => boolean): Candidate | undefined {
  const now = s.standing.exact!;
  let best: Candidate | undefined;
  let bestGain = 0;
  for (const c of list) {
    if (dead.has(c)) continue;
    const after = quickIndex(s, c.effect, c.at);
    if (after === null || !(after - now > NOISE) || !reachesAt(after)) continue;
    if (!best || c.effort < best.effort || (c.effort === best.effort && after - now > bestGain + NOISE)) {
      best = c;
      bestGain = after - now;
    }
  }
  return best;
}

/** The candidate with the best gain per effort (then the larger gain, then the first listed) of effort at most `most`; none when nothing gains. */
function pick(s: PlanState, list: Candidate[], dead: Set<Candidate>, most = Infinity): Candidate | undefined {
  const now = s.standing.exact!;
  let best: Candidate | undefined;
  let bestRatio = 0;
  let bestGain = 0;
  for (const c of list) {
    if (dead.has(c) || c.effort > most) continue;
    const after = quickIndex(s, c.effect, c.at);
    if (after === null) continue;
    const gain = after - now;
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
