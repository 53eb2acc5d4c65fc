/**
 * An option as analysts name it rather than as the edition labels it: one alternative of a label "A atau B" ("C" for
 * "C atau D", "tidak ada" for "≤ 50 % atau tidak ada"), its bracketed part or its words without the bracket, what sets
 * it apart from the other options ("visi" for "Disebut dalam visi"), the regional head's own titles
 * ({@link REGIONAL_HEAD_WORDS}: "Perbup", "SK Bupati"), or a run of its words no other option has ("Perkada" for
 * "Ditetapkan dengan Perkada"). A text that could mean two options is never read as either: it comes back with both.
 * The library API still takes labels or tiers; this reading belongs to the workbook, where cells become input.
 */
import type { Indicator, RegionLevel } from "@inovasi/core";
import { looseKey, looseOption } from "./answer-text.js";
import { optionByPeriod } from "./period-words.js";
import { wordsOf } from "./text-words.js";

type Option = Indicator["options"][number];

/**
 * The regional head's titles by level, as data: the template serves kabupaten, kota and provinsi, whose heads are the
 * bupati, wali kota and gubernur, and whose regulations (Perbup, Perwali, Pergub) are all a Perkada. Each word is read
 * as its `as` before the labels are matched; `level` is the level the word belongs to (a "Perwali" in a kabupaten is
 * read, and said).
 */
export const REGIONAL_HEAD_WORDS: readonly { word: string; as: string; level?: RegionLevel }[] = [
  { word: "Surat Keputusan", as: "SK" },
  { word: "Keputusan", as: "SK" },
  { word: "Perbup", as: "Perkada", level: "kabupaten" },
  { word: "Perwali", as: "Perkada", level: "kota" },
  { word: "Perwal", as: "Perkada", level: "kota" },
  { word: "Perwalkot", as: "Perkada", level: "kota" },
  { word: "Pergub", as: "Perkada", level: "provinsi" },
  { word: "Bupati", as: "Kepala Daerah", level: "kabupaten" },
  { word: "Wali Kota", as: "Kepala Daerah", level: "kota" },
  { word: "Walikota", as: "Kepala Daerah", level: "kota" },
  { word: "Gubernur", as: "Kepala Daerah", level: "provinsi" },
  { word: "KDH", as: "Kepala Daerah" },
  // the agency head's decree, as agencies write it ("SK Kepala Dinas", "SK Kadis"): an agency head's SK
  { word: "Kepala Dinas", as: "Kepala Perangkat Daerah" },
  { word: "Kepala Badan", as: "Kepala Perangkat Daerah" },
  { word: "Kadis", as: "Kepala Perangkat Daerah" },
  { word: "Kaban", as: "Kepala Perangkat Daerah" },
];

/**
 * A regulation's number and year after its type ("Perbup No. 12 Tahun 2024", "Keputusan Bupati Nomor 188.45/123/2024",
 * "SK Bupati No. 100/2024"): the document, not its type; the type is what the option names.
 */
const REGULATION_NUMBER = /\s+(?:no\.?|nomor|nmr\.?)\s*[\p{N}][\p{L}\p{N}./-]*(?:\s+tahun\s+\p{N}{4})?\s*$|\s+tahun\s+\p{N}{4}\s*$/iu;

/** Each title as a whole-word pattern, made once. */
const HEAD_PATTERNS = REGIONAL_HEAD_WORDS.map((w) => ({ ...w, re: new RegExp(`(?<![\\p{L}\\p{N}])${w.word.replace(/ /g, "\\s*")}(?![\\p{L}\\p{N}])`, "giu") }));

/** The signers the options name, in the labels' words. */
const SIGNERS = [["kepala", "daerah"], ["kepala", "perangkat", "daerah"]];

/** Words that name nothing by themselves: a text of only these is never matched inside a label. */
const FUNCTION_WORDS = new Set(["dan", "atau", "di", "ke", "dari", "dengan", "yang", "pada", "dalam", "untuk", "and", "or", "of", "the", "in", "on", "with", "by", "a", "an"]);

