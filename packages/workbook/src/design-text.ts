/**
 * The rancang bangun itself where its word count is asked (audit22 F12): a column "Rancang Bangun" holding the
 * narrative, or the narrative pasted into the Jumlah Kata cell. Its words are counted (the spec's eligibility is a
 * design of at least 300 words; a word is a run of characters between spaces holding a letter or a digit).
 */
import type { CellValue } from "./grid.js";

/** A text is the narrative, not a count typed in words ("kurang lebih 300 kata"), from this many words. */
const NARRATIVE_WORDS = 20;

/** The words of a text: runs between white space holding a letter or a digit ("—" and "-" alone are not words). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The word count of a cell holding a design narrative (a text of {@link NARRATIVE_WORDS} words or more); else undefined. */
export function narrativeWords(v: CellValue): number | undefined {
  if (typeof v !== "string") return undefined;
  const n = wordCount(v);
  return n >= NARRATIVE_WORDS ? n : undefined;
}

/** The start of a long text for a message: its first words, "…" after when cut. */
export function textStart(text: string, words = 8): string {
  const ws = text.trim().split(/\s+/);
  return ws.length > words ? `${ws.slice(0, words).join(" ")} …` : text.trim();
}

/** Headers (by headerKey) of a column that may hold the design narrative itself: read as it only when its cells are texts. */
export const DESIGN_TEXT_HEADERS = new Set(["rancang bangun", "rancangan bangun", "rancang bangun inovasi", "narasi rancang bangun", "uraian rancang bangun", "deskripsi rancang bangun"]);
