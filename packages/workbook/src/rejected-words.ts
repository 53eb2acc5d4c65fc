import { hyphens } from "./values.js";

/**
 * What the `Ditolak` column holds beyond Ya/Tidak: the verifiers' own words for a rejected innovation ("Ditolak",
 * "Tidak Lolos", "TMS" = tidak memenuhi syarat, "Gugur") and for one that passed ("Lolos", "Diterima", "MS" = memenuhi
 * syarat, "Tidak ditolak", a dash alone) or is not decided yet ("Belum", "Menunggu", "Proses"), alone or followed by
 * a reason ("Ditolak: video tidak ada"); Ya or Tidak with a remark after it ("Tidak (lolos)").
 */
const REJECTED = /^(?:ditolak|tidak\s*lolos|tdk\s*lolos|tms|tidak\s+memenuhi\s+syarat|gugur|rejected)(?![\p{L}\p{N}])/iu;
const PASSED = /^(?:lolos|diterima|ms|memenuhi\s+syarat|accepted|passed|(?:tidak|tdk|bukan)\s+ditolak|not\s+rejected)(?![\p{L}\p{N}])/iu;
/** Ya or Tidak followed by a remark ("Tidak (lolos)", "Ya - video tidak ada"): the word before the remark decides. */
const WITH_REMARK = /^(ya|iya|y|tidak|tdk|t|n|no)\s*[(:;,-]/iu;
/**
 * Not (yet) decided: "Belum", "Belum diverifikasi", "Belum ditolak", "Menunggu", "Proses", "Dalam proses verifikasi",
 * "Sedang diverifikasi". Not a rejection, so not rejected (audit17 F10: taken as rejected, an innovation nobody rejected
 * left both projections). Whole cell only, and only what the verification not being done says: "Belum lengkap",
 * "Belum lolos" (may mean failed) and "Proses banding" (an appeal follows a rejection) are something else.
 */
const NOT_YET =
  /^(?:belum(?: (?:di)?(?:verifikasi|nilai|periksa|tolak|validasi|putuskan))?|menunggu(?: (?:hasil )?(?:verifikasi|penilaian|validasi|hasil))?|(?:(?:masih|sedang) )?(?:dalam )?(?:proses|diproses)(?: (?:verifikasi|penilaian|validasi|pemeriksaan))?|(?:masih|sedang) (?:diverifikasi|dinilai|diperiksa)|pending|not yet(?: (?:verified|assessed|decided))?)\.?$/iu;
/**
 * The passive prefix written apart ("di tolak", "di-verifikasi"), as it is often typed: joined to its verb before the
 * words are matched, so "belum di tolak" is "belum ditolak" and "di tolak" is "ditolak".
 */
const DI_APART = /(^|\s)di[\s-]+(?=(?:tolak|verifikasi|nilai|periksa|proses|validasi|terima|putuskan)(?![\p{L}\p{N}]))/giu;
/** A dash alone (any dash, as a hyphen): the usual mark for "nothing here". */
const DASH = /^-+$/;

/** "yes" (rejected) or "no" for a verifier's word, undefined for anything else. */
export function rejectedByWord(text: string): "yes" | "no" | undefined {
  // spaces as typed (two, a line break, a non-breaking one) are one; "di tolak" is "ditolak"
  // any dash as a hyphen ("Tidak – lolos", "—" alone)
  const t = hyphens(text).trim().replace(/\s+/gu, " ").replace(DI_APART, "$1di");
  if (REJECTED.test(t)) return "yes";
  if (PASSED.test(t) || DASH.test(t) || NOT_YET.test(t)) return "no";
  const remark = WITH_REMARK.exec(t);
  if (remark) return /^(?:ya|iya|y)$/i.test(remark[1]!) ? "yes" : "no";
  return undefined;
}
