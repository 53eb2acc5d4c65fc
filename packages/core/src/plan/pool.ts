import { type Candidate, otherCandidates } from "./candidates.js";
import { highestTier } from "../model/maxima.js";
import { innovationCandidates } from "./on-innovation.js";
import { type EffortTable, leastEffort } from "./efforts.js";
import { type PlanState, placeOf, quickIndex } from "./state.js";
import type { TemplateOf } from "./template.js";
import type { NewSeats } from "./urusan.js";
import type { Edit } from "./types.js";
import { type KeepBase, Keeps } from "./keep.js";

/** Gains at or below this (index points) are float noise, not progress. */
export const NOISE = 1e-9;
/** Absolute float error an index gain can carry (the index is at most 100; its float error is below 1e-13). */
const ERR = 1e-11;

/** Where a candidate sits in the list the plan ranks (innovation position, then its place among that one's). */
interface Slot {
  c: Candidate;
  /** The innovation's position in the planned input: it keeps its place in the list when ones before it are withheld. */
  origin: number;
  order: number;
  live: boolean;
}

/**
 * The candidates of the state being planned, kept between steps and indexed for ranking (see {@link pick}):
 * - the simple steps (evidence or tier up on a counted innovation, which gain `delta` / divisor) sorted by
 *   `delta / effort`, best first;
 * - the count and withhold steps on uncounted innovations grouped by what decides their gain (kind, effort, the score
 *   and counting after the fix), each group in list order;
 * - SPD rows and new innovations, listed again at every step (a few).
 * After a step only the innovations its edits touched get new candidates (replaced ones are marked, and skipped); a
 * withheld innovation moves the ones after it up, and everything is indexed again then.
 */
export class Pool {
  private perInnovation: Slot[][] = [];
  private simples: Slot[] = [];
  private groups = new Map<string, Slot[]>();
  private others: Candidate[] = [];
  /**
   * The ranking gains `pick` worked out for the state `gainsOf` when it ranked only some candidates (read by
   * {@link cheapestReaching} in that state; when `pick` ranks every candidate it records none).
   */
  readonly gains = new Map<Candidate, number | undefined>();
  gainsOf: PlanState | undefined;

  constructor(
    s: PlanState,
    private readonly efforts: EffortTable,
    /** The expected new innovation in each state (it follows the median as the plan raises the region's innovations). */
    private readonly template: TemplateOf,
    private readonly maxNew: number | null,
    private readonly owing: NewSeats,
    /** The region's compliance rules and targets (null: none): no withhold leaves them owing more (see {@link Keeps}). */
    private readonly keepBase: KeepBase | null = null,
  ) {
    this.rebuild(s);
  }

  readonly minEffort = (): number => leastEffort(this.efforts);

  private keeps: Keeps | null = null;

  private rebuild(s: PlanState) {
    this.keeps = this.keepBase ? Keeps.of(s, this.keepBase) : null;
    this.perInnovation = [];
    this.simples = [];
    this.groups = new Map();
    for (let j = 0; j < s.results.length; j++) this.perInnovation.push(this.slots(s, j));
    for (const list of this.perInnovation) {
      for (const x of list) {
        if (x.c.delta !== undefined) this.simples.push(x);
        else this.group(x.c).push(x);
      }
    }
    this.simples.sort(bySimple);
    this.others = otherCandidates(s, this.efforts, this.template, this.maxNew, this.owing);
  }

  private slots(s: PlanState, j: number): Slot[] {
    const origin = placeOf(s, j);
    return innovationCandidates(s, j, this.efforts, this.keeps).map((c, order) => ({ c, origin, order, live: true }));
  }

  private group(c: Candidate): Slot[] {
    const e = c.effect;
    const key = c.kind === "withhold" ? `w/${c.effort}` : `${c.kind}/${c.effort}/${e.total}/${e.counted}/${c.kind === "count" ? "" : c.at}`;
    let g = this.groups.get(key);
    if (!g) this.groups.set(key, (g = []));
    return g;
  }

