/**
 * Agency names as lists write them (audit27 d6, d7). A Perangkat Daerah list numbered ("1. Dinas Kesehatan") gave
 * every innovation an unknown agency and every agency 0 innovations; one with the region appended ("Dinas Kesehatan
 * Kabupaten Uji") the same. Abbreviations the urusan aliases know ("Disdukcapil", "PUPR") and a listed name inside a
 * longer one ("UPTD Puskesmas Hulu") got no "mungkin maksudnya …", and the warning never said what it costs.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { type WorkbookGrids, locateIssues, readWorkbook } from "../src/index.js";
import { listNumber, meantAgency, withoutRegion } from "../src/agency-names.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

/** The template (Kabupaten Uji) with `listed` on Perangkat Daerah, one innovation per name in `named`, and a rule (1 each) unless `rule` is false. */
function book(listed: [string, string][], named: string[], rule = true): WorkbookGrids {
  const grids = templateAsGrids();
  const set = grids["Pengaturan"]!.cells;
  if (rule) {
    const row = set.find((r) => r[0] === "Wajib Inovasi per Perangkat Daerah");
    if (row) row[1] = 1;
    else set.push(["Wajib Inovasi per Perangkat Daerah", 1]);
  }
  const ag = grids["Perangkat Daerah"]!.cells;
  ag.splice(1, ag.length - 1, ...listed);
  named.forEach((agency, k) => addRow(grids["Inovasi"]!, fullInnovation(e2026, `Inovasi ${k + 1}`, agency, "Kesehatan")));
  spdAtTier2(grids);
  return grids;
}

function scored(grids: WorkbookGrids) {
  const read = readWorkbook(grids);
  const result = scoreRegion(read.input!, e2026);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source, "id", { result, edition: e2026 })];
  return { read, result, issues, of: (code: string) => issues.filter((i) => i.code === code) };
}

const LIST: [string, string][] = [["Dinas Kesehatan", "Dinas"], ["Dinas Sosial", "Dinas"], ["Kecamatan Hulu", "Kecamatan"]];
const NAMES = LIST.map(([n]) => n);

describe("a numbered agency list (audit27 d6)", () => {
  it("reads each name without its number, says so at the cell, and the innovations count for their agencies", () => {
    const r = scored(book([["1. Dinas Kesehatan", "Dinas"], ["2) Dinas Sosial", "Dinas"], ["03 - Kecamatan Hulu", "Kecamatan"]], NAMES));
    expect(r.of("unknown_agency")).toEqual([]);
    expect(r.result.compliance.rules[0]!.nonCompliant).toBe(0);
    expect(r.result.compliance.rules[0]!.agencies.map((a) => a.agency)).toEqual(NAMES);
    expect(r.of("agency_list_number").map((i) => [i.severity, i.message])).toEqual([
      ["info", `'Perangkat Daerah'!A2: nomor urut "1." di depan "1. Dinas Kesehatan" bukan bagian nama perangkat daerah; dibaca "Dinas Kesehatan", nama yang dicocokkan dengan lembar Inovasi`],
      ["info", `'Perangkat Daerah'!A3: nomor urut "2)" di depan "2) Dinas Sosial" bukan bagian nama perangkat daerah; dibaca "Dinas Sosial", nama yang dicocokkan dengan lembar Inovasi`],
      ["info", `'Perangkat Daerah'!A4: nomor urut "03 -" di depan "03 - Kecamatan Hulu" bukan bagian nama perangkat daerah; dibaca "Kecamatan Hulu", nama yang dicocokkan dengan lembar Inovasi`],
    ]);
  });

  it("an Inovasi sheet naming agencies from the numbered list (its drop-down) matches them too", () => {
    const r = scored(book([["1. Dinas Kesehatan", "Dinas"], ["2. Dinas Sosial", "Dinas"], ["3. Kecamatan Hulu", "Kecamatan"]], ["1. Dinas Kesehatan", "2. Dinas Sosial", "Kecamatan Hulu"]));
    expect(r.of("unknown_agency")).toEqual([]);
    expect(r.result.compliance.rules[0]!.nonCompliant).toBe(0);
  });

  it("a number is a list number only before a name, with a stop, a bracket or a dash", () => {
    expect(listNumber("1. Dinas Kesehatan")).toEqual({ number: "1.", name: "Dinas Kesehatan" });
    expect(listNumber("12.Dinas Sosial")).toEqual({ number: "12.", name: "Dinas Sosial" });
    expect(listNumber("01 - Kecamatan Hulu")).toEqual({ number: "01 -", name: "Kecamatan Hulu" });
    for (const name of ["SMP Negeri 1", "Puskesmas Hulu II", "1.5 Dinas", "2024", "1 Dinas Kesehatan", "1.", "1-2 Dinas"]) expect(listNumber(name), name).toBeUndefined();
  });
});

