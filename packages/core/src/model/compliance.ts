import * as z from "zod/mini";
import { INNOVATION_FORMS } from "../input/_choices.js";
import { AgencyType, SourceRef, Stage, Text } from "./base.js";

/** Forms (bentuk) that count; absent = every form. An innovation without a form does not count where forms are named. */
const CountedForms = z.optional(z.array(z.enum(INNOVATION_FORMS)).check(z.minLength(1)));

/**
 * "Each agency of these types produces at least `minCount` innovations in `year`"
 * (e.g. Kutai Kartanegara's "Satu Instansi Satu Inovasi": every OPD, kecamatan and kelurahan, one a year).
 */
export const ComplianceRule = z.object({
  id: z.string().check(z.minLength(1)),
  name: Text,
  agencyTypes: z.array(AgencyType).check(z.minLength(1)),
  minCount: z.int().check(z.gte(1)),
  /** Year the innovations must belong to; absent = the region's assessment year. */
  year: z.optional(z.int()),
  /** Stages that count; absent = every stage. */
  countedStages: z.optional(z.array(Stage).check(z.minLength(1))),
  countedForms: CountedForms,
  source: z.optional(SourceRef),
});
export type ComplianceRule = z.infer<typeof ComplianceRule>;

/** "`count` innovations proposed in `year`" (e.g. Pangkalpinang 2025: 100), optionally only from some agency types. */
export const ComplianceTarget = z.object({
  id: z.string().check(z.minLength(1)),
  name: Text,
  count: z.int().check(z.gte(1)),
  year: z.optional(z.int()),
  agencyTypes: z.optional(z.array(AgencyType).check(z.minLength(1))),
  countedStages: z.optional(z.array(Stage).check(z.minLength(1))),
  countedForms: CountedForms,
  source: z.optional(SourceRef),
});
export type ComplianceTarget = z.infer<typeof ComplianceTarget>;

/** Compliance rules and targets together (an edition's, or a region's own in its input); both lists default to empty. */
export const ComplianceSet = z.object({
  rules: z._default(z.array(ComplianceRule), []),
  targets: z._default(z.array(ComplianceTarget), []),
});
export type ComplianceSet = z.infer<typeof ComplianceSet>;
