/**
 * What a run that could not score writes (the reader refused the workbook: a required field empty, a sheet missing):
 * nothing of the analyst's, and no new sheet; the tool's own Masalah sheet, when there is one, is rewritten with the
 * errors that block the run, and the tool's Ringkasan and Rencana get a line at the top saying their results are from
 * an earlier run — so a sheet printed or shared later is not taken for the current result.
 */
import { type MessageLocale, readLocale } from "@inovasi/core";
import { type CellWrite, type WorkbookGrids, cellAt, findSheet } from "./grid.js";
import { SHEETS } from "./layout.js";
import { isSheetTitle } from "./sheet-titles.js";
import type { LocatedIssue } from "./messages.js";
import type { WorkbookOutput } from "./output.js";
import { PLAN_SHEET } from "./plan-sheet.js";
import { PROBLEMS_SHEET, writeProblemsSheet } from "./problems-sheet.js";
import { cellWrite } from "./row-block.js";

/** Fill of the out-of-date line (Excel's light red, as its "Bad" cell style). */
export const STALE_FILL = "#FFC7CE";

/** The out-of-date line on Ringkasan and Rencana: why the last run failed (its first error), and where to look. */
export function staleNote(issues: LocatedIssue[], locale: MessageLocale, problemsSheet: boolean): string {
  locale = readLocale(locale, "staleNote");
  const errors = issues.filter((i) => i.severity === "error");
  const first = errors[0];
  const at = first ? `${first.sheet}${first.cell ? `!${first.cell}` : ""}: ${first.text}` : "";
  const more = errors.length > 1 ? (locale === "en" ? ` (+${errors.length - 1} more)` : ` (+${errors.length - 1} lagi)`) : "";
  const where = problemsSheet ? (locale === "en" ? "see the Masalah sheet" : "lihat lembar Masalah") : locale === "en" ? "see the pane" : "lihat panel";
  return locale === "en"
    ? `These results are from an earlier run, as are the Skor columns; the last run failed: ${at}${more} — ${where}.`
    : `Hasil ini dari penilaian sebelumnya, begitu pula kolom Skor; penilaian terakhir gagal: ${at}${more} — ${where}.`;
}

/**
 * The writes of a run the reader refused: the tool's Masalah sheet with `issues` (the blocking errors), and the
 * out-of-date line in B1 of the tool's Ringkasan and Rencana (beside their title; the next run that scores rewrites
 * the sheet whole, line included). A sheet of those names the tool did not make, an input cell, a missing sheet: never
 * written.
 */
export function writeBlocked(grids: WorkbookGrids, issues: LocatedIssue[], opts: { locale?: MessageLocale; host?: "addin" } = {}): { writes: CellWrite[]; output: WorkbookOutput; stale: string[] } {
  const locale = readLocale(opts.locale, "writeBlocked");
  const writes: CellWrite[] = [];
  const owned: WorkbookOutput["ownedSheets"] = [];
  const problems = findSheet(grids, PROBLEMS_SHEET);
  const refreshed = !!problems && isSheetTitle("problems", cellAt(problems, 0, 0));
  if (refreshed) {
    const p = writeProblemsSheet(grids, issues, { locale, ...(opts.host ? { host: opts.host } : {}) });
    writes.push(...p.writes);
    if (p.sheet) owned.push(p.sheet);
  }
  const note = staleNote(issues, locale, refreshed);
  const stale: string[] = [];
  for (const [name, kind] of [[SHEETS.summary, "summary"], [PLAN_SHEET, "plan"]] as const) {
    const g = findSheet(grids, name);
    if (!g || !isSheetTitle(kind, cellAt(g, 0, 0))) continue;
    writes.push(cellWrite(g.name, 0, 1, note, { header: true, fill: STALE_FILL }));
    stale.push(g.name);
  }
  return { writes, output: { ownedSheets: owned, charts: [], tables: [], conditionalFormats: [], columnWidths: [], columnFormats: [] }, stale };
}
