import { z } from "zod";
import { Edition } from "./edition.js";

/**
 * The JSON Schema of an edition file as written (input form: defaulted fields optional), shipped as
 * `@inovasi/core/edition.schema.json` so editors and other tools can check a model file.
 */
export function editionJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(Edition, { io: "input" }),
    $id: "https://unpkg.com/@inovasi/core/schema/edition.schema.json",
    title: "Edisi model Indeks Inovasi Daerah (IID) / IID model edition",
  };
}
