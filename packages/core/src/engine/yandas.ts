import type { Innovation } from "../input/schemas.js";
import type { Edition } from "../model/edition.js";
import type { YandasResult } from "./result.js";
import { urusanEntry } from "./urusan.js";

/**
 * Which yandas urusan (urusan wajib pelayanan dasar) the counted innovations cover — by main urusan, plus related
 * urusan when the edition says so — and whether at least `minCovered` are covered (null when that number is unknown).
 * An innovation's urusan counts through the edition's urusan catalogue (`matchUrusan`'s entry: name, id or alias such as
 * `PUPR`, ignoring case, spaces and punctuation). Results name the urusan by their official (Indonesian) names.
 * `cost` is filled in by the region scorer.
 */
export function yandasCoverage(counted: Innovation[], edition: Edition): Omit<YandasResult, "cost"> {
  const { urusan, minCovered, countRelatedUrusan } = edition.yandas;
  const seen = new Set<string>();
  for (const inv of counted) {
    const main = urusanEntry(inv.urusan, edition);
    if (main !== null) seen.add(main.id);
    if (!countRelatedUrusan) continue;
    for (const u of inv.relatedUrusan) {
      const related = urusanEntry(u, edition);
      if (related !== null) seen.add(related.id);
    }
  }
  const name = (id: string) => edition.urusan.find((u) => u.id === id)?.name.id ?? id;
  const covered = urusan.filter((u) => seen.has(u)).map(name);
  const missing = urusan.filter((u) => !seen.has(u)).map(name);
  const min = minCovered.value;
  return { required: urusan.map(name), minCovered: min, covered, missing, met: min === null ? null : covered.length >= min };
}
