/**
 * The pane's state and how it changes: one store shared by the pane and the ribbon command (shared runtime), a pure
 * reducer, and the derived texts of the controls. No DOM, no Office.js.
 */
import { type Edition, type ExpectedRegion, type Issue, defaultEdition, editions, formatIssue } from "@inovasi/core";
import { type ContractSheet, PLAN_SHEET, PROBLEMS_SHEET, SHEETS, type SheetTaken, type WorkbookGrids, namesSheet, namesSpdSheet, normaliseHeader, sheetsTaken } from "@inovasi/workbook";
import type { PipelineOutcome } from "../pipeline.js";
import type { PickedFile } from "../recap.js";
import { type NumberLocale, formatNumber, numberLocaleOf } from "./format.js";
import { type Lang, msg, t } from "./messages.js";
import { type RecapAction, type RecapState, initialRecap, isRecapBusy, reduceRecap } from "./recap-state.js";

export type Phase = "idle" | "reading" | "scoring" | "writing" | "done" | "failed";

/** A province model file the analyst picked: loaded, or refused with the reasons. */
export type ModelFile =
  | { file: string; ok: true; edition: Edition; warnings?: Issue[]; placeholders?: string[] }
  | { file: string; ok: false; issues: Issue[]; issuesIn?: Record<Lang, Issue[]> }
  | { file: string; ok: false; notJson: true };

export interface PaneState {
  lang: Lang;
  /** Follows `lang` (numbers in the pane's prose are written as its text language writes them; see `format.ts`). */
  numberLocale: NumberLocale;
  /** A shipped edition chosen in the list; undefined = the one the Pengaturan sheet names (or the default). */
  editionId: string | undefined;
  model: ModelFile | undefined;
  sheets: SheetsSeen | undefined;
  inserted: string[] | undefined;
  /** The template sheets are being inserted (no run, recap or second insertion meanwhile). */
  inserting?: boolean;
  phase: Phase;
  /** 0–100 while a run is busy. */
  progress: number;
  /** Rows of the contract sheets read so far while reading (the status line counts them). */
  readRows?: { done: number; total: number } | undefined;
  outcome: PipelineOutcome | undefined;
  /** The run under way (or the last one) also plans (Susun rencana). */
  planning: boolean;
  /** Why the last run failed in Excel: the host's error code, when it gave one (never shown as such), and what ran. */
  failure: { code: string | undefined; what?: "score" | "template" | undefined; calcLeft?: string | undefined } | undefined;
  /** The run re-plans because the workbook has the tool's Rencana sheet (not asked for: the status says why it is slow). */
  replanning?: boolean;
  /** The language the last run's messages were written in (problem texts keep it until the next run). */
  runLang?: Lang | undefined;
  /** Sheets whose merged areas Excel would not give in the last run (their merged rows read as unmerged). */
  mergesSkipped?: string[] | undefined;
  /**
   * Sheets of the last run whose hidden columns Excel did not say (below ExcelApi 1.2, or refused), where the reader
   * found one header twice: which of the two is hidden was not known, so the first was read.
   */
  hiddenColumnsUnread?: string[] | undefined;
  /**
   * The last run was refused by the reader and Excel would not write its marks (the Masalah list, the out-of-date line
   * on the tool's sheets, on `sheets`): why (the host's code), and the sheets left holding an earlier run unmarked.
   */
  marksFailed?: MarksFailed | undefined;
  /** A cell link that Excel could not select (the sheet renamed or deleted since the run, Excel busy editing a cell). */
  linkFailure?: { sheet: string; cell: string; code: string | undefined } | undefined;
  /** The edition the workbook's Pengaturan sheet named at the last run that chose none (what "Sesuai lembar Pengaturan" uses). */
  sheetEdition?: Edition | undefined;
  /** The "Rekap provinsi" section (`recap-state.ts`). */
  recap: RecapState;
  /**
   * The predicate (band id) the recap measures every region against, as `inovasi rekap --target`; undefined = the
   * edition's top predicate, each plan aiming one predicate up (`recap-target.ts`).
   */
  recapTarget: string | undefined;
  /**
   * The assessment year to recap, as `inovasi rekap --year` (files of other years are named, not recapped); undefined
   * = the most common year of the files, others ranked apart.
   */
  recapYear?: number | undefined;
  /** Text typed in the year box that is no year ("205"): shown back with what to type; the recap waits for a year. */
  recapYearInvalid?: string | undefined;
  /**
   * The province's list of kab/kota picked in the section (as `inovasi rekap --regions`): its file and regions, or the
   * rows it cannot use (then not used). A recap names every listed region that sent nothing.
   */
  recapRegions?: RecapRegionList | undefined;
  /**
   * Last year's kab/kota files picked in the section (as `inovasi rekap --previous`): read and scored at the next recap,
   * after this year's, and compared with it on the Banding Tahun sheet. Kept until dropped (a re-run compares again).
   */
  recapPrevious?: readonly PickedFile[] | undefined;
}

