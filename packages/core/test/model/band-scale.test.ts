/**
 * audit35: a province writing its own model. A band end typed on a 0–1 scale (0,5 for 50) was told at the next band's
 * lower end (`bands[1].min`), which the province had right; a text where a number is expected was told with part of
 * its place inside the message (`bands[1].max: value: harus berupa angka`). Both now point at the value to change.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssue, getEdition, validateEdition } from "../../src/index.js";

const example = (): Record<string, any> => JSON.parse(readFileSync(new URL("../../../../examples/model-provinsi-contoh.json", import.meta.url), "utf8"));
const errors = (json: unknown, locale: "id" | "en" = "id") => validateEdition(json, { locale }).issues.filter((i) => i.severity === "error");

describe("a band end on a 0–1 scale", () => {
  it("an upper end typed 0,5 beside the next band's 45: told at that upper end's value, with the value on 0–100 it likely means", () => {
    const m = example();
    m.bands[0].max.value = 0.5;
    const [e, ...rest] = errors(m);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ code: "interval_gap", path: ["bands", 0, "max", "value"], refs: [["bands", 1, "min"]] });
    expect(formatIssue(e!, "id")).toBe("bands[0].max.value: ada celah antara rentang (0; 0,5] dan (45, 70]; batas harus bersentuhan tepat; 0,5 di sini tampak ditulis berskala 0–1, padahal indeks dan batas predikat berskala 0–100: mungkin maksudnya 50");
    const [en] = errors(m, "en");
    expect(formatIssue(en!, "en")).toBe("bands[0].max.value: there is a gap between intervals (0, 0.5] and (45, 70]; their ends must touch exactly; 0.5 here looks written on a 0–1 scale, while the index and the band ends run 0–100: perhaps 50 is meant");
  });

  it("a lower end typed 0,45 below the previous band's 45: told at that lower end's value (0,45 × 100 without float noise)", () => {
    const m = example();
    m.bands[1].min.value = 0.45;
    const [e, ...rest] = errors(m);
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ code: "interval_overlap", path: ["bands", 1, "min", "value"], params: { fraction: 0.45, meant: 45 } });
  });

  it("a boundary with no fraction on either side is told where it always was (the later band's lower end)", () => {
    const m = example();
    m.bands[0].max.value = 40;
    expect(errors(m)).toEqual([expect.objectContaining({ code: "interval_gap", path: ["bands", 1, "min"] })]);
    expect(formatIssue(errors(m)[0]!, "id")).not.toContain("berskala");
  });
});

describe("every band written on a 0–1 scale", () => {
  it("touching and covering 0–100, yet every threshold below 1: a warning at the first threshold, with the values meant", () => {
    const m = example();
    m.bands[0].max.value = 0.45;
    m.bands[1].min.value = 0.45;
    m.bands[1].max.value = 0.7;
    m.bands[2].min.value = 0.7;
    const v = validateEdition(m);
    // was valid without a word: nearly every region would have been "Sangat Inovatif"
    expect(v.ok).toBe(true);
    const w = v.issues.filter((i) => i.code === "bands_fraction_scale");
    expect(w).toEqual([expect.objectContaining({ severity: "warning", path: ["bands", 0, "max", "value"] })]);
    expect(formatIssue(w[0]!, "id")).toBe("bands[0].max.value: setiap batas antarpredikat kurang dari 1 (0,45; 0,7), padahal indeks berskala 0–100: hampir setiap daerah akan mendapat predikat tertinggi; bila batasnya ditulis berskala 0–1, tulis 45; 70");
    expect(formatIssue(w[0]!, "en")).toBe("bands[0].max.value: every threshold between bands is below 1 (0.45; 0.7), while the index runs 0–100: nearly every region would take the top band; if the thresholds are written on a 0–1 scale, write 45; 70");
  });

  it("not for the shipped editions nor the example province model", () => {
    for (const id of ["iid-2026", "iid-2023", "iid-2027-projection", "iid-2023-inferred"]) {
      expect(validateEdition(structuredClone(getEdition(id)!)).issues.filter((i) => i.code === "bands_fraction_scale")).toEqual([]);
    }
    expect(validateEdition(example()).issues.filter((i) => i.code === "bands_fraction_scale")).toEqual([]);
  });
});

describe("a text where a band end's number is expected", () => {
  it("the path reaches the value (bands[1].max.value), the message says what is expected, with the entry named", () => {
    const m = example();
    m.bands[1].max.value = "70";
    const [e, ...rest] = errors(m);
    expect(rest).toEqual([]);
    expect(e!.path).toEqual(["bands", 1, "max", "value"]);
    expect(formatIssue(e!, "id")).toBe("bands[1].max.value (batas atas predikat inovatif): harus berupa angka; di JSON tulis 70 (tanpa tanda kutip)");
    expect(formatIssue(errors(m, "en")[0]!, "en")).toBe("bands[1].max.value (upper bound of band inovatif): must be a number; in JSON write 70 (no quotes)");
  });

  it("a whole file (no extends) too", () => {
    const m = structuredClone(getEdition("iid-2026")) as unknown as Record<string, any>;
    m.bands[1].max.value = "tujuh puluh";
    expect(errors(m)).toEqual([expect.objectContaining({ code: "schema", path: ["bands", 1, "max", "value"], message: "harus berupa angka" })]);
  });
});
