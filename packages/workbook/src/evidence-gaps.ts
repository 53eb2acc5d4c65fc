import { type Edition, type EvidenceGap, type EvidenceStatus, type InnovationResult, type MessageLocale, type RegionResult, type Text, exactIndex, formatGain, printedGain, readLocale } from "@inovasi/core";
import { a1 } from "./grid.js";
import type { SourceMap } from "./read.js";
import { layoutAt } from "./row-layout.js";
import { where } from "./messages.js";

/**
 * One answer whose evidence is not accepted and whose acceptance adds points: an SPD row (the region's own answer) or
 * an answer of an innovation counted in the verified projection.
 */
export interface ListedGap {
  /** The innovation the answer belongs to; undefined for an SPD row. */
  innovation: InnovationResult | undefined;
  indicatorId: string;
  indicatorName: Text;
  /** The tier the answer reached. */
  tier: number;
  evidence: EvidenceStatus;
  /**
   * weight × tier: points of the innovation's score (an innovation's answer) or of the SPD score (an SPD row); null
   * when the edition does not know the weight.
   */
  points: number | null;
  /** What accepting it adds to the verified total: an SPD row's points, an answer's points over the SID divisor. */
  totalGain: number | null;
  /**
   * What accepting it adds to the verified index, unrounded, as the plan's evidence steps count it (0 for a region that
   * did not report); null when the edition lacks a number it needs or no edition was given.
   */
  indexGain: number | null;
  /** Evidence the tier's option requires (empty for an SPD row when no edition was given). */
  required: Text[];
  /** Its Bukti cell (its answer cell when the sheet has no Bukti column), when a source map was given and holds one. */
  at?: { sheet: string; cell: string } | undefined;
}

/** The evidence gaps worth listing ({@link evidenceGapList}): the largest, and how many there are. */
export interface EvidenceGapList {
  /** At most `limit` gaps, those adding the most to the verified total first (ties in reading order: SPD, then innovations). */
  gaps: ListedGap[];
  /** Every gap worth listing: SPD rows and answers of innovations counted. */
  total: number;
  /** How many of `total` are SPD rows. */
  spd: number;
  /** Gaps of innovations not counted (verified), left out: accepting their evidence adds nothing until they count. */
  idle: number;
}

/** The subject of a gap as the lists name it: the innovation's name, or the SPD part, as the plan's evidence groups name it. */
export function gapSubject(gap: ListedGap, locale: MessageLocale): string {
  locale = readLocale(locale, "gapSubject");
  return gap.innovation ? gap.innovation.name : locale === "en" ? "SPD (region level)" : "SPD (tingkat daerah)";
}

/** A gap's index gain as every list prints it ({@link gapPrintedGain}). */
export interface PrintedGapGain {
  /**
   * The exact gain rounded half-up to the edition's decimals; where that rounds to nothing, the exact gain (as the
   * Rencana sheet writes such a step: `printedGain`).
   */
  gain: number;
  /** The index's decimals (the edition's `formula.rounding.decimals`). */
  decimals: number;
  /** A gain that rounds to nothing but is not 0: printed "+<1" at no decimals, "+<0,01" at two — not "+0". */
  below: boolean;
}

/**
 * A gap's index gain as the CLI's summary, the Ringkasan sheet and the pane print it: by the one rule every gain is
 * printed with (`printedGain`, `formatGain`) — rounded half-up at the edition's decimals, an exact gain kept where that
 * rounds to nothing ("+<0,01") — so the same answer prints the same whatever the index stands at (audit36: a 12-point
 * answer worth 0.0023 at n 2,100 read "≈ +0,01" on one run, "+<0,01" on the next). An SPD gap of 0.78 under a
 * 0-decimal edition is "+1"; at two decimals "+0,78". Null when the gap's index gain is unknown (no edition given to
 * the list, a number the edition lacks).
 *
 * @example
 * const list = evidenceGapList(result, { edition, limit: 5 });
 * gapPrintedGain(list.gaps[0], result, edition) //=> { gain: 0.8, decimals: 2, below: false }
 */
export function gapPrintedGain(gap: Pick<ListedGap, "indexGain">, _result: RegionResult, edition: Edition): PrintedGapGain | null {
  const x = gap.indexGain;
  if (x === null) return null;
  const decimals = edition.formula.rounding.decimals;
  const gain = printedGain({ gain: x }, null, decimals);
  return { gain, decimals, below: gain !== 0 && Math.abs(gain) < 10 ** -decimals / 2 };
}