/** Words that turn what follows into its opposite: "surat penetapan" is not "Tanpa surat penetapan". */
const NEGATIONS = new Set(["tanpa", "tidak", "belum", "bukan", "non", "no", "not", "without"]);

/**
 * What a tool or a document is, as the option words that say it (read25): a website (an online application) is online,
 * the labels' "Daring (online)"; a PDF is an electronic file (the edition's own example: SID-11's tier-2 evidence "Berkas pedoman elektronik
 * (mis. PDF)"); an application may be electronic or online, so it names both. A book or a hard copy is paper: SID-11's
 * "Tercetak", SID-4's "Manual" (neither electronic nor online); an e-book or a soft copy is an electronic file (read26).
 * By {@link looseKey} without hyphens ("e-book"); read only where the indicator has an option of that word.
 */
const PAPER = ["tercetak", "manual"];
const FILE = ["elektronik"];
const APP = ["elektronik", "daring"];
/**
 * A print, paper, "tercetak" on SID-4 are paper too; an Android or mobile app is an application (read27). A "file"
 * alone is paper or electronic — the edition's own example says "Berkas pedoman elektronik", a file qualified — so it
 * names both, never the electronic tier by a guess; a "soft file" is electronic, a "hard file" paper.
 */
const FORM_WORDS: Record<string, string[]> = {
  website: ["daring"], web: ["daring"], situsweb: ["daring"], aplikasionline: ["daring"], aplikasidaring: ["daring"], pdf: FILE, aplikasi: APP,
  aplikasiandroid: APP, buku: PAPER, bukupedoman: ["tercetak"], bukupanduan: ["tercetak"], hardcopy: PAPER, ebook: FILE, bukuelektronik: FILE, softcopy: FILE,
  android: APP, aplikasimobile: APP, tercetak: PAPER, cetakan: PAPER, print: PAPER, kertas: PAPER, file: [...PAPER, ...FILE], softfile: FILE, hardfile: PAPER,
  // read29: a print-out is paper; a printer (paper out of an electronic tool), a "berkas" (a file) and a document may be
  // either, so they name both; an electronic one is a file
  hasilcetak: PAPER, printer: [...PAPER, ...FILE], berkas: [...PAPER, ...FILE], dokumen: [...PAPER, ...FILE], berkaselektronik: FILE, dokumenelektronik: FILE,
};

/**
 * A count of years as the labels spell it ("2 tahun" is "dua tahun anggaran"), with what follows ("berturut-turut"). The
 * last years ("3 tahun terakhir") are read by {@link optionByPeriod}.
 */
const YEARS = /^([123]|tiga)\s*(?:tahun|thn)(?:\s+anggaran)?(\s+berturut-turut)?$/i;

/** How a text names an option; `form`: by {@link FORM_WORDS}, {@link YEARS} or a period, a reading the reader says. */
export type OptionWords =
  | { option: Option; word?: { given: string; level: RegionLevel }; form?: true }
  | { ambiguous: Option[] };

interface Index {
  names: Map<string, Set<Option>>;
  /**
   * Per option, its labels' words (both languages, aliases), lower case, and whether the label lists items ("T-0, T-1
   * dan T-2"): a run of a list's words names a part of it, not the option. `subject`: the indicator's own "A dan B" a
   * label that is one phrase holds ("Monitoring dan evaluasi internal"), which names no option by itself.
   */
  words: { option: Option; labels: { words: string[]; list: boolean; subject?: string[] }[] }[];
  /**
   * For {@link afterSubjectWords}: the words of the indicator's name (both languages) that no option's label says,
   * made once per indicator, not again at every cell it reads.
   */
  nameOnly: Set<string>;
  /** {@link optionByWords}' answers by the text as typed. */
  read: Map<string, OptionWords | undefined>;
}
const indexes = new WeakMap<Indicator, Index>();

