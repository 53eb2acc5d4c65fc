import type { Edition, MessageLocale, RegionInput, RegionProjection, RegionResult } from "@inovasi/core";
import { agenciesWithoutInYear, formatPlanNumber, readLocale, roundHalfUp } from "@inovasi/core";
import { type CellValue, type WorkbookGrids, cellAt, findSheet } from "./grid.js";
import { EVIDENCE_LABELS, labelOf, AGENCY_TYPE_LABELS, LEVEL_LABELS } from "./labels.js";
import { type LocatedIssue, where } from "./messages.js";
import type { NamedPlace } from "./cell-links.js";
import { SHEETS } from "./layout.js";
import { SHEET_TITLES, isSheetTitle } from "./sheet-titles.js";
import type { ConditionalFormatSpec } from "./output.js";
import { legendRows } from "./legend.js";
import { evidenceGapList, gapPrintedGain, gapSubject } from "./evidence-gaps.js";
import { gainFormat, numberFormat } from "./plan-sheet.js";
import type { SourceMap } from "./read.js";
import { severityWord } from "./problems-sheet.js";
import { type GroupSummary, groupSummary, issueGroups } from "./issue-groups.js";
import { numberText } from "./number-text.js";
import { countTargetVerdicts } from "./figure-flaws.js";

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
  /**
   * Cells (0-based) aligned otherwise than the default: right, each heading over a column of numbers, so it sits above
   * them (left-aligned, it printed a column's width away from its numbers), and the totals table's columns B–D whole
   * (numbers and words); centred, the compliance table's Patuh? column (its Ya/Tidak ran into the numbers beside it).
   */
  align: { row: number; col: number; horizontal: "right" | "center" }[];
  /** Heading rows above the long texts whose headings may be longer than their columns ("Claimed Contribution"): they wrap. */
  wrapRows: number[];
  /**
   * Number formats of single cells (0-based): the scores and contributions at two decimals, the index and the evidence
   * gaps' index gains at the edition's decimals.
   */
  formats: { row: number; col: number; numFmt: string }[];
  /**
   * Cells naming a cell of the workbook, for a host to link to it: each evidence gap's Sel (column H) and each note
   * located at a cell (its message, column B, starts with the place).
   */
  links: NamedPlace[];
}

const r2 = (v: number | null | undefined): number | null => (v === null || v === undefined ? null : roundHalfUp(v, 2));

/**
 * The sheet's words in both languages (as the Rencana and recap sheets have them): an English run writes no Bahasa
 * heading. The marker in A1 stays as written (how a re-run and the add-in know the sheet is the tool's), and so do
 * the names the workbook itself holds (agencies, urusan, the rule's agency types).
 */
