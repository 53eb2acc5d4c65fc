import type { Innovation, RegionInput } from "../input/schemas.js";
import type { ComplianceSet } from "../model/compliance.js";
import { matchAgencies } from "../compliance/agencies.js";

/**
 * The innovations a withhold may not take: not submitting one removes it from the list the region's own compliance is
 * counted on, so it is kept when it is one an agency needs under a rule ("Satu Instansi Satu Inovasi": the agency has
 * no more than the rule's minimum in the rule's year and stages) or one a count target needs (no more than the target).
 * Counted as `checkCompliance` counts: agencies matched by name or id, an innovation of the region's year when it has
 * none, every stage when the rule names none, rejected ones too. Made once per state the planner is in (linear in n).
 */
export class Keeps {
  private constructor(private readonly kept: Uint8Array) {}

  /** No rule and no target: nothing is kept (the same for every state). */
  static readonly NONE = new Keeps(new Uint8Array(0));

  static of(input: Pick<RegionInput, "innovations" | "agencies" | "region">, set: ComplianceSet): Keeps {
    if (set.rules.length === 0 && set.targets.length === 0) return Keeps.NONE;
    const { innovations, agencies } = input;
    const year = input.region.year;
    const yearOf = (inv: Innovation) => inv.year ?? year;
    const counts = (inv: Innovation, y: number | undefined, stages: readonly string[] | undefined) => yearOf(inv) === (y ?? year) && (stages === undefined || stages.includes(inv.stage));
    const { agencyOf } = matchAgencies(input as RegionInput);
    const kept = new Uint8Array(innovations.length);
    for (const rule of set.rules) {
      const per = new Array<number>(agencies.length).fill(0);
      const mine: number[] = [];
      for (let i = 0; i < innovations.length; i++) {
        const a = agencyOf[i]!;
        if (a < 0 || !rule.agencyTypes.includes(agencies[a]!.type) || !counts(innovations[i]!, rule.year, rule.countedStages)) continue;
        per[a]!++;
        mine.push(i);
      }
      for (const i of mine) if (per[agencyOf[i]!]! <= rule.minCount) kept[i] = 1;
    }
    for (const t of set.targets) {
      const mine: number[] = [];
      for (let i = 0; i < innovations.length; i++) {
        if (!counts(innovations[i]!, t.year, t.countedStages)) continue;
        if (t.agencyTypes !== undefined) {
          const a = agencies[agencyOf[i] ?? -1];
          if (a === undefined || !t.agencyTypes.includes(a.type)) continue;
        }
        mine.push(i);
      }
      if (mine.length <= t.count) for (const i of mine) kept[i] = 1;
    }
    return new Keeps(kept);
  }

  /** Whether the innovation at `j` (its position in the state) must stay submitted. */
  keeps(j: number): boolean {
    return this.kept[j] === 1;
  }
}

/** The compliance a plan keeps: the edition's rules and targets, then the region's own (as `scoreRegion` checks them). */
export function planCompliance(input: RegionInput, edition: { compliance: ComplianceSet }): ComplianceSet {
  return {
    rules: [...edition.compliance.rules, ...(input.compliance?.rules ?? [])],
    targets: [...edition.compliance.targets, ...(input.compliance?.targets ?? [])],
  };
}
