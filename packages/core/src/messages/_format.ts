import type { Issue, IssueCode } from "../issues.js";
import { closestIndex } from "./_closest-name.js";

export type Params = Issue["params"];
/** One message per issue code; `p` renders a param for reading. */
export type MessageMap = Record<IssueCode, (params: Params, p: (key: string) => string) => string>;

const LIST_LIMIT = 10;

const MONTHS = {
  id: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
} as const;

/**
 * A date param as a person writes it: `2024-01-01` → `1 Januari 2024` (`1 January 2024` in English), the way an
 * analyst types it and the way Excel shows it in Indonesia. Anything that is not a calendar date stays as given
 * (`empty` for null or absent).
 *
 * @example
 * readableDate("2025-12-31", "id", "") //=> "31 Desember 2025"
 * readableDate("2025-12-31", "en", "") //=> "31 December 2025"
 */
export function readableDate(value: Params[string] | undefined, locale: keyof typeof MONTHS, empty: string): string {
  if (typeof value !== "string") return renderValue(value, empty, locale);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const month = m ? MONTHS[locale][Number(m[2]) - 1] : undefined;
  const day = m ? Number(m[3]) : 0;
  return month === undefined || day < 1 || day > 31 ? value : `${day} ${month} ${m![1]}`;
}

/**
 * A number param that is an amount (a measured value, an SPD total, a range's end) as the language writes it: thousands
 * grouped, "12.500" and "1.234,5" in Bahasa Indonesia, "12,500" and "1,234.5" in English, decimals as given. Anything
 * else — text, null, an exponent form — is `shown`, the param as `p` renders it.
 *
 * @example
 * amount(12500, "id", "12500") //=> "12.500"
 */
export function amount(value: Params[string] | undefined, locale: "id" | "en", shown: string): string {
  const text = String(value);
  const id = locale === "id";
  // NaN, Infinity and an exponent form are no amount a person typed: shown as they are
  return typeof value !== "number" || /[eNI]/.test(text) ? shown : (id ? text.replace(".", ",") : text).replace(/^-?\d+/, (w) => w.replace(/\B(?=(\d{3})+$)/g, id ? "." : ","));
}

/**
 * A number (or a text holding one) as Bahasa Indonesia writes it: a decimal comma (`12,5`, `-0,75`); other text as it
 * is (`64.5` → `64,5`, `250` stays). English keeps the point. Shared by the Bahasa messages and the Bahasa side of an
 * edition's page.
 */
export function decimalComma(text: string): string {
  return text.replace(/(\d)\.(\d)/, "$1,$2");
}

/**
 * A score or index figure at two decimals at least, as every other index figure in the messages and the plan's lines
 * (`0.3` → `0.30`, `5` → `5.00`; the engine rounds them at the edition's decimals, 2 in every shipped edition); more
 * decimals a province's model keeps are kept, nothing is rounded. Not a number: as `p` renders it (`shown`).
 */
export function twoDecimals(value: Params[string] | undefined, shown: string): string {
  return typeof value === "number" && /^-?\d+(\.\d)?$/.test(String(value)) ? value.toFixed(2) : shown;
}

/**
 * An interval as `formatInterval` writes it (`[10.5, 30]`), written the Bahasa way when it has decimals: decimal commas
 * and, as the commas are then inside the numbers, `;` between the ends (`[10,5; 30]`); whole numbers stay as they are.
 */
export function intervalComma(text: string): string {
  return /\d\.\d/.test(text) ? text.replace(/, /g, "; ").replace(/(\d)\.(\d)/g, "$1,$2") : text;
}

/** A param as text: lists joined (the first ten, then how many more), null and absent as `empty`. */
export function renderValue(value: Params[string] | undefined, empty: string, locale: keyof typeof MONTHS = "id"): string {
  if (value === undefined || value === null) return empty;
  if (Array.isArray(value)) {
    if (value.length === 0) return empty;
    return listed(value.map((v) => `"${v}"`), locale);
  }
  return String(value);
}

/** A few texts quoted, the last after `or` (`"SID-6" atau "SPD-6"`): the ones a message offers to choose from. */
export function quotedOr(items: Params[string] | undefined, or: string): string {
  return (Array.isArray(items) ? items : [items]).map((x) => `"${x}"`).join(", ").replace(/, ([^,]*)$/, ` ${or} $1`);
}

/** The first ten items, then how many more as the CLI says it: "… dan 30 lainnya" ("… and 30 more"). */
function listed(items: readonly string[], locale: keyof typeof MONTHS): string {
  const shown = items.slice(0, LIST_LIMIT).join(", ");
  const more = items.length - LIST_LIMIT;
  return more > 0 ? `${shown} … ${locale === "en" ? `and ${more} more` : `dan ${more} lainnya`}` : shown;
}

