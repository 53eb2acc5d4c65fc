/*
 * The caller checks of the functions that take a part of a region — one innovation (`scoreInnovation`), one
 * innovation's result (`explainInnovation`), a compliance set (`checkCompliance`) — as `scoreRegion`'s
 * (engine/_caller.ts): the whole region, the parse result or an edition id passed instead failed deep inside with
 * "Cannot read properties of undefined". Kept apart from engine/_caller.ts: `scoreRegion` reaches these functions'
 * inner parts only, so the parse + score bundle carries none of this.
 */

const PARSED = "parseRegionInput(json).value";

/** Throws a TypeError saying what to pass when `x` is a whole region, its parse result or its result. */
function notTheRegion(x: unknown, fn: string, what: string, pass: string): void {
  const o = x as Record<string, unknown>;
  if (typeof o !== "object" || o === null) return;
  const instead =
    "ok" in o && "issues" in o ? "the parse result" : Array.isArray(o.innovations) ? ("verified" in o ? "the region result" : "the whole region input") : null;
  if (instead) throw new TypeError(`${fn}: ${what} expected, got ${instead}: pass ${pass}`);
}

/** Throws a TypeError unless `innovation` is one parsed innovation (`parseRegionInput(json).value.innovations[k]`). */
export function checkInnovation(innovation: unknown, fn: string): void {
  const pass = `one innovation (${PARSED}.innovations[k])`;
  notTheRegion(innovation, fn, "an innovation", pass);
  const i = innovation as Record<string, unknown> | null;
  if (typeof i === "object" && i !== null && "claimed" in i && "resolved" in i) {
    throw new TypeError(`${fn}: an innovation expected, got an innovation's result: pass ${pass}`);
  }
  if (typeof i !== "object" || i === null || typeof i.answers !== "object" || i.answers === null || typeof i.name !== "string") {
    throw new TypeError(`${fn}: an innovation expected, got ${kind(innovation)}: pass ${pass}`);
  }
}

/** Throws a TypeError unless `result` is one innovation's result (`scoreRegion(input, edition).innovations[k]`). */
export function checkInnovationResult(result: unknown, fn: string): void {
  const pass = "one innovation's result (scoreRegion(input, edition).innovations[k])";
  notTheRegion(result, fn, "an innovation's result", pass);
  const r = result as Record<string, unknown> | null;
  if (typeof r !== "object" || r === null || !("resolved" in r) || typeof r.claimed !== "object" || typeof r.verified !== "object") {
    const answers = typeof r === "object" && r !== null && "answers" in r;
    throw new TypeError(`${fn}: an innovation's result expected, got ${answers ? "an innovation's input" : kind(result)}: pass ${pass}`);
  }
}

/** Throws a TypeError unless `set` is a compliance set `{ rules, targets }`; an edition is told to pass its own. */
export function checkComplianceSet(set: unknown, fn: string): void {
  const s = set as Record<string, unknown> | null;
  if (typeof s === "object" && s !== null && Array.isArray(s.indicators) && typeof s.compliance === "object") {
    throw new TypeError(`${fn}: a compliance set expected, got an edition: pass edition.compliance (scoreRegion checks an edition's own rules already)`);
  }
  if (typeof s !== "object" || s === null || !Array.isArray(s.rules) || !Array.isArray(s.targets)) {
    throw new TypeError(`${fn}: a compliance set expected ({ rules: [...], targets: [...] }), got ${kind(set)}`);
  }
}

function kind(x: unknown): string {
  return x === null ? "null" : typeof x !== "object" ? (typeof x === "string" ? JSON.stringify(x) : typeof x) : `{${Object.keys(x).slice(0, 5).join(", ")}}`;
}
