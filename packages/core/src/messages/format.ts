import type { Issue } from "../issues.js";
import { renderPath, renderValue, type MessageMap } from "./_format.js";
import { en } from "./en.js";
import { id } from "./id.js";
import { readLocale } from "./_locale.js";

/** The language of a message: Bahasa Indonesia (`id`, the default everywhere) or English (`en`). */
export type MessageLocale = "id" | "en";

/** How `formatIssue` names places. */
export interface FormatOptions {
  /** Where a path is for the reader (a workbook gives `Inovasi!G14`); used for the places in `issue.refs`. */
  where?: ((path: Issue["path"]) => string | undefined) | undefined;
}

const maps: Record<MessageLocale, MessageMap> = { id, en };
const EMPTY: Record<MessageLocale, string> = { id: "(kosong)", en: "(empty)" };

/**
 * An issue as one line of text in Bahasa Indonesia (default) or English, starting with where it is.
 * A `schema` issue (a wrong shape: a missing field, a number given as text) keeps the text it was given when the
 * data was checked, in the `locale` passed to `parseRegionInput` / `validateEdition`: pass the same locale to both, or
 * one list mixes the two languages. `locale` may be a language tag (`navigator.language`'s `"en-US"`, `"id-ID"`): it is
 * read by its language; any other locale is refused with a RangeError naming the two.
 *
 * @example
 * formatIssue({ code: "unknown_option", severity: "error", path: ["innovations", 3, "answers", "SID-18", "option"],
 *   params: { indicator: "SID-18", given: "banyak", allowed: ["1–200 orang", "201–500 orang"] } })
 * //=> 'innovations[3].answers.SID-18.option: pilihan "banyak" tidak dikenal untuk indikator SID-18; pilihan yang sah: "1–200 orang", "201–500 orang"'
 */
export function formatIssue(issue: Issue, locale: MessageLocale = "id", opts: FormatOptions = {}): string {
  locale = readLocale(locale, "formatIssue"); // navigator.language's "en-US" read as "en"; another locale refused
  const map = maps[locale];
  const params = issue.refs ? { ...issue.params, refsAt: issue.refs.map((r) => opts.where?.(r) ?? "") } : issue.params;
  const p = (key: string) => renderValue(params[key], EMPTY[locale], locale);
  const text = issue.code === "schema" && issue.message ? issue.message : map[issue.code](params, p);
  const where = renderPath(issue.path);
  // a model file's shape problem names its list entry (`validateEdition`: "bobot indikator SID-20", in its locale)
  const about = typeof issue.params.about === "string" ? ` (${issue.params.about})` : "";
  return where === "" ? text : `${where}${about}: ${text}`;
}
