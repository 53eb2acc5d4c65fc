/**
 * The tool's conditional formats on the Inovasi sheet: Excel's own rules (not painted values), so the sheet shows its
 * state at a glance and keeps showing it as analysts edit — rows that do not count, evidence not (yet) accepted.
 * Formulas use Excel's English names and commas, written for the range's top-left cell (see ConditionalFormatSpec).
 */
import { columnLetters } from "./grid.js";
import { EVIDENCE_LABELS } from "./labels.js";
import type { MessageLocale } from "@inovasi/core";
import type { ConditionalFormatSpec } from "./output.js";
import type { RowLayout, SheetLayout } from "./row-layout.js";

/** Light red: a row that does not count. */
export const NOT_COUNTED_FILL = "#F8D7DA";
/** Amber: evidence not (yet) accepted. */
export const EVIDENCE_FILL = "#FFF3CD";

/**
 * What each colour means, for the summary's legend, in the workbook's locale. "Skor Dihitung?" holds Ya/Tidak in every
 * language (the rule compares with "Tidak", and an analyst's filter on the column keeps working across runs in either
 * language), so the English legend says what the two words are.
 */
export const RULE_MEANINGS = {
  notCounted: { id: "Inovasi tidak dihitung (Skor Dihitung? = Tidak)", en: "Innovation not counted (Skor Dihitung? = Tidak, Bahasa for No; Ya = Yes)" },
  evidence: { id: "Bukti dukung belum diterima (Menunggu, Tidak Ada atau Ditolak)", en: "Evidence not (yet) accepted (pending, missing or rejected)" },
} as const satisfies Record<string, Record<MessageLocale, string>>;

const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A formula as hosts compare it on a re-run (their `formulaKey`): no leading "=", no spaces, upper case. */
const keyOf = (f: string) => f.replace(/^=/, "").replace(/\s+/g, "").toUpperCase();
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Rules for the Inovasi sheet rows `first..last` (0-based): the innovation's name when its "Skor Dihitung?" cell says
 * `notCounted`, and every filled evidence cell that is not an accepted label.
 */
export function innovationRules(sheet: string, first: number, last: number, cols: { name: number; counted: number; evidence: number[] }, notCounted: string, locale: MessageLocale = "id"): ConditionalFormatSpec[] {
  return layoutRules(sheet, first, last, { profile: { name: cols.name }, indicators: Object.fromEntries(cols.evidence.map((c, k) => [k, { evidence: c }])) }, cols.counted, notCounted, locale);
}

/**
 * The same rules for rows read with more than one layout (blocks pasted under their own header, see row-layout.ts),
 * with no header row in any rule's range: a row of a header (`layout.headerRows`, and every block's header row) holds
 * "18. Bukti", filled and not "Diterima", and was amber (session 25). So the rows between two header rows get one rule
 * per field, on the column their layout reads it from (a block's own below its header): a sheet with its header
 * repeated 60 times gets 61 rules per field, one without header rows below row 1 the rules it always had, formula for
 * formula (a header in two rows: from the row under it).
 *
 * A rule starting lower has its own formula (written for its top-left cell, `$BK41`), which a later run would not
 * know once the block is fixed: every rule carries `formulaPattern`, by which hosts know any row's (and, for the
 * evidence rule, any column's) as theirs.
 */
