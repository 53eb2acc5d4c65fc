import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Edition, getEdition, scoreRegion, validateEdition } from "@inovasi/core";
import { type LocatedIssue, PROBLEMS_SHEET, locateIssues, readWorkbook, writeResults, type WorkbookGrids } from "../src/index.js";
import { addRow, applyWrites, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

const iid2026 = getEdition("iid-2026")!;

function scored(grids: WorkbookGrids, locale: "id" | "en" = "id") {
  const read = readWorkbook(grids, { locale });
  const result = scoreRegion(read.input!, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale)];
  return { read, issues, out: writeResults(grids, result, { source: read.source, issues, locale }) };
}

describe("issues the core gives without a path, placed in the workbook", () => {
  it("yandas_not_met sits at the Inovasi sheet's Urusan header (field Urusan), in the Masalah sheet too", () => {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const urusanCol = grids["Inovasi"]!.cells[0]!.indexOf("Urusan");
    const header = `${String.fromCharCode(65 + urusanCol)}1`;
    for (const locale of ["id", "en"] as const) {
      const { issues, out } = scored(grids, locale);
      const y = issues.filter((i) => i.code === "yandas_not_met");
      expect(y.length).toBeGreaterThan(0);
      for (const i of y) {
        expect(i).toMatchObject({ sheet: "Inovasi", cell: header, field: "Urusan" });
        expect(i.message.startsWith(`Inovasi!${header}: `)).toBe(true);
      }
      const g = structuredClone(grids);
      applyWrites(g, out.writes);
      const row = g[PROBLEMS_SHEET]!.cells.find((r) => r[4] === y[0]!.text);
      expect(row?.slice(0, 2)).toEqual(["Inovasi", header]);
    }
  });
});

describe("a number the edition lacks: no place in the workbook, so its message names it", () => {
  // a province model leaving SID-19's weight (the nineteenth indicator of iid-2026, its file's first) and the yandas
  // minimum unknown: the engine's missing_number points inside the edition, which the workbook has no cell for
  const model = validateEdition({
    extends: "iid-2026",
    id: "prov-c-2026",
    sources: [{ id: "pergub-c", title: "Pergub C" }],
    indicators: [{ id: "SID-19", weight: null, source: { ref: "pergub-c", confidence: "unknown", note: "belum ditetapkan" } }],
    yandas: { minCovered: { value: null, source: { ref: "pergub-c", confidence: "unknown" } } },
  });
  const named = {
    id: { yandas: "jumlah urusan pelayanan dasar minimal (yandas)", weight: "bobot indikator SID-19" },
    en: { yandas: "the minimum basic-service urusan covered (yandas)", weight: "the weight of indicator SID-19" },
  };

  it.each(["id", "en"] as const)("%s: the field and the text name the number (Ringkasan shows the text, Masalah both)", (locale) => {
    expect(model.ok).toBe(true);
    const edition = model.value as Edition;
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const read = readWorkbook(grids, { locale, edition });
    const gaps = locateIssues(scoreRegion(read.input!, edition).issues, read.source, locale).filter((i) => i.code === "missing_number");
    const n = named[locale];
    expect(gaps.map((i) => i.field)).toEqual([n.yandas, n.weight]);
    expect(gaps.map((i) => i.message)).toEqual(
      locale === "id"
        ? [`edisi prov-c-2026 belum memuat ${n.yandas}; nilai yang bergantung padanya dikosongkan (bukan 0)`, `edisi prov-c-2026 belum memuat ${n.weight}; nilai yang bergantung padanya dikosongkan (bukan 0)`]
        : [`edition prov-c-2026 does not give ${n.yandas} yet; values that depend on it are left empty (not 0)`, `edition prov-c-2026 does not give ${n.weight} yet; values that depend on it are left empty (not 0)`],
    );
    expect(gaps.every((i) => i.text === i.message && i.sheet === "")).toBe(true);
  });
});

