import { issue, type EditionRule } from "./_issue.js";

/**
 * A compliance target or rule whose `year` is more than a year from the edition's ("year": 2031 in a 2026 model): it
 * counts the innovations of that one year, so every region falls short of it (no innovation of 2031 yet) or meets it
 * with old ones (2019) — a typo, or a goal of several years written as a year's target. A warning at the year; a year
 * next to the edition's (the year before, whose innovations a 2026 assessment may count) is not questioned.
 */
export const complianceYears: EditionRule = {
  name: "compliance-years",
  check(edition) {
    return (["targets", "rules"] as const).flatMap((list) =>
      edition.compliance[list].flatMap((x, k) =>
        x.year !== undefined && Math.abs(x.year - edition.year) > 1 ? [issue("compliance_year_far", "warning", ["compliance", list, k, "year"], { id: x.id, year: x.year, editionYear: edition.year, kind: list })] : [],
      ),
    );
  },
};
