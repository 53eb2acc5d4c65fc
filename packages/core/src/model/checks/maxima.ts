import type { Issue } from "../../issues.js";
import { editionMaxima, highestTier } from "../maxima.js";
import { issue, type EditionRule } from "./_issue.js";

/** With SPD rows, `formula.maxSpd` equals Σ weight × highest tier over the rows (when every weight is known). */
export const maxSpdMatchesRows: EditionRule = {
  name: "max-spd-matches-rows",
  check(edition) {
    const given = edition.formula.maxSpd.value;
    const expected = editionMaxima(edition).spdFromRows;
    if (edition.spdMode !== "rows" || given === null || expected === null || close(given, expected)) return [];
    return [issue("max_mismatch", "error", ["formula", "maxSpd", "value"], { edition: edition.id, given, expected })];
  },
};

/**
 * `formula.maxTotal` equals maxSpd + the SID maximum per innovation + the jumlah-inovasi maximum, when all are known.
 * An error: the index is total / maxTotal, and a maximum the model cannot reach (or can exceed) moves every index.
 * (A model file with `extends` that leaves maxTotal to its base gets it re-derived before this check.)
 */
export const maxTotalConsistent: EditionRule = {
  name: "max-total-consistent",
  check(edition) {
    const given = edition.formula.maxTotal.value;
    const max = editionMaxima(edition);
    const expected = max.total;
    if (given === null || expected === null || close(given, expected)) return [];
    // parts already reported wrong (maxSpd against its rows, a tier above maxTier) would only echo here
    const spd = edition.formula.maxSpd.value;
    if (max.spdFromRows !== null && spd !== null && !close(spd, max.spdFromRows)) return [];
    if (edition.indicators.some((i) => highestTier(i) > edition.formula.maxTier)) return [];
    return [issue("max_mismatch", "error", ["formula", "maxTotal", "value"], { edition: edition.id, given, expected })];
  },
};

function close(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}