/**
 * The province's list as the section keeps it: `problems` in the language it was read in, and `problemsIn` both
 * languages (the section shows those of its current language; see `regionListProblems`).
 */
export interface RecapRegionList {
  file: string;
  regions: ExpectedRegion[];
  problems: string[];
  problemsIn?: Record<Lang, string[]> | undefined;
}

/**
 * The worksheets line's facts: the contract sheets the reader takes (`found`, by their own name or another), those it
 * lacks (`missing`: what the template may insert), and — by contract sheet — the sheet of another name it reads
 * (`readFrom`, with why that name may make it the wrong one), the sheets it cannot choose between (`ambiguous`: none
 * read, none inserted), and for a missing one a sheet whose name holds its name (`near`). `names`: the workbook's
 * sheet names when this was decided from their cells (a run), so a later look at the names alone keeps it.
 */
export interface SheetsSeen {
  found: string[];
  missing: string[];
  near?: Record<string, string> | undefined;
  readFrom?: Record<string, { sheet: string; doubt?: { year: string; assessed: string } | { word: string } | undefined }> | undefined;
  ambiguous?: Record<string, string[]> | undefined;
  names?: string[] | undefined;
}

/** A refused run's marks Excel would not write (`PaneState.marksFailed`). */
export interface MarksFailed { code: string | undefined; sheets: string[]; stale: string[]; calcLeft?: string | undefined }

/** The section's line on last year's files: how many, and the first three names. */
export function recapPreviousText(s: PaneState): string {
  const files = s.recapPrevious ?? [];
  if (!files.length) return "";
  const names = files.slice(0, 3).map((f) => f.name).join(", ") + (files.length > 3 ? ", …" : "");
  return msg.previousPicked(s.lang, formatNumber(files.length, s.numberLocale), names);
}

/** The list's problems in the pane's language (as read, when only that language is known). */
export const regionListProblems = (r: RecapRegionList, lang: Lang): string[] => r.problemsIn?.[lang] ?? r.problems;

export type Action =
  | { type: "lang"; lang: Lang }
  | { type: "edition"; id: string | undefined }
  | { type: "model"; model: ModelFile | undefined }
  | ({ type: "sheets" } & SheetsSeen)
  | { type: "insert-start" }
  | { type: "inserted"; names: string[] }
  | { type: "start"; plan?: boolean }
  | { type: "phase"; phase: "scoring" | "writing"; replanning?: boolean }
  | { type: "progress"; done: number; total: number }
  | { type: "scored"; outcome: PipelineOutcome; fromSheet?: boolean; marksFailed?: MarksFailed }
  | { type: "failed"; code: string | undefined; what?: "score" | "template"; calcLeft?: string }
  | { type: "select-failed"; sheet: string; cell: string; code: string | undefined }
  | { type: "selected" }
  | { type: "read-notes"; mergesSkipped: string[]; hiddenColumnsUnread?: string[] }
  /** The edition the Pengaturan sheet names: read at start-up, or (`edited`) again after the sheet was edited. */
  | { type: "sheet-edition"; edition: Edition; edited?: boolean }
  | { type: "recap-target"; id: string | undefined }
  | { type: "recap-year"; year: number | undefined; invalid?: string | undefined }
  | { type: "recap-regions"; list: RecapRegionList | undefined }
  | { type: "recap-previous"; files: readonly PickedFile[] | undefined }
  | RecapAction;

export function initialState(lang: Lang): PaneState {
  return { lang, numberLocale: numberLocaleOf(lang), editionId: undefined, model: undefined, sheets: undefined, inserted: undefined, phase: "idle", progress: 0, outcome: undefined, failure: undefined, planning: false, recap: initialRecap(), recapTarget: undefined };
}

