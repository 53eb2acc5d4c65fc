import { editionMaxima, highestTier } from "../model/maxima.js";
import { isRecord } from "../engine/_edition.js";
import { roundHalfUp } from "../engine/_round.js";
import { type Effect, type PlanState, jumlahCount, quickIndex } from "./state.js";
import { type ResolvedTarget, reaches } from "./target.js";
import { type NewTemplate, newInnovationTemplate } from "./template.js";
import type { Edit, NewInnovationBound } from "./types.js";

/** Past this many innovations added at the top, a count is checked by the quick formula alone (each one is scored). */
const CHECKED = 1e4;

/**
 * Whether a plan that ran out of gaining steps at `s` was held back by the score it assumes for new innovations: when
 * that score is below the most an innovation can score, the fewest new innovations at that most that reach the target —
 * the plan's own new ones first (re-scored at the most), then more added after its steps, as many as `maxNew` allows or,
 * without it, any number: the count score stops at the edition's cap, but every innovation is in the average
 * (SID = Σ / MAX(floor, n) + perInnovation × MIN(count, cap), count: `jumlahCount`), so each one at the most still
 * raises the index, nearer and nearer the ceiling where the average is the most. Found with the quick formula,
 * checked by re-scoring. Undefined when the assumption is not what bounds the plan (new innovations at the most already, none allowed, or an
 * edition lacking a number the index needs).
 */
export function newInnovationBound(s: PlanState, template: NewTemplate, maxNew: number | null, target: ResolvedTarget): NewInnovationBound | undefined {
  if (maxNew === Infinity) maxNew = null; // no limit, as when none is given (it printed "Infinity new innovations")
  const { edition, projection } = s;
  const f = edition.formula;
  const most = editionMaxima(edition).sidPerInnovation;
  const cap = f.jumlahInovasi.countCap.value;
  const floor = f.sidDivisorFloor.value;
  const maxTotal = f.maxTotal.value;
  const { sum, n, counted } = s.standing;
  if (most === null || cap === null || floor === null || !maxTotal || sum === null || !(template.score < most - 1e-9) || (maxNew !== null && maxNew < 1)) return undefined;
  const top = newInnovationTemplate(s, most);
  if (!(top.score > template.score)) return undefined;
  // the plan's own new innovations (those that count), raised to the top first: m ≤ planned raises the first m
  const planned = s.origin.flatMap((o, j) => (o === null && s.results[j]![projection].counted ? [j] : []));
  const P = planned.length;
  const raised = [0];
  for (const j of planned) raised.push(raised.at(-1)! + top.score - (s.results[j]![projection].total ?? top.score));
  const limit = maxNew ?? Infinity;
  const effect = (m: number): Effect => ({ deltaSum: raised[Math.min(m, P)]!, ...(m > P ? { add: [{ innovation: top.innovation, total: top.score, times: m - P }] } : {}) });
  const q = (m: number) => quickIndex(s, effect(m), undefined);
  const decimals = f.rounding.decimals;
  const ok = (x: number | null) => x !== null && reaches(x, roundHalfUp(x, decimals), target, edition);
  // the ceiling: past the divisor floor and the count cap, index(m) = ceiling − (top − average) × 100 / maxTotal
  const m1 = P + Math.max(1, floor - n, cap - jumlahCount(counted, n, edition));
  const at1 = q(m1);
  if (at1 === null) return undefined;
  const ceiling = at1 + ((top.score - (sum + raised[P]! + (m1 - P) * top.score) / (n + m1 - P)) * 100) / maxTotal;
  const out: NewInnovationBound = { score: template.score, basis: template.basis, highest: top.score, planned: P, reachedWith: null, tried: maxNew, ceiling: roundHalfUp(ceiling, decimals), countCap: cap, ...recordsBelowTop(template, edition, top.score) };
  // the fewest: a count that reaches (doubling, up to the limit or until the index is at the ceiling), then bisection
  let lo = 0;
  let hi = Math.min(Math.max(P, 1), limit);
  let last = -1;
  for (;;) {
    const x = q(hi);
    if (ok(x)) break;
    // at the limit, at the ceiling, or no longer rising (it rises towards the ceiling until then)
    if (hi >= limit || x === null || ceiling - x < 1e-9 || x <= last) return out;
    last = x;
    lo = hi;
    hi = Math.min(limit, P + Math.max(1, (hi - P) * 2));
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (ok(q(mid))) hi = mid;
    else lo = mid;
  }
  // checked by re-scoring: the engine's aggregate over the innovations as they would be (the quick formula's twin)
  for (let m = hi; m <= Math.min(limit, hi + 2); m++) {
    if (ok(exactWith(s, planned, top.innovation, m) ?? q(m))) return { ...out, reachedWith: m };
  }
  return out;
}

/**
 * The record indicators (the innovation's facts: no step raises them) on which the plan's new innovation stands below
 * the top tier, and the most it reaches with every other indicator at the top — `highest` less what they lack (SID-17
 * at tier 2 of 3, weight 2: 109 of 111). None below: nothing.
 */
function recordsBelowTop(template: NewTemplate, edition: PlanState["edition"], highest: number): Pick<NewInnovationBound, "records" | "recordsMost"> {
  const records: NonNullable<NewInnovationBound["records"]> = [];
  let most = highest;
  for (const ind of edition.indicators) {
    const tier = template.innovation.answers[ind.id]?.tier ?? 0;
    const top = highestTier(ind);
    if (ind.aspect !== "SID" || !isRecord(ind) || tier >= top) continue;
    records.push({ indicator: { id: ind.id, number: ind.number, name: ind.name }, tier, top });
    most -= (ind.weight ?? 0) * (top - tier);
  }
  return records.length ? { records, recordsMost: most } : {};
}

/**
 * The region with `m` new innovations at the top: the first of the plan's own raised to it (their answers set to
 * `top`'s), and past them `top` added as many times as are left. Its exact index; undefined past {@link CHECKED} added.
 */
function exactWith(s: PlanState, planned: number[], top: NewTemplate["innovation"], m: number) {
  const k = m - planned.length;
  if (k > CHECKED) return undefined;
  const edits: Edit[] = planned.slice(0, m).flatMap((at) => Object.entries(top.answers).map(([indicatorId, answer]): Edit => ({ op: "set_answer", scope: "innovation", at, indicatorId, answer })));
  for (let i = 0; i < k; i++) edits.push({ op: "add_innovation", innovation: { ...top, name: `Inovasi baru ${s.added + i + 1}` } });
  return s.after(edits).standing.exact;
}
