import { z } from "zod";
import { Edition } from "./edition.js";

/**
 * The JSON Schema of an edition file as written (`z.toJSONSchema(Edition, { io: "input" })`: defaulted fields
 * optional), shipped as `@inovasi/core/edition.schema.json` so editors and other tools can check a model file.
 * A file with `extends` holds only what differs from its base, so the schema checks it only loosely;
 * `validateEdition` checks it fully once resolved.
 */
export function editionJsonSchema(): Record<string, unknown> {
  const { $schema, ...edition } = z.toJSONSchema(Edition, { io: "input" }) as Record<string, unknown>;
  const properties = (edition.properties ?? {}) as Record<string, unknown>;
  return {
    $schema,
    $id: "https://unpkg.com/@inovasi/core/schema/edition.schema.json",
    title: "Edisi model Indeks Inovasi Daerah (IID) / IID model edition",
    if: { type: "object", required: ["extends"] },
    then: {
      type: "object",
      properties: { $schema: properties.$schema, extends: properties.extends, id: properties.id, year: properties.year },
    },
    else: { $ref: "#/$defs/Edition" },
    $defs: { Edition: edition },
  };
}
