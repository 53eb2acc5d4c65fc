import { type SchemaLocale, editionErrorMap, schemaIssue, valueAt } from "../_zod.js";
import type { Checked, Issue } from "../issues.js";
import { editionRules } from "./checks/index.js";
import { Edition } from "./edition.js";
import { type AddedItem, applyPatch } from "./merge.js";
import { rederiveMaxima } from "./rederive.js";
import { removalIssues } from "./removals.js";
import { inDocumentOrder } from "./_document-order.js";
import { toFilePath } from "./_file-path.js";
import { unknownFields } from "./_unknown-fields.js";
import { formatInterval } from "./interval.js";
import { closestIndex } from "../messages/_closest-name.js";
import { readLocale } from "../messages/_locale.js";

/** Language of the schema messages (zod's own locales). */
export type EditionLocale = SchemaLocale;

export interface CheckEditionOptions {
  /** Language of `schema` issue messages; default Bahasa Indonesia. */
  locale?: EditionLocale | undefined;
  /** Looks up the base edition a file names in `extends` (the shipped registry, in `validateEdition`). */
  resolveBase?: (id: string) => Edition | undefined;
  /** Ids offered in the `extends_unknown` issue. */
  knownIds?: readonly string[];
}

/**
 * Validate an edition given as data (parsed JSON): resolve `extends`, then three passes — the zod schema (messages in
 * the chosen locale), normalisation (defaults filled), and the edition rules (unique ids, known sources, null ⇔
 * unknown, tiers and bands touching exactly, maxima consistent, missing numbers as warnings).
 * `ok` is false when any issue is an error; warnings (missing numbers, a re-derived maximum, a key the schema does not
 * know and is close to none: `unknown_field`, at the file's own path) keep it usable; an unknown key at most two edits
 * from a known one (`"weigth"`) is an error — almost surely a typo, whose value would otherwise be silently dropped.
 * A file with `extends` is checked as {@link checkPatch} says. Issues come in the file's order (by path: keys as the
 * file writes them, list entries by index; see `inDocumentOrder`). Never throws for bad data.
 */
export function checkEdition(data: unknown, opts: CheckEditionOptions = {}): Checked<Edition> {
  // "en-US", "EN" read as "en" (zod's maps are looked up by it); a locale of neither language refused, as formatIssue does
  opts = { ...opts, locale: readLocale(opts.locale, "validateEdition") };
  // keys the schema drops: a misspelt one would otherwise change nothing without a word
  const unknown = unknownFields(data, Edition, ["extends"]);
  const checked = explainedByTypos(checkFile(data, opts), unknown, data);
  // read top to bottom beside the file, whichever pass found them
  // a file without "extends" that lacks what a whole edition needs was meant to extend one: said first, and the key
  // near "extends" it writes instead (`"extend"`) is said there, not apart
  const typo = unknown.find((i) => i.path.length === 1 && i.params.near === "extends");
  const lead = checked.issues.filter((i) => i.code === "extends_missing").map((i) => (typo ? { ...i, params: { ...i.params, given: typo.params.given!, ...extendsWritten(data, typo, i) } } : i));
  const rest = lead.length ? unknown.filter((i) => i !== typo) : unknown;
  const issues = [...lead, ...inDocumentOrder([...checked.issues.filter((i) => i.code !== "extends_missing").map((i) => (i.code === "schema" ? namingItem(i, data, opts.locale!) : i)), ...rest], data)];
  // a misspelt key (an unknown one close to a known one) is an error: the edition built without it is not handed out
  if (checked.ok && unknown.some((i) => i.severity === "error")) return { ok: false, issues };
  return { ...checked, issues };
}

/**
 * A required field missing where the file writes it misspelt (`"minCuont"`, an `unknown_field` error naming `minCount`)
 * is that one mistake: its "required" error is dropped, and so is a new entry's "must be complete" when nothing else
 * of it is missing (one error for one typo, not three).
 */
