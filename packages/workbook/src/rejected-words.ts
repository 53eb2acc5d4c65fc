/**
 * What the `Ditolak` column holds beyond Ya/Tidak: the verifiers' own words for a rejected innovation ("Ditolak",
 * "Tidak Lolos", "TMS" = tidak memenuhi syarat, "Gugur") and for one that passed ("Lolos", "Diterima", "MS" = memenuhi
 * syarat), alone or followed by a reason ("Ditolak: video tidak ada").
 */
const REJECTED = /^(?:ditolak|tidak\s*lolos|tdk\s*lolos|tms|tidak\s+memenuhi\s+syarat|gugur|rejected)(?![\p{L}\p{N}])/iu;
const PASSED = /^(?:lolos|diterima|ms|memenuhi\s+syarat|accepted|passed)(?![\p{L}\p{N}])/iu;

/** "yes" (rejected) or "no" for a verifier's word, undefined for anything else. */
export function rejectedByWord(text: string): "yes" | "no" | undefined {
  const t = text.trim();
  if (REJECTED.test(t)) return "yes";
  if (PASSED.test(t)) return "no";
  return undefined;
}
