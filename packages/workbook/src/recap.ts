/**
 * The province workbook of a recap (`inovasi rekap`), as cell writes and an output description: the recap table
 * (one row per region, alphabetical), the ranking, the predicate distribution with a native chart, and the problems of
 * every file (a file that could not be read is listed with its reason). Host-neutral: the CLI renders it with exceljs.
 */
import { distributionLabels } from "./distribution-labels.js";
import { type Edition, type IssueSeverity, type MessageLocale, type Recap, type RecapLack, type RecapRow, type RecapYears, columnHeadings, formatGain, formatPlanNumber, groupColumns, undecidedCopies, readLocale } from "@inovasi/core";
import type { CellValue, CellWrite } from "./grid.js";
import type { OwnedSheetSpec, PrintSpec, WorkbookOutput } from "./output.js";
import { firstPageLastCol, printSpec } from "./print.js";
import { LINE_POINTS, wrappedRowHeights } from "./row-heights.js";
import { LEVEL_LABELS } from "./labels.js";
import { tableWrites } from "./table-writes.js";
import { recapCountTargetsNote, recapNotes, recapOutsideNote, recapOwnTargetNote, recapTargetNote, recapUnrankedNote } from "./recap-notes.js";
import { recapRowTarget } from "./recap-target.js";
import { recapTotalsLine } from "./recap-totals.js";
import { type ErrorKind, errorKindsText } from "./figure-flaws.js";
import { severityWord } from "./problems-sheet.js";
import { numberFormat } from "./plan-sheet.js";
import { numberText } from "./number-text.js";
import { recapYearsSheet } from "./recap-years.js";
import { missingColumnsName } from "./missing-columns.js";
import { SHEET_TITLES } from "./sheet-titles.js";

/** Sheet names of the recap workbook. */
export const RECAP_SHEETS = { recap: "Rekap", ranking: "Peringkat", distribution: "Sebaran Predikat", problems: "Masalah per Berkas" } as const;

/** A1 of the recap sheet in Bahasa: marks the workbook as the tool's own; in English `SHEET_TITLES.recap.en`. */
export const RECAP_MARKER = SHEET_TITLES.recap.id;

/**
 * A1 of each recap sheet, by the run's language: how a host that writes the recap into an open workbook knows a sheet
 * is the tool's own (either language's title: `isRecapTitle`). `RECAP_TITLES` is the Bahasa set, as before.
 */
export const RECAP_TITLES_BY_LOCALE: Record<MessageLocale, Record<keyof typeof RECAP_SHEETS, string>> = {
  id: { recap: RECAP_MARKER, ranking: SHEET_TITLES.ranking.id, distribution: SHEET_TITLES.distribution.id, problems: SHEET_TITLES.recapProblems.id },
  en: { recap: SHEET_TITLES.recap.en, ranking: SHEET_TITLES.ranking.en, distribution: SHEET_TITLES.distribution.en, problems: SHEET_TITLES.recapProblems.en },
};
/** A1 of each recap sheet as a Bahasa run writes it (`RECAP_TITLES_BY_LOCALE.id`). */
export const RECAP_TITLES: Record<keyof typeof RECAP_SHEETS, string> = RECAP_TITLES_BY_LOCALE.id;

/** Whether `value` (a sheet's A1) is the tool's title of recap sheet `sheet` in either language. */
export function isRecapTitle(sheet: keyof typeof RECAP_SHEETS, value: unknown): boolean {
  return value === RECAP_TITLES_BY_LOCALE.id[sheet] || value === RECAP_TITLES_BY_LOCALE.en[sheet];
}

/** One input file of the recap: scored or not, and its problems (already located and worded). */
export interface RecapFileReport {
  file: string;
  /** The region's row id in the recap, when the file was scored. */
  id?: string;
  scored: boolean;
  problems: { severity: IssueSeverity; message: string }[];
  /**
   * The workbook's own plan target (Pengaturan "Target Rencana"), when one is typed and read: a predicate (its id and
   * label) or an index, and its cell. The recap does not aim at it (one target per row: prov14); `recapOwnTargetNote`
   * says where it differs from the row's.
   */
  planTarget?: RecapOwnTarget;
}

/** See `RecapFileReport.planTarget`. */
export interface RecapOwnTarget {
  predicate: { id: string; label: { id: string; en: string } } | null;
  index: number | null;
  /** Its cell, with the sheet: `Pengaturan!B14`. */
  at: string;
}

/** Most rows the Rekap sheet freezes (its notes and the table's header); more notes: nothing frozen. */
export const RECAP_MAX_FROZEN_ROWS = 15;
/**
 * Most points those frozen rows may take, wrapped (20 lines: about 400 pixels of a laptop's window, the table's rows
 * below); taller: nothing frozen.
 */
const RECAP_MAX_FROZEN_POINTS = 20 * LINE_POINTS;

/** Problems listed per file on the problems sheet (the rest are counted). */
export const RECAP_PROBLEMS_PER_FILE = 200;

