/**
 * What the IID functions know of the pane, through the shared runtime (one JavaScript context for the pane, the ribbon
 * command and the custom functions; manifest `<Runtime lifetime="long">`): the pane's language, the edition a run would
 * use (a loaded province model, else the edition chosen in the list, else the one the Pengaturan sheet names, read at
 * start-up and at each run) and the loaded model, which an `edisi` argument may name by its id. Until the Pengaturan
 * sheet has been read the edition is not known here: the functions then use the latest shipped edition and say so. Pure.
 */
import type { Edition } from "@inovasi/core";

export interface FunctionContext {
  lang: "id" | "en";
  /** The edition a run would use; undefined until the pane knows it. */
  edition: Edition | undefined;
  /** The province model loaded in the pane (its id is accepted as an `edition` argument). */
  model: Edition | undefined;
}

let current: FunctionContext = { lang: "id", edition: undefined, model: undefined };
let called = false;

/** The context the functions read at each call. */
export const functionContext = (): FunctionContext => {
  called = true;
  return current;
};

/** Whether an IID function has run in this runtime (read the context): a result may be in a cell. */
export const functionsHaveRun = (): boolean => called;

/**
 * Set what the functions know; returns whether a formula's result may change, so the caller can have Excel recalculate
 * (a custom function is not recalculated on its own when the pane changes): the edition or the model changed, or the
 * language — PREDIKAT's label, CATATAN_INOVASI's and CATATAN_INDEKS's notes and every `#VALUE!` message are in it.
 */
export function setFunctionContext(next: FunctionContext): boolean {
  const changed = next.edition !== current.edition || next.model !== current.model || next.lang !== current.lang;
  current = next;
  return changed;
}
