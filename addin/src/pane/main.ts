/** Task pane entry: wires the pane to Excel through the adapter. Also registers the custom functions (shared runtime). */
import { applyWrites, insertSheets, readGrids, selectCell, type XContext } from "../excel/adapter.js";
import "../functions/functions.js";
import { type PaneHost, mountPane } from "./pane.js";

const run = <T>(f: (ctx: XContext) => Promise<T>): Promise<T> => Excel.run((ctx) => f(ctx as unknown as XContext));
const supports = (v: string) => Office.context.requirements.isSetSupported("ExcelApi", v);

const host: PaneHost = {
  readGrids: () => run(readGrids),
  applyWrites: (writes, chart, headingRows, progress) => run((ctx) => applyWrites(ctx, writes, { chart, summaryHeadingRows: headingRows, supports, progress })),
  selectCell: (sheet, address) => run((ctx) => selectCell(ctx, sheet, address)),
  insertSheets: (sheets) => run((ctx) => insertSheets(ctx, sheets)),
};

Office.onReady((info) => {
  const root = document.getElementById("app")!;
  if (info.host !== Office.HostType.Excel) {
    root.textContent = "Buka panel ini di Excel. / Open this pane in Excel.";
    return;
  }
  mountPane(root, host, { lang: Office.context.displayLanguage?.toLowerCase().startsWith("en") ? "en" : "id" });
});
