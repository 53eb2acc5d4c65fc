/**
 * `inovasi rekap` without the command line: expand folders, score every kab/kota workbook apart (a file that cannot
 * be read is listed with its reason and does not stop the others), recap them, and render the province workbook.
 */
import { open, readFile, readdir, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { type Edition, type MessageLocale, type Recap, type RecapEntry, type RecapOptions, type RecapYears, recapRegions } from "@inovasi/core";
import { type ModelFileRef, type RecapBookReport, type RecapFileReport, type RecapModel, type RecapPrevious, type WorkbookGrids, RERUN_READING, ownWorkbookNote, recapBook, recapWorkbook } from "@inovasi/workbook";
import { DEFAULT_LIMITS, ZipSizeError, checkWorkbookZip, readGrids, refusalMessage, savedAt } from "@inovasi/workbook/xlsx-read";
import { addSummaryChart } from "./chart.js";
import { fileErrorMessage, unreadableWorkbook, workbookInputProblem } from "./files.js";
import { openPackage } from "./xlsx/open.js";
import { newWorkbook, ownedSheetLayout } from "./xlsx-io.js";

/** Files a folder contributes: workbooks, and spreadsheets in formats we cannot read (listed with what to do). */
const SPREADSHEET = new Set([".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".csv", ".tsv"]);
const isSpreadsheet = (name: string) => !name.startsWith("~$") && !name.startsWith(".") && SPREADSHEET.has(extname(name).toLowerCase());
const isLockName = (name: string) => name.startsWith("~$") && SPREADSHEET.has(extname(name).toLowerCase());

/** `~$name.xlsx` that is not a zip package: the owner file Excel writes while `name.xlsx` is open (a real workbook named so is read). */
async function isLockFile(path: string): Promise<boolean> {
  if (!isLockName(basename(path))) return false;
  try {
    const f = await open(path, "r");
    try {
      const { buffer, bytesRead } = await f.read(Buffer.alloc(2), 0, 2, 0);
      return !(bytesRead === 2 && buffer[0] === 0x50 && buffer[1] === 0x4b);
    } finally {
      await f.close();
    }
  } catch {
    return false;
  }
}

/**
 * A lock file skipped, with the workbook it stands for when that is in the folder: Excel names the lock of
 * `Book1.xlsx` `~$Book1.xlsx`, and of a longer name drops its first one or two characters (`kab-bukit.xlsx` →
 * `~$b-bukit.xlsx`), so the workbook is the one file whose name ends as the lock's does, with at most two characters
 * before. None or more than one: the workbook is not named (audit29 F5: a stray `~$lock.xlsx` named a `lock.xlsx` that
 * did not exist).
 */
async function lockOutcome(path: string): Promise<RecapFileOutcome> {
  const name = basename(path);
  const tail = name.slice(2);
  const beside = await readdir(dirname(path)).catch(() => [] as string[]);
  const owners = beside.filter((n) => n !== name && isSpreadsheet(n) && n.endsWith(tail) && n.length - tail.length <= 2);
  return { path, file: name, id: name, scored: false, skipped: true, ...(owners.length === 1 ? { lockFor: owners[0]! } : {}), lock: true, problems: [], issues: [] };
}

const R = {
  id: {
    emptyFolder: (p: string) => `${p}: folder ini tidak berisi buku kerja .xlsx`,
    inSubfolders: (p: string, subs: string[]) => `${p}: folder ini tidak berisi buku kerja .xlsx, tetapi subfoldernya berisi (${subs.join(", ")}); subfolder tidak dibaca — sebut subfolder itu satu per satu`,
    subfoldersSkipped: (p: string, subs: string[]) => `${p}: subfolder yang berisi buku kerja tidak dibaca (${subs.join(", ")}); rekap ini tanpa buku kerja di dalamnya — sebut subfolder itu juga, mis. inovasi rekap "${p}" "${join(p, subs[0]!)}" …`,
    bug: (p: string) => `${p}: kesalahan di dalam inovasi saat menilai berkas ini (bukan di berkas Anda); berkas lain tetap dinilai. Mohon laporkan`,
  },
  en: {
    emptyFolder: (p: string) => `${p}: this folder holds no .xlsx workbook`,
    inSubfolders: (p: string, subs: string[]) => `${p}: this folder holds no .xlsx workbook, but its subfolders do (${subs.join(", ")}); subfolders are not read — name each subfolder`,
    subfoldersSkipped: (p: string, subs: string[]) => `${p}: subfolders holding workbooks are not read (${subs.join(", ")}); this recap is without their workbooks — name those subfolders too, e.g. inovasi rekap "${p}" "${join(p, subs[0]!)}" …`,
    bug: (p: string) => `${p}: an error inside inovasi while scoring this file (not in your file); the other files are still scored. Please report it`,
  },
} as const;

/**
 * One input file's outcome (the workbook package's `RecapBookReport`, as the pane has it, with its path). `id` names
 * its row in the recap: the file name, or the path when two share a name.
 */
export interface RecapFileOutcome extends RecapBookReport {
  path: string;
  /** A lock file Excel keeps beside an open workbook (`~$name.xlsx`): skipped. */
  lock?: boolean;
  /** The lock file's workbook, when it is in the same folder (see `lockOutcome`). */
  lockFor?: string;
}

export interface RecapFilesOptions {
  /** Workbooks and folders (a folder contributes its spreadsheets, not its subfolders). */
  inputs: string[];
  /** Score every workbook with this edition; default: each workbook's own model-edition cell. */
  edition?: Edition;
  /** The model file `edition` was read from (`--model`), to name an unknown band threshold at its entry there. */
  model?: ModelFileRef | undefined;
  /** Paths never to read as input (the recap's own output, the list of regions, when they sit in an input folder). */
  exclude?: string | readonly string[];
  locale?: MessageLocale;
  recap?: RecapOptions;
  /** Called before each file (`[3/12] kab-a.xlsx`). */
  progress?: (file: string, k: number, n: number) => void;
}

export interface RecapFilesResult {
  files: RecapFileOutcome[];
  recap: Recap;
}

/** Expand folders to their spreadsheets (sorted by name, lock files `~$…` skipped); paths given twice count once. */
export async function expandInputs(inputs: string[], locale: MessageLocale, exclude?: string | readonly string[]): Promise<{ paths: string[]; problems: RecapFileOutcome[] }> {
  const paths: string[] = [];
  const problems: RecapFileOutcome[] = [];
  const seen = new Set<string>((typeof exclude === "string" ? [exclude] : (exclude ?? [])).map((p) => resolve(p)));
  const locks: RecapFileOutcome[] = [];
  const add = async (p: string) => {
    if (seen.has(resolve(p))) return;
    seen.add(resolve(p));
    // Excel's lock file beside an open workbook (a shell's *.xlsx picks it up): skipped, and named, since the workbook
    // it stands for may hold changes not yet saved
    if (await isLockFile(p)) locks.push(await lockOutcome(p));
    else paths.push(p);
  };
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = (await stat(input)).isDirectory();
    } catch (e) {
      // not there: the file's own check says so, in its row
      if ((e as NodeJS.ErrnoException).code !== "ENOENT") problems.push(notScored(input, fileErrorMessage(e, input, locale)));
      else await add(input);
      continue;
    }
    if (!isDir) { await add(input); continue; }
    const entries = await readdir(input, { withFileTypes: true });
    const names = entries
      .filter((d) => d.isFile() && (isSpreadsheet(d.name) || isLockName(d.name)))
      .map((d) => d.name)
      .sort((a, b) => a.localeCompare(b));
    const before = paths.length;
    for (const n of names) await add(join(input, n));
    // a province that keeps one subfolder per kab/kota: say where the workbooks are, whether or not the folder has some
    // of its own (a stray file beside the subfolders made a recap of one region, silently)
    const subs: string[] = [];
    for (const d of entries.filter((x) => x.isDirectory() && !x.name.startsWith("."))) {
      const inner = await readdir(join(input, d.name)).catch(() => [] as string[]);
      if (inner.some(isSpreadsheet)) subs.push(d.name);
    }
    subs.sort((a, b) => a.localeCompare(b));
    if (paths.length === before && names.length === 0) problems.push(notScored(input, subs.length ? R[locale].inSubfolders(input, subs) : R[locale].emptyFolder(input)));
    else if (subs.length) problems.push(notScored(input, R[locale].subfoldersSkipped(input, subs)));
  }
  return { paths, problems: [...problems, ...locks] };
}

function notScored(path: string, message: string): RecapFileOutcome {
  return { path, file: path, id: path, scored: false, problems: [{ severity: "error", message }], issues: [] };
}

/** Score every workbook apart and recap the ones that could be scored. Never throws for a file the user gave. */
export async function recapFiles(opts: RecapFilesOptions): Promise<RecapFilesResult> {
  const locale = opts.locale ?? "id";
  const { paths, problems } = await expandInputs(opts.inputs, locale, opts.exclude);
  const names = paths.map((p) => basename(p));
  const idOf = (p: string, k: number) => (names.filter((n) => n === names[k]).length > 1 ? p : names[k]!);
  const files: RecapFileOutcome[] = [...problems];
  const entries: RecapEntry[] = [];
  for (const [k, path] of paths.entries()) {
    opts.progress?.(path, k + 1, paths.length);
    const id = idOf(path, k);
    try {
      const loaded = await loadGrids(path, locale);
      if (!Array.isArray(loaded)) {
        // the same step as the add-in's pane: read by the contract, scored, located, with the workbook's own planning
        // efforts (Pengaturan "Upaya …"; the target is the recap's); the tool's own recap or banding is skipped. The saved dates
        // decide which of two copies of one region is counted.
        const { report, entry } = recapBook(id, loaded.grids, { locale, saved: loaded.saved, ...(opts.edition ? { edition: opts.edition } : {}), model: opts.model });
        files.push({ ...report, path, ...(report.ownKind ? { problems: [{ severity: "info" as const, message: ownWorkbookNote(path, report.ownKind, locale) }] } : {}) });
        if (entry) entries.push(entry);
        continue;
      }
      files.push({ path, file: id, id, scored: false, problems: loaded.map((message) => ({ severity: "error" as const, message })), issues: [] });
    } catch (e) {
      // a bug in inovasi, not in the file: say so for this file, with what to report, and go on with the others
      files.push(notScored(path, `${R[locale].bug(path)}: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
  return { files, recap: recapRegions(entries, opts.recap ?? {}) };
}

/**
 * A workbook file's grids (streamed, nothing read by the contract yet) and when it was saved (the workbook's own date
 * and the file's time), or why it cannot be opened.
 */
export async function loadGrids(path: string, locale: MessageLocale): Promise<{ grids: WorkbookGrids; saved: { workbook: string | null; file: string | null } } | string[]> {
  const problem = await workbookInputProblem(path, locale);
  if (problem) return [problem];
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return [fileErrorMessage(e, path, locale)];
  }
  const refusal = checkWorkbookZip(bytes, DEFAULT_LIMITS);
  if (refusal) return [refusalMessage(refusal, path, locale)];
  const file = await stat(path).then((st) => st.mtime.toISOString(), () => null);
  try {
    const pkg = openPackage(bytes);
    return { grids: await readGrids(pkg, RERUN_READING), saved: { workbook: savedAt(pkg), file } };
  } catch (e) {
    // a part that inflates past its declared size (a bomb that lies), or a package the reader cannot parse
    return [e instanceof ZipSizeError ? refusalMessage({ code: "inflates_past_declared", entry: e.message }, path, locale) : unreadableWorkbook(path, locale)];
  }
}

/**
 * The province workbook (.xlsx bytes): recap table, ranking, predicate distribution with its chart, problems per file;
 * with `previous` (`compareRecaps`), the comparison with last year on a sheet of its own.
 */
export async function recapXlsx(recap: Recap, files: readonly RecapFileReport[], locale: MessageLocale = "id", previous?: RecapYears | RecapPrevious, model?: RecapModel): Promise<Uint8Array> {
  const book = newWorkbook();
  const { writes, output } = recapWorkbook(recap, files, locale, previous, model);
  book.apply(writes);
  for (const s of output.ownedSheets) book.layoutOwnedSheet(s.name, s.widths, ownedSheetLayout(writes, s));
  let bytes = await book.toBuffer();
  for (const c of output.charts) {
    const rows = recap.distribution;
    bytes = await addSummaryChart(
      bytes,
      { sheet: c.sheet, firstRow: c.firstRow, lastRow: c.lastRow, series: c.series, title: c.title },
      // the categories as the sheet's cells hold them (the predicates' labels, the writer's word for none)
      { categories: rows.map((_, i) => String(writes.find((w) => w.sheet === c.sheet && w.row === c.firstRow + i && w.col === c.categoryCol)?.value ?? "")), series: [rows.map((d) => d.claimed), rows.map((d) => d.verified)] },
    );
  }
  return bytes;
}

