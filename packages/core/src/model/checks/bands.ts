import type { Issue } from "../../issues.js";
import type { Interval } from "../common.js";
import { formatInterval, isEmpty } from "../interval.js";
import { chainIssues } from "./tiers.js";
import { issue, type EditionRule } from "./_issue.js";

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