/** Progress marks of a run: reading 10 → 35 % by rows read, scoring 40 %, writing 50 → 100 % by chunks written. */
const PROGRESS = { reading: 10, scoring: 40, writing: 50 } as const;

export function reduce(s: PaneState, a: Action): PaneState {
  // a run takes its edition, model and language once it has read the workbook: none changes under it (the pane's
  // controls are disabled meanwhile; this holds for any other caller too)
  if ((a.type === "edition" || a.type === "model" || a.type === "lang") && isWorkbookBusy(s)) return s;
  switch (a.type) {
    case "lang": return { ...s, lang: a.lang, numberLocale: numberLocaleOf(a.lang) };
    // choosing in the list also puts a loaded model aside: what the list shows is what a run uses
    case "edition": return a.id === MODEL_OPTION ? s : keepRecapTarget({ ...s, editionId: a.id && a.id in editions ? a.id : undefined, model: undefined });
    case "model": return keepRecapTarget({ ...s, model: a.model });
    case "recap-target": return { ...s, recapTarget: a.id || undefined };
    case "recap-year": return { ...s, recapYear: a.year, recapYearInvalid: a.invalid };
    case "recap-regions": return { ...s, recapRegions: a.list };
    case "recap-previous": return { ...s, recapPrevious: a.files?.length ? a.files : undefined };
    case "sheets": return { ...s, sheets: seenOf(a) };
    // the status line then says what was inserted (a run's or a failure's status gives way)
    case "insert-start": return { ...s, inserting: true };
    case "inserted": return { ...s, inserting: false, inserted: a.names, ...(isBusy(s) ? {} : { phase: "idle" as const, failure: undefined }) };
    case "start": return { ...s, phase: "reading", progress: PROGRESS.reading, failure: undefined, inserted: undefined, planning: !!a.plan, replanning: false, linkFailure: undefined, mergesSkipped: undefined, hiddenColumnsUnread: undefined, readRows: undefined, runLang: s.lang };
    case "phase": return { ...s, phase: a.phase, progress: PROGRESS[a.phase], ...(a.replanning !== undefined ? { replanning: a.replanning } : {}) };
    case "progress": {
      const part = Math.min(a.done, a.total) / Math.max(1, a.total);
      if (s.phase === "writing") return { ...s, progress: PROGRESS.writing + Math.round(50 * part) };
      if (s.phase === "reading") return { ...s, progress: PROGRESS.reading + Math.round(25 * part), readRows: { done: Math.min(a.done, a.total), total: a.total } };
      return s;
    }
    case "scored": return { ...s, phase: "done", progress: 100, outcome: a.outcome, marksFailed: a.marksFailed, ...(a.fromSheet && a.outcome.ok ? { sheetEdition: a.outcome.edition } : {}) };
    case "failed": return { ...s, phase: "failed", progress: 0, failure: { code: a.code, ...(a.what ? { what: a.what } : {}), ...(a.calcLeft ? { calcLeft: a.calcLeft } : {}) }, linkFailure: undefined, inserting: false };
    case "select-failed": return { ...s, linkFailure: { sheet: a.sheet, cell: a.cell, code: a.code } };
    case "read-notes": return { ...s, mergesSkipped: a.mergesSkipped.length ? a.mergesSkipped : undefined, hiddenColumnsUnread: a.hiddenColumnsUnread?.length ? a.hiddenColumnsUnread : undefined };
    case "selected": return s.linkFailure ? { ...s, linkFailure: undefined } : s;
    // the edition the Pengaturan sheet names, read at start-up for the IID functions: a run's reading comes first;
    // read again after an edit of the sheet, it replaces a run's (the edit came after)
    case "sheet-edition": return s.sheetEdition && (!a.edited || s.sheetEdition === a.edition) ? s : { ...s, sheetEdition: a.edition };
    default: return { ...s, recap: reduceRecap(s.recap, a) };
  }
}

/** The recap target stays while the chosen edition still has that predicate; otherwise back to the default. */
function keepRecapTarget(s: PaneState): PaneState {
  const bands = (chosenEdition(s) ?? defaultEdition).bands;
  return s.recapTarget === undefined || bands.some((b) => b.id === s.recapTarget) ? s : { ...s, recapTarget: undefined };
}

