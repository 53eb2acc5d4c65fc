/**
 * A province model whose compliance target or rule counts a year far from the model's (prov22): "year": 2031 in a
 * 2026 model counts the innovations of 2031 only, so every region falls short of it — warned at the year, both
 * languages; the year next to the model's, and no year at all (the region's assessment year), are not questioned.
 */
import { describe, expect, it } from "vitest";
import { formatIssue, validateEdition } from "../../src/index.js";

const name = { id: "Model Provinsi Contoh", en: "Province model" };
const target = (year?: number) => ({ id: "target-provinsi", name: { id: "Target provinsi", en: "Province target" }, count: 100, ...(year === undefined ? {} : { year }) });
const rule = (year?: number, id = "satu-opd-satu-inovasi") => ({ id, name: { id: "Satu OPD satu inovasi", en: "One agency one innovation" }, agencyTypes: ["opd"], minCount: 1, ...(year === undefined ? {} : { year }) });
const model = (targets: object[], rules: object[] = []) => validateEdition({ extends: "iid-2026", id: "prov-contoh-2026", name, compliance: { rules, targets } });
const far = (r: ReturnType<typeof model>) => r.issues.filter((i) => i.code === "compliance_year_far");

describe("a compliance year far from the model's", () => {
  it("a target for 2031 in a 2026 model: a warning at its year, saying what it counts and what to check", () => {
    const r = model([target(2031)]);
    expect(r.ok).toBe(true); // a warning: the model still works
    expect(far(r)).toEqual([{ code: "compliance_year_far", severity: "warning", path: ["compliance", "targets", 0, "year"], params: { id: "target-provinsi", year: 2031, editionYear: 2026, kind: "targets" } }]);
    expect(formatIssue(far(r)[0]!, "id")).toBe(
      'compliance.targets[0].year: target "target-provinsi" hanya menghitung inovasi tahun 2031, jauh dari tahun model (2026); periksa "year" (tanpa "year": tahun penilaian daerah)',
    );
    expect(formatIssue(far(r)[0]!, "en")).toBe(
      'compliance.targets[0].year: target "target-provinsi" counts only the innovations of 2031, far from the model\'s year (2026); check "year" (without "year": the region\'s assessment year)',
    );
  });

  it("a rule's year too (2019: last decade's model copied); the second entry named by its place", () => {
    const r = model([target(2026)], [rule(), rule(2019, "lama")]);
    expect(far(r).map((i) => [i.path, formatIssue(i, "id").split(": ")[1]!.split(" hanya")[0]])).toEqual([[["compliance", "rules", 1, "year"], 'aturan "lama"']]);
  });

  it("no year (the region's assessment year), the model's year and the year next to it are not questioned", () => {
    for (const y of [undefined, 2025, 2026, 2027]) expect(far(model([target(y)], [rule(y)]))).toEqual([]);
    expect(far(model([target(2024)]))).toHaveLength(1);
  });
});
