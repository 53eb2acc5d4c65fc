import type { Issue } from "../issues.js";
import { renderPath } from "../messages/_format.js";
import { objectsIn } from "./checks/_issue.js";
import type { Edition } from "./edition.js";
import { formatInterval } from "./interval.js";
import type { RemovedItem } from "./merge.js";
import { intersect, uncovered } from "./_cover.js";
import { namedPath } from "./_file-path.js";
import { bandCover } from "./band.js";

const FULL_INDEX = { min: { value: 0, inclusive: true }, max: { value: 100, inclusive: true } };

/**
 * What a patch's removals break, told at the removal entry: a removed source that something still cites (naming
 * every citation), a removed band that leaves index values without a predicate (naming them). `explained` tells
 * which of the edition rules' issues these replace, so the same fault is not reported twice (once per citation).
 */
export function removalIssues(edition: Edition, removed: readonly RemovedItem[]): { issues: Issue[]; explained: (i: Issue) => boolean } {
  const issues: Issue[] = [];
  const sources = new Set(removed.filter((r) => isList(r, "sources")).map((r) => r.id));
  for (const id of sources) {
    const by: string[] = [];
    for (const [obj, path] of objectsIn(edition)) {
      if (obj.ref === id && typeof obj.confidence === "string") by.push(renderPath(namedPath(path, edition)));
    }
    const at = removed.find((r) => r.id === id && isList(r, "sources"))!.at;
    if (by.length > 0) issues.push({ code: "removed_still_referenced", severity: "error", path: at, params: { id, by } });
  }

  const gaps = uncovered(bandCover(edition.bands), FULL_INDEX);
  const bands = removed.filter((r) => isList(r, "bands") && isBounded(r.item));
  const touches = (g: Bounded, b: Bounded) => intersect(g, b) !== undefined;
  // a gap a removed band covered part of is told there whole ("(45, 70]", not only the removed band's "(45, 65]"), and
  // the rules' gap errors are then the same fault: told once, at the removal
  const gapsExplained = gaps.length > 0 && gaps.every((g) => bands.some((b) => touches(g, b.item as Bounded)));
  for (const b of bands) {
    const lost = gaps.filter((g) => touches(g, b.item as Bounded));
    if (lost.length > 0) {
      issues.push({ code: "removed_band_leaves_gap", severity: "error", path: b.at, params: { id: b.id, uncovered: lost.map(formatInterval) } });
    }
  }

  const explained = (i: Issue) =>
    (i.code === "unknown_source" && typeof i.params.ref === "string" && sources.has(i.params.ref)) ||
    (gapsExplained && i.path[0] === "bands" && (i.code === "interval_gap" || i.code === "bands_do_not_cover"));
  return { issues, explained };
}

type Bounded = { min: { value: number; inclusive: boolean }; max: { value: number; inclusive: boolean } };

function isList(r: RemovedItem, name: string): boolean {
  return r.list.length === 1 && r.list[0] === name;
}

function isBounded(x: unknown): x is Bounded {
  const b = x as Partial<Bounded> | null;
  return typeof b?.min?.value === "number" && typeof b?.max?.value === "number";
}
