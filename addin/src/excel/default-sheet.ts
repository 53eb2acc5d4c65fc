/**
 * The sheet a new workbook opens with ("Sheet1", "Lembar1"), left empty before the template's sheets once they are
 * inserted: found here when it is surely untouched, so the template insertion can delete it. Office.js cannot tell
 * whether a sheet was ever edited, only what it holds now; so only the workbook's one sheet, under Excel's first
 * default name, with no used range counting formats (`getUsedRangeOrNullObject(false)`), no chart and no shape (ExcelApi
 * 1.9 to count them) is taken. Anything else, or an older Excel, keeps it.
 */
import type { Supports, XContext } from "./types.js";

/** Excel's name for the first sheet of a new workbook, in English and in Indonesian. */
const DEFAULT_NAME = /^(sheet|lembar)1$/i;

/**
 * The name of the workbook's untouched default sheet (see the module comment), or undefined. `names`: the workbook's
 * sheets. One sync when there is a candidate, none otherwise.
 */
export async function untouchedDefaultSheet(ctx: XContext, names: string[], supports: Supports, sync: () => Promise<void>): Promise<string | undefined> {
  const name = names.length === 1 ? names[0]! : undefined;
  if (name === undefined || !DEFAULT_NAME.test(name) || !supports("1.9")) return undefined;
  const ws = ctx.workbook.worksheets.getItem(name);
  if (!ws.shapes || !ws.charts.getCount || !ws.delete) return undefined;
  const used = ws.getUsedRangeOrNullObject(false).load("rowIndex");
  const charts = ws.charts.getCount();
  const shapes = ws.shapes.getCount();
  await sync();
  return used.isNullObject && charts.value === 0 && shapes.value === 0 ? name : undefined;
}