/** A run is under way (the score button is disabled, a second run is refused). */
export const isBusy = (s: PaneState): boolean => s.phase === "reading" || s.phase === "scoring" || s.phase === "writing";

/** Used rows from which the status line counts the rows read. */
export const READ_COUNT_FROM = 2_000;

/** A scoring run, a recap or a template insertion is under way: each writes into the workbook, so no other may start. */
export const isWorkbookBusy = (s: PaneState): boolean => isBusy(s) || isRecapBusy(s.recap) || !!s.inserting;

/** Results kept from an earlier scoring run while the last one failed (a failed template insertion is not a run). */
export const isStale = (s: PaneState): boolean => s.phase === "failed" && !!s.outcome && s.failure?.what !== "template";

/** The edition list's value for "the province model loaded from a file" (never an edition id). */
export const MODEL_OPTION = "#model";

/** The edition a run uses: a loaded model, else the chosen shipped edition, else undefined (the workbook decides). */
export function chosenEdition(s: PaneState): Edition | undefined {
  if (s.model?.ok) return s.model.edition;
  return s.editionId ? editions[s.editionId as keyof typeof editions] : undefined;
}

/** The status line: the phase in words, or why Excel failed; a link Excel could not follow first. */
export function statusText(s: PaneState): string {
  if (s.linkFailure && !isBusy(s)) return msg.selectFailed(s.lang, s.linkFailure.sheet, s.linkFailure.cell, s.linkFailure.code);
  switch (s.phase) {
    case "idle": return s.inserted ? msg.inserted(s.lang, s.inserted) : "";
    // rows counted once a large sheet is under way (a few hundred rows read in one sync need no count)
    case "reading": return s.readRows && s.readRows.total >= READ_COUNT_FROM && s.readRows.done < s.readRows.total
      ? msg.readingRows(s.lang, formatNumber(s.readRows.done, s.numberLocale), formatNumber(s.readRows.total, s.numberLocale))
      : t(s.lang, "reading");
    case "scoring": return t(s.lang, s.planning ? "planning" : s.replanning ? "replanning" : "scoring");
    case "writing": return t(s.lang, "writing");
    case "done": {
      const o = s.outcome;
      const m = s.marksFailed;
      const marks = o && !o.ok && m ? ` ${msg.marksNotWritten(s.lang, m.code, m.sheets, m.stale)}${m.calcLeft ? ` ${msg.calcLeftManual(s.lang, m.calcLeft)}` : ""}` : "";
      const head = !o ? t(s.lang, "notScored") : !o.ok ? msg.notScored(s.lang, !!o.blocked?.problemsSheet, o.blocked?.stale ?? []) + marks : doneText(s.lang, o);
      if (!o?.issues.length) return head;
      // the counts in the status line too: it is what a screen reader announces when the run ends
      const n = (sev: string) => o.issues.filter((i) => i.severity === sev).length;
      // notes counted as the list counts them (its heading's total is all three)
      return `${head} ${t(s.lang, "problems")}: ${msg.problemCount(s.lang, n("error"), n("warning"), (v) => formatNumber(v, s.numberLocale), n("info"))}.`;
    }
    case "failed": return msg.excelFailed(s.lang, s.failure?.code, s.failure?.what) + (s.failure?.calcLeft ? ` ${msg.calcLeftManual(s.lang, s.failure.calcLeft)}` : "");
  }
}

/**
 * What a run that scored wrote: the tool's sheets, or — for a sheet of the analyst's own named Ringkasan, Rencana or
 * Masalah (in any case: named as the analyst sees it) — that it was left alone.
 */
export function doneText(lang: Lang, o: Extract<PipelineOutcome, { ok: true }>): string {
  const owned = new Set([SHEETS.summary, PLAN_SHEET, PROBLEMS_SHEET].map((x) => x.toLowerCase()));
  const left = [...new Set(o.issues.filter((i) => i.code === "summary_sheet_not_ours" && owned.has(i.sheet.toLowerCase())).map((i) => i.sheet))];
  return left.length ? msg.doneLeftAlone(lang, !!o.plan, left) : t(lang, o.plan ? "planDone" : "done");
}

