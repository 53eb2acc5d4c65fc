/**
 * The worksheet contract: sheet names, the headers of every column, and which columns belong to the tool.
 * Headers are generated from the edition's indicators, so a province's own edition gets its own columns.
 */
import type { Edition, Indicator } from "@inovasi/core";
import { type CellValue, isBlank, normaliseHeader } from "./grid.js";
import {
  AGENCY_TYPE_LABELS,
  EVIDENCE_LABELS,
  FORM_LABELS,
  INITIATOR_LABELS,
  KIND_LABELS,
  LEVEL_LABELS,
  SHORT_FORMS,
  STAGE_LABELS,
  YES_NO,
  offeredLabels,
} from "./labels.js";
import { SHEET_TITLES } from "./sheet-titles.js";
import { EVIDENCE_HEADER_WORDS, MEASURE_HEADER_WORDS, headerKey } from "./header-words.js";

/** The template's sheet names, by role (Inovasi, SPD, Perangkat Daerah, Pengaturan …). */
export const SHEETS = {
  innovations: "Inovasi",
  spd: "SPD",
  agencies: "Perangkat Daerah",
  settings: "Pengaturan",
  summary: "Ringkasan",
  guide: "Petunjuk Indikator",
  lists: "Daftar",
} as const;

/** Profile fields of an innovation, in template order. */
export type ProfileField =
  | "name"
  | "agency"
  | "stage"
  | "form"
  | "kind"
  | "initiator"
  | "urusan"
  | "relatedUrusan"
  | "year"
  | "trialDate"
  | "implementationDate"
  | "designWords"
  | "entries"
  | "rejected";

/** An input column of the template: its header, dropdown, prompt, whether required, width and kind of value. */
export interface ColumnSpec {
  header: string;
  /** Closed list offered as a dropdown. */
  options?: string[];
  /** Help shown when the cell is selected (data validation prompt). */
  help: string;
  required?: boolean;
  width?: number;
  kind: "text" | "list" | "integer" | "date" | "answer";
}

/** The Inovasi sheet's profile columns (name, agency, stage …), in template order. */
export const PROFILE_COLUMNS: Record<ProfileField, ColumnSpec> = {
  name: { header: "Nama Inovasi", help: "Nama inovasi daerah, wajib diisi.", required: true, width: 36, kind: "text" },
  agency: { header: "Perangkat Daerah", help: "Nama perangkat daerah pemilik inovasi, sama persis dengan lembar Perangkat Daerah.", required: true, width: 32, kind: "text" },
  stage: { header: "Tahapan", options: offeredLabels(STAGE_LABELS), help: "Inisiatif, Uji Coba atau Penerapan.", required: true, width: 12, kind: "list" },
  form: { header: "Bentuk", options: offeredLabels(FORM_LABELS), help: "Bentuk inovasi daerah.", width: 22, kind: "list" },
  kind: { header: "Jenis", options: offeredLabels(KIND_LABELS), help: "Digital atau Non Digital.", width: 12, kind: "list" },
  initiator: { header: "Inisiator", options: offeredLabels(INITIATOR_LABELS), help: "Siapa yang menggagas inovasi.", width: 14, kind: "list" },
  urusan: { header: "Urusan", help: "Urusan pemerintahan utama, mis. Kesehatan.", required: true, width: 24, kind: "text" },
  relatedUrusan: { header: "Urusan Terkait", help: "Urusan lain, dipisah titik koma (;).", width: 24, kind: "text" },
  year: { header: "Tahun", help: "Tahun inovasi diusulkan (kosong = tahun penilaian).", width: 8, kind: "integer" },
  trialDate: { header: "Tanggal Uji Coba", help: "Tanggal, mis. 2024-03-01 atau 01/03/2024.", width: 14, kind: "date" },
  implementationDate: { header: "Tanggal Penerapan", help: "Tanggal, mis. 2024-06-01 atau 01/06/2024.", width: 14, kind: "date" },
  designWords: { header: "Jumlah Kata Rancang Bangun", help: "Jumlah kata rancang bangun (minimal 300).", width: 12, kind: "integer" },
  entries: { header: "Jumlah Keikutsertaan", help: "Berapa kali inovasi ini diikutkan IGA, termasuk tahun ini.", width: 12, kind: "integer" },
  rejected: { header: "Ditolak", options: offeredLabels(YES_NO), help: "Ya bila inovasi ditolak saat verifikasi.", width: 10, kind: "list" },
};

