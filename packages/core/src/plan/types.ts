import type { Answer, Innovation, InnovationForm } from "../input/schemas.js";
import type { Stage, Text } from "../model/common.js";
import type { CountOf } from "../model/edition.js";
import type { PredicateResult, ProjectionName, RegionResult } from "../engine/result.js";
import type { EffortTable } from "./efforts.js";

/** What a plan aims at: the next predicate up (default), a named predicate, or an index value. */
export type PlanTarget = { predicate: string } | { index: number };

/** How `planRegion` plans; every field is optional and may be given as undefined (its default then applies). */
export interface PlanOptions {
  /** Projection planned in; default `verified` (what the national assessment will see). */
  projection?: ProjectionName | undefined;
  /**
   * Default: the next predicate above today's. A number is an index, as `{ index }` (`50` and `{ index: 50 }` plan the
   * same); a text is read as `parsePlanTarget` reads what a person types (`"Sangat Inovatif"`, `"sangat-inovatif"`,
   * `"60"`, `"57,5"`); an index is above 0 up to 100. Anything else is refused (RangeError), as are an unknown option,
   * projection or effort key.
   */
  target?: PlanTarget | number | string | undefined;
  /**
   * Overrides of the effort table (see {@link DEFAULT_EFFORTS}): by kind, and for some indicators by indicator id in
   * `indicators` (`{ indicators: { "SID-1": { tierUp: { 3: 60 } } } }`: raising SID-1 to tier 3 costs 60; see
   * {@link IndicatorEfforts}). An id or tier the edition does not have is refused (RangeError).
   */
  efforts?: Partial<EffortTable> | undefined;
  /**
   * Score a new innovation is expected to reach (in the planned projection). Default: the region's median counted
   * innovation (the lower middle one), copied; without one, the lowest score an eligible innovation can have. From 0 to
   * the edition's highest innovation score (Σ weight × top tier); below the lowest eligible score, that lowest one.
   */
  expectedScore?: number | undefined;
  /**
   * At most this many new innovations (yandas ones included). Default: new innovations while the innovations counted
   * (in the projection planned; a rejected or ineligible one is in n, not in the count) are below the edition's count
   * cap — up to there each adds to the skor jumlah inovasi — and yandas ones whenever the rule needs them (without it
   * the count score is 0); none when the cap is unknown.
   */
  maxNewInnovations?: number | undefined;
  /**
   * At most this many steps (default {@link DEFAULT_MAX_ACTIONS}). A region of thousands of innovations can need
   * thousands of small steps to move one predicate; a plan stops at the limit with status `action_limit`, its steps
   * exact, and the index they reach. Planning time grows with steps × innovations, so the limit also bounds it.
   * A whole number (0: no step, the status only), or Infinity.
   */
  maxActions?: number | undefined;
  /**
   * `scoreRegion(input, edition)` of this same input, when the caller has it: the plan starts from its innovation
   * results, SPD rows and compliance instead of scoring the region again (the same plan; less time and memory on a
   * large region). A result of another edition or another number of innovations is refused (RangeError).
   */
  result?: RegionResult | undefined;
  /**
   * Columns the reader did not find whose absence the score took as empty on every row, named as the template names
   * them (`["Jumlah Kata Rancang Bangun"]`; a workbook host gives what its reader warned of). The plan then takes no
   * step (status `out_of_reach`, reason `columns_absent`): every step would rest on that assumption — 51 "write a
   * 300-word design text" for texts the file holds — while the one fix is to head the column as the template does.
   */
  columnsAbsent?: readonly string[] | undefined;
}

/** Steps a plan takes at most unless `maxActions` says otherwise: a list a team can act on before the window closes. */
export const DEFAULT_MAX_ACTIONS = 100;

/**
 * One change to a region input; `at` is the innovation's position in the input the action is applied to — the input
 * as the plan's earlier steps left it, so after a `withhold` step (`remove_innovation`) it is one less than
 * `where.innovation.index` for every later innovation. Apply the steps in order (`applyAction`); to find the row in
 * the analyst's workbook use `where.innovation.index` or the step's `cell` (audit29: a script applying `at` to the
 * original rows wrote answers onto withheld innovations).
 */
export type Edit =
  | { op: "set_answer"; scope: "innovation"; at: number; indicatorId: string; answer: Answer }
  | { op: "set_answer"; scope: "spd"; indicatorId: string; answer: Answer }
  | { op: "set_fields"; at: number; fields: Partial<Pick<Innovation, "implementationDate" | "trialDate" | "designWords" | "stage">> }
  | { op: "add_innovation"; innovation: Innovation }
  | { op: "remove_innovation"; at: number };

