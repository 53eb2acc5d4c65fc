import type { Edition } from "../model/edition.js";
import type { Urusan } from "../model/urusan.js";

/** What {@link matchUrusan} found: the catalogue entry, or (when none matches) up to three close entries, closest first. */
export type UrusanMatch = { entry: Urusan; suggestions: [] } | { entry: null; suggestions: Urusan[] };

/** Words that say what kind of thing follows, not which urusan ("Urusan Pendidikan", "Dinas Sosial"). */
const LEADING = /^(urusan( pemerintahan)?( bidang)?|bidang|dinas|badan) /;
/** Words that join, not name. */
const JOINERS = new Set(["dan", "serta", "dengan", "atau", "the", "and", "of"]);
const SUGGESTIONS = 3;
/** How alike (0–1) a text must be to an entry to be offered as a suggestion. */
const CLOSE = 0.7;

/** Lowercase words without accents or punctuation: `"Koperasi, Usaha Kecil & Menengah"` → `koperasi usaha kecil dan menengah`. */
function words(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " dan ")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(LEADING, "");
}

/** The comparison key: case-, space- and punctuation-insensitive (`"PU-PR"`, `"pu pr"` and `"PUPR"` are one key). */
export function urusanKey(s: string): string {
  return words(s).replace(/ /g, "");
}

interface Index {
  byKey: Map<string, Urusan>;
  /** Suggestions already worked out, by key (a region repeats its few misspellings many times). */
  near: Map<string, Urusan[]>;
  /** Keys of texts already seen (bounded): thousands of innovations name the same few urusan. */
  keys: Map<string, string>;
  /** The entry (or null) of texts already seen (bounded). */
  entries: Map<string, Urusan | null>;
  /** Every written form of every entry, for suggestions. */
  forms: { entry: Urusan; key: string; tokens: string[] }[];
  /** Each entry's official (Indonesian) name by id (the first entry with that id). */
  names: Map<string, string>;
}

const indexes = new WeakMap<readonly Urusan[], Index>();

function indexOf(catalogue: readonly Urusan[]): Index {
  let index = indexes.get(catalogue);
  if (index) return index;
  index = { byKey: new Map(), near: new Map(), keys: new Map(), entries: new Map(), forms: [], names: new Map() };
  for (const entry of catalogue) {
    if (!index.names.has(entry.id)) index.names.set(entry.id, entry.name.id);
    for (const form of [entry.name.id, entry.name.en, entry.id, ...entry.aliases]) {
      const k = urusanKey(form);
      if (k === "") continue;
      if (!index.byKey.has(k)) index.byKey.set(k, entry);
      index.forms.push({ entry, key: k, tokens: tokensOf(form) });
    }
  }
  indexes.set(catalogue, index);
  return index;
}

function tokensOf(s: string): string[] {
  return words(s).split(" ").filter((t) => t !== "" && !JOINERS.has(t));
}

/**
 * The edition's urusan catalogue entry an urusan text names — by the entry's id, its Indonesian or English name, or
 * any alias — ignoring case, accents, spaces and punctuation and a leading "Urusan", "Bidang" or "Dinas". When nothing
 * matches, up to three entries that come close (a typo, a partial name), closest first; none when nothing is close.
 *
 * @example
 * matchUrusan("PUPR", defaultEdition).entry?.name.id          //=> "Pekerjaan Umum dan Penataan Ruang"
 * matchUrusan("satpol-pp", defaultEdition).entry?.id          //=> "trantibumlinmas"
 * matchUrusan("Kesehatn", defaultEdition).suggestions[0]?.id  //=> "kesehatan"
 */
export function matchUrusan(text: string, edition: Pick<Edition, "urusan">): UrusanMatch {
  const index = indexOf(edition.urusan);
  const k = keyOf(index, text);
  const entry = k === "" ? undefined : index.byKey.get(k);
  if (entry) return { entry, suggestions: [] };
  if (k === "") return { entry: null, suggestions: [] };
  const known = index.near.get(k);
  if (known) return { entry: null, suggestions: [...known] };
  const suggestions = suggest(index, edition.urusan, k, tokensOf(text));
  if (index.near.size < 10_000) index.near.set(k, suggestions);
  return { entry: null, suggestions: [...suggestions] };
}

/**
 * The catalogue entry an urusan text names, or null: `matchUrusan(text, edition).entry` without building a match
 * (the scorer asks this for every innovation; suggestions are worked out only for the texts that miss).
 */
export function urusanEntry(text: string, edition: Pick<Edition, "urusan">): Urusan | null {
  return entryIn(indexOf(edition.urusan), text);
}

/** `urusanEntry` for one edition's catalogue, its index looked up once (for a loop over a region's innovations). */
export function urusanEntryOf(edition: Pick<Edition, "urusan">): (text: string) => Urusan | null {
  const index = indexOf(edition.urusan);
  return (text) => entryIn(index, text);
}

