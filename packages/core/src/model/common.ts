import { z } from "zod";

/** Text in Bahasa Indonesia (`id`, the official wording) and English (`en`). */
export const Text = z.object({
  id: z.string().min(1),
  en: z.string().min(1),
});
export type Text = z.infer<typeof Text>;

/**
 * How sure a number is, as marked in the domain specification:
 * confirmed by an official source, taken from peer software, our inference, or unknown.
 */
export const Confidence = z.enum(["confirmed", "peer", "inferred", "unknown"]);
export type Confidence = z.infer<typeof Confidence>;

/** A document the edition cites. */
export const Source = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  url: z.string().url().optional(),
  date: z.string().optional(),
  publisher: z.string().optional(),
});
export type Source = z.infer<typeof Source>;

/** Where a number comes from: a source id of the edition, the page or section, and how sure it is. */
export const SourceRef = z.object({
  ref: z.string().min(1),
  page: z.string().optional(),
  confidence: Confidence,
  note: z.string().optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** A number with its source. `value: null` means the number is unknown (confidence "unknown"). */
export const SourcedNumber = z.object({
  value: z.number().nullable(),
  source: SourceRef,
});
export type SourcedNumber = z.infer<typeof SourcedNumber>;

/** One end of an interval. */
export const Bound = z.object({
  value: z.number(),
  inclusive: z.boolean(),
});
export type Bound = z.infer<typeof Bound>;

/** An interval with explicit ends; a missing end is unbounded. */
export const Interval = z.object({
  min: Bound.optional(),
  max: Bound.optional(),
});
export type Interval = z.infer<typeof Interval>;

/** Stage (tahapan) of an innovation. */
export const Stage = z.enum(["inisiatif", "uji_coba", "penerapan"]);
export type Stage = z.infer<typeof Stage>;

/**
 * Kind of agency (perangkat daerah or work unit). `opd` covers dinas, badan, sekretariat, inspektorat and the like.
 */
export const AgencyType = z.enum([
  "opd",
  "kecamatan",
  "kelurahan",
  "desa",
  "rsud",
  "puskesmas",
  "upt",
  "sekolah",
  "bumd",
  "lainnya",
]);
export type AgencyType = z.infer<typeof AgencyType>;
