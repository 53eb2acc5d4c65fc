/**
 * The recap's target takes the forms the plan's does (`parsePlanTarget`): a predicate by label or id, or an index
 * ("60", "60,5", "60.5"). "Tidak Dapat Dinilai" — the band of a region that did not report or could not be assessed
 * (index 0) — is no target: it is reported as such (`notATarget`), neither listed among the predicates nor taken.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { getEdition, parseRegionInput, recapRegions, scoreRegions, validateEdition } from "../../src/index.js";

const json = JSON.parse(readFileSync(new URL("../../../../examples/kabupaten-contoh.region.json", import.meta.url), "utf8"));
const e2026 = getEdition("iid-2026");
if (!parseRegionInput(json).ok) throw new Error("the example parses");
const out = scoreRegions([{ id: "kab-a", input: json }], { edition: e2026 });

describe("recap target forms", () => {
  it.each(["60", "60,5", "60.5"])("an index %s is a target, with no predicate, measured and planned to that index", (t) => {
    const recap = recapRegions(out, { target: t });
    expect(recap.unknownTarget).toBeNull();
    const row = recap.regions[0]!;
    const index = Number(t.replace(",", "."));
    const v = row.verified.index!;
    expect(row.target).toMatchObject({ band: null, index, met: v >= index });
    if (!row.target!.met) {
      expect(row.target!.indexNeeded).toBeCloseTo(index - v, 2);
      // the plan aims at the same index
      expect(row.plan?.target).toEqual({ predicate: null, index });
    }
  });

  it("a number and { index } are an index target, as planRegion takes them: the same rows and plans as the text", () => {
    const typed = recapRegions(out, { target: "60,5" });
    for (const t of [60.5, { index: 60.5 }]) {
      const recap = recapRegions(out, { target: t });
      // kept as the number (a text stays as typed); every row and its plan as with "60,5"
      expect(recap.target).toBe(60.5);
      expect(recap.unknownTarget).toBeNull();
      expect(recap.regions).toEqual(typed.regions);
      expect(recap.regions[0]!.target).toMatchObject({ band: null, index: 60.5 });
    }
    // a predicate object is its name, as the text
    const named = recapRegions(out, { target: { predicate: "sangat-inovatif" } });
    expect(named.target).toBe("sangat-inovatif");
    expect(named.regions).toEqual(recapRegions(out, { target: "sangat-inovatif" }).regions);
  });

  it("a number outside (0, 100] is refused as planRegion refuses it; another kind of target says what to pass", () => {
    expect(() => recapRegions(out, { target: 0 })).toThrow(new RangeError("recapRegions: options.target must be an index above 0 up to 100 (given 0)"));
    expect(() => recapRegions(out, { target: { index: 150 } })).toThrow(new RangeError("recapRegions: options.target.index must be an index above 0 up to 100 (given 150)"));
    expect(() => recapRegions(out, { target: { index: "60" } } as never)).toThrow(/options\.target\.index must be an index above 0 up to 100 \(given "60"\)/);
    for (const t of [true, null, { predicate: 1 }]) {
      expect(() => recapRegions(out, { target: t } as never)).toThrow(TypeError);
      expect(() => recapRegions(out, { target: t } as never)).toThrow(/^recapRegions: options\.target expected \{ predicate: "sangat-inovatif" \}, \{ index: 60 \}, an index \(60\) or a text such as "Sangat Inovatif", got /);
    }
  });

  it("an index outside 0–100 is unknown, the predicates and the index form offered", () => {
    for (const t of ["0", "150"]) {
      const u = recapRegions(out, { target: t }).unknownTarget!;
      expect(u.editions[0]).toMatchObject({ id: "iid-2026", notATarget: null });
    }
  });

  it('"Tidak Dapat Dinilai" is no target: said so, not taken, not listed', () => {
    for (const t of ["Tidak Dapat Dinilai", "tidak-dapat-dinilai", "Cannot be assessed"]) {
      const recap = recapRegions(out, { target: t });
      expect(recap.regions[0]!.target).toBeNull();
      const e = recap.unknownTarget!.editions[0]!;
      expect(e.notATarget).toEqual(e2026.bands.find((b) => b.max.value === 0)!.label);
      expect(e.near).toBeNull();
      expect(e.predicates.map((p) => p.id)).toEqual(["Kurang Inovatif", "Inovatif", "Sangat Inovatif"]);
    }
    // a predicate still works, and a misspelling is no "not a target"
    expect(recapRegions(out, { target: "Inovatif" }).regions[0]!.target!.band!.id).toBe("inovatif");
    expect(recapRegions(out, { target: "sangat inovativ" }).unknownTarget!.editions[0]!.notATarget).toBeNull();
  });

  it("a predicate whose lower threshold the model does not know is said as such, not as the band of index 0", () => {
    const unknownEnd = { value: null, source: { ref: "tegal-2024", confidence: "unknown" } };
    const model = validateEdition({ extends: "iid-2026", id: "prov-ambang-2026", name: { id: "Model Ambang", en: "Threshold model" }, bands: [{ id: "inovatif", max: unknownEnd }, { id: "sangat-inovatif", min: unknownEnd }] });
    expect(model.ok).toBe(true);
    const recap = recapRegions(scoreRegions([{ id: "kab-a", input: json }], { edition: model.value! }), { target: "Sangat Inovatif" });
    expect(recap.regions[0]!.target).toBeNull();
    expect(recap.unknownTarget!.editions[0]).toMatchObject({ id: "prov-ambang-2026", near: null, notATarget: null, lowerEndUnknown: { id: "Sangat Inovatif", en: "Very innovative" } });
    expect(recapRegions(out, { target: "Tidak Dapat Dinilai" }).unknownTarget!.editions[0]!.lowerEndUnknown).toBeNull();
  });
});
