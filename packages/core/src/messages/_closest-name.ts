import { similarity } from "../engine/urusan.js";

/** How alike (0–1) a typed name must be to a listed one to be offered: a slip or two in a name of a dozen letters. */
const CLOSE = 0.75;
/** Words an acronym leaves out ("Dinas Penanaman Modal dan PTSP" → DPMPTSP). */
const JOINERS = new Set(["dan", "serta", "atau", "of", "and"]);

/** Lower-case words of a name, without punctuation: `"Satpol-PP "` → `["satpol", "pp"]`. */
function wordsOf(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== "");
}

/** The longest text read as an abbreviation (agency abbreviations are short; the search below grows with length). */
const ABBREVIATION = 12;

/**
 * How few pieces `letters` takes as the name's words shortened the way Indonesian agencies are ("Dinkes" = DINas
 * KESehatan, "Bappeda" = BAdan Perencanaan PEmbangunan DAerah, "Satpol PP", "DPMPTSP"): the start of the first word,
 * then the starts of later words in order (a word may be left out); Infinity when it is no such shortening.
 */
function pieces(letters: string, words: string[]): number {
  const known = new Map<number, number>();
  const from = (at: number, word: number): number => {
    const key = at * 64 + word;
    const seen = known.get(key);
    if (seen !== undefined) return seen;
    let least = Infinity;
    const w = words[word]!;
    for (let k = 1; k <= w.length && at + k <= letters.length && letters[at + k - 1] === w[k - 1]; k++) {
      if (at + k === letters.length) least = 1;
      for (let next = word + 1; next < words.length && least > 2; next++) least = Math.min(least, 1 + from(at + k, next));
    }
    known.set(key, least);
    return least;
  };
  return words.length === 0 || words.length > 64 ? Infinity : from(0, 0);
}

/**
 * The listed name a typed one most likely meant (`unknown_agency`, `unknown_option`): the closest by spelling (a typo,
 * a letter dropped or two swapped; with or without the name's bracketed part), else, with `abbreviations`, the one
 * name the text shortens ("Dinkes" → "Dinas Kesehatan"); none when nothing is close or an abbreviation fits two names
 * alike. Gives its position in `listed`, −1 for none.
 *
 * @example
 * closestIndex("Dinas Kesehatn", ["Dinas Sosial", "Dinas Kesehatan"], true) //=> 1
 * closestIndex("Dinkes", ["Dinas Sosial", "Dinas Kesehatan"], true)         //=> 1
 * closestIndex("Dinas", ["Dinas Sosial", "Dinas Kesehatan"], true)          //=> -1
 */
export function closestIndex(given: string, listed: readonly string[], abbreviations: boolean): number {
  const typed = wordsOf(given);
  const key = typed.join(" ");
  if (key === "") return -1;
  let best = -1;
  let score = CLOSE;
  listed.forEach((name, k) => {
    // a label's bracketed part is often left out: "Peraturan Daerah" for "Peraturan Daerah (Perda)"
    const bare = name.replace(/\([^)]*\)/g, " ");
    const s = Math.max(similarity(key, wordsOf(name).join(" "), CLOSE), similarity(key, wordsOf(bare).join(" "), CLOSE));
    if (s > score || (s === score && best < 0)) [best, score] = [k, s];
  });
  const letters = typed.join("");
  if (best >= 0 || !abbreviations || letters.length < 3 || letters.length > ABBREVIATION) return best;
  // the fewest pieces wins ("Dinkes": DINas KESehatan, not DINas KEtahanan … Sosial); a tie is no guess
  let fewest = Infinity;
  listed.forEach((name, k) => {
    const words = wordsOf(name).filter((w) => !JOINERS.has(w));
    const n = letters.length < words.join("").length ? pieces(letters, words) : Infinity;
    if (n < fewest) [fewest, best] = [n, k];
    else if (n === fewest) best = -1;
  });
  return fewest === Infinity ? -1 : best;
}
