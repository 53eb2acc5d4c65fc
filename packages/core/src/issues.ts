/**
 * Problems a caller can cause are values, not exceptions: each names where (`path` inside the edition file or the
 * region input) and what is expected (`params`). Render them with `formatIssue(issue, "id" | "en")`.
 * `error`: the value is refused or left out; `warning`: used, but check it; `info`: a note on how it was read.
 */
export type IssueSeverity = "error" | "warning" | "info";

/** What kind of problem an issue is: one sentence per code in each language (`formatIssue`), stable for programs. */
export type IssueCode =
  // shape, from the zod schema (message already localised by zod's own locale)
  | "schema"
  // edition checks
  | "edition_not_found"
  | "duplicate_id"
  | "unknown_source"
  | "unknown_value_confidence"
  | "missing_number"
  | "duplicate_tier"
  | "interval_empty"
  | "interval_overlap"
  | "interval_gap"
  | "interval_unsorted"
  | "measure_maximum_below_tier"
  | "bands_do_not_cover"
  | "bands_fraction_scale"
  | "max_mismatch"
  | "extends_unknown"
  | "extends_missing"
  | "urusan_alias_ambiguous"
  | "urusan_not_in_catalogue"
  | "yandas_min_invalid"
  | "number_not_allowed"
  | "band_name_duplicate"
  | "band_end_unknown"
  | "band_outside_index"
  // model files that patch a base edition (extends, deriveEdition)
  | "patch_id_required"
  | "patch_entry_without_id"
  | "patch_new_item_incomplete"
  | "remove_unknown_id"
  | "remove_with_fields"
  | "removed_still_referenced"
  | "removed_band_leaves_gap"
  | "unknown_field"
  | "max_rederived"
  | "name_inherited"
  | "compliance_year_far"
  // input checks
  | "unknown_indicator"
  | "unknown_option"
  | "unknown_measure"
  | "measure_required"
  | "tier_out_of_range"
  | "answer_conflict"
  | "unknown_agency"
  | "duplicate_agency"
  | "spd_total_required"
  | "spd_rows_missing"
  | "unknown_urusan"
  // eligibility and scoring notes
  | "innovation_rejected"
  | "stage_not_scored"
  | "outside_window"
  | "design_too_short"
  | "too_many_entries"
  | "mandatory_unanswered"
  | "stages_rule_unknown"
  | "jumlah_inovasi_unknown"
  | "divisor_floor_unknown"
  | "max_total_unknown"
  | "spd_from_total"
  | "yandas_not_met"
  | "predicate_unknown"
  // added by the engine: measured value, region and compliance notes
  | "value_outside_tiers"
  | "spd_total_out_of_range"
  | "region_not_reported"
  | "compliance_rule_not_met"
  | "compliance_rule_no_agencies"
  | "compliance_target_not_met"
  | "compliance_year_mismatch";

/**
 * One problem, located: `code` says what, `path` where (inside the region input or the edition file), `params` the
 * values its sentence is built from. `formatIssue(issue, "id" | "en")` writes it as one line; a workbook places it
 * at a cell (`locateIssues` in `@inovasi/workbook`).
 */
export interface Issue {
  code: IssueCode;
  severity: IssueSeverity;
  /** Where: path inside the edition or the region input, e.g. `["innovations", 3, "answers", "SID-18"]`. */
  path: (string | number)[];
  /** What the message is built from (expected values, the value given, allowed options …). */
  params: Record<string, string | number | boolean | null | (string | number)[]>;
  /**
   * Other places the issue points at, in the order of its list params (e.g. the innovations whose urusan came close to
   * an urusan the yandas rule misses). `formatIssue` names them through its `where` option (a workbook cell).
   */
  refs?: (string | number)[][];
  /** Already-localised text, for `schema` issues (zod's locale). */
  message?: string;
}

/** A result that carries its located issues instead of throwing. */
export type Checked<T> =
  | { ok: true; value: T; issues: Issue[] }
  | { ok: false; value?: undefined; issues: Issue[] };
