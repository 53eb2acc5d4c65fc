/**
 * A province's recap against last year's (`compareRecaps`) in words and as a sheet of the recap workbook: which
 * kab/kota rose or fell, whose predicate changed, the province's average and predicate counts then → now, the regions
 * of one year only — and, beside the numbers, when the two years were scored with different editions.
 */
import { type MessageLocale, type PredicateResult, type RecapYearSide, type RecapYears, formatPlanNumber } from "@inovasi/core";
import type { CellValue, CellWrite } from "./grid.js";
import { LEVEL_LABELS } from "./labels.js";
import type { OwnedSheetSpec } from "./output.js";
import { numberFormat } from "./plan-sheet.js";
import { tableWrites } from "./table-writes.js";
import { NO_PREDICATE_LABEL } from "./recap-totals.js";
import { PREDICATE_UNKNOWN_LABEL } from "./distribution-labels.js";

/** The sheet of the recap workbook that holds the comparison with last year (written only when one is given). */
export const RECAP_YEARS_SHEET = "Banding Tahun";
/** A1 of that sheet: marks it as the tool's own. */
export const RECAP_YEARS_TITLE = "Banding Rekap Antartahun (dibuat oleh inovasi)";

type Year = number | null;
const y = (n: Year) => (n === null ? "?" : String(n));

const WORDS = {
  id: {
    head: (yb: Year, n: number, rose: number, fell: number, same: number, unknown: number) =>
      `Dibanding tahun ${y(yb)}: ${n} daerah ada di kedua tahun — ${rose} naik, ${fell} turun, ${same} tetap${unknown ? `, ${unknown} tanpa selisih (belum melapor atau indeksnya tidak diketahui)` : ""}`,
    predicates: (up: number, down: number) => `; predikat naik ${up}, turun ${down}`,
    // banding's words for one region, for the province
    mixed: "Kedua tahun dinilai dengan edisi berbeda: selisihnya mencampur perubahan model dengan perubahan daerah.",
    pure: " Untuk selisih yang murni, nilai keduanya dengan satu edisi: --edition <id>.",
    editions: (yb: Year, b: string, ya: Year, a: string) => `Edisi ${y(yb)}: ${b}; edisi ${y(ya)}: ${a}.`,
    notLater: (yb: Year, ya: Year) => `Tahun rekap sebelumnya (${y(yb)}) tidak lebih awal dari tahun rekap ini (${y(ya)}): periksa berkas tahun sebelumnya.`,
    province: (yb: Year, ya: Year) => `Provinsi ${y(yb)} → ${y(ya)} (kab/kota)`,
    average: "rata-rata indeks terverifikasi",
    noAverage: "tidak ada",
    ranked: "daerah berperingkat",
    regions: "daerah",
    only: (year: Year, other: Year, names: string) => `Hanya di ${y(year)} (tidak ada berkas ${y(other)} yang cocok menurut nama dan tingkat): ${names}`,
    outsideYear: (year: Year, n: number, list: string) => `Banding tahun ${y(year)}: ${n} berkas tahun lain tidak dibandingkan (daerahnya dianggap tidak punya berkas ${y(year)}): ${list}.`,
    notReported: "belum melapor",
    flawed: "angka belum valid",
    up: "naik", down: "turun", same: "tetap",
    editionsDiffer: (b: string, a: string) => `edisi berbeda (${b} → ${a}): selisih mencampur perubahan model`,
    onlyIn: (year: Year) => `hanya ${y(year)}`,
    cols: (yb: Year, ya: Year) => ["Daerah", "Tingkat", `Indeks ${y(yb)}`, `Predikat ${y(yb)}`, `Peringkat ${y(yb)}`, `Edisi ${y(yb)}`, `Indeks ${y(ya)}`, `Predikat ${y(ya)}`, `Peringkat ${y(ya)}`, `Edisi ${y(ya)}`, "Selisih Indeks", "Predikat", "Catatan"],
    table: (yb: Year, ya: Year) => ["Daerah", y(yb), y(ya), "Selisih", "Predikat", "Peringkat"],
    predicateCols: (yb: Year, ya: Year) => ["Predikat (terverifikasi)", y(yb), y(ya), "Selisih"],
    averageRow: "Rata-rata indeks terverifikasi",
  },
  en: {
    head: (yb: Year, n: number, rose: number, fell: number, same: number, unknown: number) =>
      `Against ${y(yb)}: ${n} region${n === 1 ? "" : "s"} in both years — ${rose} rose, ${fell} fell, ${same} unchanged${unknown ? `, ${unknown} without a change (not reported or index unknown)` : ""}`,
    predicates: (up: number, down: number) => `; predicate up ${up}, down ${down}`,
    mixed: "The two years were scored with different editions: the change mixes model changes with the region's.",
    pure: " For a clean change, score both with one edition: --edition <id>.",
    editions: (yb: Year, b: string, ya: Year, a: string) => `Edition ${y(yb)}: ${b}; edition ${y(ya)}: ${a}.`,
    notLater: (yb: Year, ya: Year) => `The previous recap's year (${y(yb)}) is not before this recap's (${y(ya)}): check the previous year's files.`,
    province: (yb: Year, ya: Year) => `Province ${y(yb)} → ${y(ya)} (kab/kota)`,
    average: "average verified index",
    noAverage: "none",
    ranked: "regions ranked",
    regions: "regions",
    only: (year: Year, other: Year, names: string) => `Only in ${y(year)} (no file of ${y(other)} matches by name and level): ${names}`,
    outsideYear: (year: Year, n: number, list: string) => `Comparison of ${y(year)}: ${n} file${n === 1 ? "" : "s"} of another year left out (their regions count as having no ${y(year)} file): ${list}.`,
    notReported: "not reported",
    flawed: "figures not valid yet",
    up: "up", down: "down", same: "same",
    editionsDiffer: (b: string, a: string) => `editions differ (${b} → ${a}): the change mixes model changes`,
    onlyIn: (year: Year) => `only ${y(year)}`,
    cols: (yb: Year, ya: Year) => ["Region", "Level", `Index ${y(yb)}`, `Predicate ${y(yb)}`, `Rank ${y(yb)}`, `Edition ${y(yb)}`, `Index ${y(ya)}`, `Predicate ${y(ya)}`, `Rank ${y(ya)}`, `Edition ${y(ya)}`, "Index Change", "Predicate", "Note"],
    table: (yb: Year, ya: Year) => ["Region", y(yb), y(ya), "Change", "Predicate", "Rank"],
    predicateCols: (yb: Year, ya: Year) => ["Predicate (verified)", y(yb), y(ya), "Change"],
    averageRow: "Average verified index",
  },
} as const;

