import { z } from "zod";
import { ComplianceSet } from "../model/compliance.js";
import { AgencyType, Stage } from "../model/common.js";

/** Status of the evidence (bukti dukung) behind one answer. Only `accepted` counts in the verified projection. */
export const EvidenceStatus = z.enum(["accepted", "pending", "missing", "rejected"]);
export type EvidenceStatus = z.infer<typeof EvidenceStatus>;

/**
 * One answer to an indicator. Give the tier directly, the option label, or a measured value
 * (with the measure id when the indicator has more than one measure). Unanswered = tier 0.
 */
export const Answer = z.object({
  tier: z.number().int().min(0).optional(),
  option: z.string().optional(),
  measure: z.string().optional(),
  value: z.number().finite().optional(),
  evidence: EvidenceStatus.default("pending"),
});
export type Answer = z.infer<typeof Answer>;
export type AnswerInput = z.input<typeof Answer>;

export const RegionLevel = z.enum(["provinsi", "kabupaten", "kota"]);
export type RegionLevel = z.infer<typeof RegionLevel>;

export const Region = z.object({
  name: z.string().min(1),
  level: RegionLevel,
  /** IGA assessment year. */
  year: z.number().int(),
  /** False when the region did not report (its predicate is then "Tidak Dapat Dinilai"). */
  reported: z.boolean().default(true),
});
export type Region = z.infer<typeof Region>;

export const Agency = z.object({
  id: z.string().optional(),
  name: z.string().min(1),
  type: AgencyType,
});
export type Agency = z.infer<typeof Agency>;

export const InnovationForm = z.enum(["tata_kelola", "pelayanan_publik", "lainnya"]);
export type InnovationForm = z.infer<typeof InnovationForm>;
export const InnovationKind = z.enum(["digital", "non_digital"]);
export type InnovationKind = z.infer<typeof InnovationKind>;
export const Initiator = z.enum(["kepala_daerah", "dprd", "opd", "asn", "masyarakat"]);
export type Initiator = z.infer<typeof Initiator>;

/** One reported innovation: its profile and the answer (with evidence status) to every SID indicator. */
export const Innovation = z.object({
  id: z.string().optional(),
  name: z.string().min(1),
  /** Name (or id) of the agency in `agencies` that owns it. */
  agency: z.string().min(1),
  stage: Stage,
  form: InnovationForm.optional(),
  kind: InnovationKind.optional(),
  initiator: Initiator.optional(),
  /** Main urusan pemerintahan. */
  urusan: z.string().min(1),
  relatedUrusan: z.array(z.string().min(1)).default([]),
  /** Year the innovation was proposed (for compliance rules); absent = the region's year. */
  year: z.number().int().optional(),
  trialDate: z.iso.date().optional(),
  implementationDate: z.iso.date().optional(),
  /** Words in the rancang bangun. */
  designWords: z.number().int().min(0).optional(),
  /** How many IGA years it has been entered in, this one included. */
  entries: z.number().int().min(1).optional(),
  /** Rejected by verification: scores nothing (and still counts in the divisor where the edition says so). */
  rejected: z.boolean().default(false),
  answers: z.record(z.string(), Answer).default({}),
  /**
   * Fields whose given value did not fit and was left out by `parseRegionInput` (`"designWords"`, `"answers.SID-2"`):
   * the parse already reported each at its place, so the scorer does not report the absence again.
   */
  leftOut: z.array(z.string()).optional(),
});
export type Innovation = z.infer<typeof Innovation>;
export type InnovationInput = z.input<typeof Innovation>;

/** Everything scored for one region. */
export const RegionInput = z.object({
  region: Region,
  /** Answers to the edition's SPD rows (editions with `spdMode: "rows"`). */
  spdAnswers: z.record(z.string(), Answer).default({}),
  /** SPD given as a total (editions with `spdMode: "total"`, or to override the rows). */
  spdTotal: z.number().min(0).optional(),
  agencies: z.array(Agency).default([]),
  innovations: z.array(Innovation).default([]),
  /** The region's own compliance rules and targets, added to the edition's. */
  compliance: ComplianceSet.optional(),
});
export type RegionInput = z.infer<typeof RegionInput>;
export type RegionInputData = z.input<typeof RegionInput>;
