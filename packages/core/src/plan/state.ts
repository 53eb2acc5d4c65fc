import type { Innovation, RegionInput } from "../input/schemas.js";
import type { Edition } from "../model/edition.js";
import { roundHalfUp } from "../engine/_round.js";
import { scoreInnovation } from "../engine/innovation.js";
import { predicateFor } from "../engine/predicate.js";
import type { InnovationResult, PredicateResult, ProjectionName, RegionResult } from "../engine/result.js";
import { scoreSid } from "../engine/sid.js";
import { scoreSpd, type SpdPart } from "../engine/spd.js";
import { yandasCoverage } from "../engine/yandas.js";
import { check, cloneInnovation, editedInnovation, editedSpd } from "./apply.js";
import type { Edit } from "./types.js";

/** The region today, scored exactly as `scoreRegion` scores it, in one projection. */
export interface Standing {
  /** Unrounded index (null when the edition lacks a number it needs). */
  exact: number | null;
  /** Rounded as the edition reports it. */
  index: number | null;
  predicate: PredicateResult | null;
  /** Σ counted innovation scores, counted innovations, n (divisor count), SPD score, yandas met. */
  sum: number | null;
  counted: number;
  n: number;
  spd: number | null;
  yandasMet: boolean | null;
}

/** What `advance` changed, to put back (see its `undo`). */
type Entry =
  | { op: "spd"; answers: RegionInput["spdAnswers"] }
  | { op: "set"; at: number; inv: Innovation; result: InnovationResult | null }
  | { op: "add" }
  | { op: "remove"; at: number; inv: Innovation; result: InnovationResult | null; origin: number | null };

/** The planner's own input: its innovation list and SPD answers are changed in place by `advance`. */
type Owned = Omit<RegionInput, "innovations" | "spdAnswers"> & { innovations: Innovation[]; spdAnswers: RegionInput["spdAnswers"] };

/**
 * A region input being planned, with every innovation scored once (by the engine's `scoreInnovation`) and the region
 * aggregate recomputed from those results by the engine's own `scoreSid`, `scoreSpd` and `yandasCoverage` — the same
 * functions `scoreRegion` calls, in the same order, so `standing` equals what `scoreRegion` reports, to the bit.
 * `origin[j]` is the position in the planned input of the innovation now at `j` (null for an added one).
 * `after(edits)` returns a new state and leaves this one as it is (it copies the lists of n); `advance(s, edits)` changes
 * the lists in place (a step of a 50,000-innovation plan then copies nothing of n) and gives an `undo`: until it is
 * called, or for good when it is not, this state's lists are the new state's. Either re-scores only what the edits
 * touched.
 */
export class PlanState {
  readonly standing: Standing;

  constructor(
    readonly edition: Edition,
    readonly projection: ProjectionName,
    readonly input: RegionInput,
    readonly results: InnovationResult[],
    readonly spdPart: SpdPart,
    readonly origin: (number | null)[],
    readonly added: number,
    /** Whether yandas is met, when the caller knows the counted innovations' urusan are as in a state already measured. */
    yandasMet?: boolean | null,
    /** How many innovations the planned input had: an added one's place in the list of all is this + its order among the added. */
    readonly base: number = origin.length - added,
  ) {
    this.standing = measure(this, yandasMet);
  }

  /**
   * The input as it stands: every innovation scored, or, with `scored` (`scoreRegion(input, edition)`), its innovation
   * results and SPD part taken as they are (the same values: `scoreRegion` scores each innovation as `scoreInnovation`).
   * The lists are the state's own copies: the caller's input and result are never changed.
   */
  static start(input: RegionInput, edition: Edition, projection: ProjectionName, scored?: RegionResult): PlanState {
    const own: Owned = { ...input, innovations: input.innovations.slice() };
    const origin = input.innovations.map((_, i) => i);
    if (scored) {
      sameRegion(input, edition, scored);
      return new PlanState(edition, projection, own, scored.innovations.slice(), scored[projection].spd, origin, 0, undefined, origin.length);
    }
    const results = input.innovations.map((inv, i) => scoreInnovation(inv, edition, i));
    return new PlanState(edition, projection, own, results, scoreSpd(input, edition)[projection], origin, 0, undefined, origin.length);
  }

  /** The state after `edits`: touched innovations re-scored, added ones scored, removed ones dropped. This state is unchanged. */
  after(edits: Edit[]): PlanState {
    const input: Owned = { ...this.input, innovations: this.input.innovations.slice() };
    return applyEdits(this, input, this.results.slice(), this.origin.slice(), edits, undefined);
  }

  /** The innovations that count in the projection, in input order. */
  counted(): Innovation[] {
    return this.input.innovations.filter((_, i) => this.results[i]![this.projection].counted);
  }
}

/**
 * Where the innovation at `j` is in the list of the planned input's innovations and the plan's added ones after them:
 * its position in the planned input (`origin`), or for one the plan adds, the input's count + its order among those
 * added (they are the last of the list, in the order added: only innovations of the input are withheld).
 */
