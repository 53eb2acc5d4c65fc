/**
 * A model file with "extends": every inherited list whose items carry ids patches by id — a known id merges, a new id
 * appends, { id, "$remove": true } removes — and what a patch breaks is told at the file's own entries.
 */
import { describe, expect, it } from "vitest";
import { getEdition, validateEdition } from "../../src/editions/index.js";
import type { Issue } from "../../src/issues.js";
import { formatIssue } from "../../src/messages/format.js";
import { deriveEdition, mergeEdition } from "../../src/model/index.js";
import { bound } from "./_data.js";

const base = getEdition("iid-2026")!;
const errors = (issues: Issue[]) => issues.filter((i) => i.severity === "error");
const where = (issues: Issue[]) => errors(issues).map((i) => [i.code, i.path.join(".")]);
const own = { ref: "pergub-contoh", confidence: "confirmed" as const };
const pergub = { id: "pergub-contoh", title: "Peraturan Gubernur Provinsi Contoh tentang lomba inovasi daerah", publisher: "Provinsi Contoh" };

/** A province file that changes only the bands, citing its own regulation: the case from issue 9. */
const bandsOnly = () => ({
  extends: "iid-2026",
  id: "prov-contoh-2026",
  sources: [pergub],
  bands: [
    { id: "tidak-dapat-dinilai", label: { id: "Tidak Dapat Dinilai", en: "Cannot be assessed" }, min: bound(0, true), max: bound(0, true), source: own },
    { id: "kurang-inovatif", label: { id: "Kurang Inovatif", en: "Less innovative" }, min: bound(0, false), max: bound(45, true), source: own },
    { id: "inovatif", label: { id: "Inovatif", en: "Innovative" }, min: bound(45, false), max: bound(70, true), source: own },
    { id: "sangat-inovatif", label: { id: "Sangat Inovatif", en: "Very innovative" }, min: bound(70, false), max: bound(100, true), source: own },
  ],
});

