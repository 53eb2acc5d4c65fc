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

/** A list's names made ready once (a region's agencies are named by every unknown_agency issue of the region). */
interface Prepared {
  /** Each name's words joined, and without its bracketed part. */
  keys: { full: string; bare: string; digits: string }[];
  /** Each name's words without joining words, for abbreviations. */
  words: string[][];
  /** What each typed text gave, by text and whether abbreviations were read. */
  answers: Map<string, number>;
}
const prepared = new WeakMap<readonly string[], Prepared>();
/**
 * Short lists by their names (an indicator's option labels): the engine gives each `unknown_option` issue its own copy
 * of them, so by the list itself a workbook of 31,000 unknown answers made the same labels ready 31,000 times, again
 * at each wording of the message, and never found a text's earlier answer.
 */
const byNames = new Map<string, Prepared>();
/** How many names a list looked up by its names has at most (a region's agencies are looked up as the list). */
const SHORT = 16;

function prepare(listed: readonly string[]): Prepared {
  const names = listed.length > SHORT ? undefined : listed.join("\u0000");
  let p = names === undefined ? prepared.get(listed) : byNames.get(names);
  if (!p) {
    p = {
      keys: listed.map((name) => {
        const full = wordsOf(name).join(" ");
        return { full, bare: wordsOf(name.replace(/\([^)]*\)/g, " ")).join(" "), digits: digitsOf(full) };
      }),
      words: listed.map((name) => wordsOf(name).filter((w) => !JOINERS.has(w))),
      answers: new Map(),
    };
    // by its names, up to a thousand lists (an edition's labels are a few hundred)
    if (names === undefined) prepared.set(listed, p);
    else if (byNames.size < 1000) byNames.set(names, p);
  }
  return p;
}

/** The numbers a name holds, in order: "SMP Negeri 12" → "12". */
function digitsOf(key: string): string {
  return key.replace(/[^0-9]+/g, " ").trim();
}

/**
 * The listed name a typed one most likely meant (`unknown_agency`, `unknown_option`): the closest by spelling (a typo,
 * a letter dropped or two swapped; with or without the name's bracketed part), else, with `abbreviations`, the one
 * name the text shortens ("Dinkes" → "Dinas Kesehatan"). None when nothing is close, when two names are equally close
 * or an abbreviation fits two alike, and when the text's numbers differ from the name's ("SMP Negeri 3" is not a slip
 * for "SMP Negeri 1"). Gives its position in `listed`, −1 for none. A list is made ready once (kept while the list
 * is; a short one by its names), so a region's unknown agencies cost one pass over its names each.
 *
 * @example
 * closestIndex("Dinas Kesehatn", ["Dinas Sosial", "Dinas Kesehatan"], true) //=> 1
 * closestIndex("Dinkes", ["Dinas Sosial", "Dinas Kesehatan"], true)         //=> 1
 * closestIndex("Dinas", ["Dinas Sosial", "Dinas Kesehatan"], true)          //=> -1
 */
export function closestIndex(given: string, listed: readonly string[], abbreviations: boolean): number {
  const p = prepare(listed);
  const asked = `${abbreviations ? 1 : 0}${given}`;
  let k = p.answers.get(asked);
  if (k === undefined) {
    k = closestIn(p, wordsOf(given), abbreviations);
    if (p.answers.size < 10_000) p.answers.set(asked, k);
  }
  return k;
}

/** Letters of the text being matched, counted, and those a name used of them (keys are `wordsOf`'s: a–z, 0–9, spaces). */
const counts = new Int32Array(128);
const used = new Int32Array(128);

/**
 * `similarity(key, name, CLOSE)`, worked out only when the letters the two have in common (as multisets; `counts` holds
 * the key's) allow CLOSE: an edit (a letter added, dropped, changed, two swapped) changes the letters one has beyond the
 * other's by one at most, so the distance is at least the longer length minus the letters in common (near30's bound,
 * as `nearPairs`). Below CLOSE by the bound is below it by `similarity`: the same answers, most distances not computed.
 */
function near(key: string, name: string): number {
  let common = 0;
  for (const ch of name) {
    const c = ch.charCodeAt(0);
    if (used[c]! < counts[c]!) {
      used[c]!++;
      common++;
    }
  }
  used.fill(0);
  const n = Math.max(key.length, name.length);
  return 1 - (n - common) / n < CLOSE ? 0 : similarity(key, name, CLOSE);
}

function closestIn(p: Prepared, typed: string[], abbreviations: boolean): number {
  const key = typed.join(" ");
  if (key === "") return -1;
  let best = -1;
  let score = CLOSE;
  let tie = false;
  for (const ch of key) counts[ch.charCodeAt(0)]!++;
  p.keys.forEach(({ full, bare }, k) => {
    // a label's bracketed part is often left out: "Peraturan Daerah" for "Peraturan Daerah (Perda)"
    const s = Math.max(near(key, full), bare === full ? 0 : near(key, bare));
    if (s < CLOSE) return;
    if (best < 0 || s > score) [best, score, tie] = [k, s, false];
    else if (s === score && full !== p.keys[best]!.full) tie = true;
  });
  counts.fill(0);
  if (best >= 0) return tie || (digitsOf(key) !== "" && digitsOf(key) !== p.keys[best]!.digits) ? -1 : best;
  const letters = typed.join("");
  if (!abbreviations || letters.length < 3 || letters.length > ABBREVIATION) return -1;
  // the fewest pieces wins ("Dinkes": DINas KESehatan, not DINas KEtahanan … Sosial); a tie is no guess
  let fewest = Infinity;
  p.words.forEach((words, k) => {
    const n = letters.length < words.join("").length ? pieces(letters, words) : Infinity;
    if (n < fewest) [fewest, best] = [n, k];
    else if (n === fewest) best = -1;
  });
  return fewest === Infinity ? -1 : best;
}
