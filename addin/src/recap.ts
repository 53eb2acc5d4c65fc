/**
 * The province recap from kab/kota workbook files the analyst picks in the pane: each file read in memory with the
 * host-neutral .xlsx reader, scored apart (a file that cannot be read is listed with its reason; the others go on),
 * recapped with `recapRegions`, and described as the recap sheets `inovasi rekap` writes (`recapWorkbook`). Pure: no
 * DOM, no Office.js; the bytes come from the caller.
 */
import { type Edition, type MessageLocale, type Recap, type RecapEntry, type RecapOptions, type RecapYears, compareRecaps, formatIssue, recapRegions } from "@inovasi/core";
import { type ModelFileRef, type RecapBookReport, type RecapNoEarlierYear, type RecapWorkbook, type RegionList, type RegionListRow, type WorkbookGrids, RERUN_READING, recapBook, recapIds, recapNoEarlierYear, recapWorkbook, regionList, regionListSheetRows, regionListTextRows, unreadableBook } from "@inovasi/workbook";
import { type Inflater, ZipSizeError, checkWorkbookZip, openPackage, readGrids, refusalMessage, savedAt } from "@inovasi/workbook/xlsx-read";
import { fflateInflater } from "./xlsx-inflate.js";

/** A file picked in the pane: its name and a way to get its bytes (read one at a time). */
export interface PickedFile {
  name: string;
  bytes(): Promise<Uint8Array>;
  /** The file's time (`File.lastModified`, ms since 1970), when the picker gives it: after the workbook's own saved date, it tells two copies of one region apart. */
  lastModified?: number;
}

export interface RecapRun {
  /** Every file's outcome, in the order picked (skipped recaps included). */
  files: RecapBookReport[];
  recap: Recap;
  /** The recap sheets to write (with Banding Tahun when last year's files were compared); undefined when no file could be scored. */
  book: RecapWorkbook | undefined;
  /**
   * Last year's files (`RecapPickedOptions.previous`), scored the same way: each file's outcome, their recap, and the
   * comparison with this year's (`compareRecaps`, as `inovasi rekap --previous`); no comparison when none of them could
   * be scored (the recap is written without Banding Tahun). Not read when this year's recap has no region.
   * `noEarlier`: none of them is of a year before this recap's (`recapNoEarlierYear`, the decision `inovasi rekap
   * --previous` refuses on): no comparison, the recap written without Banding Tahun, the status line says why.
   */
  previous?: { files: RecapBookReport[]; recap: Recap; comparison: RecapYears | undefined; noEarlier?: RecapNoEarlierYear } | undefined;
}

export interface RecapPickedOptions {
  /** Score every workbook with this edition; default: each workbook's own model-edition cell. */
  edition?: Edition;
  /** The province model file `edition` was read from: an unknown band threshold is named at its entry there. */
  model?: ModelFileRef | undefined;
  locale?: MessageLocale;
  recap?: RecapOptions;
  inflater?: Inflater;
  /**
   * Last year's kab/kota files, as `inovasi rekap --previous`: scored the same way (the same edition or model when one
   * is chosen, each workbook's own otherwise; not this recap's target, year or list), one at a time after this year's,
   * and compared with this year's recap on the Banding Tahun sheet. A file that cannot be read is listed, as this year's.
   */
  previous?: readonly PickedFile[] | undefined;
  /** Called before each file: (1-based index, count, name, whether it is one of last year's: they are counted apart). */
  progress?: (k: number, n: number, name: string, previous: boolean) => void | Promise<void>;
}