/**
 * The option `text` names, the options it could mean (two or more), or undefined when it names none. A text typed
 * again for the same indicator ("sudah ada" in a thousand cells) gets its first answer (kept per indicator, up to
 * {@link READ_TEXTS} texts); the answer is shared, not to be changed.
 */
export function optionByWords(ind: Indicator, text: string): OptionWords | undefined {
  const read = indexOf(ind).read;
  if (read.has(text)) return read.get(text);
  const r = byWords(ind, text);
  if (read.size >= READ_TEXTS) read.clear();
  read.set(text, r);
  return r;
}

/** How many texts each indicator keeps the reading of: a province's distinct answers, not an unbounded map. */
const READ_TEXTS = 10_000;

function byWords(ind: Indicator, text: string): OptionWords | undefined {
  const bare = text.replace(REGULATION_NUMBER, "");
  if (bare !== text && bare.trim() !== "") return optionByWords(ind, bare);
  // "&" for the labels' "dan" / "and" ("visi & misi", "T-1 & T-2")
  if (/&/.test(text)) return optionByWords(ind, text.replace(/\s*&\s*/g, " dan ")) ?? optionByWords(ind, text.replace(/\s*&\s*/g, " and "));
  const index = indexOf(ind);
  const direct = byNameAlone(index, text);
  if (direct) return direct;
  const form = FORM_WORDS[looseKey(text).replace(/-/g, "")]?.map((w) => byName(index, w)).filter((r) => r && "option" in r).map((r) => (r as { option: Option }).option);
  if (form?.length) return form.length > 1 ? { ambiguous: form } : { option: form[0]!, form: true };
  // a period of the last years ("2 tahun terakhir", "dalam 3 tahun terakhir"): by the years the options' labels count (read31)
  const period = optionByPeriod(ind, text);
  if (period !== undefined) return period ?? undefined;
  const years = YEARS.exec(text.trim());
  if (years) {
    const n = /tiga/i.test(years[1]!) ? 3 : Number(years[1]);
    if (n === 3) {
      // three years (read27): T-0, T-1 and T-2, three consecutive years without T-0 (the two-year tier) or three apart
      // (one year's): every tier from one year, from two consecutive years when said consecutive. No label counts three
      const two = optionByWords(ind, "dua tahun anggaran berturut-turut");
      const named = two && "option" in two ? ind.options.filter((o) => o.tier > 0 && o.tier >= (years[2] ? two.option.tier : 1)) : [];
      if (named.length === 0) return undefined;
      return named.length > 1 ? { ambiguous: named } : { option: named[0]!, form: true };
    }
    const r = optionByWords(ind, `${["satu", "dua"][n - 1]} tahun anggaran${years[2] ?? ""}`);
    return r && "option" in r ? { option: r.option, form: true } : r;
  }
  const listed = byItems(ind, text);
  if (listed) return { option: listed };
  const { text: plain, word, titles } = withHeadWords(text);
  // a decree without its signer ("SK", "Surat Keputusan"): where the options' letters differ by signer (SID-8's agency
  // head's surat tugas, the regional head's SK), the signer is what sets them apart, so both are named, not the one
  // whose label says "SK" (read23); where one option's letters name every signer (SID-1's "SK Kepala PD … atau SK
  // Kepala Daerah"; its Perkada is no letter) it is read
  if (/^(?:sk|decree)$/.test(looseKey(plain))) {
    const letter = (w: string[]) => (w.includes("sk") || w.includes("surat")) && SIGNERS.some((s) => holds(w, s));
    const signed = index.words.filter((o) => o.labels.some((l) => letter(l.words))).map((o) => o.option);
    if (signed.length > 1) return { ambiguous: signed };
  }
  if (plain !== text) {
    const r = byName(index, plain) ?? within(index, plain) ?? byParts(index, plain, titles);
    if (r && "option" in r && word) return { option: r.option, word };
    return r;
  }
  return within(index, text) ?? afterSubjectWords(ind, index, text);
}

