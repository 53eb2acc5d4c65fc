import { type SchemaLocale, schemaErrorMap, schemaIssue } from "../_zod.js";
import type { Checked, Issue } from "../issues.js";
import { RegionInput } from "./schemas.js";
import { salvage } from "./_salvage.js";
import { fastParse } from "./_fast.js";

export type Locale = SchemaLocale;

const LEFT_OUT: Record<Locale, string> = { id: "; nilai ini tidak dipakai", en: "; this value is left out" };

/**
 * Check the shape of a region's input (from JSON, a workbook reader or a form) and fill its defaults.
 * Shape problems are `schema` issues located by path, in Bahasa Indonesia by default (English with
 * `{ locale: "en" }`), saying what the value must be. Answers are checked against an edition later, by `scoreRegion`.
 *
 * One bad value does not stop the region: a value inside an innovation (an optional field such as `designWords`, or an
 * answer), an SPD answer or the SPD total that does not fit is left out — that value only — and reported as an error;
 * the innovation lists it in `leftOut`, so the scorer does not report its absence a second time. `ok` is then true with
 * the errors in `issues`. Faults that cannot be contained (the region, an agency, an innovation's name, agency, stage
 * or urusan) give `ok: false`.
 *
 * @example
 * const r = parseRegionInput({ region: { name: "Kab. Contoh", level: "kabupaten", year: 2026 } });
 * r.ok //=> true
 * parseRegionInput({ region: { name: "", level: "desa", year: 2026 } }).issues[0].path //=> ["region", "name"]
 */
export function parseRegionInput(data: unknown, opts: { locale?: Locale } = {}): Checked<RegionInput> {
  const fast = fastParse(data); // valid input without zod's per-value work; anything doubtful goes to the schema
  if (fast) return { ok: true, value: fast, issues: [] };
  const error = schemaErrorMap(opts.locale);
  const first = RegionInput.safeParse(data, { error });
  if (first.success) return { ok: true, value: first.data, issues: [] };
  const reported: Issue[] = [];
  let current = data;
  let issues = first.error.issues;
  // each round leaves out the values at fault; a value left out cannot fault again, so this ends
  for (let round = 0; round < 8; round++) {
    const s = salvage(current, issues);
    if (!s) break;
    const note = LEFT_OUT[opts.locale ?? "id"];
    reported.push(...s.reported.map(schemaIssue).map((i) => ({ ...i, params: { ...i.params, leftOut: true }, message: `${i.message}${note}` })));
    current = s.data;
    const again = RegionInput.safeParse(current, { error });
    if (again.success) return { ok: true, value: again.data, issues: reported };
    issues = again.error.issues;
  }
  return { ok: false, issues: [...reported, ...issues.map(schemaIssue)] };
}
