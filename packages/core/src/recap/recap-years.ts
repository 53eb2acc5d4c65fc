import type { PredicateResult } from "../engine/result.js";
import { roundHalfUp } from "../engine/_round.js";
import type { YearPair } from "./compare.js";
import { norm, pairUp } from "./_match.js";
import { bareRegionName, levelInName, regionKey } from "./_region-key.js";
import { type Recap, type RecapDistributionRow, type RecapRow, undecidedCopies } from "./recap.js";

/** One region in one year of a province comparison: its recap row's verified figures and standing. */
export interface RecapYearSide {
  /** The row's id in that year's recap (its file). */
  id: string;
  name: string;
  level: string;
  year: number;
  /** The edition that year's figures come from, and its index's decimals (at which the index is printed). */
  edition: string;
  decimals: number;
  index: number | null;
  predicate: PredicateResult | null;
  rank: number | null;
  reported: boolean;
  /** The row has `flaws` (errors in its file, a missing sheet or column): its figures are not to be trusted yet. */
  flawed: boolean;
  /**
   * Only on `onlyBefore`/`onlyAfter`: why the other year has no row for the region. `no_file`: no file of that year
   * matches by name and level, and every file of that year was read; `unreadable`: a file of that year that could not
   * be read names the region in its file name (`file`); `maybe_unreadable`: some files of that year could not be read
   * (`RecapYears.notScored`), so its file may be one of them — the region is not said to be new or gone.
   */
  absent?: { why: "no_file" | "unreadable" | "maybe_unreadable"; file?: string };
  /**
   * Only on `onlyBefore`/`onlyAfter`: a region of the other year only whose name is this one's at another level
   * ("Kabupaten Malang" with Tingkat Kota this year, "Kab. Malang" a kabupaten last year): likely one region whose
   * Tingkat was picked wrong in one year; not paired (the levels decide), said beside it.
   */
  otherLevel?: { name: string; level: string; id: string };
}

/** One region found in both years' recaps (matched by level and name however it is spelt: `regionKey`). */
export interface RecapYearRegion {
  level: string;
  before: RecapYearSide;
  after: RecapYearSide;
  /**
   * Verified index after − before, at the later row's edition's decimals (the difference of the indices as printed);
   * null when either index is unknown, the region did not report in either year (a 0 by the rules, not measured), or
   * either year's figures are not valid yet (`flawed`: left out of every province figure, as of the ranks).
   */
  delta: number | null;
  /**
   * How the verified predicate moved: `up`/`down`/`same` by each year's predicate's place in its own edition's bands
   * (top band first, as the distribution lists them): bands of as many places line up place by place (the bottom band
   * both years is `same`, whatever each year calls it); bands of different counts only at their ends (top with top,
   * bottom with bottom), and between two middle places only the same predicate is `same` — any other move there is
   * `incomparable` (the two years' bands cannot be lined up: said, not guessed). Null when either predicate is
   * unknown, or either year is `flawed`. A
   * region that stopped reporting moves to "Tidak Dapat Dinilai" — the band of a region that did not report (spec §2) —
   * and so counts as `down` (one that started reporting as `up`), while its `delta` stays null (0 by the rules is no
   * measured fall).
   */
  predicate: "up" | "down" | "same" | "incomparable" | null;
  /** Reported last year and not this year (`stopped`), or the other way round (`started`); null otherwise. */
  reporting: "stopped" | "started" | null;
  /** Both years scored with the same edition; false: the change mixes the model's change with the region's. */
  sameEdition: boolean;
  /**
   * The region's rank in each year among the regions ranked in both years (the same regions on both sides; within one
   * edition and one kind, as `rank`), and `move` = before − after (2: up two places, −1: down one). Each side's `rank`
   * is among that year's own ranked regions — different sets when a region entered or left the ranks — so "8 → 5"
   * there is no move of 3. Null when the region is not ranked in both years.
   */
  rankLikeForLike: { before: number; after: number; move: number } | null;
}

/** A predicate's count of regions (verified) in each year, from the two recaps' distributions. */
export interface RecapYearPredicate {
  /** Null for regions without a predicate (`unknown` says why, as `RecapDistributionRow.unknown`). */
  predicate: PredicateResult | null;
  unknown?: "index" | "band";
  before: number;
  after: number;
}

