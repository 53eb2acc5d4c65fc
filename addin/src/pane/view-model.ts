/**
 * What the results part of the pane shows, computed from a pipeline outcome: every text final (language chosen,
 * numbers formatted for the workbook's locale), every link resolved to a cell. Pure; the DOM layer only draws it.
 */
import { PROBLEMS_SHEET, type LocatedIssue, rowsLeftOutText } from "@inovasi/workbook";
import type { PipelineOutcome } from "../pipeline.js";
import { type NumberLocale, formatFixed, formatNumber } from "./format.js";
import { type CellLink, agencyLink, cellLink, sheetRef } from "./links.js";
import { GAPS_SHOWN, gapsView } from "./gaps-view.js";

const cellRef = (sheet: string, cell: string) => `${sheetRef(sheet)}!${cell}`;
import { type Lang, msg, t } from "./messages.js";
import { planView } from "./plan-view.js";
import { doneText } from "./state.js";

/** A line of a list, optionally a link to the cell it is about. */
export interface Item { text: string; link?: CellLink | undefined }
export interface ProblemItem extends Item { severity: LocatedIssue["severity"]; severityText: string }

/** One row of the totals table: claimed and verified side by side. */
export interface TotalsRow { key: "index" | "predicate"; label: string; claimed: string; verified: string }

/** A list shown in part: `more` says how many are left out and where the rest is; `note`, what it leaves out on purpose. */
export interface ListView<T extends Item = Item> { total: number; items: T[]; more?: string | undefined; note?: string | undefined }

/** The plan (Rencana) of the region, when the run planned (see `plan-view.ts`). */
export interface PlanView { heading: string; summary?: string | undefined; actions: Item[]; more?: string | undefined }

export interface ResultsView {
  scored: boolean;
  /** The status line after a run. */
  status: string;
  /** Which edition the run scored with (the list may say "as the Pengaturan sheet says"). */
  edition?: string | undefined;
  caveat?: string | undefined;
  /** The run found errors: how many, and the words of the link to the Masalah list. */
  errorsFirst?: { text: string; link: string } | undefined;
  totals?: { caption: string; columns: [string, string, string]; rows: TotalsRow[] } | undefined;
  nextBand?: string | undefined;
  summaryLink?: CellLink | undefined;
  nonCompliant?: ListView | undefined;
  gaps?: ListView | undefined;
  problems: ListView<ProblemItem> & { counts: string };
  /** The plan, when the run planned. */
  plan?: PlanView | undefined;
  /** Scored without a plan: the pane offers to make one. */
  canPlan?: boolean;
}

/** How many lines each list shows (each list's `more` says where the rest is). */
export const VIEW_LIMITS = { problems: 500, gaps: GAPS_SHOWN, nonCompliant: 100 } as const;
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

function limited<T extends Item>(lang: Lang, all: T[], limit: number, loc: NumberLocale): ListView<T> {
  return { total: all.length, items: all.slice(0, limit), more: all.length > limit ? msg.shownOf(lang, formatNumber(limit, loc), formatNumber(all.length, loc)) : undefined };
}

/**
 * The problems list: errors first, then warnings, then notes, each in reading order; a link where there is a cell.
 * `sheet`: the problems sheet written this run (every error and warning), named when the list is cut.
 */
export function problemsView(lang: Lang, issues: LocatedIssue[], loc: NumberLocale, sheet?: string): ResultsView["problems"] {
  // reading order: each sheet where it first comes up, then row, then column (core's issues come after the reader's,
  // so Inovasi!G5 from the engine stood before Inovasi!G2 from the reader)
  const sheets = [...new Set(issues.map((i) => i.sheet))];
  const pos = (i: LocatedIssue) => { const m = i.cell ? /^([A-Z]+)(\d+)/.exec(i.cell) : null; return m ? [Number(m[2]), [...m[1]!].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0)] : [Infinity, 0]; };
  const sorted = issues.map((i, k) => ({ i, k, s: sheets.indexOf(i.sheet), p: pos(i) })).sort((a, b) =>
    SEVERITY_ORDER[a.i.severity] - SEVERITY_ORDER[b.i.severity] || a.s - b.s || a.p[0]! - b.p[0]! || a.p[1]! - b.p[1]! || a.k - b.k).map((x) => x.i);
  const items: ProblemItem[] = sorted.map((i) => {
    const link = cellLink(lang, i.sheet, i.cell);
    // ("X memiliki 0 inovasi" while X's row was left out for an error says why and where: locateIssues adds it)
    return { severity: i.severity, severityText: msg.severity(lang, i.severity), text: link ? i.text : i.message, link };
  });
  const errors = issues.filter((i) => i.severity === "error").length;
  const warnings = issues.filter((i) => i.severity === "warning").length;
  const notes = issues.length - errors - warnings;
  const shown = items.slice(0, VIEW_LIMITS.problems);
  const more = items.length > shown.length ? msg.shownProblems(lang, formatNumber(shown.length, loc), formatNumber(items.length, loc), sheet) : undefined;
  return { total: items.length, items: shown, more, counts: msg.problemCount(lang, errors, warnings, (n) => formatNumber(n, loc), notes) };
}

