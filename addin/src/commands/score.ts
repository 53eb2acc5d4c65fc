/**
 * One scoring run — read the workbook, score it, write the results — used by the pane's Nilai button and the
 * ribbon's Nilai IID command alike (and, with `plan`, the pane's Susun rencana), reporting its progress to the shared store.
 */
import type { LocatedIssue } from "@inovasi/workbook";
import { hasOwnPlanSheet, scoreGrids, type PipelineOutcome } from "../pipeline.js";
import { type Store, chosenEdition, detectSheets, isWorkbookBusy } from "../pane/state.js";
import type { ReadReport } from "../excel/read.js";
import { calcLeftOf } from "../excel/apply.js";
import type { PaneHost } from "./host.js";

/**
 * Of the sheets read without their hidden columns, those where the reader found one header twice (or two columns for
 * one indicator's answer): only there can a hidden column have been read in place of a visible one.
 */
export function hiddenColumnsMatter(unread: readonly string[], issues: readonly LocatedIssue[]): string[] {
  return unread.filter((sheet) => issues.some((i) => i.sheet === sheet && (i.code === "column_duplicate" || i.code === "column_twice")));
}

/** The code of an Excel error (`RichApi.Error.code`), if the thrown value has one. */
export function errorCode(e: unknown): string | undefined {
  const c = (e as { code?: unknown } | null)?.code;
  return typeof c === "string" && /^[A-Za-z]+$/.test(c) ? c : undefined;
}

/**
 * Score the open workbook; with `plan`, plan too (a workbook that already has the Rencana sheet is always re-planned). Returns the outcome (also in the store), or undefined when a run is already under way
 * or Excel failed (the store holds why).
 */
export async function scoreWorkbook(host: PaneHost, store: Store, opts: { plan?: boolean } = {}): Promise<PipelineOutcome | undefined> {
  // a recap writes into the same workbook: one writer at a time
  if (isWorkbookBusy(store.get())) return undefined;
  store.dispatch({ type: "start", plan: !!opts.plan });
  try {
    const report: ReadReport = { syncs: 0, retries: 0 };
    // rows read so far: the status line counts them (a large sheet on the web takes several syncs)
    const grids = await host.readGrids(report, (rows, total) => store.dispatch({ type: "progress", done: rows, total }));
    // merged areas Excel would not give: those rows read as unmerged, so the pane says where
    store.dispatch({ type: "read-notes", mergesSkipped: report.mergesSkipped ?? [] });
    // a workbook with the tool's Rencana sheet is planned again on every run: say so, it is what takes the time
    store.dispatch({ type: "phase", phase: "scoring", replanning: !opts.plan && hasOwnPlanSheet(grids) });
    const s = store.get();
    const edition = chosenEdition(s);
    // let the status line paint before the (synchronous) scoring and planning
    await new Promise((r) => setTimeout(r, 0));
    // a province model picked in the pane: an unknown band threshold is named at its entry in that file
    const model = s.model?.ok ? { file: s.model.file, issues: s.model.warnings ?? [] } : undefined;
    const out = scoreGrids(grids, { locale: s.lang, plan: opts.plan ? true : "if-present", ...(edition ? { edition } : {}), model });
    // hidden columns Excel did not say: the pane says so where it decided which of two columns was read
    const hiddenUnread = hiddenColumnsMatter(report.hiddenColumnsUnread ?? [], out.issues);
    if (hiddenUnread.length) store.dispatch({ type: "read-notes", mergesSkipped: report.mergesSkipped ?? [], hiddenColumnsUnread: hiddenUnread });
    // the sheets line follows the workbook just read, saying the sheets the reader took (no second read)
    store.dispatch({ type: "sheets", ...detectSheets(grids, out.sheets) });
    // a refused run writes too: the tool's Masalah sheet gets the errors, its Ringkasan and Rencana a line saying they
    // are from an earlier run (a blocked re-run must not leave them looking current)
    const progress = (done: number, total: number) => store.dispatch({ type: "progress", done, total });
    if (out.ok || out.blocked) store.dispatch({ type: "phase", phase: "writing" });
    if (out.ok) await host.applyOutcome(out, progress);
    else if (out.blocked) {
      // the reader's errors are the news: a write Excel refuses (a protected sheet, a cell being edited) must not hide
      // them, nor leave the earlier results in the pane as current; the status says the marks were not written
      try {
        await host.applyOutcome(out.blocked, progress);
      } catch (e) {
        const { blocked, ...refused } = out;
        const calcLeft = calcLeftOf(e);
        const sheets = [...new Set(blocked.writes.map((w) => w.sheet))];
        store.dispatch({ type: "scored", outcome: refused, fromSheet: !edition, marksFailed: { code: errorCode(e), sheets, stale: blocked.stale, ...(calcLeft ? { calcLeft } : {}) } });
        return refused;
      }
    }
    // the edition the Pengaturan sheet named, when nothing was chosen (the IID functions use it too)
    store.dispatch({ type: "scored", outcome: out, fromSheet: !edition });
    return out;
  } catch (e) {
    // a calculation mode Excel would not take back is said in the status line, with how to set it back
    const calcLeft = calcLeftOf(e);
    store.dispatch({ type: "failed", code: errorCode(e), ...(calcLeft ? { calcLeft } : {}) });
    return undefined;
  }
}
