import type { Issue } from "../issues.js";
import type { Edition } from "../model/edition.js";
import { issue } from "./_issue.js";

/** The gaps found in each edition so far (editions are not changed once validated; `compileEdition` relies on it too). */
const found = new WeakMap<Edition, readonly Issue[]>();

/**
 * Notes about the numbers this edition lacks for scoring (null propagates to the values that need them), and about
 * rules it leaves open. Paths point inside the edition; `params.edition` names it. Worked out once per edition; each
 * call returns a new list of new issues (a region's issues start with them).
 */
export function editionGaps(edition: Edition): Issue[] {
  let gaps = found.get(edition);
  if (gaps === undefined) {
    gaps = findGaps(edition);
    found.set(edition, gaps);
  }
  return gaps.map((g) => ({ ...g, path: [...g.path], params: { ...g.params } }));
}

function findGaps(edition: Edition): Issue[] {
  const out: Issue[] = [];
  const f = edition.formula;
  const p = { edition: edition.id };
  if (f.sidDivisorFloor.value === null) {
    out.push(issue("divisor_floor_unknown", "warning", ["formula", "sidDivisorFloor"], p));
  }
  if (f.jumlahInovasi.perInnovation.value === null || f.jumlahInovasi.countCap.value === null) {
    const which = f.jumlahInovasi.perInnovation.value === null ? "perInnovation" : "countCap";
    out.push(issue("jumlah_inovasi_unknown", "warning", ["formula", "jumlahInovasi", which], p));
  }
  if (f.maxTotal.value === null) out.push(issue("max_total_unknown", "warning", ["formula", "maxTotal"], p));
  if (f.jumlahInovasi.requiresYandas && edition.yandas.minCovered.value === null) {
    out.push(issue("missing_number", "warning", ["yandas", "minCovered"], p));
  }
  edition.indicators.forEach((ind, i) => {
    if (ind.weight === null) out.push(issue("missing_number", "warning", ["indicators", i, "weight"], { ...p, indicator: ind.id }));
  });
  if (edition.eligibility.scoredStages.value === null) {
    out.push(issue("stages_rule_unknown", "info", ["eligibility", "scoredStages"], p));
  }
  return out;
}
