import type { Issue } from "../../issues.js";
import { editionMaxima } from "../maxima.js";
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
 * `formula.maxTotal` should equal maxSpd + the SID maximum per innovation + the jumlah-inovasi maximum, when all are
 * known. A warning, not an error: an edition may define its maximum otherwise, but then the proportions change.
 */
export const maxTotalConsistent: EditionRule = {
  name: "max-total-consistent",
  check(edition) {
    const given = edition.formula.maxTotal.value;
    const expected = editionMaxima(edition).total;
    if (given === null || expected === null || close(given, expected)) return [];
    return [issue("max_mismatch", "warning", ["formula", "maxTotal", "value"], { edition: edition.id, given, expected })];
  },
};

function close(a: number, b: number): boolean {
  return Math.abs(a - b) < 1e-9;
}
