import { describe, expect, it } from "vitest";
import { validateEdition } from "../../src/editions/index.js";
import type { Issue } from "../../src/issues.js";
import { formatIssue } from "../../src/messages/format.js";
import { bound, file } from "./_data.js";

const errors = (issues: Issue[]) => issues.filter((i) => i.severity === "error");
/** Index of an indicator in the 2026 file. */
const at = (f: any, id: string): number => f.indicators.findIndex((i: any) => i.id === id);

describe("a broken model file gets located errors", () => {
  it("wrong type at a nested path: zod's message in Indonesian and in English", () => {
    const f = file();
    const k = at(f, "SID-18");
    f.indicators[k].measures[0].tiers[1].min.value = "200";
    const id = validateEdition(f, { locale: "id" });
    const en = validateEdition(f, { locale: "en" });
    expect(id.ok).toBe(false);
    const path = ["indicators", k, "measures", 0, "tiers", 1, "min", "value"];
    expect(id.issues).toEqual([expect.objectContaining({ code: "schema", severity: "error", path })]);
    // a number in quotes: how JSON writes it (audit21 F8)
    expect(id.issues[0]!.message).toBe("harus berupa angka; di JSON tulis 200 (tanpa tanda kutip)");
    expect(en.issues[0]!.message).toBe("must be a number; in JSON write 200 (no quotes)");
    expect(formatIssue(id.issues[0]!, "id")).toBe(`indicators[${k}].measures[0].tiers[1].min.value (tingkat ukuran orang, indikator SID-18): harus berupa angka; di JSON tulis 200 (tanpa tanda kutip)`);
    expect(formatIssue(en.issues[0]!, "en")).toBe(`indicators[${k}].measures[0].tiers[1].min.value (tiers of measure orang in indicator SID-18): must be a number; in JSON write 200 (no quotes)`);
    // a value that is no number at all: the kind alone
    f.indicators[k].measures[0].tiers[1].min.value = "dua ratus";
    expect(validateEdition(f, { locale: "id" }).issues[0]!.message).toBe("harus berupa angka");
  });

  it("the default locale is Indonesian, and the choice does not leak into later parses", () => {
    const f = file();
    delete f.formula.maxTotal;
    expect(validateEdition(f, { locale: "en" }).issues[0]!.message).toBe("is required");
    expect(validateEdition(f).issues[0]!.message).toBe("wajib diisi");
    expect(validateEdition(f).issues[0]!.path).toEqual(["formula", "maxTotal"]);
  });

  it("overlapping tiers: named at the later tier's lower end, with both intervals and the earlier one's upper end", () => {
    const f = file();
    const k = at(f, "SID-18");
    f.indicators[k].measures[0].tiers[1].min = bound(200, true); // [1,200] and [200,500] share 200
    const r = validateEdition(f);
    expect(r.ok).toBe(false);
    expect(errors(r.issues)).toEqual([
      {
        code: "interval_overlap",
        severity: "error",
        path: ["indicators", k, "measures", 0, "tiers", 1, "min"],
        params: { a: "[1, 200]", b: "[200, 500]" },
        refs: [["indicators", k, "measures", 0, "tiers", 0, "max"]], // the other side of the boundary
      },
    ]);
    expect(formatIssue(r.issues[0]!, "id")).toContain("bertumpang tindih");
    expect(formatIssue(r.issues[0]!, "en")).toContain("overlap");
  });

  it("gapped tiers: 200 < x < 201 would belong to no tier", () => {
    const f = file();
    const k = at(f, "SID-18");
    f.indicators[k].measures[0].tiers[1].min = bound(201, true);
    const r = validateEdition(f);
    expect(errors(r.issues)).toEqual([
      expect.objectContaining({
        code: "interval_gap",
        path: ["indicators", k, "measures", 0, "tiers", 1, "min"],
        params: { a: "[1, 200]", b: "[201, 500]" },
      }),
    ]);
  });

  it("open against open ends is a gap too (the value itself is in no tier)", () => {
    const f = file();
    const k = at(f, "SID-18");
    f.indicators[k].measures[0].tiers[0].max = bound(200, false);
    expect(errors(validateEdition(f).issues).map((i) => i.code)).toEqual(["interval_gap"]);
  });

  it("tiers listed out of order", () => {
    const f = file();
    const k = at(f, "SID-2");
    f.indicators[k].measures[0].tiers.reverse();
    const r = validateEdition(f);
    expect(errors(r.issues).map((i) => [i.code, i.path.join(".")])).toEqual([
      ["interval_unsorted", `indicators.${k}.measures.0.tiers.1.min`],
      ["interval_unsorted", `indicators.${k}.measures.0.tiers.2.min`],
    ]);
  });

  it("an empty tier interval", () => {
    const f = file();
    const k = at(f, "SID-2");
    f.indicators[k].measures[0].tiers[1] = { tier: 2, min: bound(30, true), max: bound(10, true) };
    const r = validateEdition(f);
    expect(errors(r.issues)[0]).toMatchObject({ code: "interval_empty", path: ["indicators", k, "measures", 0, "tiers", 1] });
  });

  it("bands with a gap, and bands that stop short of 100", () => {
    const f = file();
    f.bands[2].min = bound(40.01, true); // Kurang ends at 40], Inovatif starts at [40.01
    f.bands[3].max = bound(99, true);
    const r = validateEdition(f, { locale: "en" });
    expect(errors(r.issues)).toEqual([
      expect.objectContaining({ code: "interval_gap", path: ["bands", 2, "min"], params: { a: "(0, 40]", b: "[40.01, 65]" } }),
      expect.objectContaining({ code: "bands_do_not_cover", path: ["bands", 3, "max"], params: { uncovered: "(99, 100]" } }),
    ]);
    expect(formatIssue(errors(r.issues)[1]!, "en")).toContain("(99, 100]");
    // Bahasa writes a decimal comma, so the ends are parted by ";"; English keeps the point
    expect(formatIssue(errors(r.issues)[0]!, "id")).toContain("ada celah antara rentang (0, 40] dan [40,01; 65];");
    expect(formatIssue(errors(r.issues)[0]!, "en")).toContain("between intervals (0, 40] and [40.01, 65];");
  });

  it("bands that do not start at 0", () => {
    const f = file();
    f.bands.shift();
    const r = validateEdition(f);
    expect(errors(r.issues)).toEqual([
      expect.objectContaining({ code: "bands_do_not_cover", path: ["bands", 0, "min"], params: { uncovered: "[0, 0]" } }),
    ]);
  });

  it("an unknown source ref", () => {
    const f = file();
    const k = at(f, "SID-5");
    f.indicators[k].source.ref = "lampiran-2025";
    const r = validateEdition(f);
    expect(errors(r.issues)).toEqual([
      expect.objectContaining({
        code: "unknown_source",
        path: ["indicators", k, "source", "ref"],
        params: expect.objectContaining({ ref: "lampiran-2025" }),
      }),
    ]);
    expect(formatIssue(r.issues.find((i) => i.code === "unknown_source")!, "id")).toContain('sumber "lampiran-2025"');
  });

  it("a null weight without confidence unknown; then with it, only a missing-number warning", () => {
    const f = file();
    const k = at(f, "SID-7");
    f.indicators[k].weight = null;
    const r = validateEdition(f);
    expect(errors(r.issues)).toEqual([
      expect.objectContaining({ code: "unknown_value_confidence", path: ["indicators", k, "source", "confidence"] }),
    ]);
    f.indicators[k].source.confidence = "unknown";
    const fixed = validateEdition(f);
    expect(fixed.ok).toBe(true);
    expect(fixed.issues).toContainEqual(
      expect.objectContaining({ code: "missing_number", severity: "warning", path: ["indicators", k, "weight"] }),
    );
    expect(formatIssue(fixed.issues.find((i) => i.path.includes("weight"))!, "id")).toContain("belum memuat angka ini");
  });

  it("a value whose source says unknown", () => {
    const f = file();
    f.formula.sidDivisorFloor.source.confidence = "unknown";
    const r = validateEdition(f);
    expect(errors(r.issues)).toEqual([
      expect.objectContaining({ code: "unknown_value_confidence", path: ["formula", "sidDivisorFloor", "value"] }),
    ]);
    expect(formatIssue(errors(r.issues)[0]!, "en")).toContain('must not be "unknown"');
  });

  it("duplicate ids, duplicate option tiers and tiers above maxTier", () => {
    const f = file();
    f.indicators[3].id = f.indicators[2].id;
    f.indicators[0].options[1].tier = 1;
    f.indicators[1].measures[0].tiers[2].tier = 4;
    const r = validateEdition(f);
    // in the file's order, whichever rule found them
    expect(errors(r.issues).map((i) => [i.code, i.path.join(".")])).toEqual([
      ["duplicate_tier", "indicators.0.options.1.tier"],
      ["tier_out_of_range", "indicators.1.measures.0.tiers.2.tier"],
      ["duplicate_id", "indicators.3.id"],
    ]);
  });

  it("maxSpd that is not Σ weight × highest tier of the SPD rows is an error", () => {
    const f = file();
    f.formula.maxSpd.value = 60;
    const r = validateEdition(f);
    expect(errors(r.issues)).toEqual([
      expect.objectContaining({ code: "max_mismatch", path: ["formula", "maxSpd", "value"], params: { edition: "iid-2026", given: 60, expected: 63 } }),
    ]);
  });

  it("a maxTotal its parts do not add up to is refused, naming the expected value", () => {
    const f = file();
    f.formula.maxTotal.value = 240;
    const r = validateEdition(f);
    expect(r.ok).toBe(false);
    expect(errors(r.issues)).toEqual([
      expect.objectContaining({ code: "max_mismatch", severity: "error", path: ["formula", "maxTotal", "value"], params: { edition: "iid-2026", given: 240, expected: 250 } }),
    ]);
    expect(formatIssue(errors(r.issues)[0]!, "id")).toBe(
      'formula.maxTotal.value: nilai maksimum 240 tidak sama dengan jumlah bagian-bagiannya (250); tulis 250, atau dalam berkas dengan "extends" hapus nilai ini agar dihitung otomatis',
    );
  });

  it("an eligibility window that runs backwards", () => {
    const f = file();
    f.eligibility.window.from = "2026-01-01";
    expect(errors(validateEdition(f).issues)).toEqual([expect.objectContaining({ code: "interval_empty", path: ["eligibility", "window"] })]);
  });

  it("input that is not an object at all", () => {
    for (const data of [null, 42, "iid-2026", []]) {
      const r = validateEdition(data);
      expect(r.ok).toBe(false);
      expect(r.issues[0]).toMatchObject({ code: "schema", path: [] });
    }
  });
});

