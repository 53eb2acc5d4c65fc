import type { EvidenceStatus } from "../input/schemas.js";
import type { InnovationResult, ResolvedAnswers } from "./result.js";

/*
 * `InnovationResult.resolved`, compact: two characters per SID indicator in the edition's order — the tier the answer
 * reached as `"0"` + tier (a digit for tiers up to 9), then its evidence status as a letter, upper case when the
 * answer was invalid. One short string per innovation instead of three arrays: 56 bytes, not ~460.
 */

const A = 97; // a
const P = 112; // p
const M = 109; // m
const R = 114; // r
const UPPER = 32;

/** The letter of an evidence status (an unknown status reads as missing). */
export function evidenceLetter(ev: EvidenceStatus | undefined): number {
  return ev === "accepted" ? A : ev === "pending" ? P : ev === "rejected" ? R : M;
}

/** Whether the evidence letter at SID position `k` of a resolved string is "accepted" (either case). */
export function acceptedAt(resolved: string, k: number): boolean {
  return (resolved.charCodeAt(2 * k + 1) | UPPER) === A;
}

/** The tier at SID position `k` of a resolved string. */
export function tierAt(resolved: string, k: number): number {
  return resolved.charCodeAt(2 * k) - 48;
}

/** Writes the two character codes of one SID position into `codes`. */
export function encodeAt(codes: number[], k: number, tier: number, letter: number, invalid: boolean): void {
  codes[2 * k] = 48 + tier;
  codes[2 * k + 1] = invalid ? letter - UPPER : letter;
}

const STATUS: Record<number, EvidenceStatus> = { [A]: "accepted", [P]: "pending", [M]: "missing", [R]: "rejected" };

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
  const n = r.length >> 1;
  const tiers: number[] = [];
  const evidence: EvidenceStatus[] = [];
  const invalid: number[] = [];
  for (let k = 0; k < n; k++) {
    tiers.push(tierAt(r, k));
    const letter = r.charCodeAt(2 * k + 1);
    evidence.push(STATUS[letter | UPPER] ?? "missing");
    if (letter < A) invalid.push(k);
  }
  return { tiers, evidence, invalid };
}
