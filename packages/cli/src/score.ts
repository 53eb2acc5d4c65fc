import { readFile } from "node:fs/promises";
import {
  type Edition,
  type Issue,
  type MessageLocale,
  type RegionResult,
  getEdition,
  scoreRegion,
} from "@inovasi/core";
import { type LocatedIssue, type WorkbookGrids, type WriteResult, locateIssues, readWorkbook, writeResults } from "@inovasi/workbook";
import { fileErrorMessage, unreadableWorkbook, workbookInputProblem } from "./files.js";
import { unknownEdition } from "./edition-choice.js";
import { loadModelFile } from "./model-file.js";
import { type ZipLimits, DEFAULT_LIMITS, checkWorkbookZip, refusalMessage } from "./zip-guard.js";
import { type OpenPackage, openPackage } from "./xlsx/package.js";
import { patchWorkbook } from "./xlsx/patch.js";
import { readGrids } from "./xlsx/read.js";
import { ZipSizeError } from "./xlsx/zip.js";

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
  let bytes: Uint8Array;
  try {
    bytes = await readFile(opts.input);
  } catch (e) {
    return { ok: false, stage: "refused", messages: [fileErrorMessage(e, opts.input, locale)], issues: [] };
  }
  const refusal = checkWorkbookZip(bytes, opts.limits ?? DEFAULT_LIMITS);
  if (refusal) return { ok: false, stage: "refused", messages: [refusalMessage(refusal, opts.input, locale)], issues: [] };

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

  progress(locale === "en" ? "reading workbook…" : "membaca buku kerja…");
  const refused = (e: unknown): ScoreOutcome => {
    const message = e instanceof ZipSizeError ? refusalMessage({ code: "inflates_past_declared", entry: e.message }, opts.input, locale) : unreadableWorkbook(opts.input, locale);
    return { ok: false, stage: "refused", messages: [message], issues: [] };
  };
  let pkg: OpenPackage;
  let grids: WorkbookGrids | undefined;
  try {
    pkg = openPackage(bytes);
    grids = await readGrids(pkg);
  } catch (e) {
    return refused(e);
  }
  const planned = plan(grids, edition, locale, opts.overwrite === true, progress);
  // the grids and the parsed input lived only for plan(): garbage before the copy is written
  grids = undefined;
  if (!planned.ok) return planned;
  let output: Uint8Array;
  try {
    output = (await patchWorkbook(pkg, planned.writes.writes, planned.writes.output)).bytes;
  } catch (e) {
    return refused(e);
  }
  const { result, issues, writes } = planned;
  return { ok: true, result, issues: [...issues, ...writes.issues], output, edition: planned.edition, modelIssues };
}

interface Planned {
  ok: true;
  result: RegionResult;
  issues: LocatedIssue[];
  writes: WriteResult;
  edition: Edition;
}

/** Read the grids, score, and plan the writes. */
function plan(grids: WorkbookGrids, edition: Edition | undefined, locale: MessageLocale, overwrite: boolean, progress: (m: string) => void): Planned | Extract<ScoreOutcome, { ok: false }> {
  const read = readWorkbook(grids, { ...(edition ? { edition } : {}), locale });
  if (!read.input) return { ok: false, stage: "read", messages: read.issues.map((i) => i.message), issues: read.issues };
  progress(locale === "en" ? `scoring ${read.input.innovations.length} innovations…` : `menilai ${read.input.innovations.length} inovasi…`);
  const result = scoreRegion(read.input, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale)];
  progress(locale === "en" ? "writing results…" : "menulis hasil…");
  const writes = writeResults(grids, result, { source: read.source, issues, locale, ...(overwrite ? { overwrite: true } : {}) });
  return { ok: true, result, issues, writes, edition: read.edition };
}
