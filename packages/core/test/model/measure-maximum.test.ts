import { describe, expect, it } from "vitest";
import { validateEdition } from "../../src/editions/index.js";
import { editionIds, getEdition } from "../../src/index.js";
import { formatIssue } from "../../src/messages/format.js";
import { editionJsonSchema } from "../../src/model/index.js";
import { renderEditionMarkdown } from "../../src/editions/markdown.js";
import { file } from "./_data.js";

/** Index of an indicator in the 2026 file. */
const at = (f: any, id: string): number => f.indicators.findIndex((i: any) => i.id === id);

describe("a measure's maximum and its English unit (edition data, audit17 F11, review18 F6)", () => {
  it("iid-2026 and the editions built on it: the IPM at most 100 (BPS), units in English beside the Bahasa ones", () => {
    for (const id of ["iid-2026", "iid-2027-projection", "iid-2023-inferred"]) {
      const e = getEdition(id)!;
      const ipm = e.indicators.find((i) => i.id === "SPD-11b")!.measures[0]!;
      expect(ipm.maximum).toEqual({ value: 100, source: { ref: "bps", confidence: "confirmed" } });
      expect(e.sources.map((s) => s.id)).toContain("bps");
    }
    const sid9 = getEdition("iid-2026")!.indicators.find((i) => i.id === "SID-9")!.measures[0]!;
    expect([sid9.unit, sid9.unitEn]).toEqual(["perangkat daerah", "agencies"]);
    const sid13 = getEdition("iid-2023")!.indicators.find((i) => i.id === "SID-13")!.measures[0]!;
    expect([sid13.unit, sid13.unitEn]).toEqual(["hari", "days"]);
  });

  it("an English option label names its measure's unit in English, as English messages do (read21: SPD-5a/10a/11a said \"0.36 poin\")", () => {
    const bahasaInEnglish: string[] = [];
    for (const id of editionIds) {
      for (const ind of getEdition(id)!.indicators) {
        const units = ind.measures.filter((m) => m.unitEn && m.unitEn !== m.unit).map((m) => m.unit);
        for (const o of ind.options) if (units.some((u) => new RegExp(`\\d ${u}\\b`, "u").test(o.label.en))) bahasaInEnglish.push(`${id} ${ind.id} "${o.label.en}"`);
      }
    }
    expect(bahasaInEnglish).toEqual([]);
    expect(getEdition("iid-2026")!.indicators.find((i) => i.id === "SPD-5a")!.options.map((o) => o.label.en)).toEqual(["≤ 0 points", "> 0 and < 0.36 points", "≥ 0.36 points"]);
  });

  it("a maximum below a tier is refused, located at the maximum, in both languages", () => {
    const f = file();
    const k = at(f, "SPD-11b");
    f.indicators[k].measures[0].maximum.value = 75;
    const r = validateEdition(f);
    expect(r.ok).toBe(false);
    const err = r.issues.filter((i) => i.severity === "error");
    expect(err).toEqual([expect.objectContaining({ code: "measure_maximum_below_tier", path: ["indicators", k, "measures", 0, "maximum", "value"] })]);
    expect(formatIssue(err[0]!, "id")).toBe(
      `indicators[${k}].measures[0].maximum.value: maksimum 75 di bawah tingkat 2 [70, 80): tingkat itu tidak dapat dicapai; periksa maksimum (nilai tertinggi menurut definisi ukuran) atau tingkatnya`,
    );
    expect(formatIssue(err[0]!, "en")).toBe(`indicators[${k}].measures[0].maximum.value: the maximum 75 is below tier 2 [70, 80): that tier cannot be reached; check the maximum (the highest value by the measure's definition) or the tiers`);
  });

  it("a maximum at a tier's closed end is accepted (SID-14 at most 100 %, an IPM at most 80 reaching [80, ∞) at 80); 79,99 is not", () => {
    const f = file();
    f.indicators[at(f, "SID-14")].measures[0].maximum = { value: 100, source: { ref: "bps", confidence: "confirmed" } };
    f.indicators[at(f, "SPD-11b")].measures[0].maximum.value = 80;
    expect(validateEdition(f).ok).toBe(true);
    const g = file();
    g.indicators[at(g, "SPD-11b")].measures[0].maximum.value = 79.99;
    expect(validateEdition(g).issues.filter((i) => i.severity === "error").map((i) => [i.code, i.params.tier])).toEqual([["measure_maximum_below_tier", 2]]);
  });

  it("a maximum must be a number with its source", () => {
    const f = file();
    const k = at(f, "SPD-11b");
    f.indicators[k].measures[0].maximum = { value: "100" };
    const r = validateEdition(f);
    expect(r.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["schema", `indicators.${k}.measures.0.maximum.value`],
      ["schema", `indicators.${k}.measures.0.maximum.source`],
    ]);
  });

  it("the edition's page shows both: the unit in English beside the Bahasa one, the maximum with its source", () => {
    const page = renderEditionMarkdown(getEdition("iid-2026")!);
    expect(page).toContain("| perangkat daerah (*agencies*) |");
    expect(page).toContain("Maksimum `ipm` menurut definisinya / *maximum by definition*: 100 — `bps` · **confirmed [C]**");
  });

  it("the JSON Schema export describes both fields", () => {
    const schema = JSON.stringify(editionJsonSchema());
    expect(schema).toContain('"unitEn":{"type":"string","description":"Satuan dalam bahasa Inggris');
    expect(schema).toMatch(/"maximum":\{"type":"object","properties":\{"value":\{"type":"number"\}.*"description":"Nilai tertinggi yang dapat diambil ukuran ini/);
  });
});
