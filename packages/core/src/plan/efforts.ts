import { roundHalfUp } from "../engine/_round.js";
import type { Edition } from "../model/edition.js";
import { indicatorMap, tiersOf } from "../engine/_edition.js";
import { knownKeys, shown } from "../_known-keys.js";

/**
 * The efforts of one indicator's steps where the region's differ from the kind's: raising SID-1 Regulasi from a
 * Perkada to a Perda (through the DPRD, months of work) is not one more bimtek. Given, they replace the kind's effort
 * for that indicator's steps only; what is not given keeps the kind's.
 */
export interface IndicatorEfforts {
  /** Make one answer's evidence on this indicator accepted (an SPD row's too), or fill in its empty SPD row of record. */
  evidence?: number;
  /**
   * One tier up on this indicator (an innovation's answer, or the SPD row): one effort for every tier, or an effort by
   * the tier reached (`{ 3: 60 }`: up to tier 3 costs 60; a tier not listed costs the kind's `tierUp` / `spdTierUp`).
   * A step raising several tiers costs the sum of its tiers'.
   */
  tierUp?: number | Readonly<Record<number, number>>;
}

/**
 * Effort of each action kind, in one unit a region chooses (person-days by default reading). The defaults are a
 * starting point to edit, not data from the ministry: override them in `planRegion(…, { efforts })`, in the workbook's
 * Pengaturan sheet, or in the add-in.
 */
export interface EffortTable {
  /** Make one answer's evidence accepted (also an SPD row's), or fill in an empty SPD row of record with its evidence. */
  evidence: number;
  /** Fix one eligibility fault of an innovation (a count action costs this × faults fixed). */
  count: number;
  /** Produce and document one new innovation. */
  newInnovation: number;
  /** One new innovation in a missing basic-service urusan (a yandas action costs this × innovations added). */
  yandas: number;
  /** One tier up on an innovation's indicator. */
  tierUp: number;
  /** One tier up on an SPD row. */
  spdTierUp: number;
  /** Withdraw an innovation that will not count. */
  withhold: number;
  /**
   * The evidence and tier-up efforts of some indicators, by indicator id, where they differ from the kind's (see
   * {@link IndicatorEfforts}); e.g. `{ "SID-1": { tierUp: { 3: 60 } }, "SPD-14": { evidence: 5 } }`.
   */
  indicators?: Readonly<Record<string, IndicatorEfforts>>;
}

/**
 * An effort as shown: decimal efforts (0.1, 2.3) add up and multiply with binary noise (79.4999999999999, a count step
 * of 3 faults at 0.1 is 0.30000000000000004), which the sheet and JSON would show; rounded to 9 decimals, far below
 * any effort a region writes. Applied to what a plan shows (each step's effort, a merged step's, the running and total
 * sums); the search compares unrounded sums. Texts write them with `formatEffort`.
 */
export function effortTotal(sum: number): number {
  return roundHalfUp(sum, 9);
}

/** The kinds of step an effort table prices, by kind (not per indicator). */
export type EffortKind = Exclude<keyof EffortTable, "indicators">;

/**
 * The effort of each kind of step when the caller gives none (`PlanOptions.efforts`, the Pengaturan sheet's `Upaya …`
 * rows): relative units a plan adds up, an accepted evidence counting 1.
 */
export const DEFAULT_EFFORTS: Readonly<Record<EffortKind, number>> = Object.freeze({
  evidence: 1,
  count: 2,
  newInnovation: 10,
  yandas: 10,
  tierUp: 3,
  spdTierUp: 5,
  withhold: 1,
});

/** The kinds of step an effort table prices, in the order the defaults list them. */
export const EFFORT_KEYS: readonly EffortKind[] = Object.freeze(Object.keys(DEFAULT_EFFORTS) as EffortKind[]);

const positive = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v > 0;
const notPositive = (at: string, v: unknown) => new RangeError(`${at}: harus bilangan lebih dari 0 / must be a number above 0 (given ${shown(v)})`);
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const notObject = (at: string, like: string, x: unknown) => new TypeError(`${at} expected as an object (${like}), got ${Array.isArray(x) ? "an array" : shown(x)}`);

/**
 * The defaults with `over` applied. Throws a RangeError naming the key when an effort is not a positive number; with
 * the edition, also when `over.indicators` names an indicator it does not have (saying the ids likely meant) or a tier
 * up to a tier the indicator does not have. `planRegion` reads its `efforts` option so.
 *
 * @example
 * // SID-1 Regulasi up to a Perda (tier 3) goes through the DPRD: the region prices it 60; SPD-14's evidence 5
 * const efforts = resolveEfforts({ newInnovation: 20, indicators: { "SID-1": { tierUp: { 3: 60 } }, "SPD-14": { evidence: 5 } } }, edition);
 * efforts.newInnovation //=> 20
 * efforts.tierUp        //=> 3 (the default, for every other indicator and SID-1's lower tiers)
 * efforts.indicators    //=> { "SID-1": { tierUp: { 3: 60 } }, "SPD-14": { evidence: 5 } }
 * planRegion(input, edition, { efforts }).efforts.indicators?.["SID-1"] //=> { tierUp: { 3: 60 } }
 * let refused = "";
 * try { resolveEfforts({ indicators: { "SID-01": { tierUp: 20 } } }, edition); } catch (e) { refused = e.message; }
 * refused //=> 'efforts.indicators: iid-2026 has no indicator "SID-01" (did you mean "SID-1"?)'
 */
