import type { Answer, Innovation } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import type { Edition } from "../model/edition.js";
import { compileEdition, quickTier, type CompiledEdition } from "./_compiled.js";
import { issue } from "./_issue.js";
import { resolveAnswer } from "./answer.js";
import { eligibilityIssues } from "./eligibility.js";
import { letterOf } from "./_resolved.js";
import type { InnovationProjection, InnovationResult } from "./result.js";
import { urusanIssues } from "./urusan-issues.js";
import { checkEdition } from "./_caller.js";
import { checkInnovation } from "./_caller-parts.js";

/**
 * Score one innovation on the edition's SID indicators, in both projections.
 *
 * - claimed: answers as given, evidence ignored; a `rejected` innovation scores 0.
 * - verified: only answers with `accepted` evidence score, and only if the innovation is eligible
 *   (`edition.eligibility`); each eligibility failure is an issue in `ineligible`.
 *
 * An urusan (main or related) that names no entry of the edition's urusan catalogue is an `unknown_urusan` error at
 * that field, with up to three close entries; it covers nothing in the yandas rule.
 *
 * `index` is the innovation's position in the region input; issues are located at `innovations[index]…`.
 * The per-indicator rows are built on demand by `explainInnovation`. Anything but one parsed innovation and an
 * edition (the whole region, an edition's id) is refused with a TypeError saying what to pass.
 *
 * @example
 * // an eligible innovation with every indicator answered at tier 2, its evidence still pending
 * const r = scoreInnovation(innovation, getEdition("iid-2026"), 0);
 * r.claimed.total  //=> 74 (Σ bobot 37 × tier 2)
 * r.verified.total //=> 0 (no evidence accepted yet)
 * r.evidenceGaps.length //=> 20 (one per answer whose evidence is not accepted)
 * r.evidenceGaps[0] //=> { indicatorId: "SID-1", tier: 2, evidence: "pending", points: 6, required: [{ id: "Salinan Perkada yang telah diundangkan, menyebut nama inovasi", … }], … }
 */
export function scoreInnovation(innovation: Innovation, edition: Edition, index = 0): InnovationResult {
  checkInnovation(innovation, "scoreInnovation");
  checkEdition(edition, "scoreInnovation");
  return scoreCompiled(compileEdition(edition), edition, innovation, index);
}

/**
 * The issues of the innovation being scored, gathered here and copied out at their exact length. Emptied by `clear`:
 * `length = 0` gives V8's array its storage back, and the next innovation's first issue allocated it again (~150 B).
 */
const found: Issue[] = [];

/** Empty a scratch list, keeping its storage. */
function clear(list: unknown[]): void {
  while (list.length) list.pop();
}