/** "+10,47", "−1,05", "±0,00" at `decimals`, as `inovasi banding` prints a change. */
function signed(n: number | null, locale: MessageLocale, decimals = 2): string {
  return n === null ? "—" : `${n > 0 ? "+" : n < 0 ? "−" : "±"}${formatPlanNumber(Math.abs(n), locale, decimals)}`;
}

/** A predicate's name, or the distribution's words for none (index unknown; a band an unknown threshold decides). */
function predicateName(p: PredicateResult | null, unknown: "index" | "band" | undefined, locale: MessageLocale): string {
  return p ? p.label[locale] : unknown === "band" ? PREDICATE_UNKNOWN_LABEL[locale] : NO_PREDICATE_LABEL[locale];
}

/**
 * The comparison's summary lines, as `inovasi rekap --previous` prints them and the sheet writes them above its table:
 * how many rose and fell, the editions when they differ (with how to get a clean change, `cli`), the province's line
 * then → now, the files of another year than their set's (not compared), and the regions of one year only. `decimals`: the later year's index decimals.
 */
export function recapYearsNotes(c: RecapYears, locale: MessageLocale = "id", { cli = false, decimals = recapYearsDecimals(c) } = {}): string[] {
  const W = WORDS[locale];
  const [yb, ya] = [c.years.before, c.years.after];
  const out = [headLine(c, locale), ...recapYearsWarnings(c, locale, cli)];
  const p = c.province;
  const avg = (n: number | null) => (n === null ? W.noAverage : formatPlanNumber(n, locale, decimals));
  const mixed = c.notes.includes("different_edition") ? ` — ${W.editionsDiffer(c.editions.before.join(", "), c.editions.after.join(", "))}` : "";
  const parts = [
    `${W.average} ${avg(p.average.before)} → ${avg(p.average.after)}${p.average.delta === null ? "" : ` (${signed(p.average.delta, locale, decimals)})`}${mixed}`,
    `${W.regions} ${p.regions.before} → ${p.regions.after}`,
    `${W.ranked} ${p.ranked.before} → ${p.ranked.after}`,
    ...p.predicates.map((x) => `${predicateName(x.predicate, x.unknown, locale)} ${x.before} → ${x.after}`),
  ];
  out.push(`${W.province(yb, ya)}: ${parts.join(" · ")}`);
  // files of another year than their set's (a 2024 file among last year's): named, as the recap names them
  for (const [year, xs] of [[yb, c.outsideYear?.before ?? []], [ya, c.outsideYear?.after ?? []]] as const) {
    if (xs.length) out.push(W.outsideYear(year, xs.length, xs.map((x) => `${x.id} (${x.year})`).join(", ")));
  }
  const names = (xs: readonly RecapYearSide[]) => xs.map((x) => x.name).join(", ");
  if (c.onlyBefore.length) out.push(W.only(yb, ya, names(c.onlyBefore)));
  if (c.onlyAfter.length) out.push(W.only(ya, yb, names(c.onlyAfter)));
  return out;
}

