import type { Edition } from "../model/edition.js";
import type { Aspect, Text } from "../model/index.js";
import type { InnovationResult, PredicateResult, RegionProjection, RegionResult, TargetOutcome } from "../engine/result.js";
import { roundHalfUp } from "../engine/_round.js";
import { regionKey } from "./_region-key.js";
import { normaliseText } from "../engine/_text.js";
import { joined, matchKey, pairUp } from "./_match.js";
import { similarity } from "../engine/urusan.js";
import { checkEdition } from "../engine/_caller.js";
import type { RegionInput } from "../input/schemas.js";
import { agenciesWithoutInYear, agenciesWithoutYear } from "../plan/agencies-without.js";

/** One year of a region: its result and the edition that produced it. */
export interface YearScore {
  result: RegionResult;
  edition: Edition;
  /**
   * The input `result` was scored from: with it, the year's agencies without an innovation are counted in its
   * compliance rules' year (`agenciesWithoutInYear`), as the plan, Ringkasan and the recap count them; without it, an
   * innovation of any year counts (the year of an innovation is in the input only).
   */
  input?: RegionInput;
}

/** The edition beside a figure: id, year, and its caveat when it is not an official edition. */
export interface EditionRef {
  id: string;
  year: number;
  caveat: Text | null;
}

/**
 * A figure in both years, each rounded to the later edition's decimals, and `delta` = rounded after − rounded before
 * (so it adds up with the two figures as printed: 40.49 → 73.24, +32.75); null when either is null.
 */
export interface YearPair {
  before: number | null;
  after: number | null;
  delta: number | null;
}

/** An innovation as a year comparison names it: name, agency, stage, verified score and whether it counts. */
export interface InnovationRef {
  name: string;
  agency: string;
  stage: InnovationResult["stage"];
  /** Verified score (Σ weight × tier), rounded; null when a weight is unknown. */
  verified: number | null;
  /** Whether it counts in the verified SID. */
  counted: boolean;
}

/**
 * What {@link compareYears} gives: one region in two years, each figure with its edition, the innovations added,
 * dropped and carried over, and the agencies that produced in neither year.
 */
export interface YearComparison {
  region: { before: string; after: string };
  years: { before: number; after: number };
  /** The edition beside every figure of each year. `same` false: figures come from different models (see notes). */
  editions: { before: EditionRef; after: EditionRef; same: boolean };
  /** The published (rounded) indices and their difference, e.g. 55.24 − 37.75 = 17.49; every other figure's delta is likewise the difference of its rounded values. */
  index: { claimed: YearPair; verified: YearPair };
  predicate: { claimed: { before: PredicateResult | null; after: PredicateResult | null }; verified: { before: PredicateResult | null; after: PredicateResult | null } };
  /** Verified SPD, SID and total. */
  verified: { spd: YearPair; sid: YearPair; total: YearPair; counted: YearPair };
  /** Each indicator's verified contribution to the total (SPD row score; SID Σ / divisor), in either edition. */
  indicators: { indicatorId: string; aspect: Aspect; name: Text; points: YearPair; inBefore: boolean; inAfter: boolean }[];
  /** Matched by `matchKey` (id, else normalised name + agency): added, dropped and carried over (with the score change). */
  innovations: {
    added: InnovationRef[];
    dropped: InnovationRef[];
    carried: { before: InnovationRef; after: InnovationRef; verified: YearPair }[];
    /**
     * A dropped and an added innovation that are probably one (not paired: the analyst decides): names a typo apart
     * (similarity ≥ 0.8, the urusan matcher's measure) in one agency or two close ones, or the same name under another
     * agency (moved, or the agency renamed: "Dinas Kominfo" → "Dinas Komunikasi dan Informatika"). Each innovation at
     * most once, the closest first.
     */
    near: { dropped: InnovationRef; added: InnovationRef }[];
  };
  /**
   * Agencies listed in either year that produced no innovation in either year (names compared ignoring case and
   * spaces): each year's innovations of its compliance rules' year when its `input` is given (an innovation whose Tahun
   * is another year does not count, as the rules and "Perangkat daerah tanpa inovasi" count it), else of any year.
   */
  agenciesInNeither: string[];
  /** Each year's targets (count of innovations in the year) with their progress. */
  targets: { before: TargetOutcome[]; after: TargetOutcome[] };
  /** Agencies not complying with a compliance rule, per year. */
  nonCompliant: YearPair;
  /**
   * What the reader must know: `different_edition` (figures come from two models — the change mixes model and
   * region), `different_region` (another region: names differ beyond spelling — "Kab. X" = "Kabupaten X" — or
   * another level), `year_not_later` (the second year is not after the first).
   */
  notes: ("different_edition" | "different_region" | "year_not_later")[];
}

/**
 * Compare one region in two years ("banding"): index and predicate in each year with its edition, points per
 * indicator, innovations added, dropped and carried over, agencies that produced in neither year, and each year's
 * targets. Pure; JSON-serialisable. Scores under different editions are compared with `editions.same = false` and a
 * `different_edition` note: never silently mixed.
 *
 * @example
 * // docs/model.md §10: every answer at tier 2, eight innovations in 2025 and the same eight plus four in 2026
 * const c = compareYears({ result: r2025, edition: e2025 }, { result: r2026, edition: e2026 });
 * c.index.verified //=> { before: 37.75, after: 48.22, delta: 10.47 }
 * c.innovations.added.length //=> 4 (new in 2026; matched by id, else by name + agency)
 */