  update(s: PlanState, edits: Edit[]) {
    const touched = new Set<number>();
    for (const e of edits) {
      if (e.op === "add_innovation") {
        touched.add(this.perInnovation.length); // raised like the others (innovationCandidates)
        this.perInnovation.push([]);
        this.keeps?.add(e.innovation);
      } else if (e.op === "remove_innovation") {
        if (touched.size > 0) return this.rebuild(s);
        this.keeps?.remove(e.at);
        for (const x of this.perInnovation.splice(e.at, 1)[0] ?? []) x.live = false;
        // the ones after it move up: the sorted index keeps its order (it sorts by place in the planned input)
        for (let j = e.at; j < this.perInnovation.length; j++) for (const x of this.perInnovation[j]!) x.c.at = j;
      } else if (e.op === "set_fields" || (e.op === "set_answer" && e.scope === "innovation")) touched.add(e.at);
    }
    // a count step can move an innovation's stage, which a rule's counted stages read
    for (const j of touched) this.keeps?.replace(j, s.input.innovations[j]!);
    const changed = this.keeps?.changed();
    if (changed && (changed.all || changed.agencies.size > 0)) {
      // an innovation added, withheld or moved to a counted stage changes what the region's compliance needs kept: the
      // innovations (of the agencies whose counts moved, or all when a target passed its count) whose withhold step
      // comes or goes are listed again
      const keeps = this.keeps!;
      const agencyOf = keeps.agencies();
      const one = changed.agencies.size === 1 ? [...changed.agencies][0]! : undefined;
      for (let j = 0; j < this.perInnovation.length; j++) {
        if (!changed.all && (one !== undefined ? agencyOf[j] !== one : !changed.agencies.has(agencyOf[j]!))) continue;
        const has = this.perInnovation[j]!.some((x) => x.c.kind === "withhold");
        const may = s.edition.formula.rejectedCountInDivisor.value === true && s.origin[j] !== null && !s.results[j]![s.projection].counted && !keeps.keeps(j, s.input.innovations[j]!);
        if (has !== may) touched.add(j);
      }
    }
    for (const j of touched) {
      for (const x of this.perInnovation[j]!) x.live = false;
      const list = this.slots(s, j);
      this.perInnovation[j] = list;
      for (const x of list) {
        if (x.c.delta !== undefined) insert(this.simples, x, bySimple);
        else insert(this.group(x.c), x, byPosition);
      }
    }
    this.others = otherCandidates(s, this.efforts, this.template, this.maxNew, this.owing);
  }

  /**
   * Every candidate that might reach `need` (index points over the state's) on its own and be the cheapest to, each
   * with its order among its innovation's, for {@link cheapestReaching}: of the simple steps, the one of largest delta
   * per effort value when its estimated gain comes within {@link reachSlack} of `need`; one member per count or withhold group when
   * the members' gains are the same to the bit (all members otherwise); SPD rows and new innovations.
   */
  eachCandidate(s: PlanState, dead: Set<Candidate>, need: number, f: (c: Candidate, order: number) => void) {
    const f0 = s.edition.formula;
    const { n } = s.standing;
    const floor = f0.sidDivisorFloor.value;
    const maxTotal = f0.maxTotal.value;
    const divisor = floor === null ? 0 : Math.max(floor, n);
    const perPoint = maxTotal === null || !(maxTotal > 0) || !(divisor > 0) ? null : 100 / maxTotal / divisor;
    // a simple step gains delta × perPoint: of those of one effort, only the largest delta (the first listed on a tie)
    // can be the cheapest to reach the target
    // (a plain loop over every simple step, once per planned step: at 50,000 innovations no map or set per element)
    const largest: Slot[] = [];
    const anyDead = dead.size > 0;
    // no simple step can add more than the largest weight × top tier: when that is short of `need`, none is looked at
    const slack = reachSlack(s.edition);
    const simples = perPoint !== null && maxSimpleDelta(s.edition) * perPoint < need - slack ? [] : this.simples;
    for (let i = 0; i < simples.length; i++) {
      const x = simples[i]!;
      if (!x.live || (anyDead && dead.has(x.c))) continue;
      const effort = x.c.effort;
      let k = 0;
      while (k < largest.length && largest[k]!.c.effort !== effort) k++;
      const top = largest[k];
      if (!top) largest.push(x);
      else if (x.c.delta! > top.c.delta! || (x.c.delta === top.c.delta && (x.origin < top.origin || (x.origin === top.origin && x.order < top.order)))) largest[k] = x;
    }
    for (const x of largest) {
      if (perPoint !== null && x.c.delta! * perPoint < need - slack) continue;
      f(x.c, x.order);
    }
    const yandasFixed = !f0.jumlahInovasi.requiresYandas || s.standing.yandasMet === true;
    for (const g of this.groups.values()) {
      const alike = yandasFixed || g[0]!.c.kind === "withhold";
      for (const x of g) {
        if (!x.live || dead.has(x.c)) continue;
        f(x.c, x.order);
        if (alike) break;
      }
    }
    this.others.forEach((c, order) => f(c, order));
  }

  /** Every candidate in the order the plan ranks them: innovations in input order, then SPD rows, then new ones. */
  list(): Candidate[] {
    const out: Candidate[] = [];
    this.perInnovation.forEach((list, j) => {
      for (const x of list) {
        x.c.at = j;
        out.push(x.c);
      }
    });
    out.push(...this.others);
    return out;
  }