/** `scoreInnovation` with the edition already compiled (the region scorer calls it once per innovation). */
export function scoreCompiled(c: CompiledEdition, edition: Edition, innovation: Innovation, index: number): InnovationResult {
  const issues = found;
  clear(issues);
  urusanIssues(innovation, edition, index, issues);
  const first = issues.length; // the answers' issues follow the urusan ones
  const resolved = resolveAnswers(c, innovation.answers, index, issues);
  const last = issues.length;
  const { claimed: claimedSum, accepted: acceptedSum } = totals;

  // the first fault of each answer (an error, or a value outside every tier) is the reason a mandatory answer fails
  let faults: Map<unknown, Issue> | undefined;
  for (let k = first; k < last; k++) {
    const i = issues[k]!;
    const fault = i.severity === "error" || i.code === "value_outside_tiers";
    if (fault && !(faults ??= new Map()).has(i.params.indicator)) faults.set(i.params.indicator, i);
  }
  clear(exclusions);
  const ineligible = eligibilityIssues(innovation, edition, c, tiers, index, faults, exclusions);
  const rejected = innovation.rejected;
  if (rejected) issues.push(rejectedIssue(index, innovation.name)); // out of line: see eligibility.ts
  if (ineligible.length > 0) {
    // a field the parse left out (its value did not fit) was reported there: its absence is not reported again
    // each path ends in the separator, so "answers.SID-1" does not hide SID-17's issue
    const leftOut = innovation.leftOut !== undefined && innovation.leftOut.length > 0 ? innovation.leftOut.map((f) => ["innovations", index, ...f.split("."), ""].join("\u0000")) : null;
    for (const i of ineligible) {
      if (faults !== undefined && listedBetween(issues, i, first, last)) continue; // already listed as the answer's fault
      if (leftOut !== null && leftOut.some((f) => [...i.path, ""].join("\u0000").startsWith(f))) continue;
      issues.push(i);
    }
  }

  // Σ weight × scoring tier in each projection (the sums of the rows `explainInnovation` shows, in the same order);
  // an innovation that does not count in a projection scores 0 there
  const counted = !rejected;
  const verifiedCounted = counted && ineligible.length === 0;
  const unknown = c.sidWeightUnknown;
  const result = {
    index,
    name: innovation.name,
    agency: innovation.agency,
    stage: innovation.stage,
    urusan: innovation.urusan,
    maxScore: c.sidMax,
    rejected,
    claimed: projection(c, unknown ? null : counted ? claimedSum : 0, counted),
    verified: projection(c, unknown ? null : verifiedCounted ? acceptedSum : 0, verifiedCounted),
    ineligible: ineligible.length === 0 ? NO_ISSUES : ineligible.slice(),
    issues: issues.length === 0 ? NO_ISSUES : issues.slice(),
    resolved,
  } as Omit<InnovationResult, "evidenceGaps"> as InnovationResult;
  Object.defineProperty(result, "evidenceGaps", c.gaps); // built when read, from `resolved` (see _gaps.ts)
  if (innovation.id !== undefined) result.id = innovation.id;
  return result;
}

function rejectedIssue(index: number, name: string): Issue {
  return issue("innovation_rejected", "warning", ["innovations", index, "rejected"], { name });
}

/** The issue list of an innovation without issues: one shared, frozen empty list (results are read, not edited). */
const NO_ISSUES: Issue[] = Object.freeze([]) as unknown as Issue[];

function listedBetween(issues: Issue[], i: Issue, from: number, to: number): boolean {
  const at = issues.indexOf(i, from);
  return at >= 0 && at < to;
}

/**
 * An innovation's projection: a frozen value shared by every innovation with the same total and counted flag (the
 * totals of an edition take a few hundred values, the innovations of a national set are 30,000).
 */
function projection(c: CompiledEdition, total: number | null, counted: boolean): InnovationProjection {
  const shared = counted ? c.counted : c.notCounted;
  const key = total ?? NaN; // Map keys compare NaN equal to itself
  let p = shared.get(key);
  if (p === undefined) {
    const max = c.sidMax;
    const maturity = total === null || max === null || max === 0 ? null : (total / max) * 100;
    p = Object.freeze({ total, maturity, counted });
    if (shared.size < 10_000) shared.set(key, p);
  }
  return p;
}

/** Each SID position's answer while one innovation is resolved (scoring is synchronous: one list serves every call). */
const slots: (Answer | undefined)[] = [];
/** The tiers of the innovation just resolved (read by the eligibility check before the next innovation). */
const tiers: number[] = [];
/** The character codes of the innovation just resolved (see _resolved.ts). */
const codes: number[] = [];
/** Σ weight × tier of the innovation just resolved, over every answer (claimed) and over accepted answers only. */
const totals = { claimed: 0, accepted: 0 };
/** The eligibility failures of the innovation being scored (copied out at their exact length). */
const exclusions: Issue[] = [];

/**
 * Resolve the answers against the compiled SID indicators: a quick lookup for a valid tier or an exact label,
 * `resolveAnswer` (with its located issues) for everything else; `unknown_indicator` first, for answers to other ids.
 * Returns the compact `resolved` string; leaves the tiers in `tiers` and both weighted sums in `totals` (in SID order,
 * as the rows add up).
 */
