import type { Edition, Band } from "../model/edition.js";
import type { Text } from "../model/index.js";
import type { PredicateResult, RegionProjection, RegionResult, TargetOutcome } from "../engine/result.js";
import { lowestIndexIn, toPredicate } from "../engine/predicate.js";
import { bandPosition, knownEnd } from "../model/band.js";
import { roundHalfUp } from "../engine/_round.js";
import { normaliseText } from "../engine/_text.js";
import { similarity } from "../engine/urusan.js";
import { evidenceLoss } from "./evidence-loss.js";
import { bareRegionName, regionKey } from "./_region-key.js";
import { type RecapLack, largestGaps } from "./lacks.js";
import type { RegionInput, RegionLevel } from "../input/schemas.js";
import { planRegion } from "../plan/plan.js";
import { agenciesWithoutInYear } from "../plan/agencies-without.js";
import { describeAction, printedGain } from "../plan/messages.js";
import type { ActionKind, PlanOptions, PlanReason, PlanStatus, PlanTarget } from "../plan/types.js";
import { bandsUp, isTargetBand, parsePlanTarget, reaches, targetValue } from "../plan/target.js";
import { exactIndex } from "../plan/state.js";
import type { Issue } from "../issues.js";
import { type NotScored, type UnknownTarget, givenTarget, splitEntries, unknownTarget } from "./_entries.js";
import { knownKeys, optionsObject } from "../_known-keys.js";

/** One scored region for the recap: the edition it was scored with travels with it. */
export interface RecapEntry {
  id: string;
  result: RegionResult;
  edition: Edition;
  /**
   * The region's input, the one `result` was scored from: with it, a region below the target gets a plan (`planRegion`,
   * started from `result` rather than scoring the region again) as well as its largest gaps, and its agencies without an
   * innovation are counted in the compliance rules' year (`RecapRow.agenciesWithout`).
   */
  input?: RegionInput;
  /** Options for that plan (efforts from the workbook, a projection …); the target is the recap's. */
  planOptions?: Omit<PlanOptions, "target">;
  /** Where the region's name is written, for the reader (a workbook gives `Pengaturan!B2`). */
  regionAt?: string;
  /**
   * When the file was last saved (ISO 8601): the workbook's own date (its document properties, which Excel sets on
   * save) and the file's modification time. Decides which of two copies of one region is the newer (see `duplicates`).
   */
  saved?: { workbook?: string | null; file?: string | null };
  /**
   * What makes the region's figures not yet trustworthy (its row's `flaws`): errors in its file (values the reader could
   * not take count as unanswered, so the index is too low), parts of it missing (`missing`: sheets — a workbook without
   * its SPD sheet scores SPD 0), and columns missing whose absence the score assumed empty for every row (`columns`, by
   * their header as the template names them: without "Jumlah Kata Rancang Bangun" no innovation counts in the verified
   * projection). Such a region is not ranked. Omitted or all zero/empty: none. `leftOut`: of `errors`, those on
   * innovation rows an error left out of the input (a workbook's row without its Nama, Perangkat Daerah, Urusan or
   * Tahapan): such rows are in no count, so a count target the rows read reach is met all the same (`countTargetMet`).
   */
  flaws?: { errors: number; missing: string[]; columns?: string[]; leftOut?: number; kinds?: RecapErrorKind[] };
}

/**
 * Errors of one kind in a region's file (`RecapEntry.flaws.kinds`, most first): the sheet and column they are in, the
 * issue's code and how many — what keeps the region unranked, so the province can tell the kab/kota what to fix.
 */
export interface RecapErrorKind {
  sheet: string;
  field?: string;
  code: string;
  count: number;
  /** The first such error's message, as the file's reader gave it (where, what was typed, what to write instead). */
  example?: string;
}

/** A region the province expects a file from (its list of kab/kota), and where the list names it. */
export interface ExpectedRegion {
  name: string;
  level: RegionLevel;
  /**
   * Where the list names it, for the reader: a sheet's cell (`daftar.xlsx Daftar!A4`), or a text file's line in both
   * languages (`{ id: "daftar-daerah.txt baris 4", en: "daftar-daerah.txt line 4" }`), so each text names it in its own.
   */
  at?: string | Text;
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
  /** Why the plan has no step or stops short (`Plan.reason`'s code: `region_not_reported`, `no_more_gain` …); null when it reaches the target. */
  reason?: PlanReason["code"] | null;
  steps: number;
  /** Σ effort of the steps (the planner's effort table). */
  effort: number;
  end: { index: number | null; predicate: PredicateResult | null };
  /**
   * The first steps (at most 3): what to do first, its gain in index points as `inovasi plan` prints it (`printedGain`:
   * the printed index after the step minus the printed index before it, so 39.35 → 39.83 is +0.48 where the exact gain
   * 0.4853 would round to 0.49; a gain that moves no printed index is its exact gain capped at a quarter unit, under
   * 0.005, printed "+<0,01") and the index after it.
   */
  first: { kind: ActionKind; text: Text; gain: number; indexAfter: number }[];
}

/** The target a region is measured against: a band's lowest index, or an index named (`band` null: `rekap --target 60`). */
export interface RecapTarget {
  band: PredicateResult | null;
  index: number;
}

/** Another reading of what a region below its target lacks, replacing {@link largestGaps} (e.g. weighted by effort). */
export type RecapPlanner = (result: RegionResult, edition: Edition, target: RecapTarget) => RecapLack[];

/**
 * How {@link recapRegions} recaps: the target predicate, how many gaps per region, another planner, the province's
 * list of regions.
 */