/** The line under the model file button, and a loaded model's warnings (each in the pane's language). */
export function modelText(s: PaneState): { text: string; error: boolean; notes?: string[] } {
  const m = s.model;
  if (!m) return { text: t(s.lang, "noModelFile"), error: false };
  if (m.ok) {
    const notes = [...(m.warnings ?? []).map((i) => formatIssue(i, s.lang)), ...(m.placeholders ?? []).map((p) => msg.modelPlaceholder(s.lang, p))];
    const loaded = msg.modelLoaded(s.lang, m.file, m.edition.id);
    return notes.length ? { text: `${loaded} ${msg.modelWarnings(s.lang, notes.length)}`, error: false, notes } : { text: loaded, error: false };
  }
  // a refused file replaces any model loaded before: say what a run uses now
  const used = ` ${t(s.lang, "modelNotUsed")}`;
  if ("notJson" in m) return { text: msg.modelNotJson(s.lang, m.file) + used, error: true };
  // a shape problem's text is fixed when the file is checked: the reasons in the pane's language, as read in both
  const issues = m.issuesIn?.[s.lang] ?? m.issues;
  return { text: msg.modelInvalid(s.lang, m.file, issues.filter((i) => i.severity === "error").slice(0, 5).map((i) => formatIssue(i, s.lang)).join("; ")) + used, error: true };
}

/**
 * The options of the edition list: the loaded province model (when there is one, selected: it is what a run uses), "as
 * the Pengaturan sheet says", then every shipped edition.
 */
export function editionOptions(s: PaneState): { value: string; label: string; selected: boolean }[] {
  const fromSheet = s.lang === "id" ? "Sesuai lembar Pengaturan" : "As the Pengaturan sheet says";
  const model = s.model?.ok ? s.model : undefined;
  return [
    ...(model ? [{ value: MODEL_OPTION, label: msg.modelOption(s.lang, model.edition.id), selected: true }] : []),
    { value: "", label: fromSheet, selected: !model && s.editionId === undefined },
    ...Object.values(editions).map((e) => ({ value: e.id, label: `${e.id} — ${e.name[s.lang]}`, selected: !model && s.editionId === e.id })),
  ];
}

/**
 * The worksheets line: which required sheets are there (and which is read from a sheet of another name), which are
 * missing, and which the reader cannot choose between.
 */
export function sheetsText(s: PaneState): string {
  if (!s.sheets) return "";
  const { found, missing, near, readFrom, ambiguous } = s.sheets;
  const from = Object.entries(readFrom ?? {}).map(([want, r]) => msg.sheetReadFrom(s.lang, want, r.sheet, r.doubt));
  const unsure = Object.entries(ambiguous ?? {}).map(([want, names]) => msg.sheetAmbiguous(s.lang, want, names));
  if (!missing.length && !unsure.length) return [msg.sheetsComplete(s.lang, found), ...from].join(" ");
  // a sheet renamed ("Inovasi 2025") the reader does not take: said, so the analyst renames it back instead of inserting an empty one
  const renamed = missing.filter((m) => near?.[m]).map((m) => msg.sheetNear(s.lang, near![m]!, m));
  return [...(missing.length ? [msg.sheetsMissing(s.lang, missing), ...renamed] : []), ...unsure, ...(found.length ? [msg.sheetsPresent(s.lang, found)] : []), ...from].join(" ");
}

/** A minimal observable store. */
export interface Store {
  get(): PaneState;
  dispatch(a: Action): void;
  subscribe(f: (s: PaneState, prev: PaneState) => void): () => void;
}

export function createStore(initial: PaneState): Store {
  let state = initial;
  const subs = new Set<(s: PaneState, prev: PaneState) => void>();
  return {
    get: () => state,
    dispatch(a) {
      const prev = state;
      state = reduce(state, a);
      if (state !== prev) for (const f of subs) f(state, prev);
    },
    subscribe(f) { subs.add(f); return () => subs.delete(f); },
  };
}

/** The sheets a workbook must have to be scored (the reader refuses a workbook without Pengaturan too). */
export const REQUIRED_SHEETS = [SHEETS.innovations, SHEETS.spd, SHEETS.agencies, SHEETS.settings] as const;
const CONTRACT_KEYS: ContractSheet[] = ["innovations", "spd", "agencies", "settings"];