/** A region ranked in one year and not in the other, and why not there (see `RecapYears.province.outside`). */
export interface RecapYearOutside {
  name: string;
  level: string;
  why: "no_file" | "unreadable" | "maybe_unreadable" | "not_reported" | "flawed" | "index_unknown" | "not_ranked";
}

/** Files of either year that could not be read (by their ids, as the recaps' rows are named): see `RecapYears.notScored`. */
export interface CompareRecapsOptions {
  notScored?: { before?: readonly string[]; after?: readonly string[] };
}

/**
 * What {@link compareRecaps} gives: a province's regions in two years — each region found in both with its change, the
 * regions found in one year only, and the province's line (average verified index, regions per predicate) then → now.
 */
export interface RecapYears {
  /** Each recap's assessment year (`Recap.year`). */
  years: { before: number | null; after: number | null };
  /** The editions of each year's rows (in order of first appearance); `same`: one and the same set in both years. */
  editions: { before: string[]; after: string[]; same: boolean };
  /** Regions in both years: the largest rise first, then those whose change is unknown, by name. */
  regions: RecapYearRegion[];
  /**
   * Regions of one year only (no file of the other year, or a name too far apart to be matched): by name. `absent`
   * says whether the other year had no file for it or a file that could not be read.
   */
  onlyBefore: RecapYearSide[];
  onlyAfter: RecapYearSide[];
  /**
   * Each recap's rows of another year than its own (`Recap.year`): not compared (a 2024 file among last year's 2025
   * ones), each file with its year; their regions count as having no file of that year (`onlyBefore`/`onlyAfter`).
   */
  outsideYear: { before: { id: string; year: number }[]; after: { id: string; year: number }[] };
  /**
   * Editions of another year than the recap's that scored its compared rows (`Recap.year` 2025 scored with iid-2026:
   * the 2026 bands, thresholds and rules on 2025's data), with how many regions each: say it beside the comparison
   * (the files warn one by one). Empty when every edition is of its recap's year.
   */
  offYear: { before: { edition: string; year: number; regions: number }[]; after: { edition: string; year: number; regions: number }[] };
  /**
   * Each year's files that could not be read (`compareRecaps`' `notScored`, and each recap's own `notScored`): their
   * regions are unknown, so a region of the other year only is not said to be new or gone while any is listed.
   */
  notScored: { before: string[]; after: string[] };
  /** The province's line (`Recap.totals`, `Recap.distribution`: this year's kab/kota) in each year. */
  province: {
    regions: { before: number; after: number };
    ranked: { before: number; after: number };
    /**
     * The average verified index of the ranked regions; `delta` at the later year's decimals, null when either
     * average is unknown (none ranked, or ranked regions of several editions). With editions that differ (`notes`) the
     * change mixes the model's change with the province's: say so beside it.
     */
    average: YearPair;
    /**
     * The headline change: the average verified index of the regions ranked in both years (the same regions on both
     * sides), each year's average over them and the change (the mean of their changes, at the later year's decimals).
     * `average` is over each year's own ranked regions — different sets when a region entered or left the ranks — so
     * its delta is no change of the province; `outside` names who makes the two sets differ. Null averages when no
     * region is ranked in both years or the ranked regions of a year were scored with more than one edition.
     */
    likeForLike: YearPair & {
      regions: number;
      /** The editions of those regions in each year: the change mixes model changes only when these differ (audit34 F5). */
      editions?: { before: string[]; after: string[] };
    };
    /**
     * Ranked regions of one year that are not ranked in the other, and why (the other year's state): `no_file` (no
     * file of that year matches), `unreadable`/`maybe_unreadable` (see `RecapYearSide.absent`), `not_reported`,
     * `flawed` (figures not valid yet), `index_unknown`, `not_ranked` (any other reason). By name.
     */
    outside: { before: RecapYearOutside[]; after: RecapYearOutside[] };
    /** Regions per verified predicate, top band first (predicates of one year only included), then those without one. */
    predicates: RecapYearPredicate[];
  };
  /**
   * Of the regions in both years: how many rose, fell or stayed, and whose predicate went up or down, or moved between
   * bands the two years' band sets cannot line up (`predicateIncomparable`, see `RecapYearRegion.predicate`); `stopped` /
   * `started`: how many stopped or started reporting (counted in `unknown`, and in `predicateDown` / `predicateUp`).
   * `flawed`: how many have figures not valid yet in either year (counted in `unknown`, in no other figure).
   */
  moved: { rose: number; fell: number; same: number; unknown: number; predicateUp: number; predicateDown: number; predicateIncomparable: number; stopped: number; started: number; flawed: number };
  /**
   * `different_edition`: some figures of the two years come from different models (a change mixes model and region;
   * named on each region whose editions differ); `year_not_later`: the earlier recap's year is not before the later's.
   */
  notes: ("different_edition" | "year_not_later")[];
}