/** The Rekap table's column headings in Bahasa Indonesia (the pane finds a column by its index here). */
export const RECAP_HEADERS = [
  "Daerah", "Peringkat", "Indeks Terverifikasi", "Predikat Terverifikasi",
  "Indeks Klaim", "Predikat Klaim", "Status Angka", "Tingkat", "Tahun", "Berkas", "Edisi",
  "SPD (terverifikasi)", "SID (terverifikasi)", "Inovasi", "Inovasi Dihitung (terverifikasi)", "Yandas Terpenuhi (terverifikasi)",
  "Perangkat Daerah Belum Patuh", "Perangkat Daerah Tanpa Inovasi", "Nama Perangkat Daerah Belum Patuh",
  "Target Jumlah Inovasi", "Inovasi Dihitung untuk Target", "Target Jumlah Tercapai", "Kekurangan Bukti (jawaban)", "Kekurangan Bukti (poin)", "Kekurangan Bukti (indeks)",
  "Target (juga Rencana)", "Kurang ke Target (indeks)", "Kekurangan Terbesar", "Poin", "Kekurangan Berikutnya",
  "Rencana: Menuju", "Rencana: Langkah", "Rencana: Upaya", "Rencana: Indeks Akhir", "Rencana: Status", "Rencana: Langkah Pertama",
] as const;

/** A tuple of texts of the same length as `T`. */
type Translated<T extends readonly string[]> = { readonly [K in keyof T]: string };

/** The same headings in English (`--lang en`, the add-in in English), column for column. */
export const RECAP_HEADERS_EN: Translated<typeof RECAP_HEADERS> = [
  "Region", "Rank", "Verified Index", "Verified Predicate",
  "Claimed Index", "Claimed Predicate", "Figures Status", "Level", "Year", "File", "Edition",
  "SPD (verified)", "SID (verified)", "Innovations", "Innovations Counted (verified)", "Yandas Met (verified)",
  "Agencies Not Compliant", "Agencies Without an Innovation", "Names of Agencies Not Compliant",
  "Innovation Count Target", "Innovations Counted for the Target", "Count Target Met", "Evidence Gap (answers)", "Evidence Gap (points)", "Evidence Gap (index)",
  "Target (also the Plan's)", "Short of Target (index)", "Largest Gap", "Points", "Next Gaps",
  "Plan: Towards", "Plan: Steps", "Plan: Effort", "Plan: Final Index", "Plan: Status", "Plan: First Step",
];

/** Columns of the Rekap table that hold points: shown with two decimals. */
const RECAP_FIGURES: readonly number[] = (["SPD (terverifikasi)", "SID (terverifikasi)", "Kekurangan Bukti (poin)", "Poin"] as const).map((h) => RECAP_HEADERS.indexOf(h));

/** Columns of the Rekap table that hold an index: shown at the row's edition's decimals (`RecapRow.edition.decimals`). */
const RECAP_INDEX_FIGURES: readonly number[] = (
  ["Indeks Klaim", "Indeks Terverifikasi", "Kekurangan Bukti (indeks)", "Kurang ke Target (indeks)", "Rencana: Indeks Akhir"] as const
).map((h) => RECAP_HEADERS.indexOf(h));

/**
 * An index gain as the recap writes a plan's first step, at the row's edition's decimals and as `inovasi plan` prints
 * it: "+0,48"; "+<1" (at none) or "+<0,01" when it moves no printed index.
 *
 * @example
 * recapGainText(0.48, "id", 2) //=> "+0,48"
 * recapGainText(0.4, "en", 0) //=> "+<1"
 */
export function recapGainText(gain: number, locale: MessageLocale, decimals: number): string {
  locale = readLocale(locale, "recapGainText");
  return formatGain(gain, locale, decimals);
}

/**
 * The recap workbook's own words in both languages. The sheet names and each sheet's A1 title stay as written (how a
 * re-run, the add-in and `rekap` itself know a sheet is the tool's), as the Rencana sheet's marker does; so does a
 * region's level ("Kabupaten": the word picked on Pengaturan, as the notes name it in English too).
 */
