/**
 * The pane's part of what the IID functions know (`functions/context.ts`): its language, the edition a run would use
 * and the loaded model, kept current from the store; when the edition or the model changes, Excel is asked to
 * recalculate so formulas without an `edition` argument follow the pane (they are not recalculated on their own).
 */
import { type FunctionContext, setFunctionContext } from "../functions/context.js";
import { type PaneState, type Store, chosenEdition } from "./state.js";

/** What the functions know from the pane: a run's edition as far as the pane knows it (chosen, else the sheet's as last read). */
export function functionContextOf(s: PaneState): FunctionContext {
  return { lang: s.lang, edition: chosenEdition(s) ?? s.sheetEdition, model: s.model?.ok ? s.model.edition : undefined };
}

/** Keep the functions' context current; `recalculate` is called after a change that can change their results. */
export function linkFunctions(store: Store, recalculate: () => Promise<unknown>): () => void {
  setFunctionContext(functionContextOf(store.get()));
  return store.subscribe((s, prev) => {
    if (s.lang === prev.lang && s.model === prev.model && s.editionId === prev.editionId && s.sheetEdition === prev.sheetEdition) return;
    // a failed recalculation changes nothing the pane shows; Excel recalculates the formulas at the next edit of their cells
    if (setFunctionContext(functionContextOf(s))) void recalculate().catch(() => undefined);
  });
}
