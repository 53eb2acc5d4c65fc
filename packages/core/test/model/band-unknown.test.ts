/**
 * Band thresholds the sources do not give (spec §2: IGA 2025 raised the top band to 65.01–100.00 [C], "its lower
 * bands are not in the sources found"). The fixture is that table over iid-2026's indicators: Kurang Inovatif (0, ?),
 * Inovatif (?, 65], the threshold between them `{ value: null, source }`. Where it decides, the predicate is unknown
 * (null, with a warning naming both bands), never a guess; an index inside a known band keeps its predicate.
 */
import { describe, expect, it } from "vitest";
import { validateEdition } from "../../src/editions/index.js";
import { renderEditionMarkdown } from "../../src/editions/markdown.js";
import { predicateFor } from "../../src/engine/predicate.js";
import { scoreRegion } from "../../src/engine/region.js";
import type { Issue } from "../../src/issues.js";
import { formatIssue } from "../../src/messages/format.js";
import { parsePlanTarget, resolveTarget } from "../../src/plan/target.js";
import { allAt, innovations, region } from "../engine/builders.js";

const unknown = { ref: "bappeda-2025", confidence: "unknown" as const, note: "Batas bawah 2025 tidak ada di sumber yang ditemukan (spesifikasi §2)." };
const model2025 = (bands: unknown[]) =>
  validateEdition({
    extends: "iid-2026",
    id: "prov-x-2025",
    year: 2025,
    name: { id: "Model X 2025", en: "Model X 2025" },
    sources: [{ id: "bappeda-2025", title: "Laporan Bappeda atas hasil IGA 2025" }],
    bands,
  });
const table2025 = [
  { id: "kurang-inovatif", max: { value: null, source: unknown } },
  { id: "inovatif", min: { value: null, source: unknown } },
];
const errors = (issues: Issue[]) => issues.filter((i) => i.severity === "error");

describe("a band threshold marked unknown", () => {
  const r = model2025(table2025);
  const e = r.value!;

  it("is accepted, and reported as a missing number on both sides of its boundary (where the file writes them)", () => {
    expect(errors(r.issues)).toEqual([]);
    expect(r.ok).toBe(true);
    const missing = r.issues.filter((i) => i.code === "missing_number").map((i) => i.path.join("."));
    // in the file's order: the bands it writes, then what it inherits (eligibility)
    expect(missing).toEqual(["bands.0.max.value", "bands.1.min.value", "eligibility.scoredStages.value"]);
  });

  it("gives no predicate where it decides — null, not a guess — and the known bands still theirs", () => {
    expect(predicateFor(0, e)?.id).toBe("tidak-dapat-dinilai");
    for (const index of [0.01, 25.2, 40, 40.01, 65]) expect(predicateFor(index, e)).toBeNull();
    expect(predicateFor(65.01, e)?.id).toBe("sangat-inovatif");
    expect(predicateFor(64.996, e)).toBeNull(); // rounds to 65.00: still where the unknown threshold may lie
  });

  it("a region there gets a predicate_unknown warning per projection, naming the bands it may be in", () => {
    // SPD all at tier 3 (63 of 250), no innovation: IID 25.2
    const s = scoreRegion(region({ spdAnswers: allAt(e, "SPD", 3) }), e);
    expect(s.verified.index).toBe(25.2);
    expect(s.verified.predicate).toBeNull();
    expect(s.verified.nextBand).toBeNull();
    const w = s.issues.filter((i) => i.code === "predicate_unknown");
    expect(w).toEqual([
      { code: "predicate_unknown", severity: "warning", path: ["bands"], params: { edition: "prov-x-2025", projection: "claimed", index: 25.2, bands: ["kurang-inovatif", "inovatif"], names: ["Kurang Inovatif", "Inovatif"], namesEn: ["Less innovative", "Innovative"] } },
      expect.objectContaining({ params: expect.objectContaining({ projection: "verified" }) }),
    ]);
    expect(formatIssue(w[1]!, "id")).toBe(
      'bands: predikat terverifikasi belum diketahui: indeks 25,20 dapat berpredikat "Kurang Inovatif", "Inovatif", sebab batas di antaranya belum diketahui di edisi prov-x-2025; predikat tidak ditebak — isi batasnya di model bila sudah terbit',
    );
    expect(formatIssue(w[1]!, "en")).toContain('the verified predicate is unknown: index 25.20 may be "Less innovative", "Innovative"');
  });

  it("a region in a known band is scored as before, with no warning", () => {
    // 12 innovations at tier 3, yandas met: SID 111 + 0.38 × 12 = 115.56; total 178.56; IID 71.42
    const s = scoreRegion(region({ spdAnswers: allAt(e, "SPD", 3), innovations: innovations(e, 12, 3) }), e);
    expect(s.verified.index).toBe(71.42);
    expect(s.verified.predicate?.id).toBe("sangat-inovatif");
    expect(s.issues.filter((i) => i.code === "predicate_unknown")).toEqual([]);
  });

  it("a plan cannot aim at a band whose lower threshold is unknown, and by default aims at the next known one", () => {
    const t = parsePlanTarget("Inovatif", e);
    expect(t.ok).toBe(false);
    if (!t.ok) {
      expect(t.message.id).toBe('target "Inovatif": batas bawah predikat "Inovatif" belum diketahui di edisi prov-x-2025, maka indeks yang mencapainya tidak dapat dihitung; tulis target sebagai nilai indeks (mis. 50 atau 50,5)');
      expect(t.message.en).toContain("write the target as an index");
    }
    expect(parsePlanTarget("Kurang Inovatif", e)).toEqual({ ok: true, value: { predicate: "kurang-inovatif" } }); // its lower end (0) is known
    expect(resolveTarget(undefined, 25.2, e)).toMatchObject({ index: 65.01, predicate: { id: "sangat-inovatif" } });
  });

  it("the model page writes '?' at the unknown ends", () => {
    const page = renderEditionMarkdown(e);
    expect(page).toContain("| Kurang Inovatif | Less innovative | (0, ?) |");
    expect(page).toContain("| Inovatif | Innovative | (?, 65] |");
    expect(page).toContain("- `bands.1.max.value` — Batas bawah 2025 tidak ada di sumber yang ditemukan (spesifikasi §2).");
  });
});

