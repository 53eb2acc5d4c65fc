import type { Edition } from "../model/edition.js";
import { compileEdition } from "./_compiled.js";
import { type Resolved, answerCount, evidenceAt, tierAt } from "./_resolved.js";
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
 * // the example kabupaten's second innovation
 * const points = indicatorPoints(result.innovations[1], edition, "verified");
 * points[19] //=> 0 (SID-20 answered at tier 2, evidence pending: not scored in verified)
 * indicatorPoints(result.innovations[1], edition, "claimed")[19] //=> 8 (bobot 4 × tier 2)
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
  const a: Resolved = innovation.resolved;
  if (answerCount(a) !== n) mismatch(answerCount(a), edition.id, n);
  into.length = n;
  for (let k = 0; k < n; k++) {
    const weight = sid[k]!.weight;
    into[k] = weight === null ? null : weight * scoringTier(tierAt(a, k), evidenceAt(a, k), projection, counted);
  }
  return into;
}

function mismatch(answers: number, editionId: string, indicators: number): never {
  throw new RangeError(`indicatorPoints: the innovation has ${answers} SID answers, edition ${editionId} has ${indicators} SID indicators: pass the edition it was scored with`);
}
