import type { RegionInput } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import { issue } from "../engine/_issue.js";
import { normaliseText } from "../engine/_text.js";

/** Each innovation's agency (index into `agencies`, or -1 when unknown), with the issues found matching them. */
export interface AgencyMatch {
  agencyOf: number[];
  issues: Issue[];
}

/**
 * Match every innovation's `agency` to the region's agencies by id or name (ignoring case and extra spaces).
 * An innovation naming no listed agency gets `unknown_agency` (only when agencies are listed at all);
 * two agencies with the same name or id get `duplicate_agency`.
 */
export function matchAgencies(input: RegionInput): AgencyMatch {
  const issues: Issue[] = [];
  const byKey = new Map<string, number>();
  for (let j = 0; j < input.agencies.length; j++) {
    const a = input.agencies[j]!;
    // the agency's keys: its name, then its id when that differs (each normalised once, no list per agency)
    const name = normaliseText(a.name);
    const id = a.id === undefined ? name : normaliseText(a.id);
    const first = claim(byKey, name, j) ?? (id === name ? undefined : claim(byKey, id, j));
    // refs: the first one's place, so a workbook names its cell
    if (first !== undefined) issues.push({ ...issue("duplicate_agency", "warning", ["agencies", j], { given: a.name, first }), refs: [["agencies", first]] });
  }
  let names: string[] | undefined; // unknown_agency's allowed list, built when a region has one (one list per region)
  const agencyOf: number[] = [];
  for (let i = 0; i < input.innovations.length; i++) {
    const given = input.innovations[i]!.agency;
    const j = byKey.get(normaliseText(given)) ?? -1;
    agencyOf.push(j);
    if (j < 0 && input.agencies.length > 0) {
      issues.push(issue("unknown_agency", "warning", ["innovations", i, "agency"], { given, allowed: (names ??= input.agencies.map((a) => a.name)) }));
    }
  }
  return { agencyOf, issues };
}

/** Give `key` to agency `j`, or the agency that has it already (undefined when `j` got it). */
function claim(byKey: Map<string, number>, key: string, j: number): number | undefined {
  const first = byKey.get(key);
  if (first === undefined) byKey.set(key, j);
  return first;
}
