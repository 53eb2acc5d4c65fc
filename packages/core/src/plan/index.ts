export { planRegion } from "./plan.js";
export { applyAction } from "./apply.js";
export { innovationsNeeded } from "./needed.js";
export type { InnovationsNeeded } from "./needed.js";
export { DEFAULT_EFFORTS, EFFORT_KEYS, indicatorIdsLike, resolveEfforts } from "./efforts.js";
export type { EffortKind, EffortTable, IndicatorEfforts } from "./efforts.js";
export { parsePlanTarget, targetBandNote } from "./target.js";
export { parseExpectedScore } from "./expected.js";
export { exactIndex } from "./state.js";
export { DEFAULT_MAX_ACTIONS } from "./types.js";
export { columnHeadings, groupColumns } from "./column-headings.js";
export type { ColumnGroup } from "./column-headings.js";
export { formatPlan, formatPlanAction, formatPlanNumber, formatEffort, formatGain, describeAction, resetsEvidence, planAgencyText, planInnovationName, planComplianceNotes, columnsAbsentNote, targetUnknownNote, planReadingNote, planSpdNote, planNewInnovationNote, planStatusNote, printedGain, formatStepGain } from "./messages.js";
export type {
  Plan,
  PlanAction,
  PlanOptions,
  PlanTarget,
  PlanStatus,
  PlanReason,
  ActionKind,
  ActionWhere,
  CountFix,
  CountFixWhere,
  MeasureAt,
  NotCountedWhy,
  Edit,
  EvidenceGroup,
  NewInnovationBound,
} from "./types.js";
export { agenciesWithoutInYear, agenciesWithoutYear } from "./agencies-without.js";