describe("inherited lists with ids patch by id", () => {
  it("adding the province's own source keeps every inherited one (40+ unknown-source errors before)", () => {
    const r = validateEdition(bandsOnly());
    expect(errors(r.issues)).toEqual([]);
    expect(r.value!.sources.map((s) => s.id)).toEqual([...base.sources.map((s) => s.id), "pergub-contoh"]);
    expect(r.value!.bands.map((b) => b.max.value)).toEqual([0, 45, 70, 100]);
  });

  it("a known id merges into the inherited item: only what the entry writes changes (a new citation replaces the old)", () => {
    const r = validateEdition({
      extends: "iid-2026",
      id: "prov-contoh-2026",
      sources: [pergub],
      bands: [
        { id: "kurang-inovatif", max: bound(45, true), source: own },
        { id: "inovatif", min: bound(45, false), source: own },
      ],
    });
    expect(errors(r.issues)).toEqual([]);
    const inovatif = r.value!.bands.find((b) => b.id === "inovatif")!;
    const inherited = base.bands.find((b) => b.id === "inovatif")!;
    expect(inovatif).toEqual({ ...inherited, min: bound(45, false), source: own });
  });

  it("a new id appends: a compliance rule of the province's own, a new measure inside an inherited indicator", () => {
    const rule = {
      id: "satu-skpd-satu-inovasi",
      name: { id: "Setiap SKPD minimal satu inovasi", en: "Every agency at least one innovation" },
      agencyTypes: ["opd"],
      minCount: 1,
      source: own,
    };
    const tiers = [{ tier: 1, min: bound(1, true), max: bound(5, true) }, { tier: 2, min: bound(5, false), max: bound(20, true) }, { tier: 3, min: bound(20, false) }];
    const r = validateEdition({
      extends: "iid-2026",
      id: "prov-contoh-2026",
      sources: [pergub],
      compliance: { rules: [rule] },
      indicators: [{ id: "SID-18", measures: [{ id: "desa", name: { id: "Desa terlayani", en: "Villages served" }, unit: "desa", tiers, source: own }] }],
    });
    expect(errors(r.issues)).toEqual([]);
    expect(r.value!.compliance.rules).toEqual([rule]);
    const k = base.indicators.find((i) => i.id === "SID-18")!;
    expect(r.value!.indicators.find((i) => i.id === "SID-18")!.measures.map((m) => m.id)).toEqual([...k.measures.map((m) => m.id), "desa"]);
  });

  it('{ "id", "$remove": true } removes an inherited item', () => {
    const r = validateEdition({
      extends: "iid-2026",
      id: "prov-contoh-2026",
      sources: [pergub, { id: "tegal-2024", $remove: true }],
      eligibility: { maxEntries: { value: 1, source: { ...own, note: "Lomba provinsi: satu inovasi satu kali." } } },
      indicators: [{ id: "SID-18", measures: [{ id: "tren", $remove: true }] }],
    });
    expect(errors(r.issues)).toEqual([]);
    expect(r.value!.sources.map((s) => s.id)).not.toContain("tegal-2024");
    expect(r.value!.indicators.find((i) => i.id === "SID-18")!.measures.map((m) => m.id)).not.toContain("tren");
  });

  it("removing an id the base does not have is an error at the entry, with the ids that exist", () => {
    const r = validateEdition({ extends: "iid-2026", id: "x-2026", bands: [{ id: "kurang_inovatif", $remove: true }] });
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual([
      { code: "remove_unknown_id", severity: "error", path: ["bands", 0, "id"], params: { id: "kurang_inovatif", allowed: base.bands.map((b) => b.id) } },
    ]);
    expect(formatIssue(r.issues[0]!, "id")).toBe(
      'bands[0].id: tidak ada butir warisan dengan id "kurang_inovatif" untuk dihapus; id yang ada: "tidak-dapat-dinilai", "kurang-inovatif", "inovatif", "sangat-inovatif"',
    );
  });

  it("a removal that also writes fields, an entry without id, and an id written twice are errors at the entry", () => {
    const r = validateEdition({
      extends: "iid-2026",
      id: "x-2026",
      sources: [{ id: "tegal-2024", $remove: true, title: "x" }],
      bands: [{ label: { id: "Unggul", en: "Outstanding" } }],
      indicators: [{ id: "SID-7", weight: 2 }, { id: "SID-7", weight: 3 }],
    });
    expect(where(r.issues)).toEqual([
      ["remove_with_fields", "sources.0"],
      ["patch_entry_without_id", "bands.0"],
      ["duplicate_id", "indicators.1.id"],
    ]);
    expect(formatIssue(r.issues[0]!, "id")).toContain('hapus isian "title"');
  });

  it("an entry whose id is not inherited is a new item: when incomplete (a typo'd id?), it says so first", () => {
    const r = validateEdition({ extends: "iid-2026", id: "x-2026", bands: [{ id: "kurang", max: bound(45, true) }] });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toEqual({
      code: "patch_new_item_incomplete",
      severity: "error",
      path: ["bands", 0, "id"],
      params: { id: "kurang", allowed: base.bands.map((b) => b.id) },
    });
    expect(formatIssue(r.issues[0]!, "id")).toMatch(/^bands\[0\]\.id: id "kurang" tidak ada pada edisi dasar, maka butir ini dianggap butir baru dan harus lengkap/);
    expect(r.issues.slice(1).map((i) => i.path.join("."))).toEqual(["bands.0.label", "bands.0.min", "bands.0.source"]);
  });

  it("removing a source still cited is one error at the removal, naming every citation", () => {
    const r = validateEdition({ extends: "iid-2026", id: "x-2026", sources: [{ id: "tegal-2024", $remove: true }] });
    expect(r.ok).toBe(false);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([
      { code: "removed_still_referenced", severity: "error", path: ["sources", 0], params: { id: "tegal-2024", by: ["eligibility.maxEntries.source"] } },
    ]);
    const many = validateEdition({ extends: "iid-2026", id: "x-2026", sources: [{ id: "lampiran-bskdn-2026", $remove: true }] });
    expect(errors(many.issues)).toHaveLength(1); // not one unknown-source error per indicator
    const by = errors(many.issues)[0]!.params.by as string[];
    expect(by).toContain("indicators.SID-1.source");
    expect(by).toContain("indicators.SID-18.measures.cakupan.source");
    expect(by).toContain("bands.inovatif.source");
    expect(formatIssue(errors(many.issues)[0]!, "id")).toMatch(/^sources\[0\]: "lampiran-bskdn-2026" dihapus, tetapi masih dirujuk oleh "indicators.SID-1.source", .* … dan \d+ lainnya; ganti rujukan itu/);
  });

  it("removing a band the set needs is an error at the removal, naming the index values left without a predicate", () => {
    const r = validateEdition({ extends: "iid-2026", id: "x-2026", bands: [{ id: "inovatif", $remove: true }] });
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([
      { code: "removed_band_leaves_gap", severity: "error", path: ["bands", 0], params: { id: "inovatif", uncovered: ["(40, 65]"] } },
    ]);
    expect(formatIssue(r.issues[0]!, "id")).toBe(
      'bands[0]: predikat "inovatif" dihapus, maka indeks "(40, 65]" tidak lagi mendapat predikat; perlebar predikat di sebelahnya atau jangan hapus',
    );
    // widening the neighbour makes the removal valid
    const ok = validateEdition({
      extends: "iid-2026",
      id: "x-2026",
      sources: [pergub],
      bands: [{ id: "inovatif", $remove: true }, { id: "kurang-inovatif", max: bound(65, true), source: own }],
    });
    expect(errors(ok.issues)).toEqual([]);
    expect(ok.value!.bands.map((b) => b.id)).toEqual(["tidak-dapat-dinilai", "kurang-inovatif", "sangat-inovatif"]);
  });

  it("a removed band whose neighbour also moved: the whole gap, once, at the removal (not the removed band's part, and a gap error)", () => {
    const r = validateEdition({
      extends: "iid-2026",
      id: "x-2026",
      sources: [pergub],
      bands: [{ id: "kurang-inovatif", max: bound(45, true), source: own }, { id: "sangat-inovatif", min: bound(70, false), source: own }, { id: "inovatif", $remove: true }],
    });
    expect(errors(r.issues)).toEqual([
      { code: "removed_band_leaves_gap", severity: "error", path: ["bands", 2], params: { id: "inovatif", uncovered: ["(45, 70]"] } },
    ]);
  });
});