/**
 * A province's recap compared with last year's: every region found in both (by level and name, however spelt) with
 * its verified index and predicate then and now and the change, the regions of one year only, and the province's
 * average and predicate counts then → now. Each recap counts its own main assessment year (`Recap.year`); the
 * province's line is its kab/kota, as `Recap.totals` is. Editions are never mixed unsaid: a region scored with two
 * editions has `sameEdition: false`, and the comparison a `different_edition` note. Pure; JSON-serialisable.
 *
 * @example
 * // docs/model.md §10: Kabupaten A, every answer at tier 2, eight innovations in 2025 and twelve in 2026
 * const last = recapRegions(scoreRegions(sources2025));
 * const now = recapRegions(scoreRegions(sources2026));
 * const c = compareRecaps(last, now);
 * c.regions[0].delta     //=> 10.47 (the largest rise first)
 * c.regions[0].predicate //=> "up" (Kurang Inovatif → Inovatif)
 * c.province.average     //=> { before: 37.75, after: 48.22, delta: 10.47 }
 */
export function compareRecaps(before: Recap, after: Recap, options: CompareRecapsOptions = {}): RecapYears {
  for (const [r, name] of [[before, "before"], [after, "after"]] as const) {
    if (typeof r !== "object" || r === null || !Array.isArray((r as Partial<Recap>).regions) || !Array.isArray((r as Partial<Recap>).distribution)) {
      throw new TypeError(`compareRecaps: ${name} expected as recapRegions(…)'s result, got ${r === null ? "null" : typeof r}`);
    }
  }
  // the rows each recap counts: its main year's, not a copy left unranked for want of a date telling it from another
  const rowsOf = (r: Recap) => { const u = undecidedCopies(r.duplicates); return r.regions.filter((x) => x.region.year === r.year && !u.has(x.id)); };
  const [B, A] = [rowsOf(before), rowsOf(after)];
  const m = pairUp(B, A, () => undefined, (x) => regionKey(x.region));
  const decimals = (x: RecapRow) => x.edition.decimals;
  const regions: RecapYearRegion[] = m.pairs.map(([i, j]) => {
    const [b, a] = [B[i]!, A[j]!];
    // figures not valid yet in either year are in no province figure (as they are in no rank or average)
    const valid = b.flaws === null && a.flaws === null;
    const known = valid && b.verified.index !== null && a.verified.index !== null && b.region.reported && a.region.reported;
    const reporting = b.region.reported === a.region.reported ? null : a.region.reported ? "started" : "stopped";
    return {
      level: a.region.level,
      before: side(b),
      after: side(a),
      delta: known ? roundHalfUp(a.verified.index! - b.verified.index!, decimals(a)) : null,
      // a region that stopped reporting is in "Tidak Dapat Dinilai", the band of a region that did not report: a fall
      predicate: valid && (known || reporting !== null) ? direction(side(b), side(a), reporting, before.distribution, after.distribution) : null,
      reporting,
      sameEdition: b.edition.id === a.edition.id,
      rankLikeForLike: null,
    };
  });
  regions.sort((x, y) => (x.delta === null ? 1 : 0) - (y.delta === null ? 1 : 0) || (y.delta ?? 0) - (x.delta ?? 0) || x.after.name.localeCompare(y.after.name, "id"));
  const byName = (x: { name: string }, y: { name: string }) => x.name.localeCompare(y.name, "id");
  const editions = { before: before.editions.map((e) => e.id), after: after.editions.map((e) => e.id) };
  const same = editions.before.length === editions.after.length && editions.before.every((id) => editions.after.includes(id));
  const notes: RecapYears["notes"] = [];
  if (!same || regions.some((r) => !r.sameEdition)) notes.push("different_edition");
  if (before.year !== null && after.year !== null && before.year >= after.year) notes.push("year_not_later");
  const [avgB, avgA] = [before.totals.averageIndex, after.totals.averageIndex];
  const avgDecimals = A.find((x) => x.rank !== null)?.edition.decimals ?? 2;
  const notScored = {
    before: [...(before.notScored ?? []).map((x) => x.id), ...(options.notScored?.before ?? [])],
    after: [...(after.notScored ?? []).map((x) => x.id), ...(options.notScored?.after ?? [])],
  };
  const onlyBefore = m.onlyBefore.map((i) => side(B[i]!)).sort(byName);
  const onlyAfter = m.onlyAfter.map((j) => side(A[j]!)).sort(byName);
  // one year only: whether the other year had no file, or one that could not be read; the same name at another level
  for (const [sides, others, unread] of [[onlyBefore, onlyAfter, notScored.after], [onlyAfter, onlyBefore, notScored.before]] as const) {
    // a file named for a region is that region's; the rest may be anyone's (only those files leave a region unsure)
    // every word of the name first, so that a first word shared ("Tanah Datar", "Tanah Laut") takes no other's file
    const named = new Set<string>();
    for (const loose of [false, true]) {
      for (const s of sides) {
        const file = s.absent ? undefined : unread.find((f) => !named.has(f) && fileNames(f, s.name, loose));
        if (file) { named.add(file); s.absent = { why: "unreadable", file }; }
      }
    }
    for (const s of sides) {
      s.absent ??= { why: unread.length > named.size ? "maybe_unreadable" : "no_file" };
      const twin = others.find((o) => o.level !== s.level && levelOfName(o) === levelOfName(s) && bareRegionName(o.name) === bareRegionName(s.name));
      if (twin) s.otherLevel = { name: twin.name, level: twin.level, id: twin.id };
    }
  }
  // the regions ranked in both years, the same set on both sides; each ranked again among them (competition ranking
  // on the index the rows hold, within one edition and one kind, as the recaps rank), so that a move is like for like
  const rankedBoth = regions.filter((r) => r.before.rank !== null && r.after.rank !== null);
  const provinces = new Set([...(before.provinces ?? []), ...(after.provinces ?? [])]);
  const apart = (s: RecapYearSide) => (provinces.has(s.id) ? 1 : 0);
  const rankAmong = (r: RecapYearRegion, k: "before" | "after") =>
    1 + rankedBoth.filter((o) => o[k].edition === r[k].edition && apart(o[k]) === apart(r[k]) && o[k].index! > r[k].index!).length;
  for (const r of rankedBoth) {
    const [b, a] = [rankAmong(r, "before"), rankAmong(r, "after")];
    r.rankLikeForLike = { before: b, after: a, move: b - a };
  }
  // the headline: the kab/kota ranked in both years (the province's own workbook is ranked apart, as in the totals)
  const both = rankedBoth.filter((r) => !apart(r.before) && !apart(r.after));
  const oneEdition = (xs: readonly RecapYearSide[]) => new Set(xs.map((x) => x.edition)).size === 1;
  const mean = (xs: readonly number[]) => xs.reduce((n, x) => n + x, 0) / xs.length;
  const comparable = both.length > 0 && oneEdition(both.map((r) => r.before)) && oneEdition(both.map((r) => r.after));
  const bothEditions = { before: [...new Set(both.map((r) => r.before.edition))], after: [...new Set(both.map((r) => r.after.edition))] };
  const likeForLike = comparable
    ? {
        regions: both.length,
        editions: bothEditions,
        before: roundHalfUp(mean(both.map((r) => r.before.index!)), both[0]!.before.decimals),
        after: roundHalfUp(mean(both.map((r) => r.after.index!)), both[0]!.after.decimals),
        delta: roundHalfUp(mean(both.map((r) => r.after.index! - r.before.index!)), both[0]!.after.decimals),
      }
    : { regions: both.length, editions: bothEditions, before: null, after: null, delta: null };
  const why = (other: RecapYearSide | undefined, self: RecapYearSide): RecapYearOutside["why"] =>
    !other ? (self.absent?.why ?? "no_file") : other.flawed ? "flawed" : !other.reported ? "not_reported" : other.index === null ? "index_unknown" : "not_ranked";
  const outside = (key: "before" | "after", only: readonly RecapYearSide[]): RecapYearOutside[] => {
    const otherKey = key === "before" ? "after" : "before";
    const paired = regions.filter((r) => r[key].rank !== null && r[otherKey].rank === null && !apart(r[key])).map((r) => ({ name: r[key].name, level: r.level, why: why(r[otherKey], r[key]) }));
    const alone = only.filter((s) => s.rank !== null && !apart(s)).map((s) => ({ name: s.name, level: s.level, why: why(undefined, s) }));
    return [...paired, ...alone].sort(byName);
  };
  return {
    years: { before: before.year, after: after.year },
    editions: { ...editions, same },
    regions,
    onlyBefore,
    onlyAfter,
    outsideYear: { before: outsideYear(before), after: outsideYear(after) },
    notScored,
    offYear: { before: offYear(B, before.year), after: offYear(A, after.year) },
    province: {
      regions: { before: before.totals.regions, after: after.totals.regions },
      ranked: { before: before.totals.ranked, after: after.totals.ranked },
      average: { before: avgB, after: avgA, delta: avgB === null || avgA === null ? null : roundHalfUp(avgA - avgB, avgDecimals) },
      likeForLike,
      outside: { before: outside("before", onlyBefore), after: outside("after", onlyAfter) },
      predicates: predicates(before.distribution, after.distribution),
    },
    moved: {
      rose: regions.filter((r) => r.delta !== null && r.delta > 0).length,
      fell: regions.filter((r) => r.delta !== null && r.delta < 0).length,
      same: regions.filter((r) => r.delta === 0).length,
      unknown: regions.filter((r) => r.delta === null).length,
      predicateUp: regions.filter((r) => r.predicate === "up").length,
      predicateDown: regions.filter((r) => r.predicate === "down").length,
      predicateIncomparable: regions.filter((r) => r.predicate === "incomparable").length,
      stopped: regions.filter((r) => r.reporting === "stopped").length,
      started: regions.filter((r) => r.reporting === "started").length,
      flawed: regions.filter((r) => r.before.flawed || r.after.flawed).length,
    },
    notes,
  };
}

