import type { Innovation } from "../input/schemas.js";
import type { Edition } from "../model/edition.js";
import { normaliseText } from "./_text.js";
import type { YandasResult } from "./result.js";

/**
 * Which yandas urusan (urusan wajib pelayanan dasar) the counted innovations cover — by main urusan, plus related
 * urusan when the edition says so — and whether at least `minCovered` are covered (null when that number is unknown).
 * Urusan names are compared ignoring case and extra spaces. `cost` is filled in by the region scorer.
 */
export function yandasCoverage(counted: Innovation[], edition: Edition): Omit<YandasResult, "cost"> {
  const { urusan, minCovered, countRelatedUrusan } = edition.yandas;
  const seen = new Set<string>();
  for (const inv of counted) {
    seen.add(normaliseText(inv.urusan));
    if (countRelatedUrusan) for (const u of inv.relatedUrusan) seen.add(normaliseText(u));
  }
  const covered = urusan.filter((u) => seen.has(normaliseText(u)));
  const missing = urusan.filter((u) => !seen.has(normaliseText(u)));
  const min = minCovered.value;
  return { required: urusan, minCovered: min, covered, missing, met: min === null ? null : covered.length >= min };
}
