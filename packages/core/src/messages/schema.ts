/**
 * Our sentences for shape problems (a value of the wrong kind, too small, not one of the choices …), in Bahasa
 * Indonesia and English. Zod-free: the region-input checker (`input/_check.ts`) reports through these, and the edition
 * schemas (zod) through `schemaErrorMap` in `_zod.ts`, so both say the same words.
 */

/** Language of schema messages, chosen per parse (never zod's global config). */
export type SchemaLocale = "id" | "en";

/**
 * A shape problem as a schema reports it: the fields of zod's raw issue that a message reads. Zod's issues fit this
 * shape, and so do the region-input checker's.
 */
export interface SchemaProblem {
  code: string;
  input?: unknown;
  expected?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
  values?: readonly unknown[];
  format?: unknown;
  divisor?: unknown;
  keys?: readonly unknown[];
}

/** What a value must be, in words a person reads (never zod's type names such as "number" or "int"). */
const KIND: Record<SchemaLocale, Record<string, string>> = {
  id: { number: "angka", int: "bilangan bulat", string: "teks", boolean: "ya atau tidak (true / false)", array: "daftar", object: "kumpulan isian (objek)", record: "kumpulan isian (objek)" },
  en: { number: "a number", int: "a whole number", string: "text", boolean: "yes or no (true / false)", array: "a list", object: "a set of fields (an object)", record: "a set of fields (an object)" },
};

/** A value as text; an object without `toString` (`Object.create(null)`) reads as any other object would. */
function asText(v: unknown): string {
  try {
    return String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}
const shown = (v: unknown) => (typeof v === "string" ? `"${v}"` : asText(v));
const list = (vs: readonly unknown[] = []) => vs.map((v) => `"${String(v)}"`).join(", ");

function idMessage(i: SchemaProblem): string {
  const kind = (k: unknown) => KIND.id[String(k)] ?? "isian yang sah";
  switch (i.code) {
    case "invalid_type":
      return i.input === undefined ? "wajib diisi" : `harus berupa ${kind(i.expected)}${i.expected === "number" && typeof i.input === "number" ? " yang terhingga" : ""}`;
    case "too_small":
      if (i.origin === "string") return Number(i.minimum) <= 1 ? "tidak boleh kosong" : `minimal ${i.minimum} karakter`;
      if (i.origin === "array") return `minimal ${i.minimum} butir`;
      return `${shown(i.input)} terlalu kecil; paling kecil ${i.minimum}`;
    case "too_big":
      return `${shown(i.input)} terlalu besar; paling besar ${i.maximum}`;
    case "invalid_value":
      return i.input === undefined ? `wajib diisi; pilihan: ${list(i.values)}` : `${shown(i.input)} bukan pilihan yang sah; pilihan: ${list(i.values)}`;
    case "invalid_format":
      if (i.format === "date") return `${shown(i.input)} bukan tanggal yang sah (tulis TTTT-BB-HH, mis. 2024-03-01)`;
    // falls through: other formats are the edition's (editionSchemaMessage)
    default:
      return "isian tidak sesuai bentuk yang diharapkan";
  }
}

function enMessage(i: SchemaProblem): string {
  const kind = (k: unknown) => KIND.en[String(k)] ?? "a valid value";
  switch (i.code) {
    case "invalid_type":
      return i.input === undefined ? "is required" : `must be ${kind(i.expected)}${i.expected === "number" && typeof i.input === "number" ? " (finite)" : ""}`;
    case "too_small":
      if (i.origin === "string") return Number(i.minimum) <= 1 ? "must not be empty" : `at least ${i.minimum} characters`;
      if (i.origin === "array") return `at least ${i.minimum} items`;
      return `${shown(i.input)} is too small; the least allowed is ${i.minimum}`;
    case "too_big":
      return `${shown(i.input)} is too large; the most allowed is ${i.maximum}`;
    case "invalid_value":
      return i.input === undefined ? `is required; choices: ${list(i.values)}` : `${shown(i.input)} is not a valid choice; choices: ${list(i.values)}`;
    case "invalid_format":
      if (i.format === "date") return `${shown(i.input)} is not a valid date (write YYYY-MM-DD, e.g. 2024-03-01)`;
    // falls through: other formats are the edition's (editionSchemaMessage)
    default:
      return "the value does not have the expected shape";
  }
}

/**
 * The sentence for a shape problem in `locale` (Bahasa Indonesia by default): the problems region input can have
 * (a date is its only format; an edition's formats are worded in `edition-schema.ts`). Bounds are inclusive in every schema we write (`min`, `max`, `gte`); a test holds the
 * schemas to that, so the sentences need no "above" or "below".
 */
export function schemaMessage(problem: SchemaProblem, locale: SchemaLocale): string {
  return locale === "en" ? enMessage(problem) : idMessage(problem);
}
