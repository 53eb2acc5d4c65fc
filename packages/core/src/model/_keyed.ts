/** Helpers shared by patching and by locating issues in a patch: lists whose items carry ids. */

export type Path = (string | number)[];

/** The key that marks a patch entry as a removal of the inherited item with the same id. */
export const REMOVE = "$remove";

export function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/**
 * A list patched by id: every item is an object with a string `id`. A bilingual text `{ id, en }` has an `id` too, but
 * it is the Indonesian wording, not a key: a list whose items hold nothing besides `id` and `en` is a list of values.
 */
export function isKeyedList(items: readonly unknown[]): boolean {
  return (
    items.every((x) => isPlainObject(x) && typeof x.id === "string") &&
    items.some((x) => Object.keys(x as object).some((k) => k !== "id" && k !== "en"))
  );
}

/** A citation (`SourceRef`): an object with a string `ref` and a `confidence`. */
export function isCitation(x: unknown): x is Record<string, unknown> {
  return isPlainObject(x) && typeof x.ref === "string" && "confidence" in x;
}

/** Editions are JSON data, so a JSON round trip is a faithful deep copy. */
export function cloneJson<T>(x: T): T {
  return x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T);
}
