import type { Checked, Issue } from "../issues.js";
import { type SchemaLocale, schemaMessage } from "../messages/schema.js";
import type { RegionInput } from "./schemas.js";
import { checkRegionInput, unknownKeys } from "./_check.js";
import { fastParse } from "./_fast.js";
import type { Problem } from "./_kinds.js";
import { salvage } from "./_salvage.js";

/** Language of the messages `parseRegionInput` writes into `schema` issues: `id` (default) or `en`. */
export type Locale = SchemaLocale;

const LEFT_OUT: Record<Locale, string> = { id: "; nilai ini tidak dipakai", en: "; this value is left out" };

/**
 * A shape problem as one of our issues: code `schema`, the schema's code in params, our localised text in `message`;
 * with `leftOut` (the value was left out), flagged in params and said after the text.
 */
function schemaIssue(problem: Problem, locale: Locale, leftOut?: string): Issue {
  return {
    code: "schema",
    severity: "error",
    path: problem.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    params: leftOut ? { zod: problem.code, leftOut: true } : { zod: problem.code },
    message: schemaMessage(problem, locale) + (leftOut ?? ""),
  };
}

/**
 * Check the shape of a region's input (from JSON, a workbook reader or a form) and fill its defaults.
 * Shape problems are `schema` issues located by path, in Bahasa Indonesia by default (English with
 * `{ locale: "en" }`, or a language tag of it: `"en-US"`), saying what the value must be. Answers are checked against an edition later, by `scoreRegion`.
 * The shape is the zod schema `RegionInput`'s, checked without zod (the same values accepted, the same problems).
 *
 * A key the shape does not know is dropped and reported as an `unknown_field` warning at its path
 * (`innovations[3].designWrods`), with the known key it most likely meant (`params.near`): a misspelt optional field
 * would otherwise read as never given. Warnings come after the errors; `ok` stays true.
 *
 * One bad value does not stop the region: a value inside an innovation (an optional field such as `designWords`, or an
 * answer), an SPD answer or the SPD total that does not fit is left out — that value only — and reported as an error;
 * the innovation lists it in `leftOut`, so the scorer does not report its absence a second time. Inside an
 * innovation's answer, a bad evidence status (`"Accepted"`) is left out alone and reads as `"pending"` (the tier still
 * counts where evidence does not); any other fault there leaves the whole answer out. `ok` is then true with the
 * errors in `issues`: show them whenever there are any. Faults that cannot be contained (the region, an agency, an
 * innovation's name, agency, stage or urusan) give `ok: false`.
 *
 * The value shares the input's own objects and lists wherever they already are what the schema gives (valid, nothing
 * to drop, no default to fill): those are not copied, the rest is new. The input is never changed; treat the value as
 * read-only, like the input it came from.
 *
 * @example
 * const r = parseRegionInput({ region: { name: "Kab. Contoh", level: "kabupaten", year: 2026 } });
 * r.ok //=> true
 * parseRegionInput({ region: { name: "", level: "desa", year: 2026 } }).issues[0].path //=> ["region", "name"]
 */
export function parseRegionInput(data: unknown, opts?: { locale?: Locale | undefined }): Checked<RegionInput> {
  // by its language ("en-US", "EN" → en; else id), as readLocale reads it but without its RangeError for another
  // locale: this bundle (parse + score, 30 kB) has no room for it
  const r = check(data, /^en/i.test(opts?.locale as string) ? "en" : "id");
  unknownKeys(data, r.value, r.issues); // after the shape's errors; none in a part the value shares with the input
  return r;
}

function check(data: unknown, locale: Locale): Checked<RegionInput> {
  const fast = fastParse(data); // input that fits, field by field by name; anything doubtful goes to the checker
  if (fast) return { ok: true, value: fast, issues: [] };
  const reported: Issue[] = [];
  let current = data;
  // each round leaves out the values at fault (eight rounds at most); a value left out cannot fault again, so this ends
  for (let round = 0; ; round++) {
    const checked = checkRegionInput(current);
    if (checked.value) return { ok: true, value: checked.value, issues: reported };
    const s = round < 8 && salvage(current, checked.problems);
    for (const p of checked.problems) reported.push(schemaIssue(p, locale, s ? LEFT_OUT[locale] : undefined));
    if (!s) return { ok: false, issues: reported };
    current = s;
  }
}
