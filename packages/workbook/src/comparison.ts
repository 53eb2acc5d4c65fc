/**
 * The year-over-year comparison (`inovasi banding -o`) as one sheet the tool owns: each year's figures under its
 * year and edition, the change, points per indicator, innovations added / dropped / carried over, agencies that
 * produced in neither year, and each year's targets. Host-neutral cell writes.
 */
import { type MessageLocale, type YearComparison, type YearPair, readLocale } from "@inovasi/core";
import type { CellValue, CellWrite } from "./grid.js";
import type { OwnedSheetSpec } from "./output.js";
import { SHEET_TITLES } from "./sheet-titles.js";
import { tableWrites } from "./table-writes.js";
import { STAGE_LABELS, labelOf } from "./labels.js";
import type { CountTargetVerdict } from "./figure-flaws.js";

/** The sheet's words in both languages (the marker in A1 stays as written: how a re-run knows the sheet is the tool's). */
const WORDS = {
  id: {
    region: "Daerah", edition: (y: number) => `Edisi ${y}`,
    mixed: "Kedua tahun dinilai dengan edisi berbeda: selisihnya mencampur perubahan model dengan perubahan daerah.",
    otherRegion: "Nama daerah berbeda di kedua buku kerja.", notLater: (yb: number, ya: number) => (yb === ya ? `Kedua buku kerja untuk tahun ${ya}: perbandingan dua kiriman tahun yang sama, bukan antartahun.` : `Buku kerja pertama (${yb}) lebih baru dari yang kedua (${ya}): selisihnya dihitung dari ${yb} ke ${ya}; urutannya lama lalu baru.`),
    flawed: "(angka belum valid)",
    notValid: (y: number, why: string) => `Angka ${y} belum valid (${why}; lihat masalah berkasnya): selisihnya tidak dihitung, seperti di rekap tahun ke tahun; perbaiki berkasnya lalu bandingkan lagi.`,
    delta: "Selisih", figures: "Angka", claimedIndex: "Indeks klaim", claimedPredicate: "Predikat klaim",
    verifiedIndex: "Indeks terverifikasi", verifiedPredicate: "Predikat terverifikasi", spd: "SPD (terverifikasi)",
    sid: "SID (terverifikasi)", total: "Total (terverifikasi)", counted: "Inovasi dihitung", nonCompliant: "Perangkat daerah belum patuh",
    perIndicator: "Poin per Indikator (terverifikasi)", indicator: "Indikator", absent: "(tidak ada)",
    innovation: "Inovasi", agency: "Perangkat Daerah", stage: "Tahapan", verifiedScore: (y: number) => `Skor Terverifikasi ${y}`, status: "Status",
    carried: "berlanjut", added: "baru", dropped: "tidak dilaporkan lagi",
    matched: "Dicocokkan menurut id, atau nama + perangkat daerah tanpa beda huruf besar, spasi dan tanda baca.",
    near: "Mirip, mungkin Inovasi yang Sama (tidak dipasangkan)",
    nearNote: "Tidak dipasangkan: setiap inovasi di atas tercatat tidak dilaporkan lagi atau baru. Bila sepasang adalah inovasi yang sama, samakan nama dan perangkat daerahnya lalu jalankan lagi.",
    notPaired: "mirip, tidak dipasangkan",
    neither: "Perangkat Daerah tanpa Inovasi di Kedua Tahun", none: "(tidak ada)",
    target: "Target", year: "Tahun", count: "Jumlah", progress: "Kemajuan (%)", met: "Tercapai?", yes: "Ya", no: "Tidak", noTargets: "(tidak ada target)",
  },
  en: {
    region: "Region", edition: (y: number) => `Edition ${y}`,
    mixed: "The two years were scored with different editions: the change mixes model changes with the region's.",
    otherRegion: "The region names differ between the two workbooks.", notLater: (yb: number, ya: number) => (yb === ya ? `Both workbooks are for ${ya}: two submissions of the same year compared, not two years.` : `The first workbook (${yb}) is later than the second (${ya}): the changes run from ${yb} to ${ya}; the order is old, then new.`),
    flawed: "(figures not valid yet)",
    notValid: (y: number, why: string) => `The ${y} figures are not valid yet (${why}; see the file's problems): no change is given, as in the recap's year over year; fix the file and compare again.`,
    delta: "Change", figures: "Figure", claimedIndex: "Claimed index", claimedPredicate: "Claimed predicate",
    verifiedIndex: "Verified index", verifiedPredicate: "Verified predicate", spd: "SPD (verified)",
    sid: "SID (verified)", total: "Total (verified)", counted: "Innovations counted", nonCompliant: "Agencies not complying",
    perIndicator: "Points per Indicator (verified)", indicator: "Indicator", absent: "(none)",
    innovation: "Innovation", agency: "Agency", stage: "Stage", verifiedScore: (y: number) => `Verified Score ${y}`, status: "Status",
    carried: "carried over", added: "added", dropped: "dropped",
    matched: "Matched by id, or name + agency ignoring case, spaces and punctuation.",
    near: "Close, perhaps the Same Innovation (not paired)",
    nearNote: "Not paired: each innovation above is counted as dropped or added. If a pair is one innovation, make its names and agencies the same and run again.",
    notPaired: "close, not paired",
    neither: "Agencies without an Innovation in Either Year", none: "(none)",
    target: "Target", year: "Year", count: "Count", progress: "Progress (%)", met: "Met?", yes: "Yes", no: "No", noTargets: "(no targets)",
  },
} as const;

