/**
 * validateEdition's issues in the order of their places in the file (a new user's model listed `bands[1].min` before
 * `bands[0].min`, and `name` between the indicators' errors): keys as the file writes them, list entries by index, the
 * places the file does not write after what it does, equal places in the order the checks gave.
 */
import { describe, expect, it } from "vitest";
import { type Issue, validateEdition } from "../../src/index.js";
import { inDocumentOrder } from "../../src/model/_document-order.js";

const at = (issues: Issue[]) => issues.map((i) => i.path.map((s) => (typeof s === "number" ? `[${s}]` : `.${s}`)).join("").replace(/^\./, ""));

describe("validateEdition lists issues in the file's order", () => {
  it("a patch with errors in its name, both bands and two indicators (the new user's file)", () => {
    const r = validateEdition({
      extends: "iid-2026",
      id: "jatim-2026",
      name: "IID Provinsi Jawa Timur 2026",
      year: 2026,
      bands: [
        { id: "kurang", min: 0, max: 40, label: { id: "Kurang Inovatif", en: "Less Innovative" } },
        { id: "inovatif", min: 45, max: 100, label: { id: "Inovatif", en: "Innovative" } },
      ],
      indicators: [{ id: "SID-1", weigth: 4 }, { id: "SID-99", weight: "3" }],
    });
    expect(r.ok).toBe(false);
    expect(at(r.issues)).toEqual([
      "name",
      "bands[0].id", // a new item: "see the errors below" — they are below it
      "bands[0].min",
      "bands[0].max",
      "bands[0].source",
      "bands[1].min",
      "bands[1].max",
      "indicators[0].weigth", // the unknown key, found by another pass, in its place
      "indicators[1].id",
      "indicators[1].weight",
      "indicators[1].number",
      "indicators[1].aspect",
      "indicators[1].name",
      "indicators[1].question",
      "indicators[1].options",
      "indicators[1].source",
    ]);
  });

  it("a file written with its keys in another order is reported in that order", () => {
    const bands = [{ id: "inovatif", min: { value: "60" } }];
    const indicators = [{ id: "SID-1", weight: "x" }];
    expect(at(validateEdition({ indicators, extends: "iid-2026", bands, id: "prov-y-2026" }).issues)).toEqual(["indicators[0].weight", "bands[0].min.value"]);
    expect(at(validateEdition({ extends: "iid-2026", id: "prov-y-2026", bands, indicators }).issues)).toEqual(["bands[0].min.value", "indicators[0].weight"]);
  });

  it("a new entry's \"see the errors below\" comes before its errors, wherever the entry writes its id", () => {
    const r = validateEdition({ extends: "iid-2026", id: "prov-y-2026", bands: [{ min: 0, max: 40, id: "kurang" }] });
    expect(at(r.issues).slice(0, 3)).toEqual(["bands[0].id", "bands[0].min", "bands[0].max"]);
    expect(r.issues[0]!.code).toBe("patch_new_item_incomplete");
  });

  it("equal places keep the checks' order; a place the file does not write comes after those it does", () => {
    const issue = (code: Issue["code"], path: Issue["path"]): Issue => ({ code, severity: "error", path, params: {} });
    const data = { id: "x", bands: [{ id: "a", min: 0 }] };
    const given = [issue("schema", ["bands", "inovatif", "min"]), issue("duplicate_id", ["bands", 0, "min"]), issue("schema", ["bands", 0, "min"]), issue("schema", []), issue("schema", ["bands", 0])];
    expect(inDocumentOrder(given, data).map((i) => [i.code, i.path.join(".")])).toEqual([
      ["schema", ""],
      ["schema", "bands.0"],
      ["duplicate_id", "bands.0.min"],
      ["schema", "bands.0.min"],
      ["schema", "bands.inovatif.min"],
    ]);
  });

  it("a whole file (no extends): the list entries by index", () => {
    const whole = structuredClone(validateEdition({ extends: "iid-2026", id: "z-2026", name: { id: "Z", en: "Z" } }).value!) as unknown as Record<string, unknown>;
    const indicators = whole.indicators as Record<string, unknown>[];
    indicators[7]!.weight = "tujuh";
    indicators[2]!.weight = "dua";
    const r = validateEdition(whole);
    expect(at(r.issues)).toEqual(["indicators[2].weight", "indicators[7].weight"]);
  });
});
