/**
 * The analyst's AutoFilter on the input table, widened over the output columns (`WorkbookOutput.inputFilters`,
 * `widenedFilter` decides): only the `ref` of the sheet's `<autoFilter>` changes — its `<filterColumn>`s keep their
 * `colId` (counted from the filter's first column, which stays) and every other byte. Its sort (`<sortState>`, in the
 * filter or right after it) reaches the new columns and rows too where it reached the old filter's edge, so a
 * re-applied sort (Data › Reapply) moves each row's scores with the row; its `<sortCondition>`s keep their columns.
 * The rows the filter hides stay hidden (their `<row hidden>` is not touched). Excel's `_xlnm._FilterDatabase` name
 * for the sheet (workbook.xml) names the same new range, or Excel and LibreOffice keep the old one.
 */
import { type FilterBox, type InputFilterSpec, columnLetters, widenedFilter } from "@inovasi/workbook";
import { attr, colOfRef, escapeXml, unescapeXml } from "@inovasi/workbook/xlsx-read";
import { setAttr } from "./cols.js";

/** A range `A1:BC91` (or one cell) as a box, 0-based; undefined when it is no such range. */
export function boxOf(ref: string): FilterBox | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return undefined;
  const col = colOfRef(m[1]!.toUpperCase() + "1");
  const lastCol = colOfRef((m[3] ?? m[1]!).toUpperCase() + "1");
  const row = Number(m[2]) - 1;
  const lastRow = Number(m[4] ?? m[2]) - 1;
  if (col < 0 || lastCol < col || row < 0 || lastRow < row) return undefined;
  return { row, col, lastRow, lastCol };
}

const refOf = (b: FilterBox) => `${columnLetters(b.col)}${b.row + 1}:${columnLetters(b.lastCol)}${b.lastRow + 1}`;

/**
 * The text after a sheet's `</sheetData>` with its `<autoFilter>` widened as `widenedFilter` decides, and the filter's
 * old and new range; undefined when the sheet has no filter or it stays as it is.
 */
export function widenSheetFilter(tail: string, spec: InputFilterSpec): { xml: string; from: FilterBox; to: FilterBox } | undefined {
  const open = /<([\w.-]+:)?autoFilter\b[^>]*>/.exec(tail);
  if (!open) return undefined;
  const from = boxOf(attr(open[0], "ref") ?? "");
  const to = from && widenedFilter(spec, from);
  if (!from || !to) return undefined;
  const p = open[1] ?? "";
  // the filter's element, and a sort right after it (CT_Worksheet: autoFilter, then sortState)
  let end = open.index + open[0].length;
  if (!open[0].endsWith("/>")) {
    const close = tail.indexOf(`</${p}autoFilter`, end);
    if (close < 0) return undefined;
    end = tail.indexOf(">", close) + 1;
  }
  const after = new RegExp(`^\\s*<${p.replace(/\./g, "\\.")}sortState\\b[\\s\\S]*?(?:/>|</${p.replace(/\./g, "\\.")}sortState\\s*>)`).exec(tail.slice(end));
  if (after) end += after[0].length;
  const inner = tail.slice(open.index + open[0].length, end);
  const sorted = inner.replace(/<(?:[\w.-]+:)?(sortState|sortCondition)\b[^>]*>/g, (tag, name: string) => {
    const b = boxOf(attr(tag, "ref") ?? "");
    if (!b) return tag;
    // a sort reaches the new edge where it reached the old one; a condition keeps its column
    const lastCol = name === "sortState" && b.lastCol === from.lastCol ? to.lastCol : b.lastCol;
    const lastRow = b.lastRow === from.lastRow ? to.lastRow : b.lastRow;
    return lastCol === b.lastCol && lastRow === b.lastRow ? tag : setAttr(tag, "ref", refOf({ ...b, lastCol, lastRow }));
  });
  const xml = tail.slice(0, open.index) + setAttr(open[0], "ref", refOf(to)) + sorted + tail.slice(end);
  return { xml, from, to };
}

/** A sheet's position among workbook.xml's `<sheets>` (a sheet-scoped defined name's `localSheetId`); -1 when absent. */
export function localSheetId(xml: string, sheet: string): number {
  return [...xml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)].findIndex((m) => unescapeXml(attr(m[0], "name") ?? "") === sheet);
}

/**
 * workbook.xml with the `_xlnm._FilterDatabase` name of the sheet `sheet` (its `localSheetId`: the sheet's position
 * among `<sheets>`) naming `to`, written as Excel writes it (`Inovasi!$A$1:$BK$91`, the sheet as the name had it).
 * Unchanged when there is no such name (a file no spreadsheet application saved: the `<autoFilter>` is enough).
 */
export function withFilterDatabase(xml: string, sheet: string, to: FilterBox): string {
  const at = localSheetId(xml, sheet);
  if (at < 0) return xml;
  const abs = `$${columnLetters(to.col)}$${to.row + 1}:$${columnLetters(to.lastCol)}$${to.lastRow + 1}`;
  return xml.replace(/(<(?:[\w.-]+:)?definedName\b[^>]*>)([^<]*)(<\/(?:[\w.-]+:)?definedName\s*>)/g, (all, tag: string, text: string, close: string) => {
    if (attr(tag, "name") !== "_xlnm._FilterDatabase" || attr(tag, "localSheetId") !== String(at)) return all;
    const bang = unescapeXml(text).lastIndexOf("!");
    const prefix = bang > 0 && !/#REF/i.test(text) ? unescapeXml(text).slice(0, bang) : `'${sheet.replace(/'/g, "''")}'`;
    return `${tag}${escapeXml(`${prefix}!${abs}`)}${close}`;
  });
}