/** Formats a workbook can arrive in that only Excel can turn into an .xlsx ("Save As"). */
const SAVE_AS = /\.(xls|xlsb|ods|csv|tsv|txt)$/i;
/** OLE compound file: a legacy .xls, or an .xlsx with a password (Excel encrypts into this container). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const M = {
  id: {
    saveAs: (f: string, ext: string) => `${f}: berkas ${ext} tidak dapat dibaca; buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx), lalu pilih berkas .xlsx itu`,
    legacy: (f: string) => `${f}: bukan buku kerja .xlsx biasa (berkas .xls lama atau buku kerja yang dilindungi kata sandi); buka di Excel, hapus kata sandi bila ada, lalu simpan sebagai Buku Kerja Excel (.xlsx)`,
    corrupt: (f: string) => `${f}: isi buku kerja rusak atau tidak lazim sehingga tidak dapat dibaca; buka di Excel lalu simpan ulang sebagai Buku Kerja Excel (.xlsx)`,
    notRead: (f: string) => `${f}: berkas tidak dapat dibaca dari disk (mungkin dipindah atau sedang dipakai); pilih lagi`,
    bug: (f: string, detail: string) => `${f}: kesalahan di dalam inovasi saat menilai berkas ini (bukan di berkas Anda); berkas lain tetap dinilai. Mohon laporkan: ${detail}`,
    listKind: (f: string) => `${f}: tidak dapat dibaca sebagai daftar daerah; pilih .txt atau .csv (satu daerah per baris) atau .xlsx (nama daerah di kolom A)`,
  },
  en: {
    saveAs: (f: string, ext: string) => `${f}: a ${ext} file cannot be read; open it in Excel and save it as an Excel Workbook (.xlsx), then pick that .xlsx file`,
    legacy: (f: string) => `${f}: not a plain .xlsx workbook (an old .xls file or a password-protected workbook); open it in Excel, remove the password if any, and save it as an Excel Workbook (.xlsx)`,
    corrupt: (f: string) => `${f}: the workbook's content is damaged or unusual and cannot be read; open it in Excel and save it again as an Excel Workbook (.xlsx)`,
    notRead: (f: string) => `${f}: the file could not be read from disk (moved, or in use?); pick it again`,
    bug: (f: string, detail: string) => `${f}: an error inside inovasi while scoring this file (not in your file); the other files are still scored. Please report it: ${detail}`,
    listKind: (f: string) => `${f}: cannot be read as a list of regions; pick a .txt or .csv (one region a line) or an .xlsx (region names in column A)`,
  },
} as const;

/** Score every picked file apart and recap the ones that could be scored. Never throws for a file's content. */
export async function recapPicked(picked: readonly PickedFile[], opts: RecapPickedOptions = {}): Promise<RecapRun> {
  const locale = opts.locale ?? "id";
  const { files, recap } = await scorePicked(picked, opts.recap ?? {}, opts, false);
  const considered = files.filter((f) => !f.skipped);
  let previous: RecapRun["previous"];
  // as the CLI's --previous: not read when this year's recap has nothing to compare (no file scored, or none of the
  // year asked), and scored without this recap's target or year (they are this year's questions); with its list of
  // regions, which names last year's regions as it names this year's (one spelling per region on Banding Tahun)
  if (opts.previous?.length && recap.regions.length) {
    // last year is the most common year before this one (a 2026 file among 2025 ones is not "last year": audit29 F2)
    const expected = opts.recap?.expected;
    const before = await scorePicked(opts.previous, { ...(recap.year !== null ? { yearBefore: recap.year } : {}), ...(expected ? { expected } : {}) }, opts, true);
    // the files of either year that could not be read: their regions are not said to be new or gone (as the CLI)
    const unread = (xs: readonly RecapBookReport[]) => xs.filter((f) => !f.scored && !f.skipped).map((f) => f.file);
    // no file of a year before this one: the CLI refuses the run; here this year's recap is already scored, so only
    // the comparison is refused (no Banding Tahun, a region is not compared with its own file), for the same reason
    const noEarlier = before.recap.regions.length ? recapNoEarlierYear(before.recap, recap) : null;
    const comparison = before.recap.regions.length && !noEarlier ? compareRecaps(before.recap, recap, { notScored: { before: unread(before.files), after: unread(files) } }) : undefined;
    previous = { ...before, comparison, ...(noEarlier ? { noEarlier } : {}) };
  }
  // nothing to write when no file could be scored, or every scored file is of another year than the one asked for;
  // last year's files on Masalah per Berkas too, as `inovasi rekap --previous` writes them
  const prior = previous?.comparison ? { comparison: previous.comparison, files: previous.files.filter((f) => !f.skipped), recap: previous.recap } : undefined;
  // a province model: the Rekap sheet says what it is (name, base, maximum) and its warnings, as the CLI's recap does
  const model = opts.model && opts.edition ? { edition: opts.edition, warnings: opts.model.issues.filter((i) => i.severity === "warning" && i.code !== "missing_number").map((i) => formatIssue(i, locale)) } : undefined;
  const book = recap.regions.length ? recapWorkbook(recap, considered, locale, prior, model) : undefined;
  return { files, recap, book, ...(previous ? { previous } : {}) };
}