/**
 * The worksheets line's facts from the sheets the reader takes (`taken`: a run's `ReadResult.sheets`, or
 * `sheetsTaken`), so the pane calls a sheet there exactly when the reader reads one for it. For a missing sheet, the
 * first other sheet whose name holds its name (`Pengaturan 2025` for Pengaturan): probably the same sheet, renamed.
 */
export function detectSheets(grids: WorkbookGrids, taken: Record<ContractSheet, SheetTaken> = sheetsTaken(grids, { edition: defaultEdition }), cells = true): SheetsSeen {
  const found: string[] = [];
  const missing: string[] = [];
  const readFrom: NonNullable<SheetsSeen["readFrom"]> = {};
  const ambiguous: Record<string, string[]> = {};
  const used = new Set<string>();
  for (const key of CONTRACT_KEYS) {
    const want = SHEETS[key];
    const t = taken[key];
    for (const g of [t.grid, ...(t.candidates ?? [])]) if (g) used.add(g.name);
    if (t.grid) {
      found.push(want);
      if (t.renamed) readFrom[want] = { sheet: t.grid.name, ...(t.renamed.doubt ? { doubt: t.renamed.doubt } : {}) };
    } else if (t.candidates) ambiguous[want] = t.candidates.map((g) => g.name);
    else missing.push(want);
  }
  const near: Record<string, string> = {};
  for (const m of missing) {
    const want = normaliseHeader(m);
    const other = Object.values(grids).find((g) => !used.has(g.name) && normaliseHeader(g.name).includes(want));
    if (other) near[m] = other.name;
  }
  return seenOf({ found, missing, near, readFrom, ambiguous, ...(cells ? { names: Object.values(grids).map((g) => g.name) } : {}) });
}

/**
 * {@link detectSheets} from sheet names alone (the pane's first look, after inserting): a sheet whose name says it is
 * a contract sheet renamed ("Data Inovasi", "OPD") counts as laid out as it — the next run reads its cells and says.
 * `edition`: the one a run would use (an edition scored from an SPD total reads the SPD sheet by its name only).
 */
export function detectSheetNames(names: string[], edition: Edition = defaultEdition): SheetsSeen {
  const grids: WorkbookGrids = Object.fromEntries(names.map((name) => [name, { name, cells: [] }]));
  return detectSheets(grids, sheetsTaken(grids, { edition, namesOnly: true }), false);
}

/**
 * The worksheets line's facts for the workbook's sheet names now: those of the last run while the names are the same
 * (its cells said which sheet is which), else from the names alone, with the edition a run would use.
 */
export function sheetsNow(s: PaneState, names: string[]): SheetsSeen {
  const last = s.sheets;
  // only the names that may be a contract sheet count (the run's own Ringkasan, a recap's sheets change nothing)
  const key = (list: string[]) => list.filter(mayBeContract).map(normaliseHeader).sort().join("\u0000");
  if (last?.names && key(last.names) === key(names)) return last;
  return detectSheetNames(names, chosenEdition(s) ?? s.sheetEdition ?? defaultEdition);
}

const CONTRACT_NAMES = new Set<string>(REQUIRED_SHEETS.map(normaliseHeader));
const mayBeContract = (n: string) => CONTRACT_NAMES.has(normaliseHeader(n)) || namesSheet("innovations", n) || namesSheet("agencies", n) || namesSpdSheet(n);

/**
 * The template sheets a workbook with these facts must not get: a contract sheet the reader reads under another name,
 * or cannot choose for (a sheet of the contract's name would be read instead, empty).
 */
export const templateLeftOut = (seen: SheetsSeen): string[] => [...Object.keys(seen.readFrom ?? {}), ...Object.keys(seen.ambiguous ?? {})];

/** The facts without their empty parts (a state compares and prints as it says). */
function seenOf(a: SheetsSeen & { type?: string }): SheetsSeen {
  const full = <T>(r: Record<string, T> | undefined) => (r && Object.keys(r).length ? r : undefined);
  const near = full(a.near), readFrom = full(a.readFrom), ambiguous = full(a.ambiguous);
  return { found: a.found, missing: a.missing, ...(near ? { near } : {}), ...(readFrom ? { readFrom } : {}), ...(ambiguous ? { ambiguous } : {}), ...(a.names ? { names: a.names } : {}) };
}
