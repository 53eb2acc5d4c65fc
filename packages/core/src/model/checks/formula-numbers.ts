import type { Issue } from "../../issues.js";
import { issue, type EditionRule, type Path } from "./_issue.js";

type Problem = "negative" | "zero" | "fraction";

/**
 * The formula's counts and points make sense (spec §2: SID = Σ / MAX(floor, n) + perInnovation × MIN(n, countCap)).
 * Errors where the formula turns against the region: a negative divisor floor, count cap or score per innovation.
 * Warnings where the spec is silent but the number is computable: a floor of 0 (no floor: SID is the plain average), a
 * floor or count cap that is not a whole number (both bound a count of innovations; every edition so far writes whole
 * numbers). A cap or score of 0 turns the jumlah-inovasi score off, which the re-derived maximum already says.
 */
export const formulaNumbers: EditionRule = {
  name: "formula-numbers",
  check(edition) {
    const f = edition.formula;
    const out: Issue[] = [];
    const add = (number: string, path: Path, given: number, problem: Problem) =>
      out.push(issue("number_not_allowed", problem === "negative" ? "error" : "warning", [...path, "value"], { number, given, problem }));
    const floor = f.sidDivisorFloor.value;
    if (floor !== null) {
      const problem = floor < 0 ? "negative" : floor === 0 ? "zero" : Number.isInteger(floor) ? null : "fraction";
      if (problem) add("sidDivisorFloor", ["formula", "sidDivisorFloor"], floor, problem);
    }
    const cap = f.jumlahInovasi.countCap.value;
    if (cap !== null) {
      const problem = cap < 0 ? "negative" : Number.isInteger(cap) ? null : "fraction";
      if (problem) add("countCap", ["formula", "jumlahInovasi", "countCap"], cap, problem);
    }
    const per = f.jumlahInovasi.perInnovation.value;
    if (per !== null && per < 0) add("perInnovation", ["formula", "jumlahInovasi", "perInnovation"], per, "negative");
    return out;
  },
};
