/**
 * Shape sentences only an edition file needs (`validateEdition`, through `schemaErrorMap` in `_zod.ts`): the formats
 * an edition has (a source's web address, an id's pattern, said as the pattern asks), and, where a set of fields was
 * expected (a number with its source, a text in both languages), the fields it takes. Apart from `schema.ts`, so that
 * what a browser app carries for `parseRegionInput` holds no sentence it cannot show.
 */
import { type SchemaLocale, type SchemaProblem, schemaMessage } from "./schema.js";

/** What zod gives an error map beyond {@link SchemaProblem}: the schema that raised it, where, the pattern. */
export interface EditionSchemaProblem extends SchemaProblem {
  inst?: unknown;
  path?: readonly PropertyKey[];
  pattern?: unknown;
  /** `invalid_union`: each branch's issues (their messages already ours). */
  errors?: readonly (readonly { path: readonly PropertyKey[]; message: string }[])[];
}

const WORDS = {
  id: {
    url: "bukan alamat web (URL) yang sah",
    other: "tidak sesuai format yang diminta",
    id: (e: string) => `bukan id yang sah; tulis huruf kecil, angka dan tanda hubung, diawali huruf kecil atau angka, tanpa spasi (mis. "${e}")`,
    object: "harus berupa kumpulan isian (objek)",
    like: "seperti",
    json: "harus berupa kumpulan isian (objek), bukan teks JSON: urai dulu dengan JSON.parse(teks)",
    number: (n: string) => `; di JSON tulis ${n} (${n.includes(".") ? "titik desimal, " : ""}tanpa tanda kutip)`,
    idNumber: (n: string, e: string) => `"id" harus berupa teks dalam tanda kutip, bukan angka ${n} (mis. "${e}")`,
    unknownBound: 'batas yang belum diketahui ("value": null) memerlukan sumbernya sendiri di batas ini, dengan confidence "unknown"; tulis { "value": null, "source": { "ref": "…", "confidence": "unknown", "note": "…" } } (sumber predikat tidak berlaku untuk batasnya), atau tulis angkanya: { "value": …, "inclusive": true }',
  },
  en: {
    url: "is not a valid web address (URL)",
    other: "does not have the required format",
    id: (e: string) => `is not a valid id; write lower-case letters, digits and hyphens, starting with a letter or digit, no spaces (e.g. "${e}")`,
    object: "must be a set of fields (an object)",
    like: "such as",
    json: "must be a set of fields (an object), not JSON text: parse it first with JSON.parse(text)",
    number: (n: string) => `; in JSON write ${n} (${n.includes(".") ? "a decimal point, " : ""}no quotes)`,
    idNumber: (n: string, e: string) => `"id" must be text in quotes, not the number ${n} (e.g. "${e}")`,
    unknownBound: 'a bound not yet known ("value": null) needs its own source on this bound, with confidence "unknown"; write { "value": null, "source": { "ref": "…", "confidence": "unknown", "note": "…" } } (the band\'s source does not cover its bounds), or write the number: { "value": …, "inclusive": true }',
  },
} as const;

/** The id pattern of the edition schemas (an edition's, an urusan's): lower-case letters, digits, hyphens. */
const ID_PATTERN = "[a-z0-9][a-z0-9-]*";

function shown(v: unknown): string {
  return typeof v === "string" ? `"${v}"` : String(v);
}

/** An id in the pattern made from what was written (`"Prov Contoh"` → `"prov-contoh"`), else an edition's example. */
function idLike(input: unknown, path: readonly PropertyKey[] | undefined): string {
  const made = typeof input === "string" ? input.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") : "";
  return made !== "" ? made : path?.length === 1 ? "prov-kalsel-2026" : "pekerjaan-umum";
}

/**
 * The fields a set of fields takes, when it takes a few (`{ "value": 14, "source": … }`), with a text or number given
 * in their place shown in the first: a number written where `{ value, source }` is expected is that value.
 */
function fieldsOf(inst: unknown, input: unknown, depth = 1): string | undefined {
  type Schema = { _zod?: { optin?: string; def?: { shape?: Record<string, Schema> } } };
  const shape = (inst as Schema | undefined)?._zod?.def?.shape;
  if (!shape) return undefined;
  const keys = Object.keys(shape).filter((k) => shape[k]?._zod?.optin !== "optional");
  if (keys.length === 0 || keys.length > 4) return undefined;
  const given = typeof input === "string" || typeof input === "number" ? JSON.stringify(input) : "…";
  // a field that is itself a small set of fields (a number's source) is shown one level down
  const inner = (k: string) => (depth > 0 ? fieldsOf(shape[k], undefined, depth - 1) : undefined) ?? "…";
  return `{ ${keys.map((k, i) => `"${k}": ${i === 0 && given !== "…" ? given : inner(k)}`).join(", ")} }`;
}