function explainedByTypos(checked: Checked<Edition>, unknown: readonly Issue[], data: unknown): Checked<Edition> {
  const meant = unknown.filter((i) => i.params.typo === true && typeof i.params.near === "string").map((i) => [...i.path.slice(0, -1), String(i.params.near)]);
  if (meant.length === 0 || checked.ok) return checked;
  const same = (a: Issue["path"], b: Issue["path"]) => a.length === b.length && a.every((seg, k) => seg === b[k]);
  const absent = (path: Issue["path"]) => valueAt(data, path) === undefined;
  const rest = checked.issues.filter((i) => !(i.code === "schema" && absent(i.path) && meant.some((m) => same(m, i.path))));
  const under = (path: Issue["path"], at: Issue["path"]) => path.length > at.length && at.every((seg, k) => path[k] === seg);
  const issues = rest.filter((i) => i.code !== "patch_new_item_incomplete" || i.params.near !== undefined || rest.some((j) => j.code === "schema" && under(j.path, i.path.slice(0, -1))));
  return { ok: false, issues };
}

/** The shipped id a key near "extends" gives (`"extend": "iid-2023"`), as the id to write. */
function extendsWritten(data: unknown, typo: Issue, lead: Issue): { write?: string } {
  const value = (data as Record<string, unknown>)[String(typo.params.given)];
  return typeof value === "string" && (lead.params.allowed as string[]).includes(value) ? { write: value } : {};
}

/** A list of an edition file in words, and the fields of its entries (the first key after the entry's place). */
const WORDS = {
  id: {
    lists: { indicators: "indikator", bands: "predikat", sources: "sumber", rules: "aturan", measures: "ukuran" } as Record<string, string>,
    fields: { weight: "bobot", options: "pilihan jawaban", label: "label", name: "nama", min: "batas bawah", max: "batas atas", source: "sumber", question: "pertanyaan", tiers: "tingkat", measures: "ukuran", title: "judul", url: "alamat web" } as Record<string, string>,
  },
  en: {
    lists: { indicators: "indicator", bands: "band", sources: "source", rules: "rule", measures: "measure" } as Record<string, string>,
    fields: { weight: "weight", options: "answer options", label: "label", name: "name", min: "lower bound", max: "upper bound", source: "source", question: "question", tiers: "tiers", measures: "measures", title: "title", url: "web address" } as Record<string, string>,
  },
};

/**
 * A shape problem inside a list entry of the file names the entry by its id, with the field in words (`params.about`,
 * in the locale of the schema messages: "bobot indikator SID-20", "weight of indicator SID-20"; `formatIssue` writes it
 * beside the path): `indicators[0].weight` alone names nothing the analyst wrote. The innermost entry with an id,
 * looked up in the file as written, and the outermost one when it is inside another (a measure's indicator).
 */
function namingItem(issue: Issue, data: unknown, locale: EditionLocale): Issue {
  let x = data;
  const found: [string, number][] = [];
  issue.path.forEach((seg, k) => {
    x = Array.isArray(x) ? (typeof seg === "number" ? x[seg] : undefined) : typeof x === "object" && x !== null ? (x as Record<string, unknown>)[seg] : undefined;
    const id = typeof seg === "number" && typeof x === "object" && x !== null ? (x as { id?: unknown }).id : undefined;
    if (typeof id === "string" && id !== "") found.push([id, k]);
  });
  const inner = found.at(-1);
  if (!inner) return issue;
  const w = WORDS[locale];
  const en = locale === "en";
  const name = ([id, at]: [string, number]) => {
    const list = String(issue.path[at - 1]);
    return Object.hasOwn(w.lists, list) ? `${w.lists[list]} ${id}` : id;
  };
  const outer = found.length > 1 ? `${en ? " in" : ","} ${name(found[0]!)}` : "";
  const key = String(issue.path[inner[1] + 1]);
  const field = Object.hasOwn(w.fields, key) ? `${w.fields[key]}${en ? " of" : ""} ` : "";
  return { ...issue, params: { ...issue.params, about: `${field}${name(inner)}${outer}` } };
}

function checkFile(data: unknown, opts: CheckEditionOptions): Checked<Edition> {
  if (typeof data === "object" && data !== null && !Array.isArray(data) && "extends" in data) {
    const { extends: baseId, ...patch } = data as Record<string, unknown>;
    if (typeof baseId === "string") {
      const base = opts.resolveBase?.(baseId);
      if (!base) return { ok: false, issues: [extendsUnknown(baseId, [...(opts.knownIds ?? [])])] };
      return checkPatch(base, patch, opts);
    }
    if (baseId !== undefined) return checkWhole(data, opts); // the schema reports the wrong type
  }
  return withoutExtends(data, checkWhole(data, opts), [...(opts.knownIds ?? [])]);
}

