import type { EvidenceStatus } from "../input/schemas.js";
import type { InnovationResult, ResolvedAnswers } from "./result.js";

/*
 * `InnovationResult.resolved`, compact: two characters per SID indicator in the edition's order — the tier the answer
 * reached as `"0"` + tier (a digit for tiers up to 9), then its evidence status by its first letter (a, p, m, r), upper
 * case when the answer was invalid. One short string per innovation instead of three arrays: 56 bytes, not ~460.
 */

/** The letter of an evidence status (an unknown status reads as missing). */
export function letterOf(evidence: EvidenceStatus): number {
  return evidence === "accepted" ? 97 : evidence === "pending" ? 112 : evidence === "rejected" ? 114 : 109;
}

/** A result's `resolved` as it may stand: the compact string, or already the arrays `resolvedAnswers` gives. */
export type Resolved = string | ResolvedAnswers;

/** How many SID answers `a` holds. */
export function answerCount(a: Resolved): number {
  return typeof a === "string" ? a.length / 2 : a.tiers.length;
}

/** The tier the answer to the SID indicator at `k` reached (0 when unanswered or invalid), read in place. */
export function tierAt(a: Resolved, k: number): number {
  return typeof a === "string" ? a.charCodeAt(2 * k) - 48 : a.tiers[k]!;
}

/** The evidence status of the answer at `k` ("missing" when unanswered), read in place. */
export function evidenceAt(a: Resolved, k: number): EvidenceStatus {
  if (typeof a !== "string") return a.evidence[k]!;
  switch (a.charCodeAt(2 * k + 1) | 32) {
    case 97:
      return "accepted";
    case 112:
      return "pending";
    case 114:
      return "rejected";
    default:
      return "missing";
  }
}

/**
 * An innovation result's resolved SID answers as arrays: the tier each answer reached (0 when unanswered or invalid),
 * its evidence status ("missing" when unanswered) and the positions whose answer was invalid, one entry per SID
 * indicator in the edition's order. Accepts a result whose `resolved` is already in that form.
 *
 * @example
 * // the example kabupaten's first innovation (result = scoreRegion(input, edition))
 * resolvedAnswers(result.innovations[0]).tiers //=> [2, 2, 2, 0, …]
 */
export function resolvedAnswers(innovation: Pick<InnovationResult, "resolved">): ResolvedAnswers {
  const r: string | ResolvedAnswers = innovation.resolved;
  if (typeof r !== "string") return r;
  const out: ResolvedAnswers = { tiers: [], evidence: [], invalid: [] };
  for (let k = 0; k < r.length / 2; k++) {
    out.tiers.push(tierAt(r, k));
    out.evidence.push(evidenceAt(r, k));
    if (r.charCodeAt(2 * k + 1) < 97) out.invalid.push(k); // upper case: the answer was invalid
  }
  return out;
}