/**
 * Of a union's problem (a band's end: a threshold, or an unknown one), the first issue of the branch closest to what
 * was written (`input`, the value at the union): where `"value": null` meant "unknown", the branch that takes null,
 * else the one with the fewest issues; null where an unknown bound lacks only its own source (said as a whole, at the
 * bound). The error map says this issue, led by its place; `schemaIssue` (`_zod.ts`) puts that place in the path.
 */
export function unionIssue<I extends { readonly path: readonly PropertyKey[] }>(errors: readonly (readonly I[])[], input: unknown): I | null | undefined {
  // `"value": null` meant "unknown": the branch that takes null (an unknown band bound), not the number's
  const isNull = (input as { value?: unknown } | null | undefined)?.value === null;
  const takesNull = (b: readonly I[]) => !b.some((i) => i.path[0] === "value");
  const branches = errors.filter((b) => b.length > 0 && (!isNull || takesNull(b)));
  if (isNull && branches.length === 1 && branches[0]!.length === 1 && branches[0]![0]!.path.join() === "source" && (input as { source?: unknown }).source === undefined) return null;
  return (branches.length ? branches : errors.filter((b) => b.length > 0)).sort((a, b) => a.length - b.length)[0]?.[0];
}

/**
 * The sentence for a shape problem of an edition file: `schemaMessage`'s, an id's pattern in words with an id made
 * from what was written, the other formats, and the fields of a small set of fields expected where something else was
 * written (`"sidDivisorFloor": 14` → `{ "value": 14, "source": … }`; without `fields`, as the region-input checker says it).
 */
export function editionSchemaMessage(problem: EditionSchemaProblem, locale: SchemaLocale = "id", fields = true): string {
  const w = WORDS[locale];
  if (fields && problem.code === "invalid_type" && problem.expected === "object" && problem.input !== undefined) {
    // a model file's text handed over as read (readFileSync without JSON.parse): not an object, but the remedy is known
    if (typeof problem.input === "string" && /^\s*[[{]/.test(problem.input)) return w.json;
    const fields = fieldsOf(problem.inst, problem.input);
    return fields ? `${w.object} ${w.like} ${fields}` : schemaMessage(problem, locale);
  }
  // one of several shapes (a band's end: a threshold, or an unknown one): the branch closest to what was written
  if (problem.code === "invalid_union" && problem.errors?.length) {
    const first = unionIssue(problem.errors, problem.input);
    if (first === null) return w.unknownBound;
    if (first) return `${first.path.length ? `${first.path.map(String).join(".")}: ` : ""}${first.message}`;
  }
  // a number written as text, maybe with a decimal comma ("42,5"): how JSON writes it — in a model file (the region
  // input's checker says "harus berupa angka" alone, and the region schema's map says what the checker says)
  if (fields && problem.code === "invalid_type" && problem.expected === "number" && typeof problem.input === "string" && /^\s*-?\d+([.,]\d+)?\s*$/.test(problem.input)) {
    return `${schemaMessage(problem, locale)}${w.number(problem.input.trim().replace(",", "."))}`;
  }
  // an id written as a number ("id": 38): text in quotes, with an id to write (the model's own: an edition's example).
  // The edition's id or a list entry's, not a bilingual text's Bahasa wording (`label.id`, an indicator's `evidence[0].id`)
  const at = problem.path ?? [];
  if (fields && problem.code === "invalid_type" && problem.expected === "string" && typeof problem.input === "number" && at.at(-1) === "id" && (at.length === 1 || (typeof at.at(-2) === "number" && at.at(-3) !== "evidence"))) {
    return w.idNumber(String(problem.input), at.length === 1 ? idLike(undefined, at) : String(problem.input));
  }
  if (problem.code !== "invalid_format" || problem.format === "date") return schemaMessage(problem, locale);
  if (problem.format === "url") return `${shown(problem.input)} ${w.url}`;
  if (problem.format === "regex" && String(problem.pattern).includes(ID_PATTERN)) return `${shown(problem.input)} ${w.id(idLike(problem.input, problem.path))}`;
  return `${shown(problem.input)} ${w.other}`;
}
