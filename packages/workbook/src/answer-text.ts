/**
 * Answers typed the way people type them rather than the way the template offers them: an option label with a hyphen
 * for its en dash or `>=` for `≥` ("51-90 %", ">= 0,9 poin") or copied with its tier from the guide sheet
 * ("2: Peraturan Kepala Daerah (Perkada)"), and a measured value followed by its unit ("25 orang", "3 kali"). Each reading here is unambiguous (one option or one measure fits); anything else is left to the core,
 * which reports it.
 */
import { type Indicator, type Measure, tierForValue } from "@inovasi/core";
import { singularEn } from "./english-units.js";
import { normaliseHeader } from "./grid.js";
import { type NumberReading, hyphens, readNumber, withoutInvisible } from "./values.js";

/**
 * A label's loose key: full-width forms folded, dashes as "-", `>=`/`<=` as `≥`/`≤`, no spaces nor `%`, no full stop at
 * the end (a sentence's: "baik." is "Baik"), lower case.
 */
export function looseKey(s: string): string {
  // NFKC makes the small and full-width dashes (U+FE58, U+FE63, U+FF0D) dashes or hyphens
  return hyphens(withoutInvisible(s.normalize("NFKC")))
    .toLowerCase()
    .replace(/>=|=>/g, "≥")
    .replace(/<=|=</g, "≤")
    .replace(/[\s\u00a0%]+/g, "")
    .replace(/\.+$/, "");
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
 * number followed by a unit of the indicator's (or `measure`'s) measures. A duration in another unit than its
 * measure's is converted (`from`: the unit typed, see {@link converted}); working days are read as days (`workingDays`);
 * `hours`: a duration in days typed in bare hours ("24 jam", not "1x24 jam").
 */
export function valueWithUnit(ind: Indicator, text: string, measure: Measure | undefined): { reading: NumberReading; measure?: Measure; from?: string; workingDays?: true; hours?: true } | undefined {
  const m = /^(.*?\d)\s*([\p{L}][\p{L}\s.]*)$/u.exec(text.trim());
  if (!m) return undefined;
  const unit = typedUnit(m[2]!);
  // "1x24 jam", "2 x 24 jam": the way service standards write a whole number of days in hours; "7x24 jam" is a service
  // open round the clock, not a time taken (review21 F1): not read
  const dayHours = unit === "jam" ? /^(\d+)\s*[x×]\s*24$/i.exec(m[1]!.trim()) : null;
  if (dayHours && Number(dayHours[1]) === 7) return undefined;
  const reading = dayHours ? { value: Number(dayHours[1]) * 24 } : readNumber(m[1]!);
  if (!reading) return undefined;
  const fits = (x: Measure) => hasUnit(x, unit);
  const into = (x: Measure) => {
    const c = converted(x, reading, unit);
    // bare hours ("24 jam") may be the service's hours rather than the time taken: said as a warning (`hours`)
    return c && unit === "jam" && !dayHours ? { ...c, hours: true as const } : c;
  };
  if (measure) return fits(measure) ? { reading } : into(measure);
  const candidates = ind.measures.filter(fits);
  if (candidates.length !== 1) return ind.measures.length === 1 && candidates.length === 0 ? into(ind.measures[0]!) : undefined;
  return ind.measures.length === 1 ? { reading } : { reading, measure: candidates[0]! };
}

/** A unit typed after a number, normalised, a short form as the unit it stands for ("thn" is "tahun", "OPD" "perangkat daerah"). */
export function typedUnit(typed: string): string {
  const t = normaliseHeader(typed.replace(/\.$/, ""));
  return UNIT_SHORT[t] ?? t;
}

/**
 * Whether a measure's unit is `unit` (a {@link typedUnit}): in Bahasa or in English ("2 agencies", "1 agency", as
 * English messages write it), or the measure's id. One rule for "25 orang" and "2 dari 3 tahun" alike.
 */
export function hasUnit(x: Measure, unit: string): boolean {
  if (x.unit === "") return false;
  if ([x.unit, x.unitEn, x.unitEn && singularEn(x.unitEn), x.id].some((u) => u !== undefined && normaliseHeader(u) === unit)) return true;
  return PERSON_WORDS.has(unit) && normaliseHeader(x.unit) === "orang";
}

