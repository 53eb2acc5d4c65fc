/**
 * The Bahasa template typed in English (audit38, an English-speaking adviser): agency types and Tingkat in English were
 * unknown (each agency read as Lainnya and out of a rule on OPD; "Regency" stopped the run).
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import type { CellValue, WorkbookGrids } from "../src/index.js";
import { AGENCY_TYPE_OPTIONS, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

/** A region with the rule "every OPD and kecamatan at least 1", these agencies, one innovation by the first. */
function book(agencies: [string, CellValue][], settings: Record<string, CellValue> = {}): WorkbookGrids {
  const grids = templateAsGrids();
  grids["Perangkat Daerah"]!.cells.splice(1, Infinity, ...agencies);
  const set = grids["Pengaturan"]!.cells;
  set.find((x) => x[0] === "Wajib Inovasi per Perangkat Daerah")![1] = 1;
  set.find((x) => x[0] === "Jenis Perangkat Daerah Wajib")![1] = "OPD; Kecamatan";
  for (const [k, v] of Object.entries(settings)) set.find((x) => x[0] === k)![1] = v;
  addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", agencies[0]![0], "Kesehatan"));
  return grids;
}

describe("agency types in English (audit38 #2)", () => {
  it("'Department', 'Agency', 'Office', 'Sub-district', 'Village', 'Health Centre' are the types they name, and the rule holds them to it", () => {
    const agencies: [string, CellValue][] = [["Dinas Kesehatan", "Department"], ["Bappeda", "Agency"], ["Kantor Kesbangpol", "Office"], ["Kecamatan Hulu", "Sub-district"], ["Desa Makmur", "Village"], ["Puskesmas Hulu", "Health Centre"], ["Kelurahan Hilir", "Urban village"]];
    const read = readWorkbook(book(agencies), { locale: "en" });
    expect(read.input!.agencies!.map((a) => a.type)).toEqual(["opd", "opd", "opd", "kecamatan", "desa", "puskesmas", "kelurahan"]);
    expect(read.issues.filter((i) => i.sheet === "Perangkat Daerah")).toEqual([]);
    // the agencies of the rule's types without an innovation are found short (as "Lainnya" they were left out)
    const result = scoreRegion(read.input!, read.edition);
    expect(result.compliance.rules[0]!.agencies.filter((a) => !a.complies).map((a) => a.agency)).toEqual(["Bappeda", "Kantor Kesbangpol", "Kecamatan Hulu"]);
  });

  it("the template's Jenis list stays in Bahasa", () => {
    expect(AGENCY_TYPE_OPTIONS).toContain("Dinas");
    expect(AGENCY_TYPE_OPTIONS).not.toContain("Department");
  });

  it("a type not known is said at its cell, naming the types in Bahasa and, in English, their English names", () => {
    const grids = book([["Dinas Kesehatan", "Dinas"], ["Direktorat X", "Directorate"]]);
    const en = readWorkbook(grids, { locale: "en" }).issues.filter((i) => i.code === "unknown_agency_type");
    expect(en.map((i) => [i.severity, i.cell])).toEqual([["error", "B3"]]);
    expect(en[0]!.text).toContain(`type "Directorate" is not known; valid: "OPD", "Dinas",`);
    expect(en[0]!.text).toContain(`"Lainnya", or in English "Department", "Agency", "Office", "Sub-district", "Urban Village", "Village", "Hospital", "Health Centre", "Technical Unit", "School", "Regional Enterprise", "Other"; until it is fixed, "Direktorat X" is read as type "Lainnya"`);
    const id = readWorkbook(grids).issues.find((i) => i.code === "unknown_agency_type")!.text;
    expect(id).not.toContain("Department");
  });
});

describe("Tingkat in English (audit38 #2)", () => {
  it.each([["Regency", "kabupaten"], ["City", "kota"], ["Province", "provinsi"], ["regency", "kabupaten"]])("'%s' is %s", (v, level) => {
    const read = readWorkbook(book([["Dinas Kesehatan", "Dinas"]], { "Nama Daerah": "Lembah Hijau", Tingkat: v }), { locale: "en" });
    expect(read.input?.region.level).toBe(level);
    expect(read.issues.filter((i) => i.sheet === "Pengaturan" && i.severity !== "info")).toEqual([]);
  });

  it("'District' is asked (a kabupaten or a kota in donors' English), naming the English words read", () => {
    const read = readWorkbook(book([["Dinas Kesehatan", "Dinas"]], { "Nama Daerah": "Lembah Hijau", Tingkat: "District" }), { locale: "en" });
    expect(read.input).toBeUndefined();
    expect(read.issues.find((i) => i.field === "Tingkat")!.text).toContain(`"Provinsi", "Kabupaten", "Kota", or in English "Province", "Regency", "City"`);
  });
});