/** The evidence statuses the template's dropdowns offer (the first word of each status: Diterima, Menunggu …). */
export const EVIDENCE_OPTIONS = offeredLabels(EVIDENCE_LABELS);
/** Every word the reader accepts for an agency's `Jenis` (OPD, Dinas, Badan …, Kecamatan …): the dropdown offers them all. */
export const AGENCY_TYPE_OPTIONS = [...new Set(Object.values(AGENCY_TYPE_LABELS).flat())].filter((w) => !SHORT_FORMS.has(w));
/** The levels the Pengaturan sheet's Tingkat dropdown offers. */
export const LEVEL_OPTIONS = offeredLabels(LEVEL_LABELS);

/** Which part of an indicator a column holds. */
export type IndicatorRole = "answer" | "measure" | "evidence";

const EVIDENCE_SUFFIX = "Bukti";
const MEASURE_SUFFIX = "Dasar Ukur";

/** Headers for an indicator's columns, e.g. `18. Kemanfaatan inovasi`, `18. Dasar Ukur`, `18. Bukti`. */
export function indicatorHeaders(ind: Indicator): { role: IndicatorRole; header: string }[] {
  const out: { role: IndicatorRole; header: string }[] = [{ role: "answer", header: `${ind.number}. ${ind.name.id}` }];
  if (ind.measures.length > 1) out.push({ role: "measure", header: `${ind.number}. ${MEASURE_SUFFIX}` });
  out.push({ role: "evidence", header: `${ind.number}. ${EVIDENCE_SUFFIX}` });
  return out;
}

/**
 * Read an indicator header back: `"18. Bukti"` → { number: "18", role: "evidence" }. The name after the number may be
 * anything (a renamed column still matches by its number); `18)`, `18 -` and a `SID-18.` or `Indikator 18.` in front
 * are accepted too. A number followed by a space only ("2 Tahun Terakhir") is not an indicator's column. `numbers`:
 * the edition's own numbering where it is not a number ("P1", a province model's indicator), matched the same way.
 */
export function parseIndicatorHeader(h: string, numbers?: ReadonlySet<string>): { number: string; role: IndicatorRole } | undefined {
  const t = h.trim().replace(/^(?:SID\s*[-.]?|Indikator\s+)(?=\d)/i, "");
  // a model's own number first: "1.1. …" is its indicator 1.1, not indicator 1
  const m = (numbers?.size ? ownNumbered(t, numbers) : null) ?? /^(\d{1,3}[a-z]?)\s*[.)\-:]\s*(.*)$/i.exec(t);
  if (!m) return evidenceHeader(t, numbers);
  const rest = normaliseHeader(m[2]!);
  const role: IndicatorRole =
    EVIDENCE_WORDS.has(rest)
      ? "evidence"
      : MEASURE_WORDS.has(rest)
        ? "measure"
        : "answer";
  return { number: m[1]!.toLowerCase(), role };
}

const EVIDENCE_WORDS = new Set<string>(EVIDENCE_HEADER_WORDS);
const MEASURE_WORDS = new Set<string>([normaliseHeader(MEASURE_SUFFIX), ...MEASURE_HEADER_WORDS]);
const roleOfWords = (w: string | undefined): IndicatorRole | undefined => (w === undefined ? undefined : EVIDENCE_WORDS.has(w) ? "evidence" : MEASURE_WORDS.has(w) ? "measure" : undefined);

/**
 * An evidence or measure column headed with its number after the words ("Bukti 18", "Status Bukti 18", "Bukti (18)",
 * "Bukti SID-18", "Dasar Ukur 18") or before them without a stop ("18 Bukti"): the words say what it is, so no stop is
 * needed as for an answer column.
 */
function evidenceHeader(t: string, numbers?: ReadonlySet<string>): { number: string; role: IndicatorRole } | undefined {
  const k = headerKey(t.replace(/\((\w+)\)/g, " $1 "));
  const after = /^(.+?) (?:sid |indikator )?([a-z]{0,3}\d{1,3}[a-z]?)$/.exec(k);
  const before = /^([a-z]{0,3}\d{1,3}[a-z]?) (.+)$/.exec(k);
  const role = roleOfWords(after?.[1]) ?? roleOfWords(before?.[2]);
  const n = roleOfWords(after?.[1]) ? after![2]! : before?.[1];
  if (!role || n === undefined) return undefined;
  return /^\d/.test(n) || numbers?.has(n) ? { number: n, role } : undefined;
}

