import type { Edition } from "../model/edition.js";
import { compileEdition } from "../engine/_compiled.js";

/**
 * Read an expected score of a new innovation as a person types it (`60`, `57,5`, `57.5`, or a number from a cell): from
 * 0 to the edition's highest innovation score (Σ weight × top tier). A message in Bahasa Indonesia and English
 * otherwise — what `planRegion` and `innovationsNeeded` refuse (RangeError) as their `expectedScore`.
 *
 * @example
 * parseExpectedScore("57,5", edition) //=> { ok: true, value: 57.5 }
 * parseExpectedScore("500", edition).ok //=> false (iid-2026: an innovation scores at most 111)
 */
export function parseExpectedScore(text: string | number, edition: Edition): { ok: true; value: number } | { ok: false; message: { id: string; en: string } } {
  const t = typeof text === "number" ? text : /^\s*\d+([.,]\d+)?\s*$/.test(text) ? Number(text.trim().replace(",", ".")) : NaN;
  const max = compileEdition(edition).sidMax;
  if (t >= 0 && (max === null ? t < Infinity : t <= max)) return { ok: true, value: t };
  const range =
    max === null
      ? { id: "0 atau lebih", en: "0 or more" }
      : { id: `0 sampai ${String(max).replace(".", ",")} (skor tertinggi satu inovasi pada edisi ${edition.id})`, en: `0 up to ${max} (the highest an innovation scores in edition ${edition.id})` };
  return {
    ok: false,
    message: {
      id: `"${String(text)}" bukan skor yang dapat dicapai; tulis angka ${range.id}, mis. 60 atau 57,5`,
      en: `"${String(text)}" is not a score an innovation can reach; write a number of ${range.en}, e.g. 60 or 57.5`,
    },
  };
}
