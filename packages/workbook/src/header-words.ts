/**
 * The other names analysts give the template's columns, in one place: the reader takes a column by its template
 * header first (layout.ts), then by one of these, only where the meaning is certain. Each list is of header keys
 * ({@link headerKey}: lower case, punctuation and a bracketed aside dropped), the template's own header first.
 */
import { normaliseHeader } from "./grid.js";

/**
 * Inovasi profile columns (by field, as layout's PROFILE_COLUMNS): the rewordings read as the template's header.
 * (Data without the template's headers, so layout.ts may import this file.)
 */
export const PROFILE_HEADER_WORDS: Readonly<Record<string, readonly string[]>> = {
  name: ["nama inovasi daerah", "judul inovasi", "judul inovasi daerah"],
  stage: ["tahapan inovasi", "tahap inovasi"],
  urusan: ["urusan pemerintahan", "urusan utama", "urusan pemerintahan utama"],
  agency: ["nama perangkat daerah", "perangkat daerah pengampu", "opd", "nama opd", "opd pengampu"],
  year: ["tahun inovasi", "tahun usulan"],
  trialDate: ["tgl uji coba", "tanggal ujicoba", "tgl ujicoba", "tanggal mulai uji coba", "tgl mulai uji coba"],
  implementationDate: ["tgl penerapan", "tanggal implementasi", "tgl implementasi", "tanggal mulai penerapan", "tgl mulai penerapan", "tanggal diterapkan"],
  designWords: ["jumlah kata", "jml kata", "jml kata rancang bangun", "jumlah kata rancangan bangun", "jml kata rancangan bangun", "kata rancang bangun"],
  entries: ["keikutsertaan", "jumlah keikutsertaan iga", "keikutsertaan iga", "jml keikutsertaan", "jml keikutsertaan iga", "keikutsertaan ke"],
  rejected: ["tolak", "status ditolak", "inovasi ditolak", "ditolak verifikasi", "ditolak verifikator", "ditolak oleh verifikator"],
};

/**
 * Headers only named in "mungkin maksudnya …" when a column is absent, never read as it: their meaning is not certain
 * ("Status Verifikasi" may hold the verification's progress, "Sudah diverifikasi", not whether it was rejected).
 */
export const PROFILE_HEADER_HINTS: Readonly<Record<string, readonly string[]>> = {
  rejected: ["status verifikasi", "verifikasi"],
};

/**
 * Perangkat Daerah columns (by role, as layout's AGENCY_HEADERS): the rewordings read as the template's header, as the
 * Inovasi sheet reads "Nama Perangkat Daerah" for its agency column (audit27 d1).
 */
export const AGENCY_HEADER_WORDS = {
  name: ["nama perangkat daerah", "nama opd", "nama pd", "nama skpd", "perangkat daerah", "opd", "skpd", "nama instansi", "instansi"],
  type: ["jenis perangkat daerah", "jenis opd", "jenis pd", "jenis skpd", "jenis instansi"],
} as const;

/**
 * Perangkat Daerah headings read as Jenis only when most of their cells are agency types (read29): "Kategori" may hold
 * other categories ("Wajib", "Pilihan"), so the heading alone is not enough.
 */
export const AGENCY_TYPE_BY_CELLS: readonly string[] = ["kategori", "kategori perangkat daerah", "kategori opd", "kategori pd", "kategori skpd", "tipe", "tipe perangkat daerah", "tipe opd"];

/** SPD columns (by role, as layout's SPD_HEADERS): the rewordings read as the template's header. */
export const SPD_HEADER_WORDS: Readonly<Record<string, readonly string[]>> = {
  id: ["kode indikator", "kode spd", "kode indikator spd", "no indikator", "nomor indikator", "id indikator"],
  answer: ["capaian", "capaian indikator", "nilai capaian", "jawaban indikator"],
  evidence: ["bukti dukung", "status bukti", "status bukti dukung", "bukti pendukung", "status", "verifikasi", "status verifikasi"],
};

/**
 * SPD headers that may name two columns, read by what their cells hold (never by the header alone): "No" is the Kode
 * when its cells name the edition's SPD indicators (2a, SPD-5a) and a row number when they count the rows (1, 2, 3);
 * "Nilai" is the Jawaban when its cells are values or options, and in doubt where a whole number may be a tier.
 */
export const SPD_UNSURE_HEADERS = { id: ["no", "nomor"], answer: ["nilai", "nilai indikator"] } as const;

