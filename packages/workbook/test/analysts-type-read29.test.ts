/**
 * What analysts type that the reader still got wrong or left unclear after session 21 (read29): stages "Ide",
 * "Penerapan/Implementasi", "Replikasi"; a refused Target; "Kategori" as the Jenis heading; merged-agency
 * abbreviations; an agency read as listed by the region's name; a renamed Perangkat Daerah sheet with reworded headings.
 */
import { describe, expect, it } from "vitest";
import type { CellValue, WorkbookGrids } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { meantAgency } from "../src/agency-names.js";
import { addRow, e2026, fullInnovation, scored, spdAtTier2, templateAsGrids } from "./helpers.js";

function book(settings: Record<string, CellValue> = {}, inovasi: Record<string, CellValue> = {}): WorkbookGrids {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), ...inovasi });
  const set = grids["Pengaturan"]!.cells;
  for (const [k, v] of Object.entries(settings)) set.find((r) => r[0] === k)![1] = v;
  return grids;
}

/** What a row left out for its Tahapan costs, as the reader says it. */
const ROW_OUT = "; sampai diperbaiki, baris ini tidak dinilai dan tidak dihitung dalam n (jumlah inovasi yang dilaporkan), kepatuhan, maupun yandas";

describe("stages as analysts type them", () => {
  it.each([["Ide", "inisiatif"], ["Tahap Ide", "inisiatif"], ["Gagasan", "inisiatif"], ["Penerapan/Implementasi", "penerapan"], ["Uji Coba / Ujicoba", "uji_coba"]])("'%s' is %s, silently", (typed, stage) => {
    const r = readWorkbook(book({}, { Tahapan: typed }));
    expect(r.input!.innovations[0]!.stage).toBe(stage);
    expect(r.issues.filter((i) => i.field === "Tahapan")).toEqual([]);
  });

  it.each([
    ["Replikasi", `"Uji Coba", "Penerapan"`, `"Uji Coba", "Penerapan"`],
    ["Uji Coba/Penerapan", `"Uji Coba", "Penerapan"`, `"Uji Coba", "Penerapan"`],
  ])("'%s' is not read: the stages it may mean are asked, in both languages", (typed, id, en) => {
    const r = readWorkbook(book({}, { Tahapan: typed }));
    expect(r.issues.filter((i) => i.field === "Tahapan").map((i) => [i.severity, i.code, i.text])).toEqual([
      ["error", "unknown_label", `isian "${typed}" tidak dikenal untuk "Tahapan"; mungkin maksudnya salah satu dari ${id}: tulis yang benar; pilihan yang sah: "Inisiatif", "Uji Coba", "Penerapan"${ROW_OUT}`],
    ]);
    expect(readWorkbook(book({}, { Tahapan: typed }), { locale: "en" }).issues.filter((i) => i.field === "Tahapan")[0]!.text).toEqual(
      expect.stringMatching(new RegExp(`^value "${typed}" is not known for "Tahapan"; perhaps one of ${en} is meant: write the right one; valid: "Inisiatif", "Uji Coba", "Penerapan"; `)),
    );
  });
});

