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
   * formula with the yandas rule as it stands — while the rule fails the count scores 0 however many are added, so
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
   * `count`: innovations still to add (up to the cap of the count the score takes, `jumlahInovasi.count`: the counted
   * ones, or n with `formula.jumlahInovasi.countOf: "n"`); `yandas`: urusan still to cover; `evidence`: answers whose
   * acceptance adds points (SPD rows and answers on innovations counted, see `evidenceLoss`).
   */
  more?: number;
}

const NAMES = {
  evidence: { id: "Bukti dukung yang belum diterima", en: "Evidence not yet accepted" },
  yandas: { id: "Syarat urusan yandas", en: "Yandas urusan rule" },
  count: { id: "Jumlah inovasi", en: "Number of innovations" },
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
  const ji = result.verified.sid.jumlahInovasi;
  const { perInnovation, countCap } = edition.formula.jumlahInovasi;
  if (perInnovation.value !== null && countCap.value !== null) {
    // what adding innovations up to the cap gains by the formula, the yandas rule as it stands (a failed rule: nothing)
    const atCap = jumlahScore(Math.max(ji.count, countCap.value), ji.yandasMet, edition);
    const now = jumlahScore(ji.count, ji.yandasMet, edition);
    out.push(lack("count", NAMES.count, atCap === null || now === null ? null : atCap - now, { more: Math.max(0, countCap.value - ji.count) }));
  }
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
