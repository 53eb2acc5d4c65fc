/**
 * The province recap written into the open workbook: the recap sheets (Rekap, Peringkat, Sebaran Predikat, Masalah
 * per Berkas) drawn from the description `inovasi rekap` draws (`recapWorkbook`), through the same owned-sheet
 * writing as a scoring run (`applyWrites`), with Banding Tahun when the recap compares last year's files. Only those
 * sheets change: a sheet of that name that the tool did not write (its A1 is not the tool's title, and it is not empty)
 * stops the write before anything is touched. The tool's own recap sheets are cleared first, so a recap of fewer files
 * leaves no old rows. A Banding Tahun of the tool's that this recap does not write (no last year's files, or none
 * scored) is left as it is and reported (`left`): it is an earlier recap's, which the pane says.
 *
 * Syncs: 2 (which sheets exist; their A1 and whether they hold anything) + those of `applyWrites`.
 */
import { RECAP_SHEETS, RECAP_YEARS_SHEET, type RecapWorkbook, isRecapTitle, isSheetTitle } from "@inovasi/workbook";
import { type ApplyReport, applyWrites } from "./apply.js";
import type { Supports, XContext, XRange } from "./types.js";

export type RecapWriteOutcome =
  /** `left`: the tool's sheets of an earlier recap that this one does not write (Banding Tahun), left as they are. */
  | { ok: true; report: ApplyReport; cleared: string[]; left: string[] }
  /** Sheets with a recap sheet's name that are not the tool's: nothing was written. */
  | { ok: false; foreign: string[] };

/** Each recap sheet's test of its A1: the tool's title in either language (a recap re-run in the other language). */
const TITLE_OF = new Map<string, (a1: unknown) => boolean>([
  ...Object.entries(RECAP_SHEETS).map(([k, name]) => [name, (a1: unknown) => isRecapTitle(k as keyof typeof RECAP_SHEETS, a1)] as const),
  [RECAP_YEARS_SHEET, (a1: unknown) => isSheetTitle("recapYears", a1 as string)],
]);

export async function writeRecapSheets(
  ctx: XContext,
  book: RecapWorkbook,
  opts: { supports?: Supports; progress?: (done: number, total: number) => void } = {},
): Promise<RecapWriteOutcome> {
  const wb = ctx.workbook;
  const names = book.output.ownedSheets.map((s) => s.name);
  wb.worksheets.load("items/name");
  await ctx.sync();
  const have = wb.worksheets.items.map((w) => w.name);
  const foreign: string[] = [];
  const checks: { name: string; a1: XRange; used: XRange }[] = [];
  // the tool's Banding Tahun from an earlier recap with last year's files, when this one has none: looked at, not written
  const earlier = titled(ctx, have, [...TITLE_OF.keys()].filter((name) => !names.includes(name)));
  for (const name of names) {
    const same = have.find((h) => h.toLowerCase() === name.toLowerCase());
    if (same === undefined) continue;
    // another casing of the name is the analyst's sheet (Excel names are case-insensitive)
    if (same !== name) { foreign.push(same); continue; }
    const ws = wb.worksheets.getItem(name);
    checks.push({ name, a1: ws.getRange("A1").load("values"), used: ws.getUsedRangeOrNullObject(true).load("rowIndex") });
  }
  if (checks.length || earlier.length) await ctx.sync();
  const left = earlier.ours();
  const ours: string[] = [];
  for (const c of checks) {
    const a1 = c.a1.values[0]?.[0];
    if (TITLE_OF.get(c.name)!(a1) || c.used.isNullObject) ours.push(c.name);
    else foreign.push(c.name);
  }
  if (foreign.length) return { ok: false, foreign };
  // cleared in the first sync of the write, before the new values land
  for (const name of ours) wb.worksheets.getItem(name).getRange().clear("All");
  const report = await applyWrites(ctx, book.writes, { output: book.output, ...(opts.supports ? { supports: opts.supports } : {}), ...(opts.progress ? { progress: opts.progress } : {}) });
  return { ok: true, report, cleared: ours, left };
}

/**
 * The tool's recap sheets in the open workbook (a recap sheet's name with the tool's title in A1): when a recap writes
 * none, they are an earlier recap's. A sheet of such a name that the analyst made is not one of them.
 *
 * Syncs: 2 (which sheets exist; their A1).
 */
export async function recapSheetsIn(ctx: XContext): Promise<string[]> {
  ctx.workbook.worksheets.load("items/name");
  await ctx.sync();
  const sheets = titled(ctx, ctx.workbook.worksheets.items.map((w) => w.name), [...TITLE_OF.keys()]);
  if (sheets.length) await ctx.sync();
  return sheets.ours();
}

/** A1 of each of `names` that the workbook has (`have`) queued for loading; after the sync, `ours()`: those whose A1 is the tool's title. */
function titled(ctx: XContext, have: readonly string[], names: readonly string[]) {
  const a1s = names.filter((name) => have.includes(name)).map((name) => ({ name, a1: ctx.workbook.worksheets.getItem(name).getRange("A1").load("values") }));
  return { length: a1s.length, ours: () => a1s.filter((c) => TITLE_OF.get(c.name)!(c.a1.values[0]?.[0])).map((c) => c.name) };
}
