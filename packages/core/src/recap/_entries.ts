import type { Issue } from "../issues.js";
import type { Edition } from "../model/edition.js";
import type { Text } from "../model/index.js";
import { checkEdition } from "../engine/_caller.js";
import { closestIndex } from "../messages/_closest-name.js";
import { checkTarget } from "../plan/_options.js";
import { findBand, isTargetBand } from "../plan/target.js";

/*
 * `recapRegions`' caller checks: the outcomes of `scoreRegions` are taken as they come (a region that could not be
 * scored is named in `Recap.notScored`, not a crash on its missing result), anything else that is no scored region is
 * refused saying what to pass, and a target no edition knows is reported with the predicates there are.
 */

/** A region `scoreRegions` could not score, as it gives it (`ok: false`). */
export interface NotScored {
  id: string;
  ok: false;
  issues: Issue[];
}

function kind(x: unknown): string {
  return x === null ? "null" : typeof x !== "object" ? typeof x : `{${Object.keys(x).slice(0, 5).join(", ")}}`;
}

/** The scored entries and the regions not scored, in the order given; a TypeError for anything else. */
export function splitEntries<E extends { id: string; result: unknown; edition: Edition }>(all: readonly (E | NotScored)[]): { scored: E[]; notScored: { id: string; issues: Issue[] }[] } {
  if (!Array.isArray(all)) throw new TypeError(`recapRegions: scored regions expected as an array (scoreRegions(sources), or { id, result, edition } each), got ${kind(all)}`);
  const scored: E[] = [];
  const notScored: { id: string; issues: Issue[] }[] = [];
  all.forEach((e: unknown, k) => {
    const x = e as Partial<E> & { ok?: unknown; issues?: unknown };
    if (typeof x === "object" && x !== null && x.ok === false && x.result === undefined) {
      notScored.push({ id: String(x.id), issues: Array.isArray(x.issues) ? (x.issues as Issue[]) : [] });
      return;
    }
    const r = x?.result as { region?: unknown; verified?: unknown } | undefined;
    if (typeof x !== "object" || x === null || typeof x.id !== "string" || typeof r !== "object" || r === null || typeof r.region !== "object" || typeof r.verified !== "object") {
      throw new TypeError(`recapRegions: entry ${k} expected as { id, result: scoreRegion(input, edition), edition } (an outcome of scoreRegions), got ${kind(e)}`);
    }
    checkEdition(x.edition, `recapRegions: entry ${k}`);
    scored.push(x as E);
  });
  return { scored, notScored };
}

/**
 * `RecapOptions.target` as the recap keeps it (`Recap.target`), from the forms `planRegion` takes: a text as given (a
 * predicate or an index as typed, `"60,5"`), an index as its number (`60` and `{ index: 60 }` alike), a predicate
 * object as its name. Anything else is refused by the planner's own check, in its words.
 */
export function givenTarget(target: unknown): string | number | undefined {
  if (target === undefined || typeof target === "string") return target;
  const name = (target as { predicate?: unknown } | null)?.predicate;
  if (typeof name === "string") return name;
  // a number or { index }: checked as planRegion checks it (no edition needed for an index); anything else refused there
  return (checkTarget(target, undefined as never, "recapRegions") as { index: number }).index;
}

/** A named target that some edition used does not have: that edition's predicates and the one likely meant. */
export interface UnknownTarget {
  /** The target as given (`RecapOptions.target`). */
  given: string;
  /**
   * Each edition of the regions recapped that has no such target (its regions' rows have `target: null`): its
   * predicates a target can be (not the band of regions that cannot be assessed), the one likely meant, and — when the
   * target names that band ("Tidak Dapat Dinilai", index 0) — its label: a band no region aims at, no target; when it
   * names a predicate whose lower threshold the edition does not know (a province model's unknown band end), that
   * predicate's label (`lowerEndUnknown`): no index reaches it for sure, an index target can be planned.
   */
  editions: { id: string; predicates: Text[]; near: Text | null; notATarget: Text | null; lowerEndUnknown: Text | null }[];
}

/** The report of a target some editions lack, or null when every edition has it (or none was named). */
export function unknownTarget(given: string | undefined, editions: readonly Edition[], has: (e: Edition) => boolean): UnknownTarget | null {
  if (given === undefined) return null;
  const lacking = editions.filter((e) => !has(e));
  if (lacking.length === 0) return null;
  return {
    given,
    editions: lacking.map((e) => {
      const predicates = e.bands.filter(isTargetBand).map((b) => b.label);
      // a band named but lacking: the index-0 band, or a predicate whose lower threshold is unknown (else it would be had)
      const band = findBand(e, given);
      const target = band && isTargetBand(band);
      if (band) return { id: e.id, predicates, near: null, notATarget: target ? null : band.label, lowerEndUnknown: target ? band.label : null };
      const names = predicates.flatMap((l) => [l.id, l.en]);
      const k = closestIndex(given, names, false);
      return { id: e.id, predicates, near: k < 0 ? null : predicates[Math.floor(k / 2)]!, notATarget: null, lowerEndUnknown: null };
    }),
  };
}
