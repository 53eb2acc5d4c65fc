/** A province model file picked in the pane → a loaded edition or the reasons it is refused. Pure. */
import { validateEdition } from "@inovasi/core";
import type { ModelFile } from "./state.js";

export function readModelFile(file: string, text: string): ModelFile {
  let json: unknown;
  try { json = JSON.parse(text); } catch { return { file, ok: false, notJson: true }; }
  const v = validateEdition(json);
  return v.ok ? { file, ok: true, edition: v.value } : { file, ok: false, issues: v.issues };
}
