/**
 * The committed JSON Schema, shipped edition data and edition pages must match what the code generates.
 * Regenerate with `node packages/core/scripts/generate-artifacts.mjs` (sets INOVASI_WRITE_ARTIFACTS=1 and runs this file).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildShippedEditions } from "../../src/editions/build.js";
import { packShippedEditions } from "../../src/editions/pack.js";
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

  // each edition's own JSON, the parts editions share and the module putting them together (src/editions/pack.ts)
  const packed = packShippedEditions(built);
  it.each(packed.map((f) => f.path))("src/editions/shipped/%s is the packed edition data", (path) => {
    matchesCommitted(`src/editions/shipped/${path}`, packed.find((f) => f.path === path)!.text);
  });

  it("src/editions/shipped/parts holds no part that no edition uses", () => {
    const parts = readdirSync(at("src/editions/shipped/parts")).map((f) => `parts/${f}`);
    expect(parts.sort()).toEqual(packed.map((f) => f.path).filter((p) => p.startsWith("parts/")).sort());
  });

  it.each(Object.keys(built))("the package serves %s exactly as validated (and derived) from its source, frozen", (id) => {
    if (!write) expect(editions[id]).toStrictEqual(built[id]); // stale until re-imported in write mode
    expect(Object.isFrozen(editions[id]!.indicators[0]!.options)).toBe(true);
    expect(Object.isFrozen(editions[id]!.urusan)).toBe(true);
  });

  it("shares the parts that are the same: the urusan catalogue once for all, IGA 2026's indicators with the 2027 projection, 2023's indicators with 2023-inferred", () => {
    expect(editions["iid-2023"]!.urusan).toBe(editions["iid-2026"]!.urusan);
    expect(editions["iid-2027-projection"]!.indicators).toBe(editions["iid-2026"]!.indicators);
    expect(editions["iid-2023"]!.indicators).not.toBe(editions["iid-2026"]!.indicators);
    // item by item where a list is not the same whole: the indicators 2023-inferred keeps from 2023 as they are
    const kept = editions["iid-2023-inferred"]!.indicators.filter((i) => editions["iid-2023"]!.indicators.some((j) => JSON.stringify(j) === JSON.stringify(i)));
    expect(kept.length).toBeGreaterThan(0);
    for (const i of kept) expect(editions["iid-2023"]!.indicators).toContain(i); // the same object, not an equal one
  });

  it.each(Object.keys(built))("editions/%s.md renders the edition", (id) => {
    matchesCommitted(`editions/${id}.md`, renderEditionMarkdown(built[id]!, { madeBy: "packages/core/scripts/generate-artifacts.mjs" }));
  });
});
