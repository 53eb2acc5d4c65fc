import type { EditionInput } from "./edition.js";

type DeepPartial<T> = T extends readonly (infer U)[]
  ? U[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

type IndicatorInput = EditionInput["indicators"][number];

/**
 * What differs from a base edition: any top-level section, deep-partial. Objects merge key by key; `indicators` are
 * patched by `id` (an unknown id appends a new, complete indicator); every other array replaces the base's array.
 * `null` is a value (it replaces); an absent or `undefined` key keeps the base's.
 */
export type EditionPatch = DeepPartial<Omit<EditionInput, "indicators">> & {
  indicators?: (DeepPartial<IndicatorInput> & { id: string })[];
};

/** The base with the patch applied, as a new plain object (neither argument is changed). Not yet validated. */
export function mergeEdition(base: unknown, patch: Record<string, unknown>): Record<string, unknown> {
  const out = cloneJson(base) as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (key === "indicators" && Array.isArray(value) && Array.isArray(out.indicators)) {
      out.indicators = patchById(out.indicators, value);
    } else {
      out[key] = mergeValue(out[key], value);
    }
  }
  return out;
}

function patchById(base: unknown[], patch: unknown[]): unknown[] {
  const out = [...base];
  for (const item of patch) {
    const id = isPlainObject(item) ? item.id : undefined;
    const at = typeof id === "string" ? out.findIndex((b) => isPlainObject(b) && b.id === id) : -1;
    if (at >= 0) out[at] = mergeValue(out[at], item);
    else out.push(cloneJson(item));
  }
  return out;
}

function mergeValue(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return cloneJson(patch);
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) out[key] = mergeValue(base[key], value);
  }
  return out;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

/** Editions are JSON data, so a JSON round trip is a faithful deep copy. */
function cloneJson<T>(x: T): T {
  return x === undefined ? x : (JSON.parse(JSON.stringify(x)) as T);
}