/**
 * `extends` naming no shipped edition: `near` the one meant when it is the same but for case and punctuation
 * (`IID-2026`, `iid2026`) or a letter or two (`closestIndex`: never one of another year), `file` when it names a file
 * (`./jateng-2025.json`): only a shipped edition can be extended, never a file or another model.
 */
function extendsUnknown(id: string, allowed: string[]): Issue {
  const same = allowed.find((x) => idKey(x) === idKey(id));
  const k = same === undefined ? closestIndex(id, allowed, false) : -1;
  const near = same ?? (k < 0 ? undefined : allowed[k]);
  const file = /[/\\]|\.json$/i.test(id);
  return { code: "extends_unknown", severity: "error", path: ["extends"], params: { id, allowed, ...(near === undefined ? {} : { near }), ...(file ? { file } : {}) } };
}

/**
 * A file without `extends` checked as a whole edition: when it lacks a part of the edition's top level (`formula`,
 * `urusan` …), it was almost surely meant to extend one, and its "required" errors (two dozen, none saying so) are
 * that: one `extends_missing` error instead, with the parts it lacks (`missing`) and the shipped ids (`allowed`).
 * Errors at values the file writes (a weight as text) stay.
 */
function withoutExtends(data: unknown, checked: Checked<Edition>, allowed: string[]): Checked<Edition> {
  if (checked.ok || typeof data !== "object" || data === null || Array.isArray(data)) return checked;
  const file = data as Record<string, unknown>;
  const absent = (path: Issue["path"]) => valueAt(file, path) === undefined;
  const missing = checked.issues.filter((i) => i.code === "schema" && i.path.length === 1 && absent(i.path)).map((i) => String(i.path[0]));
  if (missing.length === 0) return checked;
  // the shipped edition of the file's year, else the first (the newest official)
  const write = allowed.find((id) => id === `iid-${String(file.year)}`) ?? allowed[0];
  const lead: Issue = { code: "extends_missing", severity: "error", path: ["extends"], params: { allowed, missing, ...(write === undefined ? {} : { write }) } };
  return { ok: false, issues: [lead, ...checked.issues.filter((i) => !(i.code === "schema" && absent(i.path)))] };
}

function checkWhole(data: unknown, opts: CheckEditionOptions): Checked<Edition> {
  const parsed = Edition.safeParse(data, { error: editionErrorMap(opts.locale) });
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map((i) => schemaIssue(i, data)) };
  const issues = editionRules.flatMap((rule) => rule.check(parsed.data));
  return done(parsed.data, issues);
}

/**
 * An edition built from `base` by `patch` (see `EditionPatch`), checked as a whole: entries the patch cannot apply
 * (removing an id the base lacks …) are errors at the patch's entry; maxima the patch leaves to the base are
 * re-derived when the patch changes their parts (a `max_rederived` warning); removals that break what remains (a
 * source still cited, a band the set needs) are errors at the removal; every other issue points at the patch's own
 * entry where the patch writes the item, and names an inherited item by its id (`indicators.SID-6.source.ref`).
 * The patch must give the new edition its own `id` (results name it), and should give its own `name` (a
 * `name_inherited` warning when it keeps the base's). `derivedFrom` is the base's id unless the patch sets it. The
 * base's `description` is not inherited: it describes the base's numbers ("floor 12 and yandas 5 of 6"), which the
 * patch may change; the new edition has the description the patch gives, or none. (Its `caveat` is inherited: a
 * projection built on stays a projection.)
 */
export function checkPatch(base: Edition, patch: Record<string, unknown>, opts: { locale?: EditionLocale | undefined } = {}): Checked<Edition> {
  opts = { locale: readLocale(opts.locale, "deriveEdition") };
  const ownId = typeof patch.id === "string" && patch.id !== base.id;
  // an id written but not as text ("id": 38): the schema's error at it says so, once
  const idIssue: Issue[] = ownId || (patch.id !== undefined && typeof patch.id !== "string") ? [] : [{ code: "patch_id_required", severity: "error", path: ["id"], params: { base: base.id } }];
  const { value: merged, issues: applied, removed, added } = applyPatch(base, patch);
  if (patch.derivedFrom === undefined) merged.derivedFrom = base.id;
  if (patch.description === undefined) delete merged.description;
  delete merged.extends;
  if (applied.length > 0) return { ok: false, issues: [...idIssue, ...applied] };

  const parsed = Edition.safeParse(merged, { error: editionErrorMap(opts.locale) });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => located(schemaIssue(i, merged), merged, patch));
    const incomplete = incompleteNewItems(issues, added, patch, merged, base.id);
    // an id close to an inherited one (`spd-12`, `SID-01`, `inovativ`) is that item mistyped: said once, at its id,
    // without the fields a new item would need ("wajib diisi" five times for a weight meant for SPD-12)
    const typos = incomplete.filter((i) => i.params.near !== undefined).map((i) => i.path.slice(0, -1));
    const rest = typos.length ? issues.filter((i) => !typos.some((at) => at.every((seg, k) => i.path[k] === seg))) : issues;
    return { ok: false, issues: [...idIssue, ...incomplete, ...rest] };
  }
  const { edition, issues: rederived } = rederiveMaxima(parsed.data, base, patch);
  const removals = removalIssues(edition, removed);
  const ruleIssues = editionRules
    .flatMap((rule) => rule.check(edition))
    .filter((i) => !removals.explained(i))
    .map((i) => inheritedFrom(located(i, edition, patch), patch, base.id));
  return done(edition, [...idIssue, ...removals.issues, ...ruleIssues, ...rederived, ...nameIssue(edition, base)]);
}