/** The words a template sheet's name holds when the sheet is renamed ("Data Inovasi", "Inovasi 2026", "Daftar OPD"). */
const SHEET_NAME_WORDS = { innovations: ["inovasi"], agencies: ["opd", "skpd", "perangkat daerah"] } as const;

/**
 * Whether a sheet's name says it is the Inovasi or the Perangkat Daerah sheet under another name: its words hold
 * "inovasi", or "opd", "skpd" or "perangkat daerah". The reader looks for a missing sheet among these (and among sheets
 * whose cells are laid out as it); a host that reads only the template's sheets reads these too.
 */
export function namesSheet(sheet: keyof typeof SHEET_NAME_WORDS, name: string): boolean {
  const key = ` ${headerKey(name.replace(/_/g, " "))} `;
  return SHEET_NAME_WORDS[sheet].some((w) => key.includes(` ${w} `));
}

/** Words in a sheet's name that say it may be another list ("OPD Tanpa Inovasi", "Daftar OPD Lama"). */
const OTHER_LIST_WORDS = ["tanpa", "tidak", "bukan", "lama"] as const;

/**
 * Why a sheet read under another name may be the wrong one: its name carries a year other than the assessment year
 * ("Inovasi 2024" in a 2026 workbook: a copy of last year's sheet is a plausible reason the real one is missing; the
 * window's years are innovations' years, not a sheet's), or a word saying it is another list ("OPD Tanpa Inovasi").
 * Undefined: the name raises no doubt.
 */
export function sheetNameDoubt(name: string, assessed: number | undefined): { year: string; assessed: string } | { word: string } | undefined {
  const year = assessed === undefined ? undefined : name.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g)?.find((y) => Number(y) !== assessed);
  if (year) return { year, assessed: String(assessed) };
  const words = headerKey(name.replace(/_/g, " ")).split(" ");
  const word = OTHER_LIST_WORDS.find((w) => words.includes(w));
  return word ? { word } : undefined;
}

/** The words an indicator's evidence column is headed with, after or before its number ("18. Bukti", "Bukti 18"). */
export const EVIDENCE_HEADER_WORDS = ["bukti", "bukti dukung", "status bukti", "status bukti dukung", "bukti pendukung"] as const;

/** The words an indicator's measure column is headed with ("18. Dasar Ukur", "Dasar Ukur 18"). */
export const MEASURE_HEADER_WORDS = ["dasar ukur", "dasar ukuran", "dasar pengukuran"] as const;

/** Words too common to say two headers are about the same thing ("Jumlah", "Tanggal" …): not used for a hint. */
const COMMON_WORDS = new Set(["jumlah", "jml", "tanggal", "tgl", "status", "nama", "dan", "yang", "atau", "inovasi", "iga", "kolom", "data"]);

/**
 * A header as its words: normalised (see `normaliseHeader`), a bracketed aside ("(Ya/Tidak)") and punctuation dropped.
 * `headerKey("Ditolak (Ya/Tidak)")` is "ditolak".
 */
export function headerKey(text: string): string {
  return normaliseHeader(text).replace(/\([^)]*\)/g, " ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** The words a header has in common with a column's names, leaving out the common ones: for "mungkin maksudnya …". */
export function sharedWords(header: string, names: readonly string[]): boolean {
  const words = new Set(names.flatMap((n) => headerKey(n).split(" ")).filter((w) => w.length > 2 && !COMMON_WORDS.has(w)));
  return headerKey(header).split(" ").some((w) => words.has(w));
}

/**
 * The column holding one of `names` among the header cells not `taken`: the first name (the template's header) matched
 * exactly (normalised) first, then any of them by {@link headerKey} (the cell's `key`, made once per header row).
 */
export function columnNamed<C extends { col: number; text: string; key: string }>(cells: readonly C[], names: readonly string[], taken: ReadonlySet<number>): C | undefined {
  const free = cells.filter((x) => !taken.has(x.col));
  const exact = normaliseHeader(names[0]!);
  const hit = free.find((x) => normaliseHeader(x.text) === exact);
  if (hit) return hit;
  const keys = new Set(names.map(headerKey));
  return free.find((x) => keys.has(x.key));
}

/**
 * Whether a sheet's name says it is the SPD sheet under another name ("SPD 2026", "Lembar SPD", "spd_2026"): a word
 * of it is "SPD" (a year or number may follow). The reader looks for the SPD sheet among these (and sheets holding the
 * SPD codes); a host that reads only the template's sheets reads these too.
 */
export function namesSpdSheet(name: string): boolean {
  return headerKey(name.replace(/_/g, " ")).split(" ").some((w) => /^spd\d*$/.test(w));
}
