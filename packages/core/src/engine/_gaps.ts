import type { CompiledEdition } from "./_compiled.js";
import { resolvedAnswers } from "./_resolved.js";
import type { EvidenceGap, InnovationResult, ResolvedAnswers } from "./result.js";

/** Gaps already built (or assigned), per innovation result. */
const built = new WeakMap<object, EvidenceGap[]>();

/**
 * `InnovationResult.evidenceGaps` as an own, enumerable accessor that builds the list the first time it is read, from
 * the result's `resolved` answers and `rejected` flag, and keeps it: JSON, spreading, structured cloning and deep
 * equality see an ordinary array, and the 30,000 innovations of a national set that nobody reads the gaps of cost no
 * gap objects. One descriptor per compiled edition, so every result of an edition keeps the same hidden class.
 * Assigning a list replaces it (as for a data property).
 */
export function gapsAccessor(c: CompiledEdition): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: true,
    get(this: InnovationResult): EvidenceGap[] {
      let gaps = built.get(this);
      if (gaps === undefined) {
        gaps = this.rejected ? [] : evidenceGaps(c, resolvedAnswers(this));
        built.set(this, gaps);
      }
      return gaps;
    },
    set(this: InnovationResult, gaps: EvidenceGap[]) {
      built.set(this, gaps);
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
