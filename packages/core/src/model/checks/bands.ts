import type { Issue } from "../../issues.js";
import type { Interval } from "../common.js";
import type { Band } from "../edition.js";
import { formatInterval, isEmpty } from "../interval.js";
import { formatBand, isKnownBand, knownEnd, knownPart, type KnownBand } from "../band.js";
import { chainIssues } from "./tiers.js";
import { normaliseText } from "../../engine/_text.js";
import { issue, type EditionRule, type Path } from "./_issue.js";

/**
 * Bands, in ascending order, cover the index range [0, 100] exactly: the first starts at 0 inclusive, the last ends at
 * 100 inclusive, and each touches the next with no overlap and no gap. A threshold the sources do not give
 * (`{ value: null, source }`) is unknown on both sides of its boundary — the upper end of one band and the lower end
 * of the next (`band_end_unknown` when one side has a number) — and never at 0 or 100, the ends of the index.
 */
export const bandsCover: EditionRule = {
  name: "bands-cover",
  check(edition) {
    const out: Issue[] = [];
    const bands = edition.bands;
    const empty = (b: Band) => isKnownBand(b) && isEmpty(b);
    bands.forEach((b, k) => {
      if (empty(b)) out.push(issue("interval_empty", "error", ["bands", k], { interval: formatInterval(b as KnownBand) }));
    });
    out.push(...bandChain(bands));
    const first = bands.findIndex((b) => !empty(b));
    const last = bands.length - 1 - [...bands].reverse().findIndex((b) => !empty(b));
    const lo = bands[first];
    const hi = bands[last];
    if (lo && !knownEnd(lo.min)) out.push(issue("band_end_unknown", "error", ["bands", first, "min"], { band: lo.id, at: 0 }));
    else if (lo && knownEnd(lo.min) && (lo.min.value > 0 || (lo.min.value === 0 && !lo.min.inclusive))) {
      const gap: Interval = { min: { value: 0, inclusive: true }, max: { value: lo.min.value, inclusive: !lo.min.inclusive } };
      out.push(issue("bands_do_not_cover", "error", ["bands", first, "min"], { uncovered: formatInterval(gap) }));
    }
    out.push(...fractionScale(bands), ...outsideIndex(bands));
    if (hi && !knownEnd(hi.max)) out.push(issue("band_end_unknown", "error", ["bands", last, "max"], { band: hi.id, at: 100 }));
    else if (hi && knownEnd(hi.max) && (hi.max.value < 100 || (hi.max.value === 100 && !hi.max.inclusive))) {
      const gap: Interval = { min: { value: hi.max.value, inclusive: !hi.max.inclusive }, max: { value: 100, inclusive: true } };
      out.push(issue("bands_do_not_cover", "error", ["bands", last, "max"], { uncovered: formatInterval(gap) }));
    }
    return out;
  },
};

/**
 * A band end beyond the index's 0–100 (`"max": 110`): the index never goes there, so the band is not what its author
 * thinks it is — perhaps other thresholds were written on another scale too. An error at that end's value, with the
 * end of the index to write (`end`).
 */
function outsideIndex(bands: readonly Band[]): Issue[] {
  const out: Issue[] = [];
  bands.forEach((b, k) => {
    for (const side of ["min", "max"] as const) {
      const v = b[side].value;
      if (v !== null && (v < 0 || v > 100)) out.push(issue("band_outside_index", "error", ["bands", k, side, "value"], { band: b.id, given: v, end: v < 0 ? 0 : 100 }));
    }
  });
  return out;
}

/**
 * Each band against the next (empty ones skipped, as `chainIssues` does): a known boundary as intervals are checked
 * (order, overlap, gap); an unknown one needs both sides unknown (`band_end_unknown` at the side with a number, the
 * other side in `refs`) and room for a threshold between the lower band's lower end and the upper band's upper end.
 */