/** The editions of another year than `year` among the rows, with how many rows each (in order of first appearance). */
function offYear(rows: readonly RecapRow[], year: number | null): RecapYears["offYear"]["before"] {
  const out: RecapYears["offYear"]["before"] = [];
  for (const r of rows) {
    if (year === null || r.edition.year === year) continue;
    const e = out.find((x) => x.edition === r.edition.id);
    if (e) e.regions++;
    else out.push({ edition: r.edition.id, year: r.edition.year, regions: 1 });
  }
  return out;
}

/** The level a region's name says (`levelInName`: "Kabupaten Malang", "Kota Malang"), else its Tingkat. */
function levelOfName(s: { name: string; level: string }): string {
  return levelInName(s.name) ?? s.level;
}

/**
 * A file's name holds the region's: every word of its name without the level word ("kab-hulu-contoh.xlsx" for
 * "Kabupaten Hulu Contoh"), or, `loose`, its first word ("kab-hulu-2025.xlsx"): a file that could not be read has no
 * region to read, its name often says it.
 */
function fileNames(file: string, region: string, loose: boolean): boolean {
  const words = bareRegionName(region).split(" ").filter(Boolean);
  const name = ` ${norm(file.replace(/^.*[\\/]/, "").replace(/\.[^.]*$/, ""))} `;
  return words.length > 0 && (loose ? name.includes(` ${words[0]} `) : words.every((w) => name.includes(` ${w} `)));
}

