import { similarity } from "./engine/urusan.js";

/**
 * The known key a misspelt one most likely meant, for `unknown_field` warnings (a model file's keys, `validateEdition`;
 * a region input's, `parseRegionInput`): case aside, at most two edits away (one for keys of four letters or fewer);
 * the first of the closest. An edit is a letter added, dropped or changed, or two neighbouring letters swapped
 * (`teir` → `tier`).
 */
export function nearest(key: string, known: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  let best: string | undefined;
  let least = k.length <= 4 ? 2 : 3; // one more than the edits allowed
  for (const c of known) {
    const l = c.toLowerCase();
    // the edit distance the engine's urusan matching already carries: similarity is 1 − distance / the longer length
    const d = Math.round((1 - similarity(k, l, 0)) * Math.max(k.length, l.length));
    if (d < least) {
      best = c;
      least = d;
    }
  }
  return best;
}
