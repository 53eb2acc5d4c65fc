/** The template's Petunjuk sheet: its title, and the Wajib column as the reader and the edition require. */
import { describe, expect, it } from "vitest";
import { getEdition, matchUrusan } from "@inovasi/core";
import { SETTINGS_KEYS, templateBook } from "../src/index.js";
import { e2026 } from "./helpers.js";
import { settingsHelp, yearsHelp } from "../src/template-help.js";

const guide = (edition = e2026) => templateBook(edition).sheets.find((s) => s.name === "Petunjuk")!.cells;

describe("the template's Petunjuk sheet", () => {
  it("names the IGA year once when the edition's name says it, and says the column order may be changed", () => {
    expect(guide()[0]![0]).toBe("Petunjuk pengisian — Indeks Inovasi Daerah — IGA 2026 (edisi iid-2026)");
    const named = { ...e2026, id: "jatim-2026", name: { id: "IID Provinsi Jawa Timur", en: "East Java IID" } };
    // a province's own model is no IGA edition (the Ministry's award): its year is the year it assesses (audit35)
    expect(guide(named)[0]![0]).toBe("Petunjuk pengisian — IID Provinsi Jawa Timur (edisi jatim-2026, tahun penilaian 2026)");
    const years = guide(named).slice(0, 6).map((r) => String(r[0])).join("\n");
    expect(years).toContain("= tahun penilaian: 2026 untuk edisi ini.");
    expect(years).toContain("kapan inovasi mulai diterapkan: edisi ini meminta 1 Januari 2024 s.d. 31 Desember 2025.");
    expect(years).not.toContain("IGA");
    expect(yearsHelp(named).implementationDate).toBe("Tanggal inovasi mulai diterapkan. Model jatim-2026 meminta penerapan 1 Januari 2024 s.d. 31 Desember 2025. Contoh: 2024-06-01 atau 01/06/2024.");
    expect([yearsHelp(named).year, yearsHelp(named).entries, settingsHelp(named)["Tahun Penilaian"]].join(" ")).not.toContain("IGA");
    // the shipped editions keep theirs, the 2027 projection too (it projects IGA 2027)
    expect(guide(getEdition("iid-2027-projection"))[0]![0]).toContain("(edisi iid-2027-projection, IGA 2027)");
    expect(yearsHelp(e2026).implementationDate).toContain("IGA 2026 (edisi iid-2026) meminta penerapan");
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

describe("what the Petunjuk says a column takes besides its list", () => {
  it("Urusan: the abbreviations the reader knows, no numbers (audit17 F8: it said \"(atau angka)\" and \"6\" was refused)", () => {
    const urusan = guide().find((r) => r[0] === "Inovasi" && r[1] === "Urusan")![3] as string;
    expect(urusan).not.toContain("atau angka");
    expect(urusan).toMatch(/\(atau singkatan yang lazim, mis\. [^)]*PUPR[^)]*; bukan kode angka\)$/);
    // each example named is one the reader takes for an urusan
    const examples = /mis\. (.*); bukan/.exec(urusan)![1]!.split(", ");
    expect(examples.length).toBeGreaterThan(2);
    for (const x of examples) expect(matchUrusan(x, e2026).entry, x).toBeTruthy();
  });

  it("a measured indicator still says \"(atau angka)\": it takes a number", () => {
    const sid2 = e2026.indicators.find((i) => i.id === "SID-2")!;
    expect(guide().find((r) => r[0] === "Inovasi" && r[1] === `${sid2.number}. ${sid2.name.id}`)![3]).toMatch(/\(atau angka\)$/);
  });
});

describe("the template's Petunjuk Indikator sheet", () => {
  const rows = templateBook(e2026).sheets.find((s) => s.name === "Petunjuk Indikator")!.cells;
  const measures = (id: string) => String(rows.find((r) => r[0] === id)![8]);

  it("gives a measure's tiers in words, as the messages say a range, not in interval notation", () => {
    expect(measures("SID-2")).toBe("Jumlah SDM pengelola inovasi (orang): tingkat 1: 1–10; tingkat 2: lebih dari 10 s.d. 30; tingkat 3: lebih dari 30");
    // one value, an open upper end, a decimal comma, no empty unit
    expect(measures("SID-5")).toMatch(/: tingkat 1: 1; tingkat 2: lebih dari 1 s\.d\. 2; /);
    expect(measures("SPD-4")).toBe("Pertumbuhan pendapatan per kapita (%): tingkat 1: paling banyak 2,04; tingkat 2: lebih dari 2,04 s.d. kurang dari 5,23; tingkat 3: minimal 5,23");
    expect(measures("SPD-11b")).toMatch(/^Nilai IPM: tingkat 1: kurang dari 70; /);
    expect(rows.map((r) => String(r[8])).join("\n")).not.toMatch(/[[(]-?\d|∞/);
  });
});

describe("the template's input help titles (Excel shows at most 32 characters)", () => {
  const prompts = templateBook(e2026).sheets.flatMap((s) => s.validations.map((v) => v.prompt).filter((p) => p !== undefined));

  it("fit, are never cut mid-word, and a shortened one leaves the whole name in the prompt", () => {
    expect(prompts.length).toBeGreaterThan(20);
    for (const p of prompts) {
      expect(p.title.length, p.title).toBeLessThanOrEqual(32);
      // cut at a word: the prompt starts with the whole name, the title's words then a space
      if (p.title.endsWith("…")) expect(p.text.startsWith(`${p.title.slice(0, -1)} `), p.title).toBe(true);
    }
    const sid2 = prompts.find((p) => p.text.startsWith("2. Ketersediaan SDM pelaksana inovasi: "))!;
    expect(sid2.title).toBe("SID-2 (wajib)");
    const rule = prompts.find((p) => p.text.startsWith("Wajib Inovasi per Perangkat Daerah: "))!;
    expect(rule.title).toBe("Wajib Inovasi per Perangkat…");
  });
});
