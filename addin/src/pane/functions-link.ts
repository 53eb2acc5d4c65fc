/**
 * The pane's part of what the IID functions know (`functions/context.ts`): its language, the edition a run would use
 * and the loaded model, kept current from the store; when one of them changes, Excel is asked to recalculate so the
 * formulas follow the pane (they are not recalculated on their own): those without an `edition` argument the edition,
 * all of them the language their labels, notes and messages are in.
 */
import type { Edition } from "@inovasi/core";
import { type WorkbookGrids, readWorkbook } from "@inovasi/workbook";
import { type FunctionContext, functionsHaveRun, setFunctionContext } from "../functions/context.js";
import type { PaneHost } from "../commands/host.js";
import { type PaneState, type Store, chosenEdition, isWorkbookBusy } from "./state.js";

/** What the functions know from the pane: a run's edition as far as the pane knows it (chosen, else the sheet's as last read). */
export function functionContextOf(s: PaneState): FunctionContext {
  return { lang: s.lang, edition: chosenEdition(s) ?? s.sheetEdition, model: s.model?.ok ? s.model.edition : undefined };
}

/** Keep the functions' context current; `recalculate` is called after a change that can change their results. */
export function linkFunctions(store: Store, recalculate: () => Promise<unknown>): () => void {
  // the runtime starts with the workbook: a function Excel ran before the pane was linked answered in Bahasa
  if (setFunctionContext(functionContextOf(store.get())) && functionsHaveRun()) void recalculate().catch(() => undefined);
  return store.subscribe((s, prev) => {
    if (s.lang === prev.lang && s.model === prev.model && s.editionId === prev.editionId && s.sheetEdition === prev.sheetEdition) return;
    // a failed recalculation changes nothing the pane shows; Excel recalculates the formulas at the next edit of their cells
    if (setFunctionContext(functionContextOf(s))) void recalculate().catch(() => undefined);
  });
}

/**
 * The edition the workbook's Pengaturan sheet names, as a run reads it (blank: the latest shipped edition, which a run
 * uses too); undefined without the sheet, or when it names no shipped edition (a province model's id: the pane must
 * load its file, and a run says so).
 */
export function settingsEdition(grids: WorkbookGrids): Edition | undefined {
  if (!Object.keys(grids).length) return undefined;
  const read = readWorkbook(grids);
  return read.issues.some((i) => i.code === "edition_unknown") ? undefined : read.edition;
}

/**
 * At start-up (the shared runtime starts with the workbook, for the functions or the pane): read the Pengaturan sheet's
 * edition so formulas without `edisi` use the workbook's edition before any run; the store's change has Excel
 * recalculate them once. A failure leaves the functions as they were (latest edition, said in their messages).
 */
export async function readWorkbookEdition(host: Pick<PaneHost, "settingsSheet">, store: Store): Promise<Edition | undefined> {
  if (!host.settingsSheet) return undefined;
  try {
    const e = settingsEdition(await host.settingsSheet());
    if (e) store.dispatch({ type: "sheet-edition", edition: e });
    return e;
  } catch {
    return undefined;
  }
}

/**
 * Follow edits of the Pengaturan sheet between runs, so formulas without `edisi` follow its Edisi Model cell before the
 * next run: after a change of the sheet's cells its edition is read again (one small read, as at start-up); when it
 * names another shipped edition the functions take it, and `linkFunctions` has Excel recalculate them once. An edit
 * naming no shipped edition (a province model's id, a typo) leaves them as they were, as at start-up: a run says why.
 * - Reads never overlap: changes during a read give one read more after it.
 * - A change during a run (or a template insertion or a recap) is read once it ends: the run reads the sheet itself,
 *   but the edit may come after its reading.
 * - The returned function puts the handler on the sheet (`PaneHost.watchSettings`, ExcelApi 1.7): call it at start-up;
 *   it is called again after each run and template insertion, for a Pengaturan sheet made since (or made again).
 * A failure leaves things as they were: the next run reads the sheet.
 */
export function followSettingsSheet(host: Pick<PaneHost, "settingsSheet" | "watchSettings">, store: Store): () => Promise<boolean> {
  let reading = false, waiting = false;
  let watched: string | undefined;
  let watching: Promise<boolean> | undefined;
  const read = async (): Promise<void> => {
    if (reading || isWorkbookBusy(store.get())) { waiting = true; return; }
    reading = true;
    try {
      do {
        waiting = false;
        const e = host.settingsSheet && settingsEdition(await host.settingsSheet());
        if (e) store.dispatch({ type: "sheet-edition", edition: e, edited: true });
      } while (waiting && !isWorkbookBusy(store.get()));
    } catch {
      // Excel refused the read (a cell being edited …): the next change, or the next run, reads it
    } finally {
      reading = false;
    }
  };
  const watch = (): Promise<boolean> => (watching ??= (async () => {
    try {
      watched = (await host.watchSettings?.(() => void read(), watched)) ?? watched;
      return watched !== undefined;
    } catch {
      return false;
    } finally {
      watching = undefined;
    }
  })());
  store.subscribe((s, prev) => {
    if (!isWorkbookBusy(prev) || isWorkbookBusy(s)) return;
    void (async () => {
      if (waiting && !reading) await read();
      await watch();
    })();
  });
  return watch;
}