const WORDS = {
  id: {
    headers: RECAP_HEADERS as readonly string[],
    edition: (id: string, n: number) => `Edisi ${id}: ${n} daerah`,
    files: (n: number, failed: number) => `${n} berkas: ${n - failed} dinilai, ${failed} tidak dapat dinilai (lihat lembar ${RECAP_SHEETS.problems}).`,
    yes: "Ya", no: "Tidak", notApplied: "Tidak berlaku", met: "tercapai", points: "poin", index: "indeks",
    more: { count: (n: number) => `tambah ${n} inovasi yang dihitung, masing-masing berskor median`, yandas: (n: number) => `${n} urusan lagi`, evidence: (n: number) => `${n} jawaban` },
    ranking: ["Peringkat", "Daerah", "Indeks Terverifikasi", "Predikat Terverifikasi", "Indeks Klaim", "Edisi", "Tahun", "Status Angka"],
    counted: (n: number, year: number | null) => `${n} daerah dinilai${year !== null ? ` (tahun ${year})` : ""}`,
    distribution: ["Predikat", "Klaim", "Terverifikasi"], noPredicate: "(tanpa predikat)", predicateUnknown: "belum diketahui",
    chart: "Sebaran predikat: klaim dan terverifikasi",
    problems: ["Berkas", "Status", "Tingkat", "Pesan"],
    status: { unscored: "tidak dinilai", left: "tidak dihitung", scored: "dinilai" },
    // the plan's outcome, not the region's standing (a region below its target whose plan reaches it)
    plan: { reached: "rencana mencapai target", already_reached: "target sudah tercapai", out_of_reach: "rencana tidak sampai ke target", action_limit: "berhenti di batas langkah, belum sampai ke target", index_unknown: "indeks belum dapat dihitung" },
    notReportedShort: "belum melapor",
    notValidShort: "angka belum valid",
    metAnyway: "Ya (baris yang terbaca sudah mencapainya)",
    notJudged: "(aturan tidak dapat dinilai: tidak ada perangkat daerah berjenis yang diwajibkan dalam daftar)",
    gapWaits: "menunggu angka valid (lihat Status Angka)",
    flaws: (errors: number, missing: readonly string[], columns: readonly string[], kinds?: readonly ErrorKind[]) =>
      [
        errors ? `${errors} kesalahan di berkas${kinds?.length ? ` (${errorKindsText(kinds, "id")})` : ""}: angka belum dapat dipercaya, tanpa peringkat (lihat lembar ${RECAP_SHEETS.problems})` : "",
        ...missing.map((m) => `lembar ${m} tidak ada: ${m} dihitung 0, tanpa peringkat`),
        ...groupColumns(columns).map((g) =>
          "header" in g
            ? `kolom "${g.header}" tidak ditemukan: skor terverifikasi menganggapnya kosong di setiap baris, tanpa peringkat (beri judul "${g.header}" pada kolomnya; lihat lembar ${RECAP_SHEETS.problems})`
            : `${missingColumnsName(g, "id")} tidak ditemukan: buktinya dibaca Menunggu di setiap baris, tidak menambah skor terverifikasi, tanpa peringkat (beri judul "<nomor>. Bukti" pada kolom bukti setiap indikator itu; lihat lembar ${RECAP_SHEETS.problems})`,
        ),
      ].filter(Boolean).join("; "),
    unranked: "belum melapor: tanpa peringkat",
    copies: "salinan ganda, tanggal simpan tidak membedakan: tanpa peringkat, tidak dihitung (lihat catatan)",
    notReported: "tanpa langkah: daerah belum melapor (isi Melapor dengan Ya bila daerah melapor)",
    waits: (missing: readonly string[], errors: number) =>
      `tanpa langkah sampai angkanya valid (lihat Status Angka): ${[...missing.map((m) => `salin lembar ${m} dari buku kerja inovasi template ke berkas ini dan isi`), errors ? `perbaiki kesalahannya (lihat lembar ${RECAP_SHEETS.problems})` : ""].filter(Boolean).join(", ")}, lalu jalankan lagi`,
    columnsFirst: (c: readonly string[]) => `tanpa langkah: beri judul ${columnHeadings(c, "id")} pada kolomnya dulu, lalu jalankan lagi`,
    newer: (kept: string) => `dinilai, tetapi tidak masuk rekap: ${kept} adalah salinan yang lebih baru dari daerah yang sama (lihat catatan di lembar ${RECAP_SHEETS.recap})`,
    same: (kept: string) => `dinilai, tetapi tidak masuk rekap: isinya sama dengan ${kept}, yang dihitung (lihat catatan di lembar ${RECAP_SHEETS.recap})`,
    otherYear: (year: number, recapYear: number | null) => `dinilai, tetapi tidak masuk rekap: berkas tahun ${year}, rekap ini tahun ${recapYear} (lihat catatan di lembar ${RECAP_SHEETS.recap})`,
    noProblems: "(tidak ada masalah)",
    previousFile: (f: string, year: number | null) => `${f} (tahun sebelumnya${year === null ? "" : `, ${year}`})`,
    moreProblems: (n: number) => `… dan ${n} masalah lainnya (jalankan inovasi score pada berkas ini untuk daftar lengkap)`,
  },
  en: {
    headers: RECAP_HEADERS_EN as readonly string[],
    edition: (id: string, n: number) => `Edition ${id}: ${n} region${n === 1 ? "" : "s"}`,
    files: (n: number, failed: number) => `${n} file${n === 1 ? "" : "s"}: ${n - failed} scored, ${failed} could not be scored (see the ${RECAP_SHEETS.problems} sheet).`,
    yes: "Yes", no: "No", notApplied: "Does not apply", met: "met", points: "points", index: "index",
    more: { count: (n: number) => `${n} more counted innovations, each at the median score`, yandas: (n: number) => `${n} more urusan`, evidence: (n: number) => `${n} answers` },
    ranking: ["Rank", "Region", "Verified Index", "Verified Predicate", "Claimed Index", "Edition", "Year", "Figures Status"],
    counted: (n: number, year: number | null) => `${n} region${n === 1 ? "" : "s"} scored${year !== null ? ` (year ${year})` : ""}`,
    distribution: ["Predicate", "Claimed", "Verified"], noPredicate: "(no predicate)", predicateUnknown: "unknown",
    chart: "Predicate distribution: claimed and verified",
    problems: ["File", "Status", "Severity", "Message"],
    status: { unscored: "not scored", left: "not counted", scored: "scored" },
    plan: { reached: "the plan reaches the target", already_reached: "target already reached", out_of_reach: "the plan falls short of the target", action_limit: "stopped at the step limit, short of the target", index_unknown: "index cannot be computed yet" },
    notReportedShort: "not reported",
    notValidShort: "figures not valid yet",
    metAnyway: "Yes (the rows read already reach it)",
    notJudged: "(rule cannot be judged: no listed agency is of a type it covers)",
    gapWaits: "waits for valid figures (see Figures Status)",
    flaws: (errors: number, missing: readonly string[], columns: readonly string[], kinds?: readonly ErrorKind[]) =>
      [
        errors ? `${errors} error${errors === 1 ? "" : "s"} in the file${kinds?.length ? ` (${errorKindsText(kinds, "en")})` : ""}: figures not to be trusted yet, not ranked (see the ${RECAP_SHEETS.problems} sheet)` : "",
        ...missing.map((m) => `sheet ${m} missing: ${m} counted as 0, not ranked`),
        ...groupColumns(columns).map((g) =>
          "header" in g
            ? `column "${g.header}" not found: the verified score takes it as empty on every row, not ranked (head the column "${g.header}"; see the ${RECAP_SHEETS.problems} sheet)`
            : `${missingColumnsName(g, "en")} not found: their evidence reads as Menunggu (pending) on every row and adds nothing to the verified score, not ranked (head each of those indicators' evidence column "<number>. Bukti"; see the ${RECAP_SHEETS.problems} sheet)`,
        ),
      ].filter(Boolean).join("; "),
    unranked: "not reported: not ranked",
    copies: "duplicate copy, saved dates do not tell: not ranked, not counted (see the notes)",
    notReported: "no steps: the region has not reported (set Melapor to Ya if it has)",
    waits: (missing: readonly string[], errors: number) =>
      `no steps until the figures are valid (see Figures Status): ${[...missing.map((m) => `copy the ${m} sheet from a workbook made with inovasi template into this file and fill it in`), errors ? `fix its errors (see the ${RECAP_SHEETS.problems} sheet)` : ""].filter(Boolean).join(", ")}, then run again`,
    columnsFirst: (c: readonly string[]) => `no steps: head the column ${columnHeadings(c, "en")} first, then run again`,
    newer: (kept: string) => `scored, but not in the recap: ${kept} is a newer copy of the same region (see the note on the ${RECAP_SHEETS.recap} sheet)`,
    same: (kept: string) => `scored, but not in the recap: it holds the same as ${kept}, which is counted (see the note on the ${RECAP_SHEETS.recap} sheet)`,
    otherYear: (year: number, recapYear: number | null) => `scored, but not in the recap: a file of ${year}, this recap is of ${recapYear} (see the note on the ${RECAP_SHEETS.recap} sheet)`,
    noProblems: "(no problems)",
    previousFile: (f: string, year: number | null) => `${f} (previous year${year === null ? "" : `, ${year}`})`,
    moreProblems: (n: number) => `… and ${n} more problems (run inovasi score on this file for the full list)`,
  },
} as const;
type Words = (typeof WORDS)[MessageLocale];

