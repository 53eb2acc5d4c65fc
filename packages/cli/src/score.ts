import { readFile } from "node:fs/promises";
import {
  type Edition,
  type Issue,
  type MessageLocale,
  type RegionResult,
  getEdition,
  scoreRegion,
} from "@inovasi/core";
import { type LocatedIssue, type ReadResult, type WorkbookGrids, locateIssues, readWorkbook, writeResults } from "@inovasi/workbook";
import { addSummaryChart } from "./chart.js";
import { fileErrorMessage, unreadableWorkbook, workbookInputProblem } from "./files.js";
import { unknownEdition } from "./edition-choice.js";
import { loadModelFile } from "./model-file.js";
import { type ZipLimits, DEFAULT_LIMITS, checkWorkbookZip, refusalMessage } from "./zip-guard.js";
import { type LoadedWorkbook, loadWorkbook } from "./xlsx-io.js";

export interface ScoreOptions {
  input: string;
  /** Edition id (`--edition`). */
  edition?: string;
  /** Path of a province's edition JSON (`--model`). */
  model?: string;
  locale?: MessageLocale;
  overwrite?: boolean;
  limits?: ZipLimits;
  /** Progress lines (stderr in the CLI). */
  progress?: (msg: string) => void;
}

/** Outcome of scoring one file; nothing here exits or prints. */
export type ScoreOutcome =
  | { ok: false; stage: "refused" | "edition" | "read"; messages: string[]; issues: LocatedIssue[] }
  | {
      ok: true;
      result: RegionResult;
      issues: LocatedIssue[];
      output: Uint8Array;
      edition: Edition;
      /** The model file's validation warnings (paths inside the file); undefined for a shipped edition. */
      modelIssues: Issue[] | undefined;
    };

/** Read, score and write a workbook in memory. The scored copy keeps every input cell and adds output only. */
export async function scoreWorkbookFile(opts: ScoreOptions): Promise<ScoreOutcome> {
  const locale = opts.locale ?? "id";
  const progress = opts.progress ?? (() => {});
  const problem = await workbookInputProblem(opts.input, locale);
  if (problem) return { ok: false, stage: "refused", messages: [problem], issues: [] };

  let edition: Edition | undefined;
  let modelIssues: Issue[] | undefined;
  if (opts.model) {
    const model = await loadModelFile(opts.model, locale);
    if (!model.ok) return { ok: false, stage: "edition", messages: model.messages, issues: [] };
    edition = model.edition;
    modelIssues = model.issues;
  } else if (opts.edition) {
    edition = getEdition(opts.edition);
    if (!edition) return { ok: false, stage: "edition", messages: [unknownEdition(opts.edition, locale)], issues: [] };
  }

  const scored = await readAndScoreWorkbook({ input: opts.input, locale, progress, ...(edition ? { edition } : {}), ...(opts.limits ? { limits: opts.limits } : {}) });
  if (!scored.ok) return scored;
  const { book, read, result, issues } = scored;
  progress(locale === "en" ? "writing results…" : "menulis hasil…");
  const w = writeResults(book.grids, result, { source: read.source, issues, locale, ...(opts.overwrite ? { overwrite: true } : {}) });
  book.apply(w.writes);
  if (w.chart) book.layoutOwnedSheet(w.chart.sheet, [44, 34, 16, 16, 16, 16, 30]);
  let output = await book.toBuffer();
  if (w.chart) output = await addSummaryChart(output, w.chart);
  return { ok: true, result, issues: [...issues, ...w.issues], output, edition: read.edition, modelIssues };
}

export interface ReadAndScoreOptions {
  input: string;
  /** Score with this edition whatever the workbook names; default: the workbook's model-edition cell. */
  edition?: Edition;
  locale?: MessageLocale;
  limits?: ZipLimits;
  progress?: (msg: string) => void;
}

/** A workbook read and scored, nothing written: the loaded book (to write into), the reader's result and every issue. */
export type ReadAndScoreOutcome =
  | { ok: false; stage: "refused" | "edition" | "read"; messages: string[]; issues: LocatedIssue[]; grids?: WorkbookGrids }
  | { ok: true; book: LoadedWorkbook; read: ReadResult; result: RegionResult; issues: LocatedIssue[] };

/**
 * Refuse, load, read and score one workbook file (what `score` and `rekap` share). Never throws for a file the user
 * gave: a missing, refused or unreadable file and a workbook without its required sheets are `ok: false` with messages.
 */
export async function readAndScoreWorkbook(opts: ReadAndScoreOptions): Promise<ReadAndScoreOutcome> {
  const locale = opts.locale ?? "id";
  const progress = opts.progress ?? (() => {});
  const problem = await workbookInputProblem(opts.input, locale);
  if (problem) return { ok: false, stage: "refused", messages: [problem], issues: [] };
  let bytes: Uint8Array;
  try {
    bytes = await readFile(opts.input);
  } catch (e) {
    return { ok: false, stage: "refused", messages: [fileErrorMessage(e, opts.input, locale)], issues: [] };
  }
  const refusal = checkWorkbookZip(bytes, opts.limits ?? DEFAULT_LIMITS);
  if (refusal) return { ok: false, stage: "refused", messages: [refusalMessage(refusal, opts.input, locale)], issues: [] };

  progress(locale === "en" ? "reading workbook…" : "membaca buku kerja…");
  let book: LoadedWorkbook;
  try {
    book = await loadWorkbook(bytes);
  } catch {
    return { ok: false, stage: "refused", messages: [unreadableWorkbook(opts.input, locale)], issues: [] };
  }
  const read = readWorkbook(book.grids, { ...(opts.edition ? { edition: opts.edition } : {}), locale });
  if (!read.input) return { ok: false, stage: "read", messages: read.issues.map((i) => i.message), issues: read.issues, grids: book.grids };
  progress(locale === "en" ? `scoring ${read.input.innovations.length} innovations…` : `menilai ${read.input.innovations.length} inovasi…`);
  const result = scoreRegion(read.input, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale)];
  return { ok: true, book, read, result, issues };
}