/** A list's joiners: a comma, "&", "dan" / "and" / "serta" (not "atau": "T-1 atau T-2" is either, not both). */
const JOINERS = /\s*(?:,|&|\s(?:dan|and|serta)\s)\s*/i;

/**
 * The items an option's label lists, typed in another order or joined another way ("T-0, T-1, T-2", "T-2, T-1 dan
 * T-0" for "Dianggarkan pada T-0, T-1 dan T-2"; read23): that option, when exactly one label lists exactly those items.
 * Words before the first item must be the label's own ("RKPD T-1, T-2" for "Tercantum dalam RKPD T-1 dan T-2").
 */
function byItems(ind: Indicator, text: string): Option | undefined {
  const typed = text.trim().split(JOINERS);
  if (typed.length < 2) return undefined;
  const found = ind.options.filter((o) => [o.label.id, o.label.en].some((l) => sameItems(l.split(JOINERS), typed)));
  return found.length === 1 ? found[0] : undefined;
}

function sameItems(label: string[], typed: string[]): boolean {
  if (label.length !== typed.length) return false;
  // an item has the words the label's second item has; the first item's words before them lead the list
  const size = label[1]!.trim().split(/\s+/).length;
  const split = (first: string) => {
    const w = first.trim().split(/\s+/);
    return { lead: w.slice(0, -size).map(looseKey), item: w.slice(-size).join(" ") };
  };
  const [l, t] = [split(label[0]!), split(typed[0]!)];
  const key = (first: string, rest: string[]) => [first, ...rest].map(looseKey).sort().join("|");
  return t.lead.every((w) => l.lead.includes(w)) && key(l.item, label.slice(1)) === key(t.item, typed.slice(1));
}

/**
 * A text led by words of the indicator's name that no option says ("Opini WTP", "opini BPK WDP" for SPD-8 "Opini BPK
 * atas laporan keuangan"): what names the option is the rest ("Opini wajar" could be two: both are named).
 */
function afterSubjectWords(ind: Indicator, index: Index, text: string): OptionWords | undefined {
  const words = text.trim().split(/\s+/);
  let lead = 0;
  while (lead < words.length - 1 && wordsOf(words[lead]!).every((w) => index.nameOnly.has(w))) lead++;
  if (lead === 0) return undefined;
  const rest = words.slice(lead).join(" ");
  // the rest as it would be read typed alone: an option's label ("Baik", "3 komponen") is that option, a name another
  // option's label also holds ("Publicity news") both, as "news" alone is (review22)
  const label = looseOption(ind, rest);
  if (label !== undefined) return { option: ind.options.find((o) => o.label.id === label)! };
  return byNameAlone(index, rest) ?? within(index, rest);
}

/**
 * The option a name names ({@link byName}), but both when the name is a short alternative ("news" of "… social media
 * or news") another option's label also holds: it is not that option's alone.
 */
function byNameAlone(index: Index, text: string): OptionWords | undefined {
  const direct = byName(index, text);
  if (direct && "option" in direct) {
    const want = wordsOf(text);
    const also = index.words.filter((o) => o.option !== direct.option && o.labels.some((l) => !l.list && holds(l.words, want)));
    if (also.length > 0) return { ambiguous: [direct.option, ...also.map((o) => o.option)] };
  }
  return direct;
}

function byName(index: Index, text: string): OptionWords | undefined {
  const found = index.names.get(looseKey(text));
  if (!found) return undefined;
  return found.size === 1 ? { option: [...found][0]! } : { ambiguous: [...found] };
}

/** The text with the regional head's titles in the labels' words, and the first title that belongs to one level. */
function withHeadWords(text: string): { text: string; word?: { given: string; level: RegionLevel }; titles: string[] } {
  let out = text;
  let word: { given: string; level: RegionLevel } | undefined;
  const titles: string[] = [];
  for (const w of HEAD_PATTERNS) {
    w.re.lastIndex = 0;
    const m = w.re.exec(out);
    if (!m) continue;
    if (w.level && !word) word = { given: m[0], level: w.level };
    out = out.replace(w.re, w.as);
    titles.push(w.as);
  }
  return word ? { text: out, word, titles } : { text: out, titles };
}

