/**
 * What the "Rekap provinsi" section shows after a recap: the files counted, the ranking, the predicate distribution,
 * the largest gaps of the regions below the target and the files that could not be scored, each line a link to its
 * cell on the written recap sheets (positions from `recapWorkbook(...).at`). Numbers in the workbook's locale. Pure.
 */
import { RECAP_HEADERS, RECAP_SHEETS, recapGainText, RECAP_YEARS_SHEET, a1, distributionLabels, recapNotes, recapOutsideNote, recapBelowTarget, recapRowTarget, recapTotalsParts, recapCountTargetsNote, recapNoEarlierYearText, recapOwnTargetNote, recapYearsNotes, recapYearsTable } from "@inovasi/workbook";
import type { RecapYearRegion } from "@inovasi/core";
import type { RecapRun } from "../recap.js";
import { type NumberLocale, formatFixed, formatNumber } from "./format.js";
import { type CellLink, cellLink } from "./links.js";
import { type Lang, msg, t } from "./messages.js";
import type { Item } from "./view-model.js";

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface RecapView {
  summary: string;
  /** The province's totals (`recapTotalsParts`: the Rekap sheet's line above its table), one short line each; empty with no region. */
  totals: string[];
  /** Edition caveats, the recap's notes (editions, the same region twice, years, the province's own workbook), how many are below the target. */
  notes: string[];
  ranking: { heading: string; items: Item[] };
  distribution: { heading: string; items: Item[] };
  gaps: { heading: string; items: Item[] };
  notScored: { heading: string; items: Item[] };
  skipped: { heading: string; items: Item[] };
  /**
   * With last year's files: the comparison's notes as the Banding Tahun sheet has them above its table (who rose or
   * fell, the province then → now, the regions of one year only), each region's change linked to its row there, last
   * year's files that could not be scored with their reasons, and those skipped (the tool's own recaps or comparisons).
   */
  years?: { heading: string; notes: string[]; items: Item[]; notScored: { heading: string; items: Item[] }; skipped: { heading: string; items: Item[] } } | undefined;
}

const GAP_COL = RECAP_HEADERS.indexOf("Kekurangan Terbesar");
const STEP_COL = RECAP_HEADERS.indexOf("Rencana: Langkah Pertama");
const NAME_COL = RECAP_HEADERS.indexOf("Daerah");