export function resolveEfforts(over: Partial<EffortTable> = {}, edition?: Edition): EffortTable {
  const out: EffortTable = { ...DEFAULT_EFFORTS };
  for (const key of EFFORT_KEYS) {
    const v = over[key];
    if (v === undefined) continue;
    if (!positive(v)) throw notPositive(`efforts.${key}`, v);
    out[key] = v;
  }
  if (over.indicators !== undefined) out.indicators = checkIndicators(over.indicators, edition);
  return out;
}

function checkIndicators(given: unknown, edition: Edition | undefined): Record<string, IndicatorEfforts> {
  const at = "efforts.indicators";
  if (!isObject(given)) throw notObject(at, `{ "SID-1": { tierUp: 20 } }`, given);
  const byId = edition && indicatorMap(edition);
  const out: Record<string, IndicatorEfforts> = {};
  for (const [id, e] of Object.entries(given)) {
    const ind = byId?.get(id);
    if (byId && !ind) {
      const near = indicatorIdsLike(id, edition!).map((x) => `"${x}"`);
      throw new RangeError(`${at}: ${edition!.id} has no indicator "${id}"${near.length ? ` (did you mean ${near.join(" or ")}?)` : `; its indicators are ${[...byId.keys()].join(", ")}`}`);
    }
    const here = `${at}["${id}"]`;
    if (!isObject(e)) throw notObject(here, "{ evidence: 2, tierUp: 20 }", e);
    knownKeys(e, ["evidence", "tierUp"], here, "effort");
    const { evidence, tierUp } = e;
    if (evidence !== undefined && !positive(evidence)) throw notPositive(`${here}.evidence`, evidence);
    // one effort for every tier, or by the tier reached: a tier above 0 the indicator has
    const per = isObject(tierUp) ? tierUp : undefined;
    const tiers = ind && tiersOf(ind).filter((t) => t > 0);
    for (const [t, v] of per ? Object.entries(per) : [["", tierUp]]) {
      if (t && tiers && !tiers.includes(+t)) throw new RangeError(`${here}.tierUp: ${id} has no tier ${t} to go up to; its tiers are ${tiers.join(", ")}`);
      if (v !== undefined && !positive(v)) throw notPositive(`${here}.tierUp${t && `[${t}]`}`, v);
    }
    out[id] = { ...(evidence !== undefined && { evidence }), ...(tierUp !== undefined && { tierUp: per ? { ...per } : tierUp }) } as IndicatorEfforts;
  }
  return out;
}

/**
 * The edition's indicator ids a typed id is likely meant as: the same letters and number written otherwise (`"sid 01"`
 * → SID-1), else the ids of that number with a letter after it (`"SPD-2"` → SPD-2a, SPD-2b); none when no id is near.
 *
 * @example
 * indicatorIdsLike("sid 01", getEdition("iid-2026")) //=> ["SID-1"]
 * indicatorIdsLike("SPD-2", getEdition("iid-2026"))  //=> ["SPD-2a", "SPD-2b"]
 * indicatorIdsLike("SID-99", getEdition("iid-2026")) //=> []
 */
export function indicatorIdsLike(given: string, edition: Edition): string[] {
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "").replace(/^([a-z]*)0+(?=\d)/, "$1");
  const k = key(given);
  const ids = edition.indicators.map((i) => i.id);
  const same = ids.filter((id) => key(id) === k);
  return same.length > 0 ? same : ids.filter((id) => /\d$/.test(k) && key(id).replace(/[a-z]$/, "") === k);
}

/** The effort of accepting an evidence (or filling a row of record) on the indicator `id`. */
export function evidenceEffort(efforts: EffortTable, id: string): number {
  return efforts.indicators?.[id]?.evidence ?? efforts.evidence;
}

/** The effort of one tier up to `to` on the indicator `id`; `kind`: the kind's effort when the indicator has none for it. */
export function tierUpEffort(efforts: EffortTable, id: string, to: number, kind: number): number {
  const t = efforts.indicators?.[id]?.tierUp;
  return typeof t === "number" ? t : (t?.[to] ?? kind);
}

/** The least effort any one step can cost: the least of the table, its indicators' included (a count or yandas step costs a multiple). */
export function leastEffort(efforts: EffortTable): number {
  const own = Object.values(efforts.indicators ?? {}).flatMap((e) => [e.evidence, ...(isObject(e.tierUp) ? Object.values(e.tierUp) : [e.tierUp])]);
  return Math.min(...EFFORT_KEYS.map((k) => efforts[k]), ...(own.filter((v) => v !== undefined) as number[]));
}
