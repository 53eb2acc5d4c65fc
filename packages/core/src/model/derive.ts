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
 * const r = deriveEdition(defaultEdition, {
 *   id: "iid-2027-projection",
 *   formula: { sidDivisorFloor: { value: 14, source: { ref: "peer-projection", confidence: "peer" } } },
 * });
 * if (r.ok) r.value.formula.sidDivisorFloor.value //=> 14
 */
export function deriveEdition(base: Edition, patch: EditionPatch, opts: { locale?: EditionLocale } = {}): Checked<Edition> {
  return checkPatch(base, patch as Record<string, unknown>, opts);
}
