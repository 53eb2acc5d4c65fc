/** Never divide by a stale maximum: a model file that changes what the maxima are made of gets them re-derived. */
import { describe, expect, it } from "vitest";
import { editions, getEdition, validateEdition } from "../../src/editions/index.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { Issue } from "../../src/issues.js";
import { formatIssue } from "../../src/messages/format.js";
import { editionMaxima } from "../../src/model/index.js";
import { allAt, innovations, region } from "../engine/builders.js";

const base = getEdition("iid-2026")!;
const video6 = { id: "SID-20", weight: 6 };
const errors = (issues: Issue[]) => issues.filter((i) => i.severity === "error");

describe("a maximum the file leaves to its base", () => {
  it("is re-derived when a weight changes: SID-20 4 → 6 makes the maximum total 256, with a warning for the analyst", () => {
    const r = validateEdition({ extends: "iid-2026", id: "prov-2026", indicators: [video6] });
    expect(r.ok).toBe(true);
    const e = r.value!;
    expect(e.formula.maxTotal).toMatchObject({ value: 256, source: { confidence: "inferred" } });
    expect(e.formula.maxTotal.source.note).toBe(
      "Dihitung ulang: maxSpd 63 + SID per inovasi 117 + jumlah inovasi 76 = 256 (edisi dasar iid-2026: 250).",
    );
    expect(e.formula.maxSpd.value).toBe(63);
    const warning = r.issues.find((i) => i.code === "max_rederived")!;
    expect(warning).toMatchObject({ severity: "warning", path: ["formula", "maxTotal", "value"] });
    expect(formatIssue(warning, "id")).toBe(
      'formula.maxTotal.value: maksimum total dihitung ulang menjadi 256 karena skor maksimum SID per inovasi berubah dari 111 menjadi 117 (bobot atau tingkat indikator SID); indeks dibagi 256, bukan 250 dari edisi dasar iid-2026' + confirmId("maxTotal", 256),
    );
    expect(formatIssue(warning, "en")).toBe(
      'formula.maxTotal.value: maximum total re-derived as 256 because the SID maximum per innovation changed from 111 to 117 (SID weights or tiers); the index is divided by 256, not 250 from base edition iid-2026' + confirmEn("maxTotal", 256),
    );
  });

  it("the index is divided by the re-derived maximum", () => {
    const r = validateEdition({ extends: "iid-2026", id: "prov-2026", indicators: [video6] });
    const e = r.value!;
    // every answer at the top tier and 200 innovations (the jumlah-inovasi cap): the region reaches the maximum
    const input = region({ spdAnswers: allAt(e, "SPD", 3), innovations: innovations(e, 200, 3) });
    const result = scoreRegion(input, e);
    expect(result.claimed.total).toBeCloseTo(256, 9);
    expect(result.claimed.maxTotal).toBe(256);
    expect(result.claimed.index).toBe(100); // divided by the stale 250 it would be 102.4
  });

  it("an SPD weight change re-derives maxSpd first, then maxTotal, each with its own warning", () => {
    const r = validateEdition({ extends: "iid-2026", id: "prov-2026", indicators: [{ id: "SPD-12", weight: 3 }] });
    expect(r.ok).toBe(true);
    expect([r.value!.formula.maxSpd.value, r.value!.formula.maxTotal.value]).toEqual([66, 253]);
    const lines = r.issues.filter((i) => i.code === "max_rederived").map((i) => formatIssue(i, "id"));
    expect(lines).toEqual([
      'formula.maxSpd.value: skor SPD maksimum dihitung ulang menjadi 66 karena bobot atau tingkat baris SPD berubah (edisi dasar iid-2026: 63)' + confirmId("maxSpd", 66),
      'formula.maxTotal.value: maksimum total dihitung ulang menjadi 253 karena skor SPD maksimum berubah dari 63 menjadi 66; indeks dibagi 253, bukan 250 dari edisi dasar iid-2026' + confirmId("maxTotal", 253),
    ]);
  });

  it("a changed jumlah-inovasi rule moves the maximum too", () => {
    const r = validateEdition({ extends: "iid-2026", id: "prov-2026", formula: { jumlahInovasi: { countCap: { value: 250 } } } });
    expect(r.value!.formula.maxTotal.value).toBe(63 + 111 + 95);
    expect(formatIssue(r.issues.find((i) => i.code === "max_rederived")!, "id")).toContain("skor jumlah inovasi maksimum berubah dari 76 menjadi 95");
  });

  it("nothing is re-derived when the file changes nothing the maxima are made of", () => {
    const r = validateEdition({ extends: "iid-2026", id: "prov-2026", formula: { sidDivisorFloor: { value: 15 } } });
    expect(r.issues.filter((i) => i.code === "max_rederived")).toEqual([]);
    expect(r.value!.formula.maxTotal).toEqual(base.formula.maxTotal);
  });
});

