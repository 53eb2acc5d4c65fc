/**
 * Widths of the output columns on a patched input sheet: the sheet's `<cols>` list merged with ours. Every column the
 * analyst gave a width (or a style, or hid) keeps it; a `<col>` range that spans one of our columns is split around
 * it, our column taking the range's other attributes (its style) with our width. Columns not listed keep Excel's
 * default width, as before.
 */
import { attr } from "@inovasi/workbook/xlsx-read";

const esc = (s: string) => s.replace(/[.]/g, "\\.");

/** A tag (self-closing or an opening tag) with attribute `name` set to `value` (replaced where present, else added at the end). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  if (re.test(tag)) return tag.replace(re, `$1"${value}"`);
  return tag.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
}

const dropAttr = (tag: string, name: string) => tag.replace(new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`), "");

/**
 * The head of a worksheet (its text up to and including `<sheetData …>`) with `widths` (0-based column → width in
 * characters) in its `<cols>`; unchanged when there are none or the head holds no `<sheetData>`.
 *
 * @example
 * withColumnWidths('<worksheet><cols><col min="1" max="3" width="20" customWidth="1"/></cols><sheetData>', new Map([[3, 15]]))
 * //=> '<worksheet><cols><col min="1" max="3" width="20" customWidth="1"/><col min="4" max="4" width="15" customWidth="1"/></cols><sheetData>'
 */
export function withColumnWidths(head: string, widths: ReadonlyMap<number, number>): string {
  if (!widths.size) return head;
  const sd = /<([\w.-]+:)?sheetData[\s>/]/.exec(head);
  if (!sd) return head;
  const p = sd[1] ?? "";
  const colsRe = new RegExp(`<${esc(p)}cols\\b[^>]*?(?:/>|>[\\s\\S]*?</${esc(p)}cols\\s*>)`, "g");
  const colRe = new RegExp(`<${esc(p)}col\\b[^>]*?/>|<${esc(p)}col\\b[^>]*>\\s*</${esc(p)}col\\s*>`, "g");
  const found = [...head.slice(0, sd.index).matchAll(colsRe)];

  // 1-based column → width, as <col> counts
  const ours = new Map([...widths].map(([c, w]) => [c + 1, w] as const));
  const ourTag = (base: string, c: number) =>
    dropAttr(setAttr(setAttr(setAttr(setAttr(base, "min", String(c)), "max", String(c)), "width", String(ours.get(c)!)), "customWidth", "1"), "bestFit");
  const out: { min: number; tag: string }[] = [];
  const covered = new Set<number>();
  for (const m of found) {
    for (const c of m[0].matchAll(colRe)) {
      const tag = c[0].replace(/>\s*<\/[^>]+>$/, "/>");
      const min = Number(attr(tag, "min")), max = Number(attr(tag, "max"));
      if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) {
        out.push({ min: Number.isFinite(min) ? min : 0, tag });
        continue;
      }
      // split [min, max] into the analyst's runs (original attributes) and our single columns
      let runStart = min;
      for (let k = min; k <= max + 1; k++) {
        const isOurs = k <= max && ours.has(k);
        if (k > max || isOurs) {
          if (runStart < k) out.push({ min: runStart, tag: runStart === min && k - 1 === max ? tag : setAttr(setAttr(tag, "min", String(runStart)), "max", String(k - 1)) });
          if (isOurs) {
            out.push({ min: k, tag: ourTag(tag, k) });
            covered.add(k);
          }
          runStart = k + 1;
        }
      }
    }
  }
  for (const c of ours.keys()) if (!covered.has(c)) out.push({ min: c, tag: ourTag(`<${p}col/>`, c) });
  out.sort((a, b) => a.min - b.min);
  const cols = `<${p}cols>${out.map((o) => o.tag).join("")}</${p}cols>`;

  if (!found.length) return head.slice(0, sd.index) + cols + head.slice(sd.index);
  let text = head;
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i]!;
    text = text.slice(0, m.index) + (i === 0 ? cols : "") + text.slice(m.index + m[0].length);
  }
  return text;
}
