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

  it("an id written as a number is one error saying to quote it: the model's own, with an id to write; an entry's, naming the inherited ids of that number (locale38)", () => {
    // the model's id: once, not "needs its own id" besides "must be text"
    const own = { extends: "iid-2026", id: 38, name: { id: "Model", en: "Model" } };
    expect(said(own, "id")).toEqual(['id: "id" harus berupa teks dalam tanda kutip, bukan angka 38 (mis. "prov-kalsel-2026")']);
    expect(said(own, "en")).toEqual(['id: "id" must be text in quotes, not the number 38 (e.g. "prov-kalsel-2026")']);
    // an entry's id of a number the inherited ids carry: those ids, not the list of forty
    const file = { extends: "iid-2026", id: "prov-x", name: { id: "Model", en: "Model" }, indicators: [{ id: 6, weight: 4 }, { id: 2, weight: 4 }] };
    expect(said(file, "id")).toEqual([
      'indicators[0].id: "id" harus berupa teks dalam tanda kutip, bukan angka 6: tulis "SID-6" atau "SPD-6" untuk mengubah butir warisan bernomor itu',
      'indicators[1].id: "id" harus berupa teks dalam tanda kutip, bukan angka 2: tulis "SID-2", "SPD-2a" atau "SPD-2b" untuk mengubah butir warisan bernomor itu',
    ]);
    expect(said(file, "en")).toEqual([
      'indicators[0].id: "id" must be text in quotes, not the number 6: write "SID-6" or "SPD-6" to change the inherited item of that number',
      'indicators[1].id: "id" must be text in quotes, not the number 2: write "SID-2", "SPD-2a" or "SPD-2b" to change the inherited item of that number',
    ]);
    // a whole edition's entry: the same words from the schema
    const whole = validateEdition({ extends: "iid-2026", id: "x-2026" }).value!;
    expect(said({ ...structuredClone(whole), indicators: whole.indicators.map((x, k) => (k === 0 ? { ...x, id: 1 } : x)) }, "en")).toEqual(['indicators[0].id: "id" must be text in quotes, not the number 1 (e.g. "1")']);
    // a bilingual text's "id" is its Bahasa wording, not an id: as before
    expect(said({ ...structuredClone(whole), name: { id: 5, en: "Model" } }, "en")).toEqual(["name.id: must be text"]);
  });

  it("an unknown base edition: only shipped ones can be extended, listed, and how to build on another model", () => {
    const file = { extends: "iid-2025", id: "prov-x" };
    const list = '"iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"';
    expect(said(file, "id")).toEqual([`extends: edisi dasar "iid-2025" tidak dikenal; "extends" hanya dapat menyebut edisi bawaan inovasi: ${list}. Untuk memakai model lain (mis. model tahun lalu) sebagai dasar, salin berkasnya, ganti "id" dan ubah salinannya`]);
    expect(said(file, "en")).toEqual([`extends: base edition "iid-2025" is unknown; "extends" can only name an edition shipped with inovasi: ${list}. To build on another model (e.g. last year's), copy its file, change "id" and edit the copy`]);
  });

  it("extends naming a file, another model, or a shipped id in another case or without its dash (audit37 #3)", () => {
    const list = '"iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"';
    expect(said({ extends: "./jateng-2025.json", id: "jateng-2026" }, "id")[0]).toBe(`extends: edisi dasar "./jateng-2025.json" tidak dikenal; "extends" hanya dapat menyebut edisi bawaan inovasi, bukan berkas: ${list}. Untuk memakai model lain (mis. model tahun lalu) sebagai dasar, salin berkasnya, ganti "id" dan ubah salinannya`);
    expect(said({ extends: "./jateng-2025.json", id: "jateng-2026" }, "en")[0]).toContain('"extends" can only name an edition shipped with inovasi, not a file: ');
    for (const given of ["IID-2026", "iid2026", "iid_2026"]) {
      expect(said({ extends: given, id: "jateng-2026" }, "id")[0]).toBe(`extends: edisi dasar "${given}" tidak dikenal; "extends" hanya dapat menyebut edisi bawaan inovasi: ${list} — mungkin maksudnya "iid-2026"?`);
      expect(said({ extends: given, id: "jateng-2026" }, "en")[0]).toMatch(/ — did you mean "iid-2026"\?$/);
    }
    // another year is not "meant": no guess
    expect(said({ extends: "iid-2025", id: "jateng-2026" }, "en")[0]).not.toContain("did you mean");
  });

  it("no extends (or a near typo of it) in a file that is not a whole edition: one error saying to write it, first (audit37 #2)", () => {
    const file = { id: "jateng-2026", year: 2026, name: { id: "Model Jateng", en: "Central Java model" }, indicators: [{ id: "SID-1", weight: 4 }], bands: [{ id: "inovatif", label: { id: "Inovatif", en: "Innovative" } }] };
    const lines = said(file, "id");
    expect(lines[0]).toBe('extends: berkas ini tidak memuat "extends": model provinsi menyebut edisi bawaan yang menjadi dasarnya dan hanya memuat yang berbeda; tulis "extends": "iid-2026" di awal berkas (edisi bawaan: "iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"). Tanpa "extends", berkas harus memuat edisi utuh, termasuk "sources", "spdMode", "formula", "urusan", "yandas", "eligibility"');
    // the "required" errors of a whole edition are that one error, not two dozen
    expect(lines.filter((l) => l.includes("wajib diisi"))).toEqual([]);
    expect(said(file, "en")[0]).toMatch(/^extends: this file has no "extends": .* write "extends": "iid-2026" at the top of the file/);
    // "extend": said in that error (with the id it names), not apart
    const typo = said({ extend: "iid-2023", ...file }, "en");
    expect(typo[0]).toMatch(/^extends: field "extend" is almost surely a typo for "extends": .* write "extends": "iid-2023" at the top/);
    expect(typo.filter((l) => l.startsWith("extend:"))).toEqual([]);
    // an error at a value the file writes stays
    expect(said({ ...file, year: "2026" }, "en").some((l) => l.startsWith("year:"))).toBe(true);
    // a whole edition missing a field inside an entry is not told to extend
    expect(said({ ...structuredClone(validateEdition({ extends: "iid-2026", id: "x-2026" }).value), id: "x-2026", indicators: [{ id: "SID-1" }] }, "en")[0]).not.toMatch(/^extends/);
  });

  it("a field named in Bahasa Indonesia, as the messages name it, is refused naming the English key (audit37 #1)", () => {
    const r = validateEdition({ extends: "iid-2026", id: "jateng-2026", indicators: [{ id: "SID-1", bobot: 4 }], predikat: [] });
    expect(r.ok).toBe(false);
    const lines = r.issues.filter((i) => i.severity === "error").map((i) => formatIssue(i, "id"));
    expect(lines).toEqual([
      'indicators[0].bobot: isian "bobot" ditulis dalam Bahasa Indonesia, padahal nama isian model ditulis dalam bahasa Inggris: tulis "weight" (bobot) (tanpa perbaikan, nilainya tidak dipakai dan model ditolak)',
      'predikat: isian "predikat" ditulis dalam Bahasa Indonesia, padahal nama isian model ditulis dalam bahasa Inggris: tulis "bands" (predikat) (tanpa perbaikan, nilainya tidak dipakai dan model ditolak)',
    ]);
    expect(formatIssue(r.issues.find((i) => i.path.join(".") === "indicators.0.bobot")!, "en")).toBe('indicators[0].bobot: field "bobot" is written in Bahasa Indonesia, but a model\'s fields are named in English: write "weight" (bobot) (until then its value is not used and the model is refused)');
    // the word the messages use, in any case or spacing, for the field the object knows
    const meant = (file: object) => validateEdition({ extends: "iid-2026", id: "jateng-2026", ...file }).issues.filter((i) => i.code === "unknown_field").map((i) => [i.path.join("."), i.severity, i.params.near]);
    expect(meant({ sumber: [] })).toEqual([["sumber", "error", "sources"]]);
    expect(meant({ indicators: [{ id: "SID-1", source: { ref: "x", confidence: "confirmed", Catatan: "" }, Sumber: {} }] })).toEqual([
      ["indicators.0.source.Catatan", "error", "note"],
      ["indicators.0.Sumber", "error", "source"],
    ]);
    expect(meant({ bands: [{ id: "inovatif", "batas atas": 65, nama: "x" }] })).toEqual([
      ["bands.0.batas atas", "error", "max"],
      ["bands.0.nama", "error", "label"],
    ]);
    expect(meant({ edisi_dasar: "iid-2026" })).toEqual([["edisi_dasar", "error", "extends"]]);
    // "minimal 2 inovasi", "minimal 5 urusan": the count of a rule, the yandas minimum
    expect(meant({ compliance: { rules: [{ id: "r", minimal: 2 }] }, yandas: { minimal: 5 } })).toEqual([
      ["compliance.rules.0.minimal", "error", "minCount"],
      ["yandas.minimal", "error", "minCovered"],
    ]);
    // a word of a field this object does not have stays a plain unknown key
    expect(meant({ formula: { bobot: 3 } })).toEqual([["formula.bobot", "warning", undefined]]);
  });

  it("one typo in a new compliance rule is one error; an empty list of ids is never printed (audit37 #4)", () => {
    const rule = { id: "kecamatan-dua-inovasi", name: { id: "Setiap kecamatan 2 inovasi", en: "Every kecamatan 2 innovations" }, agencyTypes: ["kecamatan"], minCuont: 2 };
    const lines = said({ extends: "iid-2026", id: "jateng-2026", compliance: { rules: [rule] } }, "id");
    expect(lines).toEqual(['compliance.rules[0].minCuont: isian "minCuont" tidak dikenal, hampir pasti salah ketik "minCount"; tulis "minCount" (tanpa perbaikan, nilainya tidak dipakai dan model ditolak). Bila ini isian versi inovasi yang lebih baru, perbarui inovasi']);
    // another field missing as well: the new-item error stays, without an empty list of ids
    const { name: _, ...unnamed } = rule;
    for (const locale of ["id", "en"] as const) {
      const all = said({ extends: "iid-2026", id: "jateng-2026", compliance: { rules: [unnamed], targets: [{ $remove: true, id: "x" }, { name: "t" }] } }, locale).join("\n");
      expect(all).not.toMatch(/\((kosong|empty)\)/);
    }
    expect(said({ extends: "iid-2026", id: "jateng-2026", compliance: { rules: [unnamed] } }, "id")[0]).toBe('compliance.rules[0].id: id "kecamatan-dua-inovasi" tidak ada pada edisi dasar, maka butir ini dianggap butir baru dan harus lengkap (lihat kesalahan di bawahnya); edisi dasar tidak memuat butir daftar ini untuk diubah');
    expect(said({ extends: "iid-2026", id: "jateng-2026", compliance: { targets: [{ $remove: true, id: "x" }] } }, "en")[0]).toBe('compliance.targets[0].id: no inherited item has the id "x" to remove; the base edition has no entry in this list');
  });

  it("a band end beyond the index's 0–100 is an error at that end (audit37 #6)", () => {
    const r = validateEdition({ extends: "iid-2026", id: "jateng-2026", bands: [{ id: "sangat-inovatif", max: { value: 110, inclusive: true } }] });
    expect(r.ok).toBe(false);
    const e = r.issues.filter((i) => i.severity === "error");
    expect(e.map((i) => [i.path.join("."), formatIssue(i, "id")])).toEqual([["bands.0.max.value", 'bands[0].max.value: batas predikat "sangat-inovatif" 110 di luar indeks, yang berskala 0–100; tulis 100 (periksa juga batas predikat lainnya)']]);
    expect(formatIssue(e[0]!, "en")).toBe('bands[0].max.value: the threshold 110 of band "sangat-inovatif" is outside the index, which runs from 0 to 100; write 100 (check the other bands\' thresholds too)');
  });

  it("a model file's text not yet parsed: JSON.parse it first (dev13 F8)", () => {
    const text = readFileSync(new URL("../../../../examples/model-provinsi-contoh.json", import.meta.url), "utf8");
    expect(said(text, "id")).toEqual(["harus berupa kumpulan isian (objek), bukan teks JSON: urai dulu dengan JSON.parse(teks)"]);
    expect(said(text, "en")).toEqual(["must be a set of fields (an object), not JSON text: parse it first with JSON.parse(text)"]);
    // other text is not JSON: the sentence as before
    expect(said("iid-2026", "en")).toEqual(["must be a set of fields (an object)"]);
  });
});
