import type { Band, Edition } from "../model/edition.js";
import { normaliseText } from "../engine/_text.js";
import { bandFor, bandsMaybe, lowestIndexIn, toPredicate } from "../engine/predicate.js";
import { bandValue } from "../engine/_band-value.js";
import { bandPosition, knownEnd } from "../model/band.js";
import type { PredicateResult } from "../engine/result.js";
import type { PlanTarget } from "./types.js";

/**
 * A target resolved against the edition: the band to reach (if any) and the lowest index that reaches it — NaN when
 * the band's lower threshold is unknown (no index reaches it for sure: the plan says so, `target_unknown`).
 */
export interface ResolvedTarget {
  predicate: PredicateResult | null;
  index: number;
  band: Band | null;
}

const sortedBands = new WeakMap<Edition["bands"], Band[]>();

/** Bands from lowest to highest (sorted once per edition's band list; the caller must not change it). */
export function bandsUp(edition: Edition): Band[] {
  let up = sortedBands.get(edition.bands);
  if (!up) {
    up = edition.bands.slice().sort((a, b) => bandPosition(a, edition.bands) - bandPosition(b, edition.bands));
    sortedBands.set(edition.bands, up);
  }
  return up;
}

/**
 * Whether a plan or a recap may aim at `band`: every band but the index-0 one ("Tidak Dapat Dinilai"), where a region
 * that did not report stands.
 */
export function isTargetBand(band: Band): boolean {
  return band.max.value !== 0; // an unknown upper end (null) lies above the lower one, at least 0
}

/** A band by id or label (Indonesian or English, ignoring case and spaces). */
export function findBand(edition: Edition, name: string): Band | undefined {
  const want = normaliseText(name);
  return edition.bands.find((b) => [b.id, b.label.id, b.label.en].some((x) => normaliseText(x) === want));
}

/**
 * Read a target as a person types it: an index (`50`, `50,5`, `50.5`) or a predicate (`Sangat Inovatif`,
 * `sangat-inovatif`, `Very Innovative`). A message in Bahasa Indonesia and English when it is neither, or when it names
 * the index-0 band ("Tidak Dapat Dinilai": a region that did not report, not a target; `inovasi rekap` refuses it too).
 *
 * @example
 * parsePlanTarget("50,5", edition)          //=> { ok: true, value: { index: 50.5 } }
 * parsePlanTarget("sangat inovatif", edition) //=> { ok: true, value: { predicate: "sangat-inovatif" } }
 */
export function parsePlanTarget(text: string, edition: Edition): { ok: true; value: PlanTarget } | { ok: false; message: { id: string; en: string } } {
  const t = text.trim();
  if (/^\d+([.,]\d+)?$/.test(t)) {
    const index = Number(t.replace(",", "."));
    if (index > 0 && index <= 100) return { ok: true, value: { index } };
  }
  const band = findBand(edition, t);
  if (band && isTargetBand(band) && !knownEnd(band.min)) return unknownLowerEnd(text, band, edition);
  if (band && isTargetBand(band)) return { ok: true, value: { predicate: band.id } };
  const targets = bandsUp(edition).filter(isTargetBand);
  const names = targets.map((b) => `"${b.label.id}"`).join(", ");
  const namesEn = targets.map((b) => `"${b.label.en}"`).join(", ");
  // the index-0 band ("Tidak Dapat Dinilai") is where a region that did not report stands, not a place to plan for
  const [what, whatEn] = band
    ? [`"${band.label.id}" adalah predikat daerah yang tidak melapor atau tidak dapat dinilai (indeks 0), bukan target`, `"${band.label.en}" is the predicate of a region that did not report or cannot be assessed (index 0), not a target`]
    : ["tidak dikenal", "is not known"];
  return {
    ok: false,
    message: {
      id: `target "${text}"${band ? ":" : ""} ${what}; tulis nilai indeks lebih dari 0 sampai 100 (mis. 50 atau 50,5) atau predikat: ${names}`,
      en: `target "${text}"${band ? ":" : ""} ${whatEn}; write an index above 0 up to 100 (e.g. 50 or 50.5) or a predicate: ${namesEn}`,
    },
  };
}

/**
 * A predicate target whose lower threshold the edition does not know (IGA 2025's lower bands): the index that reaches
 * it cannot be computed, and is not guessed; an index target can be.
 */
