import type { RegionInput } from "../input/schemas.js";
import type { Issue } from "../issues.js";
import type { Edition } from "../model/edition.js";
import { indicatorsOf, sumOrNull } from "./_edition.js";
import { indicatorMax } from "../model/maxima.js";
import { issue } from "./_issue.js";
import type { RegionProjection, RowScore } from "./result.js";
import { resolveRows, rowsTotal, scoreRows } from "./rows.js";

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

  const indicators = indicatorsOf(edition, "SPD");
  if (Object.keys(input.spdAnswers).length === 0) {
    issues.push(issue("spd_rows_missing", "warning", ["spdAnswers"], { rows: indicators.length }));
  }
  const { rows, issues: answerIssues } = resolveRows(indicators, input.spdAnswers, ["spdAnswers"]);
  issues.push(...answerIssues);
  const max = sumOrNull(indicators.map(indicatorMax));
  const part = (scored: RowScore[]): SpdPart => ({ score: rowsTotal(scored), max, from: "rows", rows: scored });
  return { claimed: part(scoreRows(rows, "claimed", true)), verified: part(scoreRows(rows, "verified", true)), issues };
}