/**
 * - `evidence`: make a pending / missing / rejected answer's evidence accepted;
 * - `count`: fix what keeps an innovation from counting (date outside the window, short design text, an unanswered
 *   mandatory indicator, a stage that is not scored);
 * - `new_innovation`: add one innovation at the expected score;
 * - `yandas`: add innovations in the basic-service urusan still missing, as many as the coverage rule needs;
 * - `tier_up`: one tier up on an innovation's indicator or an SPD row;
 * - `fill`: fill in an empty SPD row of the region's record (Opini BPK, IPM …), which no step raises: counted at its
 *   lowest tier, since its true tier is the region's data (`where.fill` lists the tiers it may take);
 * - `withhold`: do not submit an innovation that will not count but would still sit in the divisor — never one the
 *   region's own compliance needs (an agency's last under a rule such as "Satu Instansi Satu Inovasi", or one a count
 *   target it has not passed counts): the plan keeps those submitted.
 */
export type ActionKind = "evidence" | "count" | "new_innovation" | "yandas" | "tier_up" | "fill" | "withhold";

/**
 * A measured basis of an indicator answered by one of several (SID-18's Dasar Ukur: persons served, coverage …), and
 * the values that give the tier a step asks for: its option ("Manfaat tingkat 3 pada dasar ukuran yang dipilih") says
 * no amount, so the step says these ("Jumlah orang terlayani > 500 orang").
 */
export interface MeasureAt {
  name: Text;
  /** The unit (`orang`, `%`; in English `persons`, or as in Bahasa when the measure gives none). */
  unit: Text;
  min?: { value: number; inclusive: boolean };
  max?: { value: number; inclusive: boolean };
}

/**
 * An eligibility fault a `count` action fixes, and the field it changes. `mandatory_unreadable`: a mandatory indicator
 * answered with what does not score (an unknown option, a value or tier outside the indicator's): answered again.
 */
export type CountFix = "outside_window" | "design_too_short" | "mandatory_unanswered" | "mandatory_unreadable" | "stage_not_scored";

/** One fault a `count` action fixes: the field it changes, what the field held, and what the fix sets. */
export interface CountFixWhere {
  fault: CountFix;
  /** The field changed (`implementationDate`, `trialDate`, `designWords`, `stage`) or, for an indicator, its id. */
  field: string;
  /** mandatory_unanswered, mandatory_unreadable: the indicator answered. */
  indicatorId?: string;
  indicator?: { id: string; number: string; name: Text };
  /**
   * What the field held: the date (null when empty), the words written, the stage; mandatory_unreadable: the answer
   * given (its option's text, else its value, else its tier).
   */
  was?: string | number | null;
  /** mandatory_unreadable: the unit of a value given (`orang`), as the indicator's measure names it. */
  unit?: string;
  /**
   * mandatory_unreadable: why the answer given does not score, the engine's issue code for it (`unknown_option`,
   * `value_outside_tiers`, `tier_out_of_range` …; the issue is in the innovation's `ineligible`).
   */
  reason?: string;
  /** outside_window: the assessment window the date must fall in (the fix records its first day). */
  window?: { from: string; to: string };
  /**
   * outside_window on the trial date: the innovation's stage when it is still `inisiatif` — a trial date counts only if
   * it was trialled, and then its Tahapan is Uji Coba.
   */
  stage?: Stage;
  /**
   * mandatory_unanswered, mandatory_unreadable: the tier the indicator is answered at (its lowest, whatever was given),
   * that tier's option and its evidence.
   */
  tier?: number;
  option?: Text;
  evidenceNeeded?: Text[];
  /** mandatory_unanswered, mandatory_unreadable on an indicator measured on several bases: each basis's values at `tier` (see {@link MeasureAt}). */
  measures?: MeasureAt[];
}

/**
 * Why an innovation does not count (a withhold says it): rejected by the verifier, or one eligibility fault, with what
 * its cell holds — `was` the date (null when empty), the words written, the times entered, the stage — and the limit.
 */
export interface NotCountedWhy {
  /** `mandatory_unreadable`: a mandatory indicator answered with what the edition does not read (an unknown option …). */
  fault: "rejected" | CountFix | "too_many_entries";
  /** The field at fault (`rejected`, `implementationDate`, `trialDate`, `designWords`, `entries`, `stage`) or an indicator's id. */
  field: string;
  was?: string | number | null;
  /** outside_window: the assessment window. */
  window?: { from: string; to: string };
  /** design_too_short: the minimum words; too_many_entries: the most entries. */
  limit?: number;
  /** mandatory_unanswered: the indicator left unanswered. */
  indicator?: { id: string; number: string; name: Text };
}

