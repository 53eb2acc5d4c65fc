import { z } from "zod";
import { AgencyType, SourceRef, Stage, Text } from "./common.js";

/**
 * "Each agency of these types produces at least `minCount` innovations in `year`"
 * (e.g. Kutai Kartanegara's "Satu Instansi Satu Inovasi": every OPD, kecamatan and kelurahan, one a year).
 */
export const ComplianceRule = z.object({
  id: z.string().min(1),
  name: Text,
  agencyTypes: z.array(AgencyType).min(1),
  minCount: z.number().int().min(1),
  /** Year the innovations must belong to; absent = the region's assessment year. */
  year: z.number().int().optional(),
  /** Stages that count; absent = every stage. */
  countedStages: z.array(Stage).min(1).optional(),
  source: SourceRef.optional(),
});
export type ComplianceRule = z.infer<typeof ComplianceRule>;

/** "`count` innovations proposed in `year`" (e.g. Pangkalpinang 2025: 100), optionally only from some agency types. */
export const ComplianceTarget = z.object({
  id: z.string().min(1),
  name: Text,
  count: z.number().int().min(1),
  year: z.number().int().optional(),
  agencyTypes: z.array(AgencyType).min(1).optional(),
  countedStages: z.array(Stage).min(1).optional(),
  source: SourceRef.optional(),
});
export type ComplianceTarget = z.infer<typeof ComplianceTarget>;

export const ComplianceSet = z.object({
  rules: z.array(ComplianceRule).default([]),
  targets: z.array(ComplianceTarget).default([]),
});
export type ComplianceSet = z.infer<typeof ComplianceSet>;
