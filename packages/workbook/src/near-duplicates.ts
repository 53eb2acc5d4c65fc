/**
 * The same innovation entered twice under names that differ a little, within one agency (audit22 F6): "Kartu Ramah
 * Kesehtan" (one edit from "Kartu Ramah Kesehatan", a typo of a second submission) or "Inovasi Kartu Ramah Kesehatan"
 * (the name with a word that names no innovation before or after it). Both are scored; the reader warns, as for an
 * exact copy, and says when every answer is the same too. Compared within one agency only and through indexes, never
 * pair by pair: a province's 50,000 innovations cost a few lookups each.
 */
import { similarity } from "@inovasi/core";

/** Why a name is taken for an earlier one's. */
export type NearWhy = "edit" | "word";

/** The shortest name key (letters and digits) compared by edits: in shorter names one letter is a different name. */
const MIN_EDIT_KEY = 8;

/**
 * Words that say what a name is, not which ("Inovasi Kartu Ramah Kesehatan", "Program Si Sehat", "Aplikasi Lapor"):
 * a name with them before or after it is the same name. Any other word may tell two innovations apart ("Si Sehat" and
 * "Si Sehat Jiwa").
 */
const GENERIC = new Set(["inovasi", "program", "kegiatan", "aplikasi"]);

/**
 * Earlier names by agency, to find a later one's near duplicate. `add` is given each innovation in order: its agency's
 * key, its name's key (`duplicateKey`: letters and digits) and its name's words ({@link nameWords}).
 */
export class NearDuplicates {
  /** Name keys by position. */
  private readonly keys: string[] = [];
  /** By agency: halves of name keys (see {@link halves}) → the innovation(s) that have them; names without generic words → the first. */
  private readonly byAgency = new Map<string, { halves: Map<string, number | number[]>; words: Map<string, number> }>();

  /** The earlier innovation of the same agency that this one's name nearly is, with why, else undefined; then it is recorded. */
  add(index: number, agency: string, key: string, words: readonly string[]): { first: number; why: NearWhy } | undefined {
    this.keys[index] = key;
    let seen = this.byAgency.get(agency);
    if (!seen) this.byAgency.set(agency, (seen = { halves: new Map(), words: new Map() }));
    let found: { first: number; why: NearWhy } | undefined;
    // the name without its generic words before and after
    let [a, b] = [0, words.length];
    while (a < b && GENERIC.has(words[a]!)) a++;
    while (b > a && GENERIC.has(words[b - 1]!)) b--;
    if (b > a) {
      const bare = a === 0 && b === words.length ? words.join(" ") : words.slice(a, b).join(" ");
      const j = seen.words.get(bare);
      if (j === undefined) seen.words.set(bare, index);
      else if (this.keys[j] !== key) found = { first: j, why: "word" };
    }
    if (key.length < MIN_EDIT_KEY) return found;
    // one edit: a letter added, dropped, changed or two swapped, the numbers alike ("SMP Negeri 1" and "2" are two)
    for (const p of halves(/\d/.test(key) ? key.replace(/\D+/g, " ") : "", key)) {
      const at = seen.halves.get(p);
      if (!found && at !== undefined) {
        for (const k of typeof at === "number" ? [at] : at) {
          const other = this.keys[k]!;
          const n = Math.max(key.length, other.length);
          if (other !== key && Math.abs(other.length - key.length) <= 1 && similarity(key, other, 1 - 1 / n) > 0) { found = { first: k, why: "edit" }; break; }
        }
      }
      if (at === undefined) seen.halves.set(p, index);
      else if (typeof at === "number") seen.halves.set(p, [at, index]);
      else at.push(index);
    }
    return found;
  }
}

/**
 * The keys under which a name meets every name one edit from it. Two keys an edit apart, the shorter of length m, share
 * their first ⌊(m−1)/2⌋ letters or their last m − ⌊(m−1)/2⌋ − 1 (the edit, one letter or two neighbouring ones, lies
 * on one side). For m = the key's length and m = one less (a partner one letter shorter) those are three parts at most:
 * a key of odd length 2k+1 gives its first k and k−1 letters and its last k; of even length 2k, its first k−1 and its
 * last k and k−1. A part's length tells it apart; a match is checked.
 */
function halves(digits: string, key: string): string[] {
  const k = key.length >> 1;
  return key.length % 2 === 1
    ? [`${digits}<${key.slice(0, k)}`, `${digits}<${key.slice(0, k - 1)}`, `${digits}>${key.slice(key.length - k)}`]
    : [`${digits}<${key.slice(0, k - 1)}`, `${digits}>${key.slice(key.length - k)}`, `${digits}>${key.slice(key.length - k + 1)}`];
}

/**
 * A name's words for {@link NearDuplicates}: accents off, lower case, split at anything but letters and digits.
 * Joined, they are the name's `duplicateKey` when it is kept whole (any other mark is not a letter: it splits a word,
 * and joining drops it, as `matchKey` does).
 */
export function nameWords(name: string): string[] {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== "");
}

/** Whether two innovations give the same answers (and evidence) at every indicator: the reader's answers are shared objects. */
export function sameAnswers(a: { answers?: Record<string, unknown> }, b: { answers?: Record<string, unknown> }): boolean {
  const [x, y] = [a.answers ?? {}, b.answers ?? {}];
  const keys = Object.keys(x);
  return keys.length > 0 && keys.length === Object.keys(y).length && keys.every((k) => x[k] === y[k]);
}
