/**
 * The tool's conditional formats on the Inovasi sheet: Excel's own rules (not painted values), so the sheet shows its
 * state at a glance and keeps showing it as analysts edit — rows that do not count, evidence not (yet) accepted.
 * Formulas use Excel's English names and commas, written for the range's top-left cell (see ConditionalFormatSpec).
 */
import { columnLetters } from "./grid.js";
import { EVIDENCE_LABELS } from "./labels.js";
import type { MessageLocale } from "@inovasi/core";
import type { ConditionalFormatSpec } from "./output.js";
import type { SheetLayout } from "./row-layout.js";

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
 * The same rules for rows read with more than one layout (blocks pasted under their own header, see row-layout.ts):
 * each rule runs down its column while the rows' layouts keep the field there, and a block that moves it starts a rule
 * of its own at the block's header row, on the block's column — so a block whose header only swaps Tahapan and Bentuk
 * adds no rule. A rule written for the first row is the one a sheet without blocks gets, formula for formula.
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
  // the rows each layout holds: the sheet's from `first`, a block's from its header row to the next block's
  const parts = [{ from: first, layout: layout as Omit<SheetLayout, "blocks"> }];
  for (const b of layout.blocks ?? []) if (b.row > first && b.row <= last) parts.push({ from: b.row, layout: b });
  /** Each column's runs of rows, in the order first met: `[column, from, to]`. */
  const runs = (colsOf: (l: Omit<SheetLayout, "blocks">) => number[]) => {
    const out: [number, number, number][] = [];
    const open = new Map<number, [number, number, number]>();
    parts.forEach((p, k) => {
      const to = k + 1 < parts.length ? parts[k + 1]!.from - 1 : last;
      for (const c of new Set(colsOf(p.layout))) {
        const run = open.get(c);
        if (run && run[2] === p.from - 1) run[2] = to;
        else {
          const fresh: [number, number, number] = [c, p.from, to];
          open.set(c, fresh);
          out.push(fresh);
        }
      }
    });
    return out;
  };
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