/** Where an action applies, for people: the innovation (its position in the original input), indicator, SPD row … */
export interface ActionWhere {
  /** An existing innovation: `index` is its position in the input given to `planRegion` (its row in a workbook). */
  innovation?: {
    index: number;
    id?: string;
    name: string;
    agency: string;
    urusan: string;
    /** One this plan adds (a step before added it): `index` is the input's count + its order among those added — the row it is appended at. */
    planned?: true;
  };
  /**
   * Innovations this action adds (new_innovation, yandas). `form` is given where a compliance rule or target covering the
   * agency counts only some forms: the new innovation must be of that form to count (the copy's, when it counts).
   */
  added?: { name: string; agency: string; urusan: string; score: number; form?: InnovationForm }[];
  /**
   * new_innovation, yandas: the innovation each is a copy of (its answers and evidence as the plan's earlier steps left
   * them; the median counted one as the plan stands then). `index` as `innovation.index`. Always one of the input's: when
   * the median is one the plan added, the first of the input's at its score; when none scores as much, absent and
   * `median` is set.
   */
  like?: {
    index: number;
    name: string;
    /**
     * The copied row's Urusan Terkait, when it has some: the new innovation's are empty (it is in another urusan and
     * agency), so the step says to clear them — Urusan Terkait counts toward the yandas rule.
     */
    relatedUrusan?: string[];
    /** The copied row's Jumlah Keikutsertaan, when it is not 1: a new innovation is entered once, so the step says 1. */
    entries?: number;
  };
  /**
   * new_innovation, yandas with no row to copy (no `like`): the option of each answer of the row it prints, by
   * indicator id (where the indicator has an option at that tier) — what the analyst picks in the answer's column.
   */
  answerOptions?: Record<string, Text>;
  /**
   * new_innovation, yandas with no row to copy: on an indicator measured on several bases (SID-18, whose options name
   * no amount), the values that give the tier of the row's answer, by indicator id (see {@link MeasureAt}).
   */
  answerMeasures?: Record<string, MeasureAt[]>;
  /** new_innovation, yandas: each scores as the median counted innovation as the plan stands then, one the plan added (no `like`). */
  median?: true;
  /**
   * new_innovation, yandas: the window their implementation must fall in to count (the edition's eligibility window).
   * `closed` when it ends before the region's assessment year: a new innovation is then one already implemented or
   * developed in it and not yet reported, not one started now.
   */
  window?: { from: string; to: string; closed?: true };
  indicator?: { id: string; number: string; name: Text };
  /** The SPD row, when the action is on the region-level rows. */
  spdRow?: { id: string; number: string; name: Text };
  /** withhold: why the innovation does not count (the verifier rejected it, or its eligibility faults). */
  notCounted?: NotCountedWhy[];
  /** count: the faults fixed; for `mandatory_unanswered` and `mandatory_unreadable` the indicators answered. */
  fixes?: CountFixWhere[];
  /**
   * fill: the tiers the row may take once its data is entered (its gain is at the first, `tier.to`; each tier adds as
   * much again, since an SPD row adds weight × tier to the total), and each tier's option (`options`, in the order of
   * `tiers`, when the indicator has one for every tier) — what the analyst finds in the row's dropdown.
   */
  fill?: { tiers: number[]; options?: Text[] };
  /** tier_up, fill: from and to tier; evidence: the tier whose evidence is needed. */
  tier?: { from: number; to: number };
  /**
   * tier_up from 0 on an answer given that does not score (an optional indicator's; a mandatory one is a count step's
   * `mandatory_unreadable`): what was given (its option's text, else its value, else its tier), the unit of a value,
   * and why it does not score (the engine's issue code: `unknown_option`, `value_outside_tiers` …). The step replaces it.
   */
  given?: { was: string | number; unit?: string; reason: string };
  /** evidence: what the option answered requires; tier_up: what the option of the tier it goes to requires. */
  evidenceNeeded?: Text[];
  /** tier_up: the option of the tier it goes to (none when that tier is reached by a measured value only). */
  option?: Text;
  /**
   * tier_up on an indicator measured on several bases (SID-18): the values that give the tier it goes to, on the
   * basis the answer names (its Dasar Ukur), else on each basis — the option says no amount.
   */
  measures?: MeasureAt[];
  /** new innovation in a stage other than the edition scores (never, but said when the template had to move it). */
  stage?: Stage;
}

