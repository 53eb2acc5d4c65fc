import type { AgencyType, EvidenceStatus, InnovationForm, InnovationKind, Initiator, RegionLevel, Stage } from "@inovasi/core";
import { normaliseHeader } from "./grid.js";
import { hyphens } from "./values.js";

/** Words a cell may hold for a closed list, first = the label the template offers. Matching ignores case and spaces. */
export type LabelTable<T extends string> = Record<T, string[]>;

/** Words for an innovation's stage (Tahapan): Inisiatif, Uji Coba, Penerapan, and the spellings analysts type. */
export const STAGE_LABELS: LabelTable<Stage> = {
  // read29: an idea is the first stage (spec §1: inisiatif / uji coba / penerapan), and a rule counting it counts the later ones
  inisiatif: ["Inisiatif", "Tahap Inisiatif", "Inisiasi", "Tahap Inisiasi", "Ide", "Tahap Ide", "Gagasan"],
  uji_coba: ["Uji Coba", "Ujicoba", "uji_coba", "trial", "Tahap Uji Coba"],
  penerapan: ["Penerapan", "implementation", "Implementasi", "Diterapkan", "Tahap Penerapan", "Sudah Diterapkan", "Telah Diterapkan"],
};
/** Words for an innovation's form (Bentuk): governance, public service, other. */
export const FORM_LABELS: LabelTable<InnovationForm> = {
  tata_kelola: ["Tata Kelola Pemerintahan Daerah", "Tata Kelola", "tata_kelola"],
  pelayanan_publik: ["Pelayanan Publik", "pelayanan_publik"],
  lainnya: ["Inovasi Daerah Lainnya Sesuai Urusan", "Lainnya"],
};
/** A form in a sentence ("minimal 1 inovasi pelayanan publik", "at least 1 public-service innovation"): rule names read from a sheet. */
export const FORM_WORDS: Record<"id" | "en", Record<InnovationForm, string>> = {
  id: { tata_kelola: "tata kelola pemerintahan daerah", pelayanan_publik: "pelayanan publik", lainnya: "bentuk lainnya" },
  en: { tata_kelola: "governance", pelayanan_publik: "public-service", lainnya: "other" },
};
/** Words for an innovation's kind (Jenis): Digital or Non Digital. */
export const KIND_LABELS: LabelTable<InnovationKind> = {
  digital: ["Digital"],
  non_digital: ["Non Digital", "Non-Digital", "Nondigital", "non_digital"],
};
/** Words for who initiated an innovation (Inisiator): the regional head, DPRD, an agency, ASN, the public. */
export const INITIATOR_LABELS: LabelTable<Initiator> = {
  kepala_daerah: ["Kepala Daerah", "kepala_daerah"],
  dprd: ["Anggota DPRD", "DPRD"],
  opd: ["OPD", "Perangkat Daerah"],
  asn: ["ASN"],
  masyarakat: ["Masyarakat"],
};
/** Words for an answer's evidence status (… Bukti): accepted, pending, missing, rejected. */
export const EVIDENCE_LABELS: LabelTable<EvidenceStatus> = {
  accepted: ["Diterima", "accepted", "Sudah Diterima"],
  pending: ["Menunggu", "Menunggu Verifikasi", "pending"],
  missing: ["Tidak Ada", "Belum Ada", "missing"],
  rejected: ["Ditolak", "rejected"],
};
/**
 * Words regional trackers write in a `Bukti` column for whether the evidence is there, before anyone has verified it
 * (the column holds the status: {@link EVIDENCE_LABELS}). Present is read as pending — the document exists, nobody has
 * accepted it: it counts in the claimed projection only, so a word never raises the verified score — and absent as
 * missing; "TMS" (tidak memenuhi syarat) as rejected. The reader says so once per sheet and status: present as a warning
 * (audit38: "Yes" may be meant as accepted, and the answers leave the verified projection), the others as a note. A lone "x" is neither (a cross ticks a box, or says no): it is asked.
 * A verification under way ("Proses") or evidence returned for revision ("Revisi") is pending (read25): not accepted,
 * which is all the scores and the plan read of a status — Menunggu, Tidak Ada and Ditolak count alike in both projections.
 */
export const EVIDENCE_WORDS: LabelTable<"pending" | "missing" | "rejected"> = {
  // "V": the tick typed where √ is hard to type ("beri tanda V")
  pending: ["Ada", "Ya", "Iya", "Yes", "✓", "✔", "√", "V", "☑", "✅", "Sudah", "Sudah Ada", "Tersedia", "Sudah Tersedia", "Lengkap", "Diunggah", "Sudah Diunggah", "Terunggah", "Uploaded", "Available", "Present", "Sudah Upload", "Diupload", "Sudah Diupload", "Terupload", "Proses", "Dalam Proses", "Diproses", "Proses Verifikasi", "Sedang Diverifikasi", "Revisi", "Perlu Revisi", "Perbaikan"],
  missing: ["Tidak", "Tdk", "Tdk Ada", "No", "Belum", "Belum Upload", "Belum Diupload", "Belum Diunggah", "Belum Tersedia", "Tidak Tersedia", "Kosong", "✗", "✘", "❌", "None", "Not Available"],
  // the verifiers' "tidak memenuhi syarat", as the Ditolak column reads it: whoever checked, evidence that fails counts
  // in no verified score, as Ditolak (its counterpart "Memenuhi Syarat" is asked: it would raise the verified score)
  rejected: ["TMS", "Tidak Memenuhi Syarat", "Tdk Memenuhi Syarat"],
};