/** When the run found errors: a line near the top that counts them and leads to the Masalah list. */
function errorsFirst(lang: Lang, issues: LocatedIssue[], loc: NumberLocale, scored = true): ResultsView["errorsFirst"] {
  const errors = issues.filter((i) => i.severity === "error").length;
  return errors ? { text: msg.errorsFirst(lang, formatNumber(errors, loc), scored), link: msg.toProblems(lang) } : undefined;
}

/** A link to the summary sheet's first cell, worded as "open the sheet". */
function summaryLink(lang: Lang, sheet: string | undefined): CellLink | undefined {
  const l = sheet ? cellLink(lang, sheet, "A1") : undefined;
  return l && sheet ? { ...l, text: msg.openSheet(lang, sheet) } : undefined;
}

/** The whole results view of one run. */
export function resultsView(outcome: PipelineOutcome, lang: Lang, loc: NumberLocale): ResultsView {
  // the Masalah sheet is written only when it is the tool's own: by a run that scored, or rewritten with the errors of
  // one the reader refused
  const output = outcome.ok ? outcome.output : outcome.blocked?.output;
  const problemsSheet = output?.ownedSheets.find((x) => x.name.toLowerCase() === PROBLEMS_SHEET.toLowerCase())?.name;
  const problems = problemsView(lang, outcome.issues, loc, problemsSheet);
  if (!outcome.ok) return { scored: false, status: msg.notScored(lang, !!outcome.blocked?.problemsSheet, outcome.blocked?.stale ?? []), problems, errorsFirst: errorsFirst(lang, outcome.issues, loc, false) };
  const r = outcome.result;
  const decimals = outcome.edition.formula.rounding.decimals;
  const totals: TotalsRow[] = [
    { key: "index", label: t(lang, "index"), claimed: formatFixed(r.claimed.index, loc, decimals), verified: formatFixed(r.verified.index, loc, decimals) },
    { key: "predicate", label: t(lang, "predicate"), claimed: r.claimed.predicate?.label[lang] ?? "—", verified: r.verified.predicate?.label[lang] ?? "—" },
  ];
  const nb = r.verified.nextBand;
  // several rules (the workbook's own and a province model's): each line names its rule, as the CLI's summary does;
  // an agency short under two rules was listed twice with nothing to tell the lines apart
  const rules = r.compliance.rules;
  const rows = outcome.rowsNotCounted ?? {};
  const innovationSheet = outcome.source.innovations?.sheet ?? "";
  // the workbook's own words for it, as its compliance warnings say it (row-left-out.ts)
  const notCounted = (agency: string) => (rows[agency]?.length ? rowsLeftOutText(rows[agency]!.map((c) => cellRef(innovationSheet, c)), lang) : "");
  const notCountedLink = (agency: string) => (rows[agency]?.length ? cellLink(lang, innovationSheet, rows[agency]![0]) : undefined);
  const nonCompliant: Item[] = rules.flatMap((rule) =>
    rule.compliant + rule.nonCompliant === 0 ? [{ text: msg.notJudged(lang, rule.name[lang]) }] :
    rule.agencies.filter((a) => !a.complies).map((a) => ({
      text: msg.shortBy(lang, a.agency, formatNumber(a.count, loc), formatNumber(a.required, loc), rules.length > 1 ? rule.name[lang] : undefined) + notCounted(a.agency),
      // a row of its own left out for an error: the link goes there, where the fix is
      link: notCountedLink(a.agency) ?? agencyLink(lang, outcome.source, outcome.input, a.agency),
    })));
  const caveat = outcome.edition.caveat;
  return {
    scored: true,
    status: doneText(lang, outcome),
    edition: msg.scoredWith(lang, outcome.edition.id, outcome.edition.name[lang]),
    caveat: caveat ? msg.caveat(lang, caveat[lang]) : undefined,
    errorsFirst: errorsFirst(lang, outcome.issues, loc),
    totals: { caption: `${t(lang, "results")} — ${r.edition.id}`, columns: [t(lang, "component"), t(lang, "claimed"), t(lang, "verified")], rows: totals },
    nextBand: nb ? msg.nextBand(lang, nb.band.label[lang], formatFixed(nb.indexNeeded, loc, decimals)) : undefined,
    summaryLink: summaryLink(lang, outcome.chart?.sheet),
    nonCompliant: limited(lang, nonCompliant, VIEW_LIMITS.nonCompliant, loc),
    gaps: gapsView(outcome, lang, loc),
    problems,
    plan: outcome.plan ? planView(outcome.plan, outcome.source, lang, loc, decimals, { edition: outcome.edition, issues: outcome.issues }) : undefined,
    canPlan: !outcome.plan,
  };
}