describe("order of a patched list", () => {
  it("inherited items keep their place, removed ones leave, new ones follow in the file's order", () => {
    const extra = (id: string) => ({ id, title: id });
    const merged = mergeEdition(base, { sources: [extra("b-new"), { id: "gatra-2023", title: "Gatra" }, extra("a-new"), { id: "tegal-2024", $remove: true }] });
    expect((merged.sources as { id: string }[]).map((s) => s.id)).toEqual(["lampiran-bskdn-2026", "gatra-2023", "inovasi-spec", "uu-23-2014", "bps", "b-new", "a-new"]);
  });

  it("bands are then sorted by their lower end, so a new band may be written anywhere in the file", () => {
    const r = validateEdition({
      extends: "iid-2026",
      id: "x-2026",
      sources: [pergub],
      bands: [
        { id: "sangat-inovatif", max: bound(85, true), source: own },
        { id: "unggul", label: { id: "Unggul", en: "Outstanding" }, min: bound(85, false), max: bound(100, true), source: own },
      ],
    });
    expect(errors(r.issues)).toEqual([]);
    expect(r.value!.bands.map((b) => b.id)).toEqual(["tidak-dapat-dinilai", "kurang-inovatif", "inovatif", "sangat-inovatif", "unggul"]);
    const first = mergeEdition(base, { bands: [{ id: "nol", label: { id: "Nol", en: "Zero" }, min: bound(-1, true), max: bound(0, false) }] });
    expect((first.bands as { id: string }[])[0]!.id).toBe("nol");
  });

  it("lists of plain values replace, and so does an empty list", () => {
    const merged = mergeEdition(base, { yandas: { urusan: ["Pendidikan", "Kesehatan"] }, compliance: { rules: [] } });
    expect((merged.yandas as { urusan: string[] }).urusan).toEqual(["Pendidikan", "Kesehatan"]);
    const k = base.indicators.findIndex((i) => i.id === "SID-20");
    const options = [{ tier: 1, label: { id: "Ada video", en: "Has a video" } }];
    const ind = (mergeEdition(base, { indicators: [{ id: "SID-20", options }] }).indicators as { options: unknown[] }[])[k]!;
    expect(ind.options).toEqual(options); // options have no ids: the list is replaced, not merged
  });

  it("bilingual texts are values even though they have an `id` (the Indonesian text)", () => {
    const k = base.indicators.findIndex((i) => i.id === "SID-20");
    const evidence = [{ id: "Tautan video", en: "Video link" }];
    const options = base.indicators[k]!.options.map((o) => ({ ...o, evidence }));
    const ind = (mergeEdition(base, { indicators: [{ id: "SID-20", options }] }).indicators as { options: { evidence: unknown[] }[] }[])[k]!;
    expect(ind.options[0]!.evidence).toEqual(evidence);
  });
});