export function placeOf(s: PlanState, j: number): number {
  return s.origin[j] ?? s.base + j - (s.origin.length - s.added);
}

/**
 * The state after `edits`, made by changing `s`'s lists in place; `undo()` puts them back and gives `s` again. Read
 * nothing of `s` but its `standing` until then (its lists are the new state's).
 */
export function advance(s: PlanState, edits: Edit[]): { next: PlanState; undo: () => PlanState } {
  const journal: Entry[] = [];
  const input = s.input as Owned;
  const results: (InnovationResult | null)[] = s.results;
  const origin = s.origin;
  const next = applyEdits(s, input, results, origin, edits, journal);
  const undo = () => {
    for (let k = journal.length - 1; k >= 0; k--) {
      const x = journal[k]!;
      if (x.op === "spd") input.spdAnswers = x.answers;
      else if (x.op === "set") {
        input.innovations[x.at] = x.inv;
        results[x.at] = x.result;
      } else if (x.op === "add") {
        input.innovations.pop();
        results.pop();
        origin.pop();
      } else {
        input.innovations.splice(x.at, 0, x.inv);
        results.splice(x.at, 0, x.result);
        origin.splice(x.at, 0, x.origin);
      }
    }
    journal.length = 0;
    return s;
  };
  return { next, undo };
}

function applyEdits(s: PlanState, input: Owned, results: (InnovationResult | null)[], origin: (number | null)[], edits: Edit[], journal: Entry[] | undefined): PlanState {
  const { edition, projection } = s;
  let spdChanged = false;
  let added = s.added;
  // yandas coverage (urusan of the counted innovations; edits never change an urusan) is the same when what counts is,
  // and stays met when nothing that counted stops counting
  let grows = false;
  let shrinks = false;
  let removes = false;
  const touched: number[] = [];
  /** Whether a touched innovation counted before the edits (undefined: one they added). */
  const was = new Map<number, boolean | undefined>();
  for (const e of edits) {
    if (e.op === "set_answer" && e.scope === "spd") {
      journal?.push({ op: "spd", answers: input.spdAnswers });
      input.spdAnswers = editedSpd(input.spdAnswers, e);
      spdChanged = true;
    } else if (e.op === "add_innovation") {
      journal?.push({ op: "add" });
      input.innovations.push(cloneInnovation(e.innovation));
      grows = true;
      results.push(null);
      origin.push(null);
      added++;
    } else if (e.op === "remove_innovation") {
      check(input, e.at);
      const [inv] = input.innovations.splice(e.at, 1);
      const [gone] = results.splice(e.at, 1);
      const [o] = origin.splice(e.at, 1);
      journal?.push({ op: "remove", at: e.at, inv: inv!, result: gone ?? null, origin: o ?? null });
      if (!gone || gone[projection].counted) shrinks = true;
      removes = true;
    } else {
      check(input, e.at);
      const prev = results[e.at] ?? null;
      journal?.push({ op: "set", at: e.at, inv: input.innovations[e.at]!, result: prev });
      if (!was.has(e.at)) was.set(e.at, prev?.[projection].counted);
      input.innovations[e.at] = editedInnovation(input.innovations[e.at]!, e);
      results[e.at] = null; // re-scored below, once however many edits touch it
      touched.push(e.at);
    }
  }
  for (let i = 0; i < results.length; i++) if (results[i] === null) results[i] = scoreInnovation(input.innovations[i]!, edition, i);
  const scored = results as InnovationResult[];
  const spd = spdChanged ? scoreSpd(input, edition)[projection] : s.spdPart;
  if (touched.length > 0 && removes) shrinks = true; // positions moved: do not tell
  for (const j of touched) {
    const wasCounted = was.get(j);
    const is = scored[j]![projection].counted;
    if (wasCounted === undefined || (wasCounted && !is)) shrinks = true;
    else if (!wasCounted && is) grows = true;
  }
  const met = s.standing.yandasMet;
  const known = shrinks ? undefined : !grows ? met : met === true ? true : undefined;
  return new PlanState(edition, projection, input, scored, spd, origin, added, known, s.base);
}

/** A result given to the planner must be the region's own: the same edition and innovations (a caller's mistake otherwise). */
export function sameRegion(input: RegionInput, edition: Edition, scored: RegionResult): void {
  const n = input.innovations.length;
  if (scored.edition.id !== edition.id || scored.innovations.length !== n || (n > 0 && scored.innovations[n - 1]!.name !== input.innovations[n - 1]!.name)) {
    throw new RangeError(
      `planRegion: the result given (edition ${scored.edition.id}, ${scored.innovations.length} innovations) is not this input's (edition ${edition.id}, ${n} innovations): pass scoreRegion(input, edition) of the same input`,
    );
  }
}

