/**
 * A province's recap against last year's (`compareRecaps`) in words and as a sheet of the recap workbook: which
 * kab/kota rose or fell, whose predicate changed, the province's average and predicate counts then → now, the regions
 * of one year only — and, beside the numbers, when the two years were scored with different editions.
 */
import { type MessageLocale, type PredicateResult, type Recap, type RecapYearSide, type RecapYears, formatPlanNumber, readLocale } from "@inovasi/core";
import type { CellValue, CellWrite } from "./grid.js";
import { LEVEL_LABELS } from "./labels.js";
import type { OwnedSheetSpec } from "./output.js";
import { SHEET_TITLES } from "./sheet-titles.js";
import { numberFormat } from "./plan-sheet.js";
import { tableWrites } from "./table-writes.js";
import { NO_PREDICATE_LABEL } from "./recap-totals.js";
import { PREDICATE_UNKNOWN_LABEL } from "./distribution-labels.js";

/** The sheet of the recap workbook that holds the comparison with last year (written only when one is given). */
export const RECAP_YEARS_SHEET = "Banding Tahun";
/** A1 of that sheet in Bahasa: marks it as the tool's own; in English `SHEET_TITLES.recapYears.en`. */
export const RECAP_YEARS_TITLE = SHEET_TITLES.recapYears.id;

type Year = number | null;
const y = (n: Year) => (n === null ? "?" : String(n));
const cap = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

