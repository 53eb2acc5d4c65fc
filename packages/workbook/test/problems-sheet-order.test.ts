/**
 * The Masalah sheet's order (errors first, then by sheet in `localeCompare`'s order, then reading order) is kept while
 * the sort compares each sheet's rank instead of collating two names per comparison: `localeCompare` per comparison
 * cost ~0.3 s at 30,000 issues. The order is checked against the old comparator on names that differ by accents, case,
 * and characters the collation ignores; the work is counted (no `localeCompare` and no new collator per issue), not timed.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { type LocatedIssue, problemsSheetContent } from "../src/index.js";

const SHEETS = ["Inovasi", "inovasi", "Ínovasi", "Inovasi\u200b", "Perangkat Daerah", "perangkat daerah", "Pérangkat Daerah", "Perangkat Dae\u0301rah", "Perangkat Daérah", "Ėdisi", "edisi", "Zona", "zona", "Ärger", "Arger", "Öl", "Ol", "ß", "ss", "Ringkasan", "Rencana", "Masalah", "1 Data", "Data 10", "Data 9", "_Catatan"];
const RANK = { error: 0, warning: 1, info: 2 } as const;

/** A deterministic mix of issues over the sheets above: severities, cells (some sheet-level), in no order. */
function issues(n: number): LocatedIssue[] {
  let seed = 7;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed);
  return Array.from({ length: n }, (_, k) => {
    const sheet = SHEETS[next() % SHEETS.length]!;
    const severity = (["error", "warning", "info"] as const)[next() % 3]!;
    const cell = next() % 7 === 0 ? undefined : `${String.fromCharCode(65 + (next() % 4))}${(next() % 30) + 1}`;
    return { severity, code: "unknown_urusan", sheet, ...(cell ? { cell } : {}), field: "Urusan", text: `masalah ${k}`, message: `masalah ${k}` };
  });
}

/** The order before: `localeCompare` in the comparator. */
function oldOrder(all: LocatedIssue[]): string[] {
  const place = (cell: string | undefined): [number, number] => {
    const m = cell ? /^([A-Z]+)(\d+)$/.exec(cell) : null;
    return m ? [Number(m[2]), [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0)] : [-1, -1];
  };
  return all
    .filter((i) => i.severity !== "info")
    .map((i, k) => ({ i, k, p: place(i.cell) }))
    .sort((a, b) => RANK[a.i.severity] - RANK[b.i.severity] || a.i.sheet.localeCompare(b.i.sheet) || a.p[0] - b.p[0] || a.p[1] - b.p[1] || a.k - b.k)
    .map(({ i }) => i.text);
}

const listedTexts = (all: LocatedIssue[]) => problemsSheetContent(all).slice(3).map((row) => row[4]);

afterEach(() => vi.restoreAllMocks());

describe("the Masalah sheet's order by sheet name", () => {
  it("is localeCompare's order, ties (names the collation finds equal) in reading order, then as listed", () => {
    expect("Perangkat Dae\u0301rah".localeCompare("Perangkat Daérah")).toBe(0); // the set has names the collation finds equal
    for (const n of [1, 2, 30, 500, 3000]) {
      const all = issues(n);
      expect(listedTexts(all)).toEqual(oldOrder(all));
    }
  });

  it("collates each sheet name a few times, not two names per comparison of 20,000 issues", () => {
    const all = issues(20_000);
    const locale = vi.spyOn(String.prototype, "localeCompare");
    const collators = vi.spyOn(Intl, "Collator");
    const rows = problemsSheetContent(all);
    expect(rows.length - 3).toBe(all.filter((i) => i.severity !== "info").length);
    expect(locale).not.toHaveBeenCalled();
    expect(collators).not.toHaveBeenCalled(); // the collator is made once, when the module loads
  });
});