describe("agency names with the region's own name (audit27 d6)", () => {
  it("a list naming the region after each agency is matched by the Inovasi sheet's plain names; the list's names stay", () => {
    const listed: [string, string][] = [["Dinas Kesehatan Kabupaten Uji", "Dinas"], ["Dinas Sosial, Kab. Uji", "Dinas"], ["Kecamatan Hulu", "Kecamatan"]];
    const r = scored(book(listed, NAMES));
    expect(r.of("unknown_agency")).toEqual([]);
    expect(r.result.compliance.rules[0]!.nonCompliant).toBe(0);
    expect(r.result.compliance.rules[0]!.agencies.map((a) => a.agency)).toEqual(listed.map(([n]) => n));
  });

  it("an innovation naming the region after a listed agency is that agency; another region's name is only asked", () => {
    const r = scored(book(LIST, ["Dinas Kesehatan Kabupaten Uji", "Dinas Sosial Kabupaten Lain", "Kecamatan Hulu"]));
    expect(r.of("unknown_agency").map((i) => i.message)).toEqual([
      expect.stringMatching(/^Inovasi!B3: perangkat daerah "Dinas Sosial Kabupaten Lain" tidak ada dalam daftar perangkat daerah; mungkin maksudnya "Dinas Sosial"\? Sampai diperbaiki, inovasi ini tidak dihitung untuk "Dinas Sosial" dalam aturan wajib inovasi\. Yang terdaftar: /),
    ]);
    expect(r.result.compliance.rules[0]!.agencies.filter((a) => !a.complies).map((a) => a.agency)).toEqual(["Dinas Sosial"]);
  });

  it("a row left out for an error still names its agency's shortfall under the listed name", () => {
    const grids = book([["Dinas Kesehatan Kabupaten Uji", "Dinas"], ["Dinas Sosial", "Dinas"]], ["Dinas Sosial", "Dinas Kesehatan"]);
    const inv = grids["Inovasi"]!.cells;
    inv[inv.length - 1]![inv[0]!.indexOf("Tahapan")] = null;
    const r = scored(grids);
    expect(r.of("compliance_rule_not_met").map((i) => i.message)).toEqual([
      expect.stringMatching(/^'Perangkat Daerah'!A2: Dinas Kesehatan Kabupaten Uji memiliki 0 inovasi .* — 1 baris inovasinya tidak dihitung karena ada kesalahan \(Inovasi!\w+3\)/),
    ]);
  });

  it("two listed agencies alike without the region: the innovation is not matched to either", () => {
    const r = scored(book([["Dinas Kesehatan", "Dinas"], ["Dinas Kesehatan Kabupaten Uji", "Dinas"]], ["Dinas Kesehatan Kab. Uji"]));
    expect(r.of("unknown_agency").map((i) => i.issue?.params.given)).toEqual(["Dinas Kesehatan Kab. Uji"]);
  });

  it("only the region's own name at its own level is taken off", () => {
    const uji = { name: "Kabupaten Sungai Contoh", level: "kabupaten" } as const;
    expect(withoutRegion("Dinas Kesehatan Kabupaten Sungai Contoh", uji)).toBe("Dinas Kesehatan");
    expect(withoutRegion("Dinas Kesehatan - Kab. Sungai Contoh", uji)).toBe("Dinas Kesehatan");
    expect(withoutRegion("Dinas Kesehatan Pemerintah Kabupaten Sungai Contoh", uji)).toBe("Dinas Kesehatan");
    expect(withoutRegion("Dinas Kesehatan Sungai Contoh", uji)).toBe("Dinas Kesehatan Sungai Contoh"); // no level: a place may be named so
    expect(withoutRegion("Dinas Kesehatan Kota Sungai Contoh", uji)).toBe("Dinas Kesehatan Kota Sungai Contoh"); // another region
    expect(withoutRegion("Kecamatan Kota Sumenep", { name: "Sumenep", level: "kabupaten" })).toBe("Kecamatan Kota Sumenep");
    expect(withoutRegion("Kecamatan Kota Kediri", { name: "Kota Kediri", level: "kota" })).toBe("Kecamatan Kota Kediri");
  });
});