const WORDS = {
  id: {
    region: "Daerah", edition: "Edisi Model", component: "Komponen", claimed: "Klaim", verified: "Terverifikasi", max: "Maksimum",
    sidFromIndicators: "SID dari indikator", countScore: "Skor jumlah inovasi", total: "Total", index: "Indeks (IID)",
    countOf: "Skor jumlah inovasi dihitung dari", ofCounted: "inovasi dihitung", ofN: "n, semua diajukan",
    predicate: "Predikat", predicateUnknown: "belum diketahui (batas predikat di model belum diketahui; lihat Catatan)", counted: "Inovasi dihitung", divisor: "Pembagi SID (n)", yandasMet: "Syarat yandas terpenuhi",
    nextBand: "Menuju predikat berikutnya (terverifikasi)", indexUnit: "indeks", pointsUnit: "poin",
    breakdown: "Rincian per Indikator", indicator: "Indikator", weight: "Bobot", contribution: { claimed: "Kontribusi Klaim", verified: "Kontribusi Terverifikasi", maxClaimed: "Maksimum Klaim", maxVerified: "Maksimum Terverifikasi" },
    yandas: "Cakupan Urusan Yandas", minCovered: "Minimal tercakup", compliance: "Kepatuhan Perangkat Daerah", agency: "Perangkat Daerah",
    type: "Jenis", innovations: "Jumlah Inovasi", required: "Wajib", complies: "Patuh?", noRules: "(tidak ada aturan kepatuhan)",
    notJudged: "(tidak dapat dinilai: tidak ada perangkat daerah berjenis yang diwajibkan dalam daftar)",
    year: (y: number) => `Tahun ${y}`, target: "Target", without: "Perangkat daerah tanpa inovasi",
    gaps: "Kekurangan Bukti", evidence: "Status Bukti", pointsLost: "Poin Hilang", evidenceNeeded: "Bukti yang Diperlukan", indexGained: "Tambahan Indeks", cell: "Sel",
    moreGaps: (n: number) => `… dan ${n} kekurangan bukti lainnya (semuanya: kolom Skor Kekurangan Bukti lembar Inovasi per inovasi — saring menurut Perangkat Daerah untuk daftar satu perangkat daerah —, kolom Bukti lembar SPD; inovasi tiap perangkat daerah: Bukti per Perangkat Daerah di lembar Rencana)`, none: "(tidak ada)",
    idleGaps: (n: number) => `Tidak dicantumkan: ${n} kekurangan bukti pada inovasi yang tidak dihitung (terverifikasi); meskipun buktinya diterima, poinnya tidak bertambah sebelum inovasinya dihitung (lihat Skor Catatan di lembar Inovasi)`,
    notes: "Catatan", message: "Pesan", moreNotes: (n: number) => `… dan ${n} catatan lainnya`, similar: "mis.", morePlaces: (n: string) => `… dan ${n} lainnya`,
    fullList: (e: number, w: number) => `Daftar lengkap ${numberText(e, "id")} kesalahan dan ${numberText(w, "id")} peringatan dengan letaknya masing-masing: lembar Masalah.`,
    legend: "Keterangan Warna", meaning: "Arti", chartTitle: "Skor klaim dan terverifikasi", yes: "Ya", no: "Tidak", notApplied: "Tidak berlaku",
  },
  en: {
    region: "Region", edition: "Model edition", component: "Component", claimed: "Claimed", verified: "Verified", max: "Maximum",
    sidFromIndicators: "SID from indicators", countScore: "Innovation count score", total: "Total", index: "Index (IID)",
    countOf: "Innovation count score taken on", ofCounted: "counted", ofN: "n, all submitted",
    predicate: "Predicate", predicateUnknown: "unknown (a band threshold of the model is unknown; see Notes)", counted: "Innovations counted", divisor: "SID divisor (n)", yandasMet: "Yandas rule met",
    nextBand: "To the next predicate (verified)", indexUnit: "index", pointsUnit: "points",
    breakdown: "Breakdown by Indicator", indicator: "Indicator", weight: "Weight", contribution: { claimed: "Claimed Contribution", verified: "Verified Contribution", maxClaimed: "Claimed Maximum", maxVerified: "Verified Maximum" },
    yandas: "Yandas Urusan Covered", minCovered: "Minimum covered", compliance: "Agency Compliance", agency: "Agency",
    type: "Type", innovations: "Innovations", required: "Required", complies: "Complies?", noRules: "(no compliance rules)",
    notJudged: "(cannot be judged: no listed agency is of a type the rule covers)",
    year: (y: number) => `Year ${y}`, target: "Target", without: "Agencies without an innovation",
    gaps: "Evidence Gaps", evidence: "Evidence Status", pointsLost: "Points Lost", evidenceNeeded: "Evidence Needed", indexGained: "Index Gained", cell: "Cell",
    moreGaps: (n: number) => `… and ${n} more evidence gaps (all of them: the Skor Kekurangan Bukti column of the Inovasi sheet, per innovation — filter it by Perangkat Daerah for one agency's list —, and the Bukti column of the SPD sheet; each agency's innovations: Evidence by Agency on the Rencana sheet)`, none: "(none)",
    idleGaps: (n: number) => `Not listed: ${n} evidence gap${n === 1 ? "" : "s"} on innovations not counted (verified); accepting their evidence adds no points until the innovation counts (see Skor Catatan on the Inovasi sheet)`,
    notes: "Notes", message: "Message", moreNotes: (n: number) => `… and ${n} more notes`, similar: "e.g.", morePlaces: (n: string) => `… and ${n} more`,
    fullList: (e: number, w: number) => `The full list of the ${numberText(e, "en")} error${e === 1 ? "" : "s"} and ${numberText(w, "en")} warning${w === 1 ? "" : "s"}, each with its place: the Masalah sheet.`,
    legend: "Colour legend", meaning: "Meaning", chartTitle: "Claimed and verified scores", yes: "Yes", no: "No", notApplied: "Does not apply",
  },
} as const;

