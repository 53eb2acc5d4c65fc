/**
 * The model's smallest schemas, shared by editions and region input: written with `zod/mini` so that parsing a
 * region's input in a browser bundle carries neither zod's classic API nor its every locale (the edition schemas,
 * written with classic zod, embed these as they are).
 */
import * as z from "zod/mini";
import { AGENCY_TYPES, CONFIDENCES, STAGES } from "./_choices.js";

/** Text in Bahasa Indonesia (`id`, the official wording) and English (`en`). */
export const Text = z.object({
  id: z.string().check(z.minLength(1)),
  en: z.string().check(z.minLength(1)),
});
export type Text = z.infer<typeof Text>;

/**
 * How sure a number is, as marked in the domain specification:
 * confirmed by an official source, taken from peer software, our inference, or unknown.
 */
export const Confidence = z.enum(CONFIDENCES);
export type Confidence = z.infer<typeof Confidence>;

/** Where a number comes from: a source id of the edition, the page or section, and how sure it is. */
export const SourceRef = z.object({
  ref: z.string().check(z.minLength(1)),
  page: z.optional(z.string()),
  confidence: Confidence,
  note: z.optional(z.string()),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** Stage (tahapan) of an innovation. */
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

/**
 * Kind of agency (perangkat daerah or work unit). `opd` covers dinas, badan, sekretariat, inspektorat and the like.
 */
export const AgencyType = z.enum(AGENCY_TYPES);
export type AgencyType = z.infer<typeof AgencyType>;