export interface RecapOptions {
  /**
   * What every region should reach, as `planRegion` takes a target: a text in the forms `parsePlanTarget` reads — a
   * predicate by band id or label (`"sangat-inovatif"`, `"Sangat Inovatif"`) or an index above 0 up to 100 (`"60"`,
   * `"60,5"`, as `inovasi rekap --target` passes what was typed) —, an index as a number (`60`, the same as
   * `{ index: 60 }`), or `{ predicate: "inovatif" }`. Default: each region's next predicate up from its verified one
   * (the one `inovasi plan` aims at; a region in the top band is measured against that band, met). The band of regions
   * that cannot be assessed (index 0, "Tidak Dapat Dinilai") is no target (`unknownTarget`); an index outside (0, 100]
   * is refused (RangeError), as `planRegion` refuses it.
   */
  target?: PlanTarget | number | string | undefined;
  /** Gaps listed per region below the target (default 3). */
  lacksLimit?: number | undefined;
  /** See {@link RecapPlanner}. */
  planner?: RecapPlanner | undefined;
  /**
   * The regions the province expects (its list of kab/kota): the recap then names every one with no file of the main
   * assessment year (`expected.missing`) and every file whose region is not on the list (`expected.notListed`), each
   * region matched however it is spelt (`regionKey`). A file whose region is on it is named as the list spells it
   * (`RecapRow.region.name`, `duplicates[].name`; the file's spelling in `RecapRow.nameInFile`).
   */
  expected?: readonly ExpectedRegion[] | undefined;
  /**
   * The assessment year to recap (a province recapping 2025 while some kab/kota already sent 2026 files). Files of
   * other years are then no row, no rank and not counted; they are named in `Recap.outsideYear`. Default: every file is
   * a row, ranks within each year, and the main year is the most common one.
   */
  year?: number | undefined;
  /**
   * The recap is last year's, to be compared with a recap of this year (`compareRecaps`): its main year (`Recap.year`)
   * is the most common year *before* this one (equal counts: the later), however many files of this year or later it
   * holds — a 2026 file among last year's 2025 ones does not make 2026 "last year". Every file stays a row, ranked
   * within its year, as without it. No file of an earlier year: the most common year, as without it (the caller says
   * that no earlier year was given). Not with `year` (the year asked for decides).
   */
  yearBefore?: number | undefined;
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

/** One region of a recap: its figures claimed and verified, rank, yandas, compliance, gaps and plan summary. */
export interface RecapRow {
  id: string;
  /**
   * The region as its file names it, except its name when the province's list (`RecapOptions.expected`) has the region
   * (`regionKey`: "KABUPATEN  RAWA CONTOH" and "Kab. Rawa Contoh" are the list's "Kabupaten Rawa Contoh"): then the
   * list's spelling, the one the province publishes, so every output names a region one way whatever its file typed.
   */
  region: RegionResult["region"];
  /** The name as the file typed it (Nama Daerah), when the list spells the region otherwise (`region.name` is the list's). */
  nameInFile?: string;
  /**
   * The edition scored with; `decimals`: its index's (`formula.rounding.decimals`), at which the recap prints this
   * row's index, its shortfall to the target and its plan's gains (a recap may mix editions: each row carries its own).
   */
  edition: { id: string; year: number; caveat: Text | null; decimals: number };
  claimed: RecapFigures;
  verified: RecapFigures;
  innovations: number;
  yandasMet: { claimed: boolean | null; verified: boolean | null };
  /** False when the edition does not apply the yandas rule (`requiresYandas: false`): `yandasMet` then costs nothing. */
  yandasApplies: boolean;
  /** Agencies that do not comply with a compliance rule (counted once even when several rules apply), by name. */
  nonCompliant: string[];
  /**
   * The rules (ids) that cover no listed agency (an empty list, none of their types): not judged, so an empty
   * `nonCompliant` does not mean every agency complies (audit27 C2). Absent when every rule was judged.
   */
  notJudged?: string[];
  /**
   * "Perangkat daerah tanpa inovasi": the listed agencies with no innovation of the compliance rules' year
   * (`agenciesWithoutInYear`, as the plan, the Ringkasan sheet and `inovasi score --json` list them: an agency whose only
   * innovation is of another year is listed, as the rules count it short), in list order. Without the entry's `input`
   * the year of an innovation is not known: then the engine's list, agencies no innovation of any year names.
   */
  agenciesWithout: string[];
  /** Evidence not accepted: answers affected and points of the total it costs (see `evidenceLoss`), rounded. */
  evidenceGap: { count: number; points: number | null; index: number | null };
  /**
   * 1 = highest verified index among regions scored with the same edition, of the same assessment year and the same
   * kind (a province's own workbook apart from its kab/kota); ties share a rank; null = not ranked, and the ranks are
   * among the others: no index (unknown to the edition), the region did not report (`region.reported` false: it has no
   * index to compare, and ranked last it would read as assessed), or its figures have `flaws` (a rank from a file with
   * errors would be published wrong, and would push the regions it wrongly passes or trails), or it is one of two
   * copies of one region that no saved date tells apart (`Recap.duplicates`, `kept` null).
   */
  rank: number | null;
  /** `RecapEntry.flaws` when there are any (errors, missing parts such as the SPD sheet or a column): not ranked. Null: none. */
  flaws: { errors: number; missing: string[]; columns: string[]; kinds?: RecapErrorKind[] } | null;
  /**
   * The region's targets of a number of innovations (`compliance.targets`, as its scoring checked them: the workbook's
   * own "Target Jumlah Inovasi", the edition's or the province model's), each with the innovations counted towards it
   * and whether it is met; empty when none applies. Not `target` (an index or predicate the plan aims at). On a row
   * with `flaws` the count is kept as read, and `met` is decided by {@link countTargetMet}: true when the rows read
   * reach it and every error is on a row left out (rows left out can only add to the count), else null — errors in the
   * file may have left innovation rows out of it (a row without its Tahapan is not in the input) or changed what was
   * counted (a refused Tahun is counted in the assessment year), so whether the region met it is unknown.
   */
  countTargets: (Omit<TargetOutcome, "met"> & { met: boolean | null })[];
  /**
   * The target (the one named, else the region's next predicate up: see `RecapOptions.target`; the plan aims at the
   * same one), and whether the verified index reaches it, as the plan decides it (`reaches`: a band on the value its
   * predicate is looked up on, so `met` never disagrees with the row's predicate) — `met` null when the index is
   * unknown (the edition cannot compute it) or its row has `flaws` (the index is the file's, not yet the region's: a
   * missing SPD sheet scored 0, a missing column taken as empty): such a region is neither below nor at the target;
   * null when the edition has no such band. `indexNeeded`/`pointsNeeded` are null then too, and when the region did
   * not report (it is below, by how much is unknown until it reports).
   */
  target: (RecapTarget & { met: boolean | null; indexNeeded: number | null; pointsNeeded: number | null }) | null;
  /**
   * For a region below its target (or whose index is unknown, or has `flaws`): what it lacks most, largest first. Empty
   * otherwise. On a row with `flaws` read from the file's figures, as `plan` is: the recap's sheet and table show
   * neither until the file is fixed.
   */
  lacks: RecapLack[];
  /**
   * For a region below its target whose input was given: the planner's cheapest path (`planRegion`) to the named
   * target, or — when the recap's target is the default — to the next predicate up.
   */
  plan: RecapPlanSummary | null;
}

/**
 * One predicate of a recap's distribution: how many regions reach it, claimed and verified. Editions' bands are one
 * predicate when they have the same id and the same label (both languages); see `Recap.distribution`.
 */
export interface RecapDistributionRow {
  /** Null for regions with no predicate: see `unknown`. */
  predicate: PredicateResult | null;
  /**
   * Why a row has no predicate (absent on a predicate's row): `index`, the edition cannot compute the index ("tanpa
   * predikat"); `band`, the index is known but an unknown band threshold decides its predicate (`predicate_unknown`:
   * the predicate is not guessed, "predikat belum diketahui"). Each is a row of its own, after the predicates.
   */
  unknown?: "index" | "band";
  /**
   * Set on the index-0 band ("Tidak Dapat Dinilai": where a region that did not report stands, `isTargetBand` false):
   * a place of its own, below every band a region is assessed in (`compareRecaps` lines the two years' bands up without it).
   */
  zero?: true;
  claimed: number;
  verified: number;
  /**
   * The editions (ids, in order of first appearance) whose band this is — for the row without a predicate, those of
   * the regions counted there. Two rows with one label (a province's band `b` "Inovatif" beside iid-2026's `inovatif`)
   * are told apart by it.
   */
  editions: string[];
}

/**
 * The province in one line: the regions the distribution counts (this year's kab/kota; `Recap.outsideDistribution`
 * apart), how many reported and how many are ranked, their innovations, the average verified index, and the regions
 * and agencies without an innovation. Per predicate: the distribution's `verified` counts (the same regions).
 */
export interface RecapTotals {
  /** Regions counted (rows not in `outsideDistribution`). */
  regions: number;
  /** Of them, those that reported (`region.reported`). */
  reported: number;
  /** Of them, those ranked (`rank` not null): the regions the average is over. */
  ranked: number;
  /**
   * Of them, those not ranked and so not averaged, each once: the index unknown (the edition cannot compute it), else
   * flaws in the file (`RecapRow.flaws`: figures not to be trusted yet), else not reported (index 0 by the rules, not a
   * measured 0).
   */
  unranked: { indexUnknown: number; flawed: number; notReported: number };
  /**
   * Innovations in the regions' workbooks and those whose score counts (verified), both over the regions whose figures
   * are valid (`flaws` null: a file with errors is in no figure read from it, as in no rank), so "637 inovasi, 514
   * dihitung" are of the same regions (audit36: 2,737 held an unranked file's 2,100 beside 514 without them);
   * `flawed`: the innovations in the files left out for their flaws (`unranked.flawed` regions), said apart.
   */
  innovations: { reported: number; counted: number; flawed: number };
  /**
   * Mean of the ranked regions' verified indices (as the rows hold them), rounded half-up to their edition's decimals;
   * null when no region is ranked, or the ranked ones were scored with more than one edition (indices of different
   * models are not averaged, as they are not ranked together).
   */
  averageIndex: number | null;
  /** Regions (ids) whose workbook holds no innovation, those that did not report among them; of the regions whose figures are valid. */
  withoutInnovation: string[];
  /**
   * Agencies without an innovation in the compliance rules' year, summed over the regions whose figures are valid (each
   * region's `RecapRow.agenciesWithout`; a file with flaws may have left rows out, audit36).
   */
  agenciesWithout: number;
}

/**
 * What {@link recapRegions} gives: one row per region, the distribution over predicates, the editions and years
 * used, duplicate files, and the province's list against the files (when given).
 */
export interface Recap {
  /**
   * The target every row is measured against: the one named (`RecapOptions.target`: a text as given, an index as its
   * number — `60` and `{ index: 60 }` give 60 —, a predicate object as its name), or null — each region's next
   * predicate up (its row's `target` names it).
   */
  target: string | number | null;
  /** One row per region, by edition (in order of first appearance), then rank, then name. */
  regions: RecapRow[];
  /**
   * Regions per predicate, claimed and verified, top band first; every band of the editions used appears. Bands of
   * different editions are one row only when they are the same predicate (the same id and label in both languages; the
   * range may differ, as iid-2023's and iid-2026's "Inovatif"), else rows of their own in band order. Counts the
   * regions of the main assessment year (the most common), kab/kota: a file of another year or the province's own
   * workbook among its kab/kota is not counted (named in `outsideDistribution`), as ranks never mix them either. A
   * region whose figures are not valid yet (`flaws`) is not counted either (its bands are listed): the same rule as
   * its rank, the average and the innovations counted (`totals.unranked.flawed` says how many).
   */
  distribution: RecapDistributionRow[];
  /**
   * Regions given that could not be scored (`scoreRegions`' outcomes with `ok: false`), with the issues that stopped
   * them, in the order given: no row, no rank, not counted.
   */
  notScored: { id: string; issues: Issue[] }[];
  /**
   * The target named (`RecapOptions.target`) is not a predicate of some edition used (a misspelling, or a predicate
   * only another edition has): that edition's rows have `target: null` and no plan. Each such edition with its
   * predicates and the one most likely meant. Null when no target was named or every edition has it.
   */
  unknownTarget: UnknownTarget | null;
  /**
   * Rows not counted in the distribution nor in `totals`: of another assessment year, the province's own workbook, or
   * a copy of a region that no saved date tells from another (`duplicates` with `kept` null: neither copy is counted).
   */
  outsideDistribution: string[];
  /** The province in one line, over the regions the distribution counts (see {@link RecapTotals}). */
  totals: RecapTotals;
  editions: { id: string; year: number; caveat: Text | null; regions: number }[];
  /** Regions were scored with more than one edition: ranks are within each edition, never across. */
  mixedEditions: boolean;
  /**
   * The same region and year given more than once (e.g. a workbook and its re-sent copy), recognised however the name
   * is spelt ("Kab. Malang" = "Kabupaten Malang", see `regionKey`). `name`: the first copy's, or the list's spelling
   * when the region is on it (`RecapOptions.expected`); `names`: every spelling the files used. The newest copy
   * (`kept`, by the workbooks' own saved dates, else the files' times; see `RecapEntry.saved`) is the region's row;
   * the others (`left`) are no row, no rank, not counted. When no date tells them apart but the copies hold the same
   * (`by` "content": the same edition, the same input when every copy carries one, and the same result), the one with
   * the shortest id is kept: which one counts changes no figure. Otherwise `kept` is null: each copy stays a row, none
   * is ranked or counted (`outsideDistribution`; the region is never counted twice) until one is left out. `saved`:
   * the date that decided (or failed to), per id (null when unknown).
   */
  duplicates: {
    name: string;
    year: number;
    ids: string[];
    names: string[];
    kept: string | null;
    left: string[];
    by: "workbook" | "file" | "content" | null;
    saved: Record<string, string | null>;
    /**
     * When the files' times decided (`by` "file"): why the workbooks' own saved dates did not — `tie`, every copy has
     * one and the latest is shared (that date); `missing`, the copies without one. File times change when a file is
     * copied (e-mail, USB), so the note says so and which date decided (audit36).
     */
    workbookDates?: { tie: string } | { missing: string[] };
  }[];
  /**
   * Assessment years of the regions, the main one (`year`) first, then by count. More than one: ranks are within each
   * year. The main year is the most common, or with `RecapOptions.yearBefore` the most common earlier one.
   */
  years: { year: number; regions: number; ids: string[] }[];
  /** Regions of more than one assessment year (e.g. last year's file among this year's): ranks never cross years. */
  mixedYears: boolean;
  /**
   * The recap's assessment year: the one asked for (`RecapOptions.year`), else the most common (before
   * `RecapOptions.yearBefore` when given and there is one); null with no region.
   * The distribution, the below-target count and the list's check are of this year.
   */
  year: number | null;
  /** Files of another year than the one asked for (`RecapOptions.year`): scored, but no row; empty without `year`. */
  outsideYear: { id: string; year: number }[];
  /** Province-level workbooks among kab/kota ones (the province's own file): ranked apart from the kab/kota. */
  provinces: string[];
  /**
   * Against the province's list (`RecapOptions.expected`; null without one), for the main assessment year (`year`, the
   * most common): listed regions with no file of that year (`otherYears`: their files of other years), and scored
   * regions not on the list (a province-level workbook is not, unless the list has provinces), with where each is named.
   */
  expected: {
    year: number;
    listed: number;
    missing: (ExpectedRegion & { otherYears: string[] })[];
    /**
     * `near`: a missing listed region whose name is a typo away (a misspelt name in the workbook, or in the list), or
     * the same name at another level (the workbook's level picked wrong; `near.level` then differs).
     */
    notListed: { id: string; name: string; level: string; at: string | null; near: ExpectedRegion | null }[];
  } | null;
}

/** Every key of `RecapOptions`: a misspelt one (`targt`) is refused, not read as never given. */
const RECAP_OPTIONS = ["target", "lacksLimit", "planner", "expected", "year", "yearBefore"];

/**
 * The recap over many scored regions: one row per region (claimed and verified index and predicate, SPD, SID,
 * innovations counted, yandas, non-complying agencies, evidence gap), ranks, the predicate distribution, and for every
 * region below the target what it lacks most. JSON-serialisable; pure.
 *
 * @example
 * const outcomes = scoreRegions(sources);
 * const recap = recapRegions(outcomes); // a region that could not be scored is named in recap.notScored
 * recap.regions[0].rank          //=> 1
 * recap.distribution[0].predicate //=> { id: "sangat-inovatif", label: { id: "Sangat Inovatif", … } }
 * // one index for every region, as planRegion takes a target: 60, { index: 60 } or "60" (what rekap --target 60 passes)
 * recapRegions(outcomes, { target: 60 }).regions[0].target //=> { band: null, index: 60, met: false, indexNeeded: 9.95, … }
 */
export function recapRegions(given: readonly (RecapEntry | NotScored)[], options: RecapOptions = {}): Recap {
  const { scored: all, notScored } = splitEntries(given);
  optionsObject(options, "recapRegions", "{ target, year, expected, … }");
  knownKeys(options, RECAP_OPTIONS, "recapRegions: options");
  // one form from here on: a text as given, or an index (60, { index: 60 }) as its number
  const aim = givenTarget(options.target);
  // a year asked for: the files of other years are named, not rows (a province recapping 2025 among early 2026 files)
  const asked = options.year;
  const ofYear = asked === undefined ? all : all.filter((e) => e.result.region.year === asked);
  const outsideYear = asked === undefined ? [] : all.filter((e) => e.result.region.year !== asked).map((e) => ({ id: e.id, year: e.result.region.year }));
  // a region given twice: the newer copy is its row; the older one is named (in duplicates), not ranked or counted
  // the province's list names a region one way: a file matched to it is named as the list spells it (audit34)
  const listed = options.expected ? new Map(options.expected.map((x) => [regionKey(x), x.name])) : undefined;
  const dups = duplicates(ofYear, listed);
  const left = new Set(dups.flatMap((d) => d.left));
  const entries = ofYear.filter((e) => !left.has(e.id));
  const rows = entries.map((e) => row(e, { ...options, target: aim }, listed?.get(regionKey(e.result.region))));
  const editionOrder: string[] = [];
  for (const e of entries) if (!editionOrder.includes(e.edition.id)) editionOrder.push(e.edition.id);
  const years = yearsOf(rows, asked === undefined ? options.yearBefore : undefined);
  const yearOrder = years.map((y) => y.year);
  const kabKota = rows.some((r) => r.region.level !== "provinsi");
  const apart = (r: RecapRow) => (kabKota && r.region.level === "provinsi" ? 1 : 0);
  // ranks within one edition, one assessment year, and one kind (the province's own workbook is not a kab/kota)
  const groups = new Map<string, RecapRow[]>();
  for (const r of rows) {
    const key = `${r.edition.id}\u0000${r.region.year}\u0000${apart(r)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  // two copies of one region that no date tells apart: neither is ranked or counted (a region is never counted twice)
  const undecided = undecidedCopies(dups);
  for (const g of groups.values()) rankWithin(g.filter((r) => !undecided.has(r.id)));
  rows.sort(
    (a, b) =>
      editionOrder.indexOf(a.edition.id) - editionOrder.indexOf(b.edition.id) ||
      yearOrder.indexOf(a.region.year) - yearOrder.indexOf(b.region.year) ||
      apart(a) - apart(b) ||
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      a.region.name.localeCompare(b.region.name, "id") ||
      a.id.localeCompare(b.id),
  );
  // the distribution a province publishes: this year's kab/kota, as they are ranked together
  const main = asked ?? years[0]?.year;
  const outside = new Set(rows.filter((r) => r.region.year !== main || apart(r) === 1 || undecided.has(r.id)).map((r) => r.id));
  return {
    target: aim ?? null,
    regions: rows,
    notScored,
    unknownTarget: unknownTarget(typeof aim === "string" ? aim : undefined, editionOrder.map((id) => entries.find((x) => x.edition.id === id)!.edition), (e) => recapTarget(e, aim) !== undefined),
    distribution: distribution(entries, outside),
    outsideDistribution: rows.filter((r) => outside.has(r.id)).map((r) => r.id),
    totals: totals(rows.filter((r) => !outside.has(r.id))),
    editions: editionOrder.map((id) => {
      const e = entries.find((x) => x.edition.id === id)!.edition;
      return { id, year: e.year, caveat: e.caveat ?? null, regions: rows.filter((r) => r.edition.id === id).length };
    }),
    mixedEditions: editionOrder.length > 1,
    duplicates: dups,
    years,
    mixedYears: years.length > 1,
    year: main ?? null,
    outsideYear,
    provinces: rows.filter((r) => apart(r) === 1).map((r) => r.id),
    // a listed region's files of other years are named beside it, also those left out for the year asked for
    expected: options.expected ? against(options.expected, entries, main, all.filter((e) => !left.has(e.id))) : null,
  };
}

/** How close (1 − edit distance / length) a file's region name must be to a missing listed one to be suggested. */
const NEAR = 0.8;

/** The province's list against the regions scored: who sent no file of the main year, whose file is not on the list. */
function against(list: readonly ExpectedRegion[], entries: readonly RecapEntry[], year: number | undefined, every: readonly RecapEntry[] = entries): NonNullable<Recap["expected"]> {
  const keys = new Set(list.map((r) => regionKey(r)));
  const provincesListed = list.some((r) => r.level === "provinsi");
  const missing: NonNullable<Recap["expected"]>["missing"] = [];
  for (const r of list) {
    const mine = every.filter((e) => regionKey(e.result.region) === regionKey(r));
    if (mine.some((e) => e.result.region.year === year)) continue;
    missing.push({ ...r, otherYears: mine.map((e) => e.id) });
  }
  // a name one or two letters from a missing region's is most likely that region, misspelt on one side; so is the
  // same name at another level (the workbook's Tingkat picked wrong): the same level first
  const near = (r: { name: string; level: string }) => {
    // a name missing a word ("Kota Baru" / "Kota Baru Contoh", "Kota Batu" / "Pemerintah Kota Batu") is close too
    const scored = missing.map((m) => [m, Math.max(similarity(bareRegionName(m.name), bareRegionName(r.name), NEAR), wordsWithin(bareRegionName(m.name), bareRegionName(r.name)) ? NEAR : 0)] as const);
    const best = scored.filter(([, x]) => x >= NEAR).sort((a, b) => b[1] - a[1] || Number(b[0].level === r.level) - Number(a[0].level === r.level))[0];
    return best ? { name: best[0].name, level: best[0].level, ...(best[0].at !== undefined ? { at: best[0].at } : {}) } : null;
  };
  const notListed = entries
    .filter((e) => !keys.has(regionKey(e.result.region)) && (provincesListed || e.result.region.level !== "provinsi"))
    .map((e) => ({ id: e.id, name: e.result.region.name, level: e.result.region.level, at: e.regionAt ?? null, near: near(e.result.region) }));
  return { year: year ?? 0, listed: list.length, missing, notListed };
}

/** Every word of the shorter name is a word of the longer one (neither empty): a name with a word more or less. */
function wordsWithin(a: string, b: string): boolean {
  const [x, y] = [a.split(" ").filter(Boolean), b.split(" ").filter(Boolean)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length > 0 && short.length < long.length && short.every((w) => long.includes(w));
}

function row(e: RecapEntry, options: RecapOptions, listedName?: string): RecapRow {
  const { result, edition } = e;
  const renamed = listedName !== undefined && listedName !== result.region.name;
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
  const notJudged = result.compliance.rules.filter((x) => x.compliant + x.nonCompliant === 0).map((x) => x.ruleId);
  const loss = evidenceLoss(result);
  const maxTotal = result.verified.maxTotal;
  const t = recapTarget(edition, options.target, result.verified.predicate);
  let target: RecapRow["target"] = null;
  let lacks: RecapLack[] = [];
  let plan: RecapPlanSummary | null = null;
  if (t) {
    const v = result.verified;
    // an index the edition cannot compute is not below the target either: whether it is met is unknown (null); so is
    // an index from a file with flaws (a sheet or column missing, errors): the file's figures, not the region's
    const flawed = hasFlaws(e.flaws);
    // as the plan and the predicate decide it (`reaches`): a band target on the value the predicate is looked up on,
    // so under `predicateOn: "unrounded"` 65,005 (shown 65,01, Inovatif) is short of a band starting at 65,01
    const exact = exactIndex(v.total, result.region.reported, edition) ?? v.index!;
    const met = v.index === null || flawed ? null : result.region.reported && reaches(exact, v.index, t, edition);
    // a region that did not report: what it reaches is unknown until it does, so no shortfall is given (null)
    const known = v.index !== null && v.total !== null && maxTotal !== null && result.region.reported && !flawed;
    target = {
      ...t,
      met,
      indexNeeded: !known || met ? (known ? 0 : null) : roundHalfUp(t.index - targetValue(exact, v.index!, t, edition), decimals),
      pointsNeeded: !known || met ? (known ? 0 : null) : roundHalfUp((t.index * maxTotal!) / 100 - v.total!, decimals),
    };
    if (met !== true) {
      lacks = options.planner ? options.planner(result, edition, t) : largestGaps(result, edition, options.lacksLimit ?? 3);
      // towards the named target; by default one predicate up — the next thing to reach, and a short plan (planning a
      // "Kurang Inovatif" region to the top band takes a thousand steps and seconds); the row's target is the same
      // a region that did not report too: the plan has no step (its reason says why)
      if (e.input) plan = planSummary(e.input, edition, options.target === undefined ? undefined : t.band ? { predicate: t.band.id } : { index: t.index }, { ...e.planOptions, result });
    }
  }
  return {
    id: e.id,
    region: renamed ? { ...result.region, name: listedName } : result.region,
    ...(renamed ? { nameInFile: result.region.name } : {}),
    edition: { id: edition.id, year: edition.year, caveat: edition.caveat ?? null, decimals: edition.formula.rounding.decimals },
    claimed: figures(result.claimed),
    verified: figures(result.verified),
    innovations: result.innovations.length,
    yandasMet: { claimed: result.yandas.claimed.met, verified: result.yandas.verified.met },
    yandasApplies: edition.formula.jumlahInovasi.requiresYandas,
    nonCompliant,
    ...(notJudged.length ? { notJudged } : {}),
    agenciesWithout: e.input ? agenciesWithoutInYear(e.input, result.compliance) : result.compliance.agenciesWithout,
    evidenceGap: {
      count: loss.count,
      points: r(loss.points),
      index: loss.points === null || maxTotal === null || maxTotal === 0 ? null : roundHalfUp((loss.points / maxTotal) * 100, decimals),
    },
    rank: null,
    flaws: hasFlaws(e.flaws) ? { errors: e.flaws!.errors, missing: [...e.flaws!.missing], columns: [...(e.flaws!.columns ?? [])], ...(e.flaws!.kinds?.length ? { kinds: e.flaws!.kinds.map((k) => ({ ...k })) } : {}) } : null,
    countTargets: hasFlaws(e.flaws) ? result.compliance.targets.map((t) => ({ ...t, met: countTargetMet(t.met, e.flaws) })) : result.compliance.targets,
    target,
    lacks,
    plan,
  };
}

/**
 * Whether a count target (`compliance.targets[].met`) is met, given the flaws of the file it was counted from
 * (`RecapEntry.flaws`): as scored without flaws; with them, true when the rows read already reach it and every error
 * in the file is on a row left out of the input (`leftOut`: such rows can only add to a count; a missing sheet or
 * column changes no count), else null — an error elsewhere may have changed what was counted (a refused Tahun counts
 * in the assessment year), and an unmet count may be short by the rows left out. One rule for the recap's rows,
 * `inovasi score`'s Ringkasan and `banding`.
 */
export function countTargetMet(met: boolean, flaws?: RecapEntry["flaws"]): boolean | null {
  return !hasFlaws(flaws) ? met : met && flaws!.errors === (flaws!.leftOut ?? 0) ? true : null;
}

/** An entry's flaws make its figures not valid: errors, a missing sheet or a missing column (one rule for rank and province figures). */
function hasFlaws(f: RecapEntry["flaws"]): boolean {
  return !!f && (f.errors > 0 || f.missing.length > 0 || (f.columns?.length ?? 0) > 0);
}

/** Steps a recap's plan takes at most unless `planOptions.maxActions` says otherwise. */
export const RECAP_MAX_ACTIONS = 1000;

function planSummary(input: RegionInput, edition: Edition, aim: PlanTarget | undefined, options: Omit<PlanOptions, "target">): RecapPlanSummary {
  // A recap shows how far each region is (steps, effort, end index), not the step list, so it allows longer plans
  // than planRegion's default; a region of thousands of innovations still stops at this limit and says so.
  const p = planRegion(input, edition, { ...options, maxActions: options.maxActions ?? RECAP_MAX_ACTIONS, ...(aim ? { target: aim } : {}) });
  // a step of a claimed plan (planOptions.projection) says the claimed IID counts its answer as typed
  const claimed = p.projection === "claimed";
  return {
    target: p.target,
    status: p.status,
    reason: p.reason?.code ?? null,
    steps: p.actions.length,
    effort: p.totalEffort,
    end: p.end,
    first: p.actions.slice(0, 3).map((a, k) => {
      // the gain `inovasi plan` prints for the step: the difference of the printed indices before and after it
      const decimals = edition.formula.rounding.decimals;
      const gain = printedGain(a, k === 0 ? p.start.index : p.actions[k - 1]!.indexAfter, decimals);
      return {
        kind: a.kind,
        text: { id: describeAction(a, "id", true, claimed), en: describeAction(a, "en", true, claimed) },
        // one that moves no printed index: its exact gain kept under half a unit, so it prints "+<0,01" as the plan's line
        gain: gain === 0 && a.gain > 0 ? Math.min(a.gain, 10 ** -decimals / 4) : gain,
        indexAfter: a.indexAfter,
      };
    }),
  };
}

/**
 * The recap's target in an edition: by default the band above `now` (the region's verified predicate; the plan's
 * default), the top band for a region already there or whose predicate is unknown; an index (`parsePlanTarget`: above
 * 0 up to 100); a band named, unless it is the band of regions that cannot be assessed (index 0: no target).
 * Undefined when the edition has no such target.
 */
function recapTarget(edition: Edition, given: RecapOptions["target"], now?: PredicateResult | null): RecapTarget | undefined {
  if (typeof given === "number") return { band: null, index: given };
  const name = given as string | undefined; // recapRegions keeps a text or a number (givenTarget)
  const parsed = name === undefined ? undefined : parsePlanTarget(name, edition);
  if (parsed && !parsed.ok) return undefined;
  if (parsed && "index" in parsed.value) return { band: null, index: parsed.value.index };
  const up = bandsUp(edition);
  const at = name === undefined && now ? up.findIndex((b) => b.id === now.id) : -1;
  const band = at >= 0 && at + 1 < up.length ? up[at + 1] : targetBand(edition, name);
  // a band whose lower threshold is unknown has no index that reaches it for sure: no target in this edition
  return band && isTargetBand(band) && knownEnd(band.min) ? { band: toPredicate(band), index: lowestIndexIn(band, edition.formula.rounding.decimals) } : undefined;
}

/** The band named by id or label (compared ignoring case and spaces), or the edition's top band. */
export function targetBand(edition: Edition, name: string | undefined): Band | undefined {
  if (name === undefined) return topFirst(edition.bands)[0];
  const want = normaliseText(name);
  return edition.bands.find((b) => [b.id, b.label.id, b.label.en].some((x) => normaliseText(x) === want));
}

/** Bands from the top down (by lower end; at the same value an open end lies above a closed one: 0 < x before x = 0). */
function topFirst(bands: readonly Band[]): Band[] {
  return [...bands].sort((a, b) => bandPosition(b, bands) - bandPosition(a, bands));
}

function totals(rows: readonly RecapRow[]): RecapTotals {
  const ranked = rows.filter((r) => r.rank !== null);
  const unknown = rows.filter((r) => r.verified.index === null);
  const flawed = rows.filter((r) => r.verified.index !== null && r.flaws !== null);
  const sum = (xs: readonly RecapRow[], f: (r: RecapRow) => number) => xs.reduce((n, r) => n + f(r), 0);
  const valid = rows.filter((r) => r.flaws === null);
  const one = new Set(ranked.map((r) => r.edition.id)).size === 1;
  return {
    regions: rows.length,
    reported: rows.filter((r) => r.region.reported).length,
    ranked: ranked.length,
    unranked: { indexUnknown: unknown.length, flawed: flawed.length, notReported: rows.length - ranked.length - unknown.length - flawed.length },
    // every figure but the regions' own counts over the same regions: those whose figures are valid (audit36)
    innovations: { reported: sum(valid, (r) => r.innovations), counted: sum(valid, (r) => r.verified.counted), flawed: sum(rows, (r) => r.innovations) - sum(valid, (r) => r.innovations) },
    averageIndex: one ? roundHalfUp(sum(ranked, (r) => r.verified.index!) / ranked.length, ranked[0]!.edition.decimals) : null,
    withoutInnovation: valid.filter((r) => r.innovations === 0).map((r) => r.id),
    agenciesWithout: sum(valid, (r) => r.agenciesWithout.length),
  };
}

/** Competition ranking by verified index (1, 2, 2, 4); regions without an index, not reported or with flaws get none. */
function rankWithin(rows: RecapRow[]): void {
  const ranked = rows.filter((r) => r.verified.index !== null && r.region.reported && r.flaws === null).sort((a, b) => b.verified.index! - a.verified.index!);
  ranked.forEach((r, i) => {
    const prev = ranked[i - 1];
    r.rank = prev && prev.verified.index === r.verified.index ? prev.rank : i + 1;
  });
}

/**
 * Regions per predicate. Each edition's bands are its own: a band of another edition is the same predicate only when
 * it has the same id and the same label in both languages (iid-2023's "Inovatif" and iid-2026's, whose range moved:
 * the predicate a region was given), never by id alone — a province's "Perlu Pembinaan" (≤ 30) is not iid-2026's
 * "Kurang Inovatif" (≤ 40) though both are `kurang-inovatif`. Rows from the top band down across the editions (by the
 * range of a predicate's first band), so a province's "Cukup Inovatif" sits between its neighbours, not at the end.
 */
function distribution(entries: readonly RecapEntry[], outside: ReadonlySet<string>): RecapDistributionRow[] {
  const rows: { band: Band; row: RecapDistributionRow }[] = [];
  const rowOf = (p: PredicateResult) => rows.find((x) => samePredicate(x.row.predicate!, p))?.row;
  for (const e of entries) {
    if (outside.has(e.id)) continue;
    for (const b of e.edition.bands) {
      const row = rowOf(b);
      if (!row) rows.push({ band: b, row: { predicate: toPredicate(b), ...(isTargetBand(b) ? {} : { zero: true as const }), claimed: 0, verified: 0, editions: [e.edition.id] } });
      else if (!row.editions.includes(e.edition.id)) row.editions.push(e.edition.id);
    }
  }
  const out = rows.sort((a, b) => aboveFirst(a.band, b.band)).map((x) => x.row);
  // no predicate: a known index whose band an unknown threshold decides is not an index the edition cannot compute
  const band: RecapDistributionRow = { predicate: null, unknown: "band", claimed: 0, verified: 0, editions: [] };
  const none: RecapDistributionRow = { predicate: null, unknown: "index", claimed: 0, verified: 0, editions: [] };
  for (const { id, result, edition, flaws } of entries) {
    // figures not valid yet are in no province figure (as in no rank or average): the band is listed, the region not
    // counted — one whose index is unknown anyway stays in the row without a predicate (`totals.unranked` counts it so)
    if (outside.has(id) || (hasFlaws(flaws) && result.verified.index !== null)) continue;
    for (const p of ["claimed", "verified"] as const) {
      const given = result[p].predicate;
      const d = (given && rowOf(given)) ?? (result[p].index === null ? none : band);
      d[p]++;
      if (!d.predicate && !d.editions.includes(edition.id)) d.editions.push(edition.id);
    }
  }
  return [...out, ...[band, none].filter((d) => d.claimed + d.verified > 0)];
}

/** The same predicate in two editions: the same id and the same label in both languages (see `distribution`). */
function samePredicate(a: PredicateResult, b: PredicateResult): boolean {
  return a.id === b.id && a.label.id === b.label.id && a.label.en === b.label.en;
}

/** Order of bands from the top down: by lower end (an open end above a closed one at the same value), then upper end. */
function aboveFirst(a: Band, b: Band): number {
  return bandPosition(b, [b]) - bandPosition(a, [a]) || upper(b) - upper(a);
}

/** Where a band's upper end lies, for ties of `bandPosition` (an open end just below a closed one; unknown: at 100). */
function upper(band: Band): number {
  return knownEnd(band.max) ? band.max.value - (band.max.inclusive ? 0 : 1e-9) : 100;
}

/**
 * Years by the number of regions (most first; equal counts: later year first), each with its regions' ids; with
 * `before` (`RecapOptions.yearBefore`), the years before it first, so the main year is the most common earlier one.
 */
function yearsOf(rows: readonly RecapRow[], before?: number): Recap["years"] {
  const by = new Map<number, string[]>();
  for (const r of rows) by.set(r.region.year, [...(by.get(r.region.year) ?? []), r.id]);
  const late = (y: number) => (before !== undefined && y >= before ? 1 : 0);
  return [...by].map(([year, ids]) => ({ year, regions: ids.length, ids })).sort((a, b) => late(a.year) - late(b.year) || b.regions - a.regions || b.year - a.year);
}

function duplicates(entries: readonly RecapEntry[], listed?: ReadonlyMap<string, string>): Recap["duplicates"] {
  const groups = new Map<string, RecapEntry[]>();
  for (const e of entries) {
    const { region } = e.result;
    const key = `${regionKey(region)}\u0000${region.year}`;
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => {
      const names: string[] = [];
      for (const e of g) if (!names.includes(e.result.region.name)) names.push(e.result.region.name);
      const { kept, by } = newest(g);
      const saved = Object.fromEntries(g.map((e) => [e.id, (by === "workbook" || by === "file" ? e.saved?.[by] : (e.saved?.workbook ?? e.saved?.file)) ?? null]));
      // the file's time decided: why the workbooks' own dates did not (a shared latest date, or copies without one)
      const missing = g.filter((e) => Number.isNaN(Date.parse(e.saved?.workbook ?? ""))).map((e) => e.id);
      const latest = g.map((e) => e.saved?.workbook ?? "").sort((a, b) => Date.parse(b) - Date.parse(a))[0]!;
      const workbookDates = by !== "file" ? undefined : missing.length ? { missing } : { tie: latest };
      return { name: listed?.get(regionKey(g[0]!.result.region)) ?? g[0]!.result.region.name, year: g[0]!.result.region.year, ids: g.map((e) => e.id), names, kept, left: kept ? g.filter((e) => e.id !== kept).map((e) => e.id) : [], by, saved, ...(workbookDates ? { workbookDates } : {}) };
    });
}

/**
 * The newest of several copies of one region: by the workbooks' own saved dates when every copy has one and one is
 * latest, else by the files' times on the same terms; else, when the copies hold the same, the plainest named; else
 * none (each copy stays a row). Compared to the whole second, as the notes print them: copies a fraction of a second
 * apart (one archive unpacked, a script's two saves) are not told apart by a difference the analyst cannot see.
 */
function newest(copies: readonly RecapEntry[]): { kept: string | null; by: "workbook" | "file" | "content" | null } {
  for (const by of ["workbook", "file"] as const) {
    const times = copies.map((e) => Math.floor(Date.parse(e.saved?.[by] ?? "") / 1000));
    if (times.some((t) => Number.isNaN(t))) continue;
    const max = Math.max(...times);
    if (times.filter((t) => t === max).length === 1) return { kept: copies[times.indexOf(max)]!.id, by };
  }
  // of copies holding the same, the shortest name: "kab-a.xlsx" rather than "kab-a (1).xlsx" or "copy of kab-a.xlsx"
  const plainest = () => copies.reduce((a, b) => (b.id.length < a.id.length ? b : a)).id;
  return sameContent(copies) ? { kept: plainest(), by: "content" } : { kept: null, by: null };
}

/**
 * Copies that would give the province the same figures whichever is counted: one edition, one result, and one input
 * where every copy carries it (a workbook and its scored copy, a file sent twice unchanged). Compared as JSON: the
 * input and result are plain data, and a recap holds tens of regions, not thousands.
 */
function sameContent(copies: readonly RecapEntry[]): boolean {
  const [first, ...rest] = copies;
  if (first === undefined || rest.some((e) => e.edition.id !== first.edition.id)) return false;
  const result = JSON.stringify(first.result);
  if (rest.some((e) => JSON.stringify(e.result) !== result)) return false;
  if (copies.every((e) => e.input !== undefined)) {
    const input = JSON.stringify(first.input);
    return rest.every((e) => JSON.stringify(e.input) === input);
  }
  return copies.every((e) => e.input === undefined);
}

/**
 * The ids of the copies of a region that no saved date tells apart (`Recap.duplicates` with `kept` null): neither is
 * ranked nor counted in the province's figures, and the sheets say why.
 */
export function undecidedCopies(duplicates: Recap["duplicates"] = []): Set<string> {
  return new Set(duplicates.filter((d) => d.kept === null).flatMap((d) => d.ids));
}
