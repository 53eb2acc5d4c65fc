import type { Edition, Band } from "../model/edition.js";
import type { Text } from "../model/index.js";
import type { PredicateResult, RegionProjection, RegionResult } from "../engine/result.js";
import { lowestIndexIn, toPredicate } from "../engine/predicate.js";
import { roundHalfUp } from "../engine/_round.js";
import { normaliseText } from "../engine/_text.js";
import { evidenceLoss } from "./evidence-loss.js";
import { regionKey } from "./_region-key.js";
import { type RecapLack, largestGaps } from "./lacks.js";
import type { RegionInput } from "../input/schemas.js";
import { planRegion } from "../plan/plan.js";
import { describeAction } from "../plan/messages.js";
import type { ActionKind, PlanOptions, PlanStatus } from "../plan/types.js";

/** One scored region for the recap: the edition it was scored with travels with it. */
export interface RecapEntry {
  id: string;
  result: RegionResult;
  edition: Edition;
  /**
   * The region's input, the one `result` was scored from: with it, a region below the target gets a plan (`planRegion`,
   * started from `result` rather than scoring the region again) as well as its largest gaps.
   */
  input?: RegionInput;
  /** Options for that plan (efforts from the workbook, a projection …); the target is the recap's. */
  planOptions?: Omit<PlanOptions, "target">;
}

/** The planner's cheapest path to the target, in short (the full plan: `planRegion` on the same input). */
export interface RecapPlanSummary {
  /** What the plan aims at: the recap's target when one was named, else the next predicate up (the planner's default). */
  target: { predicate: PredicateResult | null; index: number } | null;
  /**
   * `reached`: the steps reach the target; `out_of_reach`: they stop short (every step that adds points is taken);
   * `action_limit`: the plan stopped at its step limit (`planOptions.maxActions`) before the target.
   */
  status: PlanStatus;
  steps: number;
  /** Σ effort of the steps (the planner's effort table). */
  effort: number;
  end: { index: number | null; predicate: PredicateResult | null };
  /** The first steps (at most 3): what to do first, its exact gain in index points and the index after it. */
  first: { kind: ActionKind; text: Text; gain: number; indexAfter: number }[];
}

/** The target a region is measured against: a band's lowest index. */
export interface RecapTarget {
  band: PredicateResult;
  index: number;
}

/** Another reading of what a region below its target lacks, replacing {@link largestGaps} (e.g. weighted by effort). */
export type RecapPlanner = (result: RegionResult, edition: Edition, target: RecapTarget) => RecapLack[];

export interface RecapOptions {
  /** The predicate every region should reach: a band id or label (`"sangat-inovatif"`, `"Sangat Inovatif"`); default the edition's top band. */
  target?: string;
  /** Gaps listed per region below the target (default 3). */
  lacksLimit?: number;
  /** See {@link RecapPlanner}. */
  planner?: RecapPlanner;
}

/** Figures of one projection, rounded to the edition's decimals (index as the engine rounds it). */
export interface RecapFigures {
  index: number | null;
  predicate: PredicateResult | null;
  spd: number | null;
  sid: number | null;
  total: number | null;
  /** Innovations whose score counts. */
  counted: number;
}

export interface RecapRow {
  id: string;
  region: RegionResult["region"];
  edition: { id: string; year: number; caveat: Text | null };
  claimed: RecapFigures;
  verified: RecapFigures;
  innovations: number;
  yandasMet: { claimed: boolean | null; verified: boolean | null };
  /** Agencies that do not comply with a compliance rule (counted once even when several rules apply), by name. */
  nonCompliant: string[];
  /** Listed agencies with no innovation at all. */
  agenciesWithout: string[];
  /** Evidence not accepted: answers affected and points of the total it costs (see `evidenceLoss`), rounded. */
  evidenceGap: { count: number; points: number | null; index: number | null };
  /**
   * 1 = highest verified index among regions scored with the same edition, of the same assessment year and the same
   * kind (a province's own workbook apart from its kab/kota); ties share a rank; null = no index.
   */
  rank: number | null;
  /** The target, and whether the verified index reaches it; null when the edition has no such band. */
  target: (RecapTarget & { met: boolean; indexNeeded: number | null; pointsNeeded: number | null }) | null;
  /** For a region below its target: what it lacks most, largest first. Empty otherwise. */
  lacks: RecapLack[];
  /**
   * For a region below its target whose input was given: the planner's cheapest path (`planRegion`) to the named
   * target, or — when the recap's target is the default — to the next predicate up.
   */
  plan: RecapPlanSummary | null;
}

export interface RecapDistributionRow {
  /** Null for regions with no predicate (an index the edition cannot compute). */
  predicate: PredicateResult | null;
  claimed: number;
  verified: number;
}