export function layoutRules(sheet: string, first: number, last: number, layout: SheetLayout, counted: number, notCounted: string, locale: MessageLocale = "id"): ConditionalFormatSpec[] {
  if (last < first) return [];
  const countedAt = `$${columnLetters(counted)}`;
  // "@" for the cell's row (its column and row): in neither formula otherwise
  const notCountedPattern = escapeRe(keyOf(`${countedAt}@=${quote(notCounted)}`)).replace("@", "\\d+");
  const evidencePattern = escapeRe(keyOf(evidenceNotAcceptedFormula("@"))).split("@").join("[A-Z]{1,3}\\d+");
  // the rows each layout holds between header rows: the sheet's from `first`, a block's below its header row, each
  // cut at every header row (a block's header row is one, whatever `headerRows` says)
  const headers = [...new Set([...(layout.headerRows ?? []), ...(layout.blocks ?? []).map((b) => b.row)])].filter((r) => r >= first && r <= last).sort((a, b) => a - b);
  const blockAt = new Map((layout.blocks ?? []).map((b) => [b.row, b] as const));
  const parts: { from: number; to: number; layout: RowLayout }[] = [];
  let current: RowLayout = layout;
  for (const b of layout.blocks ?? []) if (b.row < first) current = b;
  let from = first;
  for (const r of headers) {
    if (r > from) parts.push({ from, to: r - 1, layout: current });
    current = blockAt.get(r) ?? current;
    from = r + 1;
  }
  if (from <= last) parts.push({ from, to: last, layout: current });
  /** Each part's columns of a field (parts never touch: a header row is between any two): `[column, from, to]`. */
  const runs = (colsOf: (l: RowLayout) => number[]) => parts.flatMap((p) => [...new Set(colsOf(p.layout))].map((c): [number, number, number] => [c, p.from, p.to]));
  const range = (c: number, from: number, to: number) => `${columnLetters(c)}${from + 1}:${columnLetters(c)}${to + 1}`;
  const out: ConditionalFormatSpec[] = runs((l) => [l.profile.name ?? 0]).map(([c, from, to]) => ({
    sheet,
    range: range(c, from, to),
    formula: `${countedAt}${from + 1}=${quote(notCounted)}`,
    style: { fill: NOT_COUNTED_FILL },
    meaning: RULE_MEANINGS.notCounted[locale],
    formulaPattern: notCountedPattern,
  }));
  const evidence = runs((l) => Object.values(l.indicators).flatMap((x) => (x.evidence !== undefined ? [x.evidence] : [])));
  // the sheet's own first (by column, as before blocks), then the blocks' in sheet order
  evidence.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  for (const [c, from, to] of evidence) {
    const cell = `${columnLetters(c)}${from + 1}`;
    // the rules before it, removed on a re-run as ours: an exact comparison (before the reader's loose match), and
    // the loose match tested with OR(x={…}), which LibreOffice's conditional formatting does not take as an array
    const exact = `AND(LEN(TRIM(${cell}))>0,${EVIDENCE_LABELS.accepted.map((l) => `${cell}<>${quote(l)}`).join(",")})`;
    const formerFormulas = [exact, evidenceFormula(cell, (loose, accepted) => `NOT(OR(${loose}={${accepted}}))`)];
    out.push({ sheet, range: range(c, from, to), formula: evidenceNotAcceptedFormula(cell), style: { fill: EVIDENCE_FILL }, meaning: RULE_MEANINGS.evidence[locale], formerFormulas, formulaPattern: evidencePattern });
  }
  return out;
}

/** What the reader's loose match drops from a word ("Diterima." and "Sudah-Diterima" are accepted): see `labels.ts`. */
const LOOSE_DROPPED = [" ", "UNICHAR(160)", "-", "_", "."];

/**
 * The evidence rule's formula for `cell`: filled (spaces, non-breaking spaces and control characters aside) and,
 * without the characters the reader drops when it matches a word loosely, none of the accepted labels (`MATCH`
 * ignores case, as the reader does) — so the fill agrees with the score for "Diterima ", "Diterima" + a non-breaking
 * space pasted from the web, "diterima.", "Sudah-Diterima", and a line break (Alt+Enter) or tab, which CLEAN removes.
 * `MATCH` over the labels, not `OR(x={…})`: LibreOffice's conditional formatting does not evaluate that comparison as
 * an array, and coloured every filled cell, "Diterima" too. Under 255 characters, Excel's limit for a rule's formula
 * (at column XFD, row 1048576: 250).
 */
export function evidenceNotAcceptedFormula(cell: string): string {
  return evidenceFormula(cell, (loose, accepted) => `NOT(ISNUMBER(MATCH(${loose},{${accepted}},0)))`);
}

/** The evidence rule for `cell` with `notAccepted` testing the loosely matched text against the accepted labels. */
function evidenceFormula(cell: string, notAccepted: (loose: string, accepted: string) => string): string {
  const loose = LOOSE_DROPPED.reduce((f, ch) => `SUBSTITUTE(${f},${ch.startsWith("UNICHAR") ? ch : quote(ch)},"")`, `CLEAN(${cell})`);
  const accepted = [...new Set(EVIDENCE_LABELS.accepted.map((l) => l.replace(/[\s\-_.]+/g, "").toLowerCase()))].map(quote).join(",");
  return `AND(LEN(TRIM(CLEAN(SUBSTITUTE(${cell},UNICHAR(160)," "))))>0,${notAccepted(loose, accepted)})`;
}