/**
 * Words that name a check's outcome without this column's words: "OK" (the evidence is there, or accepted?) and a
 * verdict whose verifier is not named ("Valid", "Terverifikasi": the IID verifier's, or the region's own team's check
 * before submission?; "Diverifikasi": done, or under way?). None is read as accepted — a word never raises the verified
 * score (see {@link EVIDENCE_WORDS}) — nor as pending with a note, which nobody sees while it keeps an accepted answer
 * out of the verified projection: each is an error saying which status to type for which meaning (pending until then).
 */
export const EVIDENCE_UNCLEAR_WORDS: LabelTable<"ok" | "verdict"> = {
  ok: ["OK", "Oke", "Okay"],
  verdict: ["Valid", "Tervalidasi", "Divalidasi", "Sudah Divalidasi", "Terverifikasi", "Diverifikasi", "Sudah Diverifikasi", "Sudah Terverifikasi", "Verified", "Sesuai", "Memenuhi", "Memenuhi Syarat"],
};

/**
 * The agency types' names in English, as an English-speaking adviser types them (audit38: "Department", "Agency",
 * "Office", "Sub-district" were unknown types, each agency read as Lainnya and out of a rule on OPD): read as the type,
 * named in English messages, not offered by the Jenis dropdown (the template is in Bahasa). "District" is none: donor
 * programmes call a kabupaten or kota a district, and official English a kecamatan.
 */
export const AGENCY_TYPE_EN: LabelTable<AgencyType> = {
  opd: ["Department", "Agency", "Office", "Board", "Secretariat", "Inspectorate", "Regional Secretariat", "Regional Agency", "Regional Apparatus"],
  kecamatan: ["Sub-district", "Subdistrict"],
  kelurahan: ["Urban Village", "Ward"],
  desa: ["Village"],
  rsud: ["Hospital", "Regional Hospital", "General Hospital", "Regional General Hospital"],
  puskesmas: ["Health Centre", "Health Center", "Community Health Centre", "Community Health Center", "Primary Health Centre", "Primary Health Center"],
  upt: ["Technical Unit", "Technical Implementation Unit", "Regional Technical Implementation Unit"],
  sekolah: ["School"],
  bumd: ["Regional Enterprise", "Regionally Owned Enterprise", "Regional-Owned Enterprise"],
  lainnya: ["Other"],
};

/** Words for an agency's type (Jenis on Perangkat Daerah, and the types a compliance rule on Pengaturan names). */
export const AGENCY_TYPE_LABELS: LabelTable<AgencyType> = {
  opd: ["OPD", "Dinas", "Badan", "Sekretariat", "Inspektorat", "Satuan", "Kantor", "Setda", "Setwan", "Sekwan", ...AGENCY_TYPE_EN.opd],
  // the abbreviations of letterheads and lists: "Kec.", "Kel.", "RS", "PKM"
  kecamatan: ["Kecamatan", "Kec", ...AGENCY_TYPE_EN.kecamatan],
  kelurahan: ["Kelurahan", "Kel", ...AGENCY_TYPE_EN.kelurahan],
  desa: ["Desa", ...AGENCY_TYPE_EN.desa],
  rsud: ["RSUD", "Rumah Sakit", "RS", ...AGENCY_TYPE_EN.rsud],
  puskesmas: ["Puskesmas", "PKM", ...AGENCY_TYPE_EN.puskesmas],
  upt: ["UPT", "UPTD", ...AGENCY_TYPE_EN.upt],
  sekolah: ["Sekolah", "SD", "SMP", "SMA", "SMK", ...AGENCY_TYPE_EN.sekolah],
  bumd: ["BUMD", ...AGENCY_TYPE_EN.bumd],
  lainnya: ["Lainnya", ...AGENCY_TYPE_EN.lainnya],
};
/**
 * Words read but not offered (the Jenis dropdown keeps its list): the abbreviations of letterheads and lists ("Kec.",
 * "Kel.", "RS", "PKM", "Setda", "Setwan"), a school's level for Sekolah, and the types' English names.
 */
export const SHORT_FORMS: ReadonlySet<string> = new Set(["Kec", "Kel", "RS", "PKM", "Kantor", "Setda", "Setwan", "Sekwan", "SD", "SMP", "SMA", "SMK", ...Object.values(AGENCY_TYPE_EN).flat()]);
/**
 * The levels' names in English (audit38: Tingkat "Regency" stopped the run), read and named in English messages. Not
 * "District": donor programmes call a kabupaten or a kota a district.
 */
