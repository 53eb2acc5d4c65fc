import type { Issue } from "../issues.js";
import type { EvidenceStatus } from "../input/schemas.js";
import type { Aspect, Stage, Text } from "../model/index.js";

/*
 * Nullable numbers: where the edition lacks a number the value needs (`value: null` in the edition, e.g. the 2023
 * skor jumlah inovasi), the value is `null`, never 0, and every value computed from it is null too (null propagates);
 * an issue in `RegionResult.issues` names the missing number. Unrounded numbers are exact sums; only `index`,
 * `nextBand`, yandas `cost.index` and compliance `progress` are rounded (half-up, the edition's decimals).
 */

/** Claimed = as the agency answered; verified = only accepted evidence and only eligible innovations. */
export type ProjectionName = "claimed" | "verified";

/** Why a row scored what it did. */
export type RowStatus =
  | "scored"
  | "not_answered"
  | "evidence_not_accepted"
  | "innovation_not_counted"
  | "invalid_answer";

/** One indicator row of one innovation (SID) or of the region (SPD), in one projection. */
export interface RowScore {
  indicatorId: string;
  aspect: Aspect;
  /** Tier the answer reached (before evidence is considered). */
  answeredTier: number;
  /** Tier that scores in this projection (0 when the evidence is not accepted in `verified`). */
  tier: number;
  /** Null when the edition does not know the weight. */
  weight: number | null;
  /** weight × tier, unrounded; null when the weight is unknown. */
  score: number | null;
  maxScore: number | null;
  evidence: EvidenceStatus;
  status: RowStatus;
}

/** An answer that scores in the claimed projection but not in the verified one because of its evidence. */
export interface EvidenceGap {
  indicatorId: string;
  indicatorName: Text;
  tier: number;
  evidence: EvidenceStatus;
  /** Points this innovation loses (weight × tier); null when the weight is unknown. */
  points: number | null;
  /** Evidence the chosen option requires. */
  required: Text[];
}

/**
 * One innovation in one projection. Its per-indicator rows are not kept (30,000 innovations × 20 indicators × 2
 * projections would be 1.2 million objects): `explainInnovation` builds them for the innovations a caller shows.
 */
export interface InnovationProjection {
  /** Σ weight × scoring tier over the SID indicators, unrounded; null when a weight is unknown. */
  total: number | null;
  /** total / maximum × 100, unrounded. */
  maturity: number | null;
  /** Whether the innovation's score counts in SID in this projection. */
  counted: boolean;
}

/**
 * One innovation scored in both projections, with its eligibility, evidence gaps and issues (`RegionResult.innovations`,
 * in input order).
 */
export interface InnovationResult {
  /** Position in the input's `innovations`. */
  index: number;
  id?: string;
  name: string;
  agency: string;
  stage: Stage;
  urusan: string;
  /** Σ weight × highest tier over the SID indicators. */
  maxScore: number | null;
  /** Marked rejected by verification: scores nothing in either projection. */
  rejected: boolean;
  claimed: Readonly<InnovationProjection>;
  verified: Readonly<InnovationProjection>;
  /** Eligibility failures (each an issue with code and path). Empty = eligible. */
  readonly ineligible: readonly Issue[];
  evidenceGaps: EvidenceGap[];
  /** Every issue about this innovation: answer problems, rejection, eligibility failures. */
  readonly issues: readonly Issue[];
  /**
   * The SID answers as resolved, compact on purpose (one short string, not three arrays, per innovation): two
   * characters per SID indicator in the edition's order — the tier the answer reached as `"0"` + tier (0 when
   * unanswered or invalid), then its evidence status as a letter (`a` accepted, `p` pending, `m` missing or
   * unanswered, `r` rejected), upper case when the answer was invalid: `"3a2p0m…"`. `resolvedAnswers(result)` gives
   * it as arrays; `explainInnovation(result, edition)` as rows.
   */
  resolved: string;
}

/** The SID answers as arrays (`resolvedAnswers(result)`), one entry per SID indicator in the edition's order. */
export interface ResolvedAnswers {
  /** The tier each answer reached (0 when unanswered or invalid). */
  tiers: number[];
  /** Its evidence status ("missing" when unanswered). */
  evidence: EvidenceStatus[];
  /** Positions whose answer was invalid. */
  invalid: number[];
}

/** One indicator across the region: for SID Σ over innovations / divisor, for SPD the row itself. */
export interface IndicatorBreakdown {
  indicatorId: string;
  aspect: Aspect;
  name: Text;
  weight: number | null;
  /** Σ of the row scores over counted innovations (SID) or the row score (SPD). */
  sum: number | null;
  /** Contribution to the region total: sum / divisor for SID, the row score for SPD. */
  contribution: number | null;
  /** Contribution if every counted innovation (SID) or the row (SPD) reached the highest tier. */
  maxContribution: number | null;
}

/** A predicate band the index falls in: its id in the edition (`predicates[].id`) and its label in both languages. */
export interface PredicateResult {
  id: string;
  label: Text;
}