/** The recap workbook as a host draws it: cell writes, the output description (sheets, chart), and where rows sit. */
export interface RecapWorkbook {
  writes: CellWrite[];
  output: WorkbookOutput;
  /** Where things sit (0-based rows), for links into the written sheets (the pane's recap view). */
  at: {
    /** Row of each region (by recap id) on the Rekap sheet. */
    recap: Record<string, number>;
    /** Row of each region on the Peringkat sheet. */
    ranking: Record<string, number>;
    /** Row of each `recap.distribution` entry on the Sebaran Predikat sheet, in order. */
    distribution: number[];
    /** First row of each file (by its name in the report) on the Masalah per Berkas sheet. */
    problems: Record<string, number>;
    /** With `previous`: the row of each region in both years on the Banding Tahun sheet, in `previous.regions`' order. */
    years?: number[];
  };
}

/** Rekap's column widths: each heading's longest word fits (the headings wrap), and the figures under it. */
const RECAP_WIDTHS = [30, 12, 15, 18, 10, 16, 22, 11, 8, 26, 18, 16, 16, 9, 16, 16, 14, 14, 50, 14, 14, 12, 15, 15, 15, 16, 12, 36, 8, 60, 18, 12, 12, 14, 22, 70];

/** The widths, each at least its heading's longest word and one character (an English heading's word may be longer). */
const fitHeadings = (widths: readonly number[], headers: readonly string[]) =>
  widths.map((w, c) => Math.max(w, ...(headers[c] ?? "").split(" ").map((x) => x.length + 1)));

/**
 * Last year's side of a recap (`rekap --previous`): the comparison (`compareRecaps`), and — so the saved workbook says
 * what was wrong with them — last year's files (listed on Masalah per Berkas after this year's) and their recap (which
 * of them were left out as older copies or of another year).
 */
export interface RecapPrevious {
  comparison: RecapYears;
  files?: readonly RecapFileReport[] | undefined;
  recap?: Pick<Recap, "duplicates" | "outsideYear" | "year"> | undefined;
}

/**
 * The province model a recap was scored with (`rekap --model`), for the workbook to say what it is: its name, the
 * edition it derives from, the maximum total its index is out of, and its validation's warnings (in the recap's
 * language), as the terminal prints them.
 */
export interface RecapModel {
  edition: Pick<Edition, "id" | "name" | "derivedFrom" | "formula">;
  warnings?: readonly string[] | undefined;
}

