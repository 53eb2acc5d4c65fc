import { closestIndex } from "./messages/_closest-name.js";

/*
 * The unknown-option check of every call that takes an options object (the planner's, `scoreRegions`',
 * `recapRegions`'): a misspelt option would otherwise read as never given — `{ editon: prov }` scored with the
 * default edition, silently. English, as the engine's caller checks (engine/_caller.ts): a program's mistakes.
 * Not in the parse + score bundle (neither `scoreRegion` nor `parseRegionInput` takes options it checks this way).
 */

/** A value for a message: text quoted, an object by its keys. */
export function shown(x: unknown): string {
  if (typeof x === "string") return JSON.stringify(x);
  if (typeof x === "object" && x !== null && !Array.isArray(x)) return `{${Object.keys(x).slice(0, 5).join(", ")}}`;
  return String(x);
}

/** ` (did you mean "evidence"?)` when a listed name is a slip away from `given`. */
export function meant(given: string, listed: readonly string[]): string {
  const k = closestIndex(given, listed, false);
  return k < 0 ? "" : ` (did you mean "${listed[k]}"?)`;
}

/** Throws a RangeError naming each key of `given` that is not one of `known`, the near one, and the keys taken. */
export function knownKeys(given: object, known: readonly string[], what: string, noun = "option"): void {
  for (const key of Object.keys(given)) {
    if (!known.includes(key)) throw new RangeError(`${what}: unknown ${noun} "${key}"${meant(key, known)}; the ${noun}s are ${known.join(", ")}`);
  }
}

/** Throws a TypeError unless `options` is an object or undefined; `example` shows the object's form. */
export function optionsObject(options: unknown, fn: string, example: string): asserts options is Record<string, unknown> | undefined {
  if (options !== undefined && (typeof options !== "object" || options === null || Array.isArray(options))) {
    throw new TypeError(`${fn}: options expected as an object (${example}) or nothing, got ${shown(options)}`);
  }
}
