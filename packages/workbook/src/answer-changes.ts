/**
 * An answer raised since the last scoring while its Bukti still says "Diterima" (plan33's open question, session 27).
 * "Diterima" is the verifier's word on the evidence given for the answer they saw; an analyst who raises SID-5 from
 * tier 2 to 3 by hand and leaves its Bukti as it was makes the verified index count tier 3 on evidence nobody checked.
 * The plan tells them to type "Menunggu" (`resetsEvidence`); this is the warning for an edit the plan did not ask for.
 *
 * What a scored copy keeps of its last run: each SID answer's verified points ("Skor 5 Terverifikasi": weight × tier
 * where the evidence was accepted and the innovation counted, else 0; see write.ts), read back whole on a re-run (the
 * other output columns only for where they are, `RERUN_READING`). A positive figure there is a tier the last run took
 * as accepted: weight × that tier, as the writer rounds it. Nothing is known, so nothing is said, where the copy has no
 * such column (a copy scored without the edition's points, an analyst's own sheet), where the figure is 0 or not the
 * weight times an offered tier (not counted then, evidence not accepted, tier 0, a hand-typed value), or where the
 * tool's Ringkasan does not name this run's edition (another edition's weights would read as other tiers), or where
 * its breakdown gives the indicator another weight than the edition's, or none (a model file edited under the same id:
 * its old weights' points read as other tiers). The SPD sheet has no output columns; its indicators' verified points
 * are on the Ringkasan, in the "Rincian per Indikator" table the last run wrote there (`summaryBreakdown`: its id,
 * weight and Kontribusi Terverifikasi, weight × tier where the evidence was accepted), read back the same way.
 *
 * The warning is for a tier up only, with the evidence still accepted now (the verified points rose): a tier down or
 * a Bukti set to anything else raises nothing the verifier did not accept. It is said once, on the run after the edit:
 * that run's points are the next run's "last scoring". The scores are not changed: the evidence status is the
 * analyst's input (they may have raised the answer because the verifier accepted its new evidence), so the verified
 * score counts the new tier, and the message says so.
 */
import { type Edition, type Indicator, type MessageLocale, type RegionResult, highestTier, indicatorPoints, roundHalfUp, readLocale } from "@inovasi/core";
import { type CellValue, type WorkbookGrids, a1, findSheet, normaliseHeader } from "./grid.js";
import { SPD_HEADERS, indicatorScoreHeaders, indicatorsOf } from "./layout.js";
import { type LocatedIssue, sheetIssue } from "./messages.js";
import type { SourceMap } from "./read.js";
import { layoutAt } from "./row-layout.js";
import { summaryBreakdown, summaryEditionId } from "./summary.js";
import { headerRow } from "./table.js";

/**
 * The tiers a scored copy's last run took as accepted, by innovation (`source.innovations.rows`' order) and SID
 * indicator (the edition's order): `tiers[i * count + k]`, 0 where not known (empty when no innovation's is known);
 * `spd`, by SPD indicator (the edition's order), when one is known. From {@link earlierAcceptedTiers}.
 */
export interface EarlierTiers {
  count: number;
  tiers: Uint8Array;
  spd?: Uint8Array;
}

/** An indicator's tiers by the points the writer gives them (`roundHalfUp(weight × tier, 2)`); none for a weight unknown or 0. */
function tiersByPoints(ind: Indicator): Map<number, number> | undefined {
  const w = ind.weight;
  if (w === null || !(w > 0)) return undefined;
  const byPoints = new Map<number, number>();
  for (let t = highestTier(ind); t >= 1; t--) byPoints.set(roundHalfUp(w * t, 2), t);
  return byPoints;
}

/**
 * What the scored copy's last run took as accepted, read from its "Skor <nomor> Terverifikasi" columns before the
 * rows' cells are let go (`releaseInputCells`), and from the Ringkasan's breakdown for the SPD rows: undefined when
 * nothing can be known (see the file's comment). The columns, weights and tiers are found once from the header and
 * the edition; each row reads its cells in those columns.
 */
export function earlierAcceptedTiers(grids: WorkbookGrids, source: SourceMap, edition: Edition): EarlierTiers | undefined {
  if (summaryEditionId(grids) !== edition.id) return undefined;
  const sid = indicatorsOf(edition, "SID");
  // each indicator's weight as the last run scored it: its row on the Ringkasan's breakdown (a model file edited under
  // the same id scores with other weights, whose points read as other tiers)
  const breakdown = summaryBreakdown(grids);
  const weights = new Map(breakdown.map((b) => [b.id, b.weight]));
  const tiers = innovationTiers(grids, source, sid, weights);
  const spd = spdTiers(breakdown, source, edition);
  return tiers || spd ? { count: sid.length, tiers: tiers ?? new Uint8Array(0), ...(spd ? { spd } : {}) } : undefined;
}

/**
 * The innovations' part of {@link earlierAcceptedTiers}: undefined when none is known. An indicator whose weight on the
 * last run's breakdown (`weights`, by id) is not the edition's, or is not there, says nothing.
 */
