import * as z from "zod";
import { ComplianceSet } from "./compliance.js";
import { Bound, Interval, Source, SourceRef, SourcedNumber, Stage, Text } from "./common.js";
import { Urusan } from "./urusan.js";

/** A tier reached when a measured value falls in `interval` (e.g. persons served 201–500 → tier 2). */
export const MeasureTier = Interval.extend({
  tier: z.number().int().min(1),
});
export type MeasureTier = z.infer<typeof MeasureTier>;

/**
 * A numeric basis an indicator can be answered with, so an analyst types the measured value instead of a tier.
 * Tiers must neither overlap nor leave gaps between them; values outside every tier score tier 0.
 */
export const Measure = z.object({
  id: z.string().min(1),
  name: Text,
  unit: z.string(),
  /** The unit in English, for messages in English ("persons" for `orang`); messages keep `unit` when it is unset. */
  unitEn: z.optional(z.string()),
  tiers: z.array(MeasureTier).min(1),
  /**
   * The largest value the measure can take by its definition (the IPM, an index of 0 to 100; a share of a whole,
   * 100 %), with its source; unset where the definition sets none (a growth, a count). Not a tier boundary: a reader
   * takes it to tell an impossible reading from a possible one ("72.500" for an IPM is 72,5, never 72500).
   */
  maximum: z.optional(z.object({ value: z.number(), source: SourceRef })),
  source: z.optional(SourceRef),
});
export type Measure = z.infer<typeof Measure>;

/**
 * An answer option: the tier it gives, its label, and the evidence (bukti dukung) it requires. An answer names it by
 * its Indonesian or English label, by an abbreviation the label holds (`WTP` for "Wajar Tanpa Pengecualian (WTP)",
 * the label without its bracketed part) or by one of `aliases`.
 */
export const Option = z.object({
  tier: z.number().int().min(1),
  label: Text,
  evidence: z.array(Text).default([]),
  /** Other words an analyst writes for this option (matched ignoring case and extra spaces). */
  aliases: z.array(z.string().min(1)).default([]),
});
export type Option = z.infer<typeof Option>;

/** The part of the index a row belongs to: `SPD` (the region's own rows) or `SID` (rows answered per innovation). */
export const Aspect = z.enum(["SPD", "SID"]);
export type Aspect = z.infer<typeof Aspect>;

/**
 * One scored row. Its score is `weight × tier` (tier 0 when unanswered or its evidence is not accepted).
 * `weight: null` marks a weight the sources do not give (the edition then reports it as missing).
 */
export const Indicator = z.object({
  id: z.string().min(1),
  number: z.string().min(1),
  aspect: Aspect,
  name: Text,
  question: Text,
  weight: z.number().min(0).nullable(),
  mandatory: z.boolean().default(false),
  options: z.array(Option).min(1),
  measures: z.array(Measure).default([]),
  /**
   * Whether the answer is the region's record — set by the years already past or by another body (BPS statistics,
   * the BPK opinion, the LAKIP grade, the RPJMD's vision, how long the innovation took to make) — rather than something
   * the region can raise before the assessment window closes. A plan asks for its evidence but never raises its tier.
   * Unset: an SPD row measured by a statistic (it has `measures`) is a record, any other row is not.
   */
  record: z.boolean().optional(),
  source: SourceRef,
});
export type Indicator = z.infer<typeof Indicator>;

/**
 * A band threshold the sources do not give (the spec's "[?]": IGA 2025's lower bands): `value: null` with its source,
 * confidence "unknown", as for any unknown number. Both bands that meet there mark it. Where it decides, the predicate
 * is unknown (null, with a `predicate_unknown` issue), whichever side would hold the index; `inclusive` is not needed.
 */
export const UnknownBound = z.object({
  value: z.null(),
  inclusive: z.boolean().optional(),
  source: SourceRef,
});
export type UnknownBound = z.infer<typeof UnknownBound>;

/** One end of a predicate band: a threshold, or one the sources do not give ({@link UnknownBound}). */
export const BandBound = z.union([Bound, UnknownBound]);
export type BandBound = z.infer<typeof BandBound>;

/** A predicate band on the index rounded to `rounding.decimals` (e.g. "Inovatif": 40 < IID ≤ 65 in 2026). */
export const Band = z.object({
  id: z.string().min(1),
  label: Text,
  min: BandBound,
  max: BandBound,
  source: SourceRef,
});
export type Band = z.infer<typeof Band>;

/** Which count the skor jumlah inovasi takes: the innovations counted in the projection, or the divisor's n. */
export const CountOf = z.enum(["counted", "n"]);
export type CountOf = z.infer<typeof CountOf>;

/** Which index a predicate band is chosen on: the rounded one (as published) or the exact one. */
export const PredicateOn = z.enum(["rounded", "unrounded"]);
export type PredicateOn = z.infer<typeof PredicateOn>;

/**
 * The numbers of the index formula, each with its source: the SID divisor floor, the innovation-count score, the
 * maxima, rounding, the highest tier and which index the predicate is read from.
 */
