import type { Innovation } from "../input/schemas.js";
import type { Edition } from "../model/edition.js";
import type { YandasResult } from "./result.js";
import { urusanEntry, urusanName } from "./urusan.js";

/**
 * Which yandas urusan (urusan wajib pelayanan dasar) the counted innovations cover — by main urusan, plus related
 * urusan when the edition says so — and whether at least `minCovered` are covered (null when that number is unknown).
 * An innovation's urusan counts through the edition's urusan catalogue (`matchUrusan`'s entry: name, id or alias such as
 * `PUPR`, ignoring case, spaces and punctuation). Results name the urusan by their official (Indonesian) names.
 * `cost` is filled in by the region scorer.
 */
export function yandasCoverage(counted: Innovation[], edition: Edition): Omit<YandasResult, "cost"> {
  const { urusan, minCovered } = edition.yandas;
  const seen = entriesNamed(counted, edition);
  const name = (id: string) => urusanName(id, edition);
  const covered = urusan.filter((u) => seen.has(u)).map(name);
  const missing = urusan.filter((u) => !seen.has(u)).map(name);
  const min = minCovered.value;
  return { required: urusan.map(name), minCovered: min, covered, missing, met: min === null ? null : covered.length >= min };
}

/** The ids of the catalogue entries the innovations name (their main urusan, and related ones when the edition counts them). */
function entriesNamed(innovations: Innovation[], edition: Edition): Set<string> {
  const related = edition.yandas.countRelatedUrusan;
  const seen = new Set<string>();
  for (let i = 0; i < innovations.length; i++) {
    const inv = innovations[i]!;
    const main = urusanEntry(inv.urusan, edition);
    if (main !== null) seen.add(main.id);
    if (!related) continue;
    for (let k = 0; k < inv.relatedUrusan.length; k++) {
      const entry = urusanEntry(inv.relatedUrusan[k]!, edition);
      if (entry !== null) seen.add(entry.id);
    }
  }
  return seen;
}
