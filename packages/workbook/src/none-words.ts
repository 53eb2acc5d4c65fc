/**
 * Words an analyst types in an indicator's answer cell for "none" ("Tidak ada", "Belum pernah", "Belum direplikasi",
 * "-"): read as tier 0 — no score, as the number 0 gives — and said at the cell, instead of an unknown option that made
 * the whole file's figures "belum valid" (audit34 F2). Whole cell only, ignoring case, spaces and a final full stop.
 *
 * With what there is none of after it ("tidak ada pengaduan", "belum ada SK", "belum direplikasi ke daerah lain"): the
 * same, when those are words only (up to four) and none of them turns the phrase ("tidak ada pengaduan yang belum
 * selesai" says every complaint was resolved; "tidak ada SK, hanya surat tugas" names another option).
 *
 * On an indicator whose own options speak of none ("≤ 50 % atau tidak ada", "Tanpa surat penetapan", "Terpisah (belum
 * terintegrasi)"), the reader's option matching goes first ("tidak ada" is SID-14's tier 1); a none word it does not
 * read is that option when exactly one option speaks of none (said, with the others to type), and stays the unknown
 * option it was when several do (SPD-8's "Tidak Wajar" and "Wajar Tanpa Pengecualian"). A dash, "kosong" or "n/a"
 * says nothing is written, not that there is none: tier 0 there too, never more than a blank cell scores.
 */
import type { Indicator } from "@inovasi/core";
import { hyphens } from "./values.js";

/** Tidak / Belum (and their short forms), optionally "pernah", optionally what was not done; the English words. */
const NONE =
  /^(?:(?:tidak|tdk|tak|belum|blm)(?: pernah)?(?: (?:ada|dilakukan|dilaksanakan|direplikasi|diterapkan|tersedia))?|nihil|nol|none|nil|nothing|never|not yet|not available)\.?$/u;

/**
 * Words that leave the cell empty rather than say there is none: a dash, "kosong", "n/a". Tier 0 on every indicator,
 * one whose options speak of none too: they score what a blank cell scores, never that option's tier.
 */
const BLANK = /^(?:kosong|n\/a|-+)\.?$/u;

/** A word of none in an option's label or alias: such an indicator's options decide what a none word means. */
const NONE_IN_LABEL = /(?<![\p{L}\p{N}])(?:tidak|tdk|tak|belum|blm|tanpa|nihil|kosong|nol|none|nil|no|not|without|never)(?![\p{L}\p{N}])/iu;

/**
 * The phrase forms followed by what there is none of: up to four words of letters (a digit may be a value, a comma a
 * second clause), none in {@link TURNS}.
 */
const NONE_PHRASE = /^(?:tidak|tdk|tak|belum|blm)(?: pernah)? (?:ada|dilakukan|dilaksanakan|direplikasi|diterapkan|tersedia)((?: \p{L}[\p{L}'’-]*){1,4})\.?$/u;

/**
 * Words after a none phrase that make it say something else: a relative clause, an exception, a second negation or
 * "ada"; and what is missing being the information, not the thing ("belum ada data" is not known, not none; "tidak ada
 * bukti" speaks of the evidence).
 */
const TURNS = /^(?:yang|yg|selain|kecuali|hanya|cuma|tapi|tetapi|namun|melainkan|bukan|tidak|tdk|tak|belum|blm|sudah|ada|data|info|informasi|keterangan|bukti)$/u;

/**
 * Whether a cell's text (as typed) is a word for none, alone or with what there is none of after it (`none`), or a
 * word that leaves the cell empty (`blank`: a dash, "kosong", "n/a"); null for any other text.
 */
export function noneWord(text: string): "none" | "blank" | null {
  // any dash as a hyphen: a dash alone is "-", "tidak ada e–katalog" one word
  const t = hyphens(text).trim().replace(/\s+/gu, " ").toLowerCase();
  if (NONE.test(t)) return "none";
  if (BLANK.test(t)) return "blank";
  const m = NONE_PHRASE.exec(t);
  return m && !m[1]!.trim().split(" ").some((w) => TURNS.test(w)) ? "none" : null;
}

type Option = Indicator["options"][number];

/** Per indicator, what a none word is read as: tier 0, the one option that speaks of none, or nothing (null). */
const readings = new WeakMap<Indicator, Option | 0 | null>();

/**
 * What a none word on this indicator is read as, decided once per indicator: tier 0 when none of its options speaks of
 * none; that option when exactly one does (SID-14's "≤ 50 % atau tidak ada", SID-8's "Tanpa surat penetapan"); null
 * when several do (SPD-8: "Tidak Wajar" beside "Wajar Tanpa Pengecualian"), and the word stays an unknown option.
 */
export function noneReading(ind: Indicator): Option | 0 | null {
  let r = readings.get(ind);
  if (r === undefined) {
    const speaking = ind.options.filter((o) => [o.label.id, o.label.en, ...o.aliases].some((s) => NONE_IN_LABEL.test(s)));
    readings.set(ind, (r = speaking.length === 0 ? 0 : speaking.length === 1 ? speaking[0]! : null));
  }
  return r;
}
