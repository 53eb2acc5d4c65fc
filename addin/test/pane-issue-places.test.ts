import { describe, expect, it } from "vitest";
import { scoreGrids } from "../src/pipeline.js";
import { problemsView } from "../src/pane/view-model.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "../../packages/workbook/test/helpers.js";

/** The pane's problem list links the yandas rule and the year trap to their cells, in the pane's language. */
describe("pane: problems the reader places outside an answer cell", () => {
  it("links yandas_not_met to the Urusan header and edition_year_mismatch to Tahun Penilaian", () => {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const settings = grids["Pengaturan"]!.cells;
    const r = settings.findIndex((row) => row[0] === "Tahun Penilaian");
    settings[r]![1] = 2023;
    const urusan = `${String.fromCharCode(65 + grids["Inovasi"]!.cells[0]!.indexOf("Urusan"))}1`;
    for (const lang of ["id", "en"] as const) {
      const out = scoreGrids(grids, { locale: lang });
      if (!out.ok) throw new Error("does not read");
      const view = problemsView(lang, out.issues, lang === "id" ? "id-ID" : "en-US");
      const yandas = view.items.filter((i) => /yandas/.test(i.text));
      expect(yandas.length).toBeGreaterThan(0);
      for (const i of yandas) expect(i.link).toMatchObject({ sheet: "Inovasi", cell: urusan });
      const year = view.items.find((i) => i.text.startsWith("Tahun Penilaian 2023"))!;
      expect(year.link).toMatchObject({ sheet: "Pengaturan", cell: `B${r + 1}` });
      expect(year.text).toContain(lang === "id" ? 'tulis "iid-2023" di "Edisi Model"' : 'write "iid-2023" in "Edisi Model"');
    }
  });
});

describe("pane: an unreadable Ditolak cell", () => {
  it("lists its error, not a verifier's rejection, in the pane and on the Masalah sheet it writes", () => {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), Ditolak: "mungkin" });
    const out = scoreGrids(grids, { locale: "id" });
    if (!out.ok) throw new Error("does not read");
    expect(out.result.innovations[0]!.claimed.counted).toBe(false);
    const texts = problemsView("id", out.issues, "id-ID").items.map((i) => i.text);
    expect(texts.filter((t) => t.includes("mungkin"))).toHaveLength(1);
    expect(texts.filter((t) => t.includes("ditolak verifikator"))).toEqual([]);
    const written = out.writes.filter((w) => w.sheet === "Masalah" && typeof w.value === "string").map((w) => w.value as string);
    expect(written.some((t) => t.includes("mungkin"))).toBe(true);
    expect(written.filter((t) => t.includes("ditolak verifikator"))).toEqual([]);
  });
});