describe("a region that did not report: the predicate its edition gives it, in the note", () => {
  const source = { ref: "pergub", confidence: "confirmed" };
  const closed = (value: number) => ({ value, inclusive: true });
  const open = (value: number) => ({ value, inclusive: false });
  const remove = ["tidak-dapat-dinilai", "kurang-inovatif", "inovatif", "sangat-inovatif"].map((id) => ({ id, $remove: true }));
  const model = (id: string, bands: object[]) => {
    const v = validateEdition({ extends: "iid-2026", id, sources: [{ id: "pergub", title: "Pergub" }], bands: [...remove, ...bands] });
    expect(v.issues.filter((i) => i.severity === "error")).toEqual([]);
    return v.value as Edition;
  };
  // prov-b: its own index-0 band, "Tidak Melapor"; prov-e: none, so index 0 is its lowest band's, "Belum Berprestasi"
  const provB = model("prov-b-2026", [
    { id: "d", label: { id: "Tidak Melapor", en: "Not reported" }, min: closed(0), max: closed(0), source },
    { id: "c", label: { id: "Berkembang", en: "Developing" }, min: open(0), max: closed(100), source },
  ]);
  const provE = model("prov-e-2026", [
    { id: "e", label: { id: "Belum Berprestasi", en: "Not yet" }, min: closed(0), max: closed(50), source },
    { id: "f", label: { id: "Berprestasi", en: "Achieving" }, min: open(50), max: closed(100), source },
  ]);

  it.each([
    [provB, "id", 'Kabupaten Uji tidak melapor: indeks 0, predikat "Tidak Melapor"'],
    [provB, "en", 'Kabupaten Uji did not report: index 0, predicate "Not reported"'],
    [provE, "id", 'Kabupaten Uji tidak melapor: indeks 0, predikat "Belum Berprestasi"'],
    [iid2026, "id", 'Kabupaten Uji tidak melapor: indeks 0, predikat "Tidak Dapat Dinilai"'],
  ] as const)("%#: the note names the band the result gives, on Ringkasan too", (edition, locale, text) => {
    const grids = templateAsGrids();
    grids["Pengaturan"]!.cells.find((r) => r[0] === "Melapor")![1] = "Tidak";
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const read = readWorkbook(grids, { locale, edition });
    const result = scoreRegion(read.input!, edition);
    const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale, { result })];
    const note = issues.find((i) => i.code === "region_not_reported")!;
    expect(note.text).toBe(text);
    const g = structuredClone(grids);
    applyWrites(g, writeResults(grids, result, { source: read.source, issues, locale, edition }).writes);
    const summary = g["Ringkasan"]!.cells.flat().filter((c): c is string => typeof c === "string");
    expect(summary.some((c) => c.endsWith(text))).toBe(true);
    if (edition !== iid2026) expect(summary.some((c) => c.includes("Tidak Dapat Dinilai"))).toBe(false);
  });

  it("without the result (the core's issue alone): its index 0, no band named", () => {
    const grids = templateAsGrids();
    grids["Pengaturan"]!.cells.find((r) => r[0] === "Melapor")![1] = "Tidak";
    const read = readWorkbook(grids, { edition: provB });
    const issues = locateIssues(scoreRegion(read.input!, provB).issues, read.source);
    expect(issues.find((i) => i.code === "region_not_reported")!.text).toBe("Kabupaten Uji tidak melapor: indeks 0");
  });
});

describe("an edition that does not apply the yandas rule (requiresYandas: false)", () => {
  const off = validateEdition({ extends: "iid-2026", id: "prov-ny-2026", formula: { jumlahInovasi: { requiresYandas: false } } }).value as Edition;

  it.each(["id", "en"] as const)("%s: no 'rule not met … 0 points' warning, and Ringkasan says the rule does not apply", (locale) => {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const read = readWorkbook(grids, { locale, edition: off });
    const result = scoreRegion(read.input!, off);
    expect(result.yandas.verified.met).toBe(false); // one urusan of the minimum: the coverage is still what it is
    const issues = [...read.issues, ...locateIssues(result.issues, read.source, locale, { result, edition: off })];
    expect(issues.filter((i) => i.code === "yandas_not_met")).toEqual([]);
    const g = structuredClone(grids);
    applyWrites(g, writeResults(grids, result, { source: read.source, issues, locale, edition: off }).writes);
    const row = g["Ringkasan"]!.cells.find((r) => r[0] === (locale === "id" ? "Syarat yandas terpenuhi" : "Yandas rule met"))!;
    expect(row.slice(1, 3)).toEqual(locale === "id" ? ["Tidak berlaku", "Tidak berlaku"] : ["Does not apply", "Does not apply"]);
    // under iid-2026 the same workbook is warned and the row says "Tidak"
    const on = locateIssues(scoreRegion(read.input!, e2026).issues, read.source, locale, { edition: e2026 });
    expect(on.some((i) => i.code === "yandas_not_met")).toBe(true);
  });
});