describe("a re-derived maximum", () => {
  it("cites the edition's own parts, not the base's document and page", () => {
    const r = validateEdition({ extends: "iid-2026", id: "prov-2026", indicators: [{ id: "SPD-12", weight: 3 }] });
    const e = r.value!;
    for (const key of ["maxSpd", "maxTotal"] as const) {
      expect(e.formula[key].source).toEqual({ ref: "maksimum-diturunkan", confidence: "inferred", note: expect.stringMatching(/^Dihitung ulang/) });
    }
    expect(e.sources.filter((s) => s.id === "maksimum-diturunkan")).toEqual([
      { id: "maksimum-diturunkan", title: expect.stringContaining("bagian-bagian edisi ini sendiri"), publisher: "inovasi" },
    ]);
    // the resolved edition stands on its own: validated again as a whole, it is the same
    const again = validateEdition(e);
    expect(again.ok).toBe(true);
    expect(again.value!.formula.maxTotal).toEqual(e.formula.maxTotal);
  });

  it("is written with a decimal comma in Bahasa Indonesia (message and source note), a point in English", () => {
    const r = validateEdition({
      extends: "iid-2026", id: "prov-2026",
      indicators: [{ id: "SPD-5a", weight: 1.25 }],
      formula: { jumlahInovasi: { perInnovation: { value: 0.375 } } },
    });
    const [spd, total] = r.issues.filter((i) => i.code === "max_rederived");
    expect(formatIssue(spd!, "id")).toBe('formula.maxSpd.value: skor SPD maksimum dihitung ulang menjadi 64,5 karena bobot atau tingkat baris SPD berubah (edisi dasar iid-2026: 63)' + confirmId("maxSpd", 64.5));
    expect(formatIssue(total!, "id")).toBe(
      'formula.maxTotal.value: maksimum total dihitung ulang menjadi 250,5 karena skor SPD maksimum berubah dari 63 menjadi 64,5, dan skor jumlah inovasi maksimum berubah dari 76 menjadi 75; indeks dibagi 250,5, bukan 250 dari edisi dasar iid-2026' + confirmId("maxTotal", 250.5),
    );
    expect(formatIssue(total!, "en")).toContain("maximum total re-derived as 250.5 because the maximum SPD changed from 63 to 64.5");
    expect(r.value!.formula.maxTotal.source.note).toBe("Dihitung ulang: maxSpd 64,5 + SID per inovasi 111 + jumlah inovasi 75 = 250,5 (edisi dasar iid-2026: 250).");
  });
});