/** The skor jumlah inovasi of one projection: the count it takes, and the points that gives up to the cap. */
export interface JumlahInovasiResult {
  /**
   * The count the score takes, by the edition's `formula.jumlahInovasi.countOf`: `sid.counted` (unset or "counted":
   * the innovations counted in this projection), or `sid.n` ("n": the divisor's n, every innovation reported when
   * `rejectedCountInDivisor` is true). Where the two differ, `count` says which was taken.
   */
  count: number;
  /** perInnovation × MIN(count, cap), 0 when the yandas rule is required and fails. */
  score: number | null;
  max: number | null;
  /** Null when the edition does not know how many urusan must be covered. */
  yandasMet: boolean | null;
}

/** The region in one projection (claimed or verified): SPD, SID, total, index, predicate, next band up, breakdown. */
export interface RegionProjection {
  spd: {
    score: number | null;
    max: number | null;
    /** "rows" when computed from SPD answers, "total" when given as a number. */
    from: "rows" | "total";
    rows: RowScore[];
  };
  sid: {
    /** Σ innovation scores (counted innovations). */
    innovationSum: number | null;
    /** Innovations whose score counts. */
    counted: number;
    /** n: innovations in the divisor (counted, plus rejected/ineligible ones where the edition says so). */
    n: number;
    /** MAX(floor, n). */
    divisor: number | null;
    /** innovationSum / divisor. */
    fromIndicators: number | null;
    jumlahInovasi: JumlahInovasiResult;
    /** fromIndicators + jumlahInovasi.score. */
    score: number | null;
  };
  /** SPD + SID, unrounded. */
  total: number | null;
  maxTotal: number | null;
  /** IID 0–100 rounded by the edition's rule (half-up, 2 decimals); null when the edition lacks a number it needs. */
  index: number | null;
  predicate: PredicateResult | null;
  /** The next band up: index points and total points still needed to reach its lowest value. */
  nextBand: { band: PredicateResult; indexNeeded: number; pointsNeeded: number } | null;
  breakdown: IndicatorBreakdown[];
}

/**
 * The yandas rule in one projection: which required urusan the counted innovations cover, which are missing, and what
 * failing it costs.
 */
export interface YandasResult {
  required: string[];
  minCovered: number | null;
  covered: string[];
  missing: string[];
  /** Null when `minCovered` is unknown. */
  met: boolean | null;
  /** Skor jumlah inovasi forfeited because the rule fails (points, and index points rounded); 0 when met or not required. */
  cost: { points: number | null; index: number | null };
}

/**
 * One compliance rule ("every agency of these types, at least k innovations in the year"): its counts, and each agency's
 * when read.
 */
export interface RuleOutcome {
  ruleId: string;
  name: Text;
  /** Year the innovations must belong to. */
  year: number;
  /** Stages that count; null = every stage. */
  countedStages: Stage[] | null;
  agencies: {
    agency: string;
    type: string;
    count: number;
    required: number;
    complies: boolean;
    /** Innovations still missing (0 when it complies). */
    shortBy: number;
  }[];
  compliant: number;
  nonCompliant: number;
  /** Set when no innovation belongs to `year` but some belong to other years (the year trap): those years, most first. */
  otherYears?: { year: number; count: number }[];
}

/** One count target ("N innovations in the year"): how many count, the progress towards it, whether it is met. */
export interface TargetOutcome {
  targetId: string;
  name: Text;
  year: number;
  target: number;
  count: number;
  /** count / target × 100, capped at 100, rounded half-up to 2 decimals. */
  progress: number;
  met: boolean;
  /** Set when no innovation belongs to `year` but some belong to other years (the year trap): those years, most first. */
  otherYears?: { year: number; count: number }[];
}

/** The region's own rules and targets checked (`RegionResult.compliance`); independent of the score. */
export interface ComplianceResult {
  rules: RuleOutcome[];
  targets: TargetOutcome[];
  /**
   * Agencies no innovation names, of any year. "Perangkat daerah tanpa inovasi" as every output lists it (plan,
   * Ringkasan, Rekap, `inovasi score --json`, `banding`) counts the compliance rules' year instead:
   * `agenciesWithoutInYear(input, result.compliance)`.
   */
  agenciesWithout: string[];
  /** Unknown agencies, and one issue per agency not complying and per target not met (the "why"). */
  issues: Issue[];
}

/**
 * What `scoreRegion` gives: the region's index and predicate in both projections (claimed: as answered; verified: only
 * accepted evidence and eligible innovations), each innovation, the yandas rule, compliance, and every issue found.
 */
export interface RegionResult {
  edition: { id: string; name: Text; year: number };
  region: { name: string; level: string; year: number; reported: boolean };
  claimed: RegionProjection;
  verified: RegionProjection;
  innovations: InnovationResult[];
  yandas: { claimed: YandasResult; verified: YandasResult };
  compliance: ComplianceResult;
  /** Problems and notes (unknown options, ineligible innovations, unknown edition numbers, SPD from a total …). */
  issues: Issue[];
}
