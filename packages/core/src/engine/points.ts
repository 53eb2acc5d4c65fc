import type { Edition } from "../model/edition.js";
import { compileEdition } from "./_compiled.js";
import { resolvedAnswers } from "./_resolved.js";
import type { InnovationResult, ProjectionName } from "./result.js";
import { scoringTier } from "./rows.js";

/** What `indicatorPoints` reads of an innovation result. */
export type PointsSource = Pick<InnovationResult, "resolved" | "claimed" | "verified">;

/**
 * One innovation's points per SID indicator in one projection (weight × the tier that scores there), in the edition's
 * SID order, read straight from the result's compact `resolved` answers: exactly the `score` of
 * `explainInnovation(innovation, edition)[projection]`'s rows — `null` where the weight is unknown, 0 where the
 * innovation does not count, in verified where the evidence is not accepted, and for an invalid or missing answer —
 * without building a row per indicator. Pass `into` to reuse one array across innovations (it is overwritten and
 * returned). Pass the edition the innovation was scored with.
 *
 * @example
 * const points = indicatorPoints(result.innovations[3], edition, "verified");
 * points[19] //=> 0 (SID-20 answered at tier 2, evidence pending: not scored in verified)
 * const reused: (number | null)[] = [];
 * for (const inv of result.innovations) indicatorPoints(inv, edition, "claimed", reused); // no array per innovation
 */
export function indicatorPoints(
  innovation: PointsSource,
  edition: Edition,
  projection: ProjectionName,
  into: (number | null)[] = [],
): (number | null)[] {
  const sid = compileEdition(edition).sid;
  const n = sid.length;
  const counted = innovation[projection].counted;
  const verified = projection === "verified";
  const r: unknown = innovation.resolved;
  if (typeof r === "string") {
    // two characters per indicator: "0" + tier, then the evidence letter (upper case when invalid; a = accepted); the
    // rule is `scoringTier`'s, read on the letters
    if (r.length !== 2 * n) mismatch(r.length / 2, edition.id, n);
    into.length = n;
    for (let k = 0; k < n; k++) {
      const weight = sid[k]!.weight;
      const tier = r.charCodeAt(2 * k) - 48;
      const scoring = !counted || (verified && tier > 0 && (r.charCodeAt(2 * k + 1) | 32) !== 97) ? 0 : tier;
      into[k] = weight === null ? null : weight * scoring;
    }
    return into;
  }
  // a result whose `resolved` is already in array form
  const { tiers, evidence } = resolvedAnswers(innovation);
  if (tiers.length !== n) mismatch(tiers.length, edition.id, n);
  into.length = n;
  for (let k = 0; k < n; k++) {
    const weight = sid[k]!.weight;
    into[k] = weight === null ? null : weight * scoringTier(tiers[k]!, evidence[k]!, projection, counted);
  }
  return into;
}

function mismatch(answers: number, editionId: string, indicators: number): never {
  throw new RangeError(`indicatorPoints: the innovation has ${answers} SID answers, edition ${editionId} has ${indicators} SID indicators: pass the edition it was scored with`);
}
