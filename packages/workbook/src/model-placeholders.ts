/**
 * The mark `inovasi model init` puts in every value a province must fill in, and where a model file still holds it: what
 * `inovasi model check` and the add-in's pane say about a model loaded before it was filled in.
 */

/** The mark `model init` puts in every value the province must fill in. */
export const PLACEHOLDER = "ISI:";

/** Paths (as `sources[0].title`) of text values in a model file that still hold a placeholder from `model init`. */
export function placeholdersIn(json: unknown, path = ""): string[] {
  if (typeof json === "string") return json.trimStart().startsWith(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(json)) return json.flatMap((v, i) => placeholdersIn(v, `${path}[${i}]`));
  if (typeof json === "object" && json !== null) {
    return Object.entries(json).flatMap(([k, v]) => placeholdersIn(v, path === "" ? k : `${path}.${k}`));
  }
  return [];
}
