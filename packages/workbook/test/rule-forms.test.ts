/**
 * The Pengaturan sheet's "Bentuk Inovasi yang Dihitung": the region's own rule counts only innovations of those forms
 * ("satu perangkat daerah satu inovasi pelayanan publik"), as `countedForms` in the library.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { readWorkbook } from "../src/index.js";
import { settingsHelp } from "../src/template-help.js";
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
  it("the template offers the row, with the forms and what an empty form means", () => {
    const grids = templateAsGrids();
    expect(grids["Pengaturan"]!.cells.map((r) => r[0])).toContain("Bentuk Inovasi yang Dihitung");
    const help = settingsHelp(e2026)["Bentuk Inovasi yang Dihitung"]!;
    expect(help).toContain("Pelayanan Publik");
    expect(help).toContain("Inovasi yang bentuknya kosong tidak dihitung");
  });

  it("'Pelayanan Publik' counts Dinas Kesehatan's innovation only: the others owe one, and the rule's name says why", () => {
    const r = readWorkbook(withRule("Pelayanan Publik").grids);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    const rule = r.input!.compliance!.rules[0]!;
    expect(rule).toMatchObject({ countedForms: ["pelayanan_publik"], name: { id: "Setiap perangkat daerah wajib minimal 1 inovasi pelayanan publik", en: "Every agency must have at least 1 public-service innovation(s)" } });
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

  it("a form it does not know is an error at its cell, with the forms it knows", () => {
    const { grids, row } = withRule("Publik");
    const r = readWorkbook(grids);
    expect(r.issues).toContainEqual(
      expect.objectContaining({ severity: "error", message: `Pengaturan!B${row + 1}: isian "Publik" tidak dikenal untuk "Bentuk Inovasi yang Dihitung"; pilihan yang sah: "Tata Kelola Pemerintahan Daerah", "Pelayanan Publik", "Inovasi Daerah Lainnya Sesuai Urusan"` }),
    );
  });
});