  /**
   * The candidate with the best gain per effort (then the larger gain, then the first listed); none when nothing
   * gains — what {@link pickAmong} gives on {@link list}, without ranking most candidates:
   * - a simple step's gain per effort is `delta / effort` × (index points per score point) up to float error, so those
   *   clearly below the best (by a margin ten times that error and far above the 1e-12 tie tolerance, and no candidate
   *   in the band between) can never be picked nor change which is;
   * - the members of a count or withhold group have the same gain to the bit (the same arithmetic on the same numbers,
   *   when the yandas rule is not re-checked for them), so after the first one the others can never be picked nor
   *   change which is, unless another candidate's gain per effort is within 1e-9 of theirs (then everything is ranked).
   * The rest are ranked as before, in list order. When a margin cannot be shown, every candidate is ranked. `most`:
   * candidates of more effort are left out (what a search within a budget can still afford).
   */
  pick(s: PlanState, dead: Set<Candidate>, most = Infinity): Candidate | undefined {
    this.gains.clear();
    this.gainsOf = s;
    const full = () => pickAmong(s, this.list(), dead, undefined, most);
    const now = s.standing.exact!;
    const f = s.edition.formula;
    const { sum, n, spd } = s.standing;
    const floor = f.sidDivisorFloor.value;
    const maxTotal = f.maxTotal.value;
    const divisor = floor === null ? 0 : Math.max(floor, n);
    const minEffort = this.minEffort();
    if (sum === null || spd === null || maxTotal === null || !(maxTotal > 0) || !(divisor > 0) || !s.input.region.reported || !(minEffort > 0)) return full();
    const perPoint = 100 / maxTotal / divisor;
    const yandasFixed = !f.jumlahInovasi.requiresYandas || s.standing.yandasMet === true;
    const usable = (x: Slot) => x.live && !dead.has(x.c) && x.c.effort <= most;
    const gainOf = (c: Candidate) => {
      const after = quickIndex(s, c.effect, c.at);
      const gain = after === null ? undefined : after - now;
      this.gains.set(c, gain);
      return gain;
    };
    // the exactly ranked candidates, with their gains: group representatives (or every member), SPD and new ones
    const ranked: { c: Candidate; order: number; gain: number | undefined; members: number }[] = [];
    for (const g of this.groups.values()) {
      const alike = yandasFixed || g[0]!.c.kind === "withhold";
      let first: Slot | undefined;
      let members = 0;
      for (const x of g) {
        if (!usable(x)) continue;
        if (!alike) ranked.push({ c: x.c, order: x.order, gain: gainOf(x.c), members: 1 });
        else if (!first) first = x;
        else {
          members = 2; // more than one is all that matters
          break;
        }
      }
      if (first && members === 0) members = 1;
      if (alike && first) ranked.push({ c: first.c, order: first.order, gain: gainOf(first.c), members });
    }
    this.others.forEach((c, order) => {
      if (!dead.has(c) && c.effort <= most) ranked.push({ c, order, gain: gainOf(c), members: 1 });
    });
    let best = 0;
    for (const r of ranked) if (r.gain !== undefined && r.gain > NOISE && r.gain / r.c.effort > best) best = r.gain / r.c.effort;
    let top: Slot | undefined;
    for (const x of this.simples) {
      if (usable(x)) {
        top = x;
        break;
      }
    }
    if (top) best = Math.max(best, (top.c.delta! * perPoint) / top.c.effort);
    if (!(best > 0)) return full();
    const margin = Math.max(1e-9, (10 * ERR) / (best * minEffort));
    if (margin > 1e-2) return full();
    const high = best * (1 - margin);
    const low = best * (1 - 3 * margin);
    for (const x of this.simples) {
      if (!usable(x)) continue;
      const estimate = (x.c.delta! * perPoint) / x.c.effort;
      if (estimate < low) break;
      if (estimate < high) return full();
      ranked.push({ c: x.c, order: x.order, gain: gainOf(x.c), members: 1 });
    }
    for (const r of ranked) {
      if (r.gain === undefined || !(r.gain > NOISE)) continue;
      const ratio = r.gain / r.c.effort;
      if (ratio < high && ratio >= low) return full();
    }
    // a group stands for its members only when no other candidate's ratio is near theirs without being the same (below
    // the band the group cannot matter at all: any candidate above it replaces them and they never replace it)
    const byRatio = ranked.filter((r) => r.gain !== undefined && r.gain > NOISE).map((r) => ({ r, ratio: r.gain! / r.c.effort }));
    byRatio.sort((a, b) => a.ratio - b.ratio);
    for (const { r, ratio } of byRatio) {
      if (r.members <= 1 || ratio < high) continue;
      let lo = 0;
      let hi = byRatio.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (byRatio[mid]!.ratio < ratio * (1 - 1e-9)) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < byRatio.length && byRatio[k]!.ratio <= ratio * (1 + 1e-9); k++) {
        const q = byRatio[k]!;
        if (q.r !== r && !(q.ratio === ratio && q.r.gain === r.gain)) return full();
      }
    }
    // list order: innovations by position and their own order, then SPD and new ones as listed
    ranked.sort((a, b) => (a.c.at ?? Infinity) - (b.c.at ?? Infinity) || a.order - b.order);
    const picked = pickAmong(s, ranked.map((r) => r.c), dead, new Map(ranked.map((r) => [r.c, r.gain])), most);
    return picked ?? full();
  }
}

