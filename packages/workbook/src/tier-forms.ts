/**
 * Answers that name a tier or a range the way the options print them, rather than an option's label (audit17 F12):
 * "Tingkat 2", "Level 2", "II", "2 (dua)" for a tier; "11-30", ">30", "5+", "≥5" for a measured indicator's range. Read
 * only where one option is certain: a range that spans two tiers ("10-30" on 1–10 / 11–30) is not read, and "2 (dua)"
 * only where a bare 2 is a tier already (an indicator without measures; elsewhere it may be 2 persons).
 */
import type { Indicator, Measure } from "@inovasi/core";
import { tierOf } from "./measured-value.js";
import { hasUnit, looseKey, typedUnit } from "./answer-text.js";

type Option = Indicator["options"][number];

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };
const NUMBER_WORDS = ["nol", "satu", "dua", "tiga", "empat", "lima"];

/** The option a tier form or a range names, undefined when none is certain. `measure`: the one the row's Dasar Ukur names. */
export function optionByForm(ind: Indicator, text: string, measure: Measure | undefined): Option | undefined {
  const k = looseKey(text).replace(/\.$/, "");
  let tier: number | undefined;
  const named = /^(?:tingkat|tk\.?|level)(\d|i{1,3}|iv|v)$/.exec(k);
  if (named) tier = Number(named[1]) || ROMAN[named[1]!];
  else if (ROMAN[k] !== undefined) tier = ROMAN[k];
  else {
    const worded = /^(\d)\(([a-z]+)\)$/.exec(k);
    if (worded && ind.measures.length === 0 && NUMBER_WORDS[Number(worded[1])] === worded[2]) tier = Number(worded[1]);
    const m = measure ?? (ind.measures.length === 1 ? ind.measures[0] : undefined);
    if (tier === undefined && m) tier = rangeTier(m, withoutUnitOf(m, text));
  }
  return tier === undefined ? undefined : ind.options.find((o) => o.tier === tier);
}

const N = "(\\d+(?:[.,]\\d+)?)";
/** The ranges as a loose key writes them ("11-30", ">30", "lebihdari30", "≥5", "5+", "5ataulebih", "<50", "≤50"), made once. */
const RANGE = new RegExp(`^${N}-${N}$`);
const ABOVE = new RegExp(`^(?:>|lebihdari)${N}$`);
const AT_LEAST = new RegExp(`^(?:≥${N}|${N}\\+|${N}ataulebih)$`);
const BELOW = new RegExp(`^<${N}$`);
const AT_MOST = new RegExp(`^≤${N}$`);

/** Where a measure's open ends stop ({@link rangeTier}), per measure: they depend on its tiers only, not on the cell. */
const openEnds = new WeakMap<Measure, { top: number; bottom: number }>();

function openEndsOf(m: Measure): { top: number; bottom: number } {
  let e = openEnds.get(m);
  if (e) return e;
  // an open end stops where the measure's tiers stop: ">90" on a share whose top tier ends at 100 means up to 100
  const ends = m.tiers.map((t) => t.max);
  const top = ends.every(Boolean) ? Math.max(...ends.map((b) => b!.value)) : 1e12;
  // and below, at 0 where no tier starts below it (a share, a count): "<50%" on a share is 0 up to 50
  const bottom = m.tiers.every((t) => t.min && t.min.value >= 0) ? 0 : -1e12;
  openEnds.set(m, (e = { top, bottom }));
  return e;
}

/** The tier every value of a range reaches ("11-30", ">30", "5+", "≥5", "≤50"), undefined when it spans two or none. */
function rangeTier(m: Measure, k: string): number | undefined {
  const num = (s: string) => Number(s.replace(",", "."));
  let lo: number;
  let hi: number;
  let r: RegExpExecArray | null;
  if ((r = RANGE.exec(k))) [lo, hi] = [num(r[1]!), num(r[2]!)];
  else if ((r = ABOVE.exec(k))) [lo, hi] = [num(r[1]!) + 1e-9, openEndsOf(m).top];
  else if ((r = AT_LEAST.exec(k))) [lo, hi] = [num(r[1] ?? r[2] ?? r[3]!), openEndsOf(m).top];
  else if ((r = BELOW.exec(k))) [lo, hi] = [openEndsOf(m).bottom, num(r[1]!) - 1e-9];
  else if ((r = AT_MOST.exec(k))) [lo, hi] = [openEndsOf(m).bottom, num(r[1]!)];
  else return undefined;
  if (!(lo <= hi)) return undefined;
  // each tier is one interval of values, so a range whose two ends reach one tier lies wholly in it
  const t = tierOf(m, lo);
  return t > 0 && t === tierOf(m, hi) ? t : undefined;
}

/**
 * A range typed with its measure's unit after it ("12-25 orang", "12–25 org", "3-4x", "3 - 5 hari", "<= 50 persen"),
 * as a loose key without the unit: the unit only says the range is in the measure's unit (audit22 F11). The unit is
 * read by the one rule for "25 orang" and "2 dari 3 thn" ({@link typedUnit}, {@link hasUnit}); another unit leaves the
 * text as it is, not read as a range. (A percentage sign is gone already: `looseKey`.)
 */
function withoutUnitOf(m: Measure, text: string): string {
  const u = /^(.*?[\d+])\s*(\p{L}[\p{L}\s.]*)$/u.exec(text.trim());
  return looseKey(u && hasUnit(m, typedUnit(u[2]!)) ? u[1]! : text);
}
