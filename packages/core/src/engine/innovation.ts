import type { Innovation } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import type { Edition } from "../model/edition.js";
import { indicatorsOf, sumOrNull } from "./_edition.js";
import { indicatorMax } from "../model/maxima.js";
import { issue } from "./_issue.js";
import { eligibilityIssues } from "./eligibility.js";
import type { EvidenceGap, InnovationProjection, InnovationResult } from "./result.js";
import { resolveRows, rowsTotal, scoreRows, type ResolvedRow } from "./rows.js";
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
 *
 * @example
 * const r = scoreInnovation(innovation, getEdition("iid-2026"), 0);
 * r.claimed.total  //=> 74 (every indicator at tier 2)
 * r.verified.total //=> 0 when no evidence is accepted yet
 * r.evidenceGaps   //=> one entry per answer whose evidence is not accepted, with the evidence it needs
 */
export function scoreInnovation(innovation: Innovation, edition: Edition, index = 0): InnovationResult {
  const path = ["innovations", index];
  const indicators = indicatorsOf(edition, "SID");
  const { rows, issues: answerIssues } = resolveRows(indicators, innovation.answers, [...path, "answers"]);

  const tierOf = new Map(rows.map((r) => [r.indicator, r.resolved.tier]));
  const faults = new Map<unknown, Issue>();
  for (const i of answerIssues) {
    const fault = i.severity === "error" || i.code === "value_outside_tiers";
    if (fault && !faults.has(i.params.indicator)) faults.set(i.params.indicator, i);
  }
  const ineligible = eligibilityIssues(innovation, edition, (i) => tierOf.get(i) ?? 0, path, (i) => faults.get(i.id));
  const rejected = innovation.rejected;
  const issues: Issue[] = [...urusanIssues(innovation, edition, path), ...answerIssues];
  if (rejected) issues.push(issue("innovation_rejected", "warning", [...path, "rejected"], { name: innovation.name }));
  // a field the parse left out (its value did not fit) was reported there: its absence is not reported again
  const leftOut = (innovation.leftOut ?? []).map((f) => [...path, ...f.split(".")].join("\u0000"));
  const alreadyReported = (i: Issue) => leftOut.some((f) => i.path.join("\u0000").startsWith(f));
  issues.push(...ineligible.filter((i) => !answerIssues.includes(i) && !alreadyReported(i)));

  const maxScore = sumOrNull(indicators.map(indicatorMax));
  const project = (name: "claimed" | "verified", counted: boolean): InnovationProjection => {
    const scored = scoreRows(rows, name, counted);
    const total = rowsTotal(scored);
    const maturity = total === null || maxScore === null || maxScore === 0 ? null : (total / maxScore) * 100;
    return { rows: scored, total, maturity, counted };
  };

  return {
    index,
    ...(innovation.id !== undefined ? { id: innovation.id } : {}),
    name: innovation.name,
    agency: innovation.agency,
    stage: innovation.stage,
    urusan: innovation.urusan,
    maxScore,
    rejected,
    claimed: project("claimed", !rejected),
    verified: project("verified", !rejected && ineligible.length === 0),
    ineligible,
    evidenceGaps: rejected ? [] : evidenceGaps(rows),
    issues,
  };
}

function evidenceGaps(rows: ResolvedRow[]): EvidenceGap[] {
  return rows
    .filter((r) => r.resolved.tier > 0 && r.evidence !== "accepted")
    .map(({ indicator, resolved, evidence }) => ({
      indicatorId: indicator.id,
      indicatorName: indicator.name,
      tier: resolved.tier,
      evidence,
      points: indicator.weight === null ? null : indicator.weight * resolved.tier,
      required: resolved.option?.evidence ?? [],
    }));
}
