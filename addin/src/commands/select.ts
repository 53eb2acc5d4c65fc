/**
 * A cell link followed from the pane: Excel selects the cell; when it cannot (the sheet renamed or deleted since the
 * run, a cell being edited), the status line says which cell and what to do instead of nothing happening.
 */
import type { CellLink } from "../pane/links.js";
import type { Store } from "../pane/state.js";
import type { PaneHost } from "./host.js";
import { errorCode } from "./score.js";

/** Select `link`'s cell; true when Excel did. */
export async function followLink(host: PaneHost, store: Store, link: Pick<CellLink, "sheet" | "cell">): Promise<boolean> {
  try {
    await host.selectCell(link.sheet, link.cell);
    store.dispatch({ type: "selected" });
    return true;
  } catch (e) {
    store.dispatch({ type: "select-failed", sheet: link.sheet, cell: link.cell, code: errorCode(e) });
    return false;
  }
}
