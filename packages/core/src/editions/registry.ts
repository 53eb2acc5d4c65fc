import type { Edition } from "../model/edition.js";
import { edition as iid2026 } from "./shipped/iid-2026.js";
import { edition as iid2023 } from "./shipped/iid-2023.js";
import { edition as iid2027 } from "./shipped/iid-2027-projection.js";
import { edition as iid2023Inferred } from "./shipped/iid-2023-inferred.js";
import type { ShippedEditionId } from "./shipped-ids.js";

export { isShippedEdition, type ShippedEditionId } from "./shipped-ids.js";

/** Id of the default edition: the current official one, IGA 2026. */
export const DEFAULT_EDITION_ID = "iid-2026";

/**
 * The shipped editions by id, validated when the package is built (a test keeps the shipped data equal to what
 * validating and deriving the sources gives) and frozen: `iid-2026` (default), `iid-2023`, `iid-2027-projection`
 * (derived from 2026: floor 14, yandas 6 of 6), `iid-2023-inferred` (2023 with its unknown numbers filled from 2026,
 * marked inferred). The two derived editions carry a `caveat` to print beside their figures. An app that needs one
 * edition imports it from its subpath (`@inovasi/core/editions/iid-2026`) and carries only that one.
 */
export const editions: Readonly<Record<string, Edition>> = /* @__PURE__ */ Object.freeze({
  [iid2026.id]: iid2026,
  [iid2023.id]: iid2023,
  [iid2027.id]: iid2027,
  [iid2023Inferred.id]: iid2023Inferred,
});

/** Ids of the shipped editions, newest official first. */
export const editionIds: readonly string[] = /* @__PURE__ */ Object.freeze(Object.keys(editions));

/**
 * A shipped edition by id, or undefined (the caller decides how to report it: see `edition_not_found`). Typed
 * `Edition` for a shipped id written as such (`getEdition("iid-2026")`), `Edition | undefined` for any other text.
 * The edition is frozen: copy it (`structuredClone`) to change it, or derive one (`deriveEdition`).
 *
 * @example
 * getEdition("iid-2026").formula.maxTotal.value //=> 250 (typed Edition: no undefined to check)
 * getEdition("iid-2099") //=> undefined (any other text is typed Edition | undefined)
 */
export function getEdition(id: ShippedEditionId): Edition;
export function getEdition(id: string): Edition | undefined;
export function getEdition(id: string): Edition | undefined {
  return Object.prototype.hasOwnProperty.call(editions, id) ? editions[id] : undefined;
}

/** The default edition (IGA 2026), frozen like every shipped edition. */
export const defaultEdition: Edition = iid2026;
