import type { RegionInput } from "../input/schemas.js";
import type { Edition } from "../model/edition.js";
import { checkEdition, checkRegionInput } from "../engine/_caller.js";
import { knownKeys, meant, shown } from "../_known-keys.js";
import { closestIndex } from "../messages/_closest-name.js";
import { EFFORT_KEYS, resolveEfforts } from "./efforts.js";
import { parseExpectedScore } from "./expected.js";
import { findBand, isTargetBand, parsePlanTarget } from "./target.js";
import type { PlanTarget } from "./types.js";

/*
 * The planner's caller checks, as `scoreRegion`'s (engine/_caller.ts): what a developer passed by mistake is refused
 * before planning, saying what to pass — a TypeError for the wrong kind of thing, a RangeError naming the option and
 * the values it takes. The limits are the ones `parsePlanTarget` and the CLI's flags apply to what a person types: a
 * target index above 0 up to 100, an expected score from 0 to the edition's highest innovation score, a whole number
 * of steps.
 * English, as the engine's caller checks: these are a program's mistakes, not a user's (the workbook, the CLI and the
 * add-in read what a person types with `parsePlanTarget` and their own checks, in the user's language).
 */

const PROJECTIONS = ["verified", "claimed"];

/** A whole number of at least `min`, or Infinity (no limit); undefined passes. */
function count(v: unknown, name: string, min: number): void {
  if (v === undefined) return;
  if (typeof v !== "number" || !(Number.isInteger(v) || v === Infinity) || v < min) {
    throw new RangeError(`${name} must be a whole number of ${min} or more, or Infinity for no limit (given ${shown(v)})`);
  }
}

/**
 * The target as the planner takes it: an object `{ index }` (above 0 up to 100) or `{ predicate }` (a band's id or
 * label), a number (an index, as `{ index }`: a predicate is never a number), or text read as `parsePlanTarget` reads it
 * (`"Sangat Inovatif"`, `"sangat-inovatif"`, `"60"`, `"57,5"`).
 */
export function checkTarget(target: unknown, edition: Edition, fn: string): PlanTarget | undefined {
  if (target === undefined) return undefined;
  if (typeof target === "string") {
    const t = parsePlanTarget(target, edition);
    if (!t.ok) throw unknownTarget(target, edition, `${fn}: options.`);
    return t.value;
  }
  const t = target as Record<string, unknown> | null;
  const number = typeof t === "number";
  if (number || (typeof t === "object" && t !== null && "index" in t)) {
    const i = number ? t : t!.index;
    if (typeof i !== "number" || !(i > 0 && i <= 100)) {
      throw new RangeError(`${fn}: options.target${number ? "" : ".index"} must be an index above 0 up to 100 (given ${shown(i)})`);
    }
    return { index: i };
  }
  if (typeof t === "object" && t !== null && "predicate" in t && typeof t.predicate === "string") {
    const band = findBand(edition, t.predicate);
    if (!band || !isTargetBand(band)) throw unknownTarget(t.predicate, edition, `${fn}: options.target.predicate: ${band ? "" : `${edition.id} has no predicate "${t.predicate}"; `}`);
    const parsed = parsePlanTarget(t.predicate, edition); // a band whose lower threshold is unknown: no index reaches it for sure
    if (!parsed.ok) throw new RangeError(`${fn}: options.target.predicate: ${parsed.message.en}`);
    return { predicate: t.predicate };
  }
  throw new TypeError(`${fn}: options.target expected { predicate: "sangat-inovatif" }, { index: 60 }, an index (60) or a text such as "Sangat Inovatif", got ${shown(target)}`);
}

/** `parsePlanTarget`'s English message for a text it cannot read, after `prefix`, with the predicate likely meant. */
function unknownTarget(text: string, edition: Edition, prefix: string): RangeError {
  const t = parsePlanTarget(text, edition);
  const names = edition.bands.filter(isTargetBand).flatMap((b) => [b.label.id, b.label.en]);
  const k = closestIndex(text, names, false);
  return new RangeError(`${prefix}${t.ok ? "" : t.message.en}${k < 0 ? "" : ` — did you mean "${names[k]}"?`}`);
}

/** The expected score of a new innovation: from 0 to the edition's highest innovation score (Σ weight × top tier). */
export function checkExpectedScore(v: unknown, edition: Edition, fn: string): void {
  if (v === undefined) return;
  const t = typeof v === "number" ? parseExpectedScore(v, edition) : null;
  if (!t?.ok) throw new RangeError(`${fn}: options.expectedScore: ${t ? t.message.en : `a number expected, got ${shown(v)}`}`);
}

/** Checks the common part of `planRegion` and `innovationsNeeded`: input, edition, options object, projection. */
function checkCall(input: unknown, edition: unknown, options: unknown, fn: string, known: readonly string[]): asserts edition is Edition {
  checkRegionInput(input, fn);
  checkEdition(edition, fn);
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new TypeError(`${fn}: options expected as an object ({ target, projection, … }) or nothing, got ${shown(options)}`);
  }
  knownKeys(options, known, `${fn}: options`);
  const p = (options as { projection?: unknown }).projection;
  if (p !== undefined && !PROJECTIONS.includes(p as string)) {
    throw new RangeError(`${fn}: options.projection must be "verified" or "claimed"${typeof p === "string" ? meant(p, PROJECTIONS) : ""} (given ${shown(p)})`);
  }
}

const PLAN_OPTIONS = ["projection", "target", "efforts", "expectedScore", "maxNewInnovations", "maxActions", "result", "columnsAbsent"];

/** `planRegion`'s caller checks; gives the target as the planner takes it. */
export function checkPlanCall(input: RegionInput, edition: Edition, options: Record<string, unknown>): PlanTarget | undefined {
  const fn = "planRegion";
  checkCall(input, edition, options, fn, PLAN_OPTIONS);
  const target = checkTarget(options.target, edition, fn);
  checkExpectedScore(options.expectedScore, edition, fn);
  count(options.maxActions, `${fn}: options.maxActions`, 0);
  count(options.maxNewInnovations, `${fn}: options.maxNewInnovations`, 0);
  const efforts = options.efforts;
  if (efforts !== undefined) {
    if (typeof efforts !== "object" || efforts === null || Array.isArray(efforts)) {
      throw new TypeError(`${fn}: options.efforts expected as an object ({ evidence: 1, count: 2, … }), got ${shown(efforts)}`);
    }
    knownKeys(efforts, [...EFFORT_KEYS, "indicators"], `${fn}: options.efforts`, "effort");
    // the values, and each indicator's id and tiers against the edition (said as the option is named)
    try {
      resolveEfforts(efforts, edition);
    } catch (e) {
      (e as Error).message = `${fn}: options.${(e as Error).message}`;
      throw e;
    }
  }
  return target;
}

const NEEDED_OPTIONS = ["target", "projection", "expectedScore", "max"];

/** `innovationsNeeded`'s caller checks; gives the target as the planner takes it. */
export function checkNeededCall(input: RegionInput, edition: Edition, options: Record<string, unknown>): PlanTarget | undefined {
  const fn = "innovationsNeeded";
  checkCall(input, edition, options, fn, NEEDED_OPTIONS);
  const target = checkTarget(options.target, edition, fn);
  checkExpectedScore(options.expectedScore, edition, fn);
  count(options.max, `${fn}: options.max`, 0);
  return target;
}
