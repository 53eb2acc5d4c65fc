import { describe, expect, it } from "vitest";
import { getEdition } from "../../src/editions/index.js";
import { deriveEdition, mergeEdition } from "../../src/model/index.js";

const base = getEdition("iid-2026")!;

describe("deriveEdition", () => {
  it("patches sections deeply, indicators by id, and sets derivedFrom", () => {
    const r = deriveEdition(base, {
      id: "varian",
      formula: { sidDivisorFloor: { value: 16 } },
      indicators: [{ id: "SID-18", name: { en: "Benefit" } }],
    });
    expect(r.ok).toBe(true);
    const e = r.value!;
    expect(e.derivedFrom).toBe("iid-2026");
    expect(e.formula.sidDivisorFloor).toEqual({ value: 16, source: base.formula.sidDivisorFloor.source });
    const k = base.indicators.findIndex((i) => i.id === "SID-18");
    expect(e.indicators[k]!.name).toEqual({ id: base.indicators[k]!.name.id, en: "Benefit" });
    expect(e.indicators[k]!.measures).toEqual(base.indicators[k]!.measures);
    expect(e.indicators).toHaveLength(base.indicators.length);
  });

  it("replaces lists of plain values, and appends an indicator with a new id", () => {
    const extra = { ...base.indicators[0]!, id: "SID-21", number: "21" };
    const r = deriveEdition(base, {
      id: "varian",
      yandas: { urusan: ["pendidikan", "kesehatan"], minCovered: { value: 2 } },
      indicators: [extra],
    });
    expect(r.ok).toBe(true);
    expect(r.value!.yandas.urusan).toEqual(["pendidikan", "kesehatan"]);
    expect(r.value!.indicators.at(-1)!.id).toBe("SID-21");
    // the new indicator raises the SID maximum, so the inherited maxTotal is re-derived, with a warning
    expect(r.value!.formula.maxTotal.value).toBe(250 + 9); // a copy of SID-1: weight 3 × tier 3
    expect(r.issues).toContainEqual(expect.objectContaining({ code: "max_rederived", severity: "warning", params: expect.objectContaining({ given: 250, expected: 259 }) }));
  });

  it("does not change the base", () => {
    const before = JSON.stringify(base);
    deriveEdition(base, { formula: { maxTotal: { value: 1 } }, indicators: [{ id: "SID-1", weight: 9 }] });
    expect(JSON.stringify(base)).toBe(before);
  });

  it("re-validates: a patch that breaks the edition gives errors located in the patch", () => {
    const r = deriveEdition(base, {
      id: "varian",
      indicators: [{ id: "SID-2", measures: [{ id: "orang", name: { id: "SDM", en: "Staff" }, unit: "orang", tiers: [
        { tier: 1, min: { value: 1, inclusive: true }, max: { value: 10, inclusive: true } },
        { tier: 2, min: { value: 5, inclusive: true }, max: { value: 30, inclusive: true } },
      ] }] }],
    });
    expect(r.ok).toBe(false);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([
      expect.objectContaining({ code: "interval_overlap", path: ["indicators", 0, "measures", 0, "tiers", 1, "min"] }),
    ]);
  });

  it("a band's end written with a decimal comma in quotes says what JSON expects, not only that the shape is wrong (audit21 F8)", () => {
    const patch = { id: "varian", bands: [{ id: "kurang-inovatif", max: { value: "42,5", inclusive: true } }] } as never;
    const errs = (locale: "id" | "en") => deriveEdition(base, patch, { locale }).issues.filter((i) => i.severity === "error");
    const said = (locale: "id" | "en") => errs(locale).map((i) => i.message);
    // the place inside the end (`value`) is in the path, the message says what is expected (audit35)
    expect(said("id")).toContain("harus berupa angka; di JSON tulis 42.5 (titik desimal, tanpa tanda kutip)");
    expect(said("en")).toContain("must be a number; in JSON write 42.5 (a decimal point, no quotes)");
    expect(errs("en").map((i) => i.path)).toContainEqual(["bands", 0, "max", "value"]);
  });

  it("needs an id of its own, so results are not taken for the base's", () => {
    for (const id of [undefined, "iid-2026"]) {
      const r = deriveEdition(base, { ...(id ? { id } : {}), formula: { sidDivisorFloor: { value: 16 } } });
      expect(r.ok).toBe(false);
      expect(r.issues.filter((i) => i.severity === "error")).toEqual([{ code: "patch_id_required", severity: "error", path: ["id"], params: { base: "iid-2026" } }]);
    }
  });

  it("null replaces a value (a number becomes unknown), undefined keeps it", () => {
    const merged = mergeEdition({ a: { b: 1, c: 2 }, d: [1, 2] }, { a: { b: null, c: undefined }, d: [3] });
    expect(merged).toEqual({ a: { b: null, c: 2 }, d: [3] });
  });
});