describe("an unknown agency typed short (audit27 d7)", () => {
  const listed: [string, string][] = [
    ["Dinas Kesehatan", "Dinas"],
    ["Dinas Kependudukan dan Pencatatan Sipil", "Dinas"],
    ["Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas"],
    ["Dinas Pendidikan dan Kebudayaan", "Dinas"],
    ["Puskesmas Hulu", "Lainnya"],
  ];

  it("is asked about the one listed agency it most likely means, and told what it costs", () => {
    const r = scored(book(listed, ["Disdukcapil", "PUPR", "UPTD Puskesmas Hulu", "Disdik", "Dinas Kesehatan dan KB", "Dinas Kesehatan Kabupaten Lain"]));
    const meant = r.of("unknown_agency").map((i) => [i.issue?.params.given, /mungkin maksudnya "([^"]+)"\? Sampai diperbaiki, inovasi ini tidak dihitung untuk "\1" dalam aturan wajib inovasi\./.exec(i.message)?.[1]]);
    expect(meant).toEqual([
      ["Disdukcapil", "Dinas Kependudukan dan Pencatatan Sipil"],
      ["PUPR", "Dinas Pekerjaan Umum dan Penataan Ruang"],
      ["UPTD Puskesmas Hulu", "Puskesmas Hulu"],
      ["Disdik", "Dinas Pendidikan dan Kebudayaan"],
      ["Dinas Kesehatan dan KB", undefined], // another agency's name may follow "dan"
      ["Dinas Kesehatan Kabupaten Lain", "Dinas Kesehatan"],
    ]);
  });

  it("none where two listed agencies fit alike, or the words around a listed name make another agency", () => {
    const pendidikan = ["Dinas Pendidikan", "Dinas Pendidikan dan Kebudayaan"];
    expect(meantAgency("Disdik", pendidikan, e2026)).toBeUndefined();
    const hulu = ["Kecamatan Hulu", "Puskesmas Hulu", "Dinas Pendidikan"];
    expect(meantAgency("Unit Pelaksana Teknis Daerah Puskesmas Hulu", hulu, e2026)).toBe("Puskesmas Hulu");
    for (const typed of ["UPTD Puskesmas Kecamatan Hulu", "UPT Dinas Pendidikan Kecamatan Hulu", "Puskesmas Hulu Baru", "Pustu Puskesmas Hulu"]) expect(meantAgency(typed, hulu, e2026), typed).toBeUndefined();
  });

  it("a region without an innovation rule is not told of one", () => {
    const r = scored(book(listed, ["PUPR"], false));
    expect(r.result.compliance.rules).toEqual([]);
    expect(r.of("unknown_agency").map((i) => i.message)).toEqual([
      expect.stringMatching(/mungkin maksudnya "Dinas Pekerjaan Umum dan Penataan Ruang"\? Sampai diperbaiki, inovasi ini tidak dihitung untuk "Dinas Pekerjaan Umum dan Penataan Ruang"\. Yang terdaftar/),
    ]);
  });
});
