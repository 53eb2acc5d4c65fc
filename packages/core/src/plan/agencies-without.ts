import type { RegionInput } from "../input/schemas.js";
import type { ComplianceResult } from "../engine/result.js";
import { matchAgencies } from "../compliance/agencies.js";

/**
 * The year "Perangkat daerah tanpa inovasi" is counted in: the year the region's compliance rules count (each rule's
 * `year`, the assessment year when it names none) when they share one, else the region's assessment year.
 */
export function agenciesWithoutYear(region: { year: number }, compliance: Pick<ComplianceResult, "rules">): number {
  const years = new Set(compliance.rules.map((r) => r.year));
  return years.size === 1 ? [...years][0]! : region.year;
}

/**
 * The listed agencies no innovation of the compliance rules' year names ({@link agenciesWithoutYear}), in list order:
 * "Perangkat daerah tanpa inovasi" as the plan and the Ringkasan sheet list it, in agreement with the rules' outcome.
 * An innovation belongs to its `year`, or the region's when absent, as `checkCompliance` counts it: an agency whose
 * only innovation is of another year (its Tahun the implementation year) has none the rule counts, and is listed
 * (`RegionResult.compliance.agenciesWithout` counts innovations of any year).
 *
 * @example
 * // the example kabupaten: the five agencies with no innovation of 2026
 * agenciesWithoutInYear(input, result.compliance).length //=> 5
 */
export function agenciesWithoutInYear(input: RegionInput, compliance: Pick<ComplianceResult, "rules">): string[] {
  const year = agenciesWithoutYear(input.region, compliance);
  const { agencyOf } = matchAgencies(input);
  const has = new Array<boolean>(input.agencies.length).fill(false);
  input.innovations.forEach((inv, i) => {
    if (agencyOf[i]! >= 0 && (inv.year ?? input.region.year) === year) has[agencyOf[i]!] = true;
  });
  return input.agencies.filter((_, j) => !has[j]).map((a) => a.name);
}
