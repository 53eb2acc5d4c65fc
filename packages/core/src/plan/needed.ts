import type { RegionInput } from "../input/schemas.js";
import type { Edition } from "../model/edition.js";
import type { PredicateResult, ProjectionName } from "../engine/result.js";
import { PlanState, jumlahCount, quickIndex } from "./state.js";
import { reaches, resolveTarget } from "./target.js";
import { newInnovationTemplate } from "./template.js";
import type { Edit, PlanTarget } from "./types.js";
import { roundHalfUp } from "../engine/_round.js";
import { checkNeededCall } from "./_options.js";

/** Past this many added, a count is checked by the quick formula alone (each added one is scored). */
const CHECKED = 1e4;
import { unparsedHint } from "../engine/_caller.js";

/**
 * What {@link innovationsNeeded} answers: how many new innovations at the expected score reach the target, the index
 * they give, and what was assumed.
 */
export interface InnovationsNeeded {
  /**
   * New innovations at the expected score that reach the target; 0 when it is already reached; null when none do, or
   * when no number is known to (`lowerEndUnknown`).
   */
  needed: number | null;
  expectedScore: number;
  basis: "median" | "given" | "minimum";
  target: { predicate: PredicateResult | null; index: number } | null;
  /** Index with `needed` new innovations (today's when 0, the highest tried when null: past the count cap, the limit it nears). */
  index: number | null;
  /**
   * How many were tried at most: `max` when given; null when none was (or `max: Infinity`) — any number was: past the
   * count cap one more adds nothing to the count score but still moves the average, towards the expected score. Null,
   * not Infinity, so the answer survives JSON as it is (as `PlanBound.tried`).
   */
  tried: number | null;
  /**
   * The default target's band when its lower threshold is unknown in the edition (the index is decided by an unknown
   * threshold and no band above it has a known lower end): the index that reaches it cannot be computed, so `needed`
   * and `target` are null — give an index target (the plan's reason `target_unknown`). Absent otherwise.
   */
  lowerEndUnknown?: PredicateResult;
}

/**
 * The one-number question: how many new innovations at the expected score (default: the median counted innovation)
 * bring the region to the target (default: the next predicate up), nothing else changed. Exact: the answer is checked
 * by re-scoring with that many added (past 10,000 added, by the formula alone). Not stopped at the edition's count cap
 * (spec §2: the count score is perInnovation × MIN(count, cap), the count by `formula.jumlahInovasi.countOf`, the
 * average Σ / MAX(floor, n) over every one): past it the index still rises while the expected score is above the
 * average, nearer and nearer a limit. `needed: null` when
 * no number (up to `max`) does it: above the divisor floor, innovations below the average lower the index.
 *
 * @example
 * // the example kabupaten, verified 38.55 Kurang Inovatif; each new innovation at the median score adds about 0.26
 * innovationsNeeded(input, getEdition("iid-2026"), { target: { predicate: "inovatif" } }).needed //=> 6
 */
export function innovationsNeeded(
  input: RegionInput,
  edition: Edition,
  opts: { target?: PlanTarget | number | string | undefined; projection?: ProjectionName | undefined; expectedScore?: number | undefined; max?: number | undefined } = {},
): InnovationsNeeded {
  const wanted = checkNeededCall(input, edition, opts);
  try {
    return needed(input, edition, opts, wanted);
  } catch (e) {
    throw unparsedHint(e, "innovationsNeeded");
  }
}

function needed(input: RegionInput, edition: Edition, opts: Parameters<typeof innovationsNeeded>[2] & object, wanted: PlanTarget | undefined): InnovationsNeeded {
  const s = PlanState.start(input, edition, opts.projection ?? "verified");
  const t = newInnovationTemplate(s, opts.expectedScore);
  const f = edition.formula;
  const cap = f.jumlahInovasi.countCap.value;
  const floor = f.sidDivisorFloor.value;
  const tried = opts.max ?? Infinity;
  const base = { expectedScore: t.score, basis: t.basis, tried: tried === Infinity ? null : tried };
  const { exact, index } = s.standing;
  if (exact === null || index === null) return { ...base, needed: null, target: null, index: null };
  const target = resolveTarget(wanted, exact, edition);
  if (!target) return { ...base, needed: 0, target: null, index };
  // a target band whose lower threshold is unknown (NaN; only the default: parsePlanTarget and the call's check refuse
  // one named): not reached, nor out of reach — no number is known to reach it; said, as the plan says it
  if (Number.isNaN(target.index)) return { ...base, needed: null, target: null, index, lowerEndUnknown: target.predicate! };
  const shown = { predicate: target.predicate, index: target.index };
  if (reaches(exact, index, target, edition)) return { ...base, needed: 0, target: shown, index };
  const decimals = f.rounding.decimals;
  const one = { innovation: t.innovation, total: t.score };
  const at = (k: number) => quickIndex(s, { add: [{ ...one, times: k }] }, undefined);
  const ok = (x: number | null): x is number => x !== null && reaches(x, roundHalfUp(x, decimals), target, edition);
  // re-scored with k added (the quick formula alone past CHECKED): the index when that reaches the target
  const confirmed = (k: number): number | undefined => {
    if (k > CHECKED) return roundHalfUp(at(k)!, decimals);
    const edits: Edit[] = Array.from({ length: k }, (_, i) => ({ op: "add_innovation", innovation: { ...t.innovation, name: `Inovasi baru ${i + 1}` } }));
    const after = s.after(edits).standing;
    return after.exact !== null && after.index !== null && reaches(after.exact, after.index, target, edition) ? after.index : undefined;
  };
  // up to the count cap and the divisor floor (and the first, which may meet the yandas rule) the index can rise and
  // fall, so each count is tried in turn; past them it moves one way only, towards its limit: up while the expected
  // score is above the average
  const { counted, n } = s.standing;
  const turn = Math.min(tried, cap === null || floor === null ? 0 : Math.max(1, cap - jumlahCount(counted, n, edition), floor - n));
  let best = index;
  for (let k = 1; k <= turn; k++) {
    const quick = at(k);
    if (quick === null) break;
    best = Math.max(best, roundHalfUp(quick, decimals));
    const found = ok(quick) ? confirmed(k) : undefined;
    if (found !== undefined) return { ...base, needed: k, target: shown, index: found };
  }
  const from = at(turn);
  const next = at(turn + 1);
  const most = Math.min(tried, 1e15);
  if (most > turn && from !== null && next !== null && next > from) {
    const end = at(most)!;
    best = Math.max(best, roundHalfUp(end, decimals));
    if (ok(end)) {
      // the fewest that reach: doubling, then bisection
      let lo = turn;
      let hi = turn + 1;
      while (!ok(at(hi))) {
        lo = hi;
        hi = Math.min(most, hi * 2);
      }
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (ok(at(mid))) hi = mid;
        else lo = mid;
      }
      for (let k = hi; k <= Math.min(most, hi + 2); k++) {
        const found = confirmed(k);
        if (found !== undefined) return { ...base, needed: k, target: shown, index: found };
      }
    }
  }
  return { ...base, needed: null, target: shown, index: best };
}
