import type { Answer, EvidenceStatus, Innovation } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import type { Edition } from "../model/edition.js";
import { compileEdition, quickTier, type CompiledEdition } from "./_compiled.js";
import { issue } from "./_issue.js";
import { resolveAnswer } from "./answer.js";
import { eligibilityIssues } from "./eligibility.js";
import type { InnovationProjection, InnovationResult, ResolvedAnswers } from "./result.js";
import { urusanIssues } from "./urusan-issues.js";

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
 * The per-indicator rows are built on demand by `explainInnovation`.
 *
 * @example
 * const r = scoreInnovation(innovation, getEdition("iid-2026"), 0);
 * r.claimed.total  //=> 74 (every indicator at tier 2)
 * r.verified.total //=> 0 when no evidence is accepted yet
 * r.evidenceGaps   //=> one entry per answer whose evidence is not accepted, with the evidence it needs
 */
export function scoreInnovation(innovation: Innovation, edition: Edition, index = 0): InnovationResult {
  return scoreCompiled(compileEdition(edition), edition, innovation, index);
}

/** `scoreInnovation` with the edition already compiled (the region scorer calls it once per innovation). */
export function scoreCompiled(c: CompiledEdition, edition: Edition, innovation: Innovation, index: number): InnovationResult {
  const issues: Issue[] = urusanIssues(innovation, edition, index);
  const first = issues.length; // the answers' issues follow the urusan ones
  const resolved = resolveAnswers(c, innovation.answers, index, issues);
  const last = issues.length;
  const { claimed: claimedSum, accepted: acceptedSum } = sums;

  // the first fault of each answer (an error, or a value outside every tier) is the reason a mandatory answer fails
  let faults: Map<unknown, Issue> | undefined;
  for (let k = first; k < last; k++) {
    const i = issues[k]!;
    const fault = i.severity === "error" || i.code === "value_outside_tiers";
    if (fault && !(faults ??= new Map()).has(i.params.indicator)) faults.set(i.params.indicator, i);
  }
  const ineligible = eligibilityIssues(innovation, edition, resolved.tiers, index, faults);
  const rejected = innovation.rejected;
  if (rejected) issues.push(issue("innovation_rejected", "warning", ["innovations", index, "rejected"], { name: innovation.name }));
  if (ineligible.length > 0) {
    // a field the parse left out (its value did not fit) was reported there: its absence is not reported again
    const leftOut = innovation.leftOut !== undefined && innovation.leftOut.length > 0 ? innovation.leftOut.map((f) => ["innovations", index, ...f.split(".")].join("\u0000")) : null;
    for (const i of ineligible) {
      if (faults !== undefined && listedBetween(issues, i, first, last)) continue; // already listed as the answer's fault
      if (leftOut !== null && leftOut.some((f) => i.path.join("\u0000").startsWith(f))) continue;
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
    ineligible,
  } as Partial<InnovationResult> as InnovationResult;
  Object.defineProperty(result, "evidenceGaps", c.gaps); // built when first read, from `resolved` (see _gaps.ts)
  result.issues = issues;
  result.resolved = resolved;
  if (innovation.id !== undefined) result.id = innovation.id;
  return result;
}

function listedBetween(issues: Issue[], i: Issue, from: number, to: number): boolean {
  const at = issues.indexOf(i, from);
  return at >= 0 && at < to;
}

function projection(c: CompiledEdition, total: number | null, counted: boolean): InnovationProjection {
  const max = c.sidMax;
  const maturity = total === null || max === null || max === 0 ? null : (total / max) * 100;
  return { total, maturity, counted };
}

/** No invalid answer: one shared, frozen empty list. */
const NONE: number[] = Object.freeze([] as number[]) as number[];
/** Each SID position's answer while one innovation is resolved (scoring is synchronous: one list serves every call). */
const slots: (Answer | undefined)[] = [];
/** Σ weight × tier of the innovation just resolved, over every answer (claimed) and over accepted answers only. */
const sums = { claimed: 0, accepted: 0 };

/**
 * Resolve the answers against the compiled SID indicators: a quick lookup for a valid tier or an exact label,
 * `resolveAnswer` (with its located issues) for everything else; `unknown_indicator` first, for answers to other ids.
 * Leaves both weighted sums in `sums` (in SID order, as the rows add up).
 */
function resolveAnswers(c: CompiledEdition, answers: Record<string, Answer>, index: number, issues: Issue[]): ResolvedAnswers {
  const n = c.sid.length;
  for (let k = 0; k < n; k++) slots[k] = undefined;
  for (const key in answers) {
    if (!Object.prototype.hasOwnProperty.call(answers, key)) continue;
    const at = c.sidPos.get(key);
    if (at === undefined) {
      issues.push(issue("unknown_indicator", "warning", ["innovations", index, "answers", key], { given: key, allowed: [...c.sidIds] }));
    } else slots[at] = answers[key];
  }
  const tiers = new Array<number>(n);
  const evidence = new Array<EvidenceStatus>(n);
  let invalid = NONE;
  let claimed = 0;
  let accepted = 0;
  for (let k = 0; k < n; k++) {
    const answer = slots[c.sidSlot[k]!];
    if (answer === undefined) {
      tiers[k] = 0;
      evidence[k] = "missing";
      continue;
    }
    const ci = c.sid[k]!;
    let tier = quickTier(ci, answer);
    if (tier < 0) {
      const r = resolveAnswer(ci.indicator, answer, ["innovations", index, "answers", ci.indicator.id]);
      for (const i of r.issues) issues.push(i);
      if (r.status === "invalid_answer") (invalid === NONE ? (invalid = []) : invalid).push(k);
      tier = r.tier;
    }
    const ev = answer.evidence ?? "missing";
    tiers[k] = tier;
    evidence[k] = ev;
    const points = c.sidWeights[k]! * tier;
    claimed += points;
    if (ev === "accepted") accepted += points;
  }
  sums.claimed = claimed;
  sums.accepted = accepted;
  return { tiers, evidence, invalid };
}
