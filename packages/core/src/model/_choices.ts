/**
 * The choices of the model's enums as plain lists, zod-free: the zod schemas (`base.ts`) are built from them, and so
 * is the region-input checker (`input/_check.ts`), which must not pull zod into a browser bundle.
 */

/** Stages (tahapan) of an innovation. */
export const STAGES = ["inisiatif", "uji_coba", "penerapan"] as const;

/** Kinds of agency (perangkat daerah or work unit). */
export const AGENCY_TYPES = ["opd", "kecamatan", "kelurahan", "desa", "rsud", "puskesmas", "upt", "sekolah", "bumd", "lainnya"] as const;

/** How sure a number is: confirmed by an official source, taken from peer software, our inference, or unknown. */
export const CONFIDENCES = ["confirmed", "peer", "inferred", "unknown"] as const;
