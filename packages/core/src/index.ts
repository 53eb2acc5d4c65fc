/**
 * @inovasi/core — the Indeks Inovasi Daerah (IID) model as validated data, and pure scoring and compliance functions.
 *
 * @example
 * import { parseRegionInput, scoreRegion, defaultEdition, formatIssue } from "@inovasi/core";
 * const input = parseRegionInput(json);
 * if (!input.ok) for (const i of input.issues) console.log(formatIssue(i));
 * else {
 *   const r = scoreRegion(input.value, defaultEdition);
 *   console.log(r.verified.index, r.verified.predicate?.label.id);
 * }
 */

// Model schemas (zod) and their types
export {
  Text,
  Confidence,
  Source,
  SourceRef,
  SourcedNumber,
  Bound,
  Interval,
  Stage,
  AgencyType,
  ComplianceRule,
  ComplianceTarget,
  ComplianceSet,
  MeasureTier,
  Measure,
  Option,
  Aspect,
  Indicator,
  Band,
  BandBound,
  UnknownBound,
  Formula,
  PredicateOn,
  CountOf,
  Yandas,
  Urusan,
  UrusanCategory,
  Eligibility,
  SpdMode,
  Edition,
  contains,
  formatInterval,
  formatBand,
  knownEnd,
  isKnownBand,
  bandPosition,
  isEmpty,
  adjacency,
} from "./model/index.js";
export type { EditionInput, Adjacency, KnownBand } from "./model/index.js";

// Editions as data: the shipped ones, validation of a province's own, derivation
export { editions, editionIds, getEdition, isShippedEdition, defaultEdition, DEFAULT_EDITION_ID, validateEdition, renderEditionMarkdown } from "./editions/index.js";
export type { ShippedEditionId } from "./editions/index.js";
export { deriveEdition, mergeEdition, tierForValue, highestTier, indicatorMax, editionMaxima, missingNumbers, confidenceCounts, editionJsonSchema } from "./model/index.js";
export type { EditionPatch, Removal, EditionLocale, EditionMaxima, MissingNumber } from "./model/index.js";
// What two editions score differently (inovasi model diff; banding across editions names the first few)
export { compareEditions, DIFFERENCE_KINDS } from "./model/compare.js";
export type { EditionComparison, EditionDifference, EditionDifferenceKind, DifferenceField, DifferenceValue } from "./model/compare.js";
export { formatEditionDifference, formatDifferenceSources, differenceKindName } from "./messages/edition-difference.js";

// Region input
export {
  EvidenceStatus,
  Answer,
  RegionLevel,
  Region,
  Agency,
  InnovationForm,
  InnovationKind,
  Initiator,
  Innovation,
  RegionInput,
} from "./input/schemas.js";
export type { AnswerInput, InnovationInput, RegionInputData } from "./input/schemas.js";
export { parseRegionInput } from "./input/parse.js";
export type { Locale } from "./input/parse.js";

// Issues and messages
export type { Issue, IssueCode, IssueSeverity, Checked } from "./issues.js";
export { formatIssue } from "./messages/format.js";
export type { MessageLocale, FormatOptions } from "./messages/format.js";
export { readLocale } from "./messages/_locale.js";
export { renderPath, readableDate, issueMeant } from "./messages/_format.js";
export { numberRanges } from "./messages/number-ranges.js";

// Engine
export { matchUrusan, similarity, urusanEntry } from "./engine/urusan.js";
export type { UrusanMatch } from "./engine/urusan.js";
export { resolveAnswer } from "./engine/answer.js";
export type { ResolvedAnswer } from "./engine/answer.js";
export { scoreInnovation } from "./engine/innovation.js";
export { explainInnovation } from "./engine/explain.js";
export { resolvedAnswers } from "./engine/_resolved.js";
export { indicatorPoints } from "./engine/points.js";
export type { PointsSource } from "./engine/points.js";
export type { InnovationExplanation } from "./engine/explain.js";
export { scoreRegion } from "./engine/region.js";
export { predicateFor } from "./engine/predicate.js";
export { roundHalfUp } from "./engine/_round.js";
export type {
  ProjectionName,
  RowStatus,
  RowScore,
  EvidenceGap,
  InnovationProjection,
  InnovationResult,
  ResolvedAnswers,
  IndicatorBreakdown,
  PredicateResult,
  JumlahInovasiResult,
  RegionProjection,
  YandasResult,
  RuleOutcome,
  TargetOutcome,
  ComplianceResult,
  RegionResult,
} from "./engine/result.js";

// Compliance
export { checkCompliance } from "./compliance/public.js";

// Planning: the cheapest path from today's index to a target (issue 7)
export { planRegion, applyAction, innovationsNeeded, DEFAULT_MAX_ACTIONS, DEFAULT_EFFORTS, EFFORT_KEYS, resolveEfforts, indicatorIdsLike, parsePlanTarget, targetBandNote, parseExpectedScore, formatPlan, formatPlanAction, formatPlanNumber, formatEffort, formatGain, describeAction, resetsEvidence, planAgencyText, planInnovationName, planComplianceNotes, columnsAbsentNote, targetUnknownNote, planReadingNote, planSpdNote, planNewInnovationNote, planStatusNote, printedGain, formatStepGain, exactIndex, agenciesWithoutInYear, agenciesWithoutYear, columnHeadings, groupColumns } from "./plan/index.js";
export type { InnovationsNeeded, Plan, PlanAction, PlanOptions, PlanTarget, PlanStatus, PlanReason, ActionKind, ActionWhere, CountFix, CountFixWhere, MeasureAt, NotCountedWhy, Edit, EvidenceGroup, EffortTable, EffortKind, IndicatorEfforts, NewInnovationBound, ColumnGroup } from "./plan/index.js";
// Many regions: score them apart, recap them (a province's view)
export { scoreRegions, recapRegions, countTargetMet, largestGaps, evidenceLoss, compareYears, compareRecaps, matchKey, regionKey, bareRegionName, levelInName, undecidedCopies } from "./recap/index.js";
export type {
  RegionSource,
  RegionOutcome,
  Recap,
  RecapEntry,
  ExpectedRegion,
  RecapRow,
  RecapFigures,
  RecapTarget,
  RecapPlanner,
  RecapPlanSummary,
  RecapOptions,
  RecapDistributionRow,
  RecapTotals,
  UnknownTarget,
  NotScored,
  RecapLack,
  EvidenceLoss,
  YearScore,
  YearComparison,
  EditionRef,
  YearPair,
  InnovationRef,
  RecapYears,
  RecapYearRegion,
  RecapYearSide,
  RecapYearPredicate,
  RecapYearOutside,
  CompareRecapsOptions,
} from "./recap/index.js";