/** The recap as the pane shows it; links only when its sheets were written into the workbook. */
export function recapView(run: RecapRun, written: boolean, lang: Lang, loc: NumberLocale): RecapView {
  const { recap, files } = run;
  const at = written ? run.book?.at : undefined;
  const link = (sheet: string, row: number | undefined, col: number): CellLink | undefined => (at && row !== undefined ? cellLink(lang, sheet, a1(row, col)) : undefined);
  const n = (v: number) => formatNumber(v, loc);
  const x = (v: number | null) => formatFixed(v, loc, 2);
  // an index at its row's edition's decimals ("39" under a 0-decimal model), as the Rekap sheet shows it; points at 2
  const xi = (r: RecapRun["recap"]["regions"][number]) => (v: number | null) => formatFixed(v, loc, r.edition.decimals);
  const label = (p: { label: { id: string; en: string } } | null) => p?.label[lang] ?? "—";

  const considered = files.filter((f) => !f.skipped);
  const failed = considered.filter((f) => !f.scored);
  // files of other years than the one asked are scored but not recapped: said, so the line agrees with the status
  const otherYears = recap.year !== null && recap.outsideYear.length ? { n: n(recap.outsideYear.length), year: String(recap.year) } : undefined;
  const summary = msg.recapSummary(lang, n(considered.length), n(considered.length - failed.length), n(failed.length), recap.editions.map((e) => e.id).join(", "), otherYears);

  const notes: string[] = [];
  for (const e of recap.editions) if (e.caveat) notes.push(msg.caveat(lang, e.caveat[lang]));
  for (const note of recapNotes(recap, lang, failed.map((f) => f.file))) notes.push(note); // as the Rekap sheet says them
  const outside = recapOutsideNote(recap, lang);
  if (outside) notes.push(outside); // as the Sebaran Predikat sheet says it
  const below = recap.regions.filter((r) => r.target && r.target.met === false);
  // (an index target, which core's recap takes since the tenth session, by its number at the row's edition's decimals,
  // as the Rekap sheet and the CLI write it; the pane offers predicates only)
  const targets = [...new Set(recap.regions.map((r) => (r.target ? (r.target.band?.label[lang] ?? xi(r)(r.target.index)) : undefined)).filter((v): v is string => v !== undefined))];
  // counted as inovasi rekap counts them: this year's kab/kota (another year's file, the province's own workbook apart)
  // below the target, each other region apart once
  const { below: short, unknown, flawed, silent } = recapBelowTarget(recap);
  const belowHere = n(short.length);
  // without a target chosen each region is measured to its own next predicate (core's default, as the CLI's)
  if (targets.length) notes.push((recap.target === null ? msg.belowNext(lang, belowHere) : msg.belowTarget(lang, belowHere, targets.join(" / "))) + msg.belowApart(lang, silent, flawed, unknown));
  // a workbook's own Target Rencana the recap does not aim at, as the Rekap sheet and the CLI say it
  const own = recapOwnTargetNote(recap, considered, lang);
  if (own) notes.push(own);
  // a target the pane offered (from the chosen edition) that a workbook's own edition does not have
  const without = recap.regions.filter((r) => r.target === null);
  if (without.length) notes.push(msg.targetMissing(lang, n(without.length), [...new Set(without.map((r) => r.edition.id))].join(", ")));
  // the province as the Rekap sheet writes it above its table, one short part a line (one "·"-joined line was a long
  // paragraph in a 300 px pane, audit36)
  const totals = recap.regions.length ? recapTotalsParts(recap, lang) : [];
  // and the regions' targets of a number of innovations under it, as the Rekap sheet and the CLI
  const counts = recapCountTargetsNote(recap, lang);
  if (counts) notes.push(counts);

  const ranking = recap.regions.map((r) => ({
    text: msg.rankItem(lang, r.rank === null ? "–" : n(r.rank), r.region.name, xi(r)(r.verified.index), label(r.verified.predicate), recap.mixedEditions ? r.edition.id : undefined),
    link: link(RECAP_SHEETS.ranking, at?.ranking[r.id], 1),
  }));
  const names = distributionLabels(recap.distribution, lang, "—");
  const distribution = recap.distribution.map((d, i) => ({
    text: msg.distributionItem(lang, names[i]!, n(d.verified), n(d.claimed)),
    link: link(RECAP_SHEETS.distribution, at?.distribution[i], 0),
  }));
  const gaps = below.map((r) => {
    // below, by how much is unknown until it reports (no "+0,01 to Kurang Inovatif")
    if (!r.region.reported) return { text: msg.notReportedItem(lang, r.region.name), link: link(RECAP_SHEETS.recap, at?.recap[r.id], NAME_COL) };
    // the plan's first step, in index points, as the terminal's "Langkah pertama" and the Rekap sheet's "Rencana: Langkah
    // Pertama" (audit36: the pane gave the largest gap instead, "tambah 150 inovasi; 57,00 poin", where the terminal
    // said one accepted evidence reaches the target); the largest gap only without a plan step, in index points too
    const step = r.plan && r.plan.target !== null ? r.plan.first[0] : undefined;
    const top = r.lacks[0];
    const more = top?.more ? msg.lackMore(lang, top.kind, n(top.more)) : undefined;
    const what = step
      ? msg.stepItem(lang, step.text[lang], recapGainText(step.gain, lang, r.edition.decimals))
      : top
      ? msg.lackItem(lang, `${top.indicatorId ? `${top.indicatorId} ` : ""}${top.name[lang]}`, more, top.index === null ? x(top.points) : xi(r)(top.index), top.index !== null)
      : undefined;
    // to the target the plan aims at, as the Rekap sheet's "Kurang ke Target" (see recapRowTarget)
    const goal = recapRowTarget(r)!;
    return {
      text: msg.gapItem(lang, r.region.name, xi(r)(goal.indexNeeded), goal.predicate?.label[lang] ?? xi(r)(goal.index), what),
      link: link(RECAP_SHEETS.recap, at?.recap[r.id], step ? STEP_COL : top ? GAP_COL : NAME_COL),
    };
  });
  const notScored = failed.map((f) => ({ text: problemText(f), link: link(RECAP_SHEETS.problems, at?.problems[f.file], 3) }));
  const skipped = files.filter((f) => f.skipped).map((f) => ({ text: f.file }));

  const previous = run.previous;
  const comparison = previous?.comparison;
  // the rows as the terminal prints them (rekap --previous): name, then → now, the change, the predicate's move
  const changes = comparison ? recapYearsTable(comparison, lang).slice(1) : [];
  const all = previous && {
    heading: t(lang, "recapYears"),
    // no comparison for last year's files of this year or later: why, as the status line and `rekap --previous` say it
    notes: comparison ? recapYearsNotes(comparison, lang) : previous.noEarlier ? [`${upperFirst(recapNoEarlierYearText(previous.noEarlier, lang))}.`] : [],
    items: changes.map(([name, before, after, delta, moved], i) => ({
      text: `${name}: ${before} → ${after}${changeText(comparison!.regions[i]!, delta!, moved!, lang)}`,
      link: link(RECAP_YEARS_SHEET, at?.years?.[i], 0),
    })),
    notScored: { heading: t(lang, "previousNotScored"), items: previous.files.filter((f) => !f.scored && !f.skipped).map((f) => ({ text: problemText(f) })) },
    // the status's "reasons below" for last year's files the recap skipped: named, as this year's "Dilewati"
    skipped: { heading: t(lang, "previousSkipped"), items: previous.files.filter((f) => f.skipped).map((f) => ({ text: f.file })) },
  };
  // a heading with nothing under it is not drawn
  const years = all && (all.notes.length || all.items.length || all.notScored.items.length || all.skipped.items.length) ? all : undefined;

  return {
    summary,
    totals,
    notes,
    ranking: { heading: t(lang, "ranking"), items: ranking },
    distribution: { heading: t(lang, "distribution"), items: distribution },
    gaps: { heading: t(lang, "recapGaps"), items: gaps },
    notScored: { heading: t(lang, "notScoredFiles"), items: notScored },
    skipped: { heading: t(lang, "skippedFiles"), items: skipped },
    ...(years ? { years } : {}),
  };
}