describe("a part the file makes unknown", () => {
  it("empties the maximum total it was part of (null, confidence unknown) with a warning naming the parts", () => {
    const r = validateEdition({
      extends: "iid-2026", id: "prov-2026", sources: [{ id: "p", title: "P" }],
      indicators: [{ id: "SID-19", weight: null, source: { ref: "p", confidence: "unknown", note: "bobot monev belum ditetapkan" } }],
      formula: { jumlahInovasi: { countCap: { value: null, source: { ref: "p", confidence: "unknown" } } } },
    });
    expect(r.ok).toBe(true);
    const e = r.value!;
    expect(editionMaxima(e).total).toBeNull();
    expect(e.formula.maxTotal).toMatchObject({ value: null, source: { ref: "maksimum-diturunkan", confidence: "unknown" } });
    const w = r.issues.find((i) => i.code === "max_rederived")!;
    expect(w).toMatchObject({ severity: "warning", path: ["formula", "maxTotal", "value"], params: { given: 250, expected: null, weights: ["SID-19"], numbers: ["formula.jumlahInovasi.countCap"] } });
    expect(formatIssue(w, "id")).toBe(
      'formula.maxTotal.value: maksimum total tidak dapat dihitung ulang: bobot indikator "SID-19" dan "formula.jumlahInovasi.countCap" belum diketahui; dikosongkan (bukan 250 dari edisi dasar iid-2026), maka indeks tidak dihitung',
    );
    expect(formatIssue(w, "en")).toContain('maximum total cannot be re-derived, a part is unknown (weight "SID-19", "formula.jumlahInovasi.countCap"); left empty (not 250');
    // listed with the numbers the model does not know, so every result that needs it says so
    expect(r.issues).toContainEqual(expect.objectContaining({ code: "missing_number", path: ["formula", "maxTotal", "value"] }));
  });

  it("an SPD row's weight made unknown empties maxSpd, and the total with it", () => {
    const r = validateEdition({ extends: "iid-2026", id: "prov-2026", indicators: [{ id: "SPD-12", weight: null, source: { ref: "inovasi-spec", confidence: "unknown" } }] });
    expect(r.ok).toBe(true);
    expect([r.value!.formula.maxSpd.value, r.value!.formula.maxTotal.value]).toEqual([null, null]);
    const [spd, total] = r.issues.filter((i) => i.code === "max_rederived");
    expect(spd!.params).toMatchObject({ field: "maxSpd", expected: null, weights: ["SPD-12"], numbers: [] });
    expect(total!.params).toMatchObject({ field: "maxTotal", expected: null, weights: [], numbers: ["formula.maxSpd"] });
  });

  it("a base that never knew the total (iid-2023) keeps its published maximum", () => {
    const r = validateEdition({ extends: "iid-2023", id: "prov-2023", indicators: [{ id: "SID-20", weight: 4 }] });
    expect(r.value!.formula.maxTotal).toEqual(getEdition("iid-2023")!.formula.maxTotal);
  });
});

describe("a maximum the file states", () => {
  it("that disagrees with the derived one refuses the model, naming the expected value", () => {
    const r = validateEdition({ extends: "iid-2026", id: "prov-2026", indicators: [video6], formula: { maxTotal: { value: 250 } } });
    expect(r.ok).toBe(false);
    expect(errors(r.issues)).toEqual([
      expect.objectContaining({ code: "max_mismatch", path: ["formula", "maxTotal", "value"], params: { edition: "prov-2026", given: 250, expected: 256 } }),
    ]);
    expect(formatIssue(errors(r.issues)[0]!, "id")).toContain("tulis 256");
  });

  it("that agrees is kept as written, with its own source and no warning", () => {
    const source = { ref: "inovasi-spec", confidence: "inferred" as const, note: "63 + 117 + 76" };
    const r = validateEdition({ extends: "iid-2026", id: "prov-2026", indicators: [video6], formula: { maxTotal: { value: 256, source } } });
    expect(r.ok).toBe(true);
    expect(r.value!.formula.maxTotal).toEqual({ value: 256, source });
    expect(r.issues.filter((i) => i.code === "max_rederived" || i.code === "max_mismatch")).toEqual([]);
  });

  it("a stated maxSpd that is not the sum of the rows is refused", () => {
    const r = validateEdition({ extends: "iid-2026", id: "prov-2026", indicators: [{ id: "SPD-12", weight: 3 }], formula: { maxSpd: { value: 63 } } });
    expect(errors(r.issues)).toEqual([
      expect.objectContaining({ code: "max_mismatch", path: ["formula", "maxSpd", "value"], params: { edition: "prov-2026", given: 63, expected: 66 } }),
    ]);
  });
});

describe("shipped editions stay as they are", () => {
  it.each(Object.keys(editions))("%s: maxima as published, consistent with their parts", (id) => {
    const e = editions[id]!;
    expect(e.formula.maxTotal.value).toBe(250);
    expect(e.formula.maxSpd.value).toBe(63);
    const m = editionMaxima(e);
    if (m.total !== null) expect(m.total).toBe(250);
    expect(e.formula.maxTotal.source.confidence).not.toBe("unknown");
    expect(e.formula.maxTotal.source.note ?? "").not.toMatch(/Dihitung ulang/);
  });
});

/** What a re-derived maximum's warning ends with: how to confirm it (the number written with its source). */
function confirmId(field: string, value: number): string {
  return `; bila sudah sesuai, tegaskan dengan menulis di "formula": "${field}": { "value": ${value}, "source": { "ref": "…", "confidence": "confirmed" } }`;
}
function confirmEn(field: string, value: number): string {
  return `; if that is right, confirm it by writing in "formula": "${field}": { "value": ${value}, "source": { "ref": "…", "confidence": "confirmed" } }`;
}
