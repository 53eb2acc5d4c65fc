import type { Edition } from "../../model/edition.js";

/**
 * A shipped edition as the package serves it: data built and validated at build time (see `../build.ts`), frozen
 * deeply so no caller can change it for everyone else.
 */
export function shippedEdition(data: unknown): Edition {
  return deepFreeze(data as Edition);
}

/** `x` and everything it holds, frozen (what is frozen already is left as it is). */
export function deepFreeze<T>(x: T): T {
  if (typeof x === "object" && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/**
 * A list with the items kept elsewhere (`null` in its own file) put back at their positions (see `../pack.ts`). The
 * items put back may have another inferred JSON type than the list's own (an optional field one edition's items set
 * and another's leave out); the edition is validated at build time, not by these types.
 */
export function placed<T, U = T>(items: readonly (T | null)[], at: Readonly<Record<number, U>>): (T | U)[] {
  return items.map((x, k) => (k in at ? at[k]! : x!));
}