function resolveAnswers(c: CompiledEdition, answers: Record<string, Answer>, index: number, issues: Issue[]): string {
  const n = c.sid.length;
  if (tiers.length !== n) {
    tiers.length = n;
    codes.length = 2 * n;
  }
  return (c.sidInOrder && resolveInOrder(c, answers)) || resolveAny(c, answers, index, issues);
}

/**
 * The usual case in one pass over the answers: ids of the edition in its order (some may be left out), each answer
 * resolving without an issue. Anything else (an unknown or repeated id, an id before one already seen, an answer
 * `quickTier` cannot settle) gives undefined before an issue is made, and `resolveAny` starts over.
 */
function resolveInOrder(c: CompiledEdition, answers: Record<string, Answer>): string | undefined {
  const n = c.sid.length;
  let k = 0;
  let claimedSum = 0;
  let acceptedSum = 0;
  for (const key in answers) {
    if (!Object.prototype.hasOwnProperty.call(answers, key)) continue;
    const at = key === c.sidIds[k] ? k : c.sidPos.get(key);
    if (at === undefined || at < k) return undefined;
    for (; k < at; k++) unanswered(k);
    const answer = answers[key];
    if (answer === undefined) {
      unanswered(k++);
      continue;
    }
    const tier = quickTier(c.sid[k]!, answer);
    if (tier < 0) return undefined;
    const letter = letterOf(answer.evidence ?? "missing");
    tiers[k] = tier;
    codes[2 * k] = 48 + tier;
    codes[2 * k + 1] = letter;
    const p = c.sidWeights[k]! * tier;
    claimedSum += p;
    if (letter === 97) acceptedSum += p; // a: accepted
    k++;
  }
  for (; k < n; k++) unanswered(k);
  totals.claimed = claimedSum;
  totals.accepted = acceptedSum;
  return String.fromCharCode.apply(null, codes);
}

function unanswered(k: number): void {
  tiers[k] = 0;
  codes[2 * k] = 48;
  codes[2 * k + 1] = 109; // m
}

/** Any answers: each given answer put at its SID position first (unknown ids reported), then resolved in SID order. */
function resolveAny(c: CompiledEdition, answers: Record<string, Answer>, index: number, issues: Issue[]): string {
  const n = c.sid.length;
  for (let k = 0; k < n; k++) slots[k] = undefined;
  let next = 0; // answers usually come in the edition's order: the id expected next is tried before the id map
  for (const key in answers) {
    if (!Object.prototype.hasOwnProperty.call(answers, key)) continue;
    const at = key === c.sidIds[next] ? c.sidSlot[next] : c.sidPos.get(key);
    next++;
    if (at === undefined) {
      issues.push(issue("unknown_indicator", "warning", ["innovations", index, "answers", key], { given: key, allowed: [...c.sidIds] }));
    } else slots[at] = answers[key];
  }
  let claimedSum = 0;
  let acceptedSum = 0;
  for (let k = 0; k < n; k++) {
    const answer = slots[c.sidSlot[k]!];
    if (answer === undefined) {
      unanswered(k);
      continue;
    }
    const ci = c.sid[k]!;
    let tier = quickTier(ci, answer);
    let invalid = false;
    if (tier < 0) {
      const r = resolveAnswer(ci.indicator, answer, ["innovations", index, "answers", ci.indicator.id]);
      for (const i of r.issues) issues.push(i);
      invalid = r.status === "invalid_answer";
      tier = r.tier;
    }
    const letter = letterOf(answer.evidence ?? "missing");
    const ok = letter === 97; // a: accepted
    tiers[k] = tier;
    codes[2 * k] = 48 + tier;
    codes[2 * k + 1] = invalid ? letter - 32 : letter; // upper case: the answer was invalid
    const p = c.sidWeights[k]! * tier;
    claimedSum += p;
    if (ok) acceptedSum += p;
  }
  totals.claimed = claimedSum;
  totals.accepted = acceptedSum;
  return String.fromCharCode.apply(null, codes);
}
