/**
 * Checks on a measured value once it is read, before it is scored: readings that only the measure's unit can settle
 * (a count is never fractional), values no region can have (a growth of 45 million %), and a ratio typed where a
 * percentage is asked. Each gives the other reading and what it would score; the reader says it at the cell.
 */
import { type Edition, type Issue, type Measure, type MessageLocale, tierForValue, readLocale } from "@inovasi/core";
import { isShareMeasure } from "./answer-text.js";
import { singularEn, unitAfterEn } from "./english-units.js";
import { withParams } from "./issue-params.js";

/**
 * Units that count whole things (persons, times, actors, agencies …): "1,250 orang" is 1250 persons, never 1,25. Days
 * and months are left out: "1,5 bulan" is a duration and may be fractional. Years are counted: the editions' one
 * measure in years is SPD-2a's years the APBD was adopted on time, of 3 (review19); a duration is in months or days.
 */
const COUNT_UNITS = new Set(["orang", "kali", "aktor", "perangkat daerah", "saluran", "produk", "rekomendasi", "komponen", "unsur", "periode", "inovasi", "tahun", "persons", "times", "years"]);

/** Whether a measure counts whole things (see {@link COUNT_UNITS}). */
export function isCountMeasure(m: Measure): boolean {
  return COUNT_UNITS.has(m.unit.toLowerCase());
}

/**
 * The largest value a measure can plausibly hold, undefined when there is no such bound:
 * - the measure's own maximum where its edition gives one (the IPM: 100 by its definition);
 * - a change in percent that is not a share (growth of income, investment, PAD): 1,000 %. The IID tiers' highest
 *   boundary is 94,76 % (SPD-6 investment growth), so a real large growth (250 %, even 900 % for a region whose
 *   investment was near zero) is far inside it, while what lands above it is an amount typed for its growth
 *   (rupiah, persons: 1.234.567, 45.678.000);
 * - percentage points (`poin`: a fall of unemployment or poverty, a rise of the IPM): 100, as no share moves more
 *   than 100 points.
 * Shares (0–100 %) are the core's to check against their range.
 */
export function plausibleBound(m: Measure): number | undefined {
  if (m.maximum) return m.maximum.value;
  if (m.unit === "%") return isShareMeasure(m) ? undefined : 1000;
  if (isPointsMeasure(m)) return 100;
  return undefined;
}

/** A measure's unit as messages in `locale` write it: the edition's English name (`unitEn`) in English, where it gives one. */
export function unitIn(m: Measure, locale: string): string {
  locale = readLocale(locale, "unitIn");
  return locale === "en" ? (m.unitEn ?? m.unit) : m.unit;
}

/**
 * A message's `unit` for a measure in `locale` and, in English where the edition names the unit (`unitEn`), `unitOne`:
 * its singular, which a message writes after exactly 1 ({@link unitAfterEn}). The one place that decides the singular.
 */
export function unitsIn(m: Measure, locale: string): { unit: string; unitOne?: string } {
  return locale === "en" && m.unitEn ? { unit: m.unitEn, unitOne: singularEn(m.unitEn) } : { unit: unitIn(m, locale) };
}

/**
 * A measure's unit after `amount` (a number, or the number as a message writes it) in `locale`: the singular in English
 * after exactly 1 ("1 day", "at least 1 person"), else {@link unitIn}. The sheets' messages, `locateIssues` and the IID
 * functions alike.
 */
export function unitAfter(m: Measure, locale: string, amount: number | string | undefined): string {
  locale = readLocale(locale, "unitAfter");
  return unitAfterEn(amount, unitsIn(m, locale)).trimStart();
}

/**
 * The core's value outside its measure's tiers (`value_outside_tiers`, whose `unit` is the edition's) with the unit in
 * the message's language, after the range's last number (the core writes it there: "at least 1 person"). Any other
 * issue as it is. The sheets' messages and `=IID.SKOR_INOVASI` alike.
 */
export function withUnitIn(issue: Issue, edition: Edition, locale: MessageLocale): Issue {
  locale = readLocale(locale, "withUnitIn");
  if (issue.code !== "value_outside_tiers") return issue;
  const m = edition.indicators.find((x) => x.id === issue.params.indicator)?.measures.find((x) => x.id === issue.params.measure);
  if (!m) return issue;
  const last = issue.params.max ?? issue.params.min;
  return withParams(issue, { unit: unitAfter(m, locale, typeof last === "number" || typeof last === "string" ? last : undefined) });
}