/** The Rekap sheet's lines about a province model: what it is, then its warnings. */
export function recapModelNotes(model: RecapModel, locale: MessageLocale = "id"): string[] {
  locale = readLocale(locale, "recapModelNotes");
  const e = model.edition;
  const max = e.formula.maxTotal.value;
  const head =
    locale === "en"
      ? `Model ${e.id} — ${e.name.en}${e.derivedFrom ? `, derived from ${e.derivedFrom}` : ""}; index out of a maximum total of ${max === null ? "? (unknown)" : numberText(max, locale)}; a province's model, not a shipped edition`
      : `Model ${e.id} — ${e.name.id}${e.derivedFrom ? `, turunan dari ${e.derivedFrom}` : ""}; indeks dari total maksimum ${max === null ? "? (belum diketahui)" : numberText(max, locale)}; model provinsi, bukan edisi bawaan`;
  return [head, ...(model.warnings ?? []).map((w) => `! ${w}`)];
}

/**
 * The recap workbook's cells and drawing description; with `previous` (`compareRecaps` of last year's recap and this
 * one, alone or with last year's files: `RecapPrevious`), a sheet comparing the two years too (`RECAP_YEARS_SHEET`),
 * last, and last year's files on Masalah per Berkas.
 */
export function recapWorkbook(recap: Recap, files: readonly RecapFileReport[], locale: MessageLocale = "id", previous?: RecapYears | RecapPrevious, model?: RecapModel): RecapWorkbook {
  locale = readLocale(locale, "recapWorkbook");
  const writes: CellWrite[] = [];
  const owned: OwnedSheetSpec[] = [];
  // `figures`: the header of the table (its row and the headings of its columns with two decimals: points; with an
  // index, at `decimals(row)`: the row's edition's), whose long headings wrap rather than be cut at the column's width
  type Figures = { row: number; cols: readonly number[]; index: readonly number[]; decimals: (row: number) => number; rows?: "wrap" };
  const sheet = (name: string, rows: CellValue[][], headingRows: number[], widths: number[], freezeRows: number, print: PrintSpec, figures?: Figures) => {
    const decimals = new Set(figures?.cols ?? []);
    const index = new Set(figures?.index ?? []);
    // an index at its edition's decimals ("39" under a 0-decimal model, 39.00 under iid-2026); a points figure always
    // shows two (24.00 beside 26.30, not 24); any other fraction too
    const numFmt = (r: number, c: number, v: number) =>
      figures && r > figures.row && index.has(c) ? numberFormat(figures.decimals(r)) : (figures && r > figures.row && decimals.has(c)) || !Number.isInteger(v) ? "0.00" : undefined;
    writes.push(...tableWrites(name, rows, headingRows, numFmt));
    // the table's rows wrap too, each as tall as its longest text (Status Angka, the names of agencies, the first step):
    // cut at the column's edge they ran into the next column's text on the printed page
    owned.push({ name, widths, headingRows, freezeRows, landscape: true, ...(figures ? { wrapRows: [figures.row], ...(figures.rows ? { wrap: { fromRow: figures.row + 1 } } : {}) } : {}), print });
  };
  const W = WORDS[locale];
  const label = (p: { label: { id: string; en: string } } | null) => (p ? p.label[locale] : null);
  // a known index whose predicate an unknown band threshold decides: said, not left blank as an unknown index is
  const predicate = (f: RecapRow["verified"]) => label(f.predicate) ?? (f.index === null ? null : W.predicateUnknown);
  const copies = undecidedCopies(recap.duplicates);
  const lack = (l: RecapLack) => `${l.indicatorId ? `${l.indicatorId} ` : ""}${l.name[locale]}${l.more ? ` (${moreText(l, W)})` : ""}`;

  // Rekap: notes on top, then the table, alphabetical
  const notes: CellValue[][] = [[RECAP_TITLES_BY_LOCALE[locale].recap]];
  for (const e of recap.editions) notes.push([`${W.edition(e.id, e.regions)}${e.caveat ? ` — ${e.caveat[locale]}` : ""}`]);
  // a province model: what it is (name, base, the maximum its index is out of) and its warnings, as the terminal says
  if (model) for (const line of recapModelNotes(model, locale)) notes.push([line]);
  const unscored = files.filter((f) => !f.scored).map((f) => f.file);
  const failed = unscored.length;
  // a list of regions (missing, not listed) is one note per region; when the notes would be too many to freeze with
  // the table's header, each list becomes one note ("18 daerah … belum mengirim berkas: A; B; …"), so the header stays
  const all = recapNotes(recap, locale, unscored);
  for (const note of all.length + recap.editions.length + 5 > RECAP_MAX_FROZEN_ROWS ? joinLists(all) : all) notes.push([note]);
  // the province in one line: who is counted, ranked and averaged, per predicate, without an innovation
  notes.push([recapTotalsLine(recap, locale, W.noPredicate)]);
  const counts = recapCountTargetsNote(recap, locale);
  if (counts) notes.push([counts]);
  notes.push([W.files(files.length, failed)]);
  // right above the table: what its target columns measure to (the one named, or each region's next predicate)
  // a workbook whose own Target Rencana the recap does not aim at: said, with both targets (prov31)
  const own = recapOwnTargetNote(recap, files, locale);
  if (own) notes.push([own]);
  notes.push([recapTargetNote(recap, locale)]);
  const headerRow = notes.length;
  // printed across pages with the region's column on each: the notes sit right of it, each merged across the rest of
  // the first page and wrapped (at column A they ran over it, or were cut, on every page after the first)
  const recapWidths = fitHeadings(RECAP_WIDTHS, W.headers);
  const recapPrint = printSpec(recapWidths, { titleRows: { first: headerRow, last: headerRow }, titleCols: { first: 0, last: 0 } });
  const noteCol = recapPrint.titleCols ? recapPrint.titleCols.last + 1 : 0;
  const noteCols = firstPageLastCol(recapWidths, recapPrint) - noteCol + 1;
  const table: CellValue[][] = [notes[0]!, ...notes.slice(1).map((n) => [...Array<CellValue>(noteCol).fill(null), n[0]!]), [...W.headers]];
  const alphabetical = [...recap.regions].sort((a, b) => a.region.name.localeCompare(b.region.name, "id") || a.id.localeCompare(b.id));
  const at: RecapWorkbook["at"] = { recap: {}, ranking: {}, distribution: [], problems: {} };
  for (const r of alphabetical) {
    at.recap[r.id] = table.length;
    table.push(recapLine(r, locale, W, predicate, lack, copies));
  }
  // printed: the table's header on every page; 31 columns one page wide print at a fifth of their size, so the sheet
  // runs across pages at full size, the region's name on each
  const decimalsAt = (rows: Record<string, number>) => {
    const m = new Map(recap.regions.map((r) => [rows[r.id]!, r.edition.decimals]));
    return (row: number) => m.get(row) ?? 2;
  };
  sheet(RECAP_SHEETS.recap, table, [headerRow], recapWidths, 0, recapPrint, { row: headerRow, cols: RECAP_FIGURES, index: RECAP_INDEX_FIGURES, decimals: decimalsAt(at.recap), rows: "wrap" });
  const rekap = owned[owned.length - 1]!;
  // the title wraps in column A, whole on every page; the notes merged and wrapped
  rekap.wrapRows = [0, ...(rekap.wrapRows ?? [])];
  rekap.merges = notes.slice(1).map((_, k) => ({ row: k + 1, col: noteCol, cols: noteCols }));
  // the notes above the table freeze with its header, unless they are many or long (a long list of regions that sent
  // nothing): frozen rows taller than the window leave no room to scroll the table
  const heights = wrappedRowHeights(writes.filter((w) => w.sheet === RECAP_SHEETS.recap && w.row <= headerRow), rekap);
  let frozen = 0;
  for (let r = 0; r <= headerRow; r++) frozen += heights.get(r) ?? LINE_POINTS;
  const freeze = headerRow + 1 <= RECAP_MAX_FROZEN_ROWS && frozen <= RECAP_MAX_FROZEN_POINTS ? headerRow + 1 : 0;
  // the region's name stays in view across the columns; a filter to sort or pick rows (by rank, by predicate …)
  Object.assign(rekap, { freezeRows: freeze, freezeCols: freeze ? 1 : 0, autoFilter: { row: headerRow, lastRow: table.length - 1, fromCol: 0, toCol: W.headers.length - 1 } });

  // Peringkat: rank order (within each edition, assessment year, and kind: a province's own workbook apart)
  const ranking: CellValue[][] = [[RECAP_TITLES_BY_LOCALE[locale].ranking], [], [...W.ranking]];
  for (const r of recap.regions) {
    at.ranking[r.id] = ranking.length;
    ranking.push([r.rank, r.region.name, r.verified.index, predicate(r.verified), r.claimed.index, r.edition.id, r.region.year, figuresStatus(r, W, copies)]);
  }
  const rankingWidths = fitHeadings([12, 34, 16, 22, 12, 18, 8, 24], W.ranking);
  sheet(RECAP_SHEETS.ranking, ranking, [2], rankingWidths, 3, printSpec(rankingWidths, { titleRows: { first: 2, last: 2 }, titleCols: { first: 0, last: 1 } }), { row: 2, cols: [], index: [2, 4], decimals: decimalsAt(at.ranking) });

  // Sebaran Predikat: the chart's table at A4:C…, the chart beside it
  // the distribution counts this year's kab/kota only (as they are ranked together); the rest is named, not hidden
  // the regions the distribution counts: not those whose figures are not valid yet (said as on the Rekap sheet)
  const counted = recap.distribution.reduce((n, d) => n + d.verified, 0);
  const dist: CellValue[][] = [[RECAP_TITLES_BY_LOCALE[locale].distribution], [W.counted(counted, recap.year)]];
  if (recap.outsideDistribution.length) dist.push([recapOutsideNote(recap, locale)]);
  const unrankedNote = recap.totals.unranked.flawed ? recapUnrankedNote(recap, locale) : null;
  if (unrankedNote) dist.push([unrankedNote]);
  dist.push([], [...W.distribution]);
  const distHeader = dist.length - 1;
  const first = dist.length;
  const names = distributionLabels(recap.distribution, locale, W.noPredicate);
  recap.distribution.forEach((d, i) => {
    at.distribution.push(dist.length);
    dist.push([names[i]!, d.claimed, d.verified]);
  });
  const last = dist.length - 1;
  // the chart beside the table prints with it (its columns at the default width)
  const distWidths = [26, 12, 14];
  sheet(RECAP_SHEETS.distribution, dist, [distHeader], distWidths, 0, printSpec(distWidths, { cols: CHART_ANCHOR.toCol + 1 }));

  // Masalah per Berkas
  const probs: CellValue[][] = [[RECAP_TITLES_BY_LOCALE[locale].problems], [], [...W.problems]];
  const fileRows = (of: Pick<Recap, "duplicates" | "outsideYear" | "year">, list: readonly RecapFileReport[], mark: (file: string) => string) => {
    // a copy of a region left out for a newer one (or for one holding the same): scored, but not in the recap
    const newer = new Map(of.duplicates.flatMap((d) => d.left.map((id) => [id, d] as const)));
    // a file of another year than the one recapped: scored, but not in the recap either
    const otherYear = new Map(of.outsideYear.map((x) => [x.id, x.year]));
    for (const f of list) {
      const copy = f.id !== undefined ? newer.get(f.id) : undefined;
      const kept = copy?.kept;
      const year = f.id !== undefined ? otherYear.get(f.id) : undefined;
      const status = !f.scored ? W.status.unscored : kept || year !== undefined ? W.status.left : W.status.scored;
      const shown = f.problems.filter((p) => p.severity !== "info");
      const file = mark(f.file);
      at.problems[file] ??= probs.length;
      if (kept) probs.push([file, status, null, copy.by === "content" ? W.same(kept) : W.newer(kept)]);
      else if (year !== undefined) probs.push([file, status, null, W.otherYear(year, of.year)]);
      else if (shown.length === 0) probs.push([file, status, null, W.noProblems]);
      for (const p of shown.slice(0, RECAP_PROBLEMS_PER_FILE)) probs.push([file, status, severityWord(p.severity, locale), p.message]);
      if (shown.length > RECAP_PROBLEMS_PER_FILE) probs.push([file, status, null, W.moreProblems(shown.length - RECAP_PROBLEMS_PER_FILE)]);
    }
  };
  fileRows(recap, files, (f) => f);
  // last year's files too (rekap --previous): what was wrong with them, and which could not be read, is in the saved
  // workbook, not only on the screen; each named with its set ("kab-hulu-2025.xlsx (--previous)")
  const before = previous && "comparison" in previous ? previous : undefined;
  if (before?.files?.length) {
    const of = before.recap ?? { duplicates: [], outsideYear: [], year: before.comparison.years.before };
    fileRows(of, before.files.filter((f) => !(f as { skipped?: boolean }).skipped), (f) => W.previousFile(f, before.comparison.years.before));
  }
  const problemsWidths = fitHeadings([30, 14, 12, 100], W.problems);
  sheet(RECAP_SHEETS.problems, probs, [2], problemsWidths, 3, printSpec(problemsWidths, { titleRows: { first: 2, last: 2 }, titleCols: { first: 0, last: 0 } }));
  // long messages wrap within the message column (a sheet as wide as its longest message prints unreadably small)
  owned[owned.length - 1]!.wrap = { fromRow: 3 };
  owned[owned.length - 1]!.autoFilter = { row: 2, lastRow: probs.length - 1, fromCol: 0, toCol: W.problems.length - 1 };

  const comparison = previous && "comparison" in previous ? previous.comparison : previous;
  if (comparison) {
    const years = recapYearsSheet(comparison, locale);
    writes.push(...years.writes);
    owned.push(years.sheet);
    at.years = years.at;
  }

  return {
    writes,
    at,
    output: {
      ownedSheets: owned,
      charts: [
        {
          name: "Rekap_Sebaran_Predikat",
          sheet: RECAP_SHEETS.distribution,
          kind: "column",
          title: W.chart,
          categoryCol: 0,
          firstRow: first,
          lastRow: last,
          series: [{ col: 1, name: W.distribution[1] }, { col: 2, name: W.distribution[2] }],
          anchor: CHART_ANCHOR,
        },
      ],
      tables: [],
      conditionalFormats: [],
    },
  };
}

