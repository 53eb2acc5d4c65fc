/**
 * The committed JSON Schema, shipped edition data and edition pages must match what the code generates.
 * Regenerate with `node packages/core/scripts/generate-artifacts.mjs` (sets INOVASI_WRITE_ARTIFACTS=1 and runs this file).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildShippedEditions } from "../../src/editions/build.js";
import { editionIds, editions, renderEditionMarkdown } from "../../src/editions/index.js";
import { editionJsonSchema } from "../../src/model/index.js";

const write = process.env.INOVASI_WRITE_ARTIFACTS === "1";
const at = (rel: string) => fileURLToPath(new URL(`../../${rel}`, import.meta.url));

function matchesCommitted(rel: string, generated: string): void {
  const file = at(rel);
  if (write) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, generated);
  }
  const committed = readFileSync(file, "utf8");
  expect(committed, `${rel} is stale: run node packages/core/scripts/generate-artifacts.mjs`).toBe(generated);
}

describe("generated artifacts are up to date", () => {
  it("schema/edition.schema.json is z.toJSONSchema(Edition, { io: 'input' }) and its patch shape", () => {
    matchesCommitted("schema/edition.schema.json", JSON.stringify(editionJsonSchema({ bases: editionIds }), null, 2) + "\n");
  });

  it("the edition schema sits under $defs.Edition with no references of its own to rewrite", () => {
    const schema = editionJsonSchema() as { else: unknown; $defs: { Edition: Record<string, unknown> } };
    expect(schema.else).toEqual({ $ref: "#/$defs/Edition" });
    expect(JSON.stringify(schema.$defs.Edition)).not.toContain("$ref");
    expect(schema.$defs.Edition.required).toEqual(
      expect.arrayContaining(["id", "name", "year", "sources", "spdMode", "indicators", "formula", "yandas", "eligibility", "bands"]),
    );
  });

  const built = buildShippedEditions();
  it("ships every edition the sources build, and only those", () => {
    expect(Object.keys(editions)).toEqual(Object.keys(built));
  });

  it.each(Object.keys(built))("src/editions/shipped/%s.json is the edition validated (and derived) from its source", (id) => {
    matchesCommitted(`src/editions/shipped/${id}.json`, JSON.stringify(built[id], null, 1) + "\n");
    if (!write) expect(editions[id]).toEqual(built[id]); // the package serves exactly that (stale until re-imported in write mode)
    expect(Object.isFrozen(editions[id]!.indicators[0]!.options)).toBe(true);
  });

  it.each(Object.keys(built))("editions/%s.md renders the edition", (id) => {
    matchesCommitted(`editions/${id}.md`, renderEditionMarkdown(built[id]!));
  });
});
