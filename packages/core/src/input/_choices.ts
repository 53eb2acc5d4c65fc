/**
 * The choices of the region input's enums as plain lists, zod-free: the zod schemas (`schemas.ts`) are built from
 * them, and so is the checker `parseRegionInput` runs (`_check.ts`).
 */

/** Status of the evidence (bukti dukung) behind one answer. */
export const EVIDENCE_STATUSES = ["accepted", "pending", "missing", "rejected"] as const;
export const REGION_LEVELS = ["provinsi", "kabupaten", "kota"] as const;
export const INNOVATION_FORMS = ["tata_kelola", "pelayanan_publik", "lainnya"] as const;
export const INNOVATION_KINDS = ["digital", "non_digital"] as const;
export const INITIATORS = ["kepala_daerah", "dprd", "opd", "asn", "masyarakat"] as const;
