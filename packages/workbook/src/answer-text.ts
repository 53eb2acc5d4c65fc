/**
 * Answers typed the way people type them rather than the way the template offers them: an option label with a hyphen
 * for its en dash or `>=` for `≥` ("51-90 %", ">= 0,9 poin") or copied with its tier from the guide sheet
 * ("2: Peraturan Kepala Daerah (Perkada)"), and a measured value followed by its unit ("25 orang", "3 kali"). Each reading here is unambiguous (one option or one measure fits); anything else is left to the core,
 * which reports it.
 */
import { type Indicator, type Measure, tierForValue } from "@inovasi/core";
import { singularEn } from "./english-units.js";
import { normaliseHeader } from "./grid.js";
import { type NumberReading, readNumber, withoutInvisible } from "./values.js";

/** A label's loose key: full-width forms folded, dashes as "-", `>=`/`<=` as `≥`/`≤`, no spaces nor `%`, lower case. */
export function looseKey(s: string): string {
  return withoutInvisible(s.normalize("NFKC"))
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63]/g, "-")
    .replace(/>=|=>/g, "≥")
    .replace(/<=|=</g, "≤")
    .replace(/[\s\u00a0%]+/g, "");
}

const looseIndex = new WeakMap<Indicator, Map<string, string | null>>();

/** The Indonesian label of the one option whose loose key is the text's, or undefined (none, or more than one). */
export function looseOption(ind: Indicator, text: string): string | undefined {
  let index = looseIndex.get(ind);
  if (!index) {
    index = new Map();
    for (const o of ind.options) {
      for (const label of new Set([o.label.id, o.label.en, ...o.aliases])) {
        const k = looseKey(label);
        const seen = index.get(k);
        index.set(k, seen === undefined || seen === o.label.id ? o.label.id : null);
      }
    }
    looseIndex.set(ind, index);
  }
  const found = index.get(looseKey(text));
  if (found !== undefined) return found ?? undefined;
  // a line copied from the guide sheet's "Pilihan (tingkat: jawaban)": "2: Peraturan Kepala Daerah (Perkada)"
  const m = /^(\d)\s*[:.)]\s*(\S.*)$/s.exec(text.trim());
  if (!m) return undefined;
  const label = index.get(looseKey(m[2]!));
  return label && ind.options.some((o) => o.tier === Number(m[1]) && o.label.id === label) ? label : undefined;
}

/**
 * A value typed with its unit ("25 orang", "3 kali", "12,5 hari"): the number, and the measure the unit names when
 * `measure` is not given and exactly one of the indicator's measures has that unit. Undefined when the text is not a
 * number followed by a unit of the indicator's (or `measure`'s) measures.
 */
export function valueWithUnit(ind: Indicator, text: string, measure: Measure | undefined): { reading: NumberReading; measure?: Measure; from?: string } | undefined {
  const m = /^(.*?\d)\s*([\p{L}][\p{L}\s.]*)$/u.exec(text.trim());
  if (!m) return undefined;
  const reading = readNumber(m[1]!);
  if (!reading) return undefined;
  const typed = normaliseHeader(m[2]!.replace(/\.$/, ""));
  const unit = UNIT_SHORT[typed] ?? typed;
  // the unit in Bahasa or in English ("2 agencies", "1 agency", as English messages write it), or the measure's id
  const fits = (x: Measure) => x.unit !== "" && [x.unit, x.unitEn, x.unitEn && singularEn(x.unitEn), x.id].some((u) => u !== undefined && normaliseHeader(u) === unit);
  if (measure) return fits(measure) ? { reading } : inMonths(measure, reading, unit);
  const candidates = ind.measures.filter(fits);
  if (candidates.length !== 1) {
    const months = ind.measures.length === 1 && candidates.length === 0 ? inMonths(ind.measures[0]!, reading, unit) : undefined;
    return months;
  }
  return ind.measures.length === 1 ? { reading } : { reading, measure: candidates[0]! };
}

/** Months per year, week and day, shortest and longest month: a duration converts when both give one tier. */
const MONTHS_PER: Record<string, readonly [number, number]> = { tahun: [12, 12], minggu: [7 / 31, 7 / 28], hari: [1 / 31, 1 / 28] };

/**
 * A duration typed in years, weeks or days for a measure in months ("1 tahun", "90 hari" for SID-17): in months (a
 * year is 12; a day 12/365,25 of a month, to two decimals) when the shortest and the longest month give the same
 * tier, else undefined (refused as before: which tier is meant is not certain).
 */
function inMonths(m: Measure, reading: NumberReading, unit: string): { reading: NumberReading; from: string } | undefined {
  const per = MONTHS_PER[unit];
  if (!per || normaliseHeader(m.unit) !== "bulan" || reading.other !== undefined) return undefined;
  const v = reading.value;
  if (tierForValue(m, v * per[0]) !== tierForValue(m, v * per[1])) return undefined;
  const months = unit === "tahun" ? v * 12 : unit === "minggu" ? (v * 7 * 12) / 365.25 : (v * 12) / 365.25;
  return { reading: { value: Math.round(months * 100) / 100 }, from: unit };
}

/** Units as analysts shorten them ("15 org", "3x", "3 bln"): each short form means one unit only. */
const UNIT_SHORT: Record<string, string> = { org: "orang", x: "kali", kl: "kali", bln: "bulan", hr: "hari", thn: "tahun", th: "tahun" };

/** Whether a measure is a share of a whole: in percent, every tier within 0–100. */
export function isShareMeasure(m: Measure): boolean {
  if (m.unit !== "%") return false;
  return m.tiers.every((t) => t.min != null && t.min.value >= 0 && t.max != null && t.max.value <= 100);
}
