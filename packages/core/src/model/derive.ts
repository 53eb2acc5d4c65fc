import type { Checked } from "../issues.js";
import type { Edition } from "./edition.js";
import type { EditionPatch } from "./merge.js";
import { checkPatch, type EditionLocale } from "./validate.js";

/**
 * A new edition from `base` with `patch` applied (see {@link EditionPatch}: objects merge, lists with ids patch by
 * id, `{ id, $remove: true }` removes), re-validated as a whole, with `derivedFrom` set to the base's id. A maximum
 * the patch does not state is re-derived when the patch changes its parts (a `max_rederived` warning). Pure: the
 * base is not changed. The same rules apply to a model file with `"extends"`.
 *
 * @example
 * // a number's source must be in the edition's sources: the patch adds it (`sources` patches by id)
 * const r = deriveEdition(defaultEdition, {
 *   id: "iid-2027-projection",
 *   sources: [{ id: "peer-projection", title: "Tabel proyeksi perangkat lunak pembanding (peer)" }],
 *   formula: { sidDivisorFloor: { value: 14, source: { ref: "peer-projection", confidence: "peer" } } },
 * });
 * r.ok //=> true
 * if (r.ok) r.value.formula.sidDivisorFloor.value //=> 14
 */
export function deriveEdition(base: Edition, patch: EditionPatch, opts: { locale?: EditionLocale | undefined } = {}): Checked<Edition> {
  return checkPatch(base, patch as Record<string, unknown>, opts);
}
