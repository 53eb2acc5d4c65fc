import type { Edition } from "../model/edition.js";
import type { RegionResult } from "../engine/result.js";
import { roundHalfUp } from "../engine/_round.js";
import type { Text } from "../model/index.js";
import { evidenceLoss } from "./evidence-loss.js";
import { indicatorMap, isRecord } from "../engine/_edition.js";
import { jumlahScore } from "../engine/sid.js";

/** What a region lacks, in points of its total it would gain. */
export interface RecapLack {
  /**
   * `evidence`: answers that score when claimed but not verified (accept their evidence); `indicator`: one indicator
   * below its highest tier (verified) that the region can raise (never a record, `Indicator.record`); `yandas`: skor jumlah inovasi forfeited because the yandas rule fails;
   * `count`: skor jumlah inovasi not reached because the region has fewer innovations than the cap, priced by the
   * whole SID formula (the new innovations raise the divisor n too; `countGap`) with the yandas rule as it stands — while the rule fails the count scores 0 however many are added, so
   * there is no `count` gap then (the `yandas` gap comes first: cover its urusan, then the count scores);
   * `not_reported`: the region did not report (nothing else counts until it does); its `points` are 0 and `index` null —
   * what reporting gains is not known until the region reports (say "belum melapor", not a number).
   */
  kind: "evidence" | "indicator" | "yandas" | "count" | "not_reported";
  /** The indicator, for `indicator`. */
  indicatorId?: string;
  name: Text;
  /** Points of the total gained, rounded to the edition's decimals. */
  points: number;
  /** The same as index points (points / maximum total × 100), rounded; null when the maximum is unknown. */
  index: number | null;
  /**
   * `count`: counted innovations to add, each like the median counted one (up to the divisor's floor or to the cap of
   * the count the score takes, `jumlahInovasi.count`, whichever gains more with the divisor they raise: `countGap`); `yandas`: urusan still to cover; `evidence`: answers whose
   * acceptance adds points (SPD rows and answers on innovations counted, see `evidenceLoss`).
   */
  more?: number;
}

const NAMES = {
  evidence: { id: "Bukti dukung yang belum diterima", en: "Evidence not yet accepted" },
  yandas: { id: "Syarat urusan yandas", en: "Yandas urusan rule" },
  count: { id: "Skor jumlah inovasi", en: "Innovation count score" },
  not_reported: { id: "Daerah belum melapor", en: "Region has not reported" },
} as const satisfies Record<string, Text>;

/**
 * The largest gaps of a region in its verified projection, largest first, at most `limit`: accepted evidence, each
 * indicator's room to its highest tier, the yandas rule and the count of innovations (with the yandas rule as it
 * stands: none while it fails; unknown, so not listed, while the rule's k is unknown), each in points of the total.
 * A simple data-driven reading ("what would add the most points if fixed alone"); the gaps overlap (an indicator's
 * room includes its rejected evidence), so they are alternatives, not a sum. A region that did not report lacks that.
 * A record row (the BPK opinion, the LAKIP grade, months the innovation took: `Indicator.record`, read as the planner
 * reads it) has no room the region can raise: it is never an indicator gap; its unaccepted evidence is in `evidence`.
 */
export function largestGaps(result: RegionResult, edition: Edition, limit = 3): RecapLack[] {
  const maxTotal = result.verified.maxTotal;
  const decimals = edition.formula.rounding.decimals;
  const lack = (kind: RecapLack["kind"], name: Text, points: number | null, extra: Partial<RecapLack> = {}): RecapLack | null =>
    points === null || !(points > 0)
      ? null
      : {
          kind,
          ...extra,
          name,
          points: roundHalfUp(points, decimals),
          index: maxTotal === null || maxTotal === 0 ? null : roundHalfUp((points / maxTotal) * 100, decimals),
        };
  if (!result.region.reported) {
    return [{ kind: "not_reported", name: NAMES.not_reported, points: 0, index: null }];
  }

  const out: (RecapLack | null)[] = [];
  const loss = evidenceLoss(result);
  out.push(lack("evidence", NAMES.evidence, loss.points, { more: loss.count }));
  const y = result.yandas.verified;
  out.push(lack("yandas", NAMES.yandas, y.cost.points, y.minCovered === null ? {} : { more: Math.max(0, y.minCovered - y.covered.length) }));
  const count = countGap(result, edition);
  if (count) out.push(lack("count", NAMES.count, count.points, { more: count.more }));
  const indicators = indicatorMap(edition);
  for (const b of result.verified.breakdown) {
    const ind = indicators.get(b.indicatorId);
    if (ind && isRecord(ind)) continue;
    const room = b.maxContribution === null || b.contribution === null ? null : b.maxContribution - b.contribution;
    out.push(lack("indicator", b.name, room, { indicatorId: b.indicatorId }));
  }
  return out
    .filter((x): x is RecapLack => x !== null)
    .sort((a, b) => b.points - a.points || a.kind.localeCompare(b.kind) || (a.indicatorId ?? "").localeCompare(b.indicatorId ?? ""))
    .slice(0, limit);
}

/**
 * What adding counted innovations gains, by the whole SID formula (Σ / MAX(floor, n) + perInnovation × MIN(count,
 * cap)), the yandas rule as it stands (a failed rule: the count scores nothing): each new one like the region's median
 * counted innovation (the lower middle verified total; the planner's expected new innovation, `newInnovationTemplate`;
 * 0 with none counted), so each raises the count and n — the divisor, past its floor (audit36: "tambah 150 inovasi;
 * 57,00 poin" priced the count alone, while 150 more in the divisor took about half of it back from the average).
 * Of adding up to the floor and up to the cap (linear up to the floor, convex past it: the best is at one of them),
 * the one that gains most, with how many; null when neither gains (the new ones below the average take more than
 * the count gives) or a figure is unknown.
 */
function countGap(result: RegionResult, edition: Edition): { points: number; more: number } | null {
  const sid = result.verified.sid;
  const { count, yandasMet } = sid.jumlahInovasi;
  const cap = edition.formula.jumlahInovasi.countCap.value;
  const floor = edition.formula.sidDivisorFloor.value;
  const sum = sid.innovationSum;
  // while the yandas rule fails the count scores nothing however many are added: the `yandas` gap comes first
  if (cap === null || floor === null || sum === null || count >= cap || !jumlahScore(cap, yandasMet, edition)) return null;
  const totals = result.innovations.filter((i) => i.verified.counted && i.verified.total !== null).map((i) => i.verified.total!).sort((a, b) => a - b);
  const median = totals.length ? totals[Math.floor((totals.length - 1) / 2)]! : 0;
  const now = jumlahScore(count, yandasMet, edition);
  const gain = (m: number) => {
    const after = jumlahScore(count + m, yandasMet, edition);
    return now === null || after === null ? null : after - now + (sum + m * median) / Math.max(floor, sid.n + m) - sum / Math.max(floor, sid.n);
  };
  let best: { points: number; more: number } | null = null;
  for (const m of [floor - sid.n, cap - count]) {
    const g = m > 0 && m <= cap - count ? gain(m) : null;
    if (g !== null && g > 0 && (!best || g > best.points)) best = { points: g, more: m };
  }
  return best;
}
