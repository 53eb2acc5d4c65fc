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
}

/**
 * The effort of each kind of step when the caller gives none (`PlanOptions.efforts`, the Pengaturan sheet's `Upaya …`
 * rows): relative units a plan adds up, an accepted evidence counting 1.
 */
export const DEFAULT_EFFORTS: Readonly<EffortTable> = Object.freeze({
  evidence: 1,
  count: 2,
  newInnovation: 10,
  yandas: 10,
  tierUp: 3,
  spdTierUp: 5,
  withhold: 1,
});

/** The kinds of step an effort table prices, in the order the defaults list them. */
export const EFFORT_KEYS: readonly (keyof EffortTable)[] = Object.freeze(Object.keys(DEFAULT_EFFORTS) as (keyof EffortTable)[]);

/** The defaults with `over` applied. Throws a RangeError naming the key when an effort is not a positive number. */
export function resolveEfforts(over: Partial<EffortTable> = {}): EffortTable {
  const out = { ...DEFAULT_EFFORTS };
  for (const key of EFFORT_KEYS) {
    const v = over[key];
    if (v === undefined) continue;
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) {
      throw new RangeError(`efforts.${key}: harus bilangan lebih dari 0 / must be a number above 0 (given ${String(v)})`);
    }
    out[key] = v;
  }
  return out;
}
