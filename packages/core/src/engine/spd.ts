import type { Answer, EvidenceStatus, RegionInput } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import type { Edition } from "../model/edition.js";
import { compileEdition, quickTier, type CompiledEdition, type CompiledIndicator } from "./_compiled.js";
import { issue } from "./_issue.js";
import { resolveAnswer, type ResolvedAnswer } from "./answer.js";
import { lazyProperty } from "./_lazy.js";
import type { ProjectionName, RegionProjection, RowScore } from "./result.js";
import { rowScore, scoringTier } from "./rows.js";

export type SpdPart = RegionProjection["spd"];

/**
 * The region-level (SPD) score in both projections: Σ weight × tier over the edition's SPD rows, or the region's
 * `spdTotal` when the edition has `spdMode: "total"` (or the input gives a total to override the rows) — then an
 * info issue `spd_from_total` says so, and the same total stands in both projections.
 */
export function scoreSpd(input: RegionInput, edition: Edition): { claimed: SpdPart; verified: SpdPart; issues: Issue[] } {
  const issues: Issue[] = [];
  const maxSpd = edition.formula.maxSpd.value;

  if (edition.spdMode === "total" || input.spdTotal !== undefined) {
    const total = input.spdTotal ?? null;
    if (total === null) {
      issues.push(issue("spd_total_required", "error", ["spdTotal"], { edition: edition.id, max: maxSpd }));
    } else {
      issues.push(issue("spd_from_total", "info", ["spdTotal"], { value: total, mode: edition.spdMode }));
      if (maxSpd !== null && total > maxSpd) {
        issues.push(issue("spd_total_out_of_range", "error", ["spdTotal"], { given: total, max: maxSpd }));
      }
    }
    const part: SpdPart = { score: total, max: maxSpd, from: "total", rows: [] };
    return { claimed: part, verified: { ...part }, issues };
  }

  const c = compileEdition(edition);
  const answers = input.spdAnswers;
  const given = unknownSpdIds(c, answers, issues);
  if (given === 0) issues.push(issue("spd_rows_missing", "warning", ["spdAnswers"], { rows: c.spd.length }));
  const resolved = spdAnswers(c, answers, issues);
  return { claimed: part(c, resolved, "claimed"), verified: part(c, resolved, "verified"), issues };
}

/** Every SPD indicator's answer resolved, in edition order (a loop of its own: see `scoreRegion`). */
function spdAnswers(c: CompiledEdition, answers: Record<string, Answer>, issues: Issue[]): SpdAnswers {
  const resolved: SpdAnswers = { tiers: [], status: [], evidence: [] };
  for (let k = 0; k < c.spd.length; k++) spdAnswer(c.spd[k]!, answers, issues, resolved);
  return resolved;
}

/** The SPD answers as resolved, one entry per SPD indicator in the edition's order. */
interface SpdAnswers {
  tiers: number[];
  status: ResolvedAnswer["status"][];
  evidence: EvidenceStatus[];
}

/**
 * One projection's SPD from rows: the score now, the rows (one object per indicator) built when a caller reads
 * `rows` (the breakdown, a recap), as the region's breakdown is.
 */
function part(c: CompiledEdition, resolved: SpdAnswers, projection: ProjectionName): SpdPart {
  return lazyProperty<SpdPart, "rows">({ score: rowsScore(c, resolved, projection), max: c.spdMax, from: "rows" }, "rows", () =>
    c.spd.map((ci, k) => spdRow(ci, resolved, k, projection)),
  );
}

/** Σ of the rows' scores in edition order (`rowsTotal` of the rows `part` builds), null when a weight is unknown. */
function rowsScore(c: CompiledEdition, resolved: SpdAnswers, projection: ProjectionName): number | null {
  let total = 0;
  for (let k = 0; k < c.spd.length; k++) {
    const weight = c.spd[k]!.weight;
    if (weight === null) return null;
    total += weight * scoringTier(resolved.tiers[k]!, resolved.evidence[k]!, projection, true);
  }
  return total;
}

function spdRow(ci: CompiledIndicator, resolved: SpdAnswers, k: number, projection: ProjectionName): RowScore {
  return rowScore(ci.indicator, resolved.tiers[k]!, resolved.status[k]!, resolved.evidence[k]!, projection, true, ci.max);
}

/** `unknown_indicator` for each SPD answer to an id the edition's SPD indicators do not have; how many answers there are. */
function unknownSpdIds(c: CompiledEdition, answers: Record<string, Answer>, issues: Issue[]): number {
  const keys = Object.keys(answers);
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k]!;
    if (!c.spdPos.has(key)) issues.push(issue("unknown_indicator", "warning", ["spdAnswers", key], { given: key, allowed: [...c.spdIds] }));
  }
  return keys.length;
}

/** One SPD indicator's answer, resolved into `resolved`. */
function spdAnswer(ci: CompiledIndicator, answers: Record<string, Answer>, issues: Issue[], resolved: SpdAnswers): void {
  const { indicator } = ci;
  const answer = Object.hasOwn(answers, indicator.id) ? answers[indicator.id] : undefined;
  // a valid tier or label resolves here without issues; everything else as resolveAnswer says, with its issues
  let tier = answer === undefined ? 0 : quickTier(ci, answer);
  let status: ResolvedAnswer["status"];
  if (tier >= 0) status = tier > 0 ? "scored" : "not_answered";
  else {
    const r = resolveAnswer(indicator, answer, ["spdAnswers", indicator.id]);
    for (const i of r.issues) issues.push(i);
    tier = r.tier;
    status = r.status;
  }
  resolved.tiers.push(tier);
  resolved.status.push(status);
  resolved.evidence.push(answer?.evidence ?? "missing");
}
