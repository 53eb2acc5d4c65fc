import type { RegionInput } from "../input/schemas.js";
import type { Edition } from "../model/edition.js";
import { effortTotal, resolveEfforts } from "./efforts.js";
import { findPlan } from "./search.js";
import { PlanState } from "./state.js";
import { reaches, resolveTarget } from "./target.js";
import { templateOf } from "./template.js";
import { DEFAULT_MAX_ACTIONS, type Plan, type PlanAction, type PlanOptions, type PlanReason, type PlanStatus, type PlanTarget } from "./types.js";
import { agencyQueue, complianceOwing, evidenceViews, spdRecordsOf, oneMoreOf, owedRules, seatsOf } from "./views.js";
import { keepBase, keptSubmitted, planCompliance } from "./keep.js";
import { matchAgencies } from "../compliance/agencies.js";
import { newSeats } from "./urusan.js";
import { newInnovationBound } from "./bound.js";
import { checkPlanCall } from "./_options.js";
import { mergeRaises } from "./merge.js";
import { unparsedHint } from "../engine/_caller.js";


/**
 * The cheapest path from today's index to a target, exact to the model: an ordered list of actions (evidence, count an
 * innovation, new innovation, yandas, tier up, withhold — all derived from the edition's data), each with where it
 * applies, its exact gain, the index and predicate after it, and its effort. Actions are picked by gain per effort and
 * the region is re-scored after every pick (gains interact through the divisor and the yandas rule); planning stops
 * at the target. Where that overshoots — a large step taken when a smaller, cheaper one (or a few) reach the target, or
 * a step a cheaper one can take the place of — the cheaper way found is kept: the plan is the cheapest path found, not
 * proven the least (that is a knapsack; see docs/decisions.md for how it compares with a brute force). When the target
 * is out of reach the plan takes every action that still adds points and reports the highest index they reach. Also: empty seats below the divisor floor, the gain of one more innovation, evidence gaps
 * grouped by indicator and by agency, and the compliance still owed.
 *
 * Pure. Planned in the verified projection unless `projection: "claimed"`; the target defaults to the next predicate
 * up. Replay a plan with {@link applyAction}: scoring the input after each step gives that step's `indexAfter`. When
 * the region is scored anyway, pass its result (`{ result: scoreRegion(input, edition) }`): the plan is the same and
 * the region is not scored a second time (at 50,000 innovations about a third less time and peak memory).
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
 * planRegion(input, edition, { result: scoreRegion(input, edition) }) // the same plan, from the region's result
 */
export function planRegion(input: RegionInput, edition: Edition, options: PlanOptions = {}): Plan {
  const wanted = checkPlanCall(input, edition, options as Record<string, unknown>);
  try {
    return plan(input, edition, options, wanted);
  } catch (e) {
    // raw JSON that has the top level but not the parsed defaults fails inside, as scoreRegion's would: say so
    throw unparsedHint(e, "planRegion");
  }
}

/** What planning starts from: the state, the new innovations' template and seats, what no withhold may take, the compliance owed. */
export function prepare(input: RegionInput, edition: Edition, options: PlanOptions) {
  const projection = options.projection ?? "verified";
  const efforts = resolveEfforts(options.efforts, edition);
  const start = PlanState.start(input, edition, projection, options.result);
  // the expected new innovation follows the state as the plan goes (the median of the innovations as raised so far)
  const templates = templateOf(options.expectedScore);
  const template = templates(start);
  const kept = planCompliance(input, edition);
  // the innovations' agencies, matched once: for the agencies new innovations are asked of and what a withhold keeps
  const agencyOf = input.agencies.length > 0 ? matchAgencies(input).agencyOf : [];
  const keep = keepBase(kept, agencyOf);
  const compliance = { ...complianceOwing(start, kept, options.result?.compliance), kept: keptSubmitted(start, keep) };
  // new innovations at most: the caller's number, else the count cap (and a yandas step's few)
  const room = Math.min(options.maxNewInnovations ?? edition.formula.jumlahInovasi.countCap.value ?? 0, 1000) + 6;
  const owing = newSeats(input, edition, agencyOf, template.innovation, agencyQueue(input, compliance, room, agencyOf), kept, owedRules(compliance));
  return { projection, efforts, start, template, templates, keep, compliance, owing, agencyOf, maxNew: options.maxNewInnovations ?? null };
}