/** One set of picked files (this year's, or last year's: `previous`) read and scored one by one, and recapped. */
async function scorePicked(picked: readonly PickedFile[], recapOptions: RecapOptions, opts: RecapPickedOptions, previous: boolean): Promise<{ files: RecapBookReport[]; recap: Recap }> {
  const locale = opts.locale ?? "id";
  const m = M[locale];
  const inflater = opts.inflater ?? fflateInflater;
  const ids = recapIds(picked.map((p) => p.name));
  const files: RecapBookReport[] = [];
  const entries: RecapEntry[] = [];
  for (const [k, p] of picked.entries()) {
    const id = ids[k]!;
    await opts.progress?.(k + 1, picked.length, p.name, previous);
    const ext = SAVE_AS.exec(p.name)?.[0];
    if (ext) { files.push(unreadableBook(id, [m.saveAs(id, ext.toLowerCase())])); continue; }
    let bytes: Uint8Array;
    try {
      bytes = await p.bytes();
    } catch {
      files.push(unreadableBook(id, [m.notRead(id)]));
      continue;
    }
    if (OLE_MAGIC.every((b, i) => bytes[i] === b)) { files.push(unreadableBook(id, [m.legacy(id)])); continue; }
    const refusal = checkWorkbookZip(bytes);
    if (refusal) { files.push(unreadableBook(id, [refusalMessage(refusal, id, locale)])); continue; }
    try {
      let grids: WorkbookGrids;
      let saved: RecapEntry["saved"];
      try {
        const pkg = openPackage(bytes, inflater);
        grids = await readGrids(pkg, RERUN_READING);
        // which of two copies of one region is the newer: the workbook's own saved date, else the file's time
        saved = { workbook: savedAt(pkg), file: p.lastModified !== undefined ? new Date(p.lastModified).toISOString() : null };
      } catch (e) {
        const message = e instanceof ZipSizeError ? refusalMessage({ code: "inflates_past_declared", entry: e.message }, id, locale) : m.corrupt(id);
        files.push(unreadableBook(id, [message]));
        continue;
      }
      const { report, entry } = recapBook(id, grids, { locale, saved, ...(opts.edition ? { edition: opts.edition } : {}), model: opts.model });
      files.push(report);
      if (entry) entries.push(entry);
    } catch (e) {
      files.push(unreadableBook(id, [m.bug(id, e instanceof Error ? e.message : String(e))]));
    }
  }
  return { files, recap: recapRegions(entries, recapOptions) };
}

const LIST_TEXT = /\.(txt|csv|tsv)$/i;
const LIST_SHEET = /\.(xlsx|xlsm)$/i;

/**
 * A list read in the pane: its regions, its problems in the language asked for (`problems`) and in both
 * (`problemsIn`), so the pane shows them in its language after a switch, as it does every other text.
 */
export interface PaneRegionList extends RegionList {
  problemsIn: Record<MessageLocale, string[]>;
}

/**
 * The province's list of kab/kota from a file picked in the pane (as `inovasi rekap --regions` reads one): a text file
 * (one region a line) or a workbook (names in column A of its first visible sheet). Its regions, or every row it
 * cannot use, located. Never throws for the file's content.
 */
export async function readRegionListFile(file: PickedFile, locale: MessageLocale = "id", inflater: Inflater = fflateInflater): Promise<PaneRegionList> {
  const fail = (message: (l: MessageLocale) => string): PaneRegionList => ({ regions: [], problems: [message(locale)], problemsIn: { id: [message("id")], en: [message("en")] } });
  let bytes: Uint8Array;
  try {
    bytes = await file.bytes();
  } catch {
    return fail((l) => M[l].notRead(file.name));
  }
  let rows: RegionListRow[];
  if (LIST_TEXT.test(file.name)) {
    rows = regionListTextRows(new TextDecoder("utf-8").decode(bytes), file.name);
  } else if (LIST_SHEET.test(file.name)) {
    const refusal = checkWorkbookZip(bytes);
    if (refusal) return fail((l) => refusalMessage(refusal, file.name, l));
    try {
      const grids = await readGrids(openPackage(bytes, inflater));
      const sheet = Object.values(grids).find((g) => !g.hidden);
      rows = sheet ? regionListSheetRows(sheet, file.name) : [];
    } catch {
      return fail((l) => M[l].corrupt(file.name));
    }
  } else {
    return fail((l) => M[l].listKind(file.name));
  }
  // the rows' places are in both languages: the problems are worded in each (the same rows, the same order)
  const read = { id: regionList(rows, file.name, "id"), en: regionList(rows, file.name, "en") };
  return { ...read[locale], problemsIn: { id: read.id.problems, en: read.en.problems } };
}
