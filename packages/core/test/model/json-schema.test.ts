/**
 * The shipped JSON Schema checks a model file the way an editor would (ajv, draft 2020-12): a full edition against
 * the edition shape, a file with "extends" against the patch shape.
 */
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { editionIds } from "../../src/editions/index.js";
import { editionJsonSchema } from "../../src/model/index.js";
import { bound, file } from "./_data.js";

const schema = editionJsonSchema({ bases: editionIds });
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const validate = ajv.compile(schema);
const check = (data: unknown) => (validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));
const province = JSON.parse(readFileSync(new URL("../../../../examples/model-provinsi-contoh.json", import.meta.url), "utf8"));
const patch = (over: Record<string, unknown>) => ({ extends: "iid-2026", id: "prov-2026", ...over });

describe("the edition JSON Schema", () => {
  it("accepts the shipped edition files and the example province model", () => {
    expect(check(file("iid-2026"))).toEqual([]);
    expect(check(file("iid-2023"))).toEqual([]);
    expect(check(province)).toEqual([]);
  });

  it("a full file (no extends) must be complete", () => {
    const f = file();
    delete f.bands;
    expect(check(f).join("\n")).toMatch(/must have required property 'bands'/);
  });

  it("a file with extends: every field optional, entries of lists with ids need their id", () => {
    expect(check(patch({ indicators: [{ id: "SID-20", weight: 6 }] }))).toEqual([]);
    expect(check(patch({ bands: [{ id: "inovatif", max: bound(70, true) }] }))).toEqual([]);
    expect(check(patch({ bands: [{ max: bound(70, true) }] }))).not.toEqual([]);
    expect(check(patch({ indicators: [{ id: "SID-20", weight: "enam" }] }))).not.toEqual([]);
    expect(check(patch({ indicators: [{ id: "SID-18", measures: [{ id: "orang", unit: "jiwa" }] }] }))).toEqual([]);
  });

  it('accepts { "id", "$remove": true } and nothing else with it', () => {
    expect(check(patch({ sources: [{ id: "tegal-2024", $remove: true }] }))).toEqual([]);
    expect(check(patch({ sources: [{ id: "tegal-2024", $remove: true, title: "x" }] }))).not.toEqual([]);
    expect(check(patch({ sources: [{ id: "tegal-2024", $remove: "ya" }] }))).not.toEqual([]);
  });

  it("a wrong field of an entry is reported at that field, not as a removal the file did not mean", () => {
    const wrongWeight = check(patch({ indicators: [{ id: "SID-20", weight: "enam" }] }));
    expect(wrongWeight[0]).toBe("/indicators/0/weight must be number");
    expect(wrongWeight.join("\n")).not.toMatch(/\$remove|additional properties/);
    const removalWithMore = check(patch({ sources: [{ id: "tegal-2024", $remove: true, title: "x" }] }));
    expect(removalWithMore[0]).toBe("/sources/0 must NOT have additional properties");
  });

  it("lists without ids are replaced whole, so their items stay complete", () => {
    expect(check(patch({ indicators: [{ id: "SID-20", options: [{ tier: 1 }] }] }))).not.toEqual([]);
    expect(check(patch({ yandas: { urusan: ["Pendidikan"] } }))).toEqual([]);
  });

  it("needs the model's own id, and offers the shipped editions for extends", () => {
    expect(check({ extends: "iid-2026" }).join("\n")).toMatch(/must have required property 'id'/);
    const p = (schema.$defs as Record<string, { properties: Record<string, { examples?: string[]; description?: string }>; description: string }>).EditionPatch!;
    expect(p.properties.extends!.examples).toEqual([...editionIds]);
    expect(p.description).toContain('"$remove": true');
  });

  it("extends takes a shipped edition only, and a band's ends lie on the index's 0–100, as validateEdition says (audit37 #8)", () => {
    for (const base of ["IID-2026", "iid2026", "./jateng-2025.json"]) expect(check(patch({ extends: base })).join("\n"), base).toMatch(/^\/extends must be equal to one of the allowed values/m);
    expect(check(patch({ bands: [{ id: "sangat-inovatif", max: bound(110, true) }] })).join("\n")).toMatch(/^\/bands\/0\/max\/value must be <= 100/m);
    expect(check(patch({ bands: [{ id: "tidak-dapat-dinilai", min: bound(-1, true) }] })).join("\n")).toMatch(/^\/bands\/0\/min\/value must be >= 0/m);
    // a measure's tiers are not on the index: a count of persons above 100 is fine
    expect(check(patch({ indicators: [{ id: "SID-18", measures: [{ id: "orang", name: { id: "Orang", en: "Persons" }, unit: "orang", tiers: [{ tier: 1, min: bound(0, true), max: bound(500, true) }] }] }] }))).toEqual([]);
  });
});
