import { type SchemaLocale, schemaErrorMap, schemaIssue } from "../_zod.js";
import type { Checked } from "../issues.js";
import { RegionInput } from "./schemas.js";

export type Locale = SchemaLocale;

/**
 * Check the shape of a region's input (from JSON, a workbook reader or a form) and fill its defaults.
 * Shape problems are `schema` issues located by path, with the message from zod's own locale
 * (Bahasa Indonesia by default, English with `{ locale: "en" }`) — chosen per call, not globally.
 * Answers are checked against an edition later, by `scoreRegion`.
 *
 * @example
 * const r = parseRegionInput({ region: { name: "Kab. Contoh", level: "kabupaten", year: 2026 } });
 * r.ok //=> true
 * parseRegionInput({ region: { name: "", level: "desa", year: 2026 } }).issues[0].path //=> ["region", "name"]
 */
export function parseRegionInput(data: unknown, opts: { locale?: Locale } = {}): Checked<RegionInput> {
  const parsed = RegionInput.safeParse(data, { error: schemaErrorMap(opts.locale) });
  if (parsed.success) return { ok: true, value: parsed.data, issues: [] };
  return { ok: false, issues: parsed.error.issues.map(schemaIssue) };
}
