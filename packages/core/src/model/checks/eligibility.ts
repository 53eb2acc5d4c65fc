import type { Issue } from "../../issues.js";
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

/**
 * The eligibility counts make sense, as the formula's do (`formulaNumbers`): an error for a negative minimum of design
 * words or entry limit, and for an entry limit of 0 (an innovation's first entry is already 1: none could count); a
 * warning for either not being a whole number (both are compared with counts; the engine reads 300.5 words as 301).
 */
export const eligibilityNumbers: EditionRule = {
  name: "eligibility-numbers",
  check(edition) {
    const out: Issue[] = [];
    for (const number of ["minDesignWords", "maxEntries"] as const) {
      const given = edition.eligibility[number]?.value ?? null;
      if (given === null) continue;
      const problem = given < 0 ? "negative" : given === 0 && number === "maxEntries" ? "zero" : Number.isInteger(given) ? null : "fraction";
      if (problem === null) continue;
      const severity = problem === "fraction" ? "warning" : "error";
      out.push(issue("number_not_allowed", severity, ["eligibility", number, "value"], { number, given, problem }));
    }
    return out;
  },
};
