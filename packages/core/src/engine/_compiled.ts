import type { Answer } from "../input/schemas.js";
import type { Edition, Indicator, Option } from "../model/edition.js";
import { indicatorMax } from "../model/maxima.js";
import { tiersOf } from "./_edition.js";
import { normaliseText } from "./_text.js";

/** One SID indicator as lookup tables: what scoring an answer needs, computed once per edition. */
export interface CompiledIndicator {
  indicator: Indicator;
  weight: number | null;
  /** weight × highest tier (null when the weight is unknown). */
  max: number | null;
  /** Tiers an answer can give (0 always can). */
  tiers: ReadonlySet<number>;
  /** Option label (as shipped, then normalised) → tier: the option index `resolveAnswer` uses. */
  labels: ReadonlyMap<string, number>;
  /** The first option at each tier (the evidence it requires). */
  optionAt: ReadonlyMap<number, Option>;
}

/** An edition compiled for scoring: SID indicators in edition order with their lookup tables. */
export interface CompiledEdition {
  sid: CompiledIndicator[];
  /** SID indicator id → position in `sid`. */
  sidPos: ReadonlyMap<string, number>;
  /** SID indicator → position in `sid`. */
  sidOf: ReadonlyMap<Indicator, number>;
  /** Σ of the SID indicators' maxima, null when one weight is unknown: one innovation's maximum. */
  sidMax: number | null;
  /** Whether some SID weight is unknown (every innovation total is then null). */
  sidWeightUnknown: boolean;
  /** SID ids, for `unknown_indicator`'s `allowed`. */
  sidIds: readonly string[];
}

const cache = new WeakMap<Edition, CompiledEdition>();

/**
 * The edition compiled into lookup tables, once per edition object (cached by identity, so do not mutate an edition
 * after scoring with it; shipped editions are frozen).
 */
export function compileEdition(edition: Edition): CompiledEdition {
  let c = cache.get(edition);
  if (!c) {
    c = build(edition);
    cache.set(edition, c);
  }
  return c;
}

function build(edition: Edition): CompiledEdition {
  const sidIndicators = edition.indicators.filter((i) => i.aspect === "SID");
  const sid = sidIndicators.map(compileIndicator);
  let sidMax: number | null = 0;
  for (const ci of sid) {
    if (ci.max === null) {
      sidMax = null;
      break;
    }
    sidMax += ci.max;
  }
  return {
    sid,
    sidPos: new Map(sidIndicators.map((i, k) => [i.id, k])),
    sidOf: new Map(sidIndicators.map((i, k) => [i, k])),
    sidMax,
    sidWeightUnknown: sid.some((ci) => ci.weight === null),
    sidIds: sidIndicators.map((i) => i.id),
  };
}

function compileIndicator(indicator: Indicator): CompiledIndicator {
  // The normalised index exactly as resolveAnswer builds it (a later label wins a collision), then each shipped label
  // as typed pointing at what its normalised form finds, so an exact label skips normalising.
  const normalised = new Map<string, number>();
  for (const o of indicator.options) for (const label of [o.label.en, o.label.id]) normalised.set(normaliseText(label), o.tier);
  const labels = new Map(normalised);
  for (const o of indicator.options) {
    for (const label of [o.label.en, o.label.id]) labels.set(label, normalised.get(normaliseText(label))!);
  }
  const optionAt = new Map<number, Option>();
  for (const o of indicator.options) if (!optionAt.has(o.tier)) optionAt.set(o.tier, o);
  return { indicator, weight: indicator.weight, max: indicatorMax(indicator), tiers: new Set(tiersOf(indicator)), labels, optionAt };
}

/**
 * The tier of an answer that resolves without any issue, given as a tier and/or an exact option label; -1 when it
 * needs `resolveAnswer` (a measured value, an unknown label or tier, forms that disagree). Agrees with
 * `resolveAnswer(...).tier` wherever it does not return -1 (an agreement test checks it).
 */
export function quickTier(ci: CompiledIndicator, answer: Answer): number {
  if (answer.value !== undefined) return -1;
  const t = answer.tier;
  if (t !== undefined && t !== 0 && !ci.tiers.has(t)) return -1;
  const label = answer.option;
  if (label === undefined || label.trim() === "") return t ?? 0;
  const fromLabel = ci.labels.get(label) ?? ci.labels.get(normaliseText(label));
  if (fromLabel === undefined) return -1;
  return t === undefined || t === fromLabel ? fromLabel : -1;
}
