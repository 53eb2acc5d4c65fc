import { issue, type EditionRule } from "./_issue.js";

/** The eligibility window runs forward: `from` ≤ `to`. */
export const windowForward: EditionRule = {
  name: "window-forward",
  check(edition) {
    const w = edition.eligibility.window;
    if (!w || w.from <= w.to) return [];
    return [issue("interval_empty", "error", ["eligibility", "window"], { interval: `[${w.from}, ${w.to}]` })];
  },
};