/**
 * `P1. Kolaborasi` read as [_, "p1", "kolaborasi"] when "p1" is one of `numbers` (normalised), else null. The numbers
 * are matched as written, the longest first, so a numbering with its own dots, dashes or spaces ("1.1", "P-1", "P 1")
 * reads back as the template wrote it.
 */
function ownNumbered(t: string, numbers: ReadonlySet<string>): [string, string, string] | null {
  const h = normaliseHeader(t);
  let best: string | undefined;
  for (const n of numbers) if (n.length > (best?.length ?? 0) && h.startsWith(n) && /^\s*[.)\-:]/.test(h.slice(n.length))) best = n;
  return best === undefined ? null : [h, best, h.slice(best.length).replace(/^\s*[.)\-:]\s*/, "")];
}

/**
 * An edition's indicator numbers that are not written as a plain number of up to three digits ("P1", "1.1"),
 * normalised: for {@link parseIndicatorHeader}.
 */
export function ownNumbers(edition: Edition): Set<string> {
  return new Set(edition.indicators.map((i) => normaliseHeader(i.number)).filter((n) => !/^\d{1,3}[a-z]?$/.test(n)));
}

/**
 * Indicator numbers a header row holds both an evidence column (`P1. Bukti`) and an answer column (`P1. Kolaborasi`)
 * for, as the template writes them for every indicator, normalised: a model's own numbering ("P1") is known from the
 * sheet even when the edition scored with today does not have it (see {@link isIndicatorScoreHeader}). Only a
 * numbering a model would write — letters then a number, as "P1" or "A12b" — never a year or a word: an analyst's
 * "2023. Bukti" or "Catatan: Bukti" beside their own "Skor 2023 Klaim" or "Skor Catatan Klaim" stays theirs.
 */
export function evidenceNumbers(headers: Iterable<string>): Set<string> {
  const evidence = EVIDENCE_WORDS;
  const withEvidence = new Set<string>();
  const withAnswer = new Set<string>();
  for (const h of headers) {
    const m = /^([a-z]{1,3}\d{1,3}[a-z]?)\s*[.)\-:]\s*(.*)$/i.exec(h.trim());
    if (m) (evidence.has(normaliseHeader(m[2]!)) ? withEvidence : withAnswer).add(normaliseHeader(m[1]!));
  }
  return new Set([...withEvidence].filter((n) => withAnswer.has(n)));
}

/**
 * The indicator numbers a header row is read with beyond plain numbers: the edition's own ({@link ownNumbers}) and a
 * model's the sheet shows by its evidence columns ({@link evidenceNumbers}) — the reader and the writer take the same.
 */
export function knownNumbers(edition: Edition, headers: Iterable<string>): Set<string> {
  return new Set([...ownNumbers(edition), ...evidenceNumbers(headers)]);
}

/** Indicators of one aspect, in edition order. */
export function indicatorsOf(edition: Edition, aspect: "SID" | "SPD"): Indicator[] {
  return edition.indicators.filter((i) => i.aspect === aspect);
}

/** Options an answer cell offers: the Indonesian option labels. */
export function answerOptions(ind: Indicator): string[] {
  return ind.options.map((o) => o.label.id);
}

/** Headers of the SPD sheet. */
export const SPD_HEADERS = { id: "Kode", name: "Indikator", answer: "Jawaban", measure: "Dasar Ukur", evidence: "Bukti" } as const;

/** Headers of the Perangkat Daerah sheet. */
export const AGENCY_HEADERS = { name: "Nama", type: "Jenis" } as const;

/** Keys (column A) of the Pengaturan sheet; values in column B. */
export const SETTINGS_KEYS = {
  regionName: "Nama Daerah",
  level: "Tingkat",
  year: "Tahun Penilaian",
  edition: "Edisi Model",
  spdTotal: "Total SPD",
  reported: "Melapor",
  ruleMin: "Wajib Inovasi per Perangkat Daerah",
  ruleTypes: "Jenis Perangkat Daerah Wajib",
  ruleStages: "Tahapan yang Dihitung",
  ruleForms: "Bentuk Inovasi yang Dihitung",
  target: "Target Jumlah Inovasi",
} as const;
/**
 * The unit a count is counted in, by its column or setting: "350 kata", "2 kali", "1 inovasi" read as the number, as
 * "350 orang" is for an indicator measured in persons.
 */