export const LEVEL_EN: LabelTable<RegionLevel> = { provinsi: ["Province"], kabupaten: ["Regency"], kota: ["City", "Municipality"] };
/** Words for the region's level (Tingkat on Pengaturan): Provinsi, Kabupaten, Kota, and their English names. */
export const LEVEL_LABELS: LabelTable<RegionLevel> = {
  provinsi: ["Provinsi", "Prov", "Propinsi", "Pemprov", "Pemerintah Provinsi", "Pemerintah Propinsi", ...LEVEL_EN.provinsi],
  kabupaten: ["Kabupaten", "Kab", "Pemkab", "Pemerintah Kabupaten", ...LEVEL_EN.kabupaten],
  kota: ["Kota", "Pemkot", "Pemerintah Kota", ...LEVEL_EN.kota],
};
/** Words read as yes or no (Ditolak, Melapor …): Ya/Tidak and the usual variants, in either language. */
export const YES_NO: LabelTable<"yes" | "no"> = {
  yes: ["Ya", "Y", "Yes", "True", "1", "Benar", "Iya"],
  no: ["Tidak", "T", "N", "No", "False", "0", "Salah", "Tdk"],
};

/**
 * The key whose words include `s` (normalised), or undefined. A word typed without its spaces, or with a hyphen, dot
 * or underscore for one ("uji-coba", "Non.Digital", "TIDAKADA"), still matches when exactly one key has that loose form.
 */
export function matchLabel<T extends string>(table: LabelTable<T>, s: string): T | undefined {
  const l = lookups.get(table) ?? lookupOf(table);
  const n = normaliseHeader(s);
  const k = (l.exact.get(n) ?? l.loose.get(looseWord(n)) ?? undefined) as T | undefined;
  if (k !== undefined || !n.includes("/")) return k;
  // "Penerapan/Implementasi": words of one key either side of a slash are that key (read29); of two keys, none
  const keys = slashKeys(table, n);
  return keys?.length === 1 ? keys[0] : undefined;
}

/** The keys a text's parts around slashes name ("Uji Coba/Penerapan"); undefined when a part names none. */
function slashKeys<T extends string>(table: LabelTable<T>, n: string): T[] | undefined {
  const keys = new Set<T>();
  for (const part of n.split("/")) {
    const k = part.trim() && matchLabel(table, part);
    if (!k) return undefined;
    keys.add(k);
  }
  return [...keys];
}

/**
 * Stage words that are no stage, with the stages they may mean (read29): a replication ("Replikasi") is the innovation
 * tried out or applied here, taken from another region (the edition scores replication as an indicator of its own).
 */
const STAGE_UNSURE: Record<string, Stage[]> = { replikasi: ["uji_coba", "penerapan"], "tahap replikasi": ["uji_coba", "penerapan"], "replikasi inovasi": ["uji_coba", "penerapan"] };

/**
 * The keys a text not read may mean, for "mungkin maksudnya …" (never read as one): the keys either side of a slash
 * ("Uji Coba/Penerapan"), or for a stage, the stages a word that is none may mean ("Replikasi"). Only for a text
 * {@link matchLabel} does not read.
 */
export function labelsMeant<T extends string>(table: LabelTable<T>, s: string): T[] | undefined {
  const n = normaliseHeader(s);
  const keys = n.includes("/") ? slashKeys(table, n) : (table as LabelTable<string>) === STAGE_LABELS ? (STAGE_UNSURE[n] as T[] | undefined) : undefined;
  return keys && keys.length > 1 ? keys : undefined;
}

/** A word without spaces, hyphens (any dash, the minus sign too: read31), dots and underscores. */
function looseWord(normalised: string): string {
  return hyphens(normalised).replace(/[\s\-_.]+/g, "");
}

/**
 * Per table, its normalised words → key (the first key that has the word), and their loose forms → key (null when two
 * keys share one), made once: the reader asks per cell.
 */
const lookups = new WeakMap<LabelTable<string>, { exact: Map<string, string>; loose: Map<string, string | null> }>();
function lookupOf(table: LabelTable<string>): { exact: Map<string, string>; loose: Map<string, string | null> } {
  const exact = new Map<string, string>();
  const loose = new Map<string, string | null>();
  for (const [key, words] of Object.entries(table)) {
    for (const w of words) {
      const n = normaliseHeader(w);
      if (!exact.has(n)) exact.set(n, key);
      const l = looseWord(n);
      if (l === "") continue;
      const seen = loose.get(l);
      loose.set(l, seen === undefined || seen === key ? key : null);
    }
  }
  const out = { exact, loose };
  lookups.set(table, out);
  return out;
}

/** The labels the template offers (the first word of each key). */
export function offeredLabels<T extends string>(table: LabelTable<T>): string[] {
  return (Object.values(table) as string[][]).map((w) => w[0]!);
}

/** The offered label of a key. */
export function labelOf<T extends string>(table: LabelTable<T>, key: T): string {
  return table[key][0]!;
}