describe("errors in a file with extends point at the file's own entries", () => {
  it("in every patched list; an inherited item is named by its id", () => {
    const r = validateEdition({
      extends: "iid-2026",
      id: "x-2026",
      sources: [pergub, { id: "sumber-tanpa-judul" }],
      bands: [{ id: "inovatif", max: bound(66, true), source: own }],
      compliance: { rules: [{ id: "r1", name: { id: "Aturan", en: "Rule" }, agencyTypes: ["opd"], minCount: 0 }] },
    });
    expect(where(r.issues)).toEqual([
      ["patch_new_item_incomplete", "sources.1.id"], // a new source without its title
      ["schema", "sources.1.title"],
      ["schema", "compliance.rules.0.minCount"], // complete but wrong: no hint
    ]);
    const bands = validateEdition({ extends: "iid-2026", id: "x-2026", sources: [pergub], bands: [{ id: "inovatif", max: bound(66, true), source: own }] });
    // the file moved inovatif's upper end: the error is there, not at the inherited sangat-inovatif's lower end
    expect(where(bands.issues)).toEqual([["interval_overlap", "bands.0.max"]]);
    const cited = validateEdition({ extends: "iid-2026", id: "x-2026", indicators: [{ id: "SID-7", source: { ref: "pergub", confidence: "confirmed" } }] });
    expect(where(cited.issues)).toEqual([["unknown_source", "indicators.0.source.ref"]]);
  });

  it("a band boundary names the end the province wrote, by field, and the inherited neighbour by id", () => {
    const band = (id: string, ends: object) => ({ id, ...ends, source: own });
    const check = (bands: object[]) => validateEdition({ extends: "iid-2026", id: "x-2026", sources: [pergub], bands });
    // only the upper end of kurang-inovatif moved (iid-2026: (0, 40], inovatif (40, 65])
    const upper = check([band("kurang-inovatif", { max: bound(45, true) })]);
    expect(where(upper.issues)).toEqual([["interval_overlap", "bands.0.max"]]);
    expect(formatIssue(errors(upper.issues)[0]!, "id")).toBe(
      'bands[0].max: rentang (0, 45] dan (40, 65] bertumpang tindih; batas harus bersentuhan tepat; "inovatif" diwarisi dari edisi dasar: bila batasnya ikut berubah, tulis juga butir "inovatif" di berkas ini',
    );
    expect(formatIssue(errors(upper.issues)[0]!, "en")).toContain('"inovatif" is inherited from the base edition: if its end moves too, write a "inovatif" entry');
    // only the lower end of inovatif moved: the error stays at the file's entry, the inherited neighbour is named
    const lower = check([band("inovatif", { min: bound(35, false) })]);
    expect(where(lower.issues)).toEqual([["interval_overlap", "bands.0.min"]]);
    expect(formatIssue(errors(lower.issues)[0]!, "id")).toContain('"kurang-inovatif" diwarisi dari edisi dasar');
    // a gap opened from the upper side, written by the file
    const gap = check([band("kurang-inovatif", { max: bound(30, true) })]);
    expect(where(gap.issues)).toEqual([["interval_gap", "bands.0.max"]]);
    // both sides written: at the later band's lower end, no inherited neighbour to name
    const both = check([band("kurang-inovatif", { max: bound(50, true) }), band("inovatif", { min: bound(45, false) })]);
    expect(where(both.issues)).toEqual([["interval_overlap", "bands.1.min"]]);
    expect(errors(both.issues)[0]!.params.inherited).toBeUndefined();
  });

  it("text where an object is expected (a label, a band end, a source): the error is at the text, never inside it (tidy38)", () => {
    const check = (bands: object[]) => validateEdition({ extends: "iid-2026", id: "x-2026", sources: [pergub], bands });
    // a new band: the fields it writes as text are written (not "missing": no "must be complete" for them); the one it
    // lacks makes it incomplete
    const lacking = check([{ id: "istimewa", label: "Istimewa", min: "90", source: own }]);
    expect(where(lacking.issues)).toEqual([["patch_new_item_incomplete", "bands.0.id"], ["schema", "bands.0.label"], ["schema", "bands.0.min"], ["schema", "bands.0.max"]]);
    const written = check([{ id: "istimewa", label: "Istimewa", min: "90", max: "100", source: "pergub-contoh" }]);
    expect(where(written.issues)).toEqual([["schema", "bands.0.label"], ["schema", "bands.0.min"], ["schema", "bands.0.max"], ["schema", "bands.0.source"]]);
    // an inherited band's label as text beside a moved end: the shape error alone (the boundary rules, which name the
    // inherited neighbour, run only on an edition the schema accepted)
    const moved = check([{ id: "kurang-inovatif", max: bound(45, true), source: own }, { id: "inovatif", label: "Inovatif" }]);
    expect(where(moved.issues)).toEqual([["schema", "bands.1.label"]]);
  });

  it("a shape problem in a list entry names the entry's id and the field in words beside its path (audit29 #8)", () => {
    const r = validateEdition({ extends: "iid-2026", id: "x-2026", name: { id: "X", en: "X" }, indicators: [{ id: "SID-20", weight: -2, options: [] }] });
    expect(errors(r.issues).map((i) => formatIssue(i, "id"))).toEqual([
      "indicators[0].weight (bobot indikator SID-20): -2 terlalu kecil; paling kecil 0",
      "indicators[0].options (pilihan jawaban indikator SID-20): minimal 1 butir",
    ]);
    const en = validateEdition({ extends: "iid-2026", id: "x-2026", name: { id: "X", en: "X" }, indicators: [{ id: "SID-20", weight: -2 }] }, { locale: "en" });
    expect(errors(en.issues).map((i) => formatIssue(i, "en"))).toEqual(["indicators[0].weight (weight of indicator SID-20): -2 is too small; the least allowed is 0"]);
    // the innermost entry with an id; a field without words keeps the id alone; no entry, no words
    const band = validateEdition({ extends: "iid-2026", id: "x-2026", name: { id: "X", en: "X" }, bands: [{ id: "inovatif", label: { id: 5 } }], compliance: { rules: [{ id: "r1", name: { id: "A", en: "A" }, agencyTypes: ["opd"], minCount: -1, source: own }] } });
    expect(errors(band.issues).map((i) => formatIssue(i, "id"))).toEqual([
      "bands[0].label.id (label predikat inovatif): harus berupa teks",
      "compliance.rules[0].minCount (aturan r1): -1 terlalu kecil; paling kecil 1",
    ]);
    const top = validateEdition({ extends: "iid-2026", id: "x-2026", name: { id: "X", en: "X" }, year: "2026" });
    expect(errors(top.issues).map((i) => formatIssue(i, "id"))[0]).toMatch(/^year: /);
  });

  it("a new band above the top, written with `name`: the label hint, and the overlap with the band it falls in, said at once (audit29 #7)", () => {
    const file = (extra: object) => ({
      extends: "iid-2026",
      id: "x-2026",
      name: { id: "X", en: "X" },
      sources: [pergub],
      bands: [{ id: "istimewa", name: { id: "Istimewa", en: "Excellent" }, min: bound(90, false), source: own, ...extra }],
    });
    const r = validateEdition(file({}));
    expect(r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["patch_new_item_incomplete", "bands.0.id"],
      ["unknown_field", "bands.0.name"],
      ["schema", "bands.0.label"],
      ["schema", "bands.0.max"],
    ]);
    const [incomplete, unknown] = r.issues;
    expect(formatIssue(incomplete!, "id")).toBe(
      'bands[0].id: id "istimewa" tidak ada pada edisi dasar, maka butir ini dianggap butir baru dan harus lengkap (lihat kesalahan di bawahnya); bila maksudnya mengubah butir warisan, pakai salah satu id: "tidak-dapat-dinilai", "kurang-inovatif", "inovatif", "sangat-inovatif". "min" 90 bertumpang tindih dengan predikat "sangat-inovatif" (65, 100]: tulis juga butir "sangat-inovatif" dengan "max": { "value": 90, "inclusive": true }, dan butir ini "max": { "value": 100, "inclusive": true }',
    );
    expect(formatIssue(incomplete!, "en")).toContain('"min" 90 overlaps band "sangat-inovatif" (65, 100]: also write a "sangat-inovatif" entry with "max": { "value": 90, "inclusive": true }, and this entry "max": { "value": 100, "inclusive": true }');
    expect(formatIssue(unknown!, "id")).toContain('isian "name" tidak dikenal dan diabaikan; mungkin maksudnya "label"?');
    // the end it writes is not offered again; a band written below the one it falls in: its lower end
    const withMax = validateEdition(file({ max: bound(100, true) }));
    expect(formatIssue(withMax.issues[0]!, "id")).toMatch(/dengan "max": \{ "value": 90, "inclusive": true \}$/);
    const below = validateEdition({ ...file({}), bands: [{ id: "rintisan", label: { id: "Rintisan", en: "Pioneer" }, max: bound(20.5, true), source: own }] });
    expect(formatIssue(below.issues[0]!, "id")).toContain('"max" 20,5 bertumpang tindih dengan predikat "kurang-inovatif" (0, 40]: tulis juga butir "kurang-inovatif" dengan "min": { "value": 20.5, "inclusive": false }, dan butir ini "min": { "value": 0, "inclusive": false }');
    // and back: "label" in an indicator is a slip for its "name"
    const ind = validateEdition({ extends: "iid-2026", id: "x-2026", name: { id: "X", en: "X" }, indicators: [{ id: "SID-20", label: "x" }] });
    expect(ind.issues.find((i) => i.code === "unknown_field")!.params.near).toBe("name");
  });

  it("deriveEdition follows the same rules (a code patch can remove too)", () => {
    const r = deriveEdition(base, { id: "x", sources: [{ id: "tegal-2024", $remove: true }] });
    expect(where(r.issues)).toEqual([["removed_still_referenced", "sources.0"]]);
  });
});