function unknownLowerEnd(text: string, band: Band, edition: Edition): { ok: false; message: { id: string; en: string } } {
  return {
    ok: false,
    message: {
      id: `target "${text}": batas bawah predikat "${band.label.id}" belum diketahui di edisi ${edition.id}, maka indeks yang mencapainya tidak dapat dihitung; tulis target sebagai nilai indeks (mis. 50 atau 50,5)`,
      en: `target "${text}": the lower threshold of "${band.label.en}" is not known in edition ${edition.id}, so the index that reaches it cannot be computed; write the target as an index (e.g. 50 or 50.5)`,
    },
  };
}

/** The target to plan for; null when the default (next band up) does not exist — the region is in the top band. */
export function resolveTarget(target: PlanTarget | undefined, exact: number, edition: Edition): ResolvedTarget | null {
  const decimals = edition.formula.rounding.decimals;
  // an index typed with more decimals than the edition reports is rounded up, never below what was typed (65,005 → 65,01)
  if (target && "index" in target) return { predicate: null, index: ceilTo(target.index, decimals), band: null };
  let band: Band | undefined;
  if (target) {
    band = findBand(edition, target.predicate);
    if (!band) {
      const parsed = parsePlanTarget(target.predicate, edition);
      throw new RangeError(parsed.ok ? `target "${target.predicate}" is not a predicate of ${edition.id}` : parsed.message.en);
    }
  } else {
    const up = bandsUp(edition);
    const now = bandFor(exact, edition);
    // where an unknown threshold decides the predicate: the lowest band above the index whose lower end is known;
    // without one, the highest band the index may be in (its lower end unknown: the plan says so, not a guess)
    band = now ? up[up.indexOf(now) + 1] : up.find((b) => knownEnd(b.min) && lowestIndexIn(b, decimals) > bandValue(exact, edition)) ?? bandsMaybe(exact, edition).at(-1);
    if (!band) return null;
  }
  return { predicate: toPredicate(band), index: knownEnd(band.min) ? lowestIndexIn(band, decimals) : NaN, band };
}

/**
 * Whether a standing reaches the target: its {@link targetValue} is at or above the target's index — for a band, the
 * band or above, also where an unknown threshold above that index leaves the predicate itself unknown (52,71 under
 * Inovatif (40, ?) and Sangat Inovatif (?, 100] is Inovatif or better). Never for a band whose lower threshold is
 * unknown (NaN). The one rule for the plan and the recap's `met` (a recap's target has the band as a predicate).
 */
export function reaches(exact: number, index: number, t: { band: object | null; index: number }, edition: Edition): boolean {
  return targetValue(exact, index, t, edition) >= t.index;
}

/**
 * What a standing is measured against a target by: for a band, the value its predicate is looked up on (`bandValue`:
 * the rounded index, or the exact one cut under `predicateOn: "unrounded"`, where 65,005 is still below 65,01); for an
 * index target, its rounded index.
 */
export function targetValue(exact: number, index: number, t: { band: object | null }, edition: Edition): number {
  return t.band ? bandValue(exact, edition) : index;
}

/** `x` rounded up to `decimals` places; a float just above a printed value (65.01 as 65.0100000001) stays at it. */
function ceilTo(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.ceil(Number((x * f).toPrecision(12))) / f;
}

/**
 * Where an index target stands among the bands, for a person who typed a number: the band it is in and where the next
 * one starts ("40,00 masih Kurang Inovatif; Inovatif mulai 40,01"): a target of 40 reaches 40,00, which under the 2026
 * bands is still Kurang Inovatif. Undefined when the index holds no band.
 *
 * @example
 * targetBandNote(40, edition).id //=> "40,00 masih Kurang Inovatif; Inovatif mulai 40,01"
 * targetBandNote(70, edition).en //=> "70.00 is Very innovative, the top predicate"
 */
export function targetBandNote(index: number, edition: Edition): { id: string; en: string } | undefined {
  const d = edition.formula.rounding.decimals;
  const at = ceilTo(index, d);
  const band = bandFor(at, edition);
  if (!band) return undefined;
  const up = bandsUp(edition);
  const next = up[up.indexOf(band) + 1];
  const [id, en] = [at.toFixed(d).replace(".", ","), at.toFixed(d)];
  if (!next) return { id: `${id} adalah ${band.label.id}, predikat tertinggi`, en: `${en} is ${band.label.en}, the top predicate` };
  const from = lowestIndexIn(next, d);
  return { id: `${id} masih ${band.label.id}; ${next.label.id} mulai ${from.toFixed(d).replace(".", ",")}`, en: `${en} is still ${band.label.en}; ${next.label.en} starts at ${from.toFixed(d)}` };
}
