import type { Answer } from "../input/schemas.js";
import type { Edition, Indicator, Measure, Option } from "../model/edition.js";
import { indicatorMax } from "../model/maxima.js";
import { contains } from "../model/interval.js";
import { sumOrNull, tiersOf } from "./_edition.js";
import { normaliseText } from "./_text.js";
import { gapsAccessor } from "./_gaps.js";
import type { InnovationProjection } from "./result.js";

/** One SID indicator as lookup tables: what scoring an answer needs, computed once per edition. */
export interface CompiledIndicator {
  indicator: Indicator;
  weight: number | null;
  /** weight × highest tier (null when the weight is unknown). */
  max: number | null;
  /** Tiers an answer can give (0 always can). */
  tiers: ReadonlySet<number>;
  /** The same for tiers up to 64, as a table: 1 at each tier an answer can give (the quick check on the hot path). */
  tierTable: Uint8Array;
  /** Option label (as shipped, then normalised) → tier: the option index `resolveAnswer` uses. */
  labels: ReadonlyMap<string, number>;
  /** The first option at each tier (the evidence it requires). */
  optionAt: ReadonlyMap<number, Option>;
  /** Measure ids as shipped → measure; `only` when the indicator has exactly one. */
  measures: ReadonlyMap<string, Measure>;
  only: Measure | undefined;
}

/** An edition compiled for scoring: SID indicators in edition order with their lookup tables. */
export interface CompiledEdition {
  sid: CompiledIndicator[];
  /** SID indicator id → position in `sid`. */
  sidPos: ReadonlyMap<string, number>;
  /** For each position in `sid`, the position `sidPos` gives its id (itself, unless two SID indicators share an id). */
  sidSlot: Int32Array;
  /** Whether each SID id is at one position only (`sidSlot` is 0, 1, 2 …): answers can then be resolved in one pass. */
  sidInOrder: boolean;
  /** Σ of the SID indicators' maxima, null when one weight is unknown: one innovation's maximum. */
  sidMax: number | null;
  /** Whether some SID weight is unknown (every innovation total is then null). */
  sidWeightUnknown: boolean;
  /** SID ids, for `unknown_indicator`'s `allowed`. */
  sidIds: readonly string[];
  /** Every indicator's name by id (the first indicator with that id). */
  names: ReadonlyMap<string, Indicator["name"]>;
  /** The SID weights in `sid` order, 0 where unknown (for sums that skip unknown weights). */
  sidWeights: Float64Array;
  /** The edition's SPD indicators in edition order, compiled like `sid`. */
  spd: CompiledIndicator[];
  /** SPD indicator id → position in `spd`; the ids (first occurrence order) for `unknown_indicator`'s `allowed`. */
  spdPos: ReadonlyMap<string, number>;
  spdIds: readonly string[];
  /** Σ of the SPD indicators' maxima, null when one weight is unknown. */
  spdMax: number | null;
  /** Positions in `sid` of the mandatory SID indicators, in edition order. */
  mandatory: readonly number[];
  /** The own, enumerable `evidenceGaps` accessor every innovation result scored with this edition shares. */
  gaps: PropertyDescriptor;
  /** Innovation projections already made, by total (NaN for null), counted and not: shared frozen values. */
  counted: Map<number, InnovationProjection>;
  notCounted: Map<number, InnovationProjection>;
}

const cache = new WeakMap<Edition, CompiledEdition>();

