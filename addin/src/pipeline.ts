import { type Edition, type MessageLocale, type Plan, type RegionInput, type RegionResult, planRegion, scoreRegion } from "@inovasi/core";
import { type CellWrite, type ContractSheet, type LocatedIssue, type ModelFileRef, PLAN_SHEET, type SheetTaken, type SourceMap, type WorkbookGrids, cellAt, columnsAbsent, earlierAcceptedTiers, findSheet, isSheetTitle, layoutAt, locateIssues, modelFileWarnings, raisedSinceAccepted, readPlanSettings, readWorkbook, writeBlocked, writeResults } from "@inovasi/workbook";
import type { SummaryChartRef, WorkbookOutput } from "@inovasi/workbook";

/** Outcome of scoring grids: pure, the same read/score/plan/write the CLI's `score` does. */
export type PipelineOutcome =
  | { ok: false; issues: LocatedIssue[]; sheets?: SheetsRead; blocked?: Blocked }
  | { ok: true; sheets?: SheetsRead; result: RegionResult; plan: Plan | undefined; edition: Edition; issues: LocatedIssue[]; writes: CellWrite[]; chart: (SummaryChartRef & { sheet: string }) | undefined; summaryHeadingRows: number[]; input: RegionInput; source: SourceMap; output: WorkbookOutput; rowsNotCounted?: Record<string, string[]> };

/** The sheet the reader took for each contract sheet (`ReadResult.sheets`): what the pane's sheets line says. */
export type SheetsRead = Record<ContractSheet, SheetTaken>;

/**
 * What a run the reader refused writes (`writeBlocked`): the tool's Masalah sheet with the errors, an out-of-date line
 * on the tool's Ringkasan and Rencana (`stale`: their names); nothing else.
 */
export interface Blocked { writes: CellWrite[]; output: WorkbookOutput; stale: string[]; problemsSheet: boolean }

/**
 * Read the grids by the worksheet contract, score them, and compute the cell writes. With `plan`, also plan the way
 * to the next target (efforts and target from the Pengaturan sheet, as `inovasi score` does) and write the Rencana
 * sheet; planning is on request because it re-scores the region after every step (seconds for a thousand
 * innovations). `plan: "if-present"` plans only when the workbook already has the tool's Rencana sheet, so a plan
 * once made stays current on every later run. Never touches Office.js.
 */
export function scoreGrids(grids: WorkbookGrids, opts: { edition?: Edition; locale?: MessageLocale; plan?: boolean | "if-present"; model?: ModelFileRef | undefined } = {}): PipelineOutcome {
  const locale = opts.locale ?? "id";
  const wantPlan = opts.plan === "if-present" ? hasOwnPlanSheet(grids) : !!opts.plan;
  const read = readWorkbook(grids, { locale, ...(opts.edition ? { edition: opts.edition } : {}) });
  if (!read.input) {
    // the earlier run's results must not stay looking current: marked, and the tool's Masalah sheet lists the errors
    const b = writeBlocked(grids, read.issues, { locale, host: "addin" });
    const problemsSheet = b.output.ownedSheets.length > 0;
    return { ok: false, issues: read.issues, sheets: read.sheets, ...(b.writes.length ? { blocked: { writes: b.writes, output: b.output, stale: b.stale, problemsSheet } } : {}) };
  }
  const result = scoreRegion(read.input, read.edition);
  const settings = wantPlan ? readPlanSettings(grids, read.edition, locale) : undefined;
  const plan = settings ? planRegion(read.input, read.edition, { result, efforts: settings.efforts, ...(settings.target ? { target: settings.target } : {}), ...(settings.maxActions !== undefined ? { maxActions: settings.maxActions } : {}), columnsAbsent: columnsAbsent(read.issues) }) : undefined;
  // an answer raised since the last run whose Bukti still says "Diterima" (the tiers that run took as accepted are
  // its verified points), warned at its Bukti as `inovasi score` does
  const raised = raisedSinceAccepted(earlierAcceptedTiers(grids, read.source, read.edition), result, read.source, read.edition, locale);
  // a province model's own warnings first, in the Masalah sheet and Ringkasan's notes, as `inovasi score` writes them
  const modelWarnings = opts.model ? modelFileWarnings(opts.model, locale) : [];
  const issues = [...modelWarnings, ...read.issues, ...locateIssues(result.issues, read.source, locale, { result, edition: read.edition, model: opts.model }), ...raised, ...(settings?.issues ?? [])];
  // the pane has no --overwrite: a cell or sheet left alone is reported with what the analyst can do in Excel
  const w = writeResults(grids, result, { source: read.source, issues, locale, edition: read.edition, input: read.input, host: "addin", ...(plan ? { plan } : {}) });
  return { ok: true, sheets: read.sheets, result, plan, edition: read.edition, issues: [...issues, ...w.issues], writes: w.writes, chart: w.chart, summaryHeadingRows: w.summaryHeadingRows, input: read.input, source: read.source, output: w.output, rowsNotCounted: rowsNotCounted(grids, read.source, read.issues) };
}

/**
 * Innovation rows the reader left out because of an error, by the agency they name: the first error cell of each row
 * (`C5`). An agency whose only row has an error counts 0 innovations; the pane says why and links the row.
 */
function rowsNotCounted(grids: WorkbookGrids, source: SourceMap, issues: LocatedIssue[]): Record<string, string[]> {
  const inv = source.innovations;
  const g = inv && findSheet(grids, inv.sheet);
  const out: Record<string, string[]> = {};
  if (!inv || !g || inv.profile.agency === undefined) return out;
  const read = new Set(inv.rows);
  const seen = new Set<number>();
  for (const i of issues) {
    const m = i.severity === "error" && i.sheet === inv.sheet && i.cell ? /^[A-Z]+(\d+)$/.exec(i.cell) : null;
    const r = m ? Number(m[1]) - 1 : -1;
    if (r <= inv.headerRow || read.has(r) || seen.has(r)) continue;
    seen.add(r);
    // the row's agency cell: the header row's column, or its block's (a header repeated in another order)
    const agency = cellAt(g, r, layoutAt(inv, r).profile.agency!);
    if (typeof agency === "string" && agency.trim()) (out[agency.trim()] ??= []).push(i.cell!);
  }
  return out;
}

/** The workbook holds a Rencana sheet this tool wrote (its marker in A1). */
export function hasOwnPlanSheet(grids: WorkbookGrids): boolean {
  const g = findSheet(grids, PLAN_SHEET);
  return !!g && isSheetTitle("plan", cellAt(g, 0, 0));
}