/**
 * A path as a person reads it: `["innovations", 3, "answers", "SID-18"]` → `innovations[3].answers.SID-18`.
 * Keys that are not plain identifiers stay readable as they are (`answers.SID-18`).
 */
export function renderPath(path: Issue["path"]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else out += out === "" ? part : `.${part}`;
  }
  return out;
}

/**
 * A param that is a list of texts, as it is (not copied): `closestIndex` makes a list ready once and keeps it while the
 * list is kept, so the issues sharing one list (a region's agencies) share that work.
 */
function texts(x: Params[string] | undefined): readonly string[] | undefined {
  return Array.isArray(x) && x.every((a) => typeof a === "string") ? (x as string[]) : undefined;
}

/**
 * The listed agency an `unknown_agency` issue's text most likely meant, by spelling or as an abbreviation; else the
 * one its caller put in `meant` (the workbook's: the listed name within the text, the agency of an urusan alias).
 */
export function meantAgency(params: Params): string | undefined {
  const allowed = texts(params.allowed);
  const near = typeof params.given === "string" && allowed ? allowed[closestIndex(params.given, allowed, true)] : undefined;
  return near ?? (typeof params.meant === "string" ? params.meant : undefined);
}

/**
 * The option an `unknown_option` issue's text most likely meant, by spelling against the Indonesian and the English
 * labels, as its label in `labels` (`allowed` or `allowedEn`).
 */
export function meantOption(params: Params, labels: "allowed" | "allowedEn"): string | undefined {
  const [id, en] = [texts(params.allowed), texts(params.allowedEn)];
  if (typeof params.given !== "string" || !id || !en) return undefined;
  let k = closestIndex(params.given, id, false);
  if (k < 0) k = closestIndex(params.given, en, false);
  return (labels === "allowed" ? id : en)[k];
}

/**
 * What an issue on an unknown name or label suggests was meant, as its message asks it ("mungkin maksudnya …?"): an
 * `unknown_agency`'s listed agency, an `unknown_option`'s option (its label in `locale`), an `unknown_urusan`'s urusan
 * (each it names); empty for another issue, or one that suggests nothing. The CLI's grouped problems give it beside
 * each name typed ("BKPSDM" (32×) → "Badan Kepegawaian …").
 *
 * @example
 * issueMeant({ code: "unknown_urusan", params: { given: "PU", suggestions: ["Pekerjaan Umum dan Penataan Ruang"] } }, "id") //=> ["Pekerjaan Umum dan Penataan Ruang"]
 */
export function issueMeant(issue: Pick<Issue, "code" | "params">, locale: "id" | "en"): string[] {
  const p = issue.params;
  const one = issue.code === "unknown_agency" ? meantAgency(p) : issue.code === "unknown_option" ? meantOption(p, locale === "en" ? "allowedEn" : "allowed") : undefined;
  if (one !== undefined) return [one];
  return issue.code === "unknown_urusan" ? [...(texts(p.suggestions) ?? [])] : [];
}

/**
 * The places listed by an issue's `refs` with the text given there and what it came close to: `Inovasi!G14 "PU" (→
 * "Pekerjaan Umum dan Penataan Ruang")`, or by the innovation's name where no cell is known. Empty when there is none.
 */
export function nearPlaces(params: Params, locale: keyof typeof MONTHS): string {
  const innovation = locale === "en" ? "innovation" : "inovasi";
  const given = Array.isArray(params.near) ? params.near : [];
  const to = Array.isArray(params.nearTo) ? params.nearTo : [];
  const names = Array.isArray(params.nearNames) ? params.nearNames : [];
  const at = Array.isArray(params.refsAt) ? params.refsAt : [];
  const items = given.map((g, k) => {
    const where = at[k] ? String(at[k]) : `${innovation} "${names[k] ?? ""}"`;
    return `${where} "${g}" (→ "${to[k] ?? ""}")`;
  });
  return listed(items, locale);
}

/**
 * The predicate a region that did not report was given, when the caller put it in the issue's params (`predicate`, and
 * `predicateEn` for English: the band's label, as the workbook does from the result): the engine's issue does not carry
 * it — a province's edition names that band itself ("Tidak Melapor", or its lowest band when none is kept for index 0).
 */
export function notReportedBand(params: Params, locale: "id" | "en"): string | undefined {
  const label = locale === "en" && typeof params.predicateEn === "string" ? params.predicateEn : params.predicate;
  return typeof label === "string" ? label : undefined;
}
