import type { Checked } from "../issues.js";
import type { Edition } from "../model/edition.js";
import { checkEdition, type EditionLocale } from "../model/validate.js";
import { editionIds, getEdition } from "./registry.js";
import { deepFreeze } from "./shipped/_freeze.js";

/**
 * Validate an edition given as data (e.g. a province's JSON model file): the zod schema with messages in Bahasa
 * Indonesia (default) or English, defaults filled, then the edition rules. A file may start with
 * `"extends": "iid-2026"` and hold only what differs; it is resolved against the shipped editions and checked whole.
 * Issue paths point inside the (resolved) edition; issues come in the order of their places in the file (keys as
 * written, list entries by index), to be read top to bottom beside it. Missing numbers are `missing_number` warnings, not errors. The
 * edition it gives is frozen, as the shipped ones are: to change it, change a copy (`structuredClone`) and validate that.
 *
 * @example
 * const r = validateEdition(JSON.parse(text), { locale: "id" });
 * if (!r.ok) for (const i of r.issues) console.log(formatIssue(i, "id"));
 */
export function validateEdition(data: unknown, opts: { locale?: EditionLocale | undefined } = {}): Checked<Edition> {
  const r = checkEdition(data, { ...opts, resolveBase: getEdition, knownIds: editionIds });
  // frozen as the shipped editions are: the engine compiles an edition once per object, so a change made after scoring
  // would not count (change a copy and validate it again)
  if (r.ok) deepFreeze(r.value);
  return r;
}
