/**
 * An .xlsx package opened for reading: its parts, the workbook's sheets (name → part), styles' number formats,
 * shared strings and the date system — the small parts, read whole; sheets are streamed by the reader and the patcher.
 */
import { utf8Decoder } from "./utf8.js";
import { type Inflater, type ZipEntry, ZipFormatError, inflateEntry, readEntries } from "./zip.js";
import { attr, elementEnd, rootPrefix, stringItemText, tagEnd, unescapeXml } from "./xml.js";

/** Largest inflated size of one small part (workbook, styles, shared strings, rels), and of one sheet. */
export const PART_LIMITS = { small: 256 * 1024 * 1024, sheet: 1024 * 1024 * 1024 };

/** A worksheet of an opened package: its name, part path, relationship id, sheet id, and whether it is hidden. */
export interface SheetRef {
  name: string;
  /** Part path inside the zip, e.g. `xl/worksheets/sheet1.xml`. */
  path: string;
  /** Relationship id in workbook.xml. */
  rid: string;
  sheetId: number;
  /** `state="hidden"` or `"veryHidden"` in workbook.xml: not a sheet to name to the analyst. */
  hidden?: boolean;
}

/** An `.xlsx` opened by `openPackage`: its zip entries, sheets, number formats, shared strings and date system. */
export interface OpenPackage {
  bytes: Uint8Array;
  /** The raw-deflate inflater the package was opened with (sheets are streamed through it). */
  inflater: Inflater;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  workbookXml: string;
  /** Worksheets in tab order (chart sheets and dialog sheets left out). */
  sheets: SheetRef[];
  date1904: boolean;
  /** Number format code of each cellXfs index (undefined = General). */
  xfFormats: (string | undefined)[];
  sharedStrings: string[];
  /** Inflate a small part as text (undefined when absent). */
  text(path: string): string | undefined;
}

/** The part a relationship target points at, from the folder of the part that holds the relationship. */
export function resolveTarget(fromDir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = fromDir ? fromDir.split("/") : [];
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** Relationships of a `.rels` part: id → { type, target }. */
export function parseRels(xml: string | undefined): Map<string, { type: string; target: string; mode?: string }> {
  const out = new Map<string, { type: string; target: string; mode?: string }>();
  if (!xml) return out;
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) out.set(id, { type: attr(m[0], "Type") ?? "", target: unescapeXml(target), ...(attr(m[0], "TargetMode") ? { mode: attr(m[0], "TargetMode")! } : {}) });
  }
  return out;
}

/** The `.rels` part of a part: `xl/worksheets/sheet1.xml` → `xl/worksheets/_rels/sheet1.xml.rels`. */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The folder of a part (`xl/worksheets/sheet1.xml` → `xl/worksheets`), "" at the root. */
export function dirOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return slash < 0 ? "" : part.slice(0, slash);
}

/** Excel's built-in number formats (ids below 164) that carry a meaning the reader needs. */
export const BUILTIN_FORMATS: Record<number, string> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "mm-dd-yy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm",
  21: "h:mm:ss", 22: "m/d/yy h:mm", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
};

/** Number format code of every cellXfs entry of styles.xml. */
export function xfFormatsOf(stylesXml: string | undefined): (string | undefined)[] {
  if (!stylesXml) return [];
  const p = rootPrefix(stylesXml, "styleSheet");
  const custom = new Map<number, string>();
  const nf = sectionOf(stylesXml, `${p}numFmts`);
  if (nf) for (const m of nf.matchAll(/<(?:[\w.-]+:)?numFmt\b[^>]*>/g)) {
    const id = Number(attr(m[0], "numFmtId"));
    const code = attr(m[0], "formatCode");
    if (Number.isFinite(id) && code !== undefined) custom.set(id, unescapeXml(code));
  }
  const xfs = sectionOf(stylesXml, `${p}cellXfs`);
  const out: (string | undefined)[] = [];
  if (!xfs) return out;
  for (const m of xfs.matchAll(new RegExp(`<${p}xf\\b[^>]*>`, "g"))) {
    const id = Number(attr(m[0], "numFmtId") ?? 0);
    const code = custom.get(id) ?? BUILTIN_FORMATS[id];
    out.push(code === "General" ? undefined : code);
  }
  return out;
}

