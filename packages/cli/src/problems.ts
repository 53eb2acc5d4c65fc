import { type MessageLocale, formatPlanNumber, issueMeant } from "@inovasi/core";
import { type LocatedIssue, groupSummary, issueGroups, severityRank, sheetIssueParams } from "@inovasi/workbook";

/** How many places or texts a group shows before "… and n more". */
const EXAMPLES = 3;
/** How many of a group's typed values it names (the ones typed most) before "… and n more". */
const TYPED = 6;

const MARK = { error: "✗", warning: "!", info: "·" } as const;

/** A count grouped past a thousand as each language writes it (1.234 / 1,234). */
const id = (n: number) => formatPlanNumber(n, "id", 0);
const en = (n: number) => formatPlanNumber(n, "en", 0);

const W = {
  id: { count: id, heading: (counts: [number, number] | null, full: string) => `Masalah menurut jenis (${counts ? `${id(counts[0])} kesalahan, ${id(counts[1])} peringatan; ` : ""}daftar lengkap dengan letaknya: ${full}):`, similar: "mis.", more: (n: number) => `… dan ${id(n)} lainnya`, at: (p: string) => `di ${p}:`, cells: (n: number) => `di ${id(n)} sel`, typed: "yang diketik:" },
  en: { count: en, heading: (counts: [number, number] | null, full: string) => `Problems by kind (${counts ? `${en(counts[0])} error${counts[0] === 1 ? "" : "s"}, ${en(counts[1])} warning${counts[1] === 1 ? "" : "s"}; ` : ""}the full located list: ${full}):`, similar: "e.g.", more: (n: number) => `… and ${en(n)} more`, at: (p: string) => `at ${p}:`, cells: (n: number) => `in ${en(n)} cell${n === 1 ? "" : "s"}`, typed: "typed:" },
} as const;

/** Where the full located list is, for the heading: what `score` offers (the default), or what another command does. */
export const FULL_LIST = {
  score: { id: "--verbose, --json, atau lembar Masalah di salinan bernilai", en: "--verbose, --json, or the Masalah sheet of the scored copy" },
  /** `plan`, `banding`: no --verbose, no scored copy of their own */
  json: { id: "--json, atau lembar Masalah yang ditulis inovasi score", en: "--json, or the Masalah sheet inovasi score writes" },
} as const;

/**
 * Errors and warnings grouped by kind (severity and code), errors first, larger groups first: a group of one is its
 * located message; a larger group gives its count, its text (or the first one, "e.g.", when the texts differ) and the
 * first few places — so 4,732 warnings read as four lines a person can act on. The heading says how many errors and
 * warnings there are, unless the command said so already (`counted`: `score`'s "Masalah: 0 kesalahan, 46 peringatan"
 * under the result): then it names only the grouping and where the full list is.
 */
export function groupedProblems(issues: readonly LocatedIssue[], locale: MessageLocale, full: { id: string; en: string } = FULL_LIST.score, opts: { counted?: boolean } = {}): string[] {
  const w = W[locale];
  const shown = issues.filter((i) => i.severity !== "info");
  if (shown.length === 0) return [];
  const ordered = issueGroups(shown);
  const errors = shown.filter((i) => i.severity === "error").length;
  const lines = [w.heading(opts.counted ? null : [errors, shown.length - errors], full[locale])];
  for (const g of ordered) {
    const first = g[0]!;
    const mark = MARK[first.severity];
    if (g.length === 1) { lines.push(`${mark} ${first.message}`); continue; }
    // its text, its places (each cell once) and whether all are placed, as Ringkasan works them out
    const { sameText, places, located } = groupSummary(g);
    // names typed (unknown_*): the example is the most typed one's, so it is among those the typed line lists (read36
    // quoted the group's first row, which could be a name typed once, past the six listed)
    const typed = sameText ? undefined : typedValues(g);
    const text = (typed?.[0]!.first ?? first).text;
    if (located && places.length === 1 && !sameText) {
      // one cell, several rules (the workbook's and the model's): each text, so every rule is named (audit35 #6:
      // "2× mis. …" with one cell named one rule)
      lines.push(`${mark} ${w.count(g.length)}× ${w.at(places[0]!)}`);
      for (const i of g.slice(0, EXAMPLES)) lines.push(`    ${i.text}`);
      if (g.length > EXAMPLES) lines.push(`    ${w.more(g.length - EXAMPLES)}`);
    } else if (located) {
      // fewer cells than issues: how many cells, so the count is not read as that many cells
      const cells = places.length < g.length ? w.cells(places.length) : "";
      lines.push(`${mark} ${w.count(g.length)}× ${cells}${sameText ? (cells && ": ") : `${cells && ", "}${w.similar} `}${text}`);
      lines.push(`    ${places.slice(0, EXAMPLES).join(", ")}${places.length > EXAMPLES ? ` ${w.more(places.length - EXAMPLES)}` : ""}`);
    } else {
      lines.push(`${mark} ${w.count(g.length)}×`);
      for (const i of g.slice(0, EXAMPLES)) lines.push(`    ${i.message}`);
      if (g.length > EXAMPLES) lines.push(`    ${w.more(g.length - EXAMPLES)}`);
    }
    // each with what its message asks if it meant ("mungkin maksudnya …"): "BKPSDM" (32×) → "Badan Kepegawaian …"
    if (typed) lines.push(`    ${w.typed} ${typed.slice(0, TYPED).map((t) => `"${t.value}" (${w.count(t.count)}×)${meantOf(t.first, locale)}`).join(", ")}${typed.length > TYPED ? ` ${w.more(typed.length - TYPED)}` : ""}`);
  }
  return lines;
}

/** A value typed across a group, how often, and the first issue that quotes it. */
interface Typed {
  value: string;
  count: number;
  first: LocatedIssue;
}

/**
 * The values typed across a group of an unknown name or label (`unknown_agency`, `unknown_urusan`, `unknown_option` …),
 * with how often each, most typed first (then as first met); undefined when the group has fewer than two. The group's
 * line names its first text only: "108× mis. perangkat daerah "Dinkes" …" covered PUPR, Satpol PP, Dinsos … too, and
 * the analyst could not see which names to fix (audit36).
 */
function typedValues(g: readonly LocatedIssue[]): Typed[] | undefined {
  if (!g[0]!.code.startsWith("unknown_")) return undefined;
  const by = new Map<string, Typed>();
  for (const i of g) {
    if (i.given === undefined || i.given === "") continue;
    const t = by.get(i.given);
    if (t) t.count++;
    else by.set(i.given, { value: i.given, count: 1, first: i });
  }
  return by.size < 2 ? undefined : [...by.values()].sort((a, b) => b.count - a.count);
}

/**
 * " → "Badan Kepegawaian …"": what an issue's message asks if the value meant — the core's suggestion (an agency, an
 * option, urusan), or the labels a workbook's `unknown_label` names — each quoted, " / " between several; "" for none.
 */
function meantOf(i: LocatedIssue, locale: MessageLocale): string {
  const core = i.issue ? issueMeant(i.issue, locale).map((m) => `"${m}"`) : [];
  const list = core.length ? core : (String(sheetIssueParams(i)?.meant ?? "").match(/"[^"]*"/g) ?? []);
  return list.length ? ` → ${list.join(" / ")}` : "";
}

/** Every error and warning with its place, one a line (`--verbose`). */
export function allProblems(issues: readonly LocatedIssue[]): string[] {
  return [...issues].filter((i) => i.severity !== "info").sort((a, b) => severityRank(a) - severityRank(b)).map((i) => `${MARK[i.severity]} ${i.message}`);
}