function plan(input: RegionInput, edition: Edition, options: PlanOptions, wanted: PlanTarget | undefined): Plan {
  const { projection, efforts, start, template, templates, keep, compliance, owing, agencyOf, maxNew } = prepare(input, edition, options);

  // the yandas rule failing now (the search changes `start` in place: read before it)
  const failsNow = edition.formula.jumlahInovasi.requiresYandas === true && start.standing.yandasMet === false;
  const base = {
    edition: { id: edition.id, name: edition.name, year: edition.year },
    region: { name: input.region.name, level: input.region.level, year: input.region.year },
    projection,
    jumlahInovasiCountOf: edition.formula.jumlahInovasi.countOf ?? "counted",
    jumlahInovasiCountCap: edition.formula.jumlahInovasi.countCap.value,
    efforts,
    seats: seatsOf(start),
    oneMore: oneMoreOf(start, template),
    evidence: evidenceViews(start, agencyOf),
    spdRecords: spdRecordsOf(start),
    compliance,
  };
  const now = { index: start.standing.index, predicate: start.standing.predicate };
  const done = (status: PlanStatus, reason: PlanReason | null, target: Plan["target"], actions: PlanAction[] = [], end = now, failsAtEnd = true): Plan => ({
    ...base,
    yandasFailsThrough: failsNow && failsAtEnd,
    // kept at the start, less any a later step withholds (once an added innovation took its place under the rule) or
    // counts (it is no longer one that does not count); none in a region not reporting: its index is 0 whatever is
    // submitted, so no withhold was weighed and none is kept from one
    compliance: { ...compliance, kept: reason?.code === "region_not_reported" ? [] : compliance.kept.filter((k) => !actions.some((a) => (a.kind === "withhold" || a.kind === "count") && a.where.innovation?.index === k.index)) },
    target,
    status,
    reason,
    start: now,
    end,
    // each step's effort and the running sums as shown (the search multiplies and adds them unrounded: a count step
    // of 3 faults at 0.1 is 0.30000000000000004; see effortTotal)
    actions: actions.map((a) => ({ ...a, effort: effortTotal(a.effort), effortSoFar: effortTotal(a.effortSoFar) })),
    totalEffort: effortTotal(actions.reduce((n, a) => n + a.effort, 0)),
  });

  const { exact, index } = start.standing;
  if (exact === null || index === null) return done("index_unknown", { code: "index_unknown" }, null);
  const target = resolveTarget(wanted, exact, edition);
  if (!target) return done("already_reached", { code: "top_band", predicate: start.standing.predicate! }, null);
  // a band whose lower threshold is unknown: no index reaches it for sure, so there is nothing to plan towards
  if (Number.isNaN(target.index)) return done("out_of_reach", { code: "target_unknown", predicate: target.predicate! }, null);
  const shownTarget = { predicate: target.predicate, index: target.index };
  if (reaches(exact, index, target, edition)) {
    return done("already_reached", { code: "already_at_target", index, target: target.index, predicate: start.standing.predicate }, shownTarget);
  }
  if (!input.region.reported) return done("out_of_reach", { code: "region_not_reported" }, shownTarget);
  // a column the reader did not find: the index is low by an assumption, and steps on it would be steps on that
  if (options.columnsAbsent?.length) return done("out_of_reach", { code: "columns_absent", columns: [...options.columnsAbsent] }, shownTarget);

  const limit = options.maxActions ?? DEFAULT_MAX_ACTIONS;
  const { actions, s, pool, dead } = findPlan({ input, edition, projection, result: options.result, efforts, template: templates, maxNew, owing, keep, target, limit }, start);
  const end = { index: s.standing.index, predicate: s.standing.predicate };
  const failsAtEnd = s.standing.yandasMet === false;
  // one step per cell: a cell raised tier after tier is one "naik tingkat 0→3" (the limit counts the tiers)
  const steps = mergeRaises(actions);
  if (reaches(s.standing.exact!, s.standing.index!, target, edition)) return done("reached", null, shownTarget, steps, end, failsAtEnd);
  if (steps.length >= limit && pool.pick(s, dead)) {
    return done("action_limit", { code: "action_limit", limit, index: s.standing.index!, predicate: s.standing.predicate }, shownTarget, steps, end, failsAtEnd);
  }
  // what bounds it, when that is the score assumed for new innovations rather than the region
  const bound = newInnovationBound(s, templates(s), maxNew, target);
  return done("out_of_reach", { code: "no_more_gain", maximum: s.standing.index!, predicate: s.standing.predicate, ...(bound ? { newInnovations: bound } : {}) }, shownTarget, steps, end, failsAtEnd);
}
