/**
 * One kab/kota workbook's part in a province recap, from its grids: read by the contract, scored, located, and made a
 * recap entry with the workbook's own planning efforts and step limit (Pengaturan "Upaya …", "Batas Langkah Rencana"). A recap or a comparison (banding) workbook
 * made by this tool is recognised and skipped, not read as a region. Host-neutral: the add-in's pane runs it on files the analyst picks
 * (read with `@inovasi/workbook/xlsx-read`); `inovasi rekap` does the same steps on files it streams from disk.
 */
import { DEFAULT_MAX_ACTIONS, type Edition, type MessageLocale, type RecapEntry, scoreRegion, readLocale } from "@inovasi/core";
import { COMPARISON_SHEET } from "./comparison.js";
import { isSheetTitle } from "./sheet-titles.js";
import { type Grid, type WorkbookGrids, a1, cellAt, findSheet, normaliseHeader } from "./grid.js";
import type { LocatedIssue } from "./messages.js";
import { figureFlaws } from "./figure-flaws.js";
import { SHEETS } from "./layout.js";
import { readPlanSettings } from "./plan-settings.js";
import { type SourceMap, locateIssues, readWorkbook } from "./read.js";
import type { ModelFileRef } from "./band-gap.js";
import { RECAP_HEADERS, RECAP_HEADERS_EN, RECAP_SHEETS, type RecapFileReport } from "./recap.js";

/** One input file's outcome, as the recap sheets and the pane list it. */
export interface RecapBookReport extends RecapFileReport {
  /** The file's row id in the recap (its name, made unique). */
  id: string;
  /** Every located issue of a scored file (reader's, engine's and the plan settings'); empty for a file not scored. */
  issues: LocatedIssue[];
  edition?: Edition;
  /** A recap or comparison workbook made by this tool: not read as a region, not a problem. */
  skipped?: boolean;
  /** Which of the tool's own workbooks a skipped file is: a province recap (`inovasi rekap`) or a comparison (`inovasi banding`). */
  ownKind?: OwnWorkbookKind;
}

/** The workbooks this tool writes that a folder of kab/kota workbooks may also hold. */
export type OwnWorkbookKind = "recap" | "comparison";

/** Options of `recapBook`: the edition to score with, the messages' language, and when the file was saved. */
export interface RecapBookOptions {
  /** Score with this edition whatever the workbook names; default: the workbook's model-edition cell. */
  edition?: Edition;
  locale?: MessageLocale;
  /** The model file the edition was read from (`--model`): an unknown band threshold is named at its entry there. */
  model?: ModelFileRef | undefined;
  /** When the file was last saved (see `RecapEntry.saved`): `savedAt` of its package, and the file's time if the host has one. */
  saved?: RecapEntry["saved"];
}

/**
 * The workbook is a recap this tool wrote: the marker in A1 of its Rekap sheet, or, A1 cleared by the analyst (or gone
 * with column A), the Rekap table's header row: its headings in order, in either language, from column A, one of them
 * at most left out (a column deleted). A region's own sheet named Rekap is not taken for one: it would need 35 of the
 * table's 36 headings, "Status Angka" and "Rencana: Langkah Pertama" among them.
 */
export function isOwnRecap(grids: WorkbookGrids): boolean {
  const g = findSheet(grids, RECAP_SHEETS.recap);
  return g !== undefined && (isSheetTitle("recap", cellAt(g, 0, 0)) || g.cells.some((_, r) => recapHeaderAt(g, r, RECAP_HEADERS) || recapHeaderAt(g, r, RECAP_HEADERS_EN)));
}

/**
 * Whether row `r` of `g` starts with `headers`, compared as headers are (case, spaces), one of them at most left out:
 * each heading is in the next column, or it is the one skipped (its column deleted, the rest moved left).
 */
function recapHeaderAt(g: Grid, r: number, headers: readonly string[]): boolean {
  let c = 0; // the next column; past the k-th heading it is k + 1, or k after the one skipped
  return headers.every((h, k) => {
    const v = cellAt(g, r, c);
    if (typeof v === "string" && normaliseHeader(v) === normaliseHeader(h)) c++;
    return c >= k;
  });
}

/** The workbook is a comparison this tool wrote (`inovasi banding`: the marker in A1 of its Banding sheet). */
export function isOwnComparison(grids: WorkbookGrids): boolean {
  const g = findSheet(grids, COMPARISON_SHEET);
  return g !== undefined && isSheetTitle("comparison", cellAt(g, 0, 0));
}