/** A warning when the new edition keeps the base's name: results would show it beside the new id (Ringkasan!C3). */
function nameIssue(edition: Edition, base: Edition): Issue[] {
  if (edition.name.id !== base.name.id && edition.name.en !== base.name.en) return [];
  const params = { base: base.id, id: edition.id, name: base.name.id, nameEn: base.name.en };
  return [{ code: "name_inherited", severity: "warning", path: ["name"], params }];
}

/** Codes of an issue about one number, whose message says where to write it when the file inherits it. */
const ABOUT_A_NUMBER = new Set<Issue["code"]>(["yandas_min_invalid", "number_not_allowed"]);

/**
 * An issue at a number the file does not write (a yandas minimum of 5 inherited, made impossible by a shorter list the
 * file writes) names the base it comes from, so the message can say to write the number in the file.
 */
function inheritedFrom(issue: Issue, patch: Record<string, unknown>, base: string): Issue {
  if (!ABOUT_A_NUMBER.has(issue.code) || writes(patch, issue.path)) return issue;
  return { ...issue, params: { ...issue.params, base } };
}

/**
 * An entry with an id the base lacks is a new item and must be complete: when it misses a required field (a typo'd
 * id, meant to change an inherited item?), say so once, at its id.
 */
function incompleteNewItems(issues: Issue[], added: readonly AddedItem[], patch: Record<string, unknown>, merged: Record<string, unknown>, base: string): Issue[] {
  const under = (path: Issue["path"], at: Issue["path"]) => at.every((seg, k) => path[k] === seg);
  const missing = (path: Issue["path"]) => valueAt(patch, path) === undefined;
  return added
    .filter((a) => issues.some((i) => under(i.path, a.at) && missing(i.path)))
    .map((a) => {
      const near = nearId(a.id, a.inherited);
      const params: Issue["params"] = near === undefined ? { id: a.id, allowed: a.inherited, ...bandInside(a, patch, merged) } : { id: a.id, near, base };
      return { code: "patch_new_item_incomplete", severity: "error", path: [...a.at, "id"], params } satisfies Issue;
    });
}

/** An id with its case, punctuation and numbers' leading zeros aside: `SID-01`, `sid 1` and `SID-1` are one. */
const idKey = (id: string) => id.toLowerCase().replace(/[^a-z0-9]+/g, "").replace(/(^|[^0-9])0+(?=[0-9])/g, "$1");

/**
 * The inherited id a new one most likely meant: the same but for case, punctuation or zero-padding (`spd-12`,
 * `SID-01`), else the one closest in spelling (`inovativ` → `inovatif`; `closestIndex`: never one with other numbers,
 * so `SID-21` is a new indicator, not `SID-2` mistyped). None for an id near nothing: a deliberately new item.
 */
function nearId(id: string, inherited: readonly string[]): string | undefined {
  const key = idKey(id);
  const same = inherited.find((x) => idKey(x) === key);
  if (same !== undefined) return same;
  const k = closestIndex(id, inherited, false);
  return k < 0 ? undefined : inherited[k];
}

type End = { value: number; inclusive: boolean };
const isEnd = (x: unknown): x is End => typeof (x as End | undefined)?.value === "number" && typeof (x as End).inclusive === "boolean";

