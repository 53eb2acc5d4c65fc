/**
 * @inovasi/workbook — the worksheet contract shared by the CLI and the Excel add-in: plain 2-D grids in,
 * a region input and located issues out; a scored result in, a list of cell writes out. No I/O here.
 *
 * @example
 * import { readWorkbook, locateIssues, writeResults } from "@inovasi/workbook";
 * import { scoreRegion } from "@inovasi/core";
 * const read = readWorkbook(grids);                         // grids: { [sheetName]: { name, cells } }
 * if (read.input) {
 *   const result = scoreRegion(read.input, read.edition);
 *   const issues = [...read.issues, ...locateIssues(result.issues, read.source, "id", { result, edition: read.edition })];
 *   const { writes } = writeResults(grids, result, { source: read.source, issues });
 *   // apply each write: sheet, row, col (0-based), value; Office.js: officeValue(write)
 * }
 */
export type { CellValue, Grid, WorkbookGrids, CellWrite, TableInfo, CellRange, UnsavedFormula } from "./grid.js";
export { a1, columnLetters, cellAt, formatAt, isBlank, findSheet, normaliseHeader, gridFromBlock } from "./grid.js";
export type {
  OwnedSheetSpec,
  ChartSpec,
  TableColumnsSpec,
  ConditionalFormatSpec,
  ColumnWidthSpec,
  ColumnFormatSpec,
  WorkbookOutput,
  TemplateBook,
  TemplateSheetSpec,
  ValidationSpec,
  PrintSpec,
  CellLinkSpec,
  InputFilterSpec,
  FilterBox,
} from "./output.js";
export { widenedFilter } from "./output.js";
export { printSpec, columnPoints, firstPageLastCol, PRINT_WIDTH_POINTS, READABLE_SCALE, ACROSS_SCALE } from "./print.js";
export { OUTPUT_LOOKS, headerWidth, outputColumnWidth } from "./widths.js";
export { LINE_POINTS, MAX_ROW_POINTS, rowPoints, wrappedLines, wrappedRowHeights } from "./row-heights.js";
export { excelWouldParse, looksLikeFormula, officeValue } from "./safe-text.js";
export { toNumber, readNumber, toInteger, toIsoDate, isPercentFormat, percentOf, isExcelError } from "./values.js";
export type { NumberReading } from "./values.js";
export { unitAfter, unitIn, withUnitIn } from "./measured-value.js";
export {
  SHEETS,
  PROFILE_COLUMNS,
  SPD_HEADERS,
  AGENCY_HEADERS,
  SETTINGS_KEYS,
  OUTPUT_COLUMNS,
  indicatorScoreHeaders,
  isIndicatorScoreHeader,
  SUMMARY_MARKER,
  EVIDENCE_OPTIONS,
  AGENCY_TYPE_OPTIONS,
  LEVEL_OPTIONS,
  indicatorHeaders,
  parseIndicatorHeader,
  indicatorsOf,
  answerOptions,
} from "./layout.js";
export { formatColumns, formatColumnsIn, settingsYearColumn } from "./format-columns.js";
export type { ColumnSpec, ProfileField, IndicatorRole, OutputColumn, SettingKey } from "./layout.js";
export { namesSheet, namesSpdSheet } from "./header-words.js";
export { laidOutAsContractSheet, sheetsTaken } from "./sheets-taken.js";
export { wordCount } from "./design-text.js";
export type { ContractSheet, SheetTaken } from "./sheets-taken.js";
export {
  STAGE_LABELS,
  FORM_LABELS,
  KIND_LABELS,
  INITIATOR_LABELS,
  EVIDENCE_LABELS,
  AGENCY_TYPE_LABELS,
  LEVEL_LABELS,
  YES_NO,
  matchLabel,
  labelOf,
} from "./labels.js";
export { readWorkbook, locateIssues, readAnswerCell } from "./read.js";
export type { ReadOptions, ReadResult, SourceMap } from "./read.js";
export { layoutAt } from "./row-layout.js";
export type { RowLayout, LayoutBlock, SheetLayout } from "./row-layout.js";
export { writeResults, writeResultBlocks, releaseInputCells, CELL_TEXT_LIMIT } from "./write.js";
export type { WriteOptions, WriteResult, BlockWriteResult } from "./write.js";
export { blockRow, blockWrites, blockBounds, blockText } from "./row-block.js";
export type { RowBlock, BlockColumn } from "./row-block.js";
export { summaryContent, summaryEditionId, SUMMARY_LIMITS } from "./summary.js";
export { evidenceGapList, evidenceGapRows, gapGainText, gapPrintedGain, gapSubject } from "./evidence-gaps.js";
export type { EvidenceGapList, EvidenceGapRow, ListedGap, PrintedGapGain } from "./evidence-gaps.js";
export type { SummaryContent, SummaryChartRef } from "./summary.js";
export type { LocatedIssue, SheetIssueCode } from "./messages.js";
export { where, sheetIssueParams } from "./messages.js";
export { rowsLeftOutText } from "./row-left-out.js";
export { templateGrids } from "./template.js";
export { templateBook, LAST_ROW } from "./template-book.js";
export type { TemplateGrids, TemplateColumn } from "./template.js";
export { PLAN_SHEET, PLAN_MARKER, PLAN_FORMATS, type PlanSheetContext, actionCells, actionCellNotes, statusCell, planSheetContent, writePlanSheet } from "./plan-sheet.js";
export { missingSpdNote } from "./plan-spd-note.js";
export { columnsAbsent, countTargetVerdicts, notValidText } from "./figure-flaws.js";
export type { CountTargetVerdict } from "./figure-flaws.js";
export { STALE_FILL, staleNote, writeBlocked } from "./blocked.js";
export { MAX_LINKS_PER_SHEET, type NamedPlace } from "./cell-links.js";
export { RERUN_READING, isExtentOnlyColumnHeader, isExtentOnlySheetMarker, isScoreColumnHeader, isScoreSheetMarker } from "./rerun-reading.js";
export { type EarlierTiers, earlierAcceptedTiers, raisedSinceAccepted } from "./answer-changes.js";
export { PROBLEMS_SHEET, PROBLEMS_MARKER, PROBLEMS_HEADERS, PROBLEMS_HEADERS_EN, problemsSheetContent, writeProblemsSheet, problemsSheetBlock } from "./problems-sheet.js";
export { type GroupSummary, groupSummary, issueGroups, issuePlace, severityRank } from "./issue-groups.js";
export type { ModelFileRef } from "./band-gap.js";
export { modelFileWarnings } from "./band-gap.js";
export { EFFORT_UNIT, PLAN_SETTINGS_KEYS, planSettingsRows, indicatorEffortKey, indicatorEffortRows, readPlanSettings } from "./plan-settings.js";
export type { PlanSettings } from "./plan-settings.js";
export { recapWorkbook, recapModelNotes, recapGainText, RECAP_SHEETS, RECAP_MARKER, RECAP_TITLES, RECAP_TITLES_BY_LOCALE, isRecapTitle, RECAP_HEADERS, RECAP_HEADERS_EN, RECAP_PROBLEMS_PER_FILE, RECAP_MAX_FROZEN_ROWS } from "./recap.js";
export type { RecapFileReport, RecapOwnTarget, RecapWorkbook, RecapPrevious, RecapModel } from "./recap.js";
export { type RecapNoEarlierYear, recapNoEarlierYear, recapNoEarlierYearText, recapYearsNotes, recapYearsSummary, recapYearsWarnings, recapYearsTable, recapYearsSheet, recapYearsDecimals, RECAP_YEARS_SHEET, RECAP_YEARS_TITLE } from "./recap-years.js";
export { recapRowTarget } from "./recap-target.js";
export type { RecapRowTarget } from "./recap-target.js";
export { type RecapOwnTargetRegion, recapOwnTargets } from "./recap-notes.js";
export { recapNotes, recapOwnTargetNote, recapProvincesNote, recapYearsNote, recapOutsideYearNote, recapOtherYears, recapDuplicateNote, recapExpectedNotes, recapSpeltNote, recapOutsideNote, recapUnknownNote, recapUnrankedNote, recapTargetNote, recapCountTargetsNote, recapBelowTarget } from "./recap-notes.js";
export { regionList, regionListTextRows, regionListSheetRows } from "./region-list.js";
export type { RegionList, RegionListRow } from "./region-list.js";
export { recapBook, recapIds, isOwnRecap, isOwnComparison, ownWorkbookKind, ownWorkbookNote, unreadableBook } from "./recap-book.js";
export type { RecapBookReport, RecapBookOptions, OwnWorkbookKind } from "./recap-book.js";
export { comparisonWorkbook, COMPARISON_SHEET, COMPARISON_MARKER } from "./comparison.js";
export { SHEET_TITLES, type SheetTitleKind, isSheetTitle } from "./sheet-titles.js";
export type { ComparisonValidity } from "./comparison.js";
export { isUnknownRule, namingIndicator, numberName } from "./number-names.js";
export { PLACEHOLDER, placeholdersIn } from "./model-placeholders.js";
export { distributionLabels, PREDICATE_UNKNOWN_LABEL } from "./distribution-labels.js";
export { recapTotalsLine, recapTotalsParts, NO_PREDICATE_LABEL } from "./recap-totals.js";
