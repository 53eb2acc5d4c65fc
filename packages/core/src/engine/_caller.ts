import type { Edition } from "../model/edition.js";

/*
 * What a developer passed by mistake, said in words: the scorers take a parsed input and a validated edition, and
 * without these checks raw JSON or a missing edition failed deep inside with "Cannot read properties of undefined".
 * The checks are per call, not per innovation; a TypeError from inside is rethrown with the same hint. Short texts:
 * they count in the browser bundle's 30 kB.
 */

const PARSED = "parseRegionInput(json).value";

/** Throws a TypeError naming `getEdition` / `validateEdition` when `edition` is not an edition. */
export function checkEdition(edition: unknown, fn: string): asserts edition is Edition {
  const e = edition as Partial<Edition> | null | undefined;
  // a model file before validateEdition has no formula when it extends an edition
  if (typeof e !== "object" || e === null || !Array.isArray(e.indicators) || !Array.isArray(e.bands) || typeof e.formula !== "object") {
    throw new TypeError(`${fn}: edition expected (getEdition(id), validateEdition(json).value), got ${kind(edition)}`);
  }
}

/** Throws a TypeError naming `parseRegionInput` when `input` is not a parsed region input. */
export function checkRegionInput(input: unknown, fn: string): void {
  const i = input as Record<string, unknown> | null | undefined;
  if (typeof i === "object" && i !== null && "ok" in i && "issues" in i) throw new TypeError(`${fn}: pass ${PARSED}, not the parse result`);
  if (typeof i !== "object" || i === null || typeof i.region !== "object" || !Array.isArray(i.innovations) || !Array.isArray(i.agencies) || typeof i.spdAnswers !== "object") {
    throw new TypeError(`${fn}: parsed input expected (${PARSED}), got ${kind(input)}`);
  }
}

/** `e` again with the hint when it is a TypeError from an input that was not parsed. */
export function unparsedHint(e: unknown, fn: string): unknown {
  if (!(e instanceof TypeError) || e.message.startsWith(`${fn}:`)) return e;
  return new TypeError(`${fn}: ${e.message} (is the input ${PARSED}?)`, { cause: e });
}

function kind(x: unknown): string {
  return x === null ? "null" : typeof x !== "object" ? typeof x : `{${Object.keys(x).slice(0, 5).join(", ")}}`;
}