/**
 * A text naming a title and a document no one label holds together ("SK Kepala Dinas" for SID-8, whose options are an
 * agency head's "Surat tugas Kepala Perangkat Daerah" and the regional head's "SK Kepala Daerah"): the options that
 * hold either part, when two or more, so both are named (audit17 F9: the spelling alone suggested the regional head's
 * SK, a tier the agency head's letter does not reach). One such option is not read for it: that would be a guess.
 */
function byParts(index: Index, plain: string, titles: readonly string[]): OptionWords | undefined {
  const rest = titles.reduce((t, title) => t.split(title).join(" "), plain);
  const parts = [...titles.map(wordsOf), wordsOf(rest).filter((w) => !FUNCTION_WORDS.has(w))].filter((p) => p.length > 0);
  const hits = index.words.filter((o) => o.labels.some((l) => !l.list && parts.some((p) => holds(l.words, p)))).map((o) => o.option);
  return hits.length > 1 ? { ambiguous: hits } : undefined;
}

/**
 * The options whose label holds the text's words in a row (not after a negation, not inside a list of items); none for
 * a text of function words and negations.
 */
function within(index: Index, text: string): OptionWords | undefined {
  const want = wordsOf(text);
  if (want.length === 0 || want.every((w) => FUNCTION_WORDS.has(w) || NEGATIONS.has(w) || /^\p{N}+$/u.test(w))) return undefined;
  if (want.join("").length < 2) return undefined;
  const hits = index.words.filter((o) => o.labels.some((l) => !l.list && holds(l.words, want) && !want.every((w) => l.subject?.includes(w) || FUNCTION_WORDS.has(w)))).map((o) => o.option);
  // "dua tahun" of "dua tahun anggaran berturut-turut": two years not said consecutive may reach only a lower tier (read25)
  const [hit] = hits;
  if (hits.length === 1 && !want.includes("berturut") && index.words.some((o) => o.option === hit && o.labels.some((l) => l.words.includes("berturut"))))
    return { ambiguous: index.words.map((o) => o.option).filter((o) => o.tier > 0 && o.tier <= hit!.tier) };
  if (hits.length === 1) return { option: hits[0]! };
  if (hits.length > 1) return { ambiguous: hits };
  // one word with another of the passive prefixes the label's word has ("cetak", "dicetak" for "Tercetak"; read23)
  if (want.length === 1 && want[0]!.length > 3) {
    const stem = want[0]!.replace(/^(?:di|ter)/, "");
    const forms = [`ter${stem}`, `di${stem}`].filter((f) => f !== want[0]);
    const prefixed = index.words.filter((o) => o.labels.some((l) => !l.list && forms.some((f) => holds(l.words, [f])))).map((o) => o.option);
    if (prefixed.length === 1) return { option: prefixed[0]! };
    if (prefixed.length > 1) return { ambiguous: prefixed };
  }
  // part of lists only ("bantuan administrasi" of two options' lists): said as the options it could mean, never read as
  // one; part of one option's list ("T-1" of "T-0, T-1 dan T-2") is not that option (an unknown option, said so)
  const partOf = index.words.filter((o) => o.labels.some((l) => holds(l.words, want))).map((o) => o.option);
  return partOf.length > 1 ? { ambiguous: partOf } : undefined;
}

/** Whether `label` holds `want` in a row, after no negation ("penetapan" is not "Tanpa surat penetapan"). */
function holds(label: string[], want: string[]): boolean {
  for (let i = 0; i + want.length <= label.length; i++) {
    if (NEGATIONS.has(label[i]!) && !NEGATIONS.has(want[0]!)) return false;
    if (want.every((w, k) => label[i + k] === w)) return true;
  }
  return false;
}