export const Formula = z.object({
  /** SID = Σ innovation scores / MAX(floor, n) + skor jumlah inovasi. */
  sidDivisorFloor: SourcedNumber,
  /** Whether rejected (or ineligible) innovations still count in the divisor n while scoring nothing. */
  rejectedCountInDivisor: z.object({ value: z.boolean(), source: SourceRef }),
  /**
   * Skor jumlah inovasi = perInnovation × MIN(count, countCap), 0 when `requiresYandas` and the yandas rule fails;
   * `count` by `countOf`.
   */
  jumlahInovasi: z.object({
    perInnovation: SourcedNumber,
    countCap: SourcedNumber,
    requiresYandas: z.boolean(),
    /**
     * Which count the score takes (disputed): unset or `counted` — the innovations that count in the projection
     * (klaim: every one not rejected; terverifikasi: not rejected and eligible), inovasi's reading [I]; `n` — the
     * divisor's n, as the spec writes MIN(n, 200): every innovation reported when `rejectedCountInDivisor` is true,
     * the counted ones (the same as `counted`) when it is false. Unset in the shipped editions (the default).
     */
    countOf: CountOf.optional(),
  }),
  /** Maximum of SPD + SID; IID = total / maxTotal × 100. */
  maxTotal: SourcedNumber,
  /** Maximum SPD score; when SPD rows are given it must equal Σ weight × highest tier. */
  maxSpd: SourcedNumber,
  rounding: z.object({
    decimals: z.number().int().min(0).max(6),
    mode: z.literal("half-up"),
  }),
  /** Highest tier an answer can reach (tier ∈ 0..maxTier; IID editions use 3). Option and measure tiers lie in 1..maxTier. */
  maxTier: z.number().int().min(1).max(10).default(3),
  /**
   * Which index the predicate is taken on (disputed): `rounded` (default) — the index rounded half-up to `decimals`,
   * as published, so 65.005 → 65.01 → "Sangat Inovatif" in 2026; `unrounded` — the exact index against the published
   * thresholds, as one regional system compares it, so 65.005 < 65.01 → "Inovatif". The displayed index is rounded
   * either way.
   */
  predicateOn: PredicateOn.default("rounded"),
});
export type Formula = z.infer<typeof Formula>;

/** Urusan wajib pelayanan dasar the region's innovations must cover (at least `minCovered` of them). */
export const Yandas = z.object({
  /** Ids of entries of the edition's urusan catalogue (`Edition.urusan`), e.g. `["pendidikan", "kesehatan", "pupr", …]`. */
  urusan: z.array(z.string().min(1)).min(1),
  minCovered: SourcedNumber,
  /** Whether an innovation's related urusan count toward coverage, or only its main urusan. */
  countRelatedUrusan: z.boolean().default(false),
});
export type Yandas = z.infer<typeof Yandas>;

/**
 * Which innovations count: the stages scored, the implementation window, the design narrative's minimum words, how
 * often one may be entered, and whether every mandatory indicator must be answered.
 */
export const Eligibility = z.object({
  /** Stages whose innovations are scored; `value: null` = unknown (every stage is then scored, and the result says so). */
  scoredStages: z.object({ value: z.array(Stage).min(1).nullable(), source: SourceRef }),
  /** Implementation or development must fall in this window (ISO dates, inclusive). */
  window: z
    .object({ from: z.iso.date(), to: z.iso.date(), source: SourceRef })
    .nullable()
    .default(null),
  /** Minimum words of the rancang bangun (design narrative). */
  minDesignWords: SourcedNumber.nullable().default(null),
  /** Times an innovation may be entered across IGA years. */
  maxEntries: SourcedNumber.nullable().default(null),
  /** Whether every mandatory (*) indicator must be answered for the innovation to count. */
  mandatoryRequired: z.boolean().default(true),
});
export type Eligibility = z.infer<typeof Eligibility>;

/** How the region-level (SPD) aspect is given: scored rows, or — where the edition lacks the rows — a total. */
export const SpdMode = z.enum(["rows", "total"]);
export type SpdMode = z.infer<typeof SpdMode>;

/**
 * A model edition: every number the IID scoring needs, with its source. JSON-serialisable.
 * Validate with {@link validateEdition}, never trust a raw object.
 */
export const Edition = z.object({
  $schema: z.string().optional(),
  /** Lowercase letters, digits and dashes (e.g. `iid-2026`, `kaltim-2026`). */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: Text,
  /** The IGA year the edition assesses. */
  year: z.number().int().min(2017).max(2100),
  description: z.optional(Text),
  /**
   * A caveat to print beside every figure the edition produces — for editions that are not official numbers (a
   * projection, an edition whose unknown rules were filled by inference). Consumers (CLI, workbook, add-in) show it
   * wherever they show an index, a predicate or a score computed with this edition.
   */
  caveat: z.optional(Text),
  /** The edition this one was derived from, for information (set by `deriveEdition` and by resolving `extends`). */
  derivedFrom: z.string().optional(),
  /**
   * In a model file: the id of a shipped edition this file builds on, so the file holds only what differs
   * (objects merge, indicators are patched by id, other arrays are replaced). Resolved away by `validateEdition`.
   */
  extends: z.string().optional(),
  sources: z.array(Source).min(1),
  spdMode: SpdMode,
  indicators: z.array(Indicator),
  formula: Formula,
  /**
   * The urusan pemerintahan an innovation's urusan is matched against (UU 23/2014, with the usual abbreviations as
   * aliases). An urusan that matches no entry is an error at its cell; the yandas rule names entries of this list.
   */
  urusan: z.array(Urusan).min(1),
  yandas: Yandas,
  eligibility: Eligibility,
  bands: z.array(Band).min(1),
  compliance: z._default(ComplianceSet, { rules: [], targets: [] }),
});
/**
 * A validated edition (defaults filled). An interface rather than the inferred alias so that a type error names it
 * `Edition`, not its whole expanded structure (audit35 #4); the same members.
 */
export interface Edition extends z.infer<typeof Edition> {}
/** An edition as written in a JSON file or object literal (defaults optional). */
export type EditionInput = z.input<typeof Edition>;