function bandChain(bands: readonly Band[]): Issue[] {
  const out: Issue[] = [];
  let prev: number | null = null;
  bands.forEach((cur, k) => {
    if (isKnownBand(cur) && isEmpty(cur)) return;
    if (prev !== null) {
      const below = bands[prev]!;
      const lower = knownEnd(below.max);
      const upper = knownEnd(cur.min);
      if (lower && upper) {
        // as intervals: the lower band's unknown lower end, the upper band's unknown upper end bound nothing here
        const pair: Interval[] = [];
        pair[prev] = knownPart(below);
        pair[k] = knownPart(cur);
        out.push(...onFractionSide(chainIssues(pair, ["bands"]), below.max.value!, cur.min.value!, prev, k));
      } else if (lower || upper) {
        const [at, other] = lower ? [[prev, "max"], [k, "min"]] : [[k, "min"], [prev, "max"]];
        out.push({ ...issue("band_end_unknown", "error", ["bands", ...at], { band: bands[at[0] as number]!.id, other: bands[other[0] as number]!.id }), refs: [["bands", ...other]] });
      } else if (knownEnd(below.min) && knownEnd(cur.max) && below.min.value >= cur.max.value) {
        out.push({ ...issue("interval_unsorted", "error", ["bands", k, "min"], { a: formatBand(below), b: formatBand(cur) }), refs: [["bands", prev, "max"]] });
      }
    }
    prev = k;
  });
  return out;
}

/**
 * Every threshold between bands a fraction (0,45 and 0,7): the bands written on a 0–1 scale, while the index runs
 * 0–100, so nearly every region would take the top band. Nothing else is wrong with them (they touch, they cover
 * 0–100): a warning at the first threshold's value, with the values on 0–100 they likely mean.
 */
function fractionScale(bands: readonly Band[]): Issue[] {
  // a threshold at 0 (the band "Tidak Dapat Dinilai", [0, 0]) is 0 on either scale: not one of them
  const ends = bands.slice(0, -1).map((b, k) => [b.max.value, k] as const).filter(([v]) => v !== 0);
  if (!ends.length || !ends.every(([v]) => v !== null && v > 0 && v < 1)) return [];
  const values = ends.map(([v]) => v as number);
  const meant = values.map((v) => Math.round(v * 1e4) / 100);
  return [issue("bands_fraction_scale", "warning", ["bands", ends[0]![1], "max", "value"], { ends: values.join("; "), meant: meant.join("; ") })];
}

/**
 * A boundary whose one side is a fraction (0,5) and the other a score (45): the fraction is the slip (a band written on a
 * 0–1 scale), so the issue is told there — at the lower band's upper end when that is the fraction, not at the upper
 * band's lower end where boundaries are told — with the value on the index's 0–100 scale it likely means (`fraction`,
 * `meant`). Other boundaries as they are.
 */
function onFractionSide(issues: Issue[], upper: number, lower: number, prev: number, k: number): Issue[] {
  const isFraction = (v: number) => v > 0 && v < 1;
  const side = isFraction(upper) && lower > 1 ? "max" : isFraction(lower) && upper > 1 ? "min" : undefined;
  if (!side) return issues;
  const fraction = side === "max" ? upper : lower;
  const params = { fraction, meant: Math.round(fraction * 1e4) / 100 };
  return issues.map((i) => ({
    ...i,
    params: { ...i.params, ...params },
    // at the number itself (`bands[0].max.value`): what to change is the value, not whether the end is inclusive
    ...(side === "max" ? { path: ["bands", prev, "max", "value"], refs: [["bands", k, "min"]] } : { path: ["bands", k, "min", "value"] }),
  }));
}

/**
 * Each band is named apart: no two bands share a name — id, Indonesian or English label — as a target names a band
 * (`--target`, a recap's target: ignoring case and extra spaces). Else "Inovatif" would always pick the first band so
 * named. Reported at the later band's name, with the earlier one's in `refs`.
 */
export const bandNamesDistinct: EditionRule = {
  name: "band-names-distinct",
  check(edition) {
    const out: Issue[] = [];
    const owner = new Map<string, { band: string; path: Path; name: string }>();
    edition.bands.forEach((b, k) => {
      const names: [string, Path][] = [
        [b.id, ["bands", k, "id"]],
        [b.label.id, ["bands", k, "label", "id"]],
        [b.label.en, ["bands", k, "label", "en"]],
      ];
      const clash = names.find(([name]) => {
        const first = owner.get(normaliseText(name));
        return first !== undefined && first.band !== b.id;
      });
      if (clash) {
        const first = owner.get(normaliseText(clash[0]))!;
        // the name as a label writes it ("Inovatif") rather than as an id ("inovatif"), whichever side is the label
        const given = clash[0] === b.id ? first.name : clash[0];
        out.push({ ...issue("band_name_duplicate", "error", clash[1], { given, band: b.id, other: first.band }), refs: [first.path] });
      }
      for (const [name, path] of names) if (!owner.has(normaliseText(name))) owner.set(normaliseText(name), { band: b.id, path, name });
    });
    return out;
  },
};
