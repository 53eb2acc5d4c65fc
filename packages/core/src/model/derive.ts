import type { Checked } from "../issues.js";
import type { Edition } from "./edition.js";
import { mergeEdition, type EditionPatch } from "./merge.js";
import { checkEdition, type EditionLocale } from "./validate.js";

/**
 * A new edition from `base` with `patch` applied (see {@link EditionPatch}), re-validated as a whole, with
 * `derivedFrom` set to the base's id. Pure: the base is not changed.
 *
 * @example
 * const r = deriveEdition(defaultEdition, {
 *   id: "iid-2027-projection",
 *   formula: { sidDivisorFloor: { value: 14, source: { ref: "peer-projection", confidence: "peer" } } },
 * });
 * if (r.ok) r.value.formula.sidDivisorFloor.value //=> 14
 */
export function deriveEdition(
  base: Edition,
  patch: EditionPatch,
  opts: { locale?: EditionLocale } = {},
): Checked<Edition> {
  const merged = mergeEdition(base, patch as Record<string, unknown>);
  merged.derivedFrom = base.id;
  return checkEdition(merged, opts);
}
