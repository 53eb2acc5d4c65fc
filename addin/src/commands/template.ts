/**
 * The pane's "Sisipkan lembar templat": the template sheets the workbook lacks inserted through the host, the outcome
 * (or why Excel refused) in the shared store, then the sheets line read again.
 */
import { defaultEdition } from "@inovasi/core";
import { type Store, chosenEdition, isWorkbookBusy, sheetsNow, templateLeftOut } from "../pane/state.js";
import type { PaneHost } from "./host.js";
import { errorCode } from "./score.js";

/**
 * Insert the missing template sheets; returns the names inserted, or undefined when busy or Excel failed (the store
 * says why). A contract sheet the reader reads under another name ("Data Inovasi") is not inserted: the empty sheet
 * would be read instead of the analyst's.
 */
export async function insertTemplateSheets(host: PaneHost, store: Store): Promise<string[] | undefined> {
  if (isWorkbookBusy(store.get())) return undefined;
  let added: string[] | undefined;
  store.dispatch({ type: "insert-start" });
  try {
    added = await host.insertTemplate(chosenEdition(store.get()) ?? defaultEdition, (names) => templateLeftOut(sheetsNow(store.get(), names)));
    store.dispatch({ type: "inserted", names: added });
  } catch (e) {
    store.dispatch({ type: "failed", code: errorCode(e), what: "template" });
  }
  // the sheets line follows the workbook, whatever happened (a failed insertion may have added some sheets)
  await host.sheetNames().then((names) => store.dispatch({ type: "sheets", ...sheetsNow(store.get(), names) }), () => undefined);
  return added;
}