/** One step of a plan. Apply `edits` in order with {@link applyAction}. */
export interface PlanAction {
  /** 1-based. */
  step: number;
  kind: ActionKind;
  where: ActionWhere;
  edits: Edit[];
  /** Exact gain in IID points (unrounded index after − before); never 0. */
  gain: number;
  /** Index after this step, rounded as the edition reports it (what `scoreRegion` gives on the replayed input). */
  indexAfter: number;
  predicateAfter: PredicateResult | null;
  effort: number;
  /** Σ effort up to and including this step. */
  effortSoFar: number;
}

/**
 * How a plan ends: `reached` the target, `out_of_reach`, `already_reached`, `index_unknown` (the edition lacks a
 * number the index needs) or `action_limit` (stopped at `maxActions`); `reason` says more.
 */
export type PlanStatus = "reached" | "out_of_reach" | "already_reached" | "index_unknown" | "action_limit";

/** Why a plan has no step, or why it stops short. */
export type PlanReason =
  | { code: "top_band"; predicate: PredicateResult }
  /** The target band's lower threshold is unknown in the edition (named, or the default where no known one lies above). */
  | { code: "target_unknown"; predicate: PredicateResult }
  | { code: "already_at_target"; index: number; target: number; predicate: PredicateResult | null }
  | { code: "index_unknown" }
  | { code: "region_not_reported" }
  | { code: "columns_absent"; columns: string[] }
  | { code: "no_more_gain"; maximum: number; predicate: PredicateResult | null; newInnovations?: NewInnovationBound }
  | { code: "action_limit"; limit: number; index: number; predicate: PredicateResult | null };

/**
 * A plan out of reach because of the score it assumes for new innovations (the median counted one's, or the one given),
 * which is below what an innovation can score: said so the analyst does not read the plan's own assumption as the
 * region's limit. Absent when new innovations already score the most an innovation can, or none may be added.
 *
 * New innovations at `highest` are counted the plan's own first (its `planned` new innovations, re-scored at
 * `highest`), then more added after its steps. The count score stops at the edition's cap, but every innovation sits in
 * the average (SID = Σ / MAX(floor, n) + perInnovation × MIN(count, cap), the count by `formula.jumlahInovasi.countOf`):
 * past the cap each one at `highest` still raises the index, ever nearer `ceiling`.
 */
export interface NewInnovationBound {
  /**
   * The score the plan assumes for a new innovation after its last step, and where it came from (as `oneMore`). Basis
   * `median`: the median as the plan's steps left it — each new innovation step is at the median of its own state
   * (its `added[].score`), today's is `oneMore.expectedScore`.
   */
  score: number;
  basis: "median" | "given" | "minimum";
  /** The most an innovation can score in the edition (Σ weight × top tier; 111 in 2026). */
  highest: number;
  /** New innovations the plan's own steps add (new innovation and yandas steps) that count. */
  planned: number;
  /**
   * The fewest new innovations at `highest` — the plan's own first, then more — that reach the target after the plan's
   * steps (checked by re-scoring); null when no number does, or none up to `tried`.
   */
  reachedWith: number | null;
  /** How many were tried at most: the `maxNewInnovations` given (the plan's own included); null when none was given — any number was. */
  tried: number | null;
  /**
   * The index (rounded as reported) that no number of new innovations at `highest` takes the region past: their
   * average nears `highest` while the count score stays at its cap of `countCap` innovations.
   */
  ceiling: number;
  countCap: number;
  /**
   * The record indicators (`Indicator.record`: the innovation's facts, such as SID-17's months from initiative to
   * implementation, which no step raises) on which the plan's new innovation — as copied, at the last step — stands
   * below the top tier: `highest` needs them at the top too, i.e. new innovations with other facts. Absent when none.
   */
  records?: { indicator: { id: string; number: string; name: Text }; tier: number; top: number }[];
  /**
   * With `records`: the most the plan's new innovations reach — every other indicator at its top, the records as
   * copied (109 of 111 in 2026 with SID-17 at tier 2). The plan's steps raise them no further.
   */
  recordsMost?: number;
}

/**
 * Missing evidence of one indicator or one agency, taken together: how many answers and innovations, and the exact
 * index gain if all of it is accepted.
 */
