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
