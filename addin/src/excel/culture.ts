/**
 * The decimal mark Excel shows numbers with, for the pane's own numbers: the system culture's
 * (`application.cultureInfo.numberFormat.numberDecimalSeparator`), or Excel's own separator when the analyst turned
 * "Use system separators" off (`application.decimalSeparator`). Both are ExcelApi 1.11; on an older Excel the answer
 * is undefined and the pane falls back to Office's language.
 */
import type { Supports, XContext } from "./types.js";

/** The decimal separator Excel uses ("," or "." and, rarely, another mark); undefined without ExcelApi 1.11. One sync. */
export async function decimalSeparator(ctx: XContext, supports: Supports): Promise<string | undefined> {
  if (!supports("1.11")) return undefined;
  const app = ctx.workbook.application;
  const culture = app.cultureInfo;
  if (!culture) return undefined;
  culture.numberFormat.load("numberDecimalSeparator");
  app.load(["useSystemSeparators", "decimalSeparator"]);
  await ctx.sync();
  const mark = app.useSystemSeparators === false ? app.decimalSeparator : culture.numberFormat.numberDecimalSeparator;
  return mark || undefined;
}