describe("a model file that extends a shipped edition", () => {
  it("holds only what differs and is checked as a whole", () => {
    const r = validateEdition({
      extends: "iid-2026",
      id: "kaltim-2026",
      name: { id: "Edisi Provinsi Kalimantan Timur 2026", en: "East Kalimantan 2026 edition" },
      formula: { sidDivisorFloor: { value: 15, source: { ref: "lampiran-bskdn-2026", confidence: "inferred" } } },
      indicators: [{ id: "SID-7", weight: 2 }],
    });
    expect(r.ok).toBe(true);
    const e = r.value!;
    expect([e.id, e.derivedFrom, e.extends]).toEqual(["kaltim-2026", "iid-2026", undefined]);
    expect(e.formula.sidDivisorFloor.value).toBe(15);
    expect(e.indicators.find((i) => i.id === "SID-7")!.weight).toBe(2);
    // the changed weight moves the derived maximum: the inherited maxTotal is re-derived, with a warning
    expect(e.formula.maxTotal.value).toBe(253);
    expect(r.issues).toContainEqual(expect.objectContaining({ code: "max_rederived", severity: "warning", params: expect.objectContaining({ given: 250, expected: 253 }) }));
  });

  it("an error in an indicator the file patches points at the file's own entry", () => {
    const tiers = [
      { tier: 1, min: bound(1, true), max: bound(10, true) },
      { tier: 2, min: bound(10, true), max: bound(30, true) },
    ];
    const r = validateEdition({
      extends: "iid-2026",
      id: "x-2026",
      indicators: [
        { id: "SID-5", weight: 1 },
        { id: "SID-2", measures: [{ id: "orang", name: { id: "SDM", en: "Staff" }, unit: "orang", tiers }] },
        { id: "SID-2x", weight: "dua" },
      ],
    });
    expect(r.ok).toBe(false);
    // what the entry writes (its id, its weight) first, in the file's order, then the fields it lacks
    expect(r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([["patch_new_item_incomplete", "indicators.2.id"], ["schema", "indicators.2.weight"], ["schema", "indicators.2.number"], ["schema", "indicators.2.aspect"], ["schema", "indicators.2.name"], ["schema", "indicators.2.question"], ["schema", "indicators.2.options"], ["schema", "indicators.2.source"]]);
    const fixed = validateEdition({
      extends: "iid-2026",
      id: "x-2026",
      indicators: [{ id: "SID-5", weight: 1 }, { id: "SID-2", measures: [{ id: "orang", name: { id: "SDM", en: "Staff" }, unit: "orang", tiers }] }],
    });
    expect(fixed.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.path.join(".")])).toEqual([
      ["interval_overlap", "indicators.1.measures.0.tiers.1.min"],
    ]);
  });

  it("an unknown base edition is named with the ones that exist", () => {
    const r = validateEdition({ extends: "iid-2019" });
    expect(r).toEqual({
      ok: false,
      issues: [
        {
          code: "extends_unknown",
          severity: "error",
          path: ["extends"],
          params: { id: "iid-2019", allowed: ["iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"] },
        },
      ],
    });
  });

  it("what it breaks is located in the resolved edition", () => {
    const r = validateEdition({ extends: "iid-2026", id: "x-2026", bands: [] }, { locale: "en" });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: "schema", path: ["bands"], message: "at least 1 items" });
  });
});