/**
 * A region's change beside its figures then → now: " (+2,92)", with the predicate only when it moved (the table's word:
 * naik / turun / tidak sebanding), the rank's move among the regions ranked in both years when it moved, and the editions when they
 * differ, in one pair of parentheses: " (+11,71; predikat naik; peringkat naik 4; edisi iid-2023 → iid-2026)"; nothing
 * when there is no change to give (a year not reported, an index unknown).
 */
function changeText(r: RecapYearRegion, delta: string, moved: string, lang: Lang): string {
  if (r.delta === null) return "";
  const id = lang === "id";
  // the table's change holds the editions in parentheses of its own (" (a → b)"): said here as the third part
  const parts = [delta.split(" (")[0]];
  // "predikat tidak sebanding": the two years' bands cannot be lined up there (said, as the table says it)
  if (r.predicate === "up" || r.predicate === "down" || r.predicate === "incomparable") parts.push(`${id ? "predikat" : "predicate"} ${moved}`);
  // the rank's move among the regions ranked in both years (the notes say so), as the table's "Peringkat sebanding"
  const move = r.rankLikeForLike?.move ?? 0;
  if (move !== 0) parts.push(`${id ? "peringkat" : "rank"} ${move > 0 ? (id ? "naik" : "up") : id ? "turun" : "down"} ${Math.abs(move)}`);
  if (!r.sameEdition) parts.push(`${id ? "edisi" : "edition"} ${r.before.edition} → ${r.after.edition}`);
  return ` (${parts.join("; ")})`;
}

/** A file not scored: its first error (or first problem), naming the file. */
function problemText(f: RecapRun["files"][number]): string {
  const first = f.problems.find((p) => p.severity === "error") ?? f.problems[0];
  return !first ? f.file : first.message.startsWith(f.file) ? first.message : `${f.file}: ${first.message}`;
}
