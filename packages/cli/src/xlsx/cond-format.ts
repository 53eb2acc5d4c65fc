/**
 * The scorer's conditional formats (`WorkbookOutput.conditionalFormats`) written as native OOXML rules into a sheet's
 * XML after `</sheetData>`: the tool's earlier rules — recognised by formula, compared as the add-in compares them (no
 * "=", no spaces, upper case), or by a rule's `formulaPattern` — are removed, the analyst's rules are kept as they are, and ours are inserted where the
 * schema wants `<conditionalFormatting>`: after mergeCells/phoneticPr and any remaining rules, before
 * dataValidations, hyperlinks, page setup, drawing, tableParts, extLst.
 */
import type { ConditionalFormatSpec } from "@inovasi/workbook";
import { escapeXml, unescapeXml } from "@inovasi/workbook/xlsx-read";

/**
 * A formula as compared on a re-run (the add-in's `sameFormula`): no leading "=", no spaces, upper case, without the
 * file's `_xlfn.` prefix.
 */
export const formulaKey = (f: string): string => f.replace(/^=/, "").replace(/\s+/g, "").toUpperCase().replace(/_XLFN\./g, "");

/**
 * A formula as the file stores it: functions newer than Excel 2007 carry the `_xlfn.` prefix (ECMA-376's future
 * functions; without it Excel and LibreOffice show #NAME?). Only those the tool's rules use are listed.
 */
export const fileFormula = (f: string): string => f.replace(/(?<![\w.])(UNICHAR)\(/g, "_xlfn.$1(");

/** Worksheet children that come after `<conditionalFormatting>` (CT_Worksheet order). */
const AFTER_CF = ["dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/**
 * The sheet's tail (the text from `</sheetData>` to the end) with our rules replaced. `dxfIds[i]` is the `<dxfs>` index
 * of `rules[i]`'s look; `p` the sheet's namespace prefix ("" or "x:").
 */
export function withConditionalFormats(tail: string, rules: ConditionalFormatSpec[], dxfIds: number[], p: string): string {
  const ours = new Set(rules.flatMap((r) => [r.formula, ...(r.formerFormulas ?? [])]).map(formulaKey));
  // the same rules written for other rows (a block pasted under its own header, since fixed or moved): ours too
  const like = [...new Set(rules.flatMap((r) => (r.formulaPattern ? [r.formulaPattern] : [])))].map((x) => new RegExp(`^(?:${x})$`));
  const isOurs = (f: string) => { const k = formulaKey(f); return ours.has(k) || like.some((x) => x.test(k)); };
  const e = p.replace(/[.:-]/g, (c) => `\\${c}`);
  // the analyst's blocks stay byte for byte; a block loses only our rules, and goes when none is left
  const block = new RegExp(`<${e}conditionalFormatting\\b[^>]*>[\\s\\S]*?</${e}conditionalFormatting>`, "g");
  const rule = new RegExp(`<${e}cfRule\\b(?:[^>]*/>|[^>]*>[\\s\\S]*?</${e}cfRule>)`, "g");
  const formula = new RegExp(`<${e}formula>([\\s\\S]*?)</${e}formula>`);
  // extLst (x14 rules) is left alone: cut it off while we edit
  const extAt = tail.search(new RegExp(`<${e}extLst[\\s>]`));
  let head = extAt < 0 ? tail : tail.slice(0, extAt);
  const rest = extAt < 0 ? "" : tail.slice(extAt);
  let maxPriority = 0;
  head = head.replace(block, (b) => {
    let kept = 0;
    const out = b.replace(rule, (r) => {
      const f = formula.exec(r)?.[1];
      if (f !== undefined && isOurs(unescapeXml(f))) return "";
      kept++;
      maxPriority = Math.max(maxPriority, Number(/\spriority="(\d+)"/.exec(r)?.[1] ?? 0));
      return r;
    });
    return kept ? out : "";
  });
  if (!rules.length) return head + rest;
  const xml = rules
    .map((r, i) => `<${p}conditionalFormatting sqref="${escapeXml(r.range)}"><${p}cfRule type="expression" dxfId="${dxfIds[i]}" priority="${maxPriority + i + 1}"><${p}formula>${escapeXml(fileFormula(r.formula))}</${p}formula></${p}cfRule></${p}conditionalFormatting>`)
    .join("");
  let at = head.length;
  for (const name of AFTER_CF) {
    const m = new RegExp(`<${e}${name}[\\s>/]`).exec(head);
    if (m && m.index < at) at = m.index;
  }
  if (at === head.length && !rest) {
    const close = head.search(/<\/([\w.-]+:)?worksheet\s*>/);
    if (close >= 0) at = close;
  }
  return head.slice(0, at) + xml + head.slice(at) + rest;
}