function measure(s: PlanState, knownYandas: boolean | null | undefined): Standing {
  const { edition, projection } = s;
  const yandas = { met: knownYandas !== undefined ? knownYandas : yandasCoverage(s.counted(), edition).met };
  const sid = scoreSid(s.results, projection, yandas.met, edition);
  const spd = s.spdPart.score;
  const exact = exactIndex(spd === null || sid.score === null ? null : spd + sid.score, s.input.region.reported, edition);
  return {
    exact,
    index: exact === null ? null : roundHalfUp(exact, edition.formula.rounding.decimals),
    predicate: exact === null ? null : predicateFor(exact, edition),
    sum: sid.innovationSum,
    counted: sid.counted,
    n: sid.n,
    spd,
    yandasMet: yandas.met,
  };
}

/** As `scoreRegion` computes it: 0 when the region did not report, else total / maxTotal × 100. */
export function exactIndex(total: number | null, reported: boolean, edition: Edition): number | null {
  if (!reported) return 0;
  const maxTotal = edition.formula.maxTotal.value;
  if (total === null || maxTotal === null || maxTotal <= 0) return null;
  return (total / maxTotal) * 100;
}

/** What one candidate changes, for ranking: the aggregate's parts after it. */
export interface Effect {
  /** The innovation the candidate changes gets `total` / `counted`, or is removed. */
  total?: number | null;
  counted?: boolean;
  remove?: boolean;
  /** Innovations added, each counting with `total` (`times` copies of it: 1 unless given). */
  add?: { innovation: Innovation; total: number | null; times?: number }[];
  /** New SPD score. */
  spd?: number | null;
  /** Added to Σ counted innovation scores, for changes on several counted innovations that leave them counted. */
  deltaSum?: number;
}

/**
 * The count the skor jumlah inovasi takes, by `formula.jumlahInovasi.countOf` (as `sidFrom` takes it): the innovations
 * `counted` in the projection (unset or "counted"), or the divisor's `n` ("n": every innovation reported when
 * `rejectedCountInDivisor`, so a withheld one lowers it and an ineligible one made eligible does not raise it).
 */
export function jumlahCount(counted: number, n: number, edition: Edition): number {
  return edition.formula.jumlahInovasi.countOf === "n" ? n : counted;
}

/**
 * The unrounded index after an effect, for ranking candidates: SID = Σ / MAX(floor, n) + perInnovation ×
 * MIN(count, cap) (count: `jumlahCount`; 0 when yandas is required and fails), as `scoreSid`; yandas re-checked with
 * `yandasCoverage` only when the counted set changes. The step finally taken is re-scored exactly by `after`.
 */
export function quickIndex(s: PlanState, e: Effect, at: number | undefined): number | null {
  const { edition, projection, standing: st } = s;
  const f = edition.formula;
  let sum = st.sum;
  let counted = st.counted;
  let n = st.n;
  let countedSetChanges = false;
  if (at !== undefined) {
    const now = s.results[at]![projection];
    const wasCounted = now.counted;
    if (wasCounted && sum !== null) sum = now.total === null ? null : sum - now.total;
    if (wasCounted) counted--;
    if (e.remove) {
      if (wasCounted || f.rejectedCountInDivisor.value) n--;
      if (wasCounted) countedSetChanges = true;
    } else {
      const c = e.counted ?? wasCounted;
      if (c) {
        counted++;
        if (sum !== null) sum = e.total === undefined || e.total === null ? null : sum + e.total;
      }
      if (c !== wasCounted) {
        countedSetChanges = true;
        if (!f.rejectedCountInDivisor.value) n += c ? 1 : -1;
      }
    }
  }
  if (e.deltaSum !== undefined && sum !== null) sum += e.deltaSum;
  for (const a of e.add ?? []) {
    const k = a.times ?? 1;
    counted += k;
    n += k;
    if (sum !== null) sum = a.total === null ? null : sum + a.total * k;
    countedSetChanges = true;
  }
  let yandasMet = st.yandasMet;
  // only an innovation that starts or stops counting can change coverage; one more counted cannot un-meet a met rule
  const onlyMore = !e.remove && (at === undefined || e.counted !== false);
  if (countedSetChanges && f.jumlahInovasi.requiresYandas && !(onlyMore && yandasMet === true)) {
    const list = s.input.innovations.filter((_, i) => {
      if (i !== at) return s.results[i]![projection].counted;
      return !e.remove && (e.counted ?? s.results[i]![projection].counted);
    });
    yandasMet = yandasCoverage([...list, ...(e.add ?? []).map((a) => a.innovation)], edition).met;
  }
  const spd = e.spd !== undefined ? e.spd : st.spd;
  const floor = f.sidDivisorFloor.value;
  const per = f.jumlahInovasi.perInnovation.value;
  const cap = f.jumlahInovasi.countCap.value;
  if (sum === null || floor === null || per === null || cap === null || spd === null) return null;
  const divisor = Math.max(floor, n);
  const fromIndicators = divisor === 0 ? 0 : sum / divisor;
  let jumlah: number | null = per * Math.min(jumlahCount(counted, n, edition), cap);
  if (f.jumlahInovasi.requiresYandas) jumlah = yandasMet === null ? null : yandasMet ? jumlah : 0;
  if (jumlah === null) return null;
  return exactIndex(spd + fromIndicators + jumlah, s.input.region.reported, edition);
}
