/**
 * Errors and warnings grouped by kind, for the lists a person reads first (the CLI's "Masalah menurut jenis", the
 * Ringkasan sheet): the full located list stays on the Masalah sheet.
 */
import type { LocatedIssue } from "./messages.js";

/** Above this many sentence shapes, a code's texts differ by names (agencies, innovations), not by kind. */
const MAX_SHAPES = 3;

/** Where an issue is, as its message shows it (`Inovasi!H12`, `Pengaturan`), or "" when it is about the region. */
export function issuePlace(i: LocatedIssue): string {
  // each read once: a located issue words its text and message when they are read
  const { text, message } = i;
  if (text === "" || !message.endsWith(text)) return "";
  return message.slice(0, message.length - text.length).replace(/:\s*$/, "");
}

/** What a list that groups problems says of one group (the CLI's "Masalah menurut jenis", Ringkasan's rows). */
export interface GroupSummary {
  /** The group's first issue: its text is the one shown ("mis." before it when the texts differ). */
  first: LocatedIssue;
  /** Every issue of the group has the first's text. */
  sameText: boolean;
  /** The group's places, each once, in order: a model's rule and the workbook's may flag the same cell (audit29 #10). */
  places: string[];
  /** Every issue of the group has a place (else the lists show messages, not one text and its places). */
  located: boolean;
}

/** {@link GroupSummary} of one group of {@link issueGroups}: worked out in one place for every list that groups problems. */
export function groupSummary(g: readonly LocatedIssue[]): GroupSummary {
  const first = g[0]!;
  const text = first.text;
  const at = g.map(issuePlace).filter((p) => p !== "");
  return { first, sameText: g.every((i) => i.text === text), places: [...new Set(at)], located: at.length === g.length };
}

/**
 * Errors and warnings (notes left out) grouped by severity and code, errors first, larger groups first; a code whose
 * messages come in a few shapes (the same sentence with other numbers or quoted values) is split by shape, so "date
 * missing" and "date outside the window" stay apart while "SID-2 unanswered" and "SID-20 unanswered" stay together.
 */
export function issueGroups(issues: readonly LocatedIssue[]): LocatedIssue[][] {
  const byCode = new Map<string, LocatedIssue[]>();
  for (const i of issues) if (i.severity !== "info") push(byCode, `${i.severity}\u0000${i.code}`, i);
  const out: LocatedIssue[][] = [];
  for (const group of byCode.values()) {
    const byShape = new Map<string, LocatedIssue[]>();
    for (const i of group) push(byShape, shapeOf(i.text), i);
    if (byShape.size <= MAX_SHAPES) out.push(...byShape.values());
    else out.push(group);
  }
  return out.sort((a, b) => severityRank(a[0]!) - severityRank(b[0]!) || b.length - a.length);
}

function shapeOf(text: string): string {
  // a date as the messages write it ("1 Oktober 2023") is one value, whatever its month
  return text
    .replace(/"[^"]*"/g, '"…"')
    .replace(/\b\d{1,2} \p{Lu}\p{Ll}+ \d{4}\b/gu, "#")
    .replace(/\d+([.,:-]\d+)*/g, "#");
}

function push<K, V>(m: Map<K, V[]>, key: K, v: V): void {
  const list = m.get(key);
  if (list) list.push(v);
  else m.set(key, [v]);
}

/** Errors first, then warnings, then notes: the order every list of problems shows them in. */
export function severityRank(i: Pick<LocatedIssue, "severity">): number {
  return i.severity === "error" ? 0 : i.severity === "warning" ? 1 : 2;
}
