import type { Issue } from "../../issues.js";
import { issue, type EditionRule, type Path } from "./_issue.js";

/** Ids must be unique within their list: sources, indicators, bands, measures of an indicator, compliance rules and targets. */
export const uniqueIds: EditionRule = {
  name: "unique-ids",
  check(edition) {
    const out: Issue[] = [];
    duplicates(edition.sources, ["sources"], out);
    duplicates(edition.indicators, ["indicators"], out);
    duplicates(edition.bands, ["bands"], out);
    edition.indicators.forEach((ind, i) => duplicates(ind.measures, ["indicators", i, "measures"], out));
    duplicates(edition.compliance.rules, ["compliance", "rules"], out);
    duplicates(edition.compliance.targets, ["compliance", "targets"], out);
    duplicates(edition.urusan, ["urusan"], out);
    const seen = new Set<string>();
    edition.yandas.urusan.forEach((u, i) => {
      if (seen.has(u)) out.push(issue("duplicate_id", "error", ["yandas", "urusan", i], { id: u }));
      seen.add(u);
    });
    return out;
  },
};

function duplicates(items: { id: string }[], path: Path, out: Issue[]): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const at = first.get(item.id);
    if (at === undefined) first.set(item.id, i);
    else out.push(issue("duplicate_id", "error", [...path, i, "id"], { id: item.id, first: at }));
  });
}
