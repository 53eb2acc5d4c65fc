/**
 * A developer's first mistakes with `scoreRegion`: raw JSON, the parse result itself, no edition. Each says what to
 * pass instead of failing deep inside with "Cannot read properties of undefined".
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultEdition, getEdition, parseRegionInput, scoreRegion, validateEdition } from "../../src/index.js";

const json = JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8"));

describe("scoreRegion given what it does not take", () => {
  it("names getEdition when the edition is missing or not an edition", () => {
    const input = parseRegionInput(json);
    if (!input.ok) throw new Error("the example parses");
    expect(() => scoreRegion(input.value, undefined as never)).toThrow(/^scoreRegion: edition expected \(getEdition\(id\), validateEdition\(json\)\.value\), got undefined$/);
    expect(() => scoreRegion(input.value, getEdition("iid-1999") as never)).toThrow(TypeError);
    expect(() => scoreRegion(input.value, "iid-2026" as never)).toThrow(/got string/);
  });

  it("names validateEdition for a province's model file passed as it was read (it extends an edition: no formula)", () => {
    const input = parseRegionInput(json);
    if (!input.ok) throw new Error("the example parses");
    const file = JSON.parse(readFileSync(new URL("../../../../examples/model-provinsi-contoh.json", import.meta.url), "utf8"));
    expect(() => scoreRegion(input.value, file)).toThrow(/^scoreRegion: edition expected \(getEdition\(id\), validateEdition\(json\)\.value\), got \{\$schema, extends, /);
    const validated = validateEdition(file);
    if (!validated.ok) throw new Error("the example model validates");
    expect(scoreRegion(input.value, validated.value).edition.id).toBe(validated.value.id); // the hint's own words work
  });

  it("names parseRegionInput for the parse result itself and for JSON that lacks the defaults", () => {
    const parsed = parseRegionInput(json);
    expect(() => scoreRegion(parsed as never, defaultEdition)).toThrow(/^scoreRegion: pass parseRegionInput\(json\)\.value, not the parse result$/);
    const { agencies: _, ...noAgencies } = json;
    expect(() => scoreRegion(noAgencies as never, defaultEdition)).toThrow(/^scoreRegion: parsed input expected \(parseRegionInput\(json\)\.value\), got \{region, /);
  });

  it("adds the hint to an error from deeper in, keeping the original as its cause", () => {
    // raw JSON with the top level in place but an innovation without its defaulted fields
    const raw = { ...json, innovations: json.innovations.map(({ relatedUrusan: _, ...inv }: Record<string, unknown>) => inv) };
    let thrown: unknown;
    try {
      scoreRegion(raw as never, defaultEdition);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(/^scoreRegion: .* \(is the input parseRegionInput\(json\)\.value\?\)$/);
    expect((thrown as Error).cause).toBeInstanceOf(TypeError);
  });

  it("scores a parsed input as before", () => {
    const input = parseRegionInput(json);
    if (!input.ok) throw new Error("the example parses");
    expect(scoreRegion(input.value, defaultEdition).verified.index).toBeTypeOf("number");
  });
});
