import type { Edition } from "../model/edition.js";
import { compileEdition } from "./_compiled.js";
import { evidenceAt, tierAt, type Resolved } from "./_resolved.js";
import type { IndicatorBreakdown, InnovationResult, ProjectionName, RegionProjection } from "./result.js";

export type SidPart = RegionProjection["sid"];

/**
 * SID in one projection: Σ counted innovation scores / MAX(floor, n) + skor jumlah inovasi, where n counts the
 * rejected and ineligible innovations too when `formula.rejectedCountInDivisor` is true, and
 * skor jumlah inovasi = perInnovation × MIN(count, cap), 0 when the yandas rule is required and not met; count is
 * the counted innovations, or n with `formula.jumlahInovasi.countOf: "n"`.
 * Null where the edition lacks the floor, the jumlah numbers, or an indicator weight.
 */
export function scoreSid(
  innovations: InnovationResult[],
  projection: ProjectionName,
  yandasMet: boolean | null,
  edition: Edition,
): SidPart {
  // Σ of the counted innovations' totals in innovation order; null as soon as one is null (null propagates)
  let innovationSum: number | null = 0;
  let countedN = 0;
  for (let i = 0; i < innovations.length; i++) {
    const inv = innovations[i]!;
    const p = projection === "claimed" ? inv.claimed : inv.verified; // a named read (a keyed one sees two names)
    if (!p.counted) continue;
    countedN++;
    if (innovationSum !== null) innovationSum = p.total === null ? null : innovationSum + p.total;
  }
  return sidFrom({ innovationSum, counted: countedN, all: innovations.length }, yandasMet, edition);
}

/** What SID takes from a projection's innovation results: Σ counted totals (in innovation order), counted, all. */
export interface SidTally {
  innovationSum: number | null;
  counted: number;
  all: number;
}

/** SID from a projection's tally (what `scoreSid` sums; the region scorer sums both projections in one pass). */
export function sidFrom({ innovationSum, counted, all }: SidTally, yandasMet: boolean | null, edition: Edition): SidPart {
  const { sidDivisorFloor, rejectedCountInDivisor, jumlahInovasi } = edition.formula;
  const n = rejectedCountInDivisor.value ? all : counted;
  const floor = sidDivisorFloor.value;
  const divisor = floor === null ? null : Math.max(floor, n);
  const fromIndicators = divide(innovationSum, divisor);

  const per = jumlahInovasi.perInnovation.value;
  const cap = jumlahInovasi.countCap.value;
  const max = per === null || cap === null ? null : per * cap;
  // the count by formula.jumlahInovasi.countOf (the plan's jumlahCount; written out here, where the scoring bundle is at its ceiling)
  const count = jumlahInovasi.countOf === "n" ? n : counted;
  const jumlah = jumlahScore(count, yandasMet, edition);

  return {
    innovationSum,
    counted,
    n,
    divisor,
    fromIndicators,
    jumlahInovasi: { count, score: jumlah, max, yandasMet },
    score: fromIndicators === null || jumlah === null ? null : fromIndicators + jumlah,
  };
}

/**
 * Skor jumlah inovasi for a count (the one `formula.jumlahInovasi.countOf` names: counted, or n): perInnovation ×
 * MIN(count, cap); 0 (null) when yandas is required and not met (unknown).
 */
export function jumlahScore(count: number, yandasMet: boolean | null, edition: Edition): number | null {
  const { perInnovation, countCap, requiresYandas } = edition.formula.jumlahInovasi;
  const per = perInnovation.value;
  const cap = countCap.value;
  let jumlah: number | null = per === null || cap === null ? null : per * Math.min(count, cap);
  if (requiresYandas && jumlah !== null) {
    if (yandasMet === null) jumlah = null;
    else if (!yandasMet) jumlah = 0;
  }
  return jumlah;
}

/**
 * Per SID indicator (edition order): Σ weight × scoring tier over the resolved answers of the innovations counted in
 * `projection` (in innovation order) — in the verified projection only answers whose evidence is accepted add; an
 * unknown weight adds 0. What `sidBreakdown` divides, worked out when a breakdown is read.
 */
export function sidSums(counted: readonly Resolved[], projection: ProjectionName, edition: Edition): number[] {
  const weights = compileEdition(edition).sidWeights;
  const sums = new Array<number>(weights.length).fill(0);
  const verified = projection === "verified";
  for (const a of counted) {
    for (let k = 0; k < weights.length; k++) {
      const p = weights[k]! * tierAt(a, k);
      sums[k]! += verified && evidenceAt(a, k) !== "accepted" ? 0 : p;
    }
  }
  return sums;
}

/** Per SID indicator: its sum (`sidSums`) and that sum / divisor as its share of SID. */
export function sidBreakdown(sums: readonly number[], sid: SidPart, edition: Edition): IndicatorBreakdown[] {
  return compileEdition(edition).sid.map(({ indicator, max }, k) => ({
    indicatorId: indicator.id,
    aspect: indicator.aspect,
    name: indicator.name,
    weight: indicator.weight,
    sum: sums[k]!,
    contribution: divide(sums[k]!, sid.divisor),
    maxContribution: divide(max === null ? null : max * sid.counted, sid.divisor),
  }));
}

function divide(sum: number | null, divisor: number | null): number | null {
  if (sum === null || divisor === null) return null;
  return divisor === 0 ? 0 : sum / divisor;
}
