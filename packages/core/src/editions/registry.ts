import type { Edition } from "../model/edition.js";
import { deriveEdition } from "../model/derive.js";
import { checkEdition } from "../model/validate.js";
import { formatIssue } from "../messages/format.js";
import type { Checked } from "../issues.js";
import iid2023 from "./iid-2023.json";
import iid2026 from "./iid-2026.json";
import { iid2027ProjectionPatch } from "./iid-2027-projection.js";
import { iid2023InferredPatch } from "./iid-2023-inferred.js";

/** Id of the default edition: the current official one, IGA 2026. */
export const DEFAULT_EDITION_ID = "iid-2026";

/** Shipped data that fails validation is a programmer error: throw with every located problem. */
function shipped(result: Checked<Edition>, what: string): Edition {
  if (!result.ok) {
    const lines = result.issues.filter((i) => i.severity === "error").map((i) => formatIssue(i, "en"));
    throw new Error(`@inovasi/core: shipped edition ${what} is invalid:\n${lines.join("\n")}`);
  }
  return deepFreeze(result.value);
}

function deepFreeze<T>(x: T): T {
  if (typeof x === "object" && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

function buildRegistry(): Readonly<Record<string, Edition>> {
  const e2026 = shipped(checkEdition(iid2026), "iid-2026");
  const e2023 = shipped(checkEdition(iid2023), "iid-2023");
  const e2027 = shipped(deriveEdition(e2026, iid2027ProjectionPatch(e2026)), "iid-2027-projection");
  const e2023i = shipped(deriveEdition(e2023, iid2023InferredPatch(e2023, e2026)), "iid-2023-inferred");
  return Object.freeze({ [e2026.id]: e2026, [e2023.id]: e2023, [e2027.id]: e2027, [e2023i.id]: e2023i });
}

/**
 * The shipped editions by id, validated once when the module loads and frozen: `iid-2026` (default), `iid-2023`,
 * `iid-2027-projection` (derived from 2026: floor 14, yandas 6 of 6), `iid-2023-inferred` (2023 with its unknown
 * numbers filled from 2026, marked inferred). The two derived editions carry a `caveat` to print beside their figures.
 */
export const editions: Readonly<Record<string, Edition>> = /* @__PURE__ */ buildRegistry();

/** Ids of the shipped editions, newest official first. */
export const editionIds: readonly string[] = /* @__PURE__ */ Object.freeze(Object.keys(editions));

/** A shipped edition by id, or undefined (the caller decides how to report it: see `edition_not_found`). */
export function getEdition(id: string): Edition | undefined {
  return Object.prototype.hasOwnProperty.call(editions, id) ? editions[id] : undefined;
}

/** The default edition (IGA 2026). */
export const defaultEdition: Edition = /* @__PURE__ */ getEdition(DEFAULT_EDITION_ID) as Edition;