/** A recap's rows of another year than its own: left out of the comparison, named with their year. */
const outsideYear = (r: Recap) => r.regions.filter((x) => x.region.year !== r.year).map((x) => ({ id: x.id, year: x.region.year }));

function side(r: RecapRow): RecapYearSide {
  return { id: r.id, name: r.region.name, level: r.region.level, year: r.region.year, edition: r.edition.id, decimals: r.edition.decimals, index: r.verified.index, predicate: r.verified.predicate, rank: r.rank, reported: r.region.reported, flawed: r.flaws !== null };
}

/** The same predicate: the same id and the same label in both languages (as the recap's distribution counts them). */
const samePredicate = (a: PredicateResult, b: PredicateResult) => a.id === b.id && a.label.id === b.label.id && a.label.en === b.label.en;

/**
 * Up or down, each year's predicate by its place in its own edition's bands (top band first, the index-0 band apart; from
 * that year's distribution, else the other's). A region that stopped reporting fell to the index-0 band (spec §2: the
 * band of a region that did not report, in any band set), one that started rose from it. Bands of as many places line
 * up place by place (the bottom band both years is `same`, whatever each calls it). Bands of different counts line up
 * only at their ends: the top with the top, the bottom with the bottom — a move from or to an end is told by them, the
 * same predicate between two middle places is `same`; anything else (two middle places of different predicates, or
 * the same predicate the ends move) is `incomparable`, not guessed. Exported for its table test (not in the index).
 */
