import type { Answer, RegionInput } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import type { Edition } from "../model/edition.js";
import { compileEdition, quickTier, type CompiledEdition, type CompiledIndicator } from "./_compiled.js";
import { issue } from "./_issue.js";
import { resolveAnswer, type ResolvedAnswer } from "./answer.js";
import type { RegionProjection, RowScore } from "./result.js";
import { rowScore, rowsTotal } from "./rows.js";

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
  const claimed: RowScore[] = [];
  const verified: RowScore[] = [];
  for (let k = 0; k < c.spd.length; k++) spdRow(c.spd[k]!, answers, issues, claimed, verified);
  const part = (rows: RowScore[]): SpdPart => ({ score: rowsTotal(rows), max: c.spdMax, from: "rows", rows });
  return { claimed: part(claimed), verified: part(verified), issues };
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

/** One SPD indicator's row in each projection (its own small function: see `scoreRegion`). */
function spdRow(ci: CompiledIndicator, answers: Record<string, Answer>, issues: Issue[], claimed: RowScore[], verified: RowScore[]): void {
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
  const evidence = answer?.evidence ?? "missing";
  claimed.push(rowScore(indicator, tier, status, evidence, "claimed", true, ci.max));
  verified.push(rowScore(indicator, tier, status, evidence, "verified", true, ci.max));
}