export interface Recap {
  /** One row per region, by edition (in order of first appearance), then rank, then name. */
  regions: RecapRow[];
  /** Regions per predicate, claimed and verified, top band first; every band of the editions used appears. */
  distribution: RecapDistributionRow[];
  editions: { id: string; year: number; caveat: Text | null; regions: number }[];
  /** Regions were scored with more than one edition: ranks are within each edition, never across. */
  mixedEditions: boolean;
  /**
   * The same region and year given more than once (e.g. a workbook and its re-sent copy), recognised however the name
   * is spelt ("Kab. Malang" = "Kabupaten Malang", see `regionKey`): each is still a row. `names`: every spelling used.
   */
  duplicates: { name: string; year: number; ids: string[]; names: string[] }[];
  /** Assessment years of the regions, the most common first. More than one: ranks are within each year. */
  years: { year: number; regions: number; ids: string[] }[];
  /** Regions of more than one assessment year (e.g. last year's file among this year's): ranks never cross years. */
  mixedYears: boolean;
  /** Province-level workbooks among kab/kota ones (the province's own file): ranked apart from the kab/kota. */
  provinces: string[];
}

/**
 * The recap over many scored regions: one row per region (claimed and verified index and predicate, SPD, SID,
 * innovations counted, yandas, non-complying agencies, evidence gap), ranks, the predicate distribution, and for every
 * region below the target what it lacks most. JSON-serialisable; pure.
 *
 * @example
 * const outcomes = scoreRegions(sources);
 * const recap = recapRegions(outcomes.filter((o) => o.ok));
 * recap.regions[0].rank          //=> 1
 * recap.distribution[0].predicate //=> { id: "sangat-inovatif", label: { id: "Sangat Inovatif", … } }
 */