describe("text dates read day first (audit38 #4)", () => {
  /** Innovations with these Tanggal Uji Coba and Tanggal Penerapan typed as text. */
  function dates(rows: [trial: CellValue, implemented: CellValue][], locale: "id" | "en" = "en") {
    const grids = book([["Dinas Kesehatan", "Dinas"]]);
    const g = grids["Inovasi"]!;
    rows.forEach(([trial, implemented], k) => addRow(g, { ...fullInnovation(e2026, `Inovasi ${k}`, "Dinas Kesehatan", "Kesehatan"), "Tanggal Uji Coba": trial, "Tanggal Penerapan": implemented }));
    const col = (h: string) => String.fromCharCode(65 + g.cells[0]!.indexOf(h));
    return { read: readWorkbook(grids, { locale }), trial: col("Tanggal Uji Coba"), implemented: col("Tanggal Penerapan") };
  }

  it("'12/31/2024' says it was read day first, as day 12 of month 31, and what to write for 31 December", () => {
    const { read, trial } = dates([["12/31/2024", "2025-02-01"]]);
    const e = read.issues.find((i) => i.code === "not_a_date")!;
    expect(e.cell).toBe(`${trial}3`);
    expect(e.text).toBe(`"12/31/2024" is not a date (valid: 2024-03-01, 01/03/2024 or 1 March 2024); a date with slashes is read day first (DD/MM/YYYY): day 12 of month 31, and there is no month 31; if 31 December 2024 is meant, write 31/12/2024 or 2024-12-31; until it is corrected, eligibility is judged by "Tanggal Penerapan"`);
    expect(dates([["12/31/2024", "2025-02-01"]], "id").read.issues.find((i) => i.code === "not_a_date")!.text).toContain(`; tanggal bergaris miring dibaca hari dulu (HH/BB/TTTT): hari 12 bulan 31, padahal tidak ada bulan 31; bila yang dimaksud 31 Desember 2024, tulis 31/12/2024 atau 2024-12-31`);
    // neither order a date: the rule alone
    expect(dates([["31/31/2024", "2025-02-01"]]).read.issues.find((i) => i.code === "not_a_date")!.text).toContain(`; a date with slashes is read day first (DD/MM/YYYY): day 31 of month 31;`);
  });

  it("'03/11/2025' is 3 November, warned where another text date on the sheet is month first, with the other reading", () => {
    const { read, implemented } = dates([["12/31/2024", "03/11/2025"], [null, "05/05/2025"], [null, "2025-03-11"]]);
    expect(read.input!.innovations.slice(1).map((x) => x.implementationDate)).toEqual(["2025-11-03", "2025-05-05", "2025-03-11"]);
    const w = read.issues.filter((i) => i.code === "date_day_first");
    expect(w.map((i) => [i.severity, i.cell])).toEqual([["warning", `${implemented}3`]]);
    expect(w[0]!.text).toBe(`"03/11/2025" is read day first (DD/MM/YYYY) as 3 November 2025, but another date on this sheet is written month first ("12/31/2024" at ${String.fromCharCode(implemented.charCodeAt(0) - 1)}3); if 11 March 2025 is meant, write 2025-03-11`);
    expect(dates([["12/31/2024", "03/11/2025"]], "id").read.issues.find((i) => i.code === "date_day_first")!.text).toContain(`"03/11/2025" dibaca hari dulu (HH/BB/TTTT) sebagai 3 November 2025, tetapi tanggal lain di lembar ini ditulis bulan dulu`);
    // a sheet whose text dates are all day first is said nothing of
    expect(dates([["15/10/2024", "03/11/2025"]]).read.issues.filter((i) => i.code === "date_day_first" || i.code === "not_a_date")).toEqual([]);
  });
});