/**
 * What to be wary of in the comparison (`RecapYears.notes`), one sentence each: the two years scored with different
 * editions (with how to get a clean change, `cli`), last year's recap not earlier than this one. The CLI marks them
 * with "!", the pane's status line says them after the summary.
 */
export function recapYearsWarnings(c: RecapYears, locale: MessageLocale = "id", cli = false): string[] {
  const W = WORDS[locale];
  const [yb, ya] = [c.years.before, c.years.after];
  const out: string[] = [];
  if (c.notes.includes("different_edition")) out.push(`${W.mixed} ${W.editions(yb, c.editions.before.join(", "), ya, c.editions.after.join(", "))}${cli ? W.pure : ""}`);
  if (c.notes.includes("year_not_later")) out.push(W.notLater(yb, ya));
  return out;
}

/** "Dibanding tahun 2025: 12 daerah ada di kedua tahun — 7 naik, …; predikat naik 2, turun 1". */
function headLine(c: RecapYears, locale: MessageLocale): string {
  const m = c.moved;
  return `${WORDS[locale].head(c.years.before, c.regions.length, m.rose, m.fell, m.same, m.unknown)}${WORDS[locale].predicates(m.predicateUp, m.predicateDown)}`;
}

/**
 * The comparison in one line, for a status line: how many rose and fell (`recapYearsNotes`' first line) and the
 * province's average verified index then → now, at the later year's decimals.
 */
export function recapYearsSummary(c: RecapYears, locale: MessageLocale = "id"): string {
  const W = WORDS[locale];
  const d = recapYearsDecimals(c);
  const a = c.province.average;
  const avg = (n: number | null) => (n === null ? W.noAverage : formatPlanNumber(n, locale, d));
  return `${headLine(c, locale)}; ${W.average} ${avg(a.before)} → ${avg(a.after)}${a.delta === null ? "" : ` (${signed(a.delta, locale, d)})`}`;
}

/** The later year's index decimals (the province's average and changes are at them): 2 without a region. */
export function recapYearsDecimals(c: RecapYears): number {
  return (c.regions[0]?.after ?? c.onlyAfter[0])?.decimals ?? 2;
}

/** One region's figures in a year as the terminal prints them: "48,22 Inovatif", "belum melapor", "(angka belum valid)". */
function sideText(s: RecapYearSide, locale: MessageLocale): string {
  const W = WORDS[locale];
  if (!s.reported) return `${W.notReported}${s.flawed ? ` (${W.flawed})` : ""}`;
  const index = s.index === null ? "?" : formatPlanNumber(s.index, locale, s.decimals);
  return `${index} ${predicateName(s.predicate, s.index === null ? "index" : "band", locale)}${s.flawed ? ` (${W.flawed})` : ""}`;
}

/**
 * The regions in both years as rows of text (heading first): name, each year's verified index and predicate, the change
 * (with the editions beside it when they differ), whether the predicate went up or down, and the rank then → now.
 */
