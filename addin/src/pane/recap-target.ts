/**
 * The recap's target in the pane: the same choice as `inovasi rekap --target` — every predicate of the edition a
 * region can aim at (not "Tidak Dapat Dinilai", the band of index 0, which the recap refuses as a target), top first,
 * or by default each region's next predicate up (as the CLI's default).
 * The list follows the chosen edition or model (the default edition when the workbooks decide). Pure.
 */
import { bandPosition, defaultEdition } from "@inovasi/core";
import { msg, t } from "./messages.js";
import { type PaneState, chosenEdition } from "./state.js";

/** The year box's hint: what an empty box means, or, after text that is no year, what to type instead (an error). */
export function recapYearHint(s: PaneState): { text: string; error: boolean } {
  return s.recapYearInvalid === undefined ? { text: t(s.lang, "recapYearHint"), error: false } : { text: msg.recapYearInvalid(s.lang, s.recapYearInvalid), error: true };
}

/**
 * The year typed in the section's year box, as `inovasi rekap --year` takes it: four digits (spaces around allowed);
 * empty or anything else is no year (the files' most common year). `valid` is false for text that is not a year.
 */
export function parseRecapYear(text: string): { year: number | undefined; valid: boolean } {
  const t = text.trim();
  if (t === "") return { year: undefined, valid: true };
  return /^\d{4}$/.test(t) ? { year: Number(t), valid: true } : { year: undefined, valid: false };
}

/** The options of the target list: the default first (value ""), then each predicate by band id, top first. */
export function recapTargetOptions(s: PaneState): { value: string; label: string; selected: boolean }[] {
  const edition = chosenEdition(s) ?? defaultEdition;
  // the band of regions that cannot be assessed (index 0) is no target: the recap refuses it
  // nor a band whose lower threshold is unknown (no index reaches it for sure)
  const bands = edition.bands.filter((b) => b.max.value !== 0 && b.min.value !== null).sort((a, b) => bandPosition(b, edition.bands) - bandPosition(a, edition.bands));
  return [
    { value: "", label: t(s.lang, "recapTargetDefault"), selected: s.recapTarget === undefined },
    ...bands.map((b) => ({ value: b.id, label: b.label[s.lang], selected: s.recapTarget === b.id })),
  ];
}