const WORDS = {
  id: {
    head: (yb: Year, n: number, rose: number, fell: number, same: number, unknown: number) =>
      `Dibanding tahun ${y(yb)}: ${n} daerah ada di kedua tahun — ${rose} naik, ${fell} turun, ${same} tetap${unknown ? `, ${unknown} tanpa selisih (belum melapor, angka belum valid atau indeksnya tidak diketahui)` : ""}`,
    // incomparable: the two years' band sets cannot be lined up there (RecapYearRegion.predicate), said, not guessed
    predicates: (up: number, down: number, off: number) => `; predikat naik ${up}, turun ${down}${off ? `, tidak sebanding ${off} (susunan predikat kedua tahun berbeda)` : ""}`,
    // to / from: the band a region that did not report is in, by its edition's label (a model may relabel it)
    reporting: (stopped: number, to: string, started: number, from: string) => ` (${[stopped ? `${stopped} berhenti melapor${to ? `: turun ke ${to}` : ""}` : "", started ? `${started} mulai melapor${from ? `: naik dari ${from}` : ""}` : ""].filter(Boolean).join("; ")})`,
    likeForLike: (n: number) => `rata-rata indeks terverifikasi ${n} daerah berperingkat di kedua tahun`,
    noLikeForLike: "rata-rata daerah berperingkat di kedua tahun: tidak ada",
    allRanked: (b: string, nb: number, a: string, na: number) => `rata-rata seluruh daerah berperingkat ${b} (${nb} daerah) → ${a} (${na} daerah)`,
    setsDiffer: (yb: Year, ya: Year, before: string, after: string) =>
      `Rata-rata seluruh daerah berperingkat ${y(yb)} dan ${y(ya)} dihitung atas daerah yang berbeda, jadi selisihnya bukan perubahan provinsi; perubahan provinsi adalah rata-rata daerah berperingkat di kedua tahun. ${cap([before ? `berperingkat ${y(yb)} saja: ${before}` : "", after ? `berperingkat ${y(ya)} saja: ${after}` : ""].filter(Boolean).join("; "))}.`,
    why: { no_file: (o: Year) => `tidak ada berkas ${y(o)}`, unreadable: (o: Year) => `berkas ${y(o)} tidak dapat dinilai`, maybe_unreadable: (o: Year) => `tidak ada berkas ${y(o)} yang terbaca`, not_reported: (o: Year) => `belum melapor ${y(o)}`, flawed: (o: Year) => `angka ${y(o)} belum valid`, index_unknown: (o: Year) => `indeks ${y(o)} tidak diketahui`, not_ranked: (o: Year) => `tanpa peringkat ${y(o)}` },
    notScored: (year: Year, n: number, list: string) => `${n} berkas ${y(year)} tidak dapat dinilai (daerahnya tidak dibandingkan dan tidak dihitung sebagai tidak mengirim berkas; lihat lembar Masalah per Berkas): ${list}.`,
    unreadableOnly: (year: Year, other: Year, list: string) => `Berkas ${y(other)} tidak dapat dinilai, tidak dibandingkan (bukan daerah baru atau yang berhenti): ${list}`,
    maybeOnly: (year: Year, other: Year, names: string) => `Hanya di ${y(year)} menurut berkas yang terbaca (berkas ${y(other)}-nya mungkin salah satu yang tidak dapat dinilai): ${names}`,
    otherLevel: (name: string, level: string, year: Year) => ` (mungkin sama dengan "${name}", ${level} ${y(year)}: periksa Tingkat di Pengaturan)`,
    unreadableNote: (year: Year, file: string) => `berkas ${y(year)} tidak dapat dinilai (${file})`,
    maybeNote: (year: Year) => `tidak ada berkas ${y(year)} yang terbaca dan cocok`,
    otherLevelNote: (name: string, level: string) => `mungkin sama dengan "${name}" (${level}): periksa Tingkat`,
    likeRow: (n: number) => `Rata-rata ${n} daerah berperingkat di kedua tahun`,
    // banding's words for one region, for the province
    offYear: (n: number, year: Year, edition: string, ey: number) => `${n} daerah ${y(year)} dinilai dengan edisi ${edition} (tahun ${ey}): predikat, ambang dan aturannya dari tahun ${ey}, bukan ${y(year)}.`,
    offYearCli: (before: boolean) => ` Untuk model tahun itu: ${before ? "--previous-model" : "--model"} <model.json>.`,
    mixed: "Kedua tahun dinilai dengan edisi berbeda: selisihnya mencampur perubahan model dengan perubahan daerah.",
    pure: (model: boolean) => (model ? " Untuk selisih yang murni, nilai keduanya dengan satu model: --model <model.json> tanpa --previous-model." : " Untuk selisih yang murni, nilai keduanya dengan satu edisi: --edition <id>."),
    editions: (yb: Year, b: string, ya: Year, a: string) => `Edisi ${y(yb)}: ${b}; edisi ${y(ya)}: ${a}.`,
    notLater: (yb: Year, ya: Year) => `Tahun rekap sebelumnya (${y(yb)}) tidak lebih awal dari tahun rekap ini (${y(ya)}): periksa berkas tahun sebelumnya.`,
    province: (yb: Year, ya: Year) => `Provinsi ${y(yb)} → ${y(ya)} (kab/kota)`,
    average: "rata-rata indeks terverifikasi",
    noAverage: "tidak ada",
    ranked: "daerah berperingkat",
    regions: "daerah",
    unreadFiles: "berkas tidak dapat dinilai",
    only: (year: Year, other: Year, names: string) => `Hanya di ${y(year)} (tidak ada berkas ${y(other)} yang cocok menurut nama dan tingkat): ${names}`,
    outsideYear: (year: Year, n: number, list: string) => `Banding tahun ${y(year)}: ${n} berkas tahun lain tidak dibandingkan (daerahnya dianggap tidak punya berkas ${y(year)}): ${list}.`,
    notReported: "belum melapor",
    flawed: "angka belum valid",
    up: "naik", down: "turun", same: "tetap", incomparable: "tidak sebanding",
    editionsDiffer: (b: string, a: string) => `edisi berbeda (${b} → ${a}): selisih mencampur perubahan model`,
    onlyIn: (year: Year) => `hanya ${y(year)}`,
    cols: (yb: Year, ya: Year) => ["Daerah", "Tingkat", `Indeks ${y(yb)}`, `Predikat ${y(yb)}`, `Peringkat ${y(yb)}`, `Edisi ${y(yb)}`, `Indeks ${y(ya)}`, `Predikat ${y(ya)}`, `Peringkat ${y(ya)}`, `Edisi ${y(ya)}`, "Selisih Indeks", "Predikat", `Peringkat ${y(yb)} (sebanding)`, `Peringkat ${y(ya)} (sebanding)`, "Gerak Peringkat (sebanding)", "Catatan"],
    table: (yb: Year, ya: Year) => ["Daerah", y(yb), y(ya), "Selisih", "Predikat", "Peringkat", "Peringkat sebanding"],
    // a move as a number the sheet's format words: 4 "naik 4", −1 "turun 1", 0 "tetap" (a filter still sees the number)
    moveFormat: '"naik "0;"turun "0;"tetap"',
    rankMove: (move: number) => (move > 0 ? `naik ${move}` : move < 0 ? `turun ${-move}` : "tetap"),
    ranks: (yb: Year, nb: number, ya: Year, na: number, n: number) =>
      `Peringkat: di antara daerah berperingkat tahun itu (${nb} daerah ${y(yb)}, ${na} daerah ${y(ya)})${nb === n && na === n ? "" : ", daerah yang berbeda"}; peringkat sebanding: di antara ${n} daerah berperingkat di kedua tahun, tempat naik dan turunnya peringkat dihitung.`,
    predicateCols: (yb: Year, ya: Year) => ["Predikat (terverifikasi)", y(yb), y(ya), "Selisih"],
    averageRow: "Rata-rata seluruh daerah berperingkat (daerahnya berbeda)",
  },
  en: {
    head: (yb: Year, n: number, rose: number, fell: number, same: number, unknown: number) =>
      `Against ${y(yb)}: ${n} region${n === 1 ? "" : "s"} in both years — ${rose} rose, ${fell} fell, ${same} unchanged${unknown ? `, ${unknown} without a change (not reported, figures not valid yet or index unknown)` : ""}`,
    predicates: (up: number, down: number, off: number) => `; predicate up ${up}, down ${down}${off ? `, not comparable ${off} (the two years' predicate sets differ)` : ""}`,
    reporting: (stopped: number, to: string, started: number, from: string) => ` (${[stopped ? `${stopped} stopped reporting${to ? `: down to ${to}` : ""}` : "", started ? `${started} started reporting${from ? `: up from ${from}` : ""}` : ""].filter(Boolean).join("; ")})`,
    likeForLike: (n: number) => `average verified index of the ${n} region${n === 1 ? "" : "s"} ranked in both years`,
    noLikeForLike: "average of the regions ranked in both years: none",
    allRanked: (b: string, nb: number, a: string, na: number) => `average of all ranked regions ${b} (${nb} region${nb === 1 ? "" : "s"}) → ${a} (${na} region${na === 1 ? "" : "s"})`,
    setsDiffer: (yb: Year, ya: Year, before: string, after: string) =>
      `The averages of all ranked regions of ${y(yb)} and ${y(ya)} are over different regions, so their difference is no change of the province; the province's change is the average of the regions ranked in both years. ${cap([before ? `ranked in ${y(yb)} only: ${before}` : "", after ? `ranked in ${y(ya)} only: ${after}` : ""].filter(Boolean).join("; "))}.`,
    why: { no_file: (o: Year) => `no ${y(o)} file`, unreadable: (o: Year) => `${y(o)} file could not be scored`, maybe_unreadable: (o: Year) => `no readable ${y(o)} file`, not_reported: (o: Year) => `not reported ${y(o)}`, flawed: (o: Year) => `${y(o)} figures not valid yet`, index_unknown: (o: Year) => `${y(o)} index unknown`, not_ranked: (o: Year) => `not ranked ${y(o)}` },
    notScored: (year: Year, n: number, list: string) => `${n} file${n === 1 ? "" : "s"} of ${y(year)} could not be scored (their regions are not compared, nor counted as having sent no file; see the Masalah per Berkas sheet): ${list}.`,
    unreadableOnly: (year: Year, other: Year, list: string) => `${y(other)} file could not be scored, not compared (not a new region or one that stopped): ${list}`,
    maybeOnly: (year: Year, other: Year, names: string) => `Only in ${y(year)} by the files read (the ${y(other)} file may be one that could not be scored): ${names}`,
    otherLevel: (name: string, level: string, year: Year) => ` (maybe the same as "${name}", ${level} ${y(year)}: check Tingkat on Pengaturan)`,
    unreadableNote: (year: Year, file: string) => `${y(year)} file could not be scored (${file})`,
    maybeNote: (year: Year) => `no readable ${y(year)} file matches`,
    otherLevelNote: (name: string, level: string) => `maybe the same as "${name}" (${level}): check Tingkat`,
    likeRow: (n: number) => `Average of the ${n} region${n === 1 ? "" : "s"} ranked in both years`,
    offYear: (n: number, year: Year, edition: string, ey: number) => `${n} region${n === 1 ? "" : "s"} of ${y(year)} scored with edition ${edition} (year ${ey}): its predicates, thresholds and rules are ${ey}'s, not ${y(year)}'s.`,
    offYearCli: (before: boolean) => ` For that year's model: ${before ? "--previous-model" : "--model"} <model.json>.`,
    mixed: "The two years were scored with different editions: the change mixes model changes with the region's.",
    pure: (model: boolean) => (model ? " For a clean change, score both with one model: --model <model.json> without --previous-model." : " For a clean change, score both with one edition: --edition <id>."),
    editions: (yb: Year, b: string, ya: Year, a: string) => `Edition ${y(yb)}: ${b}; edition ${y(ya)}: ${a}.`,
    notLater: (yb: Year, ya: Year) => `The previous recap's year (${y(yb)}) is not before this recap's (${y(ya)}): check the previous year's files.`,
    province: (yb: Year, ya: Year) => `Province ${y(yb)} → ${y(ya)} (kab/kota)`,
    average: "average verified index",
    noAverage: "none",
    ranked: "regions ranked",
    regions: "regions",
    unreadFiles: "files could not be scored",
    only: (year: Year, other: Year, names: string) => `Only in ${y(year)} (no file of ${y(other)} matches by name and level): ${names}`,
    outsideYear: (year: Year, n: number, list: string) => `Comparison of ${y(year)}: ${n} file${n === 1 ? "" : "s"} of another year left out (their regions count as having no ${y(year)} file): ${list}.`,
    notReported: "not reported",
    flawed: "figures not valid yet",
    up: "up", down: "down", same: "same", incomparable: "not comparable",
    editionsDiffer: (b: string, a: string) => `editions differ (${b} → ${a}): the change mixes model changes`,
    onlyIn: (year: Year) => `only ${y(year)}`,
    cols: (yb: Year, ya: Year) => ["Region", "Level", `Index ${y(yb)}`, `Predicate ${y(yb)}`, `Rank ${y(yb)}`, `Edition ${y(yb)}`, `Index ${y(ya)}`, `Predicate ${y(ya)}`, `Rank ${y(ya)}`, `Edition ${y(ya)}`, "Index Change", "Predicate", `Rank ${y(yb)} (like for like)`, `Rank ${y(ya)} (like for like)`, "Rank Move (like for like)", "Note"],
    table: (yb: Year, ya: Year) => ["Region", y(yb), y(ya), "Change", "Predicate", "Rank", "Rank like for like"],
    moveFormat: '"up "0;"down "0;"same"',
    rankMove: (move: number) => (move > 0 ? `up ${move}` : move < 0 ? `down ${-move}` : "same"),
    ranks: (yb: Year, nb: number, ya: Year, na: number, n: number) =>
      `Rank: among the regions ranked that year (${nb} in ${y(yb)}, ${na} in ${y(ya)})${nb === n && na === n ? "" : ", different regions"}; rank like for like: among the ${n} region${n === 1 ? "" : "s"} ranked in both years, where a rank's rise or fall is counted.`,
    predicateCols: (yb: Year, ya: Year) => ["Predicate (verified)", y(yb), y(ya), "Change"],
    averageRow: "Average of all ranked regions (different regions)",
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
export function recapYearsNotes(c: RecapYears, locale: MessageLocale = "id", { cli = false as boolean | "model", decimals = recapYearsDecimals(c) } = {}): string[] {
  locale = readLocale(locale, "recapYearsNotes");
  const W = WORDS[locale];
  const [yb, ya] = [c.years.before, c.years.after];
  const p = c.province;
  // right under the table in the terminal: which regions each rank column is among
  const ranks = c.regions.some((r) => r.rankLikeForLike) ? [W.ranks(yb, p.ranked.before, ya, p.ranked.after, p.likeForLike.regions)] : [];
  const out = [headLine(c, locale), ...ranks, ...recapYearsWarnings(c, locale, cli)];
  const avg = (n: number | null) => (n === null ? W.noAverage : formatPlanNumber(n, locale, decimals));
  const mixed = c.notes.includes("different_edition") ? ` — ${W.editionsDiffer(c.editions.before.join(", "), c.editions.after.join(", "))}` : "";
  const like = p.likeForLike;
  // the like-for-like figure's caveat: the editions of its own regions only (audit34 F5: a region outside it, scored
  // with another edition, made every figure "mix model changes"); a comparison saved before they were recorded keeps
  // the whole set's
  const e = like?.editions;
  const likeMixed = !e ? mixed : e.before.length === 1 && e.after.length === 1 && e.before[0] === e.after[0] ? "" : ` — ${W.editionsDiffer(e.before.join(", "), e.after.join(", "))}`;
  const unread = c.notScored ?? { before: [], after: [] };
  // the headline: the regions ranked in both years; each year's own average beside it, over its own regions
  const parts = [
    like && like.before !== null ? `${W.likeForLike(like.regions)} ${avg(like.before)} → ${avg(like.after)} (${signed(like.delta, locale, decimals)})${likeMixed}` : `${W.noLikeForLike}${mixed}`,
    W.allRanked(avg(p.average.before), p.ranked.before, avg(p.average.after), p.ranked.after),
    `${W.regions} ${p.regions.before}${unread.before.length ? ` (+${unread.before.length} ${W.unreadFiles})` : ""} → ${p.regions.after}${unread.after.length ? ` (+${unread.after.length} ${W.unreadFiles})` : ""}`,
    ...p.predicates.map((x) => `${predicateName(x.predicate, x.unknown, locale)} ${x.before} → ${x.after}`),
  ];
  out.push(`${W.province(yb, ya)}: ${parts.join(" · ")}`);
  const outside = p.outside ?? { before: [], after: [] };
  if (outside.before.length || outside.after.length) {
    const list = (xs: RecapYears["province"]["outside"]["before"], other: Year) => xs.map((x) => `${x.name} (${W.why[x.why](other)})`).join(", ");
    out.push(W.setsDiffer(yb, ya, list(outside.before, ya), list(outside.after, yb)));
  }
  for (const [year, xs] of [[yb, unread.before], [ya, unread.after]] as const) if (xs.length) out.push(W.notScored(year, xs.length, xs.join(", ")));
  // files of another year than their set's (a 2024 file among last year's): named, as the recap names them
  for (const [year, xs] of [[yb, c.outsideYear?.before ?? []], [ya, c.outsideYear?.after ?? []]] as const) {
    if (xs.length) out.push(W.outsideYear(year, xs.length, xs.map((x) => `${x.id} (${x.year})`).join(", ")));
  }
  const level = (l: string) => LEVEL_LABELS[l as keyof typeof LEVEL_LABELS]?.[0] ?? l;
  const names = (xs: readonly RecapYearSide[], other: Year) => xs.map((x) => `${x.name}${x.otherLevel ? W.otherLevel(x.otherLevel.name, level(x.otherLevel.level), other) : ""}`).join(", ");
  for (const [xs, year, other] of [[c.onlyBefore, yb, ya], [c.onlyAfter, ya, yb]] as const) {
    const by = (why: string) => xs.filter((x) => (x.absent?.why ?? "no_file") === why);
    if (by("no_file").length) out.push(W.only(year, other, names(by("no_file"), other)));
    if (by("maybe_unreadable").length) out.push(W.maybeOnly(year, other, names(by("maybe_unreadable"), other)));
    if (by("unreadable").length) out.push(W.unreadableOnly(year, other, by("unreadable").map((x) => `${x.name} — ${x.absent!.file}`).join(", ")));
  }
  return out;
}

/**
 * What to be wary of in the comparison (`RecapYears.notes`), one sentence each: the two years scored with different
 * editions (with how to get a clean change, `cli`: `"model"` when a model file is in use, whose advice is `--model`,
 * not an `--edition` that would drop the province's model), last year's recap not earlier than this one, a year scored with
 * an edition of another year (`RecapYears.offYear`, with the option that gives that year's model, `cli`). The CLI marks them
 * with "!", the pane's status line says them after the summary.
 */
export function recapYearsWarnings(c: RecapYears, locale: MessageLocale = "id", cli: boolean | "model" = false): string[] {
  locale = readLocale(locale, "recapYearsWarnings");
  const W = WORDS[locale];
  const [yb, ya] = [c.years.before, c.years.after];
  const out: string[] = [];
  if (c.notes.includes("different_edition")) out.push(`${W.mixed} ${W.editions(yb, c.editions.before.join(", "), ya, c.editions.after.join(", "))}${cli ? W.pure(cli === "model") : ""}`);
  if (c.notes.includes("year_not_later")) out.push(W.notLater(yb, ya));
  // a year scored with another year's edition: its files each warn; the comparison says it once, per edition
  for (const [xs, year, before] of [[c.offYear?.before ?? [], yb, true], [c.offYear?.after ?? [], ya, false]] as const) {
    for (const x of xs) out.push(`${W.offYear(x.regions, year, x.edition, x.year)}${cli ? W.offYearCli(before) : ""}`);
  }
  return out;
}

/**
 * Last year's recap has no file of a year before this recap's: every file read is of this year or later, so a
 * comparison would set regions beside their own files. One decision for both hosts (audit29 F2, prov31): `inovasi rekap
 * --previous` refuses (exit 2, nothing written), the pane writes this year's recap without Banding Tahun; both say
 * {@link recapNoEarlierYearText}. `files`: each of last year's recap rows with its year as read. Null when there is an
 * earlier year, or either year is unknown.
 */
export interface RecapNoEarlierYear {
  year: number;
  files: { id: string; year: number }[];
}

/** See {@link RecapNoEarlierYear}; `before` is last year's recap (made with `RecapOptions.yearBefore`), `after` this year's. */
export function recapNoEarlierYear(before: Pick<Recap, "year" | "regions">, after: Pick<Recap, "year">): RecapNoEarlierYear | null {
  if (after.year === null || before.year === null || before.year < after.year) return null;
  return { year: after.year, files: before.regions.map((r) => ({ id: r.id, year: r.region.year })) };
}

/** "tidak ada buku kerja tahun sebelum 2026 (tahun rekap ini); Tahun Penilaian di lembar Pengaturan berkas itu: a.xlsx (2026)". */
export function recapNoEarlierYearText(x: RecapNoEarlierYear, locale: MessageLocale = "id"): string {
  locale = readLocale(locale, "recapNoEarlierYearText");
  const found = x.files.map((f) => `${f.id} (${f.year})`).join(", ");
  return locale === "en"
    ? `no workbook of a year before ${x.year} (this recap's year); Tahun Penilaian on those files' Pengaturan sheet: ${found}`
    : `tidak ada buku kerja tahun sebelum ${x.year} (tahun rekap ini); Tahun Penilaian di lembar Pengaturan berkas itu: ${found}`;
}

/** "Dibanding tahun 2025: 12 daerah ada di kedua tahun — 7 naik, …; predikat naik 2, turun 1". */
function headLine(c: RecapYears, locale: MessageLocale): string {
  const m = c.moved;
  // the band each year's edition puts a region that did not report in, in the run's language (audit35: "down to Tidak
  // Dapat Dinilai" was written in English too, and whatever a model relabelled that band): the regions' own predicates
  const band = (kind: "stopped" | "started") =>
    [...new Set(c.regions.filter((r) => r.reporting === kind).map((r) => (kind === "stopped" ? r.after : r.before).predicate?.label[locale]).filter((l): l is string => !!l))].join(" / ");
  const reporting = m.stopped || m.started ? WORDS[locale].reporting(m.stopped ?? 0, band("stopped"), m.started ?? 0, band("started")) : "";
  return `${WORDS[locale].head(c.years.before, c.regions.length, m.rose, m.fell, m.same, m.unknown)}${WORDS[locale].predicates(m.predicateUp, m.predicateDown, m.predicateIncomparable ?? 0)}${reporting}`;
}

/**
 * The comparison in one line, for a status line: how many rose and fell (`recapYearsNotes`' first line) and the
 * average verified index of the regions ranked in both years then → now (like for like), at the later year's decimals.
 */
export function recapYearsSummary(c: RecapYears, locale: MessageLocale = "id"): string {
  locale = readLocale(locale, "recapYearsSummary");
  const W = WORDS[locale];
  const d = recapYearsDecimals(c);
  const a = c.province.likeForLike;
  const avg = (n: number | null) => (n === null ? W.noAverage : formatPlanNumber(n, locale, d));
  return `${headLine(c, locale)}; ${a.before === null ? W.noLikeForLike : `${W.likeForLike(a.regions)} ${avg(a.before)} → ${avg(a.after)} (${signed(a.delta, locale, d)})`}`;
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
 * (with the editions beside it when they differ), whether the predicate went up or down, the rank then → now in each
 * year's own ranks, and among the regions ranked in both years with its move ("8 → 4 (naik 4)": `rankLikeForLike`).
 */
export function recapYearsTable(c: RecapYears, locale: MessageLocale = "id"): string[][] {
  locale = readLocale(locale, "recapYearsTable");
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
      // the move among the same regions in both years: "-" where the region is not ranked in both
      r.rankLikeForLike ? `${r.rankLikeForLike.before} → ${r.rankLikeForLike.after} (${W.rankMove(r.rankLikeForLike.move)})` : "-",
    ]);
  }
  return rows;
}

/**
 * The comparison as a sheet of the recap workbook: the notes, one row per region (both years, then the regions of
 * one year only), and the province's predicate counts and average then → now; each index at its edition's decimals.
 */
export function recapYearsSheet(c: RecapYears, locale: MessageLocale = "id"): { writes: CellWrite[]; sheet: OwnedSheetSpec; at: number[] } {
  locale = readLocale(locale, "recapYearsSheet");
  const W = WORDS[locale];
  const [yb, ya] = [c.years.before, c.years.after];
  const decimals = recapYearsDecimals(c);
  const rows: CellValue[][] = [[SHEET_TITLES.recapYears[locale]], ...recapYearsNotes(c, locale, { decimals }).map((n) => [n]), []];
  const formats = new Map<string, string>();
  const fmt = (col: number, d: number) => formats.set(`${rows.length}:${col}`, numberFormat(d));
  const headings = [rows.length];
  rows.push([...W.cols(yb, ya)]);
  const tableHeader = rows.length - 1;
  const level = (l: string) => LEVEL_LABELS[l as keyof typeof LEVEL_LABELS]?.[0] ?? l;
  const predicate = (s: RecapYearSide) => (s.predicate ? s.predicate.label[locale] : s.index === null ? null : PREDICATE_UNKNOWN_LABEL[locale]);
  // a region that did not report has no measured index: the cell stays empty (a number column), the note says why
  const index = (s: RecapYearSide, col: number): CellValue => {
    if (!s.reported) return null;
    if (s.index !== null) fmt(col, s.decimals);
    return s.index;
  };
  const silent = (s: RecapYearSide, year: Year): string | false => !s.reported && `${W.notReported} ${y(year)}`;
  const lvl = (l: string) => LEVEL_LABELS[l as keyof typeof LEVEL_LABELS]?.[0] ?? l;
  const absent = (s: RecapYearSide, other: Year) => {
    const a = s.absent ?? { why: "no_file" as const };
    const why = a.why === "unreadable" ? W.unreadableNote(other, a.file!) : a.why === "maybe_unreadable" ? W.maybeNote(other) : W.onlyIn(s.year);
    return [why, s.otherLevel ? W.otherLevelNote(s.otherLevel.name, lvl(s.otherLevel.level)) : false] as (string | false)[];
  };
  const side = (s: RecapYearSide | null, col: number): CellValue[] => (s ? [index(s, col), predicate(s), s.rank, s.edition] : [null, null, null, null]);
  const note = (parts: (string | false)[]) => parts.filter(Boolean).join("; ") || null;
  // the ranks among the regions ranked in both years and the move, a number its format words ("naik 4")
  const likeForLike = (r: RecapYears["regions"][number]): CellValue[] => {
    const k = r.rankLikeForLike;
    if (!k) return [null, null, null];
    formats.set(`${rows.length}:14`, W.moveFormat);
    return [k.before, k.after, k.move];
  };
  const at: number[] = [];
  for (const r of c.regions) {
    at.push(rows.length);
    if (r.delta !== null) fmt(10, r.after.decimals);
    rows.push([
      r.after.name, level(r.level), ...side(r.before, 2), ...side(r.after, 6), r.delta, r.predicate === null ? null : W[r.predicate], ...likeForLike(r),
      note([!r.sameEdition && W.editionsDiffer(r.before.edition, r.after.edition), silent(r.before, yb), silent(r.after, ya), r.before.flawed && `${W.flawed} ${y(yb)}`, r.after.flawed && `${W.flawed} ${y(ya)}`]),
    ]);
  }
  for (const s of c.onlyBefore) rows.push([s.name, level(s.level), ...side(s, 2), ...side(null, 6), null, null, null, null, null, note([...absent(s, ya), silent(s, yb), s.flawed && `${W.flawed} ${y(yb)}`])]);
  for (const s of c.onlyAfter) rows.push([s.name, level(s.level), ...side(null, 2), ...side(s, 6), null, null, null, null, null, note([...absent(s, yb), silent(s, ya), s.flawed && `${W.flawed} ${y(ya)}`])]);
  const lastRow = rows.length - 1;
  rows.push([]);
  headings.push(rows.length);
  rows.push([...W.predicateCols(yb, ya)]);
  for (const p of c.province.predicates) rows.push([predicateName(p.predicate, p.unknown, locale), p.before, p.after, p.after - p.before]);
  // the province's change: the regions ranked in both years; then each year's own average (different regions: no change)
  const like = c.province.likeForLike;
  for (const col of [1, 2, 3]) if ([like.before, like.after, like.delta][col - 1] !== null) fmt(col, decimals);
  rows.push([W.likeRow(like.regions), like.before ?? W.noAverage, like.after ?? W.noAverage, like.delta]);
  const a = c.province.average;
  for (const col of [1, 2]) if ([a.before, a.after][col - 1] !== null) fmt(col, decimals);
  rows.push([W.averageRow, a.before ?? W.noAverage, a.after ?? W.noAverage, null]);

  const writes = tableWrites(RECAP_YEARS_SHEET, rows, headings, (r, col) => formats.get(`${r}:${col}`));
  const widths = [30, 11, 10, 18, 10, 16, 10, 18, 10, 16, 10, 10, 12, 12, 12, 50];
  return {
    writes,
    at,
    sheet: {
      // the table's header stays in view, as on the other recap sheets
      name: RECAP_YEARS_SHEET, widths, headingRows: headings, freezeRows: tableHeader + 1, landscape: true, wrapRows: [tableHeader],
      autoFilter: { row: tableHeader, lastRow, fromCol: 0, toCol: widths.length - 1 },
    },
  };
}
