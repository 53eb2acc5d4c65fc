/**
 * Cell styles for the cells we write (a number format, bold headers, a legend fill), appended to styles.xml only when
 * the workbook has no identical entry yet — so a re-run adds nothing, and every style the analyst made keeps its index.
 */
import { BUILTIN_FORMATS, sectionOf } from "@inovasi/workbook/xlsx-read";
import { attr, escapeXml, rootPrefix, unescapeXml } from "@inovasi/workbook/xlsx-read";
import { setAttr } from "./cols.js";

export interface StyleWant {
  numFmt?: string;
  bold?: boolean;
  /** `#RRGGBB` */
  fill?: string;
  /** Wrap text, top-aligned (owned sheets with `wrap`). */
  wrap?: boolean;
  /** A link's look (blue, underlined, as Excel's Hyperlink style): a cell of an owned sheet that links to a cell. */
  link?: boolean;
}

const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Children of a section like `<fonts count="n">…</fonts>`, as strings, in order. */
function children(section: string | undefined, child: string): string[] {
  if (!section) return [];
  const inner = section.slice(section.indexOf(">") + 1, section.lastIndexOf("</"));
  const out: string[] = [];
  const re = new RegExp(`<${child}\\b(?:[^>]*/>|[^>]*>[\\s\\S]*?</${child}>)`, "g");
  for (const m of inner.matchAll(re)) out.push(m[0]);
  return out;
}

export class StyleBook {
  private xml: string;
  private readonly p: string;
  private changed = false;
  private readonly memo = new Map<string, number>();
  /** Whether the workbook had a styles part (when not, `xml()` is a new one to add). */
  readonly existed: boolean;

  constructor(stylesXml: string | undefined) {
    this.existed = stylesXml !== undefined;
    // without a styles part, a minimal one is the base; it is added only if a style is asked for
    this.xml = stylesXml ?? MINIMAL_STYLES;
    this.p = rootPrefix(this.xml, "styleSheet");
  }

  /** The styles part after the appends, or undefined when nothing changed. */
  result(): string | undefined {
    return this.changed ? this.xml : undefined;
  }

  /** cellXfs index for the wanted style. */
  xf(want: StyleWant): number {
    const key = `${want.numFmt ?? ""}|${want.bold ? 1 : 0}|${want.fill ?? ""}|${want.wrap ? 1 : 0}|${want.link ? 1 : 0}`;
    const hit = this.memo.get(key);
    if (hit !== undefined) return hit;
    const numFmtId = want.numFmt ? this.numFmt(want.numFmt) : 0;
    const fontId = want.bold ? this.boldFont() : want.link ? this.linkFont() : 0;
    const fillId = want.fill ? this.fill(want.fill) : 0;
    const p = this.p;
    const attrs = `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}`;
    const el = want.wrap ? `<${p}xf ${attrs} applyAlignment="1"><${p}alignment vertical="top" wrapText="1"/></${p}xf>` : `<${p}xf ${attrs}/>`;
    const id = this.findOrAppend(`${p}cellXfs`, `${p}xf`, el);
    this.memo.set(key, id);
    return id;
  }