export const COUNT_UNITS: Readonly<Record<string, readonly string[]>> = {
  [PROFILE_COLUMNS.designWords.header]: ["kata", "words"],
  [PROFILE_COLUMNS.entries.header]: ["kali", "times"],
  [SETTINGS_KEYS.ruleMin]: ["inovasi", "innovations"],
  [SETTINGS_KEYS.target]: ["inovasi", "innovations"],
};
/** A setting of the Pengaturan sheet, by its role (`regionName`, `level`, `year` …). */
export type SettingKey = keyof typeof SETTINGS_KEYS;

/**
 * A Pengaturan row's key as the reader takes it: the row's first cell holding something, normalised, a colon after it
 * dropped ("Tahun Penilaian:" is "tahun penilaian"), and its column; the value is in the column after it.
 */
export function settingKeyOf(row: readonly (CellValue | undefined)[]): { key: string; col: number } | undefined {
  const col = row.findIndex((v) => !isBlank(v ?? null));
  return col < 0 ? undefined : { key: normaliseHeader(String(row[col])).replace(/:$/, "").trim(), col };
}

/** Output columns appended to the right of the Inovasi table; the tool owns every column with one of these headers. */
export const OUTPUT_COLUMNS = {
  claimed: "Skor Klaim",
  verified: "Skor Terverifikasi",
  maturity: "Skor Kematangan (%)",
  counted: "Skor Dihitung?",
  gaps: "Skor Kekurangan Bukti",
  notes: "Skor Catatan",
} as const;
/** An output column the tool appends to the Inovasi table, by its role (`claimed`, `verified` …). */
export type OutputColumn = keyof typeof OUTPUT_COLUMNS;

/**
 * Headers of an indicator's output columns (its points claimed and verified), from the edition's numbering:
 * `Skor 18 Klaim`, `Skor 18 Terverifikasi`. They start with "Skor", so the reader never takes them for an indicator.
 */
export function indicatorScoreHeaders(ind: Indicator): { claimed: string; verified: string } {
  return { claimed: `Skor ${ind.number} Klaim`, verified: `Skor ${ind.number} Terverifikasi` };
}

/**
 * Whether a header is an indicator's points column of any edition (`Skor 21 Klaim`, `Skor 13a Terverifikasi`): the
 * tool's output, also when the edition scored with today has no such indicator (a province model's own, scored with
 * before). Only an indicator number as the editions write them (up to three digits and a letter), or one of `numbers`
 * (normalised): a province model's own numbering ("Skor P1 Klaim"), known from the edition or from the sheet's own
 * evidence columns ({@link evidenceNumbers}). An analyst's own "Skor Akhir Klaim" or "Skor 2023 Klaim" is input,
 * never emptied.
 */
export function isIndicatorScoreHeader(text: string, numbers?: ReadonlySet<string>): boolean {
  const h = normaliseHeader(text);
  if (/^skor \d{1,3}[a-z]? (klaim|terverifikasi)$/.test(h)) return true;
  if (!numbers?.size) return false;
  const m = /^skor (.+) (klaim|terverifikasi)$/.exec(h);
  return m !== null && numbers.has(m[1]!);
}

const OUTPUT_HEADERS = new Set(Object.values(OUTPUT_COLUMNS).map(normaliseHeader));

/**
 * Whether a header heads an output column scoring writes on the Inovasi sheet: one of {@link OUTPUT_COLUMNS}, or an
 * indicator's points column ({@link isIndicatorScoreHeader}, a model's own numbering among `numbers`). The reader
 * skips such a column, the writer owns it.
 */
export function isOutputHeader(text: string, numbers?: ReadonlySet<string>): boolean {
  return OUTPUT_HEADERS.has(normaliseHeader(text)) || isIndicatorScoreHeader(text, numbers);
}

/**
 * First cell of the summary sheet in Bahasa: marks the sheet as the tool's own (re-runs rewrite it). An English run
 * writes `SHEET_TITLES.summary.en`; either is the tool's (`isSheetTitle`).
 */
export const SUMMARY_MARKER = SHEET_TITLES.summary.id;