export function recapYearsTable(c: RecapYears, locale: MessageLocale = "id"): string[][] {
  const W = WORDS[locale];
  const rows: string[][] = [[...W.table(c.years.before, c.years.after)]];
  for (const r of c.regions) {
    const d = r.after.decimals;
    rows.push([
      r.after.name,
      sideText(r.before, locale),
      sideText(r.after, locale),
      `${signed(r.delta, locale, d)}${r.sameEdition ? "" : ` (${r.before.edition} → ${r.after.edition})`}`,
      r.predicate === null ? "" : W[r.predicate],
      // ranks are within each year's recap (its edition, its kab/kota): "-" where a region was not ranked
      `${r.before.rank ?? "-"} → ${r.after.rank ?? "-"}`,
    ]);
  }
  return rows;
}

/**
 * The comparison as a sheet of the recap workbook: the notes, one row per region (both years, then the regions of
 * one year only), and the province's predicate counts and average then → now; each index at its edition's decimals.
 */
export function recapYearsSheet(c: RecapYears, locale: MessageLocale = "id"): { writes: CellWrite[]; sheet: OwnedSheetSpec; at: number[] } {
  const W = WORDS[locale];
  const [yb, ya] = [c.years.before, c.years.after];
  const decimals = recapYearsDecimals(c);
  const rows: CellValue[][] = [[RECAP_YEARS_TITLE], ...recapYearsNotes(c, locale, { decimals }).map((n) => [n]), []];
  const formats = new Map<string, string>();
  const fmt = (col: number, d: number) => formats.set(`${rows.length}:${col}`, numberFormat(d));
  const headings = [rows.length];
  rows.push([...W.cols(yb, ya)]);
  const tableHeader = rows.length - 1;
  const level = (l: string) => LEVEL_LABELS[l as keyof typeof LEVEL_LABELS]?.[0] ?? l;
  const predicate = (s: RecapYearSide) => (s.predicate ? s.predicate.label[locale] : s.index === null ? null : PREDICATE_UNKNOWN_LABEL[locale]);
  const index = (s: RecapYearSide, col: number): CellValue => {
    if (!s.reported) return W.notReported;
    if (s.index !== null) fmt(col, s.decimals);
    return s.index;
  };
  const side = (s: RecapYearSide | null, col: number): CellValue[] => (s ? [index(s, col), predicate(s), s.rank, s.edition] : [null, null, null, null]);
  const note = (parts: (string | false)[]) => parts.filter(Boolean).join("; ") || null;
  const at: number[] = [];
  for (const r of c.regions) {
    at.push(rows.length);
    if (r.delta !== null) fmt(10, r.after.decimals);
    rows.push([
      r.after.name, level(r.level), ...side(r.before, 2), ...side(r.after, 6), r.delta, r.predicate === null ? null : W[r.predicate],
      note([!r.sameEdition && W.editionsDiffer(r.before.edition, r.after.edition), r.before.flawed && `${W.flawed} ${y(yb)}`, r.after.flawed && `${W.flawed} ${y(ya)}`]),
    ]);
  }
  for (const s of c.onlyBefore) rows.push([s.name, level(s.level), ...side(s, 2), ...side(null, 6), null, null, note([W.onlyIn(yb), s.flawed && `${W.flawed} ${y(yb)}`])]);
  for (const s of c.onlyAfter) rows.push([s.name, level(s.level), ...side(null, 2), ...side(s, 6), null, null, note([W.onlyIn(ya), s.flawed && `${W.flawed} ${y(ya)}`])]);
  const lastRow = rows.length - 1;
  rows.push([]);
  headings.push(rows.length);
  rows.push([...W.predicateCols(yb, ya)]);
  for (const p of c.province.predicates) rows.push([predicateName(p.predicate, p.unknown, locale), p.before, p.after, p.after - p.before]);
  const a = c.province.average;
  for (const col of [1, 2, 3]) if ([a.before, a.after, a.delta][col - 1] !== null) fmt(col, decimals);
  rows.push([W.averageRow, a.before ?? W.noAverage, a.after ?? W.noAverage, a.delta]);

  const writes = tableWrites(RECAP_YEARS_SHEET, rows, headings, (r, col) => formats.get(`${r}:${col}`));
  const widths = [30, 11, 10, 18, 10, 16, 10, 18, 10, 16, 10, 10, 50];
  return {
    writes,
    at,
    sheet: {
      name: RECAP_YEARS_SHEET, widths, headingRows: headings, freezeRows: 0, landscape: true, wrapRows: [tableHeader],
      autoFilter: { row: tableHeader, lastRow, fromCol: 0, toCol: widths.length - 1 },
    },
  };
}
