import { type Edition, type Issue, type MessageLocale, type Plan, type RegionInput, type RegionResult, agenciesWithoutInYear, planRegion, scoreRegion } from "@inovasi/core";
import { type LocatedIssue, type ReadResult, type SourceMap, type WorkbookGrids, columnsAbsent, earlierAcceptedTiers, locateIssues, modelFileWarnings, raisedSinceAccepted, readPlanSettings, releaseInputCells, statusCell, writeResultBlocks } from "@inovasi/workbook";
import { unreadableWorkbook } from "./files.js";
import { type OpenOptions, type OpenOutcome, type ReadBook, loadWorkbookFile, openWorkbookFile } from "./read-file.js";
import { writeThroughTemp } from "./output-file.js";
import { collectNow } from "./heap.js";
import { patchWorkbook, patchWorkbookTo } from "./xlsx/patch.js";
import { ZipSizeError } from "@inovasi/workbook/xlsx-read";
import { type ZipLimits, refusalMessage } from "@inovasi/workbook/xlsx-read";

/** What `score` reads (see {@link OpenOptions}: input, edition or model, locale, limits, progress), and whether it may replace a scored copy. */
export interface ScoreOptions extends OpenOptions {
  overwrite?: boolean;
}

/** What scoring a file gives besides the scored copy. */
interface Scored {
  result: RegionResult;
  /** The plan written on the Rencana sheet (efforts and target from the Pengaturan sheet). */
  plan: Plan;
  /** The cell the plan's status points at (Melapor, for a region not reporting), as `inovasi plan` names it. */
  planStatusCell: string | undefined;
  issues: LocatedIssue[];
  edition: Edition;
  /** Where the workbook's cells are (the reader's): the evidence gaps the summary prints name theirs. */
  source: SourceMap;
  /** The model file's validation warnings (paths inside the file); undefined for a shipped edition. */
  modelIssues: Issue[] | undefined;
  /**
   * Those warnings as the scored copy lists them (Masalah, Ringkasan's notes), first in `issues`: the terminal prints
   * them under the model's name (`modelNoteLines`), not again among the workbook's problems.
   */
  modelWarnings: LocatedIssue[];
}

/** Outcome of scoring one file; nothing here exits or prints. */
export type ScoreOutcome =
  | { ok: false; stage: "refused" | "edition" | "read"; messages: string[]; issues: LocatedIssue[]; /** The workbook's grids when it was read but holds no region (stage "read"). */ grids?: WorkbookGrids }
  | ({ ok: true; output: Uint8Array } & Scored);

/** Outcome of scoring one file into an output file ({@link scoreWorkbookToFile}). */
export type ScoreFileOutcome =
  | { ok: false; stage: "refused" | "edition" | "read" | "output"; messages: string[]; issues: LocatedIssue[]; /** The workbook's grids when it was read but holds no region (stage "read"). */ grids?: WorkbookGrids }
  | ({ ok: true; written: string } & Scored);

/** Read, score and write a workbook in memory. The scored copy keeps every input cell and adds output only. */
export async function scoreWorkbookFile(opts: ScoreOptions): Promise<ScoreOutcome> {
  const s = await scoreForCopy(opts);
  if (!s.ok) return s;
  const { copy, ok: _ok, ...scored } = s;
  try {
    const output = (await patchWorkbook(copy.pkg, copy.writes, copy.output, copy.blocks)).bytes;
    return { ok: true, output, ...scored };
  } catch (e) {
    return patchFailed(e, opts);
  }
}

/**
 * {@link scoreWorkbookFile}, the scored copy written to `opts.output` as it is made (what `inovasi score` does): the
 * copy is never held whole in memory, and the file takes its name only once complete — a failed run leaves no half
 * file and never replaces an existing one (without `overwrite`, an existing file is refused).
 */
export async function scoreWorkbookToFile(opts: ScoreOptions & { output: string }): Promise<ScoreFileOutcome> {
  const locale = opts.locale ?? "id";
  const s = await scoreForCopy(opts);
  if (!s.ok) return s;
  const { copy, ok: _ok, ...scored } = s;
  // the parsed input, the grids and what listing the writes left behind are garbage now: collected before the copy is
  // written (where the binary armed it, see heap.ts)
  collectNow();
  try {
    const w = await writeThroughTemp(opts.output, opts.overwrite === true, locale, (sink) => patchWorkbookTo(sink, copy.pkg, copy.writes, copy.output, copy.blocks));
    if (w.problem !== undefined) return { ok: false, stage: "output", messages: [w.problem], issues: [] };
  } catch (e) {
    return patchFailed(e, opts);
  }
  return { ok: true, written: opts.output, ...scored };
}

