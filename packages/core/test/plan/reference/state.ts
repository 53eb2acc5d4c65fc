import type { Innovation, RegionInput } from "../../../src/input/schemas.js";
import type { Edition } from "../../../src/model/edition.js";
import { roundHalfUp } from "../../../src/engine/_round.js";
import { scoreInnovation } from "../../../src/engine/innovation.js";
import { predicateFor } from "../../../src/engine/predicate.js";
import type { InnovationResult, PredicateResult, ProjectionName } from "../../../src/engine/result.js";
import { scoreSid } from "../../../src/engine/sid.js";
import { scoreSpd, type SpdPart } from "../../../src/engine/spd.js";
import { yandasCoverage } from "../../../src/engine/yandas.js";
import { applyEdit } from "../../../src/plan/apply.js";
import type { Edit } from "../../../src/plan/types.js";

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

/**
 * A region input being planned, with every innovation scored once (by the engine's `scoreInnovation`) and the region
 * aggregate recomputed from those results by the engine's own `scoreSid`, `scoreSpd` and `yandasCoverage` — the same
 * functions `scoreRegion` calls, in the same order, so `standing` equals what `scoreRegion` reports, to the bit.
 * `origin[j]` is the position in the planned input of the innovation now at `j` (null for an added one).
 * Immutable: `after(edits)` returns a new state and re-scores only what the edits touched.
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
    /** The planned input's count of innovations (an added one is at `base` + its order among the added). */
    readonly base: number = origin.length - added,
  ) {
    this.standing = measure(this);
  }

  static start(input: RegionInput, edition: Edition, projection: ProjectionName): PlanState {
    const results = input.innovations.map((inv, i) => scoreInnovation(inv, edition, i));
    return new PlanState(edition, projection, input, results, scoreSpd(input, edition)[projection], input.innovations.map((_, i) => i), 0);
  }

  /** The state after `edits`: touched innovations re-scored, added ones scored, removed ones dropped. */
  after(edits: Edit[]): PlanState {
    let input = this.input;
    const results: (InnovationResult | null)[] = this.results.slice();
    const origin = this.origin.slice();
    let spdChanged = false;
    let added = this.added;
    for (const e of edits) {
      input = applyEdit(input, e);
      if (e.op === "set_answer" && e.scope === "spd") spdChanged = true;
      else if (e.op === "add_innovation") {
        results.push(null);
        origin.push(null);
        added++;
      } else if (e.op === "remove_innovation") {
        results.splice(e.at, 1);
        origin.splice(e.at, 1);
      } else results[e.at] = null; // re-scored below, once however many edits touch it
    }
    const scored = results.map((r, i) => r ?? scoreInnovation(input.innovations[i]!, this.edition, i));
    const spd = spdChanged ? scoreSpd(input, this.edition)[this.projection] : this.spdPart;
    return new PlanState(this.edition, this.projection, input, scored, spd, origin, added, this.base);
  }

  /** The innovations that count in the projection, in input order. */
  counted(): Innovation[] {
    return this.input.innovations.filter((_, i) => this.results[i]![this.projection].counted);
  }
}

function measure(s: PlanState): Standing {
  const { edition, projection } = s;
  const yandas = yandasCoverage(s.counted(), edition);
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
  /** Innovations added, each counting with `total`. */
  add?: { innovation: Innovation; total: number | null }[];
  /** New SPD score. */
  spd?: number | null;
  /** Added to Σ counted innovation scores, for changes on several counted innovations that leave them counted. */
  deltaSum?: number;
}

/**
 * The unrounded index after an effect, for ranking candidates: SID = Σ / MAX(floor, n) + perInnovation ×
 * MIN(count, cap) (count: the counted innovations, or n when the edition's `formula.jumlahInovasi.countOf` is "n"; 0
 * when yandas is required and fails), as `scoreSid`; yandas re-checked with `yandasCoverage`
 * only when the counted set changes. The step finally taken is re-scored exactly by `after`.
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
    counted++;
    n++;
    if (sum !== null) sum = a.total === null ? null : sum + a.total;
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
  let jumlah: number | null = per * Math.min(f.jumlahInovasi.countOf === "n" ? n : counted, cap);
  if (f.jumlahInovasi.requiresYandas) jumlah = yandasMet === null ? null : yandasMet ? jumlah : 0;
  if (jumlah === null) return null;
  return exactIndex(spd + fromIndicators + jumlah, s.input.region.reported, edition);
}
