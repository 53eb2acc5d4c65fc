/** A province model file picked in the pane → a loaded edition (with what `inovasi model check` warns about) or the reasons it is refused. Pure. */
import { validateEdition } from "@inovasi/core";
import type { ModelFile } from "./state.js";

/** The mark `inovasi model init` puts in every value the province must fill in (as the CLI's `model-placeholders.ts`). */
const PLACEHOLDER = "ISI:";

/** Paths (`sources[0].title`) of text values that still hold a placeholder from `model init`. */
export function placeholdersIn(json: unknown, path = ""): string[] {
  if (typeof json === "string") return json.trimStart().startsWith(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(json)) return json.flatMap((v, i) => placeholdersIn(v, `${path}[${i}]`));
  if (typeof json === "object" && json !== null) return Object.entries(json).flatMap(([k, v]) => placeholdersIn(v, path === "" ? k : `${path}.${k}`));
  return [];
}

export function readModelFile(file: string, text: string): ModelFile {
  let json: unknown;
  try { json = JSON.parse(text); } catch { return { file, ok: false, notJson: true }; }
  const v = validateEdition(json);
  // a loaded model keeps its warnings (a maximum re-derived, a number not known) and the placeholders left unfilled:
  // the pane says them, as `inovasi model check` does
  return v.ok ? { file, ok: true, edition: v.value, warnings: v.issues.filter((i) => i.severity !== "error"), placeholders: placeholdersIn(json) } : { file, ok: false, issues: v.issues };
}
