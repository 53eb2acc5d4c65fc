/**
 * The legend of the tool's conditional formats for the summary sheet: each colour once with what it means (a rule's
 * `meaning`, already in the workbook's locale), in the order the rules come. Pure data; the summary draws it.
 */
import type { ConditionalFormatSpec } from "./output.js";

export interface LegendEntry {
  /** Background colour (`#RRGGBB`) of the swatch cell. */
  fill: string;
  meaning: string;
  /** Text in the swatch cell: the sheet where the colour shows. */
  sheet: string;
}

/** One entry per distinct (fill, meaning); rules without a fill are left out (nothing to show as a swatch). */
export function legendRows(rules: ConditionalFormatSpec[]): LegendEntry[] {
  const seen = new Set<string>();
  const out: LegendEntry[] = [];
  for (const r of rules) {
    const fill = r.style.fill;
    if (!fill) continue;
    const key = `${fill}|${r.meaning}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ fill, meaning: r.meaning, sheet: r.sheet });
  }
  return out;
}
