import type { Answer, EvidenceStatus } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import type { Indicator } from "../model/edition.js";
import { issue, type Path } from "./_issue.js";
import { sumOrNull } from "./_edition.js";
import { indicatorMax } from "../model/maxima.js";
import { resolveAnswer, type ResolvedAnswer } from "./answer.js";
import type { ProjectionName, RowScore } from "./result.js";

/** The answers to a set of indicators, resolved once and scored per projection. */
export interface ResolvedRow {
  indicator: Indicator;
  resolved: ResolvedAnswer;
  evidence: EvidenceStatus;
}

/**
 * Resolve every indicator's answer (missing = unanswered) and flag answers to ids the indicators do not have
 * (`unknown_indicator`, located at `path.answerKey`).
 */
export function resolveRows(
  indicators: Indicator[],
  answers: Record<string, Answer>,
  path: Path,
): { rows: ResolvedRow[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const known = new Set(indicators.map((i) => i.id));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) {
      issues.push(issue("unknown_indicator", "warning", [...path, key], { given: key, allowed: [...known] }));
    }
  }
  const rows = indicators.map((indicator) => {
    const answer = Object.hasOwn(answers, indicator.id) ? answers[indicator.id] : undefined;
    const resolved = resolveAnswer(indicator, answer, [...path, indicator.id]);
    issues.push(...resolved.issues);
    return { indicator, resolved, evidence: answer?.evidence ?? "missing" };
  });
  return { rows, issues };
}

/**
 * One row in one projection. Claimed ignores evidence; verified scores only `accepted` evidence. When `counted` is
 * false the row scores 0 with status `innovation_not_counted`.
 */
export function rowScore(
  indicator: Indicator,
  answeredTier: number,
  answered: ResolvedAnswer["status"],
  evidence: EvidenceStatus,
  projection: ProjectionName,
  counted: boolean,
  maxScore: number | null = indicatorMax(indicator),
): RowScore {
  const tier = scoringTier(answeredTier, evidence, projection, counted);
  const status: RowScore["status"] = !counted ? "innovation_not_counted" : tier !== answeredTier ? "evidence_not_accepted" : answered;
  const weight = indicator.weight;
  return {
    indicatorId: indicator.id,
    aspect: indicator.aspect,
    answeredTier,
    tier,
    weight,
    score: weight === null ? null : weight * tier,
    maxScore,
    evidence,
    status,
  };
}

/** The tier that scores in a projection: 0 when the innovation does not count, or in verified when the evidence is not accepted. */
export function scoringTier(answeredTier: number, evidence: EvidenceStatus, projection: ProjectionName, counted: boolean): number {
  if (!counted) return 0;
  return projection === "verified" && answeredTier > 0 && evidence !== "accepted" ? 0 : answeredTier;
}

/** Score resolved rows in one projection (see `rowScore`). */
export function scoreRows(rows: ResolvedRow[], projection: ProjectionName, counted: boolean): RowScore[] {
  return rows.map(({ indicator, resolved, evidence }) =>
    rowScore(indicator, resolved.tier, resolved.status, evidence, projection, counted),
  );
}

export function rowsTotal(rows: RowScore[]): number | null {
  return sumOrNull(rows.map((r) => r.score));
}
