// The region input's published schemas (types, `.parse`), in zod/mini. parseRegionInput does not run them: it checks
// input without zod (_fast.ts, _check.ts), held to these schemas by test/properties/parse-check.property.test.ts, so a
// change here needs the same change in _check.ts and _fast.ts (the property test fails until they agree).
import * as z from "zod/mini";
import { AgencyType, Stage } from "../model/base.js";
import { ComplianceSet } from "../model/compliance.js";
import { EVIDENCE_STATUSES, INITIATORS, INNOVATION_FORMS, INNOVATION_KINDS, REGION_LEVELS } from "./_choices.js";

/** Status of the evidence (bukti dukung) behind one answer. Only `accepted` counts in the verified projection. */
export const EvidenceStatus = z.enum(EVIDENCE_STATUSES);
export type EvidenceStatus = z.infer<typeof EvidenceStatus>;

/**
 * One answer to an indicator. Give the tier directly, the option label, or a measured value
 * (with the measure id when the indicator has more than one measure). Unanswered = tier 0.
 */
export const Answer = z.object({
  tier: z.optional(z.int().check(z.gte(0))),
  option: z.optional(z.string()),
  measure: z.optional(z.string()),
  value: z.optional(z.number()),
  evidence: z._default(EvidenceStatus, "pending"),
});
export type Answer = z.infer<typeof Answer>;
/** An {@link Answer} as a caller writes it: `evidence` may be left out (it defaults to `"pending"`). */
export type AnswerInput = z.input<typeof Answer>;

/** Level of a region (`provinsi`, `kabupaten`, `kota`). */
export const RegionLevel = z.enum(REGION_LEVELS);
export type RegionLevel = z.infer<typeof RegionLevel>;

/** The region being scored: its name, level, IGA year and whether it reported. */
export const Region = z.object({
  name: z.string().check(z.minLength(1)),
  level: RegionLevel,
  /** IGA assessment year. */
  year: z.int(),
  /** False when the region did not report (its predicate is then "Tidak Dapat Dinilai"). */
  reported: z._default(z.boolean(), true),
});
export type Region = z.infer<typeof Region>;

/** One agency of the region (OPD, kecamatan, kelurahan …): its name and type; innovations name it in `agency`. */
export const Agency = z.object({
  id: z.optional(z.string()),
  name: z.string().check(z.minLength(1)),
  type: AgencyType,
});
export type Agency = z.infer<typeof Agency>;

/** Form (bentuk) of an innovation: `tata_kelola` (governance), `pelayanan_publik` (public service) or `lainnya`. */
export const InnovationForm = z.enum(INNOVATION_FORMS);
export type InnovationForm = z.infer<typeof InnovationForm>;
/** Kind (jenis) of an innovation: `digital` or `non_digital`. */
export const InnovationKind = z.enum(INNOVATION_KINDS);
export type InnovationKind = z.infer<typeof InnovationKind>;
/** Who started an innovation (inisiator): `kepala_daerah`, `dprd`, `opd`, `asn` or `masyarakat`. */
export const Initiator = z.enum(INITIATORS);
export type Initiator = z.infer<typeof Initiator>;

/** One reported innovation: its profile and the answer (with evidence status) to every SID indicator. */
export const Innovation = z.object({
  id: z.optional(z.string()),
  name: z.string().check(z.minLength(1)),
  /** Name (or id) of the agency in `agencies` that owns it. */
  agency: z.string().check(z.minLength(1)),
  stage: Stage,
  form: z.optional(InnovationForm),
  kind: z.optional(InnovationKind),
  initiator: z.optional(Initiator),
  /** Main urusan pemerintahan. */
  urusan: z.string().check(z.minLength(1)),
  relatedUrusan: z._default(z.array(z.string().check(z.minLength(1))), []),
  /** Year the innovation was proposed (for compliance rules); absent = the region's year. */
  year: z.optional(z.int()),
  trialDate: z.optional(z.iso.date()),
  implementationDate: z.optional(z.iso.date()),
  /** Words in the rancang bangun. */
  designWords: z.optional(z.int().check(z.gte(0))),
  /** How many IGA years it has been entered in, this one included. */
  entries: z.optional(z.int().check(z.gte(1))),
  /** Rejected by verification: scores nothing (and stays in the divisor where the edition says so). */
  rejected: z._default(z.boolean(), false),
  answers: z._default(z.record(z.string(), Answer), {}),
  /**
   * Fields whose given value did not fit and was left out by `parseRegionInput` (`"designWords"`, `"answers.SID-2"`):
   * the parse already reported each at its place, so the scorer does not report the absence again.
   */
  leftOut: z.optional(z.array(z.string())),
});
export type Innovation = z.infer<typeof Innovation>;
/**
 * An {@link Innovation} as a caller writes it: the fields with defaults (`relatedUrusan`, `rejected`, `answers`) may
 * be left out.
 */
export type InnovationInput = z.input<typeof Innovation>;

/** Everything scored for one region. */
export const RegionInput = z.object({
  region: Region,
  /** Answers to the edition's SPD rows (editions with `spdMode: "rows"`). */
  spdAnswers: z._default(z.record(z.string(), Answer), {}),
  /** SPD given as a total (editions with `spdMode: "total"`, or to override the rows). */
  spdTotal: z.optional(z.number().check(z.gte(0))),
  agencies: z._default(z.array(Agency), []),
  innovations: z._default(z.array(Innovation), []),
  /** The region's own compliance rules and targets, added to the edition's. */
  compliance: z.optional(ComplianceSet),
});
/**
 * A region's input as `parseRegionInput` gives it (`value`: defaults filled, `region.reported` set) and the scorers take.
 * What a caller writes is a {@link RegionInputData}. An interface, so that a type error names it (audit35 #4).
 */
export interface RegionInput extends z.infer<typeof RegionInput> {}
/**
 * A region's input as a caller writes it, before `parseRegionInput` fills the defaults (what it accepts; its value
 * is a {@link RegionInput}).
 */
export type RegionInputData = z.input<typeof RegionInput>;