/**
 * A printed gain as the CLI's summary and the pane write it: "≈ +0,78" (≈: exact while the counted innovations and the
 * yandas rule do not move), "+<1" when the printed index does not move.
 *
 * @example
 * gapGainText({ gain: 0.4, decimals: 0, below: true }, "id") //=> "+<1"
 * gapGainText({ gain: 0.78, decimals: 2, below: false }, "id") //=> "≈ +0,78"
 */
export function gapGainText(g: PrintedGapGain, locale: MessageLocale): string {
  locale = readLocale(locale, "gapGainText");
  return `${g.below ? "" : "≈ "}${formatGain(g.gain, locale, g.decimals)}`;
}

/**
 * The evidence gaps worth listing, as the CLI's summary, the Ringkasan sheet and the add-in's pane list them (and as
 * the plan's evidence groups and the recap's `evidenceLoss` count them): SPD rows answered without accepted evidence,
 * and the answers of innovations counted in the verified projection; the gaps of innovations not counted are only
 * counted (`idle`). The `limit` adding the most to the verified total come first, kept while scanning: a province's
 * hundreds of thousands of gaps are never all built and sorted. Give the edition scored with for the index gains and
 * an SPD row's evidence needed, the reader's source map for the cells.
 *
 * @example
 * const list = evidenceGapList(result, { edition, limit: 5 });
 * list.gaps[0].innovation //=> undefined (an SPD row: its points count in full, not over the divisor)
 * list.gaps[0].indicatorId //=> "SPD-4" (its evidence missing: 2 points of the SPD score)
 * list.gaps[0].indexGain //=> 0.8
 */
export function evidenceGapList(result: RegionResult, opts: { edition?: Edition | undefined; source?: SourceMap | undefined; limit?: number } = {}): EvidenceGapList {
  const { edition, source } = opts;
  const limit = opts.limit ?? Infinity;
  const v = result.verified;
  // the index is linear in the total: points added to it add their share of the maximum (none to a region not reporting)
  const indexGain = (totalGain: number | null): number | null => (edition && totalGain !== null ? exactIndex(totalGain, result.region.reported, edition) : null);
  const top: ListedGap[] = [];
  // larger total gains first; a gain unknown (the divisor unknown) after every known one, then by its points
  const before = (gain: number | null, points: number | null, b: ListedGap): boolean =>
    gain !== null ? b.totalGain === null || gain > b.totalGain : b.totalGain === null && (points ?? 0) > (b.points ?? 0);
  /** Whether a gap with this gain and these points is among the `limit` largest so far (asked before it is built). */
  const wanted = (gain: number | null, points: number | null) => top.length < limit || (limit > 0 && before(gain, points, top[top.length - 1]!));
  const keep = (g: ListedGap) => {
    // after every gap it does not come before: earlier gaps win ties, as in a stable sort
    let lo = 0, hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (before(g.totalGain, g.points, top[mid]!)) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, g);
    if (top.length > limit) top.pop();
  };

  let total = 0, spd = 0, idle = 0;
  if (v.spd.from === "rows") {
    const indicators = edition ? new Map(edition.indicators.map((i) => [i.id, i])) : undefined;
    const names = indicators ? undefined : new Map(v.breakdown.map((b) => [b.indicatorId, b.name]));
    const s = source?.spd;
    for (const row of v.spd.rows) {
      if (row.status !== "evidence_not_accepted") continue;
      total++;
      spd++;
      const points = row.weight === null ? null : row.weight * row.answeredTier;
      if (!wanted(points, points)) continue;
      const ind = indicators?.get(row.indicatorId);
      const r = s?.rows[row.indicatorId];
      const col = s ? (s.cols.evidence ?? s.cols.answer) : undefined;
      keep({
        innovation: undefined,
        indicatorId: row.indicatorId,
        indicatorName: ind?.name ?? names?.get(row.indicatorId) ?? { id: row.indicatorId, en: row.indicatorId },
        tier: row.answeredTier,
        evidence: row.evidence,
        points,
        totalGain: points,
        indexGain: null,
        required: ind?.options.find((o) => o.tier === row.answeredTier)?.evidence ?? [],
        at: s && r !== undefined && col !== undefined ? { sheet: s.sheet, cell: a1(r, col) } : undefined,
      });
    }
  }
  const divisor = v.sid.divisor;
  const inv = source?.innovations;
  for (const innovation of result.innovations) {
    const gaps = innovation.evidenceGaps;
    if (!innovation.verified.counted) {
      idle += gaps.length;
      continue;
    }
    const r = inv?.rows[innovation.index];
    for (const g of gaps) {
      total++;
      const totalGain = g.points === null || divisor === null || !(divisor > 0) ? null : g.points / divisor;
      if (!wanted(totalGain, g.points)) continue;
      // the row's columns (a block pasted under its own header in another order has its own: see row-layout.ts)
      const cols = inv && r !== undefined ? layoutAt(inv, r).indicators[g.indicatorId] : undefined;
      const col = cols?.evidence ?? cols?.answer;
      keep({
        innovation,
        indicatorId: g.indicatorId,
        indicatorName: g.indicatorName,
        tier: g.tier,
        evidence: g.evidence,
        points: g.points,
        totalGain,
        indexGain: null,
        required: g.required,
        at: inv && r !== undefined && col !== undefined ? { sheet: inv.sheet, cell: a1(r, col) } : undefined,
      });
    }
  }
  // the index gains of the gaps kept only
  for (const g of top) g.indexGain = indexGain(g.totalGain);
  return { gaps: top, total, spd, idle };
}

