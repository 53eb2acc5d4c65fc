/**
 * The workbook's date system. Office.js gives a date cell's value as its serial number, counted in the workbook's
 * date system: from 1900 (Excel's default) or from 1904 (File › Options › Advanced › "Use 1904 date system"; Excel for
 * Mac's default before 2011), where the same serial is 1,462 days later. Date cells are handed to the reader as the
 * .xlsx reader hands them, ISO dates counted in the book's own system ({@link datesAsText}).
 *
 * The Excel JavaScript API has no property for the date system (no `Workbook.date1904` as in VBA, up to the
 * requirement sets this add-in knows), so it is asked of Excel itself: `DATE(1904,1,1)` through `workbook.functions`
 * (ExcelApi 1.2) is 0 in the 1904 system and 1462 in the 1900 one (the function's reference: the year runs "from 1900
 * or 1904 (depending on the workbook's date system)"). Checked against the documentation only, not in Excel.
 */
import type { Grid } from "@inovasi/workbook";
import { isDateFormat, serialToIso } from "@inovasi/workbook/xlsx-read";
import type { Supports, XContext, XFunctionResult } from "./types.js";

/** Whether the date system can be asked (ExcelApi 1.2 and a `functions` object). */
export function canAskDateSystem(ctx: XContext, supports: Supports | undefined): boolean {
  return !!supports && supports("1.2") && typeof ctx.workbook.functions?.date === "function";
}

/** Queue the question (read after the next sync). */
export function askDateSystem(ctx: XContext): XFunctionResult {
  return ctx.workbook.functions!.date(1904, 1, 1).load("value");
}

/** The answer: the 1904 system when DATE(1904,1,1) is day 0. */
export function uses1904(answer: XFunctionResult): boolean {
  return answer.value === 0;
}

/**
 * Date cells (a number under a date format, in the columns whose formats the read loaded) as the ISO dates the .xlsx
 * reader makes of them (`serialToIso`, a 1904 book's serials counted from 1904): both hosts then hand the reader the
 * same value. A date Excel made of an answer typed as "1-3" is the text "2026-03-01" to the reader, which says the
 * answer is no option, as `inovasi score` does; the serial 46082 was read as 46082 persons without a word.
 */
export function datesAsText(g: Grid, date1904: boolean): void {
  g.formats?.forEach((line, r) => {
    line?.forEach((f, c) => {
      const v = g.cells[r]?.[c];
      if (typeof v !== "number" || !isDateFormat(f)) return;
      const iso = serialToIso(v, date1904);
      if (iso !== null) g.cells[r]![c] = iso;
    });
  });
}