/**
 * Nouns that count persons, Bahasa and English, read as the unit "orang" of a measure in persons, whatever the persons
 * are (audit38: "25 people", "12 staff" on SID-2's staff, "350 people" on SID-18's persons served were unknown options,
 * the mandatory indicator unanswered): the people an innovation serves may be its staff (an e-office's pegawai), and its
 * staff may include residents (kader, volunteers), so the measure's name says who is counted, the noun only that persons
 * are. Words of the language, not of an edition (every edition's "orang" takes them; a measure in "jiwa" still takes
 * "jiwa" as its own unit first), kept here beside the short forms ({@link UNIT_SHORT}): the edition's bytes are counted
 * in the parse + score bundle, at its 30,000 B goal. Singular English forms for "1 employee".
 */
const PERSON_WORDS: ReadonlySet<string> = new Set([
  "people", "staff", "staf", "pegawai", "karyawan", "asn", "pns", "personel", "personnel", "petugas", "employees", "employee",
  "jiwa", "warga", "penduduk", "residents", "resident", "peserta", "participants", "participant", "penerima manfaat", "beneficiaries", "beneficiary",
]);

/**
 * Per unit of a measure, the units a duration may be typed in, each with the least and the most of the measure's unit
 * one of them is, and the factor it is read by: a year is 12 months; a week and a day of a month of 28 to 31 days (read
 * as 12/365,25 of a year); a week is 7 days, an hour 1/24 of one and a minute 1/1440.
 */
const DURATIONS: Record<string, Record<string, readonly [least: number, most: number, per: number]>> = {
  bulan: { tahun: [12, 12, 12], minggu: [7 / 31, 7 / 28, (7 * 12) / 365.25], hari: [1 / 31, 1 / 28, 12 / 365.25] },
  hari: { minggu: [7, 7, 7], jam: [1 / 24, 1 / 24, 1 / 24], menit: [1 / 1440, 1 / 1440, 1 / 1440] },
};

/**
 * A duration typed in another unit than its measure's ("1 tahun", "90 hari" for SID-17's months; "1 minggu", "1x24
 * jam" for SID-13's days): in the measure's unit (to two decimals) when the least and the most it can be give the same
 * tier, else undefined (refused as before: which tier is meant is not certain). Working days for a measure in days
 * ("3 hari kerja", "14 HK") are read as that many days, `workingDays` set: the editions and the spec count days without
 * saying calendar or working days, and no conversion between them is in any source (the reader warns, naming it).
 */
function converted(m: Measure, reading: NumberReading, unit: string): { reading: NumberReading; from: string; workingDays?: true } | undefined {
  const measureUnit = normaliseHeader(m.unit);
  if (reading.other !== undefined) return undefined;
  if (measureUnit === "hari" && unit === "hari kerja") return { reading, from: unit, workingDays: true };
  const per = DURATIONS[measureUnit]?.[unit];
  if (!per) return undefined;
  const v = reading.value;
  if (tierForValue(m, v * per[0]) !== tierForValue(m, v * per[1])) return undefined;
  // to two decimals, unless that crosses a tier's end (24,1 jam is more than 1 day, not 1,00) or reaches 0 (0,1 jam)
  const exact = v * per[2];
  const rounded = Math.round(exact * 100) / 100;
  return { reading: { value: tierForValue(m, rounded) === tierForValue(m, exact) && (rounded !== 0 || exact === 0) ? rounded : exact }, from: unit };
}

/**
 * Units as analysts shorten or name them ("15 org", "3x", "3 bln", "3 OPD", "14 HK", "30 mnt"): each short form means one unit
 * only. An OPD (organisasi perangkat daerah), a PD and an SKPD (its name before 2016) are each a perangkat daerah; HK
 * is hari kerja, as service standards abbreviate it; a calendar day is a day; "persen" and "percent" are "%".
 */
const UNIT_SHORT: Record<string, string> = { org: "orang", x: "kali", kl: "kali", bln: "bulan", hr: "hari", thn: "tahun", th: "tahun", mgg: "minggu", opd: "perangkat daerah", pd: "perangkat daerah", skpd: "perangkat daerah", hk: "hari kerja", "hr kerja": "hari kerja", mnt: "menit", mnit: "menit", "hari kalender": "hari", persen: "%", percent: "%" };

/** Whether a measure is a share of a whole: in percent, every tier within 0–100. */
export function isShareMeasure(m: Measure): boolean {
  if (m.unit !== "%") return false;
  return m.tiers.every((t) => t.min != null && t.min.value >= 0 && t.max != null && t.max.value <= 100);
}
