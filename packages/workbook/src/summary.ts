import type { MessageLocale, RegionProjection, RegionResult } from "@inovasi/core";
import { formatPlanNumber, roundHalfUp } from "@inovasi/core";
import type { CellValue } from "./grid.js";
import { EVIDENCE_LABELS, labelOf, AGENCY_TYPE_LABELS } from "./labels.js";
import type { LocatedIssue } from "./messages.js";
import { SUMMARY_MARKER } from "./layout.js";
import type { ConditionalFormatSpec } from "./output.js";
import { legendRows } from "./legend.js";
import { severityWord } from "./problems-sheet.js";

/** Where the summary's claimed-vs-verified table sits (0-based rows), for a chart. */
export interface SummaryChartRef {
  /** Category labels: column A, rows `firstRow..lastRow`. */
  firstRow: number;
  lastRow: number;
  /** Series columns (0-based) and their names. */
  series: { col: number; name: string }[];
  title: string;
}

/** The summary sheet (Ringkasan) as rows: its cells, heading rows, its chart's table, legend fills, and where wrapping starts. */
export interface SummaryContent {
  rows: CellValue[][];
  /** Rows (0-based) holding section headings or table headers (hosts may style them bold). */
  headingRows: number[];
  chart: SummaryChartRef;
  /** Legend swatches: cells (0-based) that get a background colour (`#RRGGBB`). */
  fills: { row: number; col: number; fill: string }[];
  /** First row (0-based) of the sections with long texts (evidence gaps, notes): wrapped from here down. */
  wrapFromRow: number;
}

const r2 = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : roundHalfUp(v, 2));
const yesNo = (b: boolean | null): string => (b === null ? "?" : b ? "Ya" : "Tidak");

/** Maximum evidence gaps and notes listed on the summary sheet (the rest are counted). */
export const SUMMARY_LIMITS = { gaps: 100, notes: 500 } as const;