/** Where the distribution's chart sits: right of its table, H4 to P23. */
const CHART_ANCHOR = { fromRow: 3, fromCol: 7, toRow: 22, toCol: 15 } as const;

/** Notes with each list ("· " items under their heading) joined into its heading's line. */
function joinLists(notes: readonly string[]): string[] {
  const out: string[] = [];
  for (const n of notes) {
    if (n.startsWith("· ") && out.length) out[out.length - 1] = `${out[out.length - 1]!}${out[out.length - 1]!.endsWith(":") ? " " : "; "}${n.slice(2)}`;
    else out.push(n);
  }
  return out;
}

/**
 * Why a row is not ranked though it has figures: one of two copies no saved date tells apart, errors or a missing
 * sheet or column in its file, or the region did not report.
 */
function figuresStatus(r: RecapRow, W: Words, copies: ReadonlySet<string>): string | null {
  // one of two copies of a region no saved date tells apart: neither ranked nor counted, whatever its figures
  if (copies.has(r.id)) return W.copies;
  if (r.flaws) return W.flaws(r.flaws.errors, r.flaws.missing, r.flaws.columns ?? [], r.flaws.kinds);
  return r.region.reported ? null : W.unranked;
}

/**
 * A region's targets of a number of innovations (`RecapRow.countTargets`) in three cells: the number asked, the
 * innovations counted towards it, and whether it is met ("Ya" / "Tidak", a column to filter on; "angka belum valid" for
 * a row with `flaws`, neither, as the line above the table counts it — "Ya (baris yang terbaca sudah mencapainya)" when
 * its rows read already reach every target); numbers with one target, "100 (Target daerah);
 * 60 (Target provinsi)" with several (met only when all are), targets of one number and one count one entry naming
 * each ("60 (Target provinsi, Target 60 inovasi)", as `recapCountTargetsNote` says them); empty without a target.
 */
