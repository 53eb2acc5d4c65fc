import { matchKey } from "@inovasi/core";
import { hyphens } from "./values.js";

/**
 * The key under which two innovation names (or two agencies) are the same one: as `banding` pairs innovations from
 * one year to the next (accents off, case, spaces and punctuation ignored: "Kartu Ramah-Kesehatan" is "Kartu Ramah
 * Kesehatan"), and without an abbreviation of the name in brackets after it ("Kartu Ramah Kesehatan (KRK)": the initials of its
 * words) or before it ("KRK (Kartu Ramah Kesehatan)", "KRK - Kartu Ramah Kesehatan", any dash).
 * Any other bracket stays part of the name: "Posyandu Keliling (Balita)" and "(Lansia)", "Sekolah Ramah Anak (SD)" and
 * "(SMP)" are two innovations.
 *
 * The same name under two agencies is said, not excluded: the spec says nothing of the Ministry refusing it (two
 * agencies may each run their own "Si Sehat"), so both are scored and the analyst decides.
 *
 * `words`, the name's words (`nameWords(name)`, normalised as `matchKey` normalises), make the key of a name kept whole
 * without normalising it again: the reader has them for each innovation's name (a test holds the two keys equal).
 */
export function duplicateKey(name: string, words?: readonly string[]): string {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(name);
  // the abbreviation first ("KRK (Kartu Ramah Kesehatan)", "KRK - Kartu Ramah Kesehatan") is the same name too
  const first = m ? undefined : /^([^\s()]+)\s*[-:]\s+(.+)$/.exec(hyphens(name));
  const bare = m && isInitialsOf(m[2]!, m[1]!) ? m[1]! : m && isInitialsOf(m[1]!, m[2]!) ? m[2]! : first && isInitialsOf(first[1]!, first[2]!) ? first[2]! : name;
  return words && bare === name ? `${words.join("")}\u0000` : matchKey(bare, "");
}

/** Words an abbreviation usually leaves out ("Sistem Informasi dan Pelayanan" → SIP). */
const JOINERS = new Set(["dan", "di", "ke", "dari", "untuk", "yang", "bagi", "the", "of", "and"]);

/** Whether `abbr` is the initials of `name`'s words, with or without its joining words ("KRK" of "Kartu Ramah Kesehatan"). */
function isInitialsOf(abbr: string, name: string): boolean {
  const letters = abbr.replace(/[^\p{L}\p{N}]/gu, "").toLowerCase();
  const words = name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
  if (letters.length < 2) return false;
  const initials = (ws: string[]) => ws.map((w) => w[0]).join("");
  return letters === initials(words) || letters === initials(words.filter((w) => !JOINERS.has(w)));
}
