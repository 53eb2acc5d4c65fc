import { type Edition, type MessageLocale, type RegionResult, scoreRegion } from "@inovasi/core";
import { type CellWrite, type LocatedIssue, type WorkbookGrids, locateIssues, readWorkbook, writeResults } from "@inovasi/workbook";
import type { SummaryChartRef, WorkbookOutput } from "@inovasi/workbook";

/** Outcome of scoring grids: pure, the same read/score/write the CLI does. */
export type PipelineOutcome =
  | { ok: false; issues: LocatedIssue[] }
  | { ok: true; result: RegionResult; edition: Edition; issues: LocatedIssue[]; writes: CellWrite[]; chart: (SummaryChartRef & { sheet: string }) | undefined; summaryHeadingRows: number[]; output: WorkbookOutput };

/** Read the grids by the worksheet contract, score them, and compute the cell writes. Never touches Office.js. */
export function scoreGrids(grids: WorkbookGrids, opts: { edition?: Edition; locale?: MessageLocale } = {}): PipelineOutcome {
  const locale = opts.locale ?? "id";
  const read = readWorkbook(grids, { locale, ...(opts.edition ? { edition: opts.edition } : {}) });
  if (!read.input) return { ok: false, issues: read.issues };
  const result = scoreRegion(read.input, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale)];
  const w = writeResults(grids, result, { source: read.source, issues, locale });
  return { ok: true, result, edition: read.edition, issues: [...issues, ...w.issues], writes: w.writes, chart: w.chart, summaryHeadingRows: w.summaryHeadingRows, output: w.output };
}
