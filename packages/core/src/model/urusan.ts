import * as z from "zod";
import { SourceRef, Text } from "./common.js";

/**
 * Class of an urusan pemerintahan (UU 23/2014): urusan wajib related to basic services (pelayanan dasar, Pasal 12
 * ayat 1), other urusan wajib (ayat 2), urusan pilihan (ayat 3), the supporting functions (fungsi penunjang, Pasal 219),
 * urusan pemerintahan umum (Pasal 25) and internal oversight (Inspektorat, Pasal 216).
 */
export const UrusanCategory = z.enum([
  "wajib_pelayanan_dasar",
  "wajib_non_pelayanan_dasar",
  "pilihan",
  "penunjang",
  "pemerintahan_umum",
  "pengawasan",
]);
export type UrusanCategory = z.infer<typeof UrusanCategory>;

/**
 * One entry of the edition's urusan catalogue: the official name, its class, and the abbreviations and spellings
 * analysts write for it (`PUPR`, `Dukcapil`, `Satpol PP` …). An innovation's urusan matches an entry by its id, name or
 * any alias, ignoring case, spaces and punctuation (see `matchUrusan`).
 */
export const Urusan = z.object({
  /** Lowercase letters, digits and dashes (e.g. `pupr`); the yandas rule names entries by this id. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: Text,
  category: UrusanCategory,
  aliases: z.array(z.string().min(1)).default([]),
  source: SourceRef,
});
export type Urusan = z.infer<typeof Urusan>;
