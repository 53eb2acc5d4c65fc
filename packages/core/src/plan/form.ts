import type { Innovation, InnovationForm, RegionInput } from "../input/schemas.js";
import type { ComplianceSet } from "../model/compliance.js";

type Scoped = { agencyTypes?: readonly string[]; countedForms?: InnovationForm[] };

/**
 * The form (bentuk) a new innovation asked of each agency must have to count for the region's own compliance, for
 * the agencies where the form matters (the plan names it on the step; elsewhere the copy's form stands, unnamed). The
 * rules the agency owes innovations under (`owes`: rule positions in `set.rules`, by agency), else every rule of its
 * type, and the count targets that cover it (of its types, when a target names some), those that count only some
 * forms, decide: the copy's form when every one of them counts it; else the first form they all count (in the order
 * the first of them names them); else, when no form counts for all, the same among the rules alone (the agency's own
 * duty before the region's total), and failing that the first rule's first form.
 */
export function formsForCompliance(
  input: Pick<RegionInput, "agencies">,
  set: ComplianceSet,
  template: Pick<Innovation, "form">,
  agencies: readonly string[],
  owes: ReadonlyMap<string, ReadonlySet<number>> = new Map(),
): Map<string, InnovationForm> {
  const out = new Map<string, InnovationForm>();
  const rules = set.rules.flatMap((r, k) => (r.countedForms !== undefined ? [{ ...r, k }] : []));
  const targets = set.targets.filter((t) => t.countedForms !== undefined);
  if (rules.length === 0 && targets.length === 0) return out;
  const typeOf = new Map(input.agencies.map((a) => [a.name, a.type] as const));
  for (const agency of new Set(agencies)) {
    const type = typeOf.get(agency);
    // a rule covers the agencies of its types; a target those of its types, or every one when it names none
    const covers = (x: Scoped, all: boolean) => (x.agencyTypes === undefined ? all : type !== undefined && x.agencyTypes.includes(type));
    const owed = owes.get(agency);
    const byRules = rules.filter((r) => (owed !== undefined && owed.size > 0 ? owed.has(r.k) : covers(r, false)));
    const scopes = [...byRules, ...targets.filter((t) => covers(t, true))];
    if (scopes.length === 0) continue; // no rule or target of it names forms: the copy's form stands, unnamed
    const form = formFor(scopes, template.form) ?? formFor(byRules, template.form) ?? byRules[0]?.countedForms![0];
    if (form !== undefined) out.set(agency, form);
  }
  return out;
}

/** The copy's form when every scope counts it; else the first form every scope counts; undefined when none does. */
function formFor(scopes: readonly Scoped[], copy: InnovationForm | undefined): InnovationForm | undefined {
  if (scopes.length === 0) return copy;
  const countedByAll = (f: InnovationForm) => scopes.every((x) => x.countedForms!.includes(f));
  if (copy !== undefined && countedByAll(copy)) return copy;
  return scopes[0]!.countedForms!.find(countedByAll);
}
