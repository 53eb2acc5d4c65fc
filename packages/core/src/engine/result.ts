import type { Issue } from "../issues.js";
import type { EvidenceStatus } from "../input/schemas.js";
import type { Aspect, Text } from "../model/index.js";

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
  weight: number;
  /** weight × tier, unrounded. */
  score: number;
  maxScore: number;
  evidence: EvidenceStatus;
  status: RowStatus;
}

/** An answer that scores in the claimed projection but not in the verified one. */
export interface EvidenceGap {
  indicatorId: string;
  indicatorName: Text;
  tier: number;
  evidence: EvidenceStatus;
  /** Points this innovation loses (weight × tier). */
  points: number;
  /** Evidence the chosen option requires. */
  required: Text[];
}

export interface InnovationProjection {
  rows: RowScore[];
  /** Σ rows, unrounded. */
  total: number;
  /** total / maximum × 100, unrounded. */
  maturity: number;
  /** Whether the innovation's score counts in SID in this projection. */
  counted: boolean;
}

export interface InnovationResult {
  /** Position in the input's `innovations`. */
  index: number;
  id?: string;
  name: string;
  agency: string;
  stage: string;
  urusan: string;
  maxScore: number;
  claimed: InnovationProjection;
  verified: InnovationProjection;
  /** Eligibility failures (each an issue with code and path). Empty = eligible. */
  ineligible: Issue[];
  evidenceGaps: EvidenceGap[];
}

/** One SID indicator across the region: Σ over innovations / divisor — what it adds to SID. */
export interface IndicatorBreakdown {
  indicatorId: string;
  aspect: Aspect;
  name: Text;
  weight: number;
  /** Σ of the row scores over counted innovations (SID) or the row score (SPD). */
  sum: number;
  /** Contribution to the region total: sum / divisor for SID, the row score for SPD. */
  contribution: number;
  /** Highest possible contribution. */
  maxContribution: number;
}

export interface PredicateResult {
  id: string;
  label: Text;
}

export interface RegionProjection {
  spd: {
    score: number;
    max: number;
    /** "rows" when computed from SPD answers, "total" when given as a number. */
    from: "rows" | "total";
    rows: RowScore[];
  };
  sid: {
    /** Σ innovation scores (counted innovations). */
    innovationSum: number;
    /** n: innovations in the divisor. */
    n: number;
    divisor: number;
    /** innovationSum / divisor. */
    fromIndicators: number;
    jumlahInovasi: { count: number; score: number; max: number; yandasMet: boolean };
    /** fromIndicators + jumlahInovasi.score. */
    score: number;
  };
  /** SPD + SID, unrounded. */
  total: number;
  maxTotal: number;
  /** IID 0–100 rounded by the edition's rule (half-up, 2 decimals); null when the edition lacks a number it needs. */
  index: number | null;
  predicate: PredicateResult | null;
  /** Index points to the next band up, if any. */
  nextBand: { band: PredicateResult; indexNeeded: number; pointsNeeded: number } | null;
  breakdown: IndicatorBreakdown[];
}

export interface YandasResult {
  required: string[];
  minCovered: number | null;
  covered: string[];
  missing: string[];
  met: boolean;
  /** Index points lost because the rule fails (skor jumlah inovasi forfeited); 0 when met. */
  cost: { points: number; index: number };
}

export interface RuleOutcome {
  ruleId: string;
  name: Text;
  agencies: {
    agency: string;
    type: string;
    count: number;
    required: number;
    complies: boolean;
  }[];
  compliant: number;
  nonCompliant: number;
}

export interface TargetOutcome {
  targetId: string;
  name: Text;
  target: number;
  count: number;
  /** count / target × 100, capped at 100. */
  progress: number;
  met: boolean;
}

export interface ComplianceResult {
  rules: RuleOutcome[];
  targets: TargetOutcome[];
  /** Agencies with no innovation at all. */
  agenciesWithout: string[];
}

export interface RegionResult {
  edition: { id: string; name: Text; year: number };
  region: { name: string; level: string; year: number };
  claimed: RegionProjection;
  verified: RegionProjection;
  innovations: InnovationResult[];
  yandas: { claimed: YandasResult; verified: YandasResult };
  compliance: ComplianceResult;
  /** Problems and notes (unknown options, ineligible innovations, unknown edition numbers, SPD from a total …). */
  issues: Issue[];
}