/**
 * The cheapest candidate that reaches the target on its own (by its ranking index: `reach` is asked of the index after
 * it), then the larger gain, then the first listed; none when no single candidate reaches it. A simple step is ranked
 * only when its estimated gain comes within {@link reachSlack} of what is still needed (the target is a rounded index); a group's
 * members share their gain when yandas is not re-checked for them, as in {@link Pool.pick}.
 */
export function cheapestReaching(pool: Pool, s: PlanState, dead: Set<Candidate>, reach: (exact: number) => boolean, need: number): Candidate | undefined {
  const now = s.standing.exact!;
  let best: Candidate | undefined;
  let bestEffort = Infinity;
  let bestGain = 0;
  let bestAt = Infinity;
  let bestOrder = Infinity;
  const cached = pool.gainsOf === s ? pool.gains : undefined;
  const slack = reachSlack(s.edition);
  const consider = (c: Candidate, order: number) => {
    if (dead.has(c) || c.effort > bestEffort) return;
    const known = cached?.has(c) ? cached.get(c) : null;
    const after = known === undefined ? null : known !== null ? now + known : quickIndex(s, c.effect, c.at);
    // a step reaching the target gains at least `need` less the rounding of the target (see reachSlack)
    if (after === null || !(after - now > NOISE) || after - now < need - slack || !reach(after)) return;
    const gain = after - now;
    const at = c.at ?? Infinity;
    const better = c.effort < bestEffort || gain > bestGain + NOISE || (Math.abs(gain - bestGain) <= NOISE && (at < bestAt || (at === bestAt && order < bestOrder)));
    if (!better) return;
    best = c;
    bestEffort = c.effort;
    bestGain = gain;
    bestAt = at;
    bestOrder = order;
  };
  pool.eachCandidate(s, dead, need, consider);
  return best;
}

/**
 * How far below a target's index a step can end and still reach it: the target is the lowest rounded index of a band
 * (up to one unit of the last reported decimal above the band's unrounded lower end) or an index reached once rounded.
 */
function reachSlack(edition: PlanState["edition"]): number {
  return Math.max(0.01, 10 ** -edition.formula.rounding.decimals) + 1e-9;
}

const maxDeltas = new WeakMap<PlanState["edition"], number>();
/** The most one evidence or tier-up step can add to an innovation's score: the largest SID weight × that indicator's top tier. */
function maxSimpleDelta(edition: PlanState["edition"]): number {
  let m = maxDeltas.get(edition);
  if (m === undefined) {
    m = 0;
    for (const ind of edition.indicators) if (ind.aspect === "SID") m = Math.max(m, (ind.weight ?? 0) * highestTier(ind));
    maxDeltas.set(edition, m);
  }
  return m;
}

function bySimple(a: Slot, b: Slot): number {
  return b.c.delta! / b.c.effort - a.c.delta! / a.c.effort || a.origin - b.origin || a.order - b.order;
}

function byPosition(a: Slot, b: Slot): number {
  return a.origin - b.origin || a.order - b.order;
}

function insert(list: Slot[], x: Slot, cmp: (a: Slot, b: Slot) => number) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cmp(list[mid]!, x) <= 0) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, x);
}

/** The candidate with the best gain per effort (then the larger gain, then the first listed), of effort at most `most`; none when nothing gains. */
export function pickAmong(s: PlanState, list: Candidate[], dead: Set<Candidate>, known?: Map<Candidate, number | undefined>, most = Infinity): Candidate | undefined {
  const now = s.standing.exact!;
  let best: Candidate | undefined;
  let bestRatio = 0;
  let bestGain = 0;
  for (const c of list) {
    if (dead.has(c) || c.effort > most) continue;
    let gain: number | undefined;
    if (known?.has(c)) gain = known.get(c);
    else {
      const after = quickIndex(s, c.effect, c.at);
      if (after === null) continue;
      gain = after - now;
    }
    if (gain === undefined || !(gain > NOISE)) continue;
    const ratio = gain / c.effort;
    if (ratio > bestRatio * (1 + 1e-12) || (Math.abs(ratio - bestRatio) <= bestRatio * 1e-12 && gain > bestGain + NOISE)) {
      best = c;
      bestRatio = ratio;
      bestGain = gain;
    }
  }
  return best;
}
