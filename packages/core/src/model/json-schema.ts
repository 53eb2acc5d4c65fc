import * as z from "zod";
import { Edition } from "./edition.js";
import { patchSchema } from "./_patch-schema.js";

const EXTENDS_DESCRIPTION =
  "Edisi bawaan yang menjadi dasar berkas ini; berkas cukup memuat yang berbeda. / The shipped edition this file builds on; the file holds only what differs.";

const ID_DESCRIPTION =
  "Id model ini sendiri, berbeda dari edisi dasar (mis. prov-kalsel-2026). / This model's own id, other than the base's (e.g. prov-kalsel-2026).";

/** On `formula.jumlahInovasi.countOf` (here, not in the zod schema: a bundle that validates carries no description). */
const COUNT_OF_DESCRIPTION = [
  "Jumlah yang dipakai skor jumlah inovasi (skor per inovasi × MIN(jumlah, batas)). \"counted\" (bawaan bila tidak diisi): inovasi yang",
  "dihitung pada proyeksinya (klaim: yang tidak ditolak; terverifikasi: yang juga memenuhi syarat). \"n\": n pembagi SID, seperti",
  "spesifikasi menulis MIN(n, 200) — semua inovasi yang diajukan bila rejectedCountInDivisor true, sama dengan \"counted\" bila false. /",
  "The count the innovation-count score takes (points per innovation × MIN(count, cap)). \"counted\" (the default when unset): the",
  "innovations that count in the projection (claimed: those not rejected; verified: those also eligible). \"n\": the SID divisor's n,",
  "as the spec writes MIN(n, 200) — every innovation reported when rejectedCountInDivisor is true, the same as \"counted\" when false.",
].join(" ");

/** On an indicator's measures (here, not in the zod schema, as COUNT_OF_DESCRIPTION). */
const MEASURE_DESCRIPTIONS = {
  unitEn: "Satuan dalam bahasa Inggris untuk pesan berbahasa Inggris (\"persons\" untuk orang); bila tidak diisi, pesan memakai \"unit\". / The unit in English, for messages in English (\"persons\" for orang); messages keep \"unit\" when it is unset.",
  maximum:
    "Nilai tertinggi yang dapat diambil ukuran ini menurut definisinya (IPM: 0–100; bagian dari keseluruhan: 100 %), dengan sumbernya; kosongkan bila definisinya tidak menetapkan batas (pertumbuhan, jumlah). Bukan batas tingkat: pembaca lembar kerja memakainya untuk menolak bacaan yang tidak mungkin (\"72.500\" untuk IPM dibaca 72,5). / The largest value the measure can take by its definition (the IPM: 0–100; a share of a whole: 100 %), with its source; leave it out where the definition sets none (a growth, a count). Not a tier boundary: the workbook reader uses it to set aside an impossible reading (\"72.500\" for the IPM is 72.5).",
};

const PATCH_DESCRIPTION = [
  "Berkas model yang memakai \"extends\": hanya yang berbeda dari edisi dasar. Objek digabung per kunci; daftar yang butirnya ber-id",
  "(sources, indicators, measures, bands, compliance.rules, compliance.targets) diubah per id: id yang ada mengubah butir warisan,",
  "id baru menambah butir di akhir, { \"id\": …, \"$remove\": true } menghapus butir warisan. Daftar lain (urusan, pilihan, tingkat)",
  "menggantikan daftar warisan. Maksimum yang tidak ditulis dihitung ulang bila bagian-bagiannya berubah. /",
  "A model file with \"extends\": only what differs from the base edition. Objects merge key by key; lists whose items have ids are",
  "patched by id: a known id changes the inherited item, a new id appends one, { \"id\": …, \"$remove\": true } removes one. Other",
  "lists replace the inherited list. Maxima left out are re-derived when their parts change.",
].join(" ");

/**
 * The JSON Schema of an edition file as written (`z.toJSONSchema(Edition, { io: "input" })`: defaulted fields
 * optional), shipped as `@inovasi/core/edition.schema.json` so editors complete and check a model file. A file with
 * `extends` is checked against the patch shape (`$defs.EditionPatch`): every field optional, lists with ids patched by
 * id (each entry needs its `id`, or is a removal `{ id, "$remove": true }`), other lists whole. `validateEdition`
 * checks the resolved edition fully. `bases` are the values `extends` may take (`enum`, also `examples`: the shipped
 * edition ids). A band's ends lie on the index, 0 to 100 (`band_outside_index`).
 */
export function editionJsonSchema(opts: { bases?: readonly string[] | undefined } = {}): Record<string, unknown> {
  const { $schema, ...edition } = z.toJSONSchema(Edition, { io: "input" }) as Record<string, unknown>;
  describeCountOf(edition);
  describeMeasure(edition);
  bandEndsOnIndex(edition);
  const patch = patchSchema(edition) as Record<string, unknown>;
  const properties = (patch.properties ?? {}) as Record<string, unknown>;
  // only a shipped edition can be extended: an editor flags "IID-2026" or "./jateng-2025.json" as validateEdition does
  const bases = opts.bases && opts.bases.length > 0 ? { enum: [...opts.bases], examples: [...opts.bases] } : {};
  return {
    $schema,
    $id: "https://unpkg.com/@inovasi/core/schema/edition.schema.json",
    title: "Edisi model Indeks Inovasi Daerah (IID) / IID model edition",
    if: { type: "object", required: ["extends"] },
    then: { $ref: "#/$defs/EditionPatch" },
    else: { $ref: "#/$defs/Edition" },
    $defs: {
      Edition: edition,
      EditionPatch: {
        ...patch,
        description: PATCH_DESCRIPTION,
        properties: {
          ...properties,
          id: { ...(properties.id as object), description: ID_DESCRIPTION },
          extends: { type: "string", minLength: 1, description: EXTENDS_DESCRIPTION, ...bases },
        },
        required: ["extends", "id"],
      },
    },
  };
}

/** Sets the description of `formula.jumlahInovasi.countOf` in the edition's JSON Schema (the patch shape copies it). */
function describeCountOf(edition: Record<string, unknown>): void {
  type Node = { properties: Record<string, Node>; description?: string };
  const formula = (edition as unknown as Node).properties.formula!;
  formula.properties.jumlahInovasi!.properties.countOf!.description = COUNT_OF_DESCRIPTION;
}

/** Sets the descriptions of a measure's `unitEn` and `maximum` in the edition's JSON Schema (the patch shape copies them). */
function describeMeasure(edition: Record<string, unknown>): void {
  type Node = { properties: Record<string, Node>; items: Node; description?: string };
  const measure = (edition as unknown as Node).properties.indicators!.items.properties.measures!.items;
  for (const [k, d] of Object.entries(MEASURE_DESCRIPTIONS)) measure.properties[k]!.description = d;
}

/** A band end's value on the index's 0–100 in the edition's JSON Schema (the patch shape copies it); a measure's tiers are not bounded. */
function bandEndsOnIndex(edition: Record<string, unknown>): void {
  type Node = { properties: Record<string, Node>; items: Node; anyOf?: Node[]; type?: string; minimum?: number; maximum?: number };
  const band = (edition as unknown as Node).properties.bands!.items;
  for (const end of [band.properties.min!, band.properties.max!]) {
    for (const shape of end.anyOf ?? []) {
      const value = shape.properties.value;
      if (value?.type === "number") Object.assign(value, { minimum: 0, maximum: 100 });
    }
  }
}
