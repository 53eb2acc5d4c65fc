/** The template's Petunjuk sheet: its title, and the Wajib column as the reader and the edition require. */
import { describe, expect, it } from "vitest";
import { SETTINGS_KEYS, templateBook } from "../src/index.js";
import { e2026 } from "./helpers.js";

const guide = (edition = e2026) => templateBook(edition).sheets.find((s) => s.name === "Petunjuk")!.cells;

describe("the template's Petunjuk sheet", () => {
  it("names the IGA year once when the edition's name says it, and says the column order may be changed", () => {
    expect(guide()[0]![0]).toBe("Petunjuk pengisian — Indeks Inovasi Daerah — IGA 2026 (edisi iid-2026)");
    const named = { ...e2026, id: "jatim-2026", name: { id: "IID Provinsi Jawa Timur", en: "East Java IID" } };
    expect(guide(named)[0]![0]).toBe("Petunjuk pengisian — IID Provinsi Jawa Timur (edisi jatim-2026, IGA 2026)");
    expect(guide()[1]![0]).toContain("Judul kolom jangan diubah; urutan kolom boleh diubah.");
  });

  it("marks Wajib what the reader requires (Nama Daerah, Tingkat) and the edition's mandatory indicators, nothing else", () => {
    const rows = guide();
    const wajib = (sheet: string, col: string) => rows.find((r) => r[0] === sheet && r[1] === col)![2];
    expect(wajib("Pengaturan", SETTINGS_KEYS.regionName)).toBe("Ya");
    expect(wajib("Pengaturan", SETTINGS_KEYS.level)).toBe("Ya");
    expect(wajib("Pengaturan", SETTINGS_KEYS.target)).toBe("");
    for (const ind of e2026.indicators.filter((i) => i.aspect === "SID")) {
      expect(wajib("Inovasi", `${ind.number}. ${ind.name.id}`), ind.id).toBe(ind.mandatory ? "Ya" : "");
    }
    expect(e2026.indicators.filter((i) => i.mandatory).length).toBeGreaterThan(0);
    // what "Ya" means on an indicator column is said above the table
    expect(rows[1]![0]).toContain("pada indikator wajib, inovasi yang jawabannya kosong tidak dihitung pada terverifikasi");
  });
});
