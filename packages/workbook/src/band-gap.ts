import { type Issue, type MessageLocale, renderPath, readLocale } from "@inovasi/core";
import { a1 } from "./grid.js";
import { SETTINGS_KEYS } from "./layout.js";
import { type LocatedIssue, locatedCore } from "./messages.js";
import { numberName } from "./number-names.js";
import type { SourceMap } from "./read.js";

/** The model file an edition was read from (`--model`): its name as the user gave it, and its validation warnings (paths inside it). */
export interface ModelFileRef {
  file: string;
  issues: readonly Issue[];
}

/**
 * The engine's `predicate_unknown` (path `["bands"]`, no cell of its own) placed where it is decided: an unknown
 * threshold of the edition between the bands the index may be in — named in words (`batas bawah predikat inovatif`),
 * and, for a model file, at its entry there (`bands[1].min` in `model-2025.json`, the file's own list position) — and
 * the workbook's Edisi Model cell when that cell chose the edition (not when the CLI's `--model` / `--edition` or the
 * add-in's choice did). Done here, outside the parse + score bundle, which carries the engine's message as it is.
 */
export function bandGap(issue: Issue, s: SourceMap, locale: MessageLocale, model?: ModelFileRef): LocatedIssue {
  const bands = Array.isArray(issue.params.bands) ? (issue.params.bands as string[]) : [];
  // each boundary between two of the bands, by the upper one's lower end (the lower one's upper end is the same boundary)
  const ids = bands.slice(1);
  const en = locale === "en";
  const words = ids.map((id) => numberName(["bands", id, "min"], locale)).join(en ? " and " : " dan ");
  const entry = (id: string) => model?.issues.find((i) => i.code === "missing_number" && i.path[0] === "bands" && i.path[2] === "min" && i.params.indicator === id);
  const paths = ids.flatMap((id) => { const i = entry(id); return i ? [renderPath(i.path.slice(0, 3))] : []; });
  const row = s.edition !== "chosen" ? s.settings?.rows.edition : undefined;
  const cell = row !== undefined && s.settings ? a1(row, s.settings.valueCol.edition ?? 1) : undefined;
  const at = model && paths.length ? `: ${paths.join(", ")} ${en ? "in" : "di"} ${model.file}` : cell ? `; ${en ? "the edition chosen in" : "edisi dipilih di"} ${SETTINGS_KEYS.edition}` : "";
  const located = locatedCore(locale, issue, cell ? { sheet: s.settings!.sheet, cell, field: SETTINGS_KEYS.edition } : { sheet: "", field: words });
  const text = words ? `${located.text} [${words}${at}]` : located.text;
  return { ...located, text, message: located.message.slice(0, located.message.length - located.text.length) + text };
}

/**
 * The warnings of the model file a region was scored with (`--model`, the pane's "Model provinsi"), for the scored
 * copy's Masalah sheet and Ringkasan notes: each at its path in the file (`formula.maxTotal.value di jatim-2026.json`),
 * first, as an unmet target of the model is placed. A missing number is not among them (said where it decides a
 * result: a band threshold's `predicate_unknown`, the terminal's list of numbers not known).
 */
export function modelFileWarnings(model: ModelFileRef, locale: MessageLocale): LocatedIssue[] {
  locale = readLocale(locale, "modelFileWarnings");
  return model.issues
    .filter((i) => i.severity === "warning" && i.code !== "missing_number")
    .map((i) => {
      const at = `${renderPath(i.path)} ${locale === "en" ? "in" : "di"} ${model.file}`;
      const located = locatedCore(locale, { ...i, path: [] }, { sheet: "", field: at });
      const text = `${at}: ${located.text}`;
      return { ...located, text, message: located.message.slice(0, located.message.length - located.text.length) + text };
    });
}