describe("edition_year_mismatch: Tahun Penilaian against the year of the edition that scores it", () => {
  const setting = (grids: WorkbookGrids, key: string) => {
    const r = grids["Pengaturan"]!.cells.findIndex((row) => row[0] === key);
    return { row: grids["Pengaturan"]!.cells[r]!, cell: `B${r + 1}` };
  };
  const withYear = (year: number | string, edition?: string | null) => {
    const grids = templateAsGrids();
    addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    setting(grids, "Tahun Penilaian").row[1] = year;
    if (edition !== undefined) setting(grids, "Edisi Model").row[1] = edition;
    return grids;
  };
  const trap = (r: { issues: LocatedIssue[] }) => r.issues.filter((i) => i.code === "edition_year_mismatch");
  const yearCell = setting(templateAsGrids(), "Tahun Penilaian").cell;
  const editionCell = `Pengaturan!${setting(templateAsGrids(), "Edisi Model").cell}`;

  it("warns at the Tahun Penilaian cell, names the Edisi Model cell and the shipped edition for that year", () => {
    const r = readWorkbook(withYear(2023, "iid-2026"));
    expect(r.edition.id).toBe("iid-2026");
    const [w, more] = trap(r);
    expect(more).toBeUndefined();
    expect(w).toMatchObject({ severity: "warning", sheet: "Pengaturan", cell: yearCell, field: "Tahun Penilaian" });
    expect(w!.message).toBe(
      `Pengaturan!${yearCell}: Tahun Penilaian 2023, tetapi "Edisi Model" (${editionCell}) menyebut edisi "iid-2026", yang menilai IGA 2026: predikat, ambang dan aturannya dari tahun 2026; untuk tahun 2023 tulis "iid-2023" di "Edisi Model" (${editionCell}), atau perbaiki Tahun Penilaian bila salah ketik`,
    );
    const en = trap(readWorkbook(withYear(2023, "iid-2026"), { locale: "en" }))[0]!;
    expect(en.message).toBe(
      `Pengaturan!${yearCell}: Tahun Penilaian 2023, but "Edisi Model" (${editionCell}) names the edition "iid-2026", which assesses IGA 2026: its predicates, thresholds and rules are 2026's; for 2023 write "iid-2023" in "Edisi Model" (${editionCell}), or correct Tahun Penilaian if it is a typo`,
    );
    // the input is still read and scored (a warning, not an error)
    expect(r.input?.region.year).toBe(2023);
  });

  it("says nothing when the years agree (2026 with iid-2026, 2023 with iid-2023 or iid-2023-inferred, 2027 with the projection)", () => {
    expect(trap(readWorkbook(withYear(2026)))).toEqual([]);
    for (const [y, e] of [[2023, "iid-2023"], [2023, "iid-2023-inferred"], [2027, "iid-2027-projection"]] as const) {
      const grids = templateAsGrids(getEdition(e));
      setting(grids, "Tahun Penilaian").row[1] = y;
      expect(trap(readWorkbook(grids))).toEqual([]);
    }
  });

  it("names the default edition when Edisi Model is blank, and the choice when the host chose the edition", () => {
    const blank = trap(readWorkbook(withYear(2023, null)))[0]!;
    expect(blank.text).toContain(`"Edisi Model" (${editionCell}) kosong, jadi dinilai dengan edisi bawaan "iid-2026"`);
    expect(blank.text).toContain(`tulis "iid-2023" di "Edisi Model"`);
    const chosen = trap(readWorkbook(withYear(2023, "iid-2023"), { edition: e2026 }))[0]!;
    expect(chosen.text).toContain(`dinilai dengan edisi "iid-2026" yang dipilih`);
    expect(chosen.text).toContain(`pilih edisi "iid-2023" (--edition iid-2023 pada perintah inovasi, atau daftar edisi di panel add-in)`);
    const projection = trap(readWorkbook(withYear(2027, "iid-2026"), { locale: "en" }))[0]!;
    expect(projection.text).toContain(`for 2027 write "iid-2027-projection"`);
    expect(projection.text).toMatch(/ \(iid-2027-projection uses projected or derived figures, not official ones\)$/);
    expect(trap(readWorkbook(withYear(2027, "iid-2026")))[0]!.text).toMatch(/ \(iid-2027-projection memakai angka proyeksi atau turunan, bukan angka resmi\)$/);
    expect(trap(readWorkbook(withYear(2023, "iid-2026")))[0]!.text).not.toContain("proyeksi"); // iid-2023 is the official one
  });

  it("says when no shipped edition is for that year (a typo such as 2025)", () => {
    const w = trap(readWorkbook(withYear(2025, "iid-2026")))[0]!;
    expect(w.text).toContain("tidak ada edisi bawaan untuk tahun 2025 (yang ada: iid-2026 (2026), iid-2023 (2023), iid-2027-projection (2027), iid-2023-inferred (2023)); periksa Tahun Penilaian");
  });

  it("treats a province model (its own id, extends a shipped edition) by its year, and points at a model for that year", () => {
    const json = JSON.parse(readFileSync(fileURLToPath(new URL("../../../examples/model-provinsi-contoh.json", import.meta.url)), "utf8"));
    const v = validateEdition(json);
    expect(v.ok).toBe(true);
    const model = (v as { value: Edition }).value;
    expect(model.year).toBe(2026);
    expect(trap(readWorkbook(withYear(2026, model.id), { edition: model }))).toEqual([]);
    const w = trap(readWorkbook(withYear(2023, model.id), { edition: model }))[0]!;
    expect(w.text).toBe(
      `Tahun Penilaian 2023, tetapi dinilai dengan model provinsi "${model.id}" yang dipilih, yang menilai tahun 2026: predikat, ambang dan aturannya dari tahun 2026; untuk tahun 2023 pakai model provinsi untuk tahun itu (mis. yang "extends": "iid-2023"), atau perbaiki Tahun Penilaian bila salah ketik`,
    );
    // a province model is no IGA edition (the Ministry's award): its year said as a year (audit35)
    expect(trap(readWorkbook(withYear(2023, model.id), { edition: model, locale: "en" }))[0]!.text).toContain(`"${model.id}" chosen, which assesses the year 2026: its predicates`);
  });

  it("is not said when Tahun Penilaian cannot be read (its own error stands alone)", () => {
    const r = readWorkbook(withYear("dua ribu", "iid-2026"));
    expect(r.issues.some((i) => i.code === "not_an_integer")).toBe(true);
    expect(trap(r)).toEqual([]);
  });
});
