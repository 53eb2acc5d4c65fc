import type { Issue } from "../../issues.js";
import type { Interval } from "../common.js";
import { formatInterval, isEmpty } from "../interval.js";
import { chainIssues } from "./tiers.js";
import { normaliseText } from "../../engine/_text.js";
import { issue, type EditionRule, type Path } from "./_issue.js";

/**
 * Bands, in ascending order, cover the index range [0, 100] exactly: the first starts at 0 inclusive, the last ends at
 * 100 inclusive, and each touches the next with no overlap and no gap.
 */
export const bandsCover: EditionRule = {
  name: "bands-cover",
  check(edition) {
    const out: Issue[] = [];
    const bands = edition.bands;
    bands.forEach((b, k) => {
      if (isEmpty(b)) out.push(issue("interval_empty", "error", ["bands", k], { interval: formatInterval(b) }));
    });
    out.push(...chainIssues(bands, ["bands"]));
    const first = bands.findIndex((b) => !isEmpty(b));
    const last = bands.length - 1 - [...bands].reverse().findIndex((b) => !isEmpty(b));
    const lo = bands[first];
    const hi = bands[last];
    if (lo && (lo.min.value > 0 || (lo.min.value === 0 && !lo.min.inclusive))) {
      const gap: Interval = { min: { value: 0, inclusive: true }, max: { value: lo.min.value, inclusive: !lo.min.inclusive } };
      out.push(issue("bands_do_not_cover", "error", ["bands", first, "min"], { uncovered: formatInterval(gap) }));
    }
    if (hi && (hi.max.value < 100 || (hi.max.value === 100 && !hi.max.inclusive))) {
      const gap: Interval = { min: { value: hi.max.value, inclusive: !hi.max.inclusive }, max: { value: 100, inclusive: true } };
      out.push(issue("bands_do_not_cover", "error", ["bands", last, "max"], { uncovered: formatInterval(gap) }));
    }
    return out;
  },
};

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
