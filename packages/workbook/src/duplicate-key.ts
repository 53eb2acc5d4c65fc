import { matchKey } from "@inovasi/core";

/**
 * The key under which two innovation names (or two agencies) are the same one: as `banding` pairs innovations from
 * one year to the next (accents off, case, spaces and punctuation ignored: "Kartu Ramah-Kesehatan" is "Kartu Ramah
 * Kesehatan"), and without a bracketed abbreviation at the end ("Kartu Ramah Kesehatan (KRK)").
 *
 * The same name under two agencies is said, not excluded: the spec says nothing of the Ministry refusing it (two
 * agencies may each run their own "Si Sehat"), so both are scored and the analyst decides.
 */
export function duplicateKey(name: string): string {
  const bare = name.replace(/\s*\([^()]*\)\s*$/, "");
  return matchKey(bare.trim() === "" ? name : bare, "");
}
