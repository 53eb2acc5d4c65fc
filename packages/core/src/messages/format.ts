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
  return where === "" ? text : `${where}${aboutItem(issue, locale)}: ${text}`;
}

/** A list of an edition file in words, and the fields of its entries (the first key after the entry's place). */
const WORDS: Record<MessageLocale, { lists: Record<string, string>; fields: Record<string, string> }> = {
  id: {
    lists: { indicators: "indikator", bands: "predikat", sources: "sumber", rules: "aturan", measures: "ukuran" },
    fields: { weight: "bobot", options: "pilihan jawaban", label: "label", name: "nama", min: "batas bawah", max: "batas atas", source: "sumber", question: "pertanyaan", tiers: "tingkat", measures: "ukuran", mandatory: "wajib", title: "judul", url: "alamat web" },
  },
  en: {
    lists: { indicators: "indicator", bands: "band", sources: "source", rules: "rule", measures: "measure" },
    fields: { weight: "weight", options: "answer options", label: "label", name: "name", min: "lower bound", max: "upper bound", source: "source", question: "question", tiers: "tiers", measures: "measures", mandatory: "mandatory", title: "title", url: "web address" },
  },
};

/**
 * The list entry an issue is in, by the id the file gives it (`params.item`, at path position `params.itemAt`, set by
 * `validateEdition` on a shape problem), and the field in words: ` (bobot indikator SID-20)`. Empty without one.
 */
function aboutItem(issue: Issue, locale: MessageLocale): string {
  const { item, itemAt, outerItem, outerItemAt } = issue.params;
  if (typeof item !== "string" || typeof itemAt !== "number") return "";
  const w = WORDS[locale];
  const name = (id: string, at: number) => {
    const list = w.lists[String(issue.path[at - 1])];
    return list ? `${list} ${id}` : id;
  };
  const en = locale === "en";
  const outer = typeof outerItem === "string" && typeof outerItemAt === "number" ? `${en ? " in" : ","} ${name(outerItem, outerItemAt)}` : "";
  const key = issue.path[itemAt + 1];
  const field = typeof key === "string" && Object.hasOwn(w.fields, key) ? w.fields[key] : undefined;
  if (!field) return ` (${name(item, itemAt)}${outer})`;
  return ` (${field}${en ? " of" : ""} ${name(item, itemAt)}${outer})`;
}