describe("what validateEdition refuses", () => {
  it("a threshold unknown on one side of its boundary only, at the side with the number", () => {
    const r = model2025([{ id: "inovatif", min: { value: null, source: unknown } }]);
    expect(r.ok).toBe(false);
    const [err] = errors(r.issues);
    // at the side the file writes (its bands[0], "inovatif"'s lower end), the inherited side in refs
    expect(err).toMatchObject({ code: "band_end_unknown", path: ["bands", 0, "min"], params: { band: "kurang-inovatif", other: "inovatif" }, refs: [["bands", "kurang-inovatif", "max"]] });
    expect(formatIssue(err!, "id")).toBe(
      'bands[0].min: batas antara predikat "kurang-inovatif" dan "inovatif" diketahui di satu sisi saja: tandai keduanya belum diketahui ({ "value": null, "source": … } dengan confidence "unknown") atau tulis angka yang sama di keduanya',
    );
    expect(formatIssue(err!, "en")).toContain("is known on one side only");
  });

  it("an unknown end at 0 or 100, the ends of the index", () => {
    const r = model2025([{ id: "sangat-inovatif", max: { value: null, source: unknown } }]);
    expect(errors(r.issues)).toEqual([expect.objectContaining({ code: "band_end_unknown", path: ["bands", 0, "max"], params: { band: "sangat-inovatif", at: 100 } })]);
    expect(formatIssue(errors(r.issues)[0]!, "id")).toContain('ujung predikat "sangat-inovatif" di indeks 100 tidak boleh belum diketahui');
  });

  it("a null threshold not declared unknown, as for any number", () => {
    const r = model2025([
      { id: "kurang-inovatif", max: { value: null, source: { ...unknown, confidence: "peer" } } },
      { id: "inovatif", min: { value: null, source: unknown } },
    ]);
    expect(errors(r.issues)).toEqual([expect.objectContaining({ code: "unknown_value_confidence", path: ["bands", 0, "max", "source", "confidence"] })]);
  });

  it("a null threshold without its own source (the band's source given instead): says how an unknown bound is written", () => {
    // audit29 #6: the example's "unknown — write "value": null" followed for a band bound was refused with
    // "value: harus berupa angka", the number branch of the union, which never says what an unknown bound needs
    const r = model2025([
      { id: "kurang-inovatif", max: { value: null, inclusive: true }, source: unknown },
      { id: "inovatif", min: { value: null, inclusive: false }, source: unknown },
    ]);
    expect(r.ok).toBe(false);
    const lines = errors(r.issues).map((i) => formatIssue(i, "id"));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      'bands[0].max (batas atas predikat kurang-inovatif): batas yang belum diketahui ("value": null) memerlukan sumbernya sendiri di batas ini, dengan confidence "unknown"; tulis { "value": null, "source": { "ref": "…", "confidence": "unknown", "note": "…" } } (sumber predikat tidak berlaku untuk batasnya), atau tulis angkanya: { "value": …, "inclusive": true }',
    );
    expect(lines[1]).toMatch(/^bands\[1\]\.min \(batas bawah predikat inovatif\): batas yang belum diketahui/);
    const en = validateEdition({ extends: "iid-2026", id: "prov-x-2025", name: { id: "X", en: "X" }, bands: [{ id: "inovatif", min: { value: null } }] }, { locale: "en" });
    expect(errors(en.issues).map((i) => formatIssue(i, "en"))).toEqual([expect.stringContaining('needs its own source on this bound, with confidence "unknown"')]);
    // a number written as text still gets the number's words, not the unknown bound's
    const text = model2025([{ id: "inovatif", min: { value: "40", inclusive: false } }]);
    expect(errors(text.issues).map((i) => formatIssue(i, "id"))[0]).toContain("harus berupa angka");
  });

  it("unknown thresholds with no room between the known ends around them", () => {
    const r = model2025([
      { id: "kurang-inovatif", min: { value: 0, inclusive: false }, max: { value: null, source: unknown } },
      { id: "inovatif", min: { value: null, source: unknown }, max: { value: 0, inclusive: false } },
    ]);
    expect(errors(r.issues).map((i) => i.code)).toContain("interval_unsorted");
  });
});
