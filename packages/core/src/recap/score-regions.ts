// the default edition from its own module: an app that gives every region its edition carries iid-2026, not all four
import { edition as defaultEdition } from "../editions/shipped/iid-2026.js";
import { type Locale, parseRegionInput } from "../input/parse.js";
import type { Issue } from "../issues.js";
import type { Edition } from "../model/edition.js";
import { scoreRegion } from "../engine/region.js";
import type { RegionResult } from "../engine/result.js";
import type { RegionInput } from "../input/schemas.js";
import { checkEdition } from "../engine/_caller.js";
import { knownKeys, optionsObject } from "../_known-keys.js";
import { readLocale } from "../messages/_locale.js";

const OPTIONS = ["edition", "locale"];
const SOURCE_KEYS = ["id", "input", "edition"];

/** One region to score: its input (data, parsed here) and, optionally, its own edition. */
export interface RegionSource {
  /** Names the region's row and its problems (a file name, a region code). */
  id: string;
  /** The region input as data (e.g. parsed JSON), checked here; an already parsed input is accepted too. */
  input: unknown;
  /** Edition for this region; default: `options.edition`, else the default edition (iid-2026, the only one bundled). */
  edition?: Edition | undefined;
}

/** What became of one region: scored (with every issue, its own), or not scored (with the issues that stopped it). */
export type RegionOutcome =
  | { id: string; ok: true; edition: Edition; result: RegionResult; input: RegionInput; issues: Issue[] }
  | { id: string; ok: false; issues: Issue[] };

/**
 * Score many regions, each apart: a region whose input does not parse is `ok: false` with its own located issues and
 * does not stop the others. Outcomes come back in the order given. Pure; pass the outcomes as they come to
 * {@link recapRegions} (one that is not `ok` is named in its `notScored`).
 *
 * An option or a source key it does not take (`{ editon }`) is refused with the one meant; `locale` is `"id"` or
 * `"en"`, or a language tag of one (`"en-US"`).
 *
 * @example
 * const out = scoreRegions([{ id: "kab-a", input: jsonA }, { id: "kab-b", input: { region: {} } }]);
 * out[0].ok //=> true
 * out[1].ok //=> false (out[1].issues names region.name, region.level, region.year)
 */
export function scoreRegions(sources: readonly RegionSource[], options: { edition?: Edition | undefined; locale?: Locale | undefined } = {}): RegionOutcome[] {
  if (!Array.isArray(sources)) {
    throw new TypeError(`scoreRegions: sources expected as an array of { id, input } (one per region), got ${kind(sources)}`);
  }
  // a misspelt option or source key would read as never given: `{ editon: prov }` scored with the default edition
  optionsObject(options, "scoreRegions", "{ edition, locale }");
  // an edition passed as scoreRegion takes it (audit35 #3): said so, not as its first key, unknown option "$schema"
  if (options && "formula" in options && "bands" in options) throw new TypeError("scoreRegions: got an edition as the options: pass { edition }");
  knownKeys(options, OPTIONS, "scoreRegions: options");
  const locale = readLocale(options.locale, "scoreRegions");
  return sources.map((s, k) => {
    if (typeof s !== "object" || s === null || typeof s.id !== "string") throw new TypeError(`scoreRegions: sources[${k}] expected as { id: "kab-a", input: json }, got ${kind(s)}`);
    knownKeys(s, SOURCE_KEYS, `scoreRegions: sources[${k}]`, "key");
    if (typeof s.input === "string") throw new TypeError(`scoreRegions: sources[${k}].input is text: pass the data, JSON.parse(text) first`);
    const edition = s.edition ?? options.edition ?? defaultEdition;
    checkEdition(edition, s.edition ? `scoreRegions: sources[${k}].edition` : "scoreRegions: options.edition");
    const parsed = parseRegionInput(s.input, { locale });
    if (!parsed.ok) return { id: s.id, ok: false, issues: parsed.issues };
    const result = scoreRegion(parsed.value, edition);
    return { id: s.id, ok: true, edition, result, input: parsed.value, issues: [...parsed.issues, ...result.issues] };
  });
}

/** What was passed, for a caller message: null, its type, or an object's first keys. */
function kind(x: unknown): string {
  return x === null ? "null" : typeof x !== "object" ? typeof x : `{${Object.keys(x).slice(0, 5).join(", ")}}`;
}