/** A stage in English (the words the reader takes: "trial", "implementation"); in Bahasa the template's label. */
const STAGES_EN: Record<string, string> = { inisiatif: "initiative", uji_coba: "trial", penerapan: "implementation" };

/** Name of the sheet `inovasi banding` writes (one region across assessment years). */
export const COMPARISON_SHEET = "Banding";
/** A1 of the comparison sheet in Bahasa: marks it as the tool's own; in English `SHEET_TITLES.comparison.en`. */
export const COMPARISON_MARKER = SHEET_TITLES.comparison.id;

/**
 * Each year's validity for a comparison: why its figures are not valid yet (`notValidText`; no change is given), and
 * its count targets' verdicts (`countTargetVerdicts`; without them, met as counted).
 */
export interface ComparisonValidity {
  before?: string | undefined;
  after?: string | undefined;
  targets?: { before?: CountTargetVerdict | undefined; after?: CountTargetVerdict | undefined } | undefined;
}

/** The comparison sheet's cells and layout. */
export function comparisonWorkbook(c: YearComparison, locale: MessageLocale = "id", notValid: ComparisonValidity = {}): { writes: CellWrite[]; sheet: OwnedSheetSpec } {
  locale = readLocale(locale, "comparisonWorkbook");
  const rows: CellValue[][] = [];
  const headings: number[] = [];
  const heading = (...cells: CellValue[]) => { headings.push(rows.length); rows.push(cells); };
  const W = WORDS[locale];
  // worked out here, not in WORDS: a call at the module's top level would keep this sheet in every bundle of the package
  const stage = (x: string) => (locale === "en" ? STAGES_EN[x] : x in STAGE_LABELS ? labelOf(STAGE_LABELS, x as keyof typeof STAGE_LABELS) : undefined) ?? x;
  // cells holding an index or points: two decimals always (3.00 beside 1.50, not 3), counts as they are
  const figures = new Map<number, number[]>();
  const points = (cols: number[]) => figures.set(rows.length - 1, cols);
  const yb = c.years.before;
  const ya = c.years.after;
  const eb = c.editions.before;
  const ea = c.editions.after;
  rows.push([SHEET_TITLES.comparison[locale]]);
  rows.push([W.region, c.region.before === c.region.after ? c.region.after : `${c.region.before} → ${c.region.after}`]);
  rows.push([W.edition(yb), eb.id, eb.caveat ? eb.caveat[locale] : null]);
  rows.push([W.edition(ya), ea.id, ea.caveat ? ea.caveat[locale] : null]);
  if (c.notes.includes("different_edition")) rows.push([W.mixed]);
  if (c.notes.includes("different_region")) rows.push([W.otherRegion]);
  // the same year is two submissions, not a wrong order (as the CLI's banding says it)
  if (c.notes.includes("year_not_later")) rows.push([W.notLater(yb, ya)]);
  // a year whose figures are not valid yet (`notValidText`): said, and no change, as the recap's year over year
  for (const [y, why] of [[yb, notValid.before], [ya, notValid.after]] as const) if (why) rows.push([W.notValid(y, why)]);
  const valid = !notValid.before && !notValid.after;
  rows.push([]);

  const pred = (p: { label: { id: string; en: string } } | null) => p?.label[locale] ?? null;
  const delta = c.editions.same ? W.delta : `${W.delta} (${eb.id} → ${ea.id})`;
  heading(W.figures, `${yb} (${eb.id})${notValid.before ? ` ${W.flawed}` : ""}`, `${ya} (${ea.id})${notValid.after ? ` ${W.flawed}` : ""}`, delta);
  const line = (label: string, p: YearPair, figure = false) => { rows.push([label, p.before, p.after, valid ? p.delta : "—"]); if (figure) points([1, 2, 3]); };
  line(W.claimedIndex, c.index.claimed, true);
  rows.push([W.claimedPredicate, pred(c.predicate.claimed.before), pred(c.predicate.claimed.after), null]);
  line(W.verifiedIndex, c.index.verified, true);
  rows.push([W.verifiedPredicate, pred(c.predicate.verified.before), pred(c.predicate.verified.after), null]);
  line(W.spd, c.verified.spd, true);
  line(W.sid, c.verified.sid, true);
  line(W.total, c.verified.total, true);
  line(W.counted, c.verified.counted);
  line(W.nonCompliant, c.nonCompliant);
  rows.push([]);

  heading(W.perIndicator, W.indicator, `${yb}`, `${ya}`, W.delta);
  for (const i of c.indicators) { rows.push([i.indicatorId, i.name[locale], i.inBefore ? i.points.before : W.absent, i.inAfter ? i.points.after : W.absent, i.points.delta]); points([2, 3, 4]); }
  rows.push([]);

  heading(W.innovation, W.agency, W.stage, W.verifiedScore(yb), W.verifiedScore(ya), W.delta, W.status);
  for (const x of c.innovations.carried) { rows.push([x.after.name, x.after.agency, stage(x.after.stage), x.verified.before, x.verified.after, x.verified.delta, W.carried]); points([3, 4, 5]); }
  for (const x of c.innovations.added) { rows.push([x.name, x.agency, stage(x.stage), null, x.verified, null, W.added]); points([3, 4, 5]); }
  for (const x of c.innovations.dropped) { rows.push([x.name, x.agency, stage(x.stage), x.verified, null, null, W.dropped]); points([3, 4, 5]); }
  rows.push([W.matched]);
  rows.push([]);

  // pairs the CLI names as close: each innovation is in the table above as dropped and added, never paired here
  const near: number[] = [];
  if (c.innovations.near.length) {
    heading(W.near);
    heading(`${W.innovation} ${yb}`, `${W.agency} ${yb}`, `${W.innovation} ${ya}`, `${W.agency} ${ya}`, W.status);
    for (const x of c.innovations.near) { near.push(rows.length); rows.push([x.dropped.name, x.dropped.agency, x.added.name, x.added.agency, W.notPaired]); }
    rows.push([W.nearNote]);
    rows.push([]);
  }

  heading(W.neither);
  for (const a of c.agenciesInNeither) rows.push([a]);
  if (c.agenciesInNeither.length === 0) rows.push([W.none]);
  rows.push([]);

  heading(W.target, W.year, W.count, W.target, W.progress, W.met);
  // a count read from a file with flaws: the recap's rule (`countTargetVerdicts`), not Ya/Tidak from the count as read
  for (const [ts, v] of [[c.targets.before, notValid.targets?.before], [c.targets.after, notValid.targets?.after]] as const) {
    for (const t of ts) {
      const x = v ? v(t.met) : { met: t.met, note: null };
      rows.push([t.name[locale], t.year, t.count, t.target, t.progress, x.met === null ? x.note : `${x.met ? W.yes : W.no}${x.note ? `, ${x.note}` : ""}`]);
    }
  }
  if (c.targets.before.length + c.targets.after.length === 0) rows.push([W.noTargets]);

  const writes = tableWrites(COMPARISON_SHEET, rows, headings, (r, col, v) => (!Number.isInteger(v) || figures.get(r)?.includes(col) ? "0.00" : undefined));
  // the headings ("2026 (iid-2026)", "Skor Terverifikasi 2025") wrap rather than run into the next column
  // (and a close pair's names, whose later year sits in the narrow columns)
  return { writes, sheet: { name: COMPARISON_SHEET, widths: [40, 46, 18, 18, 18, 12, 22], headingRows: headings, freezeRows: 0, landscape: true, wrapRows: [...headings, ...near] } };
}
