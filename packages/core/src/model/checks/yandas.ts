import { issue, type EditionRule } from "./_issue.js";

/**
 * The yandas rule can be met: `minCovered` is a whole number from 0 to the number of urusan it lists. Checked on the
 * resolved edition, so a model file that only narrows `yandas.urusan` below the minimum it inherits is refused (each
 * region would otherwise lose its whole jumlah-inovasi score without a word). 0 is allowed: "at least 0 of them" is
 * always met, as with `requiresYandas: false`.
 */
export const yandasReachable: EditionRule = {
  name: "yandas-reachable",
  check(edition) {
    const min = edition.yandas.minCovered.value;
    if (min === null) return [];
    const count = new Set(edition.yandas.urusan).size;
    const problem = min < 0 ? "negative" : !Number.isInteger(min) ? "fraction" : min > count ? "above" : null;
    if (problem === null) return [];
    const params = { given: min, count, problem, requiresYandas: edition.formula.jumlahInovasi.requiresYandas };
    return [issue("yandas_min_invalid", "error", ["yandas", "minCovered", "value"], params)];
  },
};
