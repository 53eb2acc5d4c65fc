/**
 * A grade of a finer scale than the edition's tiers: SPD-9's LAKIP tiers name only "A", "B", "C atau D", while the
 * grades regions hold run AA/A/BB/B/CC/C/D. Mapping BB to a tier would be a number the source does not give
 * (audit17 F5), so the error stays; it now says why no tier is taken, instead of leaving the analyst to pick one.
 */
import type { Indicator, MessageLocale } from "@inovasi/core";
import type { LocatedIssue } from "./messages.js";

/** The refusal of `given` on `ind` with the reason added, when `given` doubles a letter the options name; else as it is. */
export function withGradeNote(i: LocatedIssue, ind: Indicator | undefined, given: unknown, locale: MessageLocale): LocatedIssue {
  if (!ind || typeof given !== "string" || !/^([a-z])\1$/i.test(given.trim())) return i;
  const letters = [...new Set(ind.options.flatMap((o) => o.label.id.split(/\s+atau\s+/)).filter((p) => /^[A-Z]$/.test(p)))].sort();
  if (!letters.includes(given.trim()[0]!.toUpperCase())) return i;
  const list = letters.join(", ");
  const more =
    locale === "id"
      ? `; tingkat edisi ini hanya menyebut ${list}: "${given.trim()}" tidak ada di sumbernya, jadi tidak dipetakan ke salah satunya`
      : `; this edition's tiers name only ${list}: "${given.trim()}" is not in its source, so it is not mapped to one of them`;
  return { ...i, text: i.text + more, message: i.message + more };
}