/** The element `<name …>…</name>` (first one) as text, or undefined. */
export function sectionOf(xml: string, name: string): string | undefined {
  const re = new RegExp(`<${name.replace(/[.:]/g, "\\$&")}[\\s>/]`);
  const m = re.exec(xml);
  if (!m) return undefined;
  const e = elementEnd(xml, m.index);
  return e < 0 ? undefined : xml.slice(m.index, e);
}

/** Every shared string's text, in order. */
export function sharedStringsOf(xml: string | undefined): string[] {
  if (!xml) return [];
  const p = rootPrefix(xml, "sst");
  const si = `<${p}si`;
  const out: string[] = [];
  let i = 0;
  for (;;) {
    const s = xml.indexOf(si, i);
    if (s < 0) break;
    const c = xml.charCodeAt(s + si.length);
    if (c !== 62 && c !== 32 && c !== 47) {
      i = s + 1;
      continue;
    }
    const e = elementEnd(xml, s);
    if (e < 0) break;
    const te = tagEnd(xml, s);
    out.push(xml.charCodeAt(te - 1) === 47 ? "" : stringItemText(xml.slice(te + 1, e), p));
    i = e;
  }
  return out;
}

const REL_WORKSHEET = /\/worksheet$/;

/**
 * Open the package with the host's raw-deflate inflater: throws ZipFormatError / ZipSizeError (the caller reports
 * them as an unreadable workbook). Check the bytes with `checkWorkbookZip` first.
 */
export function openPackage(bytes: Uint8Array, inflater: Inflater): OpenPackage {
  const entries = readEntries(bytes);
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (path: string): string | undefined => {
    const e = byName.get(path);
    return e ? utf8Decoder().decode(inflateEntry(bytes, e, PART_LIMITS.small, inflater)) : undefined;
  };
  const workbookXml = text("xl/workbook.xml");
  if (workbookXml === undefined || !/<([\w.-]+:)?workbook[\s>]/.test(workbookXml)) throw new ZipFormatError("no workbook element");
  const rels = parseRels(text("xl/_rels/workbook.xml.rels"));
  const sheets: SheetRef[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const rid = attr(m[0], "r:id") ?? /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
    if (name === undefined || rid === undefined) continue;
    const rel = rels.get(rid);
    if (!rel || !REL_WORKSHEET.test(rel.type)) continue;
    const path = resolveTarget("xl", rel.target);
    if (!byName.has(path)) continue;
    const state = attr(m[0], "state");
    sheets.push({ name: unescapeXml(name), path, rid, sheetId: Number(attr(m[0], "sheetId")) || 0, ...(state === "hidden" || state === "veryHidden" ? { hidden: true } : {}) });
  }
  const pr = /<(?:[\w.-]+:)?workbookPr\b[^>]*>/.exec(workbookXml)?.[0];
  const d1904 = pr ? attr(pr, "date1904") : undefined;
  const stylesPath = [...rels.values()].find((r) => /\/styles$/.test(r.type));
  const ssPath = [...rels.values()].find((r) => /\/sharedStrings$/.test(r.type));
  return {
    bytes,
    inflater,
    entries,
    byName,
    workbookXml,
    sheets,
    date1904: d1904 === "1" || d1904 === "true",
    xfFormats: xfFormatsOf(stylesPath ? text(resolveTarget("xl", stylesPath.target)) : undefined),
    sharedStrings: sharedStringsOf(ssPath ? text(resolveTarget("xl", ssPath.target)) : undefined),
    text,
  };
}
