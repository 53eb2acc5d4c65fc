/** The template's Petunjuk sheet: its title, and the Wajib column as the reader and the edition require. */
import { describe, expect, it } from "vitest";
import { templateBook } from "../src/index.js";
import { e2026 } from "./helpers.js";

const guide = (edition = e2026) => templateBook(edition).sheets.find((s) => s.name === "Petunjuk")!.cells;

describe("the template's Petunjuk sheet", () => {
  it("names the IGA year once when the edition's name says it, and says the column order may be changed", () => {
    expect(guide()[0]![0]).toBe("Petunjuk pengisian — Indeks Inovasi Daerah — IGA 2026 (edisi iid-2026)");
    const named = { ...e2026, id: "jatim-2026", name: { id: "IID Provinsi Jawa Timur", en: "East Java IID" } };
    expect(guide(named)[0]![0]).toBe("Petunjuk pengisian — IID Provinsi Jawa Timur (edisi jatim-2026, IGA 2026)");
    expect(guide()[1]![0]).toContain("Judul kolom jangan diubah; urutan kolom boleh diubah.");
  });
});