  /**
   * cellXfs index of style `s` with its alignment changed as `want` says (text wrapped, centred, right): the style's number
   * format, font, fill, border and other alignment kept — an output cell the analyst coloured stays coloured. Appended
   * only when no identical entry exists, so a re-run (whose cells already carry the result) adds nothing.
   */
  aligned(s: number, want: { wrap?: boolean; horizontal?: "center" | "right" }): number {
    if (!want.wrap && !want.horizontal) return s;
    const key = `${s}|${want.wrap ? 1 : 0}|${want.horizontal ?? ""}`;
    const hit = this.alignedMemo.get(key);
    if (hit !== undefined) return hit;
    const p = this.p;
    const xfs = children(sectionOf(this.xml, `${p}cellXfs`), `${p}xf`);
    const base = xfs[s] ?? xfs[0] ?? `<${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const open = base.slice(0, base.indexOf(">") + 1).replace(/\s*\/>$/, ">");
    const inner = base.endsWith("/>") ? "" : base.slice(base.indexOf(">") + 1, base.lastIndexOf("</"));
    const alRe = new RegExp(`<${p}alignment\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}alignment\\s*>)`);
    const found = alRe.exec(inner)?.[0];
    let al = found ? found.slice(0, found.indexOf(">") + 1).replace(/\s*\/?>$/, "/>") : `<${p}alignment/>`;
    if (want.horizontal) al = setAttr(al, "horizontal", want.horizontal);
    if (want.wrap) al = setAttr(al, "wrapText", "1");
    // alignment is the first child of an xf (then protection, extLst)
    const el = `${setAttr(open, "applyAlignment", "1")}${al}${found ? inner.replace(found, "") : inner}</${p}xf>`;
    const id = this.findOrAppend(`${p}cellXfs`, `${p}xf`, el);
    this.alignedMemo.set(key, id);
    return id;
  }
  private readonly alignedMemo = new Map<string, number>();

  /**
   * `<dxfs>` index of a differential format (a conditional format's look), appended (count updated, the section made
   * when absent) only when no identical entry exists — so a re-run reuses it.
   */
  dxf(want: { fill?: string; fontColor?: string; bold?: boolean }): number {
    const p = this.p;
    const rgb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;
    const font = want.bold || want.fontColor ? `<${p}font>${want.bold ? `<${p}b/>` : ""}${want.fontColor ? `<${p}color rgb="${rgb(want.fontColor)}"/>` : ""}</${p}font>` : "";
    const fill = want.fill ? `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${rgb(want.fill)}"/></${p}patternFill></${p}fill>` : "";
    return this.findOrAppend(`${p}dxfs`, `${p}dxf`, `<${p}dxf>${font}${fill}</${p}dxf>`);
  }

  private numFmt(code: string): number {
    for (const [id, c] of Object.entries(BUILTIN_FORMATS)) if (c === code) return Number(id);
    const p = this.p;
    const section = sectionOf(this.xml, `${p}numFmts`);
    let max = 163;
    for (const el of children(section, `${p}numFmt`)) {
      const id = Number(attr(el, "numFmtId"));
      if (unescapeXml(attr(el, "formatCode") ?? "") === code) return id;
      if (id > max) max = id;
    }
    const id = max + 1;
    const el = `<${p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`;
    if (!section) this.insertSection(`<${p}numFmts count="1">${el}</${p}numFmts>`);
    else this.findOrAppend(`${p}numFmts`, `${p}numFmt`, el);
    return id;
  }

  private boldFont(): number {
    const p = this.p;
    const fonts = children(sectionOf(this.xml, `${p}fonts`), `${p}font`);
    const base = fonts[0] ?? `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`;
    const inner = base.endsWith("/>") ? "" : base.slice(base.indexOf(">") + 1, base.lastIndexOf("</"));
    const bold = `<${p}font><${p}b/>${inner.replace(new RegExp(`<${p}b\\b[^>]*/>`, "g"), "")}</${p}font>`;
    return this.findOrAppend(`${p}fonts`, `${p}font`, bold);
  }

  /** The workbook's first font, blue (Excel's hyperlink colour) and underlined. */
  private linkFont(): number {
    const p = this.p;
    const fonts = children(sectionOf(this.xml, `${p}fonts`), `${p}font`);
    const base = fonts[0] ?? `<${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font>`;
    const inner = base.endsWith("/>") ? "" : base.slice(base.indexOf(">") + 1, base.lastIndexOf("</"));
    const rest = inner.replace(new RegExp(`<${p}(u|color)\\b[^>]*/>`, "g"), "");
    return this.findOrAppend(`${p}fonts`, `${p}font`, `<${p}font><${p}u/><${p}color rgb="FF0563C1"/>${rest}</${p}font>`);
  }

  private fill(hex: string): number {
    const p = this.p;
    const rgb = `FF${hex.replace(/^#/, "").toUpperCase()}`;
    const el = `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${rgb}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
    return this.findOrAppend(`${p}fills`, `${p}fill`, el);
  }

  /** Index of `el` among the section's children, appended (count updated) when absent. */
  private findOrAppend(sectionName: string, child: string, el: string): number {
    const section = sectionOf(this.xml, sectionName);
    if (!section) {
      this.insertSection(`<${sectionName} count="1">${el}</${sectionName}>`);
      return 0;
    }
    const list = children(section, child);
    const at = list.indexOf(el);
    if (at >= 0) return at;
    const start = this.xml.indexOf(section);
    let updated: string;
    if (section.endsWith("/>")) updated = `${section.slice(0, -2).replace(/\scount="\d*"/, "")} count="1">${el}</${sectionName}>`;
    else {
      const close = section.lastIndexOf("</");
      updated = `${section.slice(0, close)}${el}${section.slice(close)}`.replace(/^(<[^>]*?\scount=")\d*(")/, `$1${list.length + 1}$2`);
    }
    this.xml = this.xml.slice(0, start) + updated + this.xml.slice(start + section.length);
    this.changed = true;
    return list.length;
  }

  /** A missing section, placed in schema order (numFmts, fonts, fills, borders, cellStyleXfs, cellXfs). */
  private insertSection(el: string): void {
    const p = this.p;
    const order = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];
    const name = /^<([\w.:-]+)/.exec(el)![1]!.replace(p, "");
    for (const later of order.slice(order.indexOf(name) + 1)) {
      const m = new RegExp(`<${p}${later}[\\s>/]`).exec(this.xml);
      if (m) {
        this.xml = this.xml.slice(0, m.index) + el + this.xml.slice(m.index);
        this.changed = true;
        return;
      }
    }
    const close = this.xml.lastIndexOf(`</${p}styleSheet`);
    this.xml = this.xml.slice(0, close) + el + this.xml.slice(close);
    this.changed = true;
  }
}
