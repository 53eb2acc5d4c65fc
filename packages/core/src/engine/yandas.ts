import type { Innovation } from "../input/schemas.js";
import type { Edition } from "../model/edition.js";
import type { YandasResult } from "./result.js";
import type { Urusan } from "../model/urusan.js";
import { urusanEntryOf, urusanName } from "./urusan.js";

/**
 * Which yandas urusan (urusan wajib pelayanan dasar) the counted innovations cover — by main urusan, plus related
 * urusan when the edition says so — and whether at least `minCovered` are covered (null when that number is unknown).
 * An innovation's urusan counts through the edition's urusan catalogue (`matchUrusan`'s entry: name, id or alias such as
 * `PUPR`, ignoring case, spaces and punctuation). Results name the urusan by their official (Indonesian) names.
 * `cost` is filled in by the region scorer.
 */
export function yandasCoverage(counted: Innovation[], edition: Edition): Omit<YandasResult, "cost"> {
  return coverageOf(entriesNamed(counted, edition), edition);
}

/** `yandasCoverage` of the catalogue entries (ids) the counted innovations name, however they were gathered. */
export function coverageOf(seen: ReadonlySet<string>, edition: Edition): Omit<YandasResult, "cost"> {
  const { urusan, minCovered } = edition.yandas;
  const required: string[] = [];
  const covered: string[] = [];
  const missing: string[] = [];
  for (let k = 0; k < urusan.length; k++) {
    const name = urusanName(urusan[k]!, edition);
    required.push(name);
    (seen.has(urusan[k]!) ? covered : missing).push(name);
  }
  const min = minCovered.value;
  return { required, minCovered: min, covered, missing, met: min === null ? null : covered.length >= min };
}

/** The ids of the catalogue entries the innovations name (their main urusan, and related ones when the edition counts them). */
function entriesNamed(innovations: Innovation[], edition: Edition): Set<string> {
  const related = edition.yandas.countRelatedUrusan;
  const entryOf = urusanEntryOf(edition);
  const seen = new Set<string>();
  for (let i = 0; i < innovations.length; i++) addEntries(seen, innovations[i]!, related, entryOf);
  return seen;
}

/** Add the ids of the catalogue entries an innovation names (its main urusan, and related ones when `related`) to `seen`. */
export function addEntries(seen: Set<string>, inv: Innovation, related: boolean, entryOf: (text: string) => Urusan | null): void {
  const main = entryOf(inv.urusan);
  if (main !== null) seen.add(main.id);
  if (!related) return;
  for (let k = 0; k < inv.relatedUrusan.length; k++) {
    const entry = entryOf(inv.relatedUrusan[k]!);
    if (entry !== null) seen.add(entry.id);
  }
}
