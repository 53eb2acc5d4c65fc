import type { Innovation, RegionInput } from "../input/schemas.js";
import type { ComplianceSet } from "../model/compliance.js";
import type { InnovationResult, ProjectionName } from "../engine/result.js";
import { matchAgencies } from "../compliance/agencies.js";
import { inScope, type Scope } from "../compliance/check.js";

type Listed = Pick<RegionInput, "innovations" | "agencies" | "region">;

/**
 * The innovations a withhold may not take: not submitting one removes it from the list the region's own compliance is
 * counted on, so it is kept when it is one an agency needs under a rule ("Satu Instansi Satu Inovasi": the agency has
 * no more than the rule's minimum in the rule's year, stages and forms) or one a count target needs (no more than the
 * target). Counted as `checkCompliance` counts: agencies matched by name or id, an innovation of the region's year when
 * it has none, every stage and form when the rule names none, rejected ones too. Built once for a plan's start (linear
 * in n) and kept in step with the innovations it adds and withholds ({@link add}, {@link remove}), so a step costs no
 * re-matching.
 */
export class Keeps {
  /** The innovations as they stand (the state's list, followed edit by edit) and each one's agency index, or -1. */
  private readonly list: Innovation[];
  private readonly agencyOf: number[];
  /** Per rule, per agency: the innovations counted. */
  private readonly perAgency: number[][];
  /** Per target: the innovations counted. */
  private readonly perTarget: number[];

  private constructor(
    private readonly input: Listed,
    private readonly set: ComplianceSet,
    agencyOf: number[],
  ) {
    this.list = input.innovations.slice();
    this.agencyOf = agencyOf;
    this.perAgency = set.rules.map(() => new Array<number>(input.agencies.length).fill(0));
    this.perTarget = set.targets.map(() => 0);
    input.innovations.forEach((inv, i) => this.count(inv, this.agencyOf[i]!, 1));
    this.changed(); // the start is not a change
  }

  /**
   * The keeps of a state of the plan (`origin[j]`: the position in the planned input of the innovation now at `j`, null
   * for one the plan added), from the agencies of the planned input's innovations (`base`, matched once per plan).
   */
  static of(s: { input: Listed; origin: readonly (number | null)[] }, base: KeepBase): Keeps {
    const agencyOf = s.origin.map((o, j) => (o === null ? matchOne(s.input, s.input.innovations[j]!) : base.agencyOf[o]!));
    return new Keeps(s.input, base.set, agencyOf);
  }

  /** The agencies (index in the list, or -1) of the innovations, by position. */
  agencies(): readonly number[] {
    return this.agencyOf;
  }

  /** Whether the innovation `inv` at `j` (its position in the state) must stay submitted. */
  keeps(j: number, inv: Innovation): boolean {
    const a = this.agencyOf[j]!;
    const { rules, targets } = this.set;
    for (let r = 0; r < rules.length; r++) if (this.forRule(inv, a, r) && this.perAgency[r]![a]! <= rules[r]!.minCount) return true;
    for (let t = 0; t < targets.length; t++) if (this.forTarget(inv, a, t) && this.perTarget[t]! <= targets[t]!.count) return true;
    return false;
  }

  /** An innovation the plan adds (at the end of the list). */
  add(inv: Innovation): void {
    const a = matchOne(this.input, inv);
    this.list.push(inv);
    this.agencyOf.push(a);
    this.count(inv, a, 1);
  }

  /** The innovation at `j` withheld (the ones after it move up). */
  remove(j: number): void {
    const [inv] = this.list.splice(j, 1);
    const [a] = this.agencyOf.splice(j, 1);
    if (inv) this.count(inv, a ?? -1, -1);
  }

  /** The innovation at `j` changed (a count step can move its stage, which a rule's counted stages read). */
  replace(j: number, inv: Innovation): void {
    const was = this.list[j]!;
    if (was === inv) return;
    this.list[j] = inv;
    // nothing compliance reads (the agency is not edited)
    if (was.stage === inv.stage && was.year === inv.year && was.form === inv.form) return;
    const a = this.agencyOf[j]!;
    this.count(was, a, -1);
    this.count(inv, a, 1);
  }

