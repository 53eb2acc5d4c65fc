/**
 * What the `Ditolak` column holds beyond Ya/Tidak: the verifiers' own words for a rejected innovation ("Ditolak",
 * "Tidak Lolos", "TMS" = tidak memenuhi syarat, "Gugur") and for one that passed ("Lolos", "Diterima", "MS" = memenuhi
 * syarat, "Tidak ditolak", a dash alone), alone or followed by a reason ("Ditolak: video tidak ada"); Ya or Tidak with a
 * remark after it ("Tidak (lolos)").
 */
const REJECTED = /^(?:ditolak|tidak\s*lolos|tdk\s*lolos|tms|tidak\s+memenuhi\s+syarat|gugur|rejected)(?![\p{L}\p{N}])/iu;
const PASSED = /^(?:lolos|diterima|ms|memenuhi\s+syarat|accepted|passed|(?:tidak|tdk|bukan)\s+ditolak|not\s+rejected)(?![\p{L}\p{N}])/iu;
/** Ya or Tidak followed by a remark ("Tidak (lolos)", "Ya - video tidak ada"): the word before the remark decides. */
const WITH_REMARK = /^(ya|iya|y|tidak|tdk|t|n|no)\s*[(:;,\-–—]/iu;
/** A dash alone: the usual mark for "nothing here". */
const DASH = /^[-–—]+$/;

/** "yes" (rejected) or "no" for a verifier's word, undefined for anything else. */
export function rejectedByWord(text: string): "yes" | "no" | undefined {
  const t = text.trim();
  if (REJECTED.test(t)) return "yes";
  if (PASSED.test(t) || DASH.test(t)) return "no";
  const remark = WITH_REMARK.exec(t);
  if (remark) return /^(?:ya|iya|y)$/i.test(remark[1]!) ? "yes" : "no";
  return undefined;
}