/**
 * One answer whose evidence is not accepted, as `--json` lists every one ({@link evidenceGapRows}): an innovation's
 * `EvidenceGap` (for an SPD row, `points` are of the SPD score) with where it is and whom it is asked of.
 */
export interface EvidenceGapRow extends EvidenceGap {
  /** The innovation's agency as its row names it (Perangkat Daerah); null for an SPD row (the region's own answer). */
  agency: string | null;
  /** The innovation's name; null for an SPD row. */
  innovation: string | null;
  /** Its Bukti cell (its answer cell without a Bukti column), as `Inovasi!P14`; null when the reader gave none. */
  cell: string | null;
  /**
   * Whether accepting it adds points now: an SPD row, or an answer of an innovation counted (verified). The others'
   * evidence is still owed, but adds nothing until their innovation counts (its Skor Catatan says why it does not).
   */
  counted: boolean;
}

/**
 * Every answer whose evidence is not accepted, in reading order (the SPD rows, then the innovations as their rows
 * come), each with its agency, indicator, evidence required and cell: the complete list the analyst sends each agency
 * (filter by `agency`), as `score --json` and `plan --json` carry it. The lists printed and on Ringkasan hold the
 * largest (`evidenceGapList`); the Inovasi sheet's Skor Kekurangan Bukti holds the same per innovation.
 */
export function evidenceGapRows(result: RegionResult, opts: { edition?: Edition | undefined; source?: SourceMap | undefined } = {}): EvidenceGapRow[] {
  const out: EvidenceGapRow[] = [];
  const v = result.verified;
  if (v.spd.from === "rows") {
    const indicators = opts.edition ? new Map(opts.edition.indicators.map((i) => [i.id, i])) : undefined;
    const s = opts.source?.spd;
    const col = s ? (s.cols.evidence ?? s.cols.answer) : undefined;
    for (const row of v.spd.rows) {
      if (row.status !== "evidence_not_accepted") continue;
      const ind = indicators?.get(row.indicatorId);
      const r = s?.rows[row.indicatorId];
      out.push({
        agency: null, innovation: null, indicatorId: row.indicatorId, indicatorName: ind?.name ?? { id: row.indicatorId, en: row.indicatorId },
        tier: row.answeredTier, evidence: row.evidence, points: row.weight === null ? null : row.weight * row.answeredTier,
        required: ind?.options.find((o) => o.tier === row.answeredTier)?.evidence ?? [],
        cell: s && r !== undefined && col !== undefined ? where(s.sheet, a1(r, col)) : null, counted: true,
      });
    }
  }
  const inv = opts.source?.innovations;
  for (const innovation of result.innovations) {
    const r = inv?.rows[innovation.index];
    for (const g of innovation.evidenceGaps) {
      const cols = inv && r !== undefined ? layoutAt(inv, r).indicators[g.indicatorId] : undefined;
      const col = cols?.evidence ?? cols?.answer;
      out.push({
        agency: innovation.agency, innovation: innovation.name, indicatorId: g.indicatorId, indicatorName: g.indicatorName,
        tier: g.tier, evidence: g.evidence, points: g.points, required: g.required,
        cell: inv && r !== undefined && col !== undefined ? where(inv.sheet, a1(r, col)) : null, counted: innovation.verified.counted,
      });
    }
  }
  return out;
}
