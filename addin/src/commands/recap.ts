/**
 * The pane's "Rekap provinsi" run: the picked kab/kota files read and scored one by one (the status line names each),
 * then last year's when picked (compared on the Banding Tahun sheet), the recap written into the open workbook through
 * the host, the outcome in the shared store.
 */
import { type PickedFile, type RecapRun, recapPicked } from "../recap.js";
import { type Store, chosenEdition, isWorkbookBusy } from "../pane/state.js";
import type { PaneHost } from "./host.js";
import { errorCode } from "./score.js";

/**
 * Recap `files` and write the recap sheets. Returns the run (also in the store), or undefined when a run is under way
 * or nothing was picked. A file that cannot be read or scored is listed with its reason; the others are recapped.
 */
export async function recapWorkbooks(host: PaneHost, store: Store, files: readonly PickedFile[]): Promise<RecapRun | undefined> {
  const s0 = store.get();
  if (isWorkbookBusy(s0)) return undefined;
  const previous = files.length ? (s0.recapPrevious ?? []) : [];
  store.dispatch({ type: "recap-start", files: files.length, previous: previous.length });
  if (!files.length) return undefined;
  let run: RecapRun | undefined;
  try {
    const edition = chosenEdition(s0);
    run = await recapPicked(files, {
      locale: s0.lang,
      ...(edition ? { edition } : {}),
      ...(s0.model?.ok ? { model: { file: s0.model.file, issues: s0.model.warnings ?? [] } } : {}),
      // the target chosen in the section, as `inovasi rekap --target`; none: the edition's top predicate; the list of
      // kab/kota picked there, as `--regions` (a list with rows it cannot use is not used: the section says why)
      recap: {
        ...(s0.recapTarget ? { target: s0.recapTarget } : {}),
        // the year chosen there, as `--year`: other years' files are named, not recapped
        ...(s0.recapYear !== undefined ? { year: s0.recapYear } : {}),
        ...(s0.recapRegions && !s0.recapRegions.problems.length ? { expected: s0.recapRegions.regions } : {}),
      },
      // last year's files, as `inovasi rekap --previous`
      ...(previous.length ? { previous } : {}),
      progress: async (k, n, name, last) => {
        store.dispatch({ type: "recap-file", k, n, name, previous: last });
        // let the status line paint before the (synchronous) scoring of this file
        await new Promise((r) => setTimeout(r, 0));
      },
    });
    if (!run.book) {
      // the tool's recap sheets in the workbook are then an earlier recap's: said, not left to look like this one's
      const earlierSheets = await host.recapSheets().catch(() => [] as string[]);
      store.dispatch({ type: "recap-done", run, written: false, earlierSheets });
      return run;
    }
    store.dispatch({ type: "recap-writing", run });
    const w = await host.writeRecap(run.book);
    // a Banding Tahun of an earlier recap, left as it is when this one compares nothing: said in the status
    store.dispatch(w.ok ? { type: "recap-done", run, written: true, earlierSheets: w.left } : { type: "recap-refused", run, foreign: w.foreign });
    return run;
  } catch (e) {
    store.dispatch({ type: "recap-failed", code: errorCode(e) });
    return run;
  }
}
