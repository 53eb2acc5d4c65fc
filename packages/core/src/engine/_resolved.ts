import type { EvidenceStatus } from "../input/schemas.js";
import type { InnovationResult, ResolvedAnswers } from "./result.js";

/*
 * `InnovationResult.resolved`, compact: two characters per SID indicator in the edition's order — the tier the answer
 * reached as `"0"` + tier (a digit for tiers up to 9), then its evidence status by its first letter (a, p, m, r), upper
 * case when the answer was invalid. One short string per innovation instead of three arrays: 56 bytes, not ~460.
 */

const STATUSES: EvidenceStatus[] = ["accepted", "pending", "missing", "rejected"];

/** The letter of an evidence status (an unknown status reads as missing). */
export function letterOf(evidence: EvidenceStatus): number {
  return evidence === "accepted" ? 97 : evidence === "pending" ? 112 : evidence === "rejected" ? 114 : 109;
}

/**
 * An innovation result's resolved SID answers as arrays: the tier each answer reached (0 when unanswered or invalid),
 * its evidence status ("missing" when unanswered) and the positions whose answer was invalid, one entry per SID
 * indicator in the edition's order. Accepts a result whose `resolved` is already in that form.
 *
 * @example
 * resolvedAnswers(result.innovations[0]).tiers //=> [3, 3, 2, 0, …]
 */
export function resolvedAnswers(innovation: Pick<InnovationResult, "resolved">): ResolvedAnswers {
  const r: string | ResolvedAnswers = innovation.resolved;
  if (typeof r !== "string") return r;
  const out: ResolvedAnswers = { tiers: [], evidence: [], invalid: [] };
  for (let k = 0; k < r.length; k += 2) {
    const letter = r.charCodeAt(k + 1);
    out.tiers.push(r.charCodeAt(k) - 48);
    out.evidence.push(STATUSES.find((s) => s.charCodeAt(0) === (letter | 32)) ?? "missing");
    if (letter < 97) out.invalid.push(k / 2);
  }
  return out;
}
