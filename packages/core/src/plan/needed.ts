import type { RegionInput } from "../input/schemas.js";
import type { Edition } from "../model/edition.js";
import type { PredicateResult, ProjectionName } from "../engine/result.js";
import { PlanState, quickIndex } from "./state.js";
import { reaches, resolveTarget } from "./target.js";
import { newInnovationTemplate } from "./template.js";
import type { Edit, PlanTarget } from "./types.js";
import { roundHalfUp } from "../engine/_round.js";
import { checkNeededCall } from "./_options.js";
import { unparsedHint } from "../engine/_caller.js";

/**
 * What {@link innovationsNeeded} answers: how many new innovations at the expected score reach the target, the index
 * they give, and what was assumed.
 */
export interface InnovationsNeeded {
  /** New innovations at the expected score that reach the target; 0 when it is already reached; null when none do. */
  needed: number | null;
  expectedScore: number;
  basis: "median" | "given" | "minimum";
  target: { predicate: PredicateResult | null; index: number } | null;
  /** Index with `needed` new innovations (today's when 0, the highest tried when null). */
  index: number | null;
  /** How many were tried at most: the edition's count cap minus the innovations counted (or `max`): past the cap one more adds nothing to the count score. */
  tried: number;
}

/**
 * The one-number question: how many new innovations at the expected score (default: the median counted innovation)
 * bring the region to the target (default: the next predicate up), nothing else changed. Exact: the answer is checked
 * by re-scoring with that many added. `needed: null` when no number up to the edition's count cap does it (above the
 * divisor floor, innovations below the average lower the index).
 *
 * @example
 * // the example kabupaten, verified 38.55 Kurang Inovatif; each new innovation at the median score adds about 0.26
 * innovationsNeeded(input, getEdition("iid-2026"), { target: { predicate: "inovatif" } }).needed //=> 6
 */
export function innovationsNeeded(
  input: RegionInput,
  edition: Edition,
  opts: { target?: PlanTarget | string | undefined; projection?: ProjectionName | undefined; expectedScore?: number | undefined; max?: number | undefined } = {},
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
  const cap = edition.formula.jumlahInovasi.countCap.value;
  const tried = opts.max ?? (cap === null ? 0 : Math.max(0, cap - s.standing.counted));
  const base = { expectedScore: t.score, basis: t.basis, tried };
  const { exact, index } = s.standing;
  if (exact === null || index === null) return { ...base, needed: null, target: null, index: null };
  const target = resolveTarget(wanted, exact, edition);
  if (!target) return { ...base, needed: 0, target: null, index };
  const shown = { predicate: target.predicate, index: target.index };
  if (reaches(exact, index, target, edition)) return { ...base, needed: 0, target: shown, index };
  const decimals = edition.formula.rounding.decimals;
  const one = { innovation: t.innovation, total: t.score };
  const at = (k: number) => quickIndex(s, { add: [{ ...one, times: k }] }, undefined);
  // past the count cap the index only nears the average's limit: a `max` beyond it (Infinity) stops once that is short
  const room = cap === null ? 0 : Math.max(0, cap - s.standing.counted);
  let best = index;
  for (let k = 1; k <= tried; k++) {
    const quick = at(k);
    if (quick === null) break;
    best = Math.max(best, roundHalfUp(quick, decimals));
    if (k === room + 1 && tried > 1e6) {
      const limit = at(1e15);
      if (limit === null || !reaches(limit, roundHalfUp(limit, decimals), target, edition)) break;
    }
    if (!reaches(quick, roundHalfUp(quick, decimals), target, edition)) continue;
    const edits: Edit[] = Array.from({ length: k }, (_, i) => ({ op: "add_innovation", innovation: { ...t.innovation, name: `Inovasi baru ${i + 1}` } }));
    const after = s.after(edits).standing;
    if (after.exact !== null && after.index !== null && reaches(after.exact, after.index, target, edition)) {
      return { ...base, needed: k, target: shown, index: after.index };
    }
  }
  return { ...base, needed: null, target: shown, index: best };
}
