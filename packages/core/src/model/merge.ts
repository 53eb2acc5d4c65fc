import type { Issue } from "../issues.js";
import type { EditionInput } from "./edition.js";
import { cloneJson, isCitation, isKeyedList, isPlainObject, REMOVE, type Path } from "./_keyed.js";

export { REMOVE } from "./_keyed.js";

/** An entry that removes the inherited item with this id: `{ "id": "tegal-2024", "$remove": true }`. */
export type Removal = { id: string; $remove: true };

type Patch<T> = T extends readonly (infer U)[]
  ? U extends { id: string; en: string }
    ? U[] // bilingual texts are values, not items with ids
    : U extends { id: string }
      ? ((Patch<U> & { id: string }) | Removal)[]
      : U[]
  : T extends object
    ? { [K in keyof T]?: Patch<T[K]> }
    : T;

/**
 * What differs from a base edition, deep-partial. Objects merge key by key. A list whose items carry an `id`
 * (sources, indicators, an indicator's measures, bands, compliance rules and targets, any future list with ids) is
 * patched by id: an entry with a known id merges into that item, an entry with a new id is appended, and
 * `{ "id": …, "$remove": true }` removes the inherited item. Lists of plain values (urusan names, agency types) and
 * lists without ids (options, measure tiers, evidence texts) replace the base's list, and so does an empty list.
 * `null` is a value (it replaces); an absent or `undefined` key keeps the base's. A `source` that cites another
 * document (`ref`) replaces the inherited citation whole: its page and note belonged to the old document.
 *
 * Order of a patched list: inherited items keep their place, removed ones leave, new ones are appended in the
 * patch's order. Bands are then sorted by their lower end, so a new band may be written anywhere.
 */
export type EditionPatch = Patch<EditionInput>;

/** An inherited item a patch removed: where the removal is written, and what it removed. */
export interface RemovedItem {
  id: string;
  /** The removed item, as it was in the base. */
  item: unknown;
  /** The removal entry in the patch, e.g. `["sources", 2]`. */
  at: Path;
  /** The list it was removed from, items named by id, e.g. `["indicators", "SID-18", "measures"]`. */
  list: Path;
}

/** An item a patch appended (an id the base list did not have). */
export interface AddedItem {
  id: string;
  /** The entry in the patch, e.g. `["bands", 0]`. */
  at: Path;
  /** The ids the list held before, for a message when the new id was meant to be one of them. */
  inherited: string[];
}

export interface PatchResult {
  /** The base with the patch applied, as a new plain object. Not yet validated. */
  value: Record<string, unknown>;
  /** Entries that cannot be applied (a removal of an id the base lacks, an entry without id …), at the patch's path. */
  issues: Issue[];
  removed: RemovedItem[];
  added: AddedItem[];
}

/** The base with the patch applied, as a new plain object (neither argument is changed). Not yet validated. */
export function mergeEdition(base: unknown, patch: Record<string, unknown>): Record<string, unknown> {
  return applyPatch(base, patch).value;
}

/** {@link mergeEdition}, with the entries it could not apply and the items it removed. */
export function applyPatch(base: unknown, patch: Record<string, unknown>): PatchResult {
  const ctx: Ctx = { issues: [], removed: [], added: [] };
  const value = merge(cloneJson(base), patch, [], [], ctx) as Record<string, unknown>;
  if (patch.bands !== undefined && Array.isArray(value.bands)) value.bands = byLowerEnd(value.bands);
  return { value, issues: ctx.issues, removed: ctx.removed, added: ctx.added };
}

type Ctx = { issues: Issue[]; removed: RemovedItem[]; added: AddedItem[] };

function merge(base: unknown, patch: unknown, at: Path, named: Path, ctx: Ctx): unknown {
  if (Array.isArray(patch) && patch.length > 0 && (base === undefined || Array.isArray(base))) {
    const list = base ?? [];
    if (isKeyedList(list.length > 0 ? list : patch)) return patchList(list, patch, at, named, ctx);
  }
  if (!isPlainObject(base) || !isPlainObject(patch)) return cloneJson(patch);
  // citing another document starts the citation afresh: the old page and note belong to the old document
  if (isCitation(base) && typeof patch.ref === "string" && patch.ref !== base.ref) return cloneJson(patch);
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) out[key] = merge(base[key], value, [...at, key], [...named, key], ctx);
  }
  return out;
}

function patchList(base: unknown[], patch: unknown[], at: Path, named: Path, ctx: Ctx): unknown[] {
  const out = [...base] as Record<string, unknown>[];
  const ids = () => out.map((b) => String(b.id));
  const first = new Map<string, number>();
  patch.forEach((entry, i) => {
    const where = [...at, i];
    if (!isPlainObject(entry) || typeof entry.id !== "string") {
      // an id written as a number (5) or a list is an id given, not none: said apart, at the id
      const given = isPlainObject(entry) && entry.id !== undefined && entry.id !== null ? JSON.stringify(entry.id) : undefined;
      // a number: the inherited ids of that number are the ones meant ("SID-6", "SPD-6" for 6), named alone
      const n = isPlainObject(entry) && typeof entry.id === "number" ? entry.id : undefined;
      const meant = n === undefined ? [] : ids().filter((id) => /^[a-z]+-?0*(\d+)[a-z]?$/i.exec(id)?.[1] === String(n));
      ctx.issues.push(issue("patch_entry_without_id", given === undefined ? where : [...where, "id"], given === undefined ? { allowed: ids() } : meant.length ? { given, meant } : { allowed: ids(), given }));
      return;
    }
    const id = entry.id;
    if (first.has(id)) {
      ctx.issues.push(issue("duplicate_id", [...where, "id"], { id, first: first.get(id)! }));
      return;
    }
    first.set(id, i);
    const k = out.findIndex((b) => b.id === id);
    const { [REMOVE]: remove, ...fields } = entry;
    if (remove === true) {
      const extra = Object.keys(fields).filter((f) => f !== "id");
      if (extra.length > 0) ctx.issues.push(issue("remove_with_fields", where, { id, fields: extra }));
      else if (k < 0) ctx.issues.push(issue("remove_unknown_id", [...where, "id"], { id, allowed: ids() }));
      else ctx.removed.push({ id, item: out.splice(k, 1)[0], at: where, list: named });
      return;
    }
    if (k >= 0) out[k] = merge(out[k], fields, where, [...named, id], ctx) as Record<string, unknown>;
    else {
      ctx.added.push({ id, at: where, inherited: base.map((b) => String((b as { id?: unknown }).id)) });
      out.push(merge(undefined, fields, where, [...named, id], ctx) as Record<string, unknown>);
    }
  });
  return out;
}

function issue(code: Issue["code"], path: Path, params: Issue["params"]): Issue {
  return { code, severity: "error", path, params };
}

/** Bands ordered by lower end (an inclusive end before an open one at the same value); stable. */
function byLowerEnd(bands: unknown[]): unknown[] {
  const lower = (b: unknown) => (isPlainObject(b) && isPlainObject(b.min) ? b.min : undefined);
  if (!bands.every((b) => typeof lower(b)?.value === "number")) return bands; // the schema reports it
  return [...bands].sort((a, b) => {
    const x = lower(a)!;
    const y = lower(b)!;
    if (x.value !== y.value) return (x.value as number) - (y.value as number);
    return Number(!x.inclusive) - Number(!y.inclusive);
  });
}