export function compareYears(before: YearScore, after: YearScore): YearComparison {
  checkYear(before, "before");
  checkYear(after, "after");
  const decimals = after.edition.formula.rounding.decimals;
  const r = (v: number | null) => (v === null ? null : roundHalfUp(v, decimals));
  // the difference of the rounded figures, so that a delta printed beside them is their printed difference (40.49 →
  // 73.24 is +32.75, not the exact +32.76); rounded again only to drop the float's noise (73.24 − 40.49 = 32.74999…)
  const pair = (b: number | null, a: number | null): YearPair => {
    const [rb, ra] = [r(b), r(a)];
    return { before: rb, after: ra, delta: rb === null || ra === null ? null : roundHalfUp(ra - rb, decimals) };
  };
  const B = before.result;
  const A = after.result;
  const proj = (p: "claimed" | "verified") => pair(B[p].index, A[p].index);

  const notes: YearComparison["notes"] = [];
  const same = before.edition.id === after.edition.id;
  if (!same) notes.push("different_edition");
  // one region however it is spelt ("Kab. Malang" = "Kabupaten Malang"); the same name at another level is another region
  if (regionKey(B.region) !== regionKey(A.region)) notes.push("different_region");
  if (A.region.year <= B.region.year) notes.push("year_not_later");

  const ref = (inv: InnovationResult): InnovationRef => ({ name: inv.name, agency: inv.agency, stage: inv.stage, verified: r(inv.verified.total), counted: inv.verified.counted });
  const m = pairUp(B.innovations, A.innovations, (x) => x.id, (x) => matchKey(x.name, x.agency));

  const nonCompliant = (x: RegionResult) => new Set(x.compliance.rules.flatMap((rule) => rule.agencies.filter((a) => !a.complies).map((a) => a.agency))).size;
  return {
    region: { before: B.region.name, after: A.region.name },
    years: { before: B.region.year, after: A.region.year },
    editions: { before: editionRef(before.edition), after: editionRef(after.edition), same },
    index: { claimed: proj("claimed"), verified: proj("verified") },
    predicate: {
      claimed: { before: B.claimed.predicate, after: A.claimed.predicate },
      verified: { before: B.verified.predicate, after: A.verified.predicate },
    },
    verified: {
      spd: pair(B.verified.spd.score, A.verified.spd.score),
      sid: pair(B.verified.sid.score, A.verified.sid.score),
      total: pair(B.verified.total, A.verified.total),
      counted: pair(B.verified.sid.counted, A.verified.sid.counted),
    },
    indicators: indicators(B.verified, A.verified, pair),
    innovations: {
      added: m.onlyAfter.map((j) => ref(A.innovations[j]!)),
      dropped: m.onlyBefore.map((i) => ref(B.innovations[i]!)),
      carried: m.pairs.map(([i, j]) => {
        const b = B.innovations[i]!;
        const a = A.innovations[j]!;
        return { before: ref(b), after: ref(a), verified: pair(b.verified.total, a.verified.total) };
      }),
      near: nearPairs(m.onlyBefore.map((i) => B.innovations[i]!), m.onlyAfter.map((j) => A.innovations[j]!)).map(([b, a]) => ({ dropped: ref(b), added: ref(a) })),
    },
    agenciesInNeither: inNeither(before, after),
    targets: { before: B.compliance.targets, after: A.compliance.targets },
    nonCompliant: pair(nonCompliant(B), nonCompliant(A)),
    notes,
  };
}

/**
 * Throws, saying what to pass, when a year is not `{ result, edition }` (a bare region result, a missing edition), or
 * when its result was scored with another edition than the one given: its figures are that edition's, and the
 * comparison would call two editions the same (or differ) wrongly.
 */
function checkYear(y: unknown, name: string): asserts y is YearScore {
  const x = y as Partial<YearScore> & { verified?: unknown } | null;
  if (typeof x !== "object" || x === null || typeof x.result !== "object" || x.result === null) {
    const bare = typeof x === "object" && x !== null && "verified" in x && "region" in x;
    throw new TypeError(
      `compareYears: ${name} expected as { result: scoreRegion(input, edition), edition }, got ${bare ? "a region result alone: pass { result, edition } with the edition it was scored with" : x === null ? "null" : typeof x === "object" ? `{${Object.keys(x).slice(0, 5).join(", ")}}` : typeof x}`,
    );
  }
  checkEdition(x.edition, `compareYears: ${name}`);
  const scoredWith = x.result.edition?.id;
  if (scoredWith !== x.edition.id) {
    throw new RangeError(`compareYears: ${name}.result was scored with edition ${scoredWith ?? "(unknown)"}, ${name}.edition is ${x.edition.id}: pass the edition it was scored with`);
  }
}