/**
 * The count the skor jumlah inovasi took in each projection (`jumlahInovasi.count`) and what it is: the innovations
 * counted, or — an edition with `formula.jumlahInovasi.countOf: "n"`, where n holds innovations that do not count — n,
 * every one submitted. Read from the result: where the count is the counted innovations, both readings give it. The
 * words fit column D (18 characters): the chart sits from E.
 */
function countRow(c: RegionProjection, v: RegionProjection, locale: MessageLocale): CellValue[] {
  const W = WORDS[locale];
  const [cc, vc] = [c.sid.jumlahInovasi.count, v.sid.jumlahInovasi.count];
  return [W.countOf, cc, vc, cc !== c.sid.counted || vc !== v.sid.counted ? W.ofN : W.ofCounted];
}

/** An evidence status in an English run: the reader's own English word for it (typed back into a Bukti cell, it reads). */
const EVIDENCE_EN: Record<keyof typeof EVIDENCE_LABELS, string> = { accepted: "accepted", pending: "pending", missing: "missing", rejected: "rejected" };

/** An evidence status in the run's language: the template's label ("Tidak Ada"), or the reader's English word. */
export function evidenceWord(status: keyof typeof EVIDENCE_LABELS, locale: MessageLocale): string {
  return locale === "en" ? EVIDENCE_EN[status] : labelOf(EVIDENCE_LABELS, status);
}

/** The row of Ringkasan (0-based) that names the edition scored with: "Edisi Model" in A, its id in B. */
const EDITION_ROW = 2;

/**
 * The id of the edition the tool's Ringkasan says the workbook's last run scored with (its "Edisi Model" row, in
 * either language), or undefined when there is no Ringkasan of the tool's or that row is not where the tool writes it.
 * A re-run compares it with the edition of this run before it takes the last run's points for tiers (answer-changes.ts).
 */
export function summaryEditionId(grids: WorkbookGrids): string | undefined {
  const g = findSheet(grids, SHEETS.summary);
  if (!g || !isSheetTitle("summary", cellAt(g, 0, 0))) return undefined;
  const label = cellAt(g, EDITION_ROW, 0);
  const id = cellAt(g, EDITION_ROW, 1);
  return (label === WORDS.id.edition || label === WORDS.en.edition) && typeof id === "string" ? id : undefined;
}

/** The columns of a "Rincian per Indikator" row: the indicator's id (A), its weight (C), its verified contribution (E). */
const BREAKDOWN_COLS = { id: 0, weight: 2, verified: 4 } as const;

/**
 * The "Rincian per Indikator" rows (either language) of the tool's Ringkasan as the last run wrote them, from the row
 * under its heading to the first with A blank: each row's indicator id, weight and verified contribution — for an SPD
 * indicator its weight × the tier whose evidence was accepted, else 0, rounded to 2 decimals. Empty without a Ringkasan
 * of the tool's or that heading. A re-run reads the last run's SPD tiers from them (answer-changes.ts).
 */
export function summaryBreakdown(grids: WorkbookGrids): { id: CellValue; weight: CellValue; verified: CellValue }[] {
  const g = findSheet(grids, SHEETS.summary);
  if (!g || !isSheetTitle("summary", cellAt(g, 0, 0))) return [];
  const at = g.cells.findIndex((r) => (r?.[0] === WORDS.id.breakdown && r[1] === WORDS.id.indicator) || (r?.[0] === WORDS.en.breakdown && r[1] === WORDS.en.indicator));
  const out: { id: CellValue; weight: CellValue; verified: CellValue }[] = [];
  for (let r = at + 1; at >= 0 && r < g.cells.length; r++) {
    const id = cellAt(g, r, BREAKDOWN_COLS.id);
    if (id === null || id === "") break;
    out.push({ id, weight: cellAt(g, r, BREAKDOWN_COLS.weight), verified: cellAt(g, r, BREAKDOWN_COLS.verified) });
  }
  return out;
}

/** How many places a group of problems on the summary sheet names before "… dan n lainnya" (the CLI's three). */
const GROUP_PLACES = 3;

/**
 * A group of problems in one cell of the summary sheet: its one message; or its count, its text ("mis.": the first of
 * several texts) and its first few places — a group without places gives its first message.
 */
