import type { Issue } from "../../issues.js";
import { urusanKey } from "../../engine/urusan.js";
import { issue, type EditionRule } from "./_issue.js";

/**
 * The urusan catalogue reads one way: no two entries share a written form (name or alias, compared as `matchUrusan`
 * compares them), and every urusan the yandas rule names is an entry's id.
 */
export const urusanCatalogue: EditionRule = {
  name: "urusan-catalogue",
  check(edition) {
    const out: Issue[] = [];
    const owner = new Map<string, string>();
    edition.urusan.forEach((u, i) => {
      const forms: [string, (string | number)[]][] = [
        [u.id, ["urusan", i, "id"]],
        [u.name.id, ["urusan", i, "name", "id"]],
        [u.name.en, ["urusan", i, "name", "en"]],
        ...u.aliases.map((a, k): [string, (string | number)[]] => [a, ["urusan", i, "aliases", k]]),
      ];
      for (const [form, path] of forms) {
        const k = urusanKey(form);
        const first = owner.get(k);
        if (first !== undefined && first !== u.id) out.push(issue("urusan_alias_ambiguous", "error", path, { given: form, id: u.id, other: first }));
        else owner.set(k, u.id);
      }
    });
    const ids = edition.urusan.map((u) => u.id);
    edition.yandas.urusan.forEach((ref, i) => {
      if (!ids.includes(ref)) out.push(issue("urusan_not_in_catalogue", "error", ["yandas", "urusan", i], { given: ref, allowed: ids }));
    });
    return out;
  },
};