function indexOf(ind: Indicator): Index {
  let index = indexes.get(ind);
  if (index) return index;
  const names = new Map<string, Set<Option>>();
  const add = (name: string, o: Option) => {
    const k = looseKey(name);
    if (k === "") return;
    const set = names.get(k) ?? new Set();
    set.add(o);
    names.set(k, set);
  };
  const words: Index["words"] = [];
  const labelsOf = (o: Option) => [o.label.id, o.label.en, ...o.aliases];
  for (const o of ind.options) {
    for (const label of labelsOf(o)) for (const n of namesIn(label)) add(n, o);
    words.push({ option: o, labels: labelsOf(o).map((l) => ({ words: wordsOf(l), list: /,|\s(?:dan|and|serta)\s/i.test(l) })) });
  }
  for (const o of words) {
    labelsOf(o.option).forEach((raw, k) => {
      const l = o.labels[k]!;
      const subject = l.list && !raw.includes(",") ? subjectIn(ind, l.words, words.filter((p) => p !== o)) : undefined;
      if (subject) Object.assign(l, { list: false, subject });
    });
  }
  // what sets each option apart: its label after the words every option's label (in that language) starts with
  for (const lang of ["id", "en"] as const) {
    const split = ind.options.map((o) => o.label[lang].split(/\s+/));
    let common = 0;
    while (split.every((w) => w.length > common + 1 && w[common]!.toLowerCase() === split[0]![common]!.toLowerCase())) common++;
    if (common === 0) continue;
    ind.options.forEach((o, k) => { for (const n of namesIn(split[k]!.slice(common).join(" "))) add(n, o); });
  }
  const said = new Set(words.flatMap((o) => o.labels.flatMap((l) => l.words)));
  const nameOnly = new Set([...wordsOf(ind.name.id), ...wordsOf(ind.name.en)].filter((w) => !said.has(w)));
  index = { names, words, nameOnly, read: new Map() };
  indexes.set(ind, index);
  return index;
}

/**
 * The one "A dan B" of a label that the indicator's name also says and no other option takes apart ("Monitoring dan
 * evaluasi internal" of SID-19 "Monitoring dan evaluasi inovasi"): the subject every option is a kind of, so the label
 * is one phrase ("internal" names it), not a list. "Disebut dalam visi dan misi" stays a list: other options say "visi"
 * and "misi" alone.
 */
function subjectIn(ind: Indicator, label: string[], others: Index["words"]): string[] | undefined {
  const at = label.map((w, i) => (["dan", "and", "serta"].includes(w) ? i : -1)).filter((i) => i > 0 && i < label.length - 1);
  if (at.length !== 1) return undefined;
  const names = [ind.name.id, ind.name.en].map(wordsOf);
  const named = (a: number, b: number) => names.some((n) => holds(n, label.slice(a, b)));
  let [a, b] = [at[0]! - 1, at[0]! + 2];
  if (!named(a, b)) return undefined;
  // as far as the name says it: "Kerja sama dan kemitraan", not "sama dan kemitraan" ("Kerja sama" names no option)
  while (a > 0 && named(a - 1, b)) a--;
  while (b < label.length && named(a, b + 1)) b++;
  const subject = label.slice(a, b);
  const apart = others.some((o) => o.labels.some((l) => subject.some((w) => !FUNCTION_WORDS.has(w) && l.words.includes(w))));
  return apart ? undefined : subject;
}

/**
 * The names a label offers: each alternative of "A atau B" / "A or B" ("N atau lebih" is one range, not two), and of
 * each, its words without the bracketed part and each bracketed part.
 */
function namesIn(label: string): string[] {
  const out = new Set<string>();
  for (const part of label.split(/\s+(?:atau|or)\s+(?!lebih\b|more\b)/i)) {
    out.add(part);
    const bare = part.replace(/\s*\([^)]*\)/g, "").replace(/\s+/g, " ").trim();
    if (bare !== "") out.add(bare);
    for (const m of part.matchAll(/\(([^()]+)\)/g)) out.add(m[1]!.trim());
  }
  return [...out];
}