/**
 * The edition compiled into lookup tables, once per edition object (cached by identity: shipped and validated
 * editions are frozen, so the object cannot change after scoring with it).
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
  const spdIndicators = edition.indicators.filter((i) => i.aspect === "SPD");
  let sidMax: number | null = 0;
  for (const ci of sid) {
    if (ci.max === null) {
      sidMax = null;
      break;
    }
    sidMax += ci.max;
  }
  const sidPos = new Map(sidIndicators.map((i, k) => [i.id, k]));
  const c: CompiledEdition = {
    sid,
    sidPos,
    sidSlot: Int32Array.from(sidIndicators, (i) => sidPos.get(i.id)!),
    sidInOrder: sidIndicators.every((i, k) => sidPos.get(i.id) === k),
    sidMax,
    sidWeightUnknown: sid.some((ci) => ci.weight === null),
    sidIds: sidIndicators.map((i) => i.id),
    names: new Map([...edition.indicators].reverse().map((i) => [i.id, i.name])),
    sidWeights: Float64Array.from(sid, (ci) => ci.weight ?? 0),
    spd: spdIndicators.map(compileIndicator),
    spdPos: new Map(spdIndicators.map((i, k) => [i.id, k])),
    spdIds: [...new Set(spdIndicators.map((i) => i.id))],
    spdMax: sumOrNull(spdIndicators.map(indicatorMax)),
    mandatory: sidIndicators.flatMap((i, k) => (i.mandatory ? [k] : [])),
    gaps: {},
    counted: new Map(),
    notCounted: new Map(),
  };
  c.gaps = gapsAccessor(c);
  return c;
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
  // a blank answer gives no option (quickTier looks an answer up before it checks for blank)
  for (const k of [...labels.keys()]) if (k.trim() === "") labels.delete(k);
  const optionAt = new Map<number, Option>();
  for (const o of indicator.options) if (!optionAt.has(o.tier)) optionAt.set(o.tier, o);
  // A measure id as shipped finds what resolveAnswer's normalised search finds first.
  const measures = new Map<string, Measure>();
  for (const m of indicator.measures) {
    const first = indicator.measures.find((x) => normaliseText(x.id) === normaliseText(m.id))!;
    if (!measures.has(m.id)) measures.set(m.id, first);
  }
  const only = indicator.measures.length === 1 ? indicator.measures[0] : undefined;
  const tiers = new Set(tiersOf(indicator));
  const tierTable = new Uint8Array(65);
  for (const t of tiers) if (t < tierTable.length) tierTable[t] = 1;
  return { indicator, weight: indicator.weight, max: indicatorMax(indicator), tiers, tierTable, labels, optionAt, measures, only };
}

/**
 * The tier of an answer that resolves without any issue: a valid tier, an option label, or a value inside a tier of
 * its measure (named as shipped, or the indicator's only measure), given alone or agreeing; -1 when it needs
 * `resolveAnswer` (unknown labels, tiers or measures, a value outside every tier, forms that disagree). Agrees with
 * `resolveAnswer(...).tier` wherever it does not return -1 (a property test checks it).
 */
export function quickTier(ci: CompiledIndicator, answer: Answer): number {
  if (answer.value !== undefined) {
    if (answer.tier !== undefined || (answer.option !== undefined && answer.option.trim() !== "")) return -1;
    const id = answer.measure;
    const m = id === undefined || id.trim() === "" ? ci.only : ci.measures.get(id);
    if (m === undefined) return -1;
    // tierForValue's search as an indexed loop (its for…of left an iterator per value answer on this hot path)
    const v = answer.value;
    const tiers = m.tiers;
    if (Number.isFinite(v)) for (let k = 0; k < tiers.length; k++) if (contains(tiers[k]!, v)) return tiers[k]!.tier || -1;
    return -1;
  }
  const t = answer.tier;
  if (t !== undefined && t !== 0 && !(t < ci.tierTable.length ? ci.tierTable[t] === 1 : ci.tiers.has(t))) return -1;
  const label = answer.option;
  if (label === undefined) return t ?? 0;
  // a label as shipped first: most answers are one, and the blank check (a trim per answer) is for the rest
  let fromLabel = ci.labels.get(label);
  if (fromLabel === undefined) {
    if (label.trim() === "") return t ?? 0;
    fromLabel = ci.labels.get(normaliseText(label));
    if (fromLabel === undefined) return -1;
  }
  return t === undefined || t === fromLabel ? fromLabel : -1;
}
