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
 * The listed name a typed one most likely meant, for `unknown_agency`: the closest by spelling (a typo, a letter
 * dropped), else the one name the text abbreviates ("Dinkes" → "Dinas Kesehatan"); none when nothing is close or an
 * abbreviation fits more than one.
 *
 * @example
 * closestName("Dinas Kesehatn", ["Dinas Sosial", "Dinas Kesehatan"]) //=> "Dinas Kesehatan"
 * closestName("Dinkes", ["Dinas Sosial", "Dinas Kesehatan"])         //=> "Dinas Kesehatan"
 * closestName("Dinas", ["Dinas Sosial", "Dinas Kesehatan"])          //=> undefined
 */
export function closestName(given: string, listed: readonly string[]): string | undefined {
  const typed = wordsOf(given);
  const key = typed.join(" ");
  if (key === "") return undefined;
  let best: string | undefined;
  let score = CLOSE;
  for (const name of listed) {
    const s = similarity(key, wordsOf(name).join(" "), CLOSE);
    if (s >= score && (best === undefined || s > score)) {
      best = name;
      score = s;
    }
  }
  if (best !== undefined) return best;
  const letters = typed.join("");
  if (letters.length < 3 || letters.length > ABBREVIATION) return undefined;
  // the fewest pieces wins ("Dinkes": DINas KESehatan, not DINas KEtahanan … Sosial); a tie is no guess
  let fewest = Infinity;
  let fits: string[] = [];
  for (const name of listed) {
    const words = wordsOf(name).filter((w) => !JOINERS.has(w));
    if (letters.length >= words.join("").length) continue;
    const n = pieces(letters, words);
    if (n < fewest) [fewest, fits] = [n, [name]];
    else if (n === fewest && n < Infinity) fits.push(name);
  }
  return fits.length === 1 ? fits[0] : undefined;
}
