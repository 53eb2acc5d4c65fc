/**
 * Task pane entry (also the shared runtime's page): one store for the pane and the ribbon command, the custom
 * functions registered, the pane mounted. Office.context is read here; every Excel call goes through the adapter.
 */
import { type XContext } from "../excel/adapter.js";
import { excelHost } from "../commands/host.js";
import { type Actions, registerCommands } from "../commands/ribbon.js";
import "../functions/functions.js";
import { textLangOf } from "./format.js";
import { t } from "./messages.js";
import { followSettingsSheet, linkFunctions, readWorkbookEdition } from "./functions-link.js";
import { mountPane } from "./pane.js";
import { createStore, initialState } from "./state.js";

Office.onReady((info) => {
  const root = document.getElementById("app")!;
  if (info.host !== Office.HostType.Excel) {
    root.textContent = t("id", "notExcel");
    return;
  }
  const langs = { contentLanguage: Office.context.contentLanguage, displayLanguage: Office.context.displayLanguage };
  const store = createStore(initialState(textLangOf(langs)));
  const host = excelHost(
    (f) => Excel.run((ctx) => f(ctx as unknown as XContext)),
    (v) => Office.context.requirements.isSetSupported("ExcelApi", v),
    () => Office.addin.showAsTaskpane(),
  );
  // Office.actions exists where the shared runtime does (SharedRuntime 1.1); older hosts only get the pane
  const actions = (Office as { actions?: Actions }).actions;
  if (actions) registerCommands(actions, host, store);
  // the IID functions use the pane's language, edition and model (one runtime); Excel recalculates them when those change
  linkFunctions(store, () => host.recalculate());
  // before any run, the functions take the workbook's edition from its Pengaturan sheet (one small read), and follow
  // edits of that sheet between runs (ExcelApi 1.7)
  const followSettings = followSettingsSheet(host, store);
  void readWorkbookEdition(host, store).then(followSettings);
  mountPane(root, host, store);
});
