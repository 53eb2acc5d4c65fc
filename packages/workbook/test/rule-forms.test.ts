/**
 * The Pengaturan sheet's "Bentuk Inovasi yang Dihitung": the region's own rule counts only innovations of those forms
 * ("satu perangkat daerah satu inovasi pelayanan publik"), as `countedForms` in the library.
 */
import { describe, expect, it } from "vitest";
import { editions, scoreRegion } from "@inovasi/core";
import { readWorkbook } from "../src/index.js";
import { settingsHelp } from "../src/template-help.js";
import { PROMPT_LIMIT } from "../src/template.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function withRule(forms: string) {
  const grids = templateAsGrids();
  const set = grids["Pengaturan"]!.cells;
  set.find((x) => x[0] === "Wajib Inovasi per Perangkat Daerah")![1] = 1;
  set.find((x) => x[0] === "Jenis Perangkat Daerah Wajib")![1] = "OPD";
  const row = set.findIndex((x) => x[0] === "Bentuk Inovasi yang Dihitung");
  set[row]![1] = forms;
  grids["Perangkat Daerah"]!.cells = [grids["Perangkat Daerah"]!.cells[0]!, ["Dinas Kesehatan", "OPD"], ["Dinas Pertanian", "OPD"], ["Dinas Sosial", "OPD"]];
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), Bentuk: "Pelayanan Publik" });
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Tani Data", "Dinas Pertanian", "Pertanian"), Bentuk: "Tata Kelola" });
  addRow(grids["Inovasi"]!, fullInnovation(e2026, "Bansos Cepat", "Dinas Sosial", "Sosial")); // Bentuk left empty
  return { grids, row };
}

describe("the region's own rule counts only the forms the Pengaturan sheet names", () => {
  it("the template offers the row, with the forms and what an empty form means, whole in the cell's prompt", () => {
    const grids = templateAsGrids();
    expect(grids["Pengaturan"]!.cells.map((r) => r[0])).toContain("Bentuk Inovasi yang Dihitung");
    const help = settingsHelp(e2026)["Bentuk Inovasi yang Dihitung"]!;
    expect(help).toContain("Pelayanan Publik");
    expect(help).toContain("inovasi yang Bentuk-nya kosong tidak dihitung");
    // Excel shows at most 255 characters of an input prompt: every row's help fits, for every shipped edition
    for (const ed of Object.values(editions)) for (const [key, text] of Object.entries(settingsHelp(ed))) expect(text.length, `${ed.id}: ${key}`).toBeLessThanOrEqual(PROMPT_LIMIT);
  });

  it("'Pelayanan Publik' counts Dinas Kesehatan's innovation only: the others owe one, and the rule's name says why", () => {
    const r = readWorkbook(withRule("Pelayanan Publik").grids);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    const rule = r.input!.compliance!.rules[0]!;
    expect(rule).toMatchObject({ countedForms: ["pelayanan_publik"], name: { id: "Setiap perangkat daerah wajib minimal 1 inovasi pelayanan publik", en: "Every agency must have at least 1 public-service innovation" } });
    // two: the English name in the plural (was "at least 2 innovation(s)")
    const grids2 = withRule("").grids;
    grids2["Pengaturan"]!.cells.find((x) => x[0] === "Wajib Inovasi per Perangkat Daerah")![1] = 2;
    expect(readWorkbook(grids2).input!.compliance!.rules[0]!.name.en).toBe("Every agency must have at least 2 innovations");
    const outcome = scoreRegion(r.input!, r.edition).compliance.rules.find((x) => x.ruleId === rule.id)!;
    expect(outcome.agencies.filter((a) => !a.complies).map((a) => a.agency)).toEqual(["Dinas Pertanian", "Dinas Sosial"]);
  });

  it("two forms, and an empty cell (every form counts, a form-less innovation too)", () => {
    const two = readWorkbook(withRule("Pelayanan Publik; Tata Kelola").grids);
    expect(two.input!.compliance!.rules[0]!.countedForms).toEqual(["pelayanan_publik", "tata_kelola"]);
    expect(two.input!.compliance!.rules[0]!.name.id).toBe("Setiap perangkat daerah wajib minimal 1 inovasi pelayanan publik atau tata kelola pemerintahan daerah");
    const none = readWorkbook(withRule("").grids);
    expect(none.input!.compliance!.rules[0]!.countedForms).toBeUndefined();
    expect(scoreRegion(none.input!, none.edition).compliance.rules[0]!.nonCompliant).toBe(0);
  });

  it("a form named twice is named once in the rule", () => {
    const r = readWorkbook(withRule("Pelayanan Publik; pelayanan publik").grids);
    expect(r.input!.compliance!.rules[0]).toMatchObject({ countedForms: ["pelayanan_publik"], name: { id: "Setiap perangkat daerah wajib minimal 1 inovasi pelayanan publik" } });
  });

  it("agency types, stages or forms given while there is no rule (only a target): said at their cells, not silently dropped", () => {
    const { grids, row } = withRule("Pelayanan Publik");
    const set = grids["Pengaturan"]!.cells;
    set.find((x) => x[0] === "Wajib Inovasi per Perangkat Daerah")![1] = null;
    set.find((x) => x[0] === "Target Jumlah Inovasi")![1] = 5;
    const stagesRow = set.findIndex((x) => x[0] === "Tahapan yang Dihitung");
    set[stagesRow]![1] = "Penerapan";
    const r = readWorkbook(grids);
    expect(r.input!.compliance).toEqual({ rules: [], targets: [expect.objectContaining({ count: 5 })] });
    const typesRow = set.findIndex((x) => x[0] === "Jenis Perangkat Daerah Wajib");
    expect(r.issues.filter((i) => i.code === "rule_part_without_rule").map((i) => i.message)).toEqual([
      `Pengaturan!B${typesRow + 1}: "Jenis Perangkat Daerah Wajib" hanya berlaku untuk aturan daerah, yang belum ada: isi juga "Wajib Inovasi per Perangkat Daerah" (minimal 1), atau kosongkan sel ini; isian ini tidak dipakai`,
      `Pengaturan!B${stagesRow + 1}: "Tahapan yang Dihitung" hanya berlaku untuk aturan daerah, yang belum ada: isi juga "Wajib Inovasi per Perangkat Daerah" (minimal 1), atau kosongkan sel ini; isian ini tidak dipakai`,
      `Pengaturan!B${row + 1}: "Bentuk Inovasi yang Dihitung" hanya berlaku untuk aturan daerah, yang belum ada: isi juga "Wajib Inovasi per Perangkat Daerah" (minimal 1), atau kosongkan sel ini; isian ini tidak dipakai`,
    ]);
    expect(r.issues.find((i) => i.code === "rule_part_without_rule")!.severity).toBe("warning");
    // with the rule they are its own: nothing to say
    expect(readWorkbook(withRule("Pelayanan Publik").grids).issues.filter((i) => i.code === "rule_part_without_rule")).toEqual([]);
  });

  it("a form it does not know is an error at its cell, with the forms it knows", () => {
    const { grids, row } = withRule("Publik");
    const r = readWorkbook(grids);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ severity: "error", message: `Pengaturan!B${row + 1}: isian "Publik" tidak dikenal untuk "Bentuk Inovasi yang Dihitung"; pilihan yang sah: "Tata Kelola Pemerintahan Daerah", "Pelayanan Publik", "Inovasi Daerah Lainnya Sesuai Urusan"; sampai diperbaiki, aturan tidak dibatasi oleh "Bentuk Inovasi yang Dihitung"` }),
    );
  });
});
