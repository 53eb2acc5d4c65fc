import { type Edition, type Issue, type MessageLocale, type Plan, type RegionInput, type RegionResult, planRegion, scoreRegion } from "@inovasi/core";
import { type LocatedIssue, type ReadResult, type WorkbookGrids, locateIssues, readPlanSettings, releaseInputCells, writeResultBlocks } from "@inovasi/workbook";
import { unreadableWorkbook } from "./files.js";
import { type OpenOptions, type OpenOutcome, type ReadBook, loadWorkbookFile, openWorkbookFile } from "./read-file.js";
import { patchWorkbook } from "./xlsx/patch.js";
import { ZipSizeError } from "@inovasi/workbook/xlsx-read";
import { type ZipLimits, refusalMessage } from "@inovasi/workbook/xlsx-read";

/** What `score` reads (see {@link OpenOptions}: input, edition or model, locale, limits, progress), and whether it may replace a scored copy. */
export interface ScoreOptions extends OpenOptions {
  overwrite?: boolean;
}

/** Outcome of scoring one file; nothing here exits or prints. */
export type ScoreOutcome =
  | { ok: false; stage: "refused" | "edition" | "read"; messages: string[]; issues: LocatedIssue[] }
  | {
      ok: true;
      result: RegionResult;
      /** The plan written on the Rencana sheet (efforts and target from the Pengaturan sheet). */
      plan: Plan;
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
  let opened: OpenOutcome | undefined = await openWorkbookFile(opts);
  if (!opened.ok) return opened;
  const { book, modelIssues } = opened;
  const { source, edition, issues: readIssues } = opened.read;
  let input: RegionInput | undefined = opened.read.input;
  // from here on only `input` holds the parsed input: it is let go once scored and planned, before the copy is written
  opened = undefined;
  progress(locale === "en" ? `scoring ${input.innovations.length} innovations…` : `menilai ${input.innovations.length} inovasi…`);
  const settings = readPlanSettings(book.grids, edition, locale);
  // the rows' input cells are read: only the header row and the output columns are looked at again (by the writer)
  releaseInputCells(book.grids, source);
  const result = scoreRegion(input, edition);
  // planned from the region's results (not scored a second time inside the planner)
  const plan = planRegion(input, edition, { efforts: settings.efforts, ...(settings.target ? { target: settings.target } : {}), result });
  input = undefined;
  const issues = [...readIssues, ...locateIssues(result.issues, source, locale), ...settings.issues];
  progress(locale === "en" ? "writing results…" : "menulis hasil…");
  // the innovation rows' output cells stay in column blocks (typed arrays) until the patcher streams them row by row
  const w = writeResultBlocks(book.grids, result, { source, issues, locale, plan, edition, ...(opts.overwrite ? { overwrite: true } : {}) });
  // the grids are not needed past this point: let them be collected before the copy is written
  book.grids = {};
  // the scored copy is the input package patched: output cells spliced in, owned sheets and the chart rendered from
  // w.output, every other part copied as its original bytes
  let output: Uint8Array;
  try {
    output = (await patchWorkbook(book.pkg, w.writes, w.output, w.blocks)).bytes;
  } catch (e) {
    const message = e instanceof ZipSizeError ? refusalMessage({ code: "inflates_past_declared", entry: e.message }, opts.input, locale) : unreadableWorkbook(opts.input, locale);
    return { ok: false, stage: "refused", messages: [message], issues: [] };
  }
  return { ok: true, result, plan, issues: [...issues, ...w.issues], output, edition, modelIssues };
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
  | { ok: true; book: ReadBook; read: ReadResult & { input: NonNullable<ReadResult["input"]> }; result: RegionResult; issues: LocatedIssue[] };

/** Load, read and score one workbook file (what `rekap` and `banding` do per file). Never throws for a user's file. */
export async function readAndScoreWorkbook(opts: ReadAndScoreOptions): Promise<ReadAndScoreOutcome> {
  const locale = opts.locale ?? "id";
  const loaded = await loadWorkbookFile(opts);
  if (!loaded.ok) return loaded;
  const { book, read } = loaded;
  opts.progress?.(locale === "en" ? `scoring ${read.input.innovations.length} innovations…` : `menilai ${read.input.innovations.length} inovasi…`);
  const result = scoreRegion(read.input, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale)];
  return { ok: true, book, read, result, issues };
}
