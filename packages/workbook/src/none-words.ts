/**
 * Words an analyst types in an indicator's answer cell for "none" ("Tidak ada", "Belum pernah", "Belum direplikasi",
 * "-"): read as tier 0 — no score, as the number 0 gives — and said at the cell, instead of an unknown option that made
 * the whole file's figures "belum valid" (audit34 F2). Whole cell only, ignoring case, spaces and a final full stop.
 *
 * Not on an indicator whose own options speak of none ("≤ 50 % atau tidak ada", "Tanpa surat penetapan", "Terpisah
 * (belum terintegrasi)", the BPK opinion's "Tidak Wajar"): there the word may mean that option, so the reader's option
 * matching decides ("tidak ada" is SID-14's tier 1) and anything else stays the unknown option it was.
 */
import type { Indicator } from "@inovasi/core";

/** Tidak / Belum (and their short forms), optionally "pernah", optionally what was not done; the English words; a dash. */
const NONE =
  /^(?:(?:tidak|tdk|tak|belum|blm)(?: pernah)?(?: (?:ada|dilakukan|dilaksanakan|direplikasi|diterapkan|tersedia))?|nihil|kosong|nol|none|nil|nothing|never|not yet|not available|n\/a|[-–—]+)\.?$/u;

/** A word of none in an option's label or alias: such an indicator's options decide what a none word means. */
const NONE_IN_LABEL = /(?<![\p{L}\p{N}])(?:tidak|tdk|tak|belum|blm|tanpa|nihil|kosong|nol|none|nil|no|not|without|never)(?![\p{L}\p{N}])/iu;

/** Whether a cell's text (as typed) is a word for none. */
export function isNoneWord(text: string): boolean {
  return NONE.test(text.trim().replace(/\s+/gu, " ").toLowerCase());
}

/** Per indicator, whether none words are read as tier 0 (none of its options speaks of none): once per indicator. */
const readable = new WeakMap<Indicator, boolean>();

export function noneWordsRead(ind: Indicator): boolean {
  let r = readable.get(ind);
  if (r === undefined) readable.set(ind, (r = !ind.options.some((o) => [o.label.id, o.label.en, ...o.aliases].some((s) => NONE_IN_LABEL.test(s)))));
  return r;
}