function countTargetCells(r: RecapRow, locale: MessageLocale, W: Words): CellValue[] {
  const ts = r.countTargets ?? [];
  if (!ts.length) return [null, null, null];
  // the model's target of 60 and the workbook's own Target 60 were "60 (…); 60 (…)" in both columns (audit37 #2)
  const entries: (typeof ts)[] = [];
  for (const t of ts) {
    const twin = entries.find(([x]) => x!.target === t.target && x!.count === t.count);
    if (twin) twin.push(t);
    else entries.push([t]);
  }
  const each = (f: (t: (typeof ts)[number]) => number) =>
    ts.length === 1 ? f(ts[0]!) : entries.map((e) => `${f(e[0]!)} (${e.map((t) => t.name[locale]).join(", ")})`).join("; ");
  // a file with flaws whose rows read already reach every target: met all the same (`countTargetMet`), said so
  return [each((t) => t.target), each((t) => t.count), ts.every((t) => t.met === true) ? (r.flaws ? W.metAnyway : W.yes) : r.flaws ? W.notValidShort : W.no];
}

function moreText(l: RecapLack, W: Words): string {
  if (l.kind === "count" || l.kind === "yandas" || l.kind === "evidence") return W.more[l.kind](l.more!);
  return String(l.more);
}

function recapLine(
  r: RecapRow,
  locale: MessageLocale,
  W: Words,
  predicate: (f: RecapRow["verified"]) => string | null,
  lack: (l: RecapLack) => string,
  copies: ReadonlySet<string>,
): CellValue[] {
  // a row with flaws: its gaps are read from the file's figures (SPD 0 without its sheet), not the region's; they wait
  // for the fix as its plan does (a region that did not report lacks that, whatever its file)
  const waits = !!r.flaws && !!r.lacks[0] && r.lacks[0].kind !== "not_reported";
  const [top, ...rest] = waits ? [] : r.lacks;
  // the shortfall to the target the plan aims at (see recapRowTarget)
  const target = recapRowTarget(r);
  // a plan on figures not valid yet (errors, a missing sheet scored 0) starts from the file's index, not the region's
  // ("ke Inovatif: 7 langkah" for a file without an SPD sheet): its steps, effort, end and first step wait for the fix
  const shown = r.flaws && r.plan?.reason !== "columns_absent" && r.plan?.reason !== "region_not_reported" ? null : r.plan;
  return [
    // the level as the analyst picks it on Pengaturan ("Kabupaten"), not the model's id ("kabupaten")
    // what an official reads first on the printed page (the region, its rank, its verified index and predicate), then
    // the claim and what the figures are worth, then where they come from
    r.region.name, r.rank, r.verified.index, predicate(r.verified), r.claimed.index, predicate(r.claimed), figuresStatus(r, W, copies),
    LEVEL_LABELS[r.region.level as keyof typeof LEVEL_LABELS]?.[0] ?? r.region.level, r.region.year, r.id, r.edition.id,
    r.verified.spd, r.verified.sid, r.innovations, r.verified.counted, r.yandasApplies === false ? W.notApplied : r.yandasMet.verified === null ? "?" : r.yandasMet.verified ? W.yes : W.no,
    // a rule over no listed agency is not judged: "?" and why, not 0 read as every agency complying (audit27 C2)
    r.notJudged ? "?" : r.nonCompliant.length, r.agenciesWithout.length, [...r.nonCompliant, ...(r.notJudged ? [W.notJudged] : [])].join("; ") || null,
    ...countTargetCells(r, locale, W),
    r.evidenceGap.count, r.evidenceGap.points, r.evidenceGap.index,
    target ? (target.predicate?.label[locale] ?? target.index) : null,
    // a region that did not report: below, by how much is unknown until it reports; a file with flaws: its index is
    // not the region's, so neither is a shortfall from it (Status Angka says why); an unknown index is "?" first, as counted
    target ? (!r.region.reported ? W.notReportedShort : r.flaws && r.verified.index !== null ? W.notValidShort : target.met === null ? "?" : target.met ? W.met : target.indexNeeded) : null,
    waits ? W.gapWaits : top ? lack(top) : null,
    top && top.kind !== "not_reported" ? top.points : null,
    rest.map((l) => `${lack(l)}: ${formatPlanNumber(l.points, locale)} ${W.points}`).join("; ") || null,
    r.plan ? (r.plan.target?.predicate?.label[locale] ?? r.plan.target?.index ?? null) : null,
    shown ? shown.steps : null,
    shown ? shown.effort : null,
    // a number (at the edition's decimals, as the index columns) or empty; whether it reaches the target in a column of its own
    shown ? shown.end.index : null,
    r.plan ? (r.plan.reason === "region_not_reported" ? W.notReported : r.plan.reason === "columns_absent" ? W.columnsFirst(r.flaws?.columns ?? []) : shown ? W.plan[r.plan.status] : W.waits(r.flaws!.missing, r.flaws!.errors)) : null,
    shown?.first[0] ? `${shown.first[0].text[locale]} (${recapGainText(shown.first[0].gain, locale, r.edition.decimals)} ${W.index})` : null,
  ];
}
