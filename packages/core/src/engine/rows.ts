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
  let tier = answeredTier;
  let status: RowScore["status"] = answered;
  if (!counted) {
    tier = 0;
    status = "innovation_not_counted";
  } else if (projection === "verified" && tier > 0 && evidence !== "accepted") {
    tier = 0;
    status = "evidence_not_accepted";
  }
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

/** Score resolved rows in one projection (see `rowScore`). */
export function scoreRows(rows: ResolvedRow[], projection: ProjectionName, counted: boolean): RowScore[] {
  return rows.map(({ indicator, resolved, evidence }) =>
    rowScore(indicator, resolved.tier, resolved.status, evidence, projection, counted),
  );
}

export function rowsTotal(rows: RowScore[]): number | null {
  return sumOrNull(rows.map((r) => r.score));
}