function groupText(g: readonly LocatedIssue[], { first, sameText, places }: GroupSummary, locale: MessageLocale): string {
  if (g.length === 1) return first.message;
  const W = WORDS[locale];
  const n = numberText(g.length, locale);
  if (!places.length) return `${n}× ${W.similar} ${first.message}`;
  const more = places.length > GROUP_PLACES ? ` ${W.morePlaces(numberText(places.length - GROUP_PLACES, locale))}` : "";
  return `${n}× ${sameText ? "" : `${W.similar} `}${first.text} — ${places.slice(0, GROUP_PLACES).join(", ")}${more}`;
}

/** Maximum evidence gaps and notes listed on the summary sheet (the rest are counted). */
export const SUMMARY_LIMITS = { gaps: 100, notes: 500 } as const;

/**
 * The summary sheet's content: totals claimed and verified side by side, breakdown, yandas, compliance, gaps, notes.
 * `edition` (the one scored with) gives the evidence gaps' index gains and an SPD row's evidence needed, `source` (the
 * reader's) their cells, `input` (the one scored) the agencies without an innovation of the rules' year (or
 * `agenciesWithout`, those agencies already listed from it).
 */
export function summaryContent(
  result: RegionResult,
  notes: LocatedIssue[],
  locale: MessageLocale,
  rules: ConditionalFormatSpec[] = [],
  opts: { edition?: Edition | undefined; source?: SourceMap | undefined; input?: RegionInput | undefined; agenciesWithout?: readonly string[] | undefined } = {},
): SummaryContent {
  locale = readLocale(locale, "summaryContent");
  const W = WORDS[locale];
  const yesNo = (b: boolean | null): string => (b === null ? "?" : b ? W.yes : W.no);
  const rows: CellValue[][] = [];
  const headingRows: number[] = [];
  const heading = (...cells: CellValue[]) => { headingRows.push(rows.length); rows.push(cells); };
  // the columns of numbers under a heading, aligned right with their heading (`right`)
  const align: SummaryContent["align"] = [];
  const alignRight = (row: number, cols: readonly number[], horizontal: "right" | "center" = "right") => { for (const col of cols) align.push({ row, col, horizontal }); };
  const wrapRows: number[] = [];
  const links: NamedPlace[] = [];
  const link = (col: number, ref: string | null | undefined) => { if (ref) links.push({ row: rows.length, col, ref }); };
  const c = result.claimed;
  const v = result.verified;
  rows.push([SHEET_TITLES.summary[locale]]);
  rows.push([W.region, result.region.name, LEVEL_LABELS[result.region.level as keyof typeof LEVEL_LABELS]?.[0] ?? result.region.level, result.region.year]); // "Kabupaten", as on Pengaturan
  // (at EDITION_ROW: a re-run reads it back, summaryEditionId)
  rows.push([W.edition, result.edition.id, result.edition.name[locale]]);
  rows.push([]);
  heading(W.component, W.claimed, W.verified, W.max);
  const first = rows.length;
  // the scores at two decimals as the CLI, the Rencana and Banding show them (44,50, not General's 44,5), the index at
  // the edition's; the counts below them stay whole
  const formats: SummaryContent["formats"] = [];
  const numFmt = (cols: number[], f: string) => { for (const col of cols) formats.push({ row: rows.length, col, numFmt: f }); };
  const line = (label: string, f: (p: RegionProjection) => number | null, max: number | null) => {
    numFmt([1, 2, 3], "0.00");
    rows.push([label, r2(f(c)), r2(f(v)), r2(max)]);
  };
  line("SPD", (p) => p.spd.score, v.spd.max);
  line(W.sidFromIndicators, (p) => p.sid.fromIndicators, null);
  line(W.countScore, (p) => p.sid.jumlahInovasi.score, v.sid.jumlahInovasi.max);
  line("SID", (p) => p.sid.score, null);
  line(W.total, (p) => p.total, v.maxTotal);
  const last = rows.length - 1;
  numFmt([1, 2], numberFormat(opts.edition?.formula.rounding.decimals ?? 2));
  rows.push([W.index, c.index, v.index, 100]);
  // an index without a predicate: an unknown band threshold decides it (the engine's predicate_unknown, in the notes)
  const predicate = (p: RegionProjection) => p.predicate?.label[locale] ?? (p.index === null ? null : W.predicateUnknown);
  rows.push([W.predicate, predicate(c), predicate(v), null]);
  rows.push([W.counted, c.sid.counted, v.sid.counted, null]);
  rows.push([W.divisor, c.sid.divisor, v.sid.divisor, null]);
  rows.push(countRow(c, v, locale));
  const ruleOff = opts.edition?.formula.jumlahInovasi.requiresYandas === false;
  rows.push([W.yandasMet, ruleOff ? W.notApplied : yesNo(result.yandas.claimed.met), ruleOff ? W.notApplied : yesNo(result.yandas.verified.met), null]);
  const nb = v.nextBand;
  // a number inside a text follows the language (a decimal comma in Bahasa: "+1,46 indeks")
  const n2 = (x: number) => formatPlanNumber(roundHalfUp(x, 2), locale, 2).replace(/[.,]00$/, "");
  if (nb) rows.push([W.nextBand, nb.band.label[locale], `+${n2(nb.indexNeeded)} ${W.indexUnit}`, `+${n2(nb.pointsNeeded)} ${W.pointsUnit}`]);
  // the totals table's figures and words alike, under their headings (first - 1 is the heading row)
  for (let r = first - 1; r < rows.length; r++) alignRight(r, [1, 2, 3]);
  rows.push([]);

  // each projection's maximum beside its own figures: an SID indicator's is its top row score × the innovations counted
  // in that projection / its divisor (spec §2), so the verified one is below the claimed where fewer count (audit37 #3:
  // one column held the claimed 12 × 88/90 = 11,73 beside a verified 4,09 whose ceiling is 12 × 55/90 = 7,33); an SPD
  // row's is its top row score in both
  // "Claimed Contribution" is wider than column D (18): the heading row wraps
  wrapRows.push(rows.length);
  alignRight(rows.length, [2, 3, 4, 5, 6]);
  heading(W.breakdown, W.indicator, W.weight, W.contribution.claimed, W.contribution.verified, W.contribution.maxClaimed, W.contribution.maxVerified);
  const vb = new Map(v.breakdown.map((b) => [b.indicatorId, b]));
  for (const b of c.breakdown) {
    const w = vb.get(b.indicatorId);
    numFmt([3, 4, 5, 6], "0.00");
    rows.push([b.indicatorId, b.name[locale], b.weight, r2(b.contribution), r2(w?.contribution), r2(b.maxContribution), r2(w?.maxContribution)]);
  }
  rows.push([]);

  heading(W.yandas, W.claimed, W.verified);
  for (const u of result.yandas.claimed.required) {
    rows.push([u, yesNo(result.yandas.claimed.covered.includes(u)), yesNo(result.yandas.verified.covered.includes(u))]);
  }
  rows.push([`${W.minCovered}: ${result.yandas.verified.minCovered ?? "?"}`]);
  rows.push([]);

  alignRight(rows.length, [3, 4]);
  alignRight(rows.length, [5], "center");
  heading(W.compliance, W.agency, W.type, W.innovations, W.required, W.complies);
  for (const rule of result.compliance.rules) {
    // a rule over no agency: not judged, said on its row (not an empty table read as "all comply", audit27 C2)
    if (rule.compliant + rule.nonCompliant === 0) rows.push([rule.name[locale], W.notJudged]);
    for (const a of rule.agencies) {
      const type = a.type in AGENCY_TYPE_LABELS ? labelOf(AGENCY_TYPE_LABELS, a.type as keyof typeof AGENCY_TYPE_LABELS) : a.type;
      alignRight(rows.length, [5], "center");
      rows.push([rule.name[locale], a.agency, type, a.count, a.required, yesNo(a.complies)]);
    }
  }
  if (result.compliance.rules.length === 0) rows.push([W.noRules]);
  // a count read from a file with flaws: met when the rows read reach it (rows left out can only add), else not
  // certain, naming the rows left out — the recap's rule (`countTargetVerdicts`, `RecapRow.countTargets[].met`)
  const verdict = result.compliance.targets.length ? countTargetVerdicts(notes, opts.source?.leftOutRows, locale) : undefined;
  for (const t of result.compliance.targets) {
    const v = verdict!(t.met);
    const met = v.met === null ? v.note : v.note ? `${yesNo(v.met)}, ${v.note}` : yesNo(v.met);
    rows.push([t.name[locale], W.year(t.year), W.target, t.target, t.count, met, `${formatPlanNumber(t.progress, locale, 2).replace(/[.,]00$/, "")} %`]);
  }
  // of the rules' year, as the rules count them and the plan lists them (an agency whose only innovation is of another
  // year is listed, not left off beside a rule that counts it short); without the input, of any year
  const without = opts.agenciesWithout ?? (opts.input ? agenciesWithoutInYear(opts.input, result.compliance) : result.compliance.agenciesWithout);
  rows.push([W.without, without.length, without.join("; ")]);
  rows.push([]);

  // SPD rows and the answers of innovations counted, by what accepting them adds (the list the CLI and the pane show)
  const gaps = evidenceGapList(result, { ...opts, limit: SUMMARY_LIMITS.gaps });
  // from here down the texts are long (the evidence needed, a note's message): the host wraps them
  const wrapFromRow = rows.length;
  alignRight(rows.length, [4, 6]);
  heading(W.gaps, W.agency, W.indicator, W.evidence, W.pointsLost, W.evidenceNeeded, W.indexGained, W.cell);
  for (const g of gaps.gaps) {
    // the gain as the CLI and the pane print it and the Rencana sheet writes the plan's step for it (`gapPrintedGain`):
    // a number at the edition's decimals; one that does not move the printed index keeps its exact value, shown "<1"
    // ("<0,01") as the Rencana's step is
    const p = opts.edition ? gapPrintedGain(g, result, opts.edition) : null;
    const gain = p === null ? null : p.gain;
    if (p !== null) formats.push({ row: rows.length, col: 6, numFmt: gainFormat(p.decimals, locale) });
    numFmt([4], "0.00");
    const at = g.at ? where(g.at.sheet, g.at.cell) : null;
    link(7, at);
    rows.push([gapSubject(g, locale), g.innovation?.agency ?? null, g.indicatorName[locale], evidenceWord(g.evidence, locale), g.points, g.required.map((t) => t[locale]).join("; "), gain, at]);
  }
  if (gaps.total > SUMMARY_LIMITS.gaps) rows.push([W.moreGaps(gaps.total - SUMMARY_LIMITS.gaps)]);
  if (gaps.total === 0) rows.push([W.none]);
  if (gaps.idle > 0) rows.push([W.idleGaps(gaps.idle)]);
  rows.push([]);

  // the level first, in words ("Peringatan"), the message in the wide column beside it, its first place (a link) in the
  // next: errors and warnings grouped by kind as the CLI groups them, a count and a few places each (the full located
  // list is the Masalah sheet's: at 2,100 innovations it was 1,200 rows here, pages of them); the model's notes each
  heading(W.notes, W.message, W.cell);
  const groups = issueGroups(notes);
  for (const g of groups) {
    const s = groupSummary(g);
    const first = s.first;
    link(2, first.cell && where(first.sheet, first.cell));
    rows.push([severityWord(first.severity, locale), groupText(g, s, locale), first.cell ? where(first.sheet, first.cell) : null]);
  }
  if (groups.length) {
    const errors = groups.reduce((n, g) => n + (g[0]!.severity === "error" ? g.length : 0), 0);
    rows.push([null, W.fullList(errors, groups.reduce((n, g) => n + g.length, 0) - errors)]);
  }
  const own = notes.filter((n) => n.severity === "info");
  for (const n of own.slice(0, SUMMARY_LIMITS.notes)) {
    // a note at a cell: its message starts with the place ("Inovasi!H12: …")
    link(2, n.cell && where(n.sheet, n.cell));
    rows.push([severityWord(n.severity, locale), n.message, n.cell ? where(n.sheet, n.cell) : null]);
  }
  if (own.length > SUMMARY_LIMITS.notes) rows.push([W.moreNotes(own.length - SUMMARY_LIMITS.notes)]);
  if (notes.length === 0) rows.push([W.none]);

  // legend of the conditional formats' colours, last so the rows above keep their places
  const fills: SummaryContent["fills"] = [];
  const legend = legendRows(rules);
  if (legend.length) {
    rows.push([]);
    heading(W.legend, W.meaning);
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
    align,
    wrapRows,
    formats,
    links,
    chart: { firstRow: first, lastRow: last, series: [{ col: 1, name: W.claimed }, { col: 2, name: W.verified }], title: W.chartTitle },
  };
}
