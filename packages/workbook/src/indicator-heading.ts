/**
 * An indicator's answer column headed short (audit17 F6): "Regulasi", "1", "SID-1", "Kemanfaatan" for
 * "1. Regulasi inovasi daerah" or "18. Kemanfaatan inovasi". The reader takes such a heading only for an indicator
 * whose column it did not find, and only when it names that one indicator (read.ts).
 */
import type { Indicator } from "@inovasi/core";
import { headerKey } from "./header-words.js";

/** Words that name no indicator by themselves ("inovasi" is in nearly every name). */
const PLAIN = new Set(["inovasi", "dan", "atau", "yang", "dalam", "di", "the", "of", "in", "and", "innovation"]);

const wordsOf = new WeakMap<Indicator, Set<string>>();

/** The words of an indicator's name in either language, its bracketed aside kept ("video"). */
function nameWords(ind: Indicator): Set<string> {
  let w = wordsOf.get(ind);
  if (!w) wordsOf.set(ind, (w = new Set([ind.name.id, ind.name.en].flatMap((n) => headerKey(n.replace(/[()]/g, " ")).split(" ")))));
  return w;
}

/**
 * The SID indicators a heading may name: its number alone ("1", "SID-1", "Indikator 1"), or words all in an
 * indicator's name, one at least not a plain word ("Regulasi", "Kualitas video"; after a number, that indicator's
 * only: "1 Regulasi"). Empty when it names none.
 */
export function headingNames(text: string, sid: readonly Indicator[]): Indicator[] {
  const k = headerKey(text.replace(/[()]/g, " "));
  const m = /^(?:(?:sid|indikator) )?(\d{1,3}[a-z]?)(?: (.+))?$/.exec(k);
  const number = m?.[1];
  const words = (m ? m[2] : k)?.split(" ") ?? [];
  const numbered = (i: Indicator) => number === undefined || i.number.toLowerCase() === number;
  if (words.length === 0) return sid.filter(numbered);
  if (!words.some((w) => w.length > 2 && !PLAIN.has(w))) return [];
  return sid.filter((i) => numbered(i) && words.every((w) => nameWords(i).has(w)));
}

/** Whether a heading may be an indicator's answer column: it names it among others, or a word of it is a word of its name (not a plain word). */
export function headingNear(text: string, ind: Indicator, sid: readonly Indicator[]): boolean {
  return headingNames(text, sid).includes(ind) || headerKey(text.replace(/[()]/g, " ")).split(" ").some((w) => w.length > 2 && !PLAIN.has(w) && nameWords(ind).has(w));
}

const fullOf = new WeakMap<Indicator, Set<string>>();

/** The header keys that name an indicator in full: its name in either language, alone or after its number. Once per indicator. */
function fullNames(ind: Indicator): Set<string> {
  let f = fullOf.get(ind);
  if (!f) {
    const names = [headerKey(ind.name.id), headerKey(ind.name.en)];
    const n = ind.number.toLowerCase();
    fullOf.set(ind, (f = new Set(/^\d{1,3}[a-z]?$/.test(n) ? [...names, ...names.map((x) => `${n} ${x}`)] : names)));
  }
  return f;
}

/** Whether a heading is an indicator's name in full, its number (when there) the indicator's: "20 Kualitas inovasi (video)". */
export function namesInFull(text: string, ind: Indicator): boolean {
  return fullNames(ind).has(headerKey(text));
}

/**
 * Whether the reader may take a heading without its number's stop as an indicator's answer column (read.ts
 * `answerColumnByName`): an indicator's name in full, or a short heading naming one indicator. The hosts load number
 * formats for these columns too (layout.ts `formatColumns`), so a percent cell under "14" reads as it shows.
 */
export function mayHeadAnswer(text: string, sid: readonly Indicator[]): boolean {
  // the heading's words once, not once per indicator
  const k = headerKey(text);
  return sid.some((i) => fullNames(i).has(k)) || headingNames(text, sid).length === 1;
}
