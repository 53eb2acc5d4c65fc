/**
 * The ribbon's Nilai IID button (ExecuteFunction in the shared runtime): scores without opening the pane. On success
 * Excel shows the Ringkasan sheet; when the workbook has errors, or Excel failed, the pane opens with the reasons.
 */
import { type Store, isWorkbookBusy } from "../pane/state.js";
import type { PaneHost } from "./host.js";
import { scoreWorkbook } from "./score.js";

/** The function name the manifest's ExecuteFunction action names. */
export const SCORE_COMMAND = "nilaiIid";

/** What the command did, for tests and the log. */
export type RibbonOutcome = "scored" | "problems" | "failed" | "busy";

export async function scoreFromRibbon(host: PaneHost, store: Store): Promise<RibbonOutcome> {
  const busy = isWorkbookBusy(store.get());
  const out = await scoreWorkbook(host, store);
  let outcome: RibbonOutcome;
  if (!out) outcome = busy ? "busy" : "failed";
  else if (!out.ok || out.issues.some((i) => i.severity === "error")) outcome = "problems";
  else outcome = "scored";
  try {
    if (outcome === "scored" && out?.ok && out.chart) await host.selectCell(out.chart.sheet, "A1");
    else await host.showPane();
  } catch { /* showing the result is a courtesy; the workbook is already written */ }
  return outcome;
}

/** `Office.actions`, the part used here. */
export interface Actions { associate(name: string, f: (event: { completed(): void }) => void): void }

/** Register the ribbon command; `event.completed()` is always called, or Excel would keep the button busy. */
export function registerCommands(actions: Actions, host: PaneHost, store: Store): void {
  actions.associate(SCORE_COMMAND, (event) => {
    void scoreFromRibbon(host, store).finally(() => event.completed());
  });
}
