/**
 * The Rencana (plan) section of the pane from the library's plan: where the region stands, the status, the agencies
 * without an innovation and the innovations kept for compliance (as the CLI's plan says them), and each step with its gain, the index after it and a link to the cell it changes (the workbook's `actionCells`). Numbers follow
 * the workbook's locale like the rest of the pane; the phrase for each step is the library's `describeAction`. Pure.
 */
import { type Plan, columnsAbsentNote, describeAction, planComplianceNotes, planNewInnovationNote, planReadingNote, planSpdNote, planStatusNote, printedGain, roundHalfUp, targetBandNote, targetUnknownNote } from "@inovasi/core";
import { PLAN_SHEET, type PlanSheetContext, type SourceMap, actionCellNotes, actionCells, missingSpdNote, statusCell } from "@inovasi/workbook";
import { type NumberLocale, formatFixed, formatNumber } from "./format.js";
import { cellLink } from "./links.js";
import { type Lang, msg, t } from "./messages.js";
import type { Item, PlanView } from "./view-model.js";

/** Steps listed in the pane (the Rencana sheet has all). */
export const PLAN_STEPS_SHOWN = 50;

/** `Inovasi!AX14` or `'Perangkat Daerah'!B3` → sheet and cell. */
export function splitRef(ref: string): { sheet: string; cell: string } | undefined {
  const k = ref.lastIndexOf("!");
  if (k <= 0) return undefined;
  const raw = ref.slice(0, k);
  const sheet = /^'.*'$/.test(raw) ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  // "Inovasi!O26 dan R26" (an answer and its evidence apart): the first
  return { sheet, cell: ref.slice(k + 1).split(" ")[0]! };
}

/** A gain at the edition's decimals; under half the last printed unit it says so ("+<0,01"; "+<1" with none). */
function gainText(x: number, loc: NumberLocale, decimals: number): string {
  const sign = x < 0 ? "−" : "+";
  const unit = 10 ** -decimals;
  return Math.abs(x) < unit / 2 ? `${sign}<${formatFixed(unit, loc, decimals)}` : `${sign}${formatFixed(Math.abs(x), loc, decimals)}`;
}

/** What the CLI's plan says under its status and in its compliance part (the library's own words): agencies without an innovation, and the kept. */
function complianceNotes(plan: Plan, lang: Lang): string[] {
  const { without, kept } = planComplianceNotes(plan, lang);
  return [without, kept].flatMap((note) => (note ? [`${note}.`] : []));
}

/**
 * `decimals`: the edition's (`formula.rounding.decimals`), at which the index is printed, as the results above it.
 * `context` (the run's edition and issues), as the Rencana sheet takes it: an index target names its band, and a
 * workbook without an SPD sheet is said so, with the pane's button that inserts it.
 */
export function planView(plan: Plan, source: SourceMap, lang: Lang, loc: NumberLocale, decimals = 2, context: Omit<PlanSheetContext, "host"> = {}): PlanView {
  const n = (x: number | null) => formatFixed(x, loc, decimals);
  // an effort as the CLI and the Rencana sheet write it (formatEffort): two decimals at most, never binary noise
  const e = (x: number) => formatNumber(x, loc, 2);
  const label = (p: { label: { id: string; en: string } } | null) => p?.label[lang] ?? "?";
  // an index target names the band it is in (40 is still Kurang Inovatif under the 2026 bands), as the CLI prints it
  const band = plan.target && !plan.target.predicate && context.edition ? targetBandNote(plan.target.index, context.edition)?.[lang] : undefined;
  const target = plan.target ? `${msg.planTarget(plan.target.predicate?.label[lang], n(plan.target.index))}${band ? ` (${band})` : ""}` : undefined;
  const r = plan.reason;
  const steps = formatNumber(plan.actions.length, loc);
  const status =
    plan.status === "reached" ? msg.planReached(lang, steps, e(plan.totalEffort))
    : r?.code === "top_band" ? msg.planTopBand(lang, r.predicate.label[lang])
    : r?.code === "target_unknown" ? targetUnknownNote(r, plan.edition.id, lang)
    : r?.code === "already_at_target" ? msg.planAlready(lang, n(r.index), n(r.target))
    : r?.code === "index_unknown" ? msg.planUnknown(lang)
    : r?.code === "region_not_reported" ? msg.planNotReported(lang, statusCell(plan, source) ?? "Pengaturan")
    : r?.code === "columns_absent" ? columnsAbsentNote(r.columns, lang)
    : r?.code === "action_limit" ? msg.planLimit(lang, formatNumber(r.limit, loc), e(plan.totalEffort), `${n(r.index)} ${r.predicate?.label[lang] ?? ""}`.trim(), n(plan.target === null ? null : Math.max(0, roundHalfUp(plan.target.index - r.index, decimals))))
    : r?.code === "no_more_gain" ? [msg.planOutOfReach(lang, steps, e(plan.totalEffort), `${n(r.maximum)} ${r.predicate?.label[lang] ?? ""}`.trim(), r.newInnovations?.reachedWith != null), planStatusNote(plan, lang)].filter(Boolean).join(" ")
    : "";
  const cells = actionCells(plan, source, lang);
  const noCell = actionCellNotes(plan, source, lang);
  const actions: Item[] = plan.actions.slice(0, PLAN_STEPS_SHOWN).map((a, k) => {
    const ref = cells[k] ? splitRef(cells[k]!) : undefined;
    // the change of the printed index, as the CLI's plan prints it: the lines add up
    const before = k === 0 ? plan.start.index : plan.actions[k - 1]!.indexAfter;
    return {
      // a step without a cell says why, where the link would be
      text: msg.planStep(lang, formatNumber(a.step, loc), `${describeAction(a, lang, true, plan.projection === "claimed")}${noCell[k] ? ` [${noCell[k]}]` : ""}`, gainText(printedGain(a, before, decimals), loc, decimals), n(a.indexAfter), label(a.predicateAfter), e(a.effort)),
      link: ref ? cellLink(lang, ref.sheet, ref.cell) : undefined,
    };
  });
  return {
    heading: t(lang, "plan"),
    summary: [msg.planNow(lang, n(plan.start.index), label(plan.start.predicate), target), status, missingSpdNote(context.issues ?? [], lang, "addin"), planSpdNote(plan, lang), planNewInnovationNote(plan, lang), planReadingNote(plan, lang), ...complianceNotes(plan, lang)].filter(Boolean).join(" "),
    actions,
    more: plan.actions.length > PLAN_STEPS_SHOWN ? msg.shownOf(lang, formatNumber(PLAN_STEPS_SHOWN, loc), steps, PLAN_SHEET) : undefined,
  };
}