describe("a refused Target says the target is not checked", () => {
  it("'banyak' on Target Jumlah Inovasi: no target, and the error says so and what to write, in both languages", () => {
    const id = readWorkbook(book({ "Target Jumlah Inovasi": "banyak" }));
    expect(id.input!.compliance?.targets ?? []).toEqual([]);
    expect(id.issues.filter((i) => i.sheet === "Pengaturan").map((i) => [i.severity, i.code, i.text])).toEqual([
      ["error", "not_an_integer", '"banyak" bukan bilangan bulat; sampai diperbaiki, target jumlah inovasi daerah tidak diperiksa (Ringkasan dan Rencana tanpa target ini); tulis jumlah inovasi yang ditargetkan, mis. 30'],
    ]);
    expect(readWorkbook(book({ "Target Jumlah Inovasi": "banyak" }), { locale: "en" }).issues.filter((i) => i.sheet === "Pengaturan")[0]!.text).toBe(
      `"banyak" is not a whole number; until corrected, the region's innovation count target is not checked (Ringkasan and the plan leave it out); write the number of innovations targeted, e.g. 30`,
    );
  });

  it("a failed formula there says it too, as one on the rule's minimum now does", () => {
    const r = readWorkbook(book({ "Target Jumlah Inovasi": "#REF!" }));
    expect(r.issues.filter((i) => i.sheet === "Pengaturan").map((i) => i.text)).toEqual([expect.stringMatching(/#REF!.*; sampai diperbaiki, target jumlah inovasi daerah tidak diperiksa/)]);
    const min = readWorkbook(book({ "Wajib Inovasi per Perangkat Daerah": "#REF!" }));
    expect(min.issues.filter((i) => i.sheet === "Pengaturan").map((i) => i.text)).toEqual([expect.stringMatching(/#REF!.*; sampai diperbaiki, aturan wajib inovasi per perangkat daerah tidak diperiksa/)]);
  });
});

/** The template with `listed` (name, type) under `headers` on Perangkat Daerah and one innovation per agency named. */
function agencyBook(headers: string[], listed: CellValue[][], named: string[], sheet = "Perangkat Daerah"): WorkbookGrids {
  const grids = templateAsGrids();
  const ag = grids["Perangkat Daerah"]!;
  ag.cells.splice(0, ag.cells.length, headers, ...listed);
  if (sheet !== "Perangkat Daerah") {
    delete grids["Perangkat Daerah"];
    grids[sheet] = { ...ag, name: sheet };
  }
  named.forEach((agency, k) => addRow(grids["Inovasi"]!, fullInnovation(e2026, `Inovasi ${k + 1}`, agency, "Kesehatan")));
  spdAtTier2(grids);
  grids["Pengaturan"]!.cells.find((r) => r[0] === "Wajib Inovasi per Perangkat Daerah")![1] = 1;
  return grids;
}

describe("'Kategori' as the Perangkat Daerah sheet's type column", () => {
  const listed = [["Dinas Kesehatan", "Dinas"], ["Kecamatan Hulu", "Kecamatan"], ["Bappeda", "Badan"]];

  it("holding agency types, it is read as Jenis, said once at the heading", () => {
    const r = scored(agencyBook(["Nama", "Kategori"], listed, ["Dinas Kesehatan"]));
    expect(r.read.input!.agencies.map((a) => [a.name, a.type])).toEqual([["Dinas Kesehatan", "opd"], ["Kecamatan Hulu", "kecamatan"], ["Bappeda", "opd"]]);
    expect(r.issues.filter((i) => i.sheet === "Perangkat Daerah").map((i) => [i.severity, i.code, i.cell, i.text])).toEqual([
      ["info", "column_read_as", "B1", 'kolom "Kategori" dibaca sebagai "Jenis" karena isinya jenis perangkat daerah'],
      // the rule's shortfall at the agencies without an innovation, as with a Jenis column
      ...r.issues.filter((i) => i.sheet === "Perangkat Daerah" && i.code === "compliance_rule_not_met").map((i) => [i.severity, i.code, i.cell, i.text]),
    ]);
    expect(r.of("compliance_rule_not_met").length).toBe(2);
    expect(scored(agencyBook(["Nama", "Kategori"], listed, ["Dinas Kesehatan"]), "en").of("column_read_as")[0]!.text).toBe('column "Kategori" read as "Jenis", as its cells are agency types');
  });

  it("holding other categories, it is named, not read", () => {
    const r = scored(agencyBook(["Nama", "Kategori"], [["Dinas Kesehatan", "Wajib"], ["Kecamatan Hulu", "Pilihan"]], ["Dinas Kesehatan"]));
    expect(r.of("column_read_as")).toEqual([]);
    expect(r.of("column_missing").map((i) => i.cell)).toEqual(["C1"]);
  });
});

describe("merged agencies' abbreviations get 'mungkin maksudnya'", () => {
  const listed = ["Dinas Pariwisata, Pemuda dan Olahraga", "Dinas Sosial dan Tenaga Kerja", "Dinas Kesehatan", "Dinas Perhubungan"];

  it("'Disparpora', 'Dinsosnaker' are asked about the one listed agency holding both urusan", () => {
    expect(meantAgency("Disparpora", listed, e2026)).toBe("Dinas Pariwisata, Pemuda dan Olahraga");
    expect(meantAgency("Dinsosnaker", listed, e2026)).toBe("Dinas Sosial dan Tenaga Kerja");
    expect(meantAgency("Dishub", listed, e2026)).toBe("Dinas Perhubungan");
  });

  it("none where no listed agency holds every urusan joined, or two do", () => {
    expect(meantAgency("Disparpora", ["Dinas Pariwisata", "Dinas Pemuda dan Olahraga"], e2026)).toBeUndefined();
    expect(meantAgency("Dinsosnaker", ["Dinas Sosial dan Tenaga Kerja", "Dinas Tenaga Kerja dan Sosial"], e2026)).toBeUndefined();
    expect(meantAgency("Disxyzabc", listed, e2026)).toBeUndefined();
  });

  it("said in the unknown-agency warning at the cell", () => {
    const r = scored(agencyBook(["Nama", "Jenis"], listed.map((n) => [n, "Dinas"]), ["Disparpora"]));
    expect(r.of("unknown_agency").map((i) => i.text)).toEqual([expect.stringMatching(/^perangkat daerah "Disparpora" tidak ada dalam daftar perangkat daerah; mungkin maksudnya "Dinas Pariwisata, Pemuda dan Olahraga"\?/)]);
  });
});

describe("an innovation read as the listed agency by the region's own name is told", () => {
  it("one info per name typed, at its first cell, counting the others", () => {
    const r = scored(agencyBook(["Nama", "Jenis"], [["Dinas Kesehatan", "Dinas"], ["Dinas Sosial", "Dinas"]], ["Dinas Kesehatan Kabupaten Uji", "Dinas Sosial", "Dinas Kesehatan Kabupaten Uji", "Dinas Kesehatan, Kab. Uji"]));
    expect(r.of("unknown_agency")).toEqual([]);
    expect(r.of("agency_read_as_listed").map((i) => [i.severity, i.sheet, i.cell, i.text])).toEqual([
      ["info", "Inovasi", "B2", '"Dinas Kesehatan Kabupaten Uji" dibaca "Dinas Kesehatan", nama di lembar Perangkat Daerah: keduanya sama bila nama daerah (Kabupaten Uji) diabaikan; begitu pula 1 sel lain dengan nama ini'],
      ["info", "Inovasi", "B5", '"Dinas Kesehatan, Kab. Uji" dibaca "Dinas Kesehatan", nama di lembar Perangkat Daerah: keduanya sama bila nama daerah (Kabupaten Uji) diabaikan'],
    ]);
    expect(scored(agencyBook(["Nama", "Jenis"], [["Dinas Kesehatan", "Dinas"]], ["Dinas Kesehatan Kabupaten Uji"]), "en").of("agency_read_as_listed")[0]!.text).toBe(
      `"Dinas Kesehatan Kabupaten Uji" is read as "Dinas Kesehatan", the name on the Perangkat Daerah sheet: the two are the same once the region's name (Kabupaten Uji) is left aside`,
    );
  });

  it("the list's suffix too; a list number alone is said on the list only", () => {
    const r = scored(agencyBook(["Nama", "Jenis"], [["Dinas Kesehatan Kabupaten Uji", "Dinas"], ["1. Dinas Sosial", "Dinas"]], ["Dinas Kesehatan", "Dinas Sosial"]));
    expect(r.of("agency_read_as_listed").map((i) => [i.cell, i.text])).toEqual([["B2", expect.stringMatching(/^"Dinas Kesehatan" dibaca "Dinas Kesehatan Kabupaten Uji", nama di lembar Perangkat Daerah/)]]);
    expect(r.of("agency_list_number").length).toBe(1);
  });
});

describe("a renamed Perangkat Daerah sheet with reworded headings", () => {
  it("'Daftar OPD' headed 'Nama OPD' / 'Jenis PD' is found and read", () => {
    const r = scored(agencyBook(["No", "Nama OPD", "Jenis PD"], [[1, "Dinas Kesehatan", "Dinas"], [2, "Kecamatan Hulu", "Kecamatan"]], ["Dinas Kesehatan"], "Daftar OPD"));
    expect(r.read.sheets.agencies.grid?.name).toBe("Daftar OPD");
    expect(r.read.input!.agencies.map((a) => a.name)).toEqual(["Dinas Kesehatan", "Kecamatan Hulu"]);
    expect(r.of("unknown_agency")).toEqual([]);
  });

  it("a sheet under any name with 'Nama Perangkat Daerah' / 'Jenis Perangkat Daerah' and agency types is found by its cells", () => {
    const r = scored(agencyBook(["Nama Perangkat Daerah", "Jenis Perangkat Daerah"], [["Dinas Kesehatan", "Dinas"]], ["Dinas Kesehatan"], "Lampiran 2"));
    expect(r.read.sheets.agencies.grid?.name).toBe("Lampiran 2");
    expect(r.read.input!.agencies.map((a) => a.name)).toEqual(["Dinas Kesehatan"]);
  });

  it("reworded headings without agency types under them are not taken for the list", () => {
    const r = scored(agencyBook(["Perangkat Daerah", "Jenis"], [["Dinas Kesehatan", "Digital"]], ["Dinas Kesehatan"], "Lampiran 2"));
    expect(r.read.sheets.agencies.grid).toBeUndefined();
  });
});
