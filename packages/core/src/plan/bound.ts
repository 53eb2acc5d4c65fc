import { editionMaxima } from "../model/maxima.js";
import { roundHalfUp } from "../engine/_round.js";
import { newAllowed } from "./candidates.js";
import { type PlanState, quickIndex } from "./state.js";
import { type ResolvedTarget, reaches } from "./target.js";
import { type NewTemplate, newInnovationTemplate } from "./template.js";
import type { Edit, NewInnovationBound } from "./types.js";

/**
 * Whether a plan that ran out of gaining steps at `s` was held back by the score it assumes for new innovations: when
 * that score is below the most an innovation can score and new innovations may still be added, how many new
 * innovations at that most, added after the plan's steps, reach the target (found with the quick formula, confirmed by
 * re-scoring), or null when none up to the cap do. Undefined when the assumption is not what bounds the plan.
 */
export function newInnovationBound(s: PlanState, template: NewTemplate, maxNew: number | null, target: ResolvedTarget): NewInnovationBound | undefined {
  const { edition } = s;
  const most = editionMaxima(edition).sidPerInnovation;
  if (most === null || !(template.score < most - 1e-9) || !newAllowed(s, maxNew, 1, false)) return undefined;
  const top = newInnovationTemplate(s, most);
  if (!(top.score > template.score)) return undefined;
  const cap = edition.formula.jumlahInovasi.countCap.value ?? 0;
  const tried = Math.max(1, maxNew !== null ? maxNew - s.added : cap - s.standing.counted);
  const decimals = edition.formula.rounding.decimals;
  const one = { innovation: top.innovation, total: top.score };
  const out: NewInnovationBound = { score: template.score, basis: template.basis, highest: top.score, reachedWith: null, tried };
  for (let k = 1; k <= tried; k++) {
    const quick = quickIndex(s, { add: Array.from({ length: k }, () => one) }, undefined);
    if (quick === null) break;
    if (!reaches(quick, roundHalfUp(quick, decimals), target, edition)) continue;
    const edits: Edit[] = Array.from({ length: k }, (_, i) => ({ op: "add_innovation", innovation: { ...top.innovation, name: `Inovasi baru ${s.added + i + 1}` } }));
    const after = s.after(edits).standing;
    if (after.exact !== null && after.index !== null && reaches(after.exact, after.index, target, edition)) return { ...out, reachedWith: k };
  }
  return out;
}