export interface EvidenceGroup {
  /**
   * Indicator id (byIndicator) or agency name (byAgency): the name in the region's list of the agency the innovations
   * are matched to, as compliance matches them (ignoring case and extra spaces, or by its id), else the name most of
   * them typed; "SPD" for the SPD rows.
   */
  key: string;
  name: Text;
  /** Answers whose evidence is missing, among innovations that count in the projection (and SPD rows). */
  answers: number;
  /** Innovations those answers are on (an SPD row is on none). */
  innovations: number;
  /**
   * Exact index gain when all of them are accepted together; null when the index is unknown (the edition lacks a
   * number the formula needs, as `plan.start.index` says).
   */
  gain: number | null;
  /** The index after accepting them, rounded as printed; null when the index is unknown. */
  indexAfter: number | null;
  /** Evidence the options require (distinct). */
  required: Text[];
  /**
   * byAgency, an agency's innovations (not the SPD rows): each innovation with missing evidence, in reading order —
   * its place in the input (`innovations[index]`), its name and the indicators whose evidence it lacks, in the
   * edition's order: the agency's to-do (each answer's evidence needed is on the Inovasi sheet's Skor Kekurangan Bukti).
   */
  innovationGaps?: { index: number; name: string; indicators: string[] }[];
}

/**
 * What {@link planRegion} gives: the cheapest steps from today's index to the target, each with its exact gain and
 * effort, where the plan starts and ends, and the evidence and seat figures beside it.
 */
export interface Plan {
  edition: { id: string; name: Text; year: number };
  region: { name: string; level: string; year: number };
  projection: ProjectionName;
  /**
   * The count the edition's skor jumlah inovasi takes (`formula.jumlahInovasi.countOf`, "counted" when unset): what
   * the gains of withhold and count steps and of new innovations rest on (`planReadingNote`).
   */
  jumlahInovasiCountOf: CountOf;
  /**
   * The most innovations the skor jumlah inovasi counts (`formula.jumlahInovasi.countCap`; null when the edition does
   * not know it): with n at least this many more than the withhold steps, both readings give every withhold the same
   * gain (`planReadingNote` says nothing).
   */
  jumlahInovasiCountCap: number | null;
  /**
   * The edition requires the yandas rule and it fails in the plan's projection before the first step and after the
   * last: the skor jumlah inovasi is 0 through the plan whichever count it takes, so the withhold steps gain the same
   * under either reading (`planReadingNote` says nothing). A withhold takes only an innovation that does not count, so
   * it never changes the rule; the plan's other steps only add what counts.
   */
  yandasFailsThrough: boolean;
  /**
   * The SPD rows of record (the region's data, set by past years or another body: the plan asks for their evidence but
   * never raises them) answered below their top tier, in the edition's order ({@link planSpdNote} says why they stay).
   */
  spdRecords: NonNullable<PlanAction["where"]["spdRow"]>[];
  target: { predicate: PredicateResult | null; index: number } | null;
  status: PlanStatus;
  reason: PlanReason | null;
  start: { index: number | null; predicate: PredicateResult | null };
  end: { index: number | null; predicate: PredicateResult | null };
  actions: PlanAction[];
  totalEffort: number;
  efforts: EffortTable;
  /** Innovations that can be added without raising the divisor (earlier "kursi kosong", empty seats): MAX(0, floor − n); null when the floor is unknown. */
  seats: { floor: number | null; n: number; empty: number | null };
  /** One more innovation at the expected score. */
  oneMore: {
    expectedScore: number;
    basis: "median" | "given" | "minimum";
    /** basis `median`: the innovation the expected one is modelled on (its position in the input and its name). */
    like?: { index: number; name: string };
    /** Exact index gain (can be negative above the floor: the new score is below the average). */
    gain: number | null;
    aboveFloor: boolean;
    /** Average counted score per divisor seat (Σ scores / MAX(floor, n)) today. */
    average: number | null;
  };
  evidence: { byIndicator: EvidenceGroup[]; byAgency: EvidenceGroup[] };
  compliance: {
    /** `notJudged`: the rule covers no listed agency (an empty list, none of its types): no "all comply" (audit27 C2). */
    rules: { ruleId: string; name: Text; year: number; owing: { agency: string; type: string; count: number; required: number; shortBy: number }[]; shortBy: number; notJudged?: true }[];
    targets: { targetId: string; name: Text; year: number; target: number; count: number; stillNeeded: number }[];
    /**
     * The region's listed agencies no innovation of the rules' year names, in list order (`agenciesWithoutInYear`: an
     * agency whose only innovation is of another year is listed, as the rules count it short).
     */
    agenciesWithout: string[];
    /**
     * Innovations that do not count but sit in the divisor, which the plan does not withhold because the region's own
     * compliance needs them submitted (an agency's last under a rule, or one an unpassed target counts), at the start;
     * not one a later step withholds (an innovation the plan added to its agency took its place) nor one a count step
     * makes count. None in a region not
     * reporting (`region_not_reported`): its index is 0 whatever is submitted, no withhold is weighed.
     */
    kept: { index: number; name: string; agency: string }[];
  };
}
