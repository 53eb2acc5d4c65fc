/**
 * A province model file picked in the pane → a loaded edition (with what `inovasi model check` warns about) or the
 * reasons it is refused, in both languages (`issuesIn`): a shape problem's text ("harus berupa kumpulan isian (objek)
 * seperti { "id": …, "en": … }") is worded when the file is checked, and the pane's language may change after. Pure.
 */
import { validateEdition } from "@inovasi/core";
import { namingIndicator, placeholdersIn } from "@inovasi/workbook";
import type { ModelFile } from "./state.js";

export function readModelFile(file: string, text: string): ModelFile {
  let json: unknown;
  try { json = JSON.parse(text); } catch { return { file, ok: false, notJson: true }; }
  const v = validateEdition(json);
  // a loaded model keeps its warnings (a maximum re-derived, a number not known) and the placeholders left unfilled:
  // the pane says them, as `inovasi model check` does; a number the file lacks is named by its entry's id, so an unknown
  // band threshold deciding a predicate is placed at the file's entry (bands[1].min)
  return v.ok ? { file, ok: true, edition: v.value, warnings: v.issues.filter((i) => i.severity !== "error").map((i) => namingIndicator(i, json)), placeholders: placeholdersIn(json) } : { file, ok: false, issues: v.issues, issuesIn: { id: v.issues, en: validateEdition(json, { locale: "en" }).issues } };
}