function innovationTiers(grids: WorkbookGrids, source: SourceMap, sid: Indicator[], weights: ReadonlyMap<CellValue, CellValue>): Uint8Array | undefined {
  const inv = source.innovations;
  const g = inv && findSheet(grids, inv.sheet);
  if (!inv || !g || !inv.rows.length) return undefined;
  const h = headerRow(g, inv.headerRow);
  // the SID positions with a column and a positive weight; a figure each tier of theirs is written as
  const at: { k: number; col: number; byPoints: Map<number, number> }[] = [];
  sid.forEach((ind, k) => {
    const col = h.columns.get(normaliseHeader(indicatorScoreHeaders(ind).verified));
    const byPoints = tiersByPoints(ind);
    if (col !== undefined && byPoints && weights.get(ind.id) === ind.weight) at.push({ k, col, byPoints });
  });
  if (!at.length) return undefined;
  const count = sid.length;
  const tiers = new Uint8Array(inv.rows.length * count);
  let any = false;
  inv.rows.forEach((r, i) => {
    const row = g.cells[r];
    if (!row) return;
    for (const x of at) {
      const v = row[x.col];
      if (typeof v !== "number" || !(v > 0)) continue;
      const t = x.byPoints.get(v);
      if (t === undefined) continue;
      tiers[i * count + x.k] = t;
      any = true;
    }
  });
  return any ? tiers : undefined;
}

/**
 * The SPD rows' part: each SPD indicator's Kontribusi Terverifikasi on the Ringkasan's breakdown, as a tier where it
 * is one (positive, its weight there the edition's); undefined when none is, or the workbook has no SPD rows read.
 */
function spdTiers(breakdown: ReturnType<typeof summaryBreakdown>, source: SourceMap, edition: Edition): Uint8Array | undefined {
  if (!source.spd || edition.spdMode !== "rows") return undefined;
  const spd = indicatorsOf(edition, "SPD");
  const pos = new Map(spd.map((ind, k) => [ind.id, k]));
  const tiers = new Uint8Array(spd.length);
  let any = false;
  for (const b of breakdown) {
    const k = typeof b.id === "string" ? pos.get(b.id) : undefined;
    if (k === undefined || b.weight !== spd[k]!.weight || typeof b.verified !== "number" || !(b.verified > 0)) continue;
    const t = tiersByPoints(spd[k]!)?.get(b.verified);
    if (t === undefined) continue;
    tiers[k] = t;
    any = true;
  }
  return any ? tiers : undefined;
}

/**
 * The warnings of answers raised since the last run while their Bukti still says "Diterima": at the Bukti cell, naming
 * the answer's cell and both tiers (`evidence_for_earlier_tier`), the SPD rows' first. `earlier` from
 * {@link earlierAcceptedTiers} on the same read; `result` this run's. Only answers with a tier known from the last run
 * are looked at.
 */
export function raisedSinceAccepted(earlier: EarlierTiers | undefined, result: RegionResult, source: SourceMap, edition: Edition, locale: MessageLocale = "id"): LocatedIssue[] {
  locale = readLocale(locale, "raisedSinceAccepted");
  if (!earlier) return [];
  const out: LocatedIssue[] = [];
  // the SPD rows first: in reading order, as the evidence gaps list them
  if (earlier.spd) raisedSpd(earlier.spd, result, source, edition, locale, out);
  const inv = source.innovations;
  const sid = indicatorsOf(edition, "SID");
  const { count, tiers } = earlier;
  if (!inv || !tiers.length || sid.length !== count) return out;
  const points: (number | null)[] = [];
  for (const r of result.innovations) {
    const i = r.index;
    if (i >= inv.rows.length) continue;
    let known = false;
    for (let k = 0; k < count && !known; k++) known = tiers[i * count + k]! > 0;
    if (!known) continue;
    // this run's verified points: weight × tier where the evidence is accepted and the innovation counts, else 0
    indicatorPoints(r, edition, "verified", points);
    const row = inv.rows[i]!;
    for (let k = 0; k < count; k++) {
      const from = tiers[i * count + k]!;
      const now = points[k];
      const w = sid[k]!.weight;
      if (from === 0 || now === null || now === undefined || w === null) continue;
      const to = Math.round(now / w);
      if (to <= from) continue;
      const ind = sid[k]!;
      const cols = layoutAt(inv, row).indicators[ind.id];
      if (cols?.answer === undefined || cols.evidence === undefined) continue;
      out.push(sheetIssue(locale, "evidence_for_earlier_tier", "warning", inv.sheet, a1(row, cols.evidence), `${ind.number}. Bukti`, { indicator: ind.id, answer: a1(row, cols.answer), from, to }));
    }
  }
  return out;
}

/**
 * The same warning for the SPD rows (the audit's SPD-12 2 → 3): at the row's Bukti, naming its Jawaban, where this
 * run's verified tier (0 unless the evidence is accepted) is above the last run's.
 */
function raisedSpd(earlier: Uint8Array, result: RegionResult, source: SourceMap, edition: Edition, locale: MessageLocale, out: LocatedIssue[]): void {
  const s = source.spd;
  const v = result.verified.spd;
  if (!s || v.from !== "rows" || s.cols.answer === undefined || s.cols.evidence === undefined) return;
  const pos = new Map(indicatorsOf(edition, "SPD").map((ind, k) => [ind.id, k]));
  for (const r of v.rows) {
    const k = pos.get(r.indicatorId);
    const from = k === undefined ? 0 : earlier[k] ?? 0;
    const row = s.rows[r.indicatorId];
    if (from === 0 || r.tier <= from || row === undefined) continue;
    out.push(sheetIssue(locale, "evidence_for_earlier_tier", "warning", s.sheet, a1(row, s.cols.evidence), SPD_HEADERS.evidence, { indicator: r.indicatorId, answer: a1(row, s.cols.answer), from, to: r.tier }));
  }
}