/** How close two names must be (1 − edit distance / length, on `joined` keys) to be named as probably one. */
const NEAR = 0.8;

/**
 * Dropped × added innovations that are probably one (see `innovations.near`), the closest first, each used once.
 * Exported for its tests. Each innovation's keys are made once (not at every pair: 2,556 moved innovations are 6.5
 * million pairs), and a pair is only measured when its names can be close: their lengths pass `similarity`'s own
 * length test, and their letters in common allow it — an edit (a letter added, dropped, changed, two swapped) changes
 * the letters one name has beyond the other's by one at most, so the edit distance is at least the longer length less
 * the letters in common, and a pair below `NEAR` by that bound is below it by `similarity` too. The pairs and their
 * order are those of comparing every pair.
 */
export function nearPairs(dropped: readonly InnovationResult[], added: readonly InnovationResult[]): [InnovationResult, InnovationResult][] {
  const keys = (xs: readonly InnovationResult[]) => xs.map((x) => {
    const name = joined(x.name);
    return { name, letters: lettersOf(name), agency: joined(x.agency) };
  });
  const B = keys(dropped);
  const A = keys(added);
  const byLength: number[][] = [];
  A.forEach((a, j) => (byLength[a.name.length] ??= []).push(j));
  const scored: { i: number; j: number; s: number }[] = [];
  B.forEach((b, i) => {
    const l = b.name.length;
    byLength.forEach((js, m) => {
      const n = Math.max(l, m);
      // similarity's length test, as it computes it
      if (n === 0 || 1 - Math.abs(l - m) / n < NEAR) return;
      for (const j of js) {
        const a = A[j]!;
        if (1 - (n - common(b.letters, a.letters)) / n < NEAR) continue;
        const name = similarity(b.name, a.name, NEAR);
        if (name < NEAR) continue;
        // one agency (or a typo apart): the name's closeness; the same name elsewhere: moved, or the agency renamed
        const agency = similarity(b.agency, a.agency, NEAR);
        if (agency >= NEAR || name === 1) scored.push({ i, j, s: name + (agency >= NEAR ? agency : 0) });
      }
    });
  });
  const usedB = new Set<number>();
  const usedA = new Set<number>();
  const out: [InnovationResult, InnovationResult][] = [];
  for (const x of scored.sort((p, q) => q.s - p.s || p.i - q.i || p.j - q.j)) {
    if (usedB.has(x.i) || usedA.has(x.j)) continue;
    usedB.add(x.i); usedA.add(x.j);
    out.push([dropped[x.i]!, added[x.j]!]);
  }
  return out;
}

/** A key's UTF-16 code units (as `similarity` compares them), sorted. */
function lettersOf(key: string): Uint16Array {
  const out = new Uint16Array(key.length);
  for (let k = 0; k < key.length; k++) out[k] = key.charCodeAt(k);
  return out.sort();
}

/** How many letters two keys have in common, each letter counted as often as both have it (sorted by `lettersOf`). */
function common(x: Uint16Array, y: Uint16Array): number {
  let p = 0;
  let q = 0;
  let same = 0;
  while (p < x.length && q < y.length) {
    if (x[p] === y[q]) { same++; p++; q++; }
    else if (x[p]! < y[q]!) p++;
    else q++;
  }
  return same;
}

function editionRef(e: Edition): EditionRef {
  return { id: e.id, year: e.year, caveat: e.caveat ?? null };
}

function indicators(b: RegionProjection, a: RegionProjection, pair: (b: number | null, a: number | null) => YearPair): YearComparison["indicators"] {
  const before = new Map(b.breakdown.map((x) => [x.indicatorId, x]));
  const after = new Map(a.breakdown.map((x) => [x.indicatorId, x]));
  const ids = [...a.breakdown.map((x) => x.indicatorId), ...b.breakdown.map((x) => x.indicatorId).filter((id) => !after.has(id))];
  return ids.map((id) => {
    const x = after.get(id);
    const y = before.get(id);
    const any = (x ?? y)!;
    return { indicatorId: id, aspect: any.aspect, name: any.name, points: pair(y?.contribution ?? null, x?.contribution ?? null), inBefore: y !== undefined, inAfter: x !== undefined };
  });
}

function inNeither(b: YearScore, a: YearScore): string[] {
  const produced = new Set([...producers(b), ...producers(a)].map(normaliseText));
  const out = new Map<string, string>();
  for (const name of [...without(b), ...without(a)]) {
    const key = normaliseText(name);
    if (!produced.has(key) && !out.has(key)) out.set(key, name);
  }
  return [...out.values()];
}

/** The year's agencies without an innovation: of its rules' year given the input, else of any year. */
function without({ result, input }: YearScore): string[] {
  return input ? agenciesWithoutInYear(input, result.compliance) : result.compliance.agenciesWithout;
}

/** The agencies the year's innovations name: those of its rules' year given the input (as {@link without}), else all. */
function producers({ result, input }: YearScore): string[] {
  if (!input) return result.innovations.map((i) => i.agency);
  const year = agenciesWithoutYear(input.region, result.compliance);
  return input.innovations.filter((inv) => (inv.year ?? input.region.year) === year).map((inv) => inv.agency);
}
