/**
 * The tool's conditional formats on the Inovasi sheet: Excel's own rules (not painted values), so the sheet shows its
 * state at a glance and keeps showing it as analysts edit — rows that do not count, evidence not (yet) accepted.
 * Formulas use Excel's English names and commas, written for the range's top-left cell (see ConditionalFormatSpec).
 */
import { columnLetters } from "./grid.js";
import { EVIDENCE_LABELS } from "./labels.js";
import type { MessageLocale } from "@inovasi/core";
import type { ConditionalFormatSpec } from "./output.js";

/** Light red: a row that does not count. */
export const NOT_COUNTED_FILL = "#F8D7DA";
/** Amber: evidence not (yet) accepted. */
export const EVIDENCE_FILL = "#FFF3CD";

/** What each colour means, for the summary's legend, in the workbook's locale. */
export const RULE_MEANINGS = {
  notCounted: { id: "Inovasi tidak dihitung (Skor Dihitung? = Tidak)", en: "Innovation not counted (Skor Dihitung? = Tidak)" },
  evidence: { id: "Bukti dukung belum diterima (Menunggu, Tidak Ada atau Ditolak)", en: "Evidence not (yet) accepted (pending, missing or rejected)" },
} as const satisfies Record<string, Record<MessageLocale, string>>;

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * Rules for the Inovasi sheet rows `first..last` (0-based): the innovation's name when its "Skor Dihitung?" cell says
 * `notCounted`, and every filled evidence cell that is not an accepted label.
 */
export function innovationRules(sheet: string, first: number, last: number, cols: { name: number; counted: number; evidence: number[] }, notCounted: string, locale: MessageLocale = "id"): ConditionalFormatSpec[] {
  if (last < first) return [];
  const r = first + 1;
  const range = (c: number) => `${columnLetters(c)}${r}:${columnLetters(c)}${last + 1}`;
  const out: ConditionalFormatSpec[] = [
    {
      sheet,
      range: range(cols.name),
      formula: `$${columnLetters(cols.counted)}${r}=${quote(notCounted)}`,
      style: { fill: NOT_COUNTED_FILL },
      meaning: RULE_MEANINGS.notCounted[locale],
    },
  ];
  for (const c of [...new Set(cols.evidence)].sort((a, b) => a - b)) {
    const cell = `${columnLetters(c)}${r}`;
    // the rule before it followed the reader's loose match (an exact comparison): removed on a re-run as ours
    const former = `AND(LEN(TRIM(${cell}))>0,${EVIDENCE_LABELS.accepted.map((l) => `${cell}<>${quote(l)}`).join(",")})`;
    out.push({ sheet, range: range(c), formula: evidenceNotAcceptedFormula(cell), style: { fill: EVIDENCE_FILL }, meaning: RULE_MEANINGS.evidence[locale], formerFormulas: [former] });
  }
  return out;
}

/** What the reader's loose match drops from a word ("Diterima." and "Sudah-Diterima" are accepted): see `labels.ts`. */
const LOOSE_DROPPED = [" ", "UNICHAR(160)", "-", "_", "."];

/**
 * The evidence rule's formula for `cell`: filled (spaces, non-breaking spaces and control characters aside) and,
 * without the characters the reader drops when it matches a word loosely, none of the accepted labels (Excel's `=`
 * ignores case, as the reader does) — so the fill agrees with the score for "Diterima ", "Diterima" + a non-breaking
 * space pasted from the web, "diterima.", "Sudah-Diterima", and a line break (Alt+Enter) or tab, which CLEAN removes.
 * Under 255 characters, Excel's limit for a rule's formula (at column XFD, row 1048576: 235).
 */
export function evidenceNotAcceptedFormula(cell: string): string {
  const loose = LOOSE_DROPPED.reduce((f, ch) => `SUBSTITUTE(${f},${ch.startsWith("UNICHAR") ? ch : quote(ch)},"")`, `CLEAN(${cell})`);
  const accepted = [...new Set(EVIDENCE_LABELS.accepted.map((l) => l.replace(/[\s\-_.]+/g, "").toLowerCase()))].map(quote).join(",");
  return `AND(LEN(TRIM(CLEAN(SUBSTITUTE(${cell},UNICHAR(160)," "))))>0,NOT(OR(${loose}={${accepted}})))`;
}