export function recapRegions(entries: readonly RecapEntry[], options: RecapOptions = {}): Recap {
  const rows = entries.map((e) => row(e, options));
  const editionOrder: string[] = [];
  for (const e of entries) if (!editionOrder.includes(e.edition.id)) editionOrder.push(e.edition.id);
  const years = yearsOf(rows);
  const yearOrder = years.map((y) => y.year);
  const kabKota = rows.some((r) => r.region.level !== "provinsi");
  const apart = (r: RecapRow) => (kabKota && r.region.level === "provinsi" ? 1 : 0);
  // ranks within one edition, one assessment year, and one kind (the province's own workbook is not a kab/kota)
  const groups = new Map<string, RecapRow[]>();
  for (const r of rows) {
    const key = `${r.edition.id}\u0000${r.region.year}\u0000${apart(r)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const g of groups.values()) rankWithin(g);
  rows.sort(
    (a, b) =>
      editionOrder.indexOf(a.edition.id) - editionOrder.indexOf(b.edition.id) ||
      yearOrder.indexOf(a.region.year) - yearOrder.indexOf(b.region.year) ||
      apart(a) - apart(b) ||
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      a.region.name.localeCompare(b.region.name, "id") ||
      a.id.localeCompare(b.id),
  );
  return {
    regions: rows,
    distribution: distribution(entries),
    editions: editionOrder.map((id) => {
      const e = entries.find((x) => x.edition.id === id)!.edition;
      return { id, year: e.year, caveat: e.caveat ?? null, regions: rows.filter((r) => r.edition.id === id).length };
    }),
    mixedEditions: editionOrder.length > 1,
    duplicates: duplicates(entries),
    years,
    mixedYears: years.length > 1,
    provinces: rows.filter((r) => apart(r) === 1).map((r) => r.id),
  };
}

function row(e: RecapEntry, options: RecapOptions): RecapRow {
  const { result, edition } = e;
  const decimals = edition.formula.rounding.decimals;
  const r = (v: number | null) => (v === null ? null : roundHalfUp(v, decimals));
  const figures = (p: RegionProjection): RecapFigures => ({
    index: p.index,
    predicate: p.predicate,
    spd: r(p.spd.score),
    sid: r(p.sid.score),
    total: r(p.total),
    counted: p.sid.counted,
  });
  const nonCompliant: string[] = [];
  for (const rule of result.compliance.rules) for (const a of rule.agencies) if (!a.complies && !nonCompliant.includes(a.agency)) nonCompliant.push(a.agency);
  const loss = evidenceLoss(result);
  const maxTotal = result.verified.maxTotal;
  const band = targetBand(edition, options.target);
  let target: RecapRow["target"] = null;
  let lacks: RecapLack[] = [];
  let plan: RecapPlanSummary | null = null;
  if (band) {
    const t: RecapTarget = { band: toPredicate(band), index: lowestIndexIn(band, decimals) };
    const v = result.verified;
    const met = v.index !== null && result.region.reported && v.index >= t.index;
    const known = v.index !== null && v.total !== null && maxTotal !== null;
    target = {
      ...t,
      met,
      indexNeeded: !known || met ? (known ? 0 : null) : roundHalfUp(t.index - v.index!, decimals),
      pointsNeeded: !known || met ? (known ? 0 : null) : roundHalfUp((t.index * maxTotal!) / 100 - v.total!, decimals),
    };
    if (!met) {
      lacks = options.planner ? options.planner(result, edition, t) : largestGaps(result, edition, options.lacksLimit ?? 3);
      // towards the named target; by default one predicate up — the next thing to reach, and a short plan (planning a
      // "Kurang Inovatif" region to the top band takes a thousand steps and seconds)
      if (e.input && result.region.reported) plan = planSummary(e.input, edition, options.target === undefined ? undefined : band.id, { ...e.planOptions, result });
    }
  }
  return {
    id: e.id,
    region: result.region,
    edition: { id: edition.id, year: edition.year, caveat: edition.caveat ?? null },
    claimed: figures(result.claimed),
    verified: figures(result.verified),
    innovations: result.innovations.length,
    yandasMet: { claimed: result.yandas.claimed.met, verified: result.yandas.verified.met },
    nonCompliant,
    agenciesWithout: result.compliance.agenciesWithout,
    evidenceGap: {
      count: loss.count,
      points: r(loss.points),
      index: loss.points === null || maxTotal === null || maxTotal === 0 ? null : roundHalfUp((loss.points / maxTotal) * 100, decimals),
    },
    rank: null,
    target,
    lacks,
    plan,
  };
}

/** Steps a recap's plan takes at most unless `planOptions.maxActions` says otherwise. */
export const RECAP_MAX_ACTIONS = 1000;

function planSummary(input: RegionInput, edition: Edition, band: string | undefined, options: Omit<PlanOptions, "target">): RecapPlanSummary {
  // A recap shows how far each region is (steps, effort, end index), not the step list, so it allows longer plans
  // than planRegion's default; a region of thousands of innovations still stops at this limit and says so.
  const p = planRegion(input, edition, { maxActions: RECAP_MAX_ACTIONS, ...options, ...(band ? { target: { predicate: band } } : {}) });
  return {
    target: p.target,
    status: p.status,
    steps: p.actions.length,
    effort: p.totalEffort,
    end: p.end,
    first: p.actions.slice(0, 3).map((a) => ({
      kind: a.kind,
      text: { id: describeAction(a, "id"), en: describeAction(a, "en") },
      gain: roundHalfUp(a.gain, edition.formula.rounding.decimals),
      indexAfter: a.indexAfter,
    })),
  };
}

/** The band named by id or label (compared ignoring case and spaces), or the edition's top band. */
export function targetBand(edition: Edition, name: string | undefined): Band | undefined {
  if (name === undefined) return topFirst(edition.bands)[0];
  const want = normaliseText(name);
  return edition.bands.find((b) => [b.id, b.label.id, b.label.en].some((x) => normaliseText(x) === want));
}

/** Bands from the top down (by lower end; at the same value an open end lies above a closed one: 0 < x before x = 0). */
function topFirst(bands: readonly Band[]): Band[] {
  return [...bands].sort((a, b) => b.min.value - a.min.value || Number(a.min.inclusive) - Number(b.min.inclusive));
}

/** Competition ranking by verified index (1, 2, 2, 4); regions without an index get none. */
function rankWithin(rows: RecapRow[]): void {
  const ranked = rows.filter((r) => r.verified.index !== null).sort((a, b) => b.verified.index! - a.verified.index!);
  ranked.forEach((r, i) => {
    const prev = ranked[i - 1];
    r.rank = prev && prev.verified.index === r.verified.index ? prev.rank : i + 1;
  });
}

function distribution(entries: readonly RecapEntry[]): RecapDistributionRow[] {
  const out: RecapDistributionRow[] = [];
  for (const e of entries) {
    for (const b of topFirst(e.edition.bands)) {
      if (!out.some((d) => d.predicate?.id === b.id)) out.push({ predicate: toPredicate(b), claimed: 0, verified: 0 });
    }
  }
  const none: RecapDistributionRow = { predicate: null, claimed: 0, verified: 0 };
  for (const { result } of entries) {
    for (const p of ["claimed", "verified"] as const) {
      const id = result[p].predicate?.id;
      const d = out.find((x) => x.predicate !== null && x.predicate.id === id) ?? none;
      d[p]++;
    }
  }
  return none.claimed + none.verified > 0 ? [...out, none] : out;
}

/** Years by the number of regions (most first; equal counts: later year first), each with its regions' ids. */
function yearsOf(rows: readonly RecapRow[]): Recap["years"] {
  const by = new Map<number, string[]>();
  for (const r of rows) by.set(r.region.year, [...(by.get(r.region.year) ?? []), r.id]);
  return [...by].map(([year, ids]) => ({ year, regions: ids.length, ids })).sort((a, b) => b.regions - a.regions || b.year - a.year);
}

function duplicates(entries: readonly RecapEntry[]): Recap["duplicates"] {
  const groups = new Map<string, Recap["duplicates"][number]>();
  for (const e of entries) {
    const { region } = e.result;
    const key = `${regionKey(region)}\u0000${region.year}`;
    const g = groups.get(key) ?? { name: region.name, year: region.year, ids: [], names: [] };
    g.ids.push(e.id);
    if (!g.names.includes(region.name)) g.names.push(region.name);
    groups.set(key, g);
  }
  return [...groups.values()].filter((g) => g.ids.length > 1);
}
