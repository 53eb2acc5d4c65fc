/**
 * An edition (province model) file's mistakes said with what is expected, in both languages (ninth session's audit):
 * an id not in the id pattern, a number or text where a small set of fields is expected, an entry id written as a
 * number, an unknown base edition. Before: "does not have the required format", "must be a set of fields (an
 * object)", "every entry … needs an id" (one was given), "base edition … is unknown" (no list).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateEdition } from "../../src/editions/index.js";
import { formatIssue } from "../../src/messages/format.js";

const said = (file: unknown, locale: "id" | "en") => validateEdition(file, { locale }).issues.map((i) => formatIssue(i, locale));

describe("edition file messages say what is expected", () => {
  it("an id: the pattern in words, with an id made from what was written", () => {
    const file = { extends: "iid-2026", id: "Prov Contoh" };
    expect(said(file, "id")).toContain('id: "Prov Contoh" bukan id yang sah; tulis huruf kecil, angka dan tanda hubung, diawali huruf kecil atau angka, tanpa spasi (mis. "prov-contoh")');
    expect(said(file, "en")).toContain('id: "Prov Contoh" is not a valid id; write lower-case letters, digits and hyphens, starting with a letter or digit, no spaces (e.g. "prov-contoh")');
    // nothing to make an id from: an edition's example
    expect(said({ extends: "iid-2026", id: "!!" }, "en")).toContain('id: "!!" is not a valid id; write lower-case letters, digits and hyphens, starting with a letter or digit, no spaces (e.g. "prov-kalsel-2026")');
  });

  it("a number where { value, source } is expected, a text where { id, en } is: the fields, with what was written in its place", () => {
    const file = { extends: "iid-2026", id: "prov-x", name: "Model Provinsi", formula: { sidDivisorFloor: 14 } };
    expect(said(file, "id")).toEqual(expect.arrayContaining([
      'formula.sidDivisorFloor: harus berupa kumpulan isian (objek) seperti { "value": 14, "source": { "ref": …, "confidence": … } }',
      'name: harus berupa kumpulan isian (objek) seperti { "id": "Model Provinsi", "en": … }',
    ]));
    expect(said(file, "en")).toEqual(expect.arrayContaining([
      'formula.sidDivisorFloor: must be a set of fields (an object) such as { "value": 14, "source": { "ref": …, "confidence": … } }',
      'name: must be a set of fields (an object) such as { "id": "Model Provinsi", "en": … }',
    ]));
  });

  it("an entry's id written as a number: said at the id, as text it must be", () => {
    const file = { extends: "iid-2026", id: "prov-x", sources: [{ id: 5, title: "Pergub" }] };
    const [id] = said(file, "id");
    expect(id).toMatch(/^sources\[0\]\.id: "id" harus berupa teks dalam tanda kutip, bukan 5 \(mis\. "5"\): .*id yang ada: "lampiran-bskdn-2026"/);
    expect(said(file, "en")[0]).toMatch(/^sources\[0\]\.id: "id" must be text in quotes, not 5 \(e\.g\. "5"\): .*ids present: "lampiran-bskdn-2026"/);
    // no id at all: as before
    expect(said({ extends: "iid-2026", id: "prov-x", sources: [{ title: "Pergub" }] }, "en")[0]).toMatch(/^sources\[0\]: every entry of this list needs an "id"/);
  });

  it("an unknown base edition: the ones there are", () => {
    const file = { extends: "iid-2025", id: "prov-x" };
    expect(said(file, "id")).toEqual(['extends: edisi dasar "iid-2025" tidak dikenal; edisi dasar yang tersedia: "iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"']);
    expect(said(file, "en")).toEqual(['extends: base edition "iid-2025" is unknown; the base editions available: "iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"']);
  });

  it("a model file's text not yet parsed: JSON.parse it first (dev13 F8)", () => {
    const text = readFileSync(new URL("../../../../examples/model-provinsi-contoh.json", import.meta.url), "utf8");
    expect(said(text, "id")).toEqual(["harus berupa kumpulan isian (objek), bukan teks JSON: urai dulu dengan JSON.parse(teks)"]);
    expect(said(text, "en")).toEqual(["must be a set of fields (an object), not JSON text: parse it first with JSON.parse(text)"]);
    // other text is not JSON: the sentence as before
    expect(said("iid-2026", "en")).toEqual(["must be a set of fields (an object)"]);
  });
});