export function direction(b: RecapYearSide, a: RecapYearSide, reporting: RecapYearRegion["reporting"], before: readonly RecapDistributionRow[], after: readonly RecapDistributionRow[]): RecapYearRegion["predicate"] {
  if (reporting) return reporting === "started" ? "up" : "down";
  const [p, q] = [b.predicate, a.predicate];
  if (!p || !q) return null;
  const bands = (edition: string, dists: (readonly RecapDistributionRow[])[]) => dists.map((rows) => rows.filter((d) => d.predicate && d.editions.includes(edition))).find((x) => x.length) ?? [];
  const [B, A] = [bands(b.edition, [before, after]), bands(a.edition, [after, before])];
  const place = (rows: RecapDistributionRow[], x: PredicateResult) => rows.findIndex((d) => samePredicate(d.predicate!, x));
  const [zb, za] = [B[place(B, p)]?.zero, A[place(A, q)]?.zero];
  if (zb || za) return zb && za ? "same" : zb ? "up" : "down";
  const [Bs, As] = [B.filter((d) => !d.zero), A.filter((d) => !d.zero)];
  const [i, j, n, m] = [place(Bs, p), place(As, q), Bs.length, As.length];
  if (i < 0 || j < 0) return null;
  const move = (x: number, y: number) => (y < x ? "up" : y > x ? "down" : "same");
  if (n === m) return move(i, j);
  // Different counts line up only at their ends. What the bottom says, when either place is the bottom: both there,
  // same; from it, up; to it, down. What the top says, when either is the top: by the places from it. Null: neither.
  const [bottomB, bottomA] = [i === n - 1, j === m - 1];
  const bottom = bottomB || bottomA ? (bottomB && bottomA ? "same" : bottomB ? "up" : "down") : null;
  const top = i === 0 || j === 0 ? move(i, j) : null;
  const stayed = samePredicate(p, q);
  // two middle places: nothing lines them up but the predicate itself
  if (!bottom && !top) return stayed ? "same" : "incomparable";
  // the two ends disagree (a one-band set's place is both its top and its bottom)
  if (bottom && top && bottom !== top) return "incomparable";
  const said = (bottom ?? top)!;
  // a move the ends say of a predicate that stayed (bottom "Kurang Inovatif" of three → second of four): not guessed
  return said !== "same" && stayed ? "incomparable" : said;
}

/** Both years' predicate counts: the later year's predicates in its order, those of the earlier only, then no predicate. */
function predicates(before: readonly RecapDistributionRow[], after: readonly RecapDistributionRow[]): RecapYearPredicate[] {
  const match = (x: RecapDistributionRow, y: RecapDistributionRow) => (x.predicate && y.predicate ? samePredicate(x.predicate, y.predicate) : !x.predicate && !y.predicate && x.unknown === y.unknown);
  const out: RecapYearPredicate[] = after.filter((d) => d.predicate).map((d) => ({ predicate: d.predicate, before: before.find((x) => match(x, d))?.verified ?? 0, after: d.verified }));
  for (const d of before) if (d.predicate && !after.some((x) => match(x, d))) out.push({ predicate: d.predicate, before: d.verified, after: 0 });
  for (const unknown of ["band", "index"] as const) {
    const [b, a] = [before.find((d) => !d.predicate && d.unknown === unknown), after.find((d) => !d.predicate && d.unknown === unknown)];
    if (b || a) out.push({ predicate: null, unknown, before: b?.verified ?? 0, after: a?.verified ?? 0 });
  }
  return out;
}
