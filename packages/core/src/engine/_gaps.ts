import type { CompiledEdition } from "./_compiled.js";
import { resolvedAnswers } from "./_resolved.js";
import type { EvidenceGap, InnovationResult, ResolvedAnswers } from "./result.js";

/** Lists assigned to a result (an assignment replaces the built list, as for a data property). */
const assigned = new WeakMap<object, EvidenceGap[]>();

/**
 * `InnovationResult.evidenceGaps` as an own, enumerable accessor that builds the list from the result's `resolved`
 * answers and `rejected` flag each time it is read, and keeps nothing: JSON, spreading, structured cloning and deep
 * equality see an ordinary array, and results that are kept (30,000 innovations of a national set, a workbook whose
 * gaps were written once) hold no gap objects. One descriptor per compiled edition, so every result of an edition
 * keeps the same hidden class. Read it once into a variable when you use it more than once.
 */
export function gapsAccessor(c: CompiledEdition): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: InnovationResult): EvidenceGap[] {
      return assigned.get(this) ?? (this.rejected ? [] : evidenceGaps(c, resolvedAnswers(this)));
    },
    set(this: InnovationResult, gaps: EvidenceGap[]) {
      assigned.set(this, gaps);
    },
  };
}

/** One entry per answer that reached a tier but whose evidence is not accepted, in edition order. */
function evidenceGaps(c: CompiledEdition, { tiers, evidence }: ResolvedAnswers): EvidenceGap[] {
  const out: EvidenceGap[] = [];
  for (let k = 0; k < tiers.length; k++) {
    const tier = tiers[k]!;
    const ev = evidence[k]!;
    if (tier === 0 || ev === "accepted") continue;
    const { indicator, weight, optionAt } = c.sid[k]!;
    out.push({
      indicatorId: indicator.id,
      indicatorName: indicator.name,
      tier,
      evidence: ev,
      points: weight === null ? null : weight * tier,
      required: optionAt.get(tier)?.evidence ?? [],
    });
  }
  return out;
}