/** Which of this tool's own workbooks the grids are, if any: such a file is skipped by a recap, not read as a region. */
export function ownWorkbookKind(grids: WorkbookGrids): OwnWorkbookKind | undefined {
  return isOwnRecap(grids) ? "recap" : isOwnComparison(grids) ? "comparison" : undefined;
}

/** The note a recap lists for one of the tool's own workbooks it skipped. */
export function ownWorkbookNote(id: string, kind: OwnWorkbookKind, locale: MessageLocale = "id"): string {
  locale = readLocale(locale, "ownWorkbookNote");
  if (locale === "en") return `${id}: ${kind === "recap" ? "a recap" : "a comparison (banding)"} made by inovasi, not a region's workbook; skipped`;
  return `${id}: ${kind === "recap" ? "rekap" : "banding"} buatan inovasi, bukan buku kerja daerah; dilewati`;
}

/** A file that could not be read at all (refused, damaged): listed with its reason(s). */
export function unreadableBook(id: string, messages: string[]): RecapBookReport {
  return { file: id, id, scored: false, problems: messages.map((message) => ({ severity: "error" as const, message })), issues: [] };
}

/**
 * Read and score one workbook's grids for a recap. Returns the file's report, and its recap entry when it was scored.
 * Never throws for what the file holds: a workbook without the contract's sheets is a report with its located issues.
 */
export function recapBook(id: string, grids: WorkbookGrids, opts: RecapBookOptions = {}): { report: RecapBookReport; entry?: RecapEntry } {
  const locale = readLocale(opts.locale, "recapBook");
  const read = readWorkbook(grids, { locale, ...(opts.edition ? { edition: opts.edition } : {}) });
  if (!read.input) {
    const own = ownWorkbookKind(grids);
    if (own) return { report: { file: id, id, scored: false, skipped: true, ownKind: own, problems: [{ severity: "info", message: ownWorkbookNote(id, own, locale) }], issues: [] } };
    return { report: { file: id, id, scored: false, problems: read.issues.map((i) => ({ severity: "error" as const, message: i.message })), issues: read.issues } };
  }
  const result = scoreRegion(read.input, read.edition);
  const settings = readPlanSettings(grids, read.edition, locale);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale, { result, edition: read.edition, model: opts.model }), ...settings.issues];
  // figures not to be trusted yet: values the reader could not take (scored as unanswered), a sheet or column the score
  // needs missing (figureFlaws); the recap marks the row and does not rank it
  // with the rows an error left out: a count target the rows read reach is met all the same (`countTargetMet`)
  const flaws = figureFlaws(issues, read.source.leftOutRows ?? []);
  // the workbook's own plan target, which the recap does not aim at (said by recapOwnTargetNote where it differs)
  const own = settings.target;
  const ownAt = settings.cells.target;
  const band = own && "predicate" in own ? read.edition.bands.find((b) => b.id === own.predicate) : undefined;
  const planTarget = own && ownAt ? { predicate: band ? { id: band.id, label: band.label } : null, index: own && "index" in own ? own.index : null, at: `${findSheet(grids, SHEETS.settings)?.name ?? SHEETS.settings}!${ownAt}` } : undefined;
  return {
    report: { file: id, id, scored: true, problems: issues.map((i) => ({ severity: i.severity, message: i.message })), issues, edition: read.edition, ...(planTarget ? { planTarget } : {}) },
    entry: {
      // the plan `inovasi plan` and the Rencana sheet make of this workbook: its efforts and its step limit ("Batas
      // Langkah Rencana", empty = the plan's 100), not the recap's longer default, so the Rencana column gives their figures
      id, result, edition: read.edition, input: read.input,
      planOptions: { efforts: settings.efforts, maxActions: settings.maxActions ?? DEFAULT_MAX_ACTIONS, ...(flaws.columns.length ? { columnsAbsent: flaws.columns } : {}) }, flaws,
      ...(regionAt(read.source) ? { regionAt: regionAt(read.source)! } : {}),
      ...(opts.saved ? { saved: opts.saved } : {}),
    },
  };
}

/** The cell holding the region's name (`Pengaturan!B2`), when the settings sheet was read. */
function regionAt(source: SourceMap): string | undefined {
  const s = source.settings;
  const row = s?.rows.regionName;
  return s && row !== undefined ? `${s.sheet}!${a1(row, s.valueCol.regionName ?? 1)}` : undefined;
}

/** Row ids for file names: the name itself, or `name (2)`, `name (3)` … when a name repeats. */
export function recapIds(names: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n} (${k})`;
  });
}