  /** What changed since the last call: the agencies whose rule counts moved, and whether a target passed its count. */
  changed(): { all: boolean; agencies: Set<number> } {
    const out = { all: this.allChanged, agencies: this.agenciesChanged };
    this.allChanged = false;
    this.agenciesChanged = new Set();
    return out;
  }

  private allChanged = false;
  private agenciesChanged = new Set<number>();

  private count(inv: Innovation, a: number, by: number) {
    for (let r = 0; r < this.set.rules.length; r++) {
      if (!this.forRule(inv, a, r)) continue;
      this.perAgency[r]![a]! += by;
      this.agenciesChanged.add(a);
    }
    for (let t = 0; t < this.set.targets.length; t++) {
      if (!this.forTarget(inv, a, t)) continue;
      const limit = this.set.targets[t]!.count;
      const was = this.perTarget[t]! <= limit;
      this.perTarget[t]! += by;
      if (was !== this.perTarget[t]! <= limit) this.allChanged = true;
    }
  }

  /** Whether an innovation of agency `a` counts under rule `r`: an agency of its types, its year, stages and forms. */
  private forRule(inv: Innovation, a: number, r: number): boolean {
    const rule = this.set.rules[r]!;
    const agency = this.input.agencies[a];
    return agency !== undefined && rule.agencyTypes.includes(agency.type) && this.inYear(inv, rule.year, rule);
  }

  /** Whether an innovation of agency `a` counts towards target `t`: its year, stages and forms, and its agency's type when the target names types. */
  private forTarget(inv: Innovation, a: number, t: number): boolean {
    const target = this.set.targets[t]!;
    if (!this.inYear(inv, target.year, target)) return false;
    if (!target.agencyTypes) return true;
    const agency = this.input.agencies[a];
    return agency !== undefined && target.agencyTypes.includes(agency.type);
  }

  private inYear(inv: Innovation, year: number | undefined, scope: Scope): boolean {
    const y = this.input.region.year;
    return (inv.year ?? y) === (year ?? y) && inScope(inv, scope);
  }
}

/** What every state's {@link Keeps} is made from: the compliance kept and the planned input's agencies, matched once. */
export interface KeepBase {
  set: ComplianceSet;
  agencyOf: number[];
}

/** The base of a plan's keeps; null when the region has no rule and no target (nothing to keep). */
export function keepBase(set: ComplianceSet, agencyOf: number[]): KeepBase | null {
  return set.rules.length === 0 && set.targets.length === 0 ? null : { set, agencyOf };
}

/** One innovation's agency, matched as compliance matches it. */
function matchOne(input: Listed, inv: Innovation): number {
  return matchAgencies({ ...(input as RegionInput), innovations: [inv] }).agencyOf[0]!;
}

/** The compliance a plan keeps: the edition's rules and targets, then the region's own (as `scoreRegion` checks them). */
export function planCompliance(input: RegionInput, edition: { compliance: ComplianceSet }): ComplianceSet {
  return {
    rules: [...edition.compliance.rules, ...(input.compliance?.rules ?? [])],
    targets: [...edition.compliance.targets, ...(input.compliance?.targets ?? [])],
  };
}

/**
 * The innovations a plan would withhold but keeps for the region's compliance, at the state `s` (its start): those that
 * do not count, sit in the divisor, and are needed (see {@link Keeps}); by their position in the planned input.
 */
export function keptSubmitted(s: { input: Listed; origin: readonly (number | null)[]; results: readonly InnovationResult[]; projection: ProjectionName; edition: { formula: { rejectedCountInDivisor: { value: boolean | null } } } }, base: KeepBase | null): { index: number; name: string; agency: string }[] {
  if (!base || s.edition.formula.rejectedCountInDivisor.value !== true) return [];
  const keeps = Keeps.of(s, base);
  const out: { index: number; name: string; agency: string }[] = [];
  s.results.forEach((r, j) => {
    const inv = s.input.innovations[j]!;
    const at = s.origin[j];
    // a rejected one is submitted already (the plan never withholds it): not kept by the plan's choice
    if (at !== null && at !== undefined && !r[s.projection].counted && !r.rejected && keeps.keeps(j, inv)) out.push({ index: at, name: inv.name, agency: inv.agency });
  });
  return out;
}
