/**
 * The print titles of a sheet the tool owns (`_xlnm.Print_Titles` in workbook.xml: the rows, and columns, printed on
 * every page), as its print spec says.
 */
import { type PrintSpec, columnLetters } from "@inovasi/workbook";
import { attr, escapeXml } from "@inovasi/workbook/xlsx-read";
import { localSheetId } from "./filter.js";

/**
 * workbook.xml with `sheet`'s print titles (`_xlnm.Print_Titles`: the rows, and columns, printed on every page) as
 * `print` says: its earlier ones (an earlier run's) replaced, none when `print` has none. A `<definedNames>` is added
 * where the schema puts it (after the sheets, their function groups and external references) when there is none.
 */
export function withPrintTitles(xml: string, sheet: string, print: Pick<PrintSpec, "titleRows" | "titleCols"> | undefined): string {
  const at = localSheetId(xml, sheet);
  if (at < 0) return xml;
  // the earlier titles of this sheet go (rewritten below, or gone with the spec's)
  let out = xml.replace(/<(?:[\w.-]+:)?definedName\b[^>]*>[^<]*<\/(?:[\w.-]+:)?definedName\s*>/g, (all) => {
    const tag = /^<[^>]*>/.exec(all)![0];
    return attr(tag, "name") === "_xlnm.Print_Titles" && attr(tag, "localSheetId") === String(at) ? "" : all;
  });
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  const parts = [
    ...(print?.titleCols ? [`${quoted}!$${columnLetters(print.titleCols.first)}:$${columnLetters(print.titleCols.last)}`] : []),
    ...(print?.titleRows ? [`${quoted}!$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`] : []),
  ];
  if (!parts.length) return out.replace(/<((?:[\w.-]+:)?)definedNames\s*>\s*<\/\1definedNames\s*>/, "");
  const p = /<([\w.-]+:)?workbook[\s>]/.exec(out)?.[1] ?? "";
  const el = `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${at}">${escapeXml(parts.join(","))}</${p}definedName>`;
  const close = /<\/(?:[\w.-]+:)?definedNames\s*>/.exec(out);
  if (close) return out.slice(0, close.index) + el + out.slice(close.index);
  const self = /<(?:[\w.-]+:)?definedNames\s*\/>/.exec(out);
  if (self) return out.slice(0, self.index) + `<${p}definedNames>${el}</${p}definedNames>` + out.slice(self.index + self[0].length);
  // after the last of sheets, functionGroups, externalReferences
  let end = -1;
  for (const m of out.matchAll(/<\/(?:[\w.-]+:)?(?:sheets|externalReferences)\s*>|<(?:[\w.-]+:)?functionGroups\b[^>]*\/>|<\/(?:[\w.-]+:)?functionGroups\s*>/g)) end = Math.max(end, m.index + m[0].length);
  if (end < 0) return out;
  return out.slice(0, end) + `<${p}definedNames>${el}</${p}definedNames>` + out.slice(end);
}