/** The summary sheet's content: totals claimed and verified side by side, breakdown, yandas, compliance, gaps, notes. */
export function summaryContent(result: RegionResult, notes: LocatedIssue[], locale: MessageLocale, rules: ConditionalFormatSpec[] = []): SummaryContent {
  const rows: CellValue[][] = [];
  const headingRows: number[] = [];
  const heading = (...cells: CellValue[]) => { headingRows.push(rows.length); rows.push(cells); };
  const c = result.claimed;
  const v = result.verified;
  rows.push([SUMMARY_MARKER]);
  rows.push(["Daerah", result.region.name, result.region.level, result.region.year]);
  rows.push(["Edisi Model", result.edition.id, result.edition.name[locale]]);
  rows.push([]);
  heading("Komponen", "Klaim", "Terverifikasi", "Maksimum");
  const first = rows.length;
  const line = (label: string, f: (p: RegionProjection) => number | null, max: number | null) =>
    rows.push([label, r2(f(c)), r2(f(v)), r2(max)]);
  line("SPD", (p) => p.spd.score, v.spd.max);
  line("SID dari indikator", (p) => p.sid.fromIndicators, null);
  line("Skor jumlah inovasi", (p) => p.sid.jumlahInovasi.score, v.sid.jumlahInovasi.max);
  line("SID", (p) => p.sid.score, null);
  line("Total", (p) => p.total, v.maxTotal);
  const last = rows.length - 1;
  rows.push(["Indeks (IID)", c.index, v.index, 100]);
  rows.push(["Predikat", c.predicate?.label[locale] ?? null, v.predicate?.label[locale] ?? null, null]);
  rows.push(["Inovasi dihitung", c.sid.counted, v.sid.counted, null]);
  rows.push(["Pembagi SID (n)", c.sid.divisor, v.sid.divisor, null]);
  rows.push(["Syarat yandas terpenuhi", yesNo(result.yandas.claimed.met), yesNo(result.yandas.verified.met), null]);
  const nb = v.nextBand;
  // figures inside a text in the sheet's decimal mark (a comma in Bahasa Indonesia: "+2,26 indeks")
  if (nb) rows.push(["Menuju predikat berikutnya (terverifikasi)", nb.band.label[locale], `+${formatPlanNumber(nb.indexNeeded, locale)} indeks`, `+${formatPlanNumber(roundHalfUp(nb.pointsNeeded, 2), locale)} poin`]);
  rows.push([]);

  heading("Rincian per Indikator", "Indikator", "Bobot", "Kontribusi Klaim", "Kontribusi Terverifikasi", "Kontribusi Maksimum");
  const vb = new Map(v.breakdown.map((b) => [b.indicatorId, b]));
  for (const b of c.breakdown) {
    const w = vb.get(b.indicatorId);
    rows.push([b.indicatorId, b.name[locale], b.weight, r2(b.contribution), r2(w?.contribution), r2(b.maxContribution)]);
  }
  rows.push([]);

  heading("Cakupan Urusan Yandas", "Klaim", "Terverifikasi");
  for (const u of result.yandas.claimed.required) {
    rows.push([u, yesNo(result.yandas.claimed.covered.includes(u)), yesNo(result.yandas.verified.covered.includes(u))]);
  }
  rows.push([`Minimal tercakup: ${result.yandas.verified.minCovered ?? "?"}`]);
  rows.push([]);

  heading("Kepatuhan Perangkat Daerah", "Perangkat Daerah", "Jenis", "Jumlah Inovasi", "Wajib", "Patuh?");
  for (const rule of result.compliance.rules) {
    for (const a of rule.agencies) {
      const type = a.type in AGENCY_TYPE_LABELS ? labelOf(AGENCY_TYPE_LABELS, a.type as keyof typeof AGENCY_TYPE_LABELS) : a.type;
      rows.push([rule.name[locale], a.agency, type, a.count, a.required, yesNo(a.complies)]);
    }
  }
  if (result.compliance.rules.length === 0) rows.push(["(tidak ada aturan kepatuhan)"]);
  for (const t of result.compliance.targets) {
    rows.push([t.name[locale], `Tahun ${t.year}`, "Target", t.target, t.count, yesNo(t.met), `${locale === "id" ? String(t.progress).replace(".", ",") : t.progress} %`]);
  }
  rows.push(["Perangkat daerah tanpa inovasi", result.compliance.agenciesWithout.length, result.compliance.agenciesWithout.join("; ")]);
  rows.push([]);

  const gaps = largestGaps(result, SUMMARY_LIMITS.gaps);
  // from here down the texts are long (the evidence needed, a note's message): the host wraps them
  const wrapFromRow = rows.length;
  heading("Kekurangan Bukti", "Perangkat Daerah", "Indikator", "Status Bukti", "Poin Hilang", "Bukti yang Diperlukan");
  for (const { inv, g } of gaps.top) {
    rows.push([inv.name, inv.agency, g.indicatorName[locale], labelOf(EVIDENCE_LABELS, g.evidence), g.points, g.required.map((t) => t[locale]).join("; ")]);
  }
  if (gaps.total > SUMMARY_LIMITS.gaps) rows.push([`… dan ${gaps.total - SUMMARY_LIMITS.gaps} kekurangan bukti lainnya`]);
  if (gaps.total === 0) rows.push(["(tidak ada)"]);
  rows.push([]);

  // the level first, in words ("Peringatan"), the message in the wide column beside it
  heading("Catatan", locale === "en" ? "Message" : "Pesan");
  for (const n of notes.slice(0, SUMMARY_LIMITS.notes)) rows.push([severityWord(n.severity, locale), n.message]);
  if (notes.length > SUMMARY_LIMITS.notes) rows.push([`… dan ${notes.length - SUMMARY_LIMITS.notes} catatan lainnya`]);
  if (notes.length === 0) rows.push(["(tidak ada)"]);

  // legend of the conditional formats' colours, last so the rows above keep their places
  const fills: SummaryContent["fills"] = [];
  const legend = legendRows(rules);
  if (legend.length) {
    rows.push([]);
    heading(locale === "id" ? "Keterangan Warna" : "Colour legend", locale === "id" ? "Arti" : "Meaning");
    for (const l of legend) {
      fills.push({ row: rows.length, col: 0, fill: l.fill });
      rows.push([l.sheet, l.meaning]);
    }
  }

  return {
    rows,
    headingRows,
    fills,
    wrapFromRow,
    chart: { firstRow: first, lastRow: last, series: [{ col: 1, name: "Klaim" }, { col: 2, name: "Terverifikasi" }], title: "Skor klaim dan terverifikasi" },
  };
}

type Gap = { inv: RegionResult["innovations"][number]; g: RegionResult["innovations"][number]["evidenceGaps"][number] };

/**
 * The `limit` evidence gaps that lose the most points, in the order a stable sort by points (descending) gives, and how
 * many gaps there are: kept while scanning, so a province's hundreds of thousands of gaps are never listed and sorted.
 */
function largestGaps(result: RegionResult, limit: number): { top: Gap[]; total: number } {
  const top: Gap[] = [];
  let total = 0;
  const points = (x: Gap) => x.g.points ?? 0;
  for (const inv of result.innovations) {
    for (const g of inv.evidenceGaps) {
      total++;
      const p = g.points ?? 0;
      if (top.length === limit && !(p > points(top[limit - 1]!))) continue;
      // after every gap with as many points or more: earlier gaps win ties, as in a stable sort
      let lo = 0, hi = top.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (points(top[mid]!) >= p) lo = mid + 1;
        else hi = mid;
      }
      top.splice(lo, 0, { inv, g });
      if (top.length > limit) top.pop();
    }
  }
  return { top, total };
}
