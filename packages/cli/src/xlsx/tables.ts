/**
 * Output columns added to an Excel table (`WorkbookOutput.tables`): the table part's `ref` and its autoFilter's are
 * widened to the new columns and a `<tableColumn>` is appended for each, named as its header cell; every other byte
 * of the part is kept.
 */
import type { TableColumnsSpec } from "@inovasi/workbook";
import { columnLetters } from "@inovasi/workbook";
import { type OpenPackage, dirOf, parseRels, relsPathOf, resolveTarget } from "@inovasi/workbook/xlsx-read";
import { attr, escapeXml, unescapeXml } from "@inovasi/workbook/xlsx-read";

/** The table part (path) of a sheet whose table is named `name`, or undefined. */
export function tablePartOf(pkg: OpenPackage, sheetPath: string, name: string): string | undefined {
  for (const rel of parseRels(pkg.text(relsPathOf(sheetPath))).values()) {
    if (!/\/table$/.test(rel.type)) continue;
    const path = resolveTarget(dirOf(sheetPath), rel.target);
    const tag = /<(?:[\w.-]+:)?table\b[^>]*>/.exec(pkg.text(path) ?? "")?.[0];
    if (tag && unescapeXml(attr(tag, "displayName") ?? attr(tag, "name") ?? "") === name) return path;
  }
  return undefined;
}

/** The table part's XML with the spec's new columns; undefined when the part does not match the spec. */
export function widenTable(xml: string, spec: TableColumnsSpec): string | undefined {
  const open = /<([\w.-]+:)?table\b[^>]*>/.exec(xml);
  if (!open) return undefined;
  const p = open[1] ?? "";
  const ref = /^([A-Za-z]+)(\d+):([A-Za-z]+)(\d+)$/.exec(attr(open[0], "ref") ?? "");
  const cols = /<([\w.-]+:)?tableColumns\b([^>]*)>([\s\S]*?)<\/([\w.-]+:)?tableColumns\s*>/.exec(xml);
  if (!ref || !cols) return undefined;
  const lastCol = columnLetters(spec.col + spec.cols - 1);
  const existing = [...cols[3]!.matchAll(/<(?:[\w.-]+:)?tableColumn\b[^>]*>/g)].map((m) => m[0]);
  const names = new Set(existing.map((t) => unescapeXml(attr(t, "name") ?? "").toLowerCase()));
  // already there (a re-run whose columns were added before): nothing to do
  if (spec.headers.every((h) => names.has(h.toLowerCase()))) return undefined;
  if (existing.length + spec.headers.length !== spec.cols) return undefined;
  let id = Math.max(0, ...existing.map((t) => Number(attr(t, "id") ?? 0)));
  const added = spec.headers.map((h) => `<${p}tableColumn id="${++id}" name="${escapeXml(h)}"/>`).join("");
  const count = existing.length + spec.headers.length;
  const colsOpen = /\scount="\d+"/.test(cols[2]!) ? cols[2]!.replace(/\scount="\d+"/, ` count="${count}"`) : `${cols[2]} count="${count}"`;
  const newCols = `<${cols[1] ?? ""}tableColumns${colsOpen}>${cols[3]}${added}</${cols[4] ?? ""}tableColumns>`;
  const widen = (tag: string) => tag.replace(/(\sref=")([A-Za-z]+\d+):[A-Za-z]+(\d+)(")/, (_m, a: string, from: string, row: string, b: string) => `${a}${from}:${lastCol}${row}${b}`);
  let out = xml.slice(0, open.index) + widen(open[0]) + xml.slice(open.index + open[0].length, cols.index) + newCols + xml.slice(cols.index + cols[0].length);
  out = out.replace(/<(?:[\w.-]+:)?autoFilter\b[^>]*>/, (t) => widen(t));
  return out;
}
