import type { Innovation, InnovationForm, RegionInput } from "../input/schemas.js";
import type { ComplianceSet } from "../model/compliance.js";

/**
 * The form (bentuk) a new innovation asked of each agency must have to count for the region's own compliance, where
 * the copied innovation's form would not: a rule of the agency's type, or a count target (of its types, when it names
 * some), that counts only some forms (`countedForms`) and not the copy's. Its first form then, in the order of the
 * rules, then the targets; the first rule or target's when two disagree. Agencies whose new innovation counts with the
 * copy's form (or that no such rule covers) are not in the map.
 */
export function formsForCompliance(input: Pick<RegionInput, "agencies">, set: ComplianceSet, template: Pick<Innovation, "form">, agencies: readonly string[]): Map<string, InnovationForm> {
  const out = new Map<string, InnovationForm>();
  const scopes = [...set.rules, ...set.targets].filter((x) => x.countedForms !== undefined && !(template.form !== undefined && x.countedForms.includes(template.form)));
  if (scopes.length === 0) return out;
  const typeOf = new Map(input.agencies.map((a) => [a.name, a.type] as const));
  for (const agency of agencies) {
    if (out.has(agency)) continue;
    const type = typeOf.get(agency);
    const scope = scopes.find((x) => (x.agencyTypes === undefined ? true : type !== undefined && x.agencyTypes.includes(type)));
    if (scope) out.set(agency, scope.countedForms![0]!);
  }
  return out;
}
