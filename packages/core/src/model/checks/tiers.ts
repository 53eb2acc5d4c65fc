import type { Issue } from "../../issues.js";
import type { Interval } from "../common.js";
import type { Measure } from "../edition.js";
import { adjacency, formatInterval, isEmpty } from "../interval.js";
import { issue, type EditionRule, type Path } from "./_issue.js";

/** Option tiers are unique per indicator and lie in 1..formula.maxTier. */
export const optionTiers: EditionRule = {
  name: "option-tiers",
  check(edition) {
    const out: Issue[] = [];
    const max = edition.formula.maxTier;
    const allowed = Array.from({ length: max }, (_, k) => k + 1);
    edition.indicators.forEach((ind, i) => {
      const seen = new Set<number>();
      ind.options.forEach((o, k) => {
        out.push(...tierIssues(o.tier, ["indicators", i, "options", k, "tier"], ind.id, seen, max, allowed));
      });
    });
    return out;
  },
};

/**
 * A measure's tiers: each in 1..maxTier and unique, each interval non-empty, listed in ascending order of value,
 * and each touching the next exactly — no overlap (a value in two tiers) and no gap (a value between tiers).
 */
export const measureTiers: EditionRule = {
  name: "measure-tiers",
  check(edition) {
    const out: Issue[] = [];
    const max = edition.formula.maxTier;
    const allowed = Array.from({ length: max }, (_, k) => k + 1);
    edition.indicators.forEach((ind, i) => {
      ind.measures.forEach((m, j) => {
        const base: Path = ["indicators", i, "measures", j, "tiers"];
        const seen = new Set<number>();
        m.tiers.forEach((t, k) => {
          const path: Path = [...base, k];
          out.push(...tierIssues(t.tier, [...path, "tier"], ind.id, seen, max, allowed));
          if (isEmpty(t)) out.push(issue("interval_empty", "error", path, { interval: formatInterval(t) }));
        });
        out.push(...chainIssues(m.tiers, base));
        out.push(...maximumIssues(m, ["indicators", i, "measures", j, "maximum", "value"]));
      });
    });
    return out;
  },
};

/**
 * A measure's maximum (the largest value it can take by its definition) at or above every tier's ends: a tier reaching
 * past it could never be reached in full, and a reader would take its values for impossible ones.
 */
function maximumIssues(m: Measure, path: Path): Issue[] {
  if (!m.maximum) return [];
  const max = m.maximum.value;
  const past = m.tiers.find((t) => (t.min && (t.min.inclusive ? t.min.value > max : t.min.value >= max)) || (t.max && t.max.value > max));
  return past ? [issue("measure_maximum_below_tier", "error", path, { maximum: max, tier: past.tier, interval: formatInterval(past) })] : [];
}

/** One tier of an indicator's options or of a measure: within 1..max and not seen before (records it in `seen`). */
function tierIssues(tier: number, path: Path, indicator: string, seen: Set<number>, max: number, allowed: number[]): Issue[] {
  const out: Issue[] = [];
  if (tier > max) out.push(issue("tier_out_of_range", "error", path, { indicator, given: tier, max, allowed }));
  if (seen.has(tier)) out.push(issue("duplicate_tier", "error", path, { indicator, tier }));
  seen.add(tier);
  return out;
}

/**
 * Intervals listed in ascending order must touch exactly, each to the next. Reports, at the later interval's
 * lower end: `interval_unsorted` when it starts below the earlier one, else `interval_overlap` or `interval_gap`; each
 * with the earlier interval's upper end in `refs` (the other side of the boundary).
 * Empty intervals are skipped (reported elsewhere).
 */
export function chainIssues(intervals: Interval[], base: Path): Issue[] {
  const out: Issue[] = [];
  let prev: { interval: Interval; index: number } | null = null;
  intervals.forEach((cur, k) => {
    if (isEmpty(cur)) return;
    if (prev) {
      const a = formatInterval(prev.interval);
      const b = formatInterval(cur);
      const path: Path = [...base, k, "min"];
      // refs: the earlier interval's upper end, the other side of the same boundary (a model file may write only that)
      const refs = [[...base, prev.index, "max"]];
      if (startsBefore(cur, prev.interval)) {
        out.push({ ...issue("interval_unsorted", "error", path, { a, b }), refs });
      } else {
        const how = adjacency(prev.interval.max, cur.min);
        if (how === "overlap") out.push({ ...issue("interval_overlap", "error", path, { a, b }), refs });
        if (how === "gap") out.push({ ...issue("interval_gap", "error", path, { a, b }), refs });
      }
    }
    prev = { interval: cur, index: k };
  });
  return out;
}

/** Whether `x` starts strictly below `y` (an unbounded lower end is lowest). */
function startsBefore(x: Interval, y: Interval): boolean {
  if (!x.min) return !!y.min;
  if (!y.min) return false;
  if (x.min.value !== y.min.value) return x.min.value < y.min.value;
  return x.min.inclusive && !y.min.inclusive;
}