/** A package the patcher could not read as it streamed it: refused like a file the reader refuses. */
function patchFailed(e: unknown, opts: ScoreOptions): { ok: false; stage: "refused"; messages: string[]; issues: LocatedIssue[] } {
  const locale = opts.locale ?? "id";
  const message = e instanceof ZipSizeError ? refusalMessage({ code: "inflates_past_declared", entry: e.message }, opts.input, locale) : unreadableWorkbook(opts.input, locale);
  return { ok: false, stage: "refused", messages: [message], issues: [] };
}

/** Read, plan and score; what the scored copy is patched from (the grids already let go). */
async function scoreForCopy(opts: ScoreOptions): Promise<
  | { ok: false; stage: "refused" | "edition" | "read"; messages: string[]; issues: LocatedIssue[]; grids?: WorkbookGrids }
  | ({ ok: true; copy: { pkg: ReadBook["pkg"] } & ReturnType<typeof writeResultBlocks> } & Scored)
> {
  const locale = opts.locale ?? "id";
  const progress = opts.progress ?? (() => {});
  let opened: OpenOutcome | undefined = await openWorkbookFile(opts);
  if (!opened.ok) return opened;
  const { book, modelIssues } = opened;
  const { source, edition, issues: readIssues } = opened.read;
  // the parsed input is taken out of the reader's outcome, scored and planned in a function of its own, and let go
  // when it returns: this async function keeps the outcome it awaited reachable until it returns (V8 keeps a
  // generator's last resumed value, and a frame the values its registers held), whatever `opened` is then set to
  const { settings, result, plan, agenciesWithout, raised } = scoreAndPlan(opened.read, book.grids, locale, progress);
  opened = undefined;
  // a model file (--model): an unknown band threshold is named at its entry there (bands[1].min)
  const model = opts.model && modelIssues ? { file: opts.model, issues: modelIssues } : undefined;
  // the model's own warnings (a maximum re-derived, a key it does not know) go in the copy too: who opens the scored
  // copy sees what the index was computed with, as the terminal and rekap's Rekap sheet say it
  const modelWarnings = model ? modelFileWarnings(model, locale) : [];
  const issues = [...modelWarnings, ...readIssues, ...locateIssues(result.issues, source, locale, { result, edition, model }), ...raised, ...settings.issues];
  progress(locale === "en" ? "writing results…" : "menulis hasil…");
  // the innovation rows' output cells stay in column blocks (typed arrays) until the patcher streams them row by row
  const w = writeResultBlocks(book.grids, result, { source, issues, locale, plan, edition, agenciesWithout, ...(opts.overwrite ? { overwrite: true } : {}) });
  // the grids are not needed past this point: let them be collected before the copy is written (the scored copy is
  // the input package patched: output cells spliced in, owned sheets and the chart rendered from w.output, every
  // other part copied as its original bytes)
  book.grids = {};
  return { ok: true, copy: { pkg: book.pkg, ...w }, result, plan, planStatusCell: statusCell(plan, source), issues: [...issues, ...w.issues], edition, source, modelIssues, modelWarnings };
}

/**
 * Score and plan the parsed input, taken out of `read` (it holds none once this returns), with what Ringkasan needs of
 * it listed: the agencies without an innovation of the rules' year. The input (~16 MB at 10,000 innovations) is then
 * let go before the copy is written, whose garbage would otherwise grow the heap on top of it.
 */
function scoreAndPlan(read: ReadResult, grids: WorkbookGrids, locale: MessageLocale, progress: (msg: string) => void) {
  const { edition, source, issues } = read;
  const input = read.input!;
  read.input = undefined;
  progress(locale === "en" ? `scoring ${input.innovations.length} innovations…` : `menilai ${input.innovations.length} inovasi…`);
  const settings = readPlanSettings(grids, edition, locale);
  // the tiers the last run took as accepted (a scored copy's verified points), read before the rows' cells go
  const earlier = earlierAcceptedTiers(grids, source, edition);
  // the rows are read: only the header row and the cells past it (where a new output column goes) are looked at again
  releaseInputCells(grids, source);
  const result = scoreRegion(input, edition);
  // an answer raised since then whose Bukti still says "Diterima": warned at its Bukti
  const raised = raisedSinceAccepted(earlier, result, source, edition, locale);
  // planned from the region's results (not scored a second time inside the planner)
  const plan = planRegion(input, edition, { efforts: settings.efforts, ...(settings.target ? { target: settings.target } : {}), ...(settings.maxActions !== undefined ? { maxActions: settings.maxActions } : {}), columnsAbsent: columnsAbsent(issues), result });
  return { settings, result, plan, agenciesWithout: agenciesWithoutInYear(input, result.compliance), raised };
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
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale, { result, edition: read.edition })];
  return { ok: true, book, read, result, issues };
}
