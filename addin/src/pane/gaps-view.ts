/**
 * The pane's evidence-gap list: the workbook's `evidenceGapList` (what the CLI's summary and the Ringkasan sheet list),
 * the largest first, each line with its points, what accepting it adds to the verified index, and a link to its Bukti
 * cell; the gaps of innovations not counted said apart as a count; where the rest of the list is. Pure.
 */
import { EVIDENCE_LABELS, OUTPUT_COLUMNS, SUMMARY_LIMITS, type ListedGap, type PrintedGapGain, evidenceGapList, gapGainText, gapPrintedGain, gapSubject, labelOf } from "@inovasi/workbook";
import type { EvidenceStatus } from "@inovasi/core";
import type { PipelineOutcome } from "../pipeline.js";
import { type NumberLocale, formatNumber } from "./format.js";
import { cellLink } from "./links.js";
import type { Lang } from "./messages.js";
import type { Item, ListView } from "./view-model.js";

/** How many gaps the pane lists (the Ringkasan sheet lists `SUMMARY_LIMITS.gaps`). */
export const GAPS_SHOWN = 50;

const EVIDENCE_EN: Record<EvidenceStatus, string> = { accepted: "accepted", pending: "awaiting verification", missing: "missing", rejected: "rejected" };

const W = {
  id: {
    innovationPoints: "poin skor inovasi",
    spdPoints: "poin SPD",
    index: "indeks",
    idle: (n: string) => `Tidak dicantumkan: ${n} pada inovasi yang tidak dihitung (terverifikasi); meskipun buktinya diterima, poinnya tidak bertambah sebelum inovasinya dihitung.`,
    shown: (shown: string, total: string) => `Ditampilkan ${shown} terbesar dari ${total}`,
    onSummary: (sheet: string) => `; daftar lengkap ada di lembar ${sheet} (Kekurangan Bukti).`,
    summaryPart: (sheet: string, n: string) => `; lembar ${sheet} mencantumkan ${n} terbesar.`,
    everyOne: ` Semuanya ada per baris: kolom "${OUTPUT_COLUMNS.gaps}" lembar Inovasi dan kolom Bukti lembar SPD.`,
  },
  en: {
    innovationPoints: "points of the innovation's score",
    spdPoints: "SPD points",
    index: "index",
    idle: (n: string) => `Not listed: ${n} on innovations not counted (verified); accepting their evidence adds no points until the innovation counts.`,
    shown: (shown: string, total: string) => `Showing the largest ${shown} of ${total}`,
    onSummary: (sheet: string) => `; the full list is on the ${sheet} sheet (Evidence Gaps).`,
    summaryPart: (sheet: string, n: string) => `; the ${sheet} sheet lists the largest ${n}.`,
    everyOne: ` Every one is on its row: the "${OUTPUT_COLUMNS.gaps}" column of the Inovasi sheet and the Bukti column of the SPD sheet.`,
  },
} as const;

/**
 * One gap as a line: "Subject — indicator (status): 12 poin skor inovasi, ≈ +0,05 indeks"; the gain as the CLI's
 * summary and the Ringkasan sheet give it (`gapPrintedGain`: at the edition's decimals, "+<1" when the printed index
 * does not move, as the plan's step).
 */
function gapText(lang: Lang, g: ListedGap, p: PrintedGapGain | null, loc: NumberLocale): string {
  const w = W[lang];
  const status = lang === "id" ? labelOf(EVIDENCE_LABELS, g.evidence) : EVIDENCE_EN[g.evidence];
  const gain = p === null || !(p.gain > 0) ? "" : `, ${gapGainText(p, lang)} ${w.index}`;
  return `${gapSubject(g, lang)} — ${g.indicatorName[lang]} (${status}): ${formatNumber(g.points, loc)} ${g.innovation ? w.innovationPoints : w.spdPoints}${gain}`;
}

/**
 * The evidence gaps worth listing, the largest first (at most {@link GAPS_SHOWN}), linked to their cells; `note` counts
 * those left out because their innovation is not counted; `more` says where the rest is: the Ringkasan sheet when it
 * holds them all, else the rows themselves (the Inovasi sheet's gaps column, the SPD sheet's Bukti column).
 */
export function gapsView(outcome: Extract<PipelineOutcome, { ok: true }>, lang: Lang, loc: NumberLocale): ListView & { note?: string | undefined } {
  const w = W[lang];
  const list = evidenceGapList(outcome.result, { edition: outcome.edition, source: outcome.source, limit: GAPS_SHOWN });
  const items: Item[] = list.gaps.map((g) => ({ text: gapText(lang, g, gapPrintedGain(g, outcome.result, outcome.edition), loc), link: g.at ? cellLink(lang, g.at.sheet, g.at.cell) : undefined }));
  const n = (x: number) => formatNumber(x, loc);
  // the summary sheet as written this run (absent when a sheet of that name was not the tool's and was left alone)
  const summary = outcome.chart?.sheet;
  let more: string | undefined;
  if (list.total > GAPS_SHOWN) {
    const shown = w.shown(n(GAPS_SHOWN), n(list.total));
    more = summary && list.total <= SUMMARY_LIMITS.gaps ? shown + w.onSummary(summary) : `${shown}${summary ? w.summaryPart(summary, n(SUMMARY_LIMITS.gaps)) : "."}${w.everyOne}`;
  }
  return { total: list.total, items, more, note: list.idle > 0 ? w.idle(n(list.idle)) : undefined };
}