/**
 * A new band whose one written end falls inside another band (a band "istimewa" from 90 added above an inherited
 * "sangat-inovatif" (65, 100]): the overlap the rules would report once the band is complete, said with the
 * incomplete entry, with the ends to write — the other band's end moved to meet it, and the end the new band lacks
 * taken from the other band. Only for an entry that names itself (`label`, or `name` by slip). Params `inside` (band id), `range`, `side` ("min" or "max"), `at`, `atInclusive` (the
 * other band's new end), and `end`, `endInclusive` (the new band's missing end) when the file does not write it.
 */
function bandInside(a: AddedItem, patch: Record<string, unknown>, merged: Record<string, unknown>): Record<string, string | number | boolean> {
  if (a.at[0] !== "bands" || typeof a.at[1] !== "number" || !Array.isArray(patch.bands) || !Array.isArray(merged.bands)) return {};
  const band = patch.bands[a.at[1]] as Record<string, unknown> | undefined;
  // a band meant as new names itself (a label, or `name` by slip); one without is likelier a typo'd inherited id
  // ("kurang" for "kurang-inovatif"), whose ends are not a new band's
  if (band?.label === undefined && band?.name === undefined) return {};
  for (const side of ["min", "max"] as const) {
    const end = band?.[side];
    if (!isEnd(end)) continue;
    const other = (merged.bands as Record<string, unknown>[]).find((b) => b.id !== a.id && isEnd(b.min) && isEnd(b.max) && b.min.value < end.value && end.value < b.max.value);
    if (!other) continue;
    const [lo, hi] = [other.min as End, other.max as End];
    const theirs = side === "min" ? hi : lo;
    const lacks = band?.[side === "min" ? "max" : "min"] === undefined;
    return { inside: String(other.id), range: formatInterval({ min: lo, max: hi }), side, at: end.value, atInclusive: !end.inclusive, ...(lacks ? { end: theirs.value, endInclusive: theirs.inclusive } : {}) };
  }
  return {};
}

/** Codes of an issue at a boundary between two neighbours: at the later one's lower end, the earlier one's upper end in `refs`. */
const BOUNDARY = new Set<Issue["code"]>(["interval_overlap", "interval_gap", "interval_unsorted"]);
/** Codes of an issue with two sides, the other in `refs`: a boundary, a name two bands share (its message names both). */
const TWO_SIDED = new Set<Issue["code"]>([...BOUNDARY, "band_name_duplicate", "band_end_unknown"]);

function located(issue: Issue, resolved: unknown, patch: Record<string, unknown>): Issue {
  const path = toFilePath(issue.path, resolved, patch);
  const refs = issue.refs?.map((r) => toFilePath(r, resolved, patch));
  if (!TWO_SIDED.has(issue.code) || !refs?.[0]) return { ...issue, path, ...(refs ? { refs } : {}) };
  // a boundary has two sides: point at the side the file writes (a province that moved only "kurang-inovatif"'s upper
  // end was told about the inherited "inovatif"'s lower end), and name the inherited neighbour by its id
  const [other] = refs;
  const mine = writes(patch, path);
  const theirs = writes(patch, other);
  if (mine === theirs) return { ...issue, path, refs };
  const inherited = BOUNDARY.has(issue.code) ? inheritedId(mine ? issue.refs![0]! : issue.path, resolved) : undefined;
  const params = inherited === undefined ? issue.params : { ...issue.params, inherited };
  return mine ? { ...issue, path, refs, params } : { ...issue, path: other, refs: [path], params };
}

/** The patch writes a value at this path (a path through an inherited item, named by id, is not written). */
function writes(patch: unknown, path: Issue["path"]): boolean {
  let x = patch;
  for (const seg of path) {
    if (Array.isArray(x)) x = typeof seg === "number" ? x[seg] : undefined;
    else x = typeof x === "object" && x !== null ? (x as Record<string, unknown>)[seg] : undefined;
    if (x === undefined) return false;
  }
  return true;
}

/** The id of the item a path inside the resolved edition ends in (`bands.2.min` → "inovatif"), if it has one. */
function inheritedId(path: Issue["path"], resolved: unknown): string | undefined {
  const item = valueAt(resolved, path.slice(0, -1));
  return typeof item === "object" && item !== null && typeof (item as { id?: unknown }).id === "string" ? (item as { id: string }).id : undefined;
}

function done(edition: Edition, issues: Issue[]): Checked<Edition> {
  if (issues.some((i) => i.severity === "error")) return { ok: false, issues };
  return { ok: true, value: edition, issues };
}
