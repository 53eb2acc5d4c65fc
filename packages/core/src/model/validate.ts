import { type SchemaLocale, schemaErrorMap, schemaIssue } from "../_zod.js";
import type { Checked, Issue } from "../issues.js";
import { editionRules } from "./checks/index.js";
import { Edition } from "./edition.js";
import { mergeEdition } from "./merge.js";

/** Language of the schema messages (zod's own locales). */
export type EditionLocale = SchemaLocale;

export interface CheckEditionOptions {
  /** Language of `schema` issue messages; default Bahasa Indonesia. */
  locale?: EditionLocale;
  /** Looks up the base edition a file names in `extends` (the shipped registry, in `validateEdition`). */
  resolveBase?: (id: string) => Edition | undefined;
  /** Ids offered in the `extends_unknown` issue. */
  knownIds?: readonly string[];
}

/**
 * Validate an edition given as data (parsed JSON): resolve `extends`, then three passes — the zod schema (messages in
 * the chosen locale), normalisation (defaults filled), and the edition rules (unique ids, known sources, null ⇔
 * unknown, tiers and bands touching exactly, maxima consistent, missing numbers as warnings).
 * `ok` is false when any issue is an error; warnings (missing numbers, an inconsistent maxTotal) keep it usable.
 * Never throws for bad data.
 */
export function checkEdition(data: unknown, opts: CheckEditionOptions = {}): Checked<Edition> {
  const resolved = resolveExtends(data, opts);
  if ("issues" in resolved) return { ok: false, issues: resolved.issues };

  const parsed = Edition.safeParse(resolved.data, { error: schemaErrorMap(opts.locale) });
  if (!parsed.success) {
    const merged = resolved.data as { indicators?: unknown };
    return { ok: false, issues: parsed.error.issues.map((i) => toFilePath(schemaIssue(i), merged, resolved.patch)) };
  }

  const edition = parsed.data;
  const issues = editionRules.flatMap((rule) => rule.check(edition)).map((i) => toFilePath(i, edition, resolved.patch));
  if (issues.some((i) => i.severity === "error")) return { ok: false, issues };
  return { ok: true, value: edition, issues };
}

type Resolved = { data: unknown; patch?: Record<string, unknown> };

function resolveExtends(data: unknown, opts: CheckEditionOptions): Resolved | { issues: Issue[] } {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { data };
  const { extends: baseId, ...rest } = data as Record<string, unknown>;
  if (baseId === undefined) return { data };
  if (typeof baseId !== "string") return { data }; // the schema reports the wrong type
  const base = opts.resolveBase?.(baseId);
  if (!base) {
    const allowed = [...(opts.knownIds ?? [])];
    return { issues: [{ code: "extends_unknown", severity: "error", path: ["extends"], params: { id: baseId, allowed } }] };
  }
  const merged = mergeEdition(base, rest);
  if (rest.derivedFrom === undefined) merged.derivedFrom = base.id;
  return { data: merged, patch: rest };
}

/**
 * In a file that extends a base, indicators sit at other indexes than in the resolved edition: point an issue about
 * an indicator the file patches at the file's entry. Issues about what the file left to the base keep the resolved path.
 */
function toFilePath(issue: Issue, resolved: { indicators?: unknown }, patch: Record<string, unknown> | undefined): Issue {
  const [head, index] = issue.path;
  if (!patch || head !== "indicators" || typeof index !== "number") return issue;
  const list = Array.isArray(resolved.indicators) ? resolved.indicators : [];
  const id = (list[index] as { id?: unknown } | undefined)?.id;
  const inFile = Array.isArray(patch.indicators)
    ? patch.indicators.findIndex((p) => typeof p === "object" && p !== null && (p as { id?: unknown }).id === id)
    : -1;
  return inFile < 0 ? issue : { ...issue, path: ["indicators", inFile, ...issue.path.slice(2)] };
}