function entryIn(index: Index, text: string): Urusan | null {
  let entry = index.entries.get(text);
  if (entry === undefined) {
    const k = keyOf(index, text);
    entry = (k === "" ? undefined : index.byKey.get(k)) ?? null;
    if (index.entries.size >= 10_000) index.entries.clear();
    index.entries.set(text, entry);
  }
  return entry;
}

/** The official (Indonesian) name of the catalogue entry with this id; the id itself when there is none. */
export function urusanName(id: string, edition: Pick<Edition, "urusan">): string {
  return indexOf(edition.urusan).names.get(id) ?? id;
}

function keyOf(index: Index, text: string): string {
  let k = index.keys.get(text);
  if (k === undefined) {
    k = urusanKey(text);
    if (index.keys.size >= 10_000) index.keys.clear();
    index.keys.set(text, k);
  }
  return k;
}

function suggest(index: Index, catalogue: readonly Urusan[], k: string, tokens: string[]): Urusan[] {
  const best = new Map<Urusan, number>();
  for (const f of index.forms) {
    const score = Math.max(similarity(k, f.key, CLOSE), tokenOverlap(tokens, f.tokens));
    if (score > (best.get(f.entry) ?? 0)) best.set(f.entry, score);
  }
  const order = new Map(catalogue.map((u, i) => [u, i]));
  return [...best]
    .filter(([, s]) => s >= CLOSE)
    .sort((a, b) => b[1] - a[1] || (order.get(a[0]) ?? 0) - (order.get(b[0]) ?? 0))
    .slice(0, SUGGESTIONS)
    .map(([u]) => u);
}

/**
 * How alike two texts are by their edit distance, an edit being a letter added, dropped or changed, or two neighbouring
 * letters swapped (as urusan, agency and option names are matched): 1 − edit distance / length of the longer key when
 * that is at least `min`; 0 when it is below (the caller only keeps scores of at least `min`; `1 − 1 / n` asks for one
 * edit at most). The distance is at least the difference in length and at least the smallest entry of each
 * row of the table, so the work stops as soon as either puts the result below `min`: the first suggestion of a run is
 * worked out in the interpreter, over every written form of the catalogue.
 */
export function similarity(a: string, b: string, min: number): number {
  const n = Math.max(a.length, b.length);
  if (n === 0 || 1 - Math.abs(a.length - b.length) / n < min) return 0;
  const d = editDistance(a, b, n, min);
  return d < 0 ? 0 : 1 - d / n;
}

/** Three rows of the edit-distance table, reused from call to call: two rows up, the row above, this row. */
let twoUp: number[] = [];
let up: number[] = [];
let here: number[] = [];

/**
 * Edit distance of `a` and `b`, an edit being a letter added, dropped or changed, or two neighbouring letters swapped
 * ("PURP" is one edit from "PUPR": the optimal string alignment distance); −1 once it is certain that 1 − distance /
 * `n` is below `min` (no row's least entry is below the row above's).
 */
function editDistance(a: string, b: string, n: number, min: number): number {
  const lb = b.length;
  for (let j = 0; j <= lb; j++) here[j] = j;
  for (let i = 1; i <= a.length; i++) {
    [twoUp, up, here] = [up, here, twoUp];
    let least = (here[0] = i);
    for (let j = 1; j <= lb; j++) {
      let d = Math.min(up[j - 1]! + +(a[i - 1] !== b[j - 1]), up[j]! + 1, here[j - 1]! + 1);
      // a swap: outside the strings (i or j of 1) the index gives undefined, equal to no letter
      if (a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, twoUp[j - 2]! + 1);
      least = Math.min(least, (here[j] = d));
    }
    if (1 - least / n < min) return -1;
  }
  return here[lb]!;
}

/**
 * Shared words (a word matches the same word or one a typo away), as a share of the longer side; a text whose every
 * word is in the entry ("Pekerjaan Umum") scores at least 0.75, a text that holds the entry's every word ("Kesehatan
 * Masyarakat") at least 0.7.
 */
function tokenOverlap(given: string[], form: string[]): number {
  if (given.length === 0 || form.length === 0) return 0;
  const close = (t: string, u: string) => t === u || (t.length >= 6 && u.length >= 6 && similarity(t, u, 0.85) >= 0.85);
  const givenShared = given.filter((t) => form.some((u) => close(t, u))).length;
  if (givenShared === 0) return 0;
  const formShared = form.filter((u) => given.some((t) => close(t, u))).length;
  const share = givenShared / Math.max(given.length, form.length);
  if (givenShared === given.length) return Math.max(0.75, share);
  if (formShared === form.length) return Math.max(0.7, share);
  return share;
}
