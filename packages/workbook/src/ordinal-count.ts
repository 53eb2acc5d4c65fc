/**
 * Jumlah Keikutsertaan typed as the entry it is rather than a count (audit22 F10): "Ketiga", "ke-3", "ke 2", "Kedua
 * kalinya" say the innovation's third or second entry, so it has been entered that many times. Anything else (a list of
 * years, "2023, 2024") is not read here.
 */
import type { CellValue } from "./grid.js";
import { hyphens, withoutInvisible } from "./values.js";

/** The Indonesian ordinal words up to ten, by the count they say. */
const ORDINALS = ["pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan", "kesepuluh"];

/** The count an ordinal says ("Ketiga", "ke-3", "ke 3", "ke3", "kali ke-2", "yang kedua", "ke-2 kalinya"), else undefined. */
export function ordinalCount(v: CellValue): number | undefined {
  if (typeof v !== "string") return undefined;
  const s = hyphens(withoutInvisible(v)).trim().toLowerCase().replace(/\s+/g, " ").replace(/^(?:yang|kali|keikutsertaan) /, "").replace(/ (?:kali|kalinya)?\.?$|\.$/, "");
  const k = ORDINALS.indexOf(s);
  if (k >= 0) return k + 1;
  const m = /^ke\s?-?\s?(\d{1,2})$/.exec(s);
  return m && Number(m[1]) > 0 ? Number(m[1]) : undefined;
}
