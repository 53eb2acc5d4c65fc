import { readFile } from "node:fs/promises";
import { type Edition, type Issue, type MessageLocale, getEdition } from "@inovasi/core";
import { type LocatedIssue, type ReadResult, type WorkbookGrids, RERUN_READING, readWorkbook } from "@inovasi/workbook";
import { fileErrorMessage, unreadableWorkbook, workbookInputProblem } from "./files.js";
import { unknownEdition } from "./edition-choice.js";
import { loadModelFile } from "./model-file.js";
import { type ZipLimits, DEFAULT_LIMITS, checkWorkbookZip, refusalMessage } from "@inovasi/workbook/xlsx-read";
import type { OpenPackage } from "@inovasi/workbook/xlsx-read";
import { openPackage } from "./xlsx/open.js";
import { readGrids } from "@inovasi/workbook/xlsx-read";
import { ZipSizeError } from "@inovasi/workbook/xlsx-read";

/**
 * A workbook as the streaming reader gives it: its grids, and the opened package a scored copy is patched from
 * (`patchWorkbook`). No workbook model is built.
 */
export interface ReadBook {
  grids: WorkbookGrids;
  pkg: OpenPackage;
}

export interface OpenOptions {
  input: string;
  /** Edition id (`--edition`). */
  edition?: string;
  /** Path of a province's edition JSON (`--model`). */
  model?: string;
  /**
   * The edition already chosen and checked (`chooseEdition`, so a command can refuse a missing model file before it
   * looks at its output); `edition` and `model` are then not looked at to load it (`model` still names the file in
   * a message about one of its entries: an unknown band threshold).
   */
  chosen?: { edition: Edition; modelIssues: Issue[] | undefined };
  locale?: MessageLocale;
  limits?: ZipLimits;
  progress?: (msg: string) => void;
}

/** A workbook file read into a region input (or why it could not be); nothing here prints or exits. */
export type OpenOutcome =
  | { ok: false; stage: "refused" | "edition" | "read"; messages: string[]; issues: LocatedIssue[]; /** The workbook's grids when it was read but holds no region (stage "read"). */ grids?: WorkbookGrids }
  | {
      ok: true;
      book: ReadBook;
      read: ReadResult & { input: NonNullable<ReadResult["input"]> };
      /** The model file's validation warnings (paths inside the file); undefined for a shipped edition. */
      modelIssues: Issue[] | undefined;
    };

export interface LoadOptions {
  input: string;
  /** Read with this edition whatever the workbook names; default: the workbook's model-edition cell. */
  edition?: Edition;
  locale?: MessageLocale;
  limits?: ZipLimits;
  progress?: (msg: string) => void;
}

/** A workbook file loaded and read with an edition already chosen (or the one it names), nothing scored. */
export type LoadOutcome =
  | { ok: false; stage: "refused" | "read"; messages: string[]; issues: LocatedIssue[]; grids?: WorkbookGrids }
  | { ok: true; book: ReadBook; read: ReadResult & { input: NonNullable<ReadResult["input"]> } };

/**
 * Refuse, load and read one workbook file (what `score`, `plan`, `rekap` and `banding` share). Never throws for a
 * file the user gave: a missing, refused or unreadable file and a workbook without its required sheets are `ok: false`.
 */
export async function loadWorkbookFile(opts: LoadOptions): Promise<LoadOutcome> {
  const problem = await workbookInputProblem(opts.input, opts.locale ?? "id");
  if (problem) return { ok: false, stage: "refused", messages: [problem], issues: [] };
  return loadCheckedFile(opts);
}

/** {@link loadWorkbookFile} once the path has passed `workbookInputProblem`. */
async function loadCheckedFile(opts: LoadOptions): Promise<LoadOutcome> {
  const locale = opts.locale ?? "id";
  const progress = opts.progress ?? (() => {});
  let bytes: Uint8Array;
  try {
    bytes = await readFile(opts.input);
  } catch (e) {
    return { ok: false, stage: "refused", messages: [fileErrorMessage(e, opts.input, locale)], issues: [] };
  }
  const refusal = checkWorkbookZip(bytes, opts.limits ?? DEFAULT_LIMITS);
  if (refusal) return { ok: false, stage: "refused", messages: [refusalMessage(refusal, opts.input, locale)], issues: [] };

  progress(locale === "en" ? "reading workbook…" : "membaca buku kerja…");
  let book: ReadBook;
  try {
    const pkg = openPackage(bytes);
    book = { pkg, grids: await readGrids(pkg, RERUN_READING) };
  } catch (e) {
    // a part that inflates past its declared size (a bomb that lies), or a package the reader cannot parse
    const message = e instanceof ZipSizeError ? refusalMessage({ code: "inflates_past_declared", entry: e.message }, opts.input, locale) : unreadableWorkbook(opts.input, locale);
    return { ok: false, stage: "refused", messages: [message], issues: [] };
  }
  const read = readWorkbook(book.grids, { ...(opts.edition ? { edition: opts.edition } : {}), locale });
  if (!read.input) return { ok: false, stage: "read", messages: read.issues.map((i) => i.message), issues: read.issues, grids: book.grids };
  return { ok: true, book, read: { ...read, input: read.input } };
}

/** Check, load and read a workbook file with the edition (`--edition`) or model file (`--model`) the user chose. */
export async function openWorkbookFile(opts: OpenOptions): Promise<OpenOutcome> {
  const locale = opts.locale ?? "id";
  const problem = await workbookInputProblem(opts.input, locale);
  if (problem) return { ok: false, stage: "refused", messages: [problem], issues: [] };
  let edition: Edition | undefined;
  let modelIssues: Issue[] | undefined;
  if (opts.chosen) {
    ({ edition, modelIssues } = opts.chosen);
  } else if (opts.model) {
    const model = await loadModelFile(opts.model, locale);
    if (!model.ok) return { ok: false, stage: "edition", messages: model.messages, issues: [] };
    edition = model.edition;
    modelIssues = model.issues;
  } else if (opts.edition) {
    edition = getEdition(opts.edition);
    if (!edition) return { ok: false, stage: "edition", messages: [unknownEdition(opts.edition, locale)], issues: [] };
  }
  const loaded = await loadCheckedFile({
    input: opts.input,
    locale,
    ...(edition ? { edition } : {}),
    ...(opts.limits ? { limits: opts.limits } : {}),
    ...(opts.progress ? { progress: opts.progress } : {}),
  });
  if (!loaded.ok) return { ok: false, stage: loaded.stage, messages: loaded.messages, issues: loaded.issues, ...(loaded.grids ? { grids: loaded.grids } : {}) };
  return { ...loaded, modelIssues };
}