/** The tier a value reaches on a measure (0 below the lowest), for messages that give two readings. */
export function tierOf(m: Measure, value: number): number {
  return tierForValue(m, value);
}

/** Whether a measure is in percentage points (`poin`): a change of a share, not a share. */
export function isPointsMeasure(m: Measure): boolean {
  return m.unit.toLowerCase() === "poin";
}

/**
 * The one measure whose name (either language) holds the text's words in a row ("Jumlah orang" for "Jumlah orang
 * terlayani", "Tren positif" for "Periode dengan tren positif"), or whose unit the text is ("orang"); undefined when
 * none or several do ("Jumlah" names four).
 */
export function measureByWords(measures: readonly Measure[], text: string): Measure | undefined {
  const want = wordsOf(text);
  if (want.length === 0) return undefined;
  const hits = measures.filter((m) => [m.name.id, m.name.en].some((n) => inRow(wordsOf(n), want)) || wordsOf(m.unit).join(" ") === want.join(" "));
  return hits.length === 1 ? hits[0] : undefined;
}

function wordsOf(s: string): string[] {
  return s.normalize("NFKC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function inRow(name: string[], want: string[]): boolean {
  for (let i = 0; i + want.length <= name.length; i++) if (want.every((w, k) => name[i + k] === w)) return true;
  return false;
}

/** Why a value cannot be an answer of its measure (see {@link impossibleFor}). */
export type Impossible = { why: "negative" } | { why: "above"; max: number } | { why: "fraction" };

/**
 * Why a value cannot be an answer of a measure, undefined when it can: negative where every tier starts at 0 or
 * above; above the measure's maximum (edition data: the IPM is 0–100 by its definition, its top tier left open) or
 * beyond the top tier's upper end (the core's rule for a `value_outside_tiers` error); a fraction of a count.
 */
export function impossibleFor(m: Measure, v: number): Impossible | undefined {
  const mins = m.tiers.map((t) => t.min);
  const maxes = m.tiers.map((t) => t.max);
  if (v < 0 && mins.every((b) => b && b.value >= 0)) return { why: "negative" };
  if (m.maximum && v > m.maximum.value) return { why: "above", max: m.maximum.value };
  if (maxes.every(Boolean)) {
    const top = maxes.reduce((a, b) => (b!.value > a!.value ? b : a))!;
    if (top.inclusive ? v > top.value : v >= top.value) return { why: "above", max: top.value };
  }
  if (isCountMeasure(m) && !Number.isInteger(v)) return { why: "fraction" };
  return undefined;
}

/**
 * Of the two readings of a grouped number ("72.500": 72500 or 72,5), the one to take and the one set aside, where the
 * measure's definition rules one out: it is above the edition's `maximum` (the IPM: 100) and the other is a possible
 * answer. Undefined otherwise: the top tier's end is a scoring range, not a definition, so "2.024" years of 3 (a year
 * typed), "60.000" in a coverage % (persons typed) or "1.250" complaints in a share stay asked, not read as 2,024, 60 or
 * 1,25 (review19 F1).
 */
export function readingByDefinition(m: Measure, a: number, b: number): { take: number; drop: number } | undefined {
  const max = m.maximum?.value;
  if (max === undefined || a > max === b > max) return undefined;
  const [take, drop] = a > max ? [b, a] : [a, b];
  return impossibleFor(m, take) ? undefined : { take, drop };
}

/**
 * Whether `v` may be a ratio typed for a measure on a 0–100 scale that is not a percentage (the IPM, whose edition gives
 * `maximum` 100: UNDP writes the HDI 0,7123, BPS the IPM 71,23): in (0, 1], where ×100 reaches another tier. A
 * percentage measure has its own check (1 % is a real share), so does a percent cell.
 */
export function scaleFraction(m: Measure, v: number): boolean {
  return m.unit !== "%" && m.maximum?.value === 100 && v > 0 && v <= 1 && tierForValue(m, v) !== tierForValue(m, v * 100);
}
