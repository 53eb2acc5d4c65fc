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
  const answerIssues: Issue[] = [];
  const resolved = resolveAnswers(c, innovation.answers, index, answerIssues);
  const { tiers, evidence } = resolved;

  // the first fault of each answer (an error, or a value outside every tier) is the reason a mandatory answer fails
  let faults: Map<unknown, Issue> | undefined;
  for (const i of answerIssues) {
    const fault = i.severity === "error" || i.code === "value_outside_tiers";
    if (fault && !(faults ??= new Map()).has(i.params.indicator)) faults.set(i.params.indicator, i);
  }
  const path = ["innovations", index];
  const ineligible = eligibilityIssues(innovation, edition, tiers, path, faults);
  const rejected = innovation.rejected;
  for (const i of answerIssues) issues.push(i);
  if (rejected) issues.push(issue("innovation_rejected", "warning", ["innovations", index, "rejected"], { name: innovation.name }));
  if (ineligible.length > 0) {
    // a field the parse left out (its value did not fit) was reported there: its absence is not reported again
    const leftOut = innovation.leftOut !== undefined && innovation.leftOut.length > 0 ? innovation.leftOut.map((f) => [...path, ...f.split(".")].join("\u0000")) : null;
    for (const i of ineligible) {
      if (answerIssues.includes(i)) continue;
      if (leftOut !== null && leftOut.some((f) => i.path.join("\u0000").startsWith(f))) continue;
      issues.push(i);
    }
  }

  // Σ weight × scoring tier in each projection (the sums of the rows `explainInnovation` shows, in the same order)
  const counted = !rejected;
  const verifiedCounted = counted && ineligible.length === 0;
  let claimedTotal: number | null = null;
  let verifiedTotal: number | null = null;
  if (!c.sidWeightUnknown) {
    claimedTotal = 0;
    verifiedTotal = 0;
    for (let k = 0; k < tiers.length; k++) {
      const w = c.sid[k]!.weight!;
      const t = tiers[k]!;
      claimedTotal += w * (counted ? t : 0);
      verifiedTotal += w * (verifiedCounted && evidence[k] === "accepted" ? t : 0);
    }
  }

  const result = {
    index,
    name: innovation.name,
    agency: innovation.agency,
    stage: innovation.stage,
    urusan: innovation.urusan,
    maxScore: c.sidMax,
    rejected,
    claimed: projection(c, claimedTotal, counted),
    verified: projection(c, verifiedTotal, verifiedCounted),
    ineligible,
  } as Partial<InnovationResult> as InnovationResult;
  Object.defineProperty(result, "evidenceGaps", c.gaps); // built when first read, from `resolved` (see _gaps.ts)
  result.issues = issues;
  result.resolved = resolved;
  if (innovation.id !== undefined) result.id = innovation.id;
  return result;
}

/**
 * Resolve the answers against the compiled SID indicators: a quick lookup for a valid tier or an exact label,
 * `resolveAnswer` (with its located issues) for everything else. `unknown_indicator` for answers to other ids.
 */
function resolveAnswers(c: CompiledEdition, answers: Record<string, Answer>, index: number, issues: Issue[]): ResolvedAnswers {
  for (const key in answers) {
    if (!c.sidPos.has(key) && Object.hasOwn(answers, key)) {
      issues.push(issue("unknown_indicator", "warning", ["innovations", index, "answers", key], { given: key, allowed: [...c.sidIds] }));
    }
  }
  const n = c.sid.length;
  const tiers = new Array<number>(n);
  const evidence = new Array<EvidenceStatus>(n);
  const invalid: number[] = [];
  for (let k = 0; k < n; k++) {
    const ci = c.sid[k]!;
    const id = ci.indicator.id;
    const answer = answers[id];
    if (answer === undefined || !Object.hasOwn(answers, id)) {
      tiers[k] = 0;
      evidence[k] = "missing";
      continue;
    }
    let tier = quickTier(ci, answer);
    if (tier < 0) {
      const r = resolveAnswer(ci.indicator, answer, ["innovations", index, "answers", id]);
      for (const i of r.issues) issues.push(i);
      if (r.status === "invalid_answer") invalid.push(k);
      tier = r.tier;
    }
    tiers[k] = tier;
    evidence[k] = answer.evidence ?? "missing";
  }
  return { tiers, evidence, invalid };
}

function projection(c: CompiledEdition, total: number | null, counted: boolean): InnovationProjection {
  const max = c.sidMax;
  const maturity = total === null || max === null || max === 0 ? null : (total / max) * 100;
  return { total, maturity, counted };
}
