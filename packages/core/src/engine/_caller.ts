import type { Edition } from "../model/edition.js";

/*
 * What a developer passed by mistake, said in words: the scorers take a parsed input and a validated edition, and
 * without these checks raw JSON or a missing edition failed deep inside with "Cannot read properties of undefined".
 * The checks are per call, not per innovation; a TypeError from inside is rethrown with the same hint.
 */

/** Throws a TypeError naming `getEdition` / `validateEdition` when `edition` is not an edition. */
export function checkEdition(edition: unknown, fn: string): asserts edition is Edition {
  const e = edition as Partial<Edition> | null | undefined;
  if (typeof e !== "object" || e === null || !Array.isArray(e.indicators) || !Array.isArray(e.bands)) {
    throw new TypeError(`${fn}: the edition must be an edition object (getEdition("iid-2026"), or validateEdition(json).edition for a model file); got ${describe(edition)}`);
  }
}

/** Throws a TypeError naming `parseRegionInput` when `input` is not a parsed region input. */
export function checkRegionInput(input: unknown, fn: string): void {
  const i = input as Record<string, unknown> | null | undefined;
  if (typeof i === "object" && i !== null && "ok" in i && ("value" in i || "issues" in i)) {
    throw new TypeError(`${fn}: pass the parsed value (parseRegionInput(json).value, after checking .ok), not the parse result itself`);
  }
  if (typeof i !== "object" || i === null || typeof i.region !== "object" || !Array.isArray(i.innovations) || !Array.isArray(i.agencies) || typeof i.spdAnswers !== "object") {
    throw new TypeError(`${fn}: the input must be a parsed region input (parseRegionInput(json).value), which fills in the defaults; got ${describe(input)}`);
  }
}

/** `e` again with the hint when it is a TypeError from an input that was not parsed. */
export function unparsedHint(e: unknown, fn: string): unknown {
  if (!(e instanceof TypeError) || e.message.startsWith(`${fn}:`)) return e;
  return new TypeError(`${fn}: ${e.message}; is the input parsed (parseRegionInput(json).value)? Raw JSON lacks the defaults it fills in`, { cause: e });
}

function describe(x: unknown): string {
  if (x === null) return "null";
  if (Array.isArray(x)) return "an array";
  if (typeof x !== "object") return typeof x;
  const keys = Object.keys(x).slice(0, 6);
  return keys.length === 0 ? "an empty object" : `an object with ${keys.join(", ")}`;
}
