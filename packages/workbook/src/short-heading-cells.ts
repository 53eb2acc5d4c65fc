/**
 * Whether a column headed short ("Anggaran", "Video", "14") holds answers of the indicator the heading names (review18
 * F4): a common extra column (budgets in rupiah, video links) headed with a word of an indicator's name was taken for
 * it when the indicator's own column was missing, and gave one error per row instead of one message at the header.
 */
import type { Indicator } from "@inovasi/core";
import { type Grid, cellAt, isBlank, normaliseHeader } from "./grid.js";
import { readNumber } from "./values.js";
import { looseOption, valueWithUnit } from "./answer-text.js";
import { optionByForm } from "./tier-forms.js";
import { optionByWords } from "./option-words.js";
import { impossibleFor } from "./measured-value.js";

/** Whether one cell reads as an answer of `ind`: an option (as the reader knows options), a tier, or a possible value. */
function readsAsAnswer(ind: Indicator, v: unknown): boolean {
  const text = typeof v === "string" ? v.trim() : undefined;
  const n = typeof v === "number" ? v : text !== undefined ? readNumber(text)?.value : undefined;
  if (n !== undefined) {
    if (ind.measures.length) return ind.measures.some((m) => !impossibleFor(m, n));
    return Number.isInteger(n) && n >= 0 && ind.options.some((o) => o.tier === n || n === 0);
  }
  if (text === undefined) return false;
  const key = normaliseHeader(text);
  if (ind.options.some((o) => normaliseHeader(o.label.id) === key || normaliseHeader(o.label.en) === key)) return true;
  if (looseOption(ind, text) !== undefined || optionByForm(ind, text, undefined) || optionByWords(ind, text)) return true;
  return ind.measures.length > 0 && valueWithUnit(ind, text, undefined) !== undefined;
}

/**
 * Whether the column `c` under the header row `headerRow` holds answers of `ind`: more than half of its filled cells
 * read as answers, or none is filled. A column of answers has a few cells typed loosely (each then said at its cell);
 * an unrelated column (rupiah, links, dates, counts of another thing) has hardly any — a majority tells them apart
 * without refusing an answer column for some bad cells.
 */
export function holdsAnswers(g: Grid, headerRow: number, c: number, ind: Indicator): { ok: boolean; filled: number; refused: number } {
  let filled = 0;
  let answers = 0;
  for (let r = headerRow + 1; r < g.cells.length; r++) {
    const v = cellAt(g, r, c);
    if (isBlank(v)) continue;
    filled++;
    if (readsAsAnswer(ind, v)) answers++;
  }
  return { ok: answers * 2 > filled || filled === 0, filled, refused: filled - answers };
}
