/**
 * The engine's `predicate_unknown` has no cell of its own (path `["bands"]`): an unknown band threshold of the edition
 * decides the predicate. It is placed where that is decided — the Pengaturan sheet's Edisi Model cell when that cell
 * chose the edition, the model file's band entry (`bands[1].min`) when a model file did — and the threshold is named in
 * words, in the message, the field and the Masalah sheet (`locateIssues`, the workbook layer: the parse + score bundle
 * carries the engine's message unchanged).
 */
import { type Issue, scoreRegion, validateEdition } from "@inovasi/core";
import { describe, expect, it } from "vitest";
import { namingIndicator, locateIssues, problemsSheetContent, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

const unknown = { ref: "bappeda-2025", confidence: "unknown" as const, note: "Batas bawah 2025 tidak ada di sumber." };
const file = {
  extends: "iid-2026", id: "prov-x-2025", year: 2026, name: { id: "Model X 2025", en: "Model X 2025" },
  sources: [{ id: "bappeda-2025", title: "Laporan Bappeda atas hasil IGA 2025" }],
  bands: [{ id: "kurang-inovatif", max: { value: null, source: unknown } }, { id: "inovatif", min: { value: null, source: unknown } }],
};
const v = validateEdition(file);
const model = v.value!;
// as the CLI's --model and the pane's model file read it: a number the file lacks named by its entry's id
const warnings: Issue[] = v.issues.map((i) => namingIndicator(i, file));

/** Eight innovations at tier 2, SPD at tier 2 (IID about 38: in the bands whose threshold is unknown); Edisi Model as given. */
function workbook(editionCell: string) {
  const grids = templateAsGrids();
  const inv = grids["Inovasi"]!;
  for (let k = 0; k < 8; k++) addRow(inv, fullInnovation(e2026, `Inovasi ${k + 1}`, "Dinas Kesehatan", e2026.yandas.urusan[k % 6]!));
  spdAtTier2(grids);
  const set = grids["Pengaturan"]!.cells;
  const row = set.findIndex((r) => r[0] === "Edisi Model");
  set[row]![1] = editionCell;
  return { grids, cell: `B${row + 1}` };
}

function located(editionCell: string, how: "cell" | "chosen", locale: "id" | "en" = "id") {
  const { grids, cell } = workbook(editionCell);
  const read = how === "cell" ? readWorkbook(grids, { locale, editions: (id) => (id === model.id ? model : undefined) }) : readWorkbook(grids, { locale, edition: model });
  expect(read.edition.id).toBe("prov-x-2025");
  const result = scoreRegion(read.input!, read.edition);
  expect(result.verified.predicate).toBeNull();
  const issues = locateIssues(result.issues, read.source, locale, { result, edition: read.edition, ...(how === "chosen" ? { model: { file: "model-2025.json", issues: warnings } } : {}) });
  return { cell, unknown: issues.filter((i) => i.code === "predicate_unknown"), issues };
}

describe("predicate_unknown, located", () => {
  it("at the Edisi Model cell that chose the edition, naming the threshold (Bahasa Indonesia and English)", () => {
    const { cell, unknown } = located("prov-x-2025", "cell");
    expect(unknown).toHaveLength(2); // claimed and verified
    for (const i of unknown) {
      expect(i).toMatchObject({ sheet: "Pengaturan", cell, field: "Edisi Model" });
      expect(i.message).toMatch(new RegExp(`^Pengaturan!${cell}: predikat (klaim|terverifikasi) belum diketahui: .* isi batasnya di model bila sudah terbit \\[batas bawah predikat inovatif; edisi dipilih di Edisi Model\\]$`));
    }
    const en = located("prov-x-2025", "cell", "en").unknown[1]!;
    expect(en.message).toMatch(new RegExp(`^Pengaturan!${cell}: the verified predicate is unknown: .* \\[the lower threshold of band inovatif; the edition chosen in Edisi Model\\]$`));
  });

  it("at the model file's band entry when a model file chose it (the CLI's --model, the pane's model file), not at the cell", () => {
    const { unknown } = located("iid-2026", "chosen");
    for (const i of unknown) {
      expect(i).toMatchObject({ sheet: "", field: "batas bawah predikat inovatif" });
      expect(i.cell).toBeUndefined();
      expect(i.message).toMatch(/ isi batasnya di model bila sudah terbit \[batas bawah predikat inovatif: bands\[1\]\.min di model-2025\.json\]$/);
    }
    expect(located("iid-2026", "chosen", "en").unknown[0]!.message).toMatch(/\[the lower threshold of band inovatif: bands\[1\]\.min in model-2025\.json\]$/);
  });

  it("the Masalah sheet lists it with that sheet, cell and field", () => {
    const { cell, issues } = located("prov-x-2025", "cell");
    const rows = problemsSheetContent(issues).filter((r) => typeof r[4] === "string" && /predikat terverifikasi belum diketahui/.test(r[4]));
    expect(rows).toEqual([["Pengaturan", cell, "Peringatan", "Edisi Model", expect.stringMatching(/\[batas bawah predikat inovatif; edisi dipilih di Edisi Model\]$/)]]);
  });
});
