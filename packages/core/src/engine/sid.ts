import type { Edition } from "../model/edition.js";
import { indicatorsOf, sumOrNull } from "./_edition.js";
import { indicatorMax } from "../model/maxima.js";
import type { IndicatorBreakdown, InnovationResult, ProjectionName, RegionProjection } from "./result.js";

export type SidPart = RegionProjection["sid"];

/**
 * SID in one projection: Σ counted innovation scores / MAX(floor, n) + skor jumlah inovasi, where n counts the
 * rejected and ineligible innovations too when `formula.rejectedCountInDivisor` is true, and
 * skor jumlah inovasi = perInnovation × MIN(counted, cap), 0 when the yandas rule is required and not met.
 * Null where the edition lacks the floor, the jumlah numbers, or an indicator weight.
 */
export function scoreSid(
  innovations: InnovationResult[],
  projection: ProjectionName,
  yandasMet: boolean | null,
  edition: Edition,
): SidPart {
  const { sidDivisorFloor, rejectedCountInDivisor, jumlahInovasi } = edition.formula;
  const counted = innovations.filter((i) => i[projection].counted);
  const innovationSum = sumOrNull(counted.map((i) => i[projection].total));
  const n = rejectedCountInDivisor.value ? innovations.length : counted.length;
  const floor = sidDivisorFloor.value;
  const divisor = floor === null ? null : Math.max(floor, n);
  const fromIndicators = divide(innovationSum, divisor);

  const per = jumlahInovasi.perInnovation.value;
  const cap = jumlahInovasi.countCap.value;
  const max = per === null || cap === null ? null : per * cap;
  let jumlah: number | null = per === null || cap === null ? null : per * Math.min(counted.length, cap);
  if (jumlahInovasi.requiresYandas && jumlah !== null) {
    if (yandasMet === null) jumlah = null;
    else if (!yandasMet) jumlah = 0;
  }

  return {
    innovationSum,
    counted: counted.length,
    n,
    divisor,
    fromIndicators,
    jumlahInovasi: { count: counted.length, score: jumlah, max, yandasMet },
    score: fromIndicators === null || jumlah === null ? null : fromIndicators + jumlah,
  };
}

/** Per SID indicator: Σ over counted innovations, and that sum / divisor as its share of SID. */
export function sidBreakdown(
  innovations: InnovationResult[],
  projection: ProjectionName,
  sid: SidPart,
  edition: Edition,
): IndicatorBreakdown[] {
  const counted = innovations.filter((i) => i[projection].counted);
  return indicatorsOf(edition, "SID").map((indicator) => {
    const sum = sumOrNull(
      counted.map((i) => i[projection].rows.find((r) => r.indicatorId === indicator.id)?.score ?? 0),
    );
    const top = indicatorMax(indicator);
    return {
      indicatorId: indicator.id,
      aspect: indicator.aspect,
      name: indicator.name,
      weight: indicator.weight,
      sum,
      contribution: divide(sum, sid.divisor),
      maxContribution: divide(top === null ? null : top * counted.length, sid.divisor),
    };
  });
}

function divide(sum: number | null, divisor: number | null): number | null {
  if (sum === null || divisor === null) return null;
  return divisor === 0 ? 0 : sum / divisor;
}
