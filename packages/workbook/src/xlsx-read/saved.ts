import { type OpenPackage, parseRels, resolveTarget } from "./package.js";

const REL_CORE = /\/metadata\/core-properties$/;

/**
 * When the workbook was last saved, by its own document properties (`dcterms:modified` in docProps/core.xml, which
 * Excel and LibreOffice set on every save), as ISO 8601; null when the package has none or it is not a date. Unlike a
 * file's modification time, it survives e-mail, downloads and copies.
 */
export function savedAt(pkg: Pick<OpenPackage, "text">): string | null {
  const rel = [...parseRels(pkg.text("_rels/.rels")).values()].find((r) => REL_CORE.test(r.type));
  const xml = pkg.text(rel ? resolveTarget("", rel.target) : "docProps/core.xml");
  const m = xml ? /<(?:[\w.-]+:)?modified\b[^>]*>\s*([^<\s]+)\s*</.exec(xml) : null;
  if (!m) return null;
  const t = Date.parse(m[1]!);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
