/**
 * The region's rule and years as analysts type them on Pengaturan and Inovasi (audit27 d3, d4; values28): "minimal 1"
 * and "1 (satu) inovasi" were refused and the rule silently dropped (5 agencies not compliant → 0); "Semua OPD" was
 * refused and the rule narrowed to the other types without a word; a year such as "2026/2027" was refused with a bare
 * "bukan bilangan bulat". Each is now read where its number is certain, and otherwise says what holds meanwhile and
 * what to write.
 */
import { describe, expect, it } from "vitest";
import type { CellValue, WorkbookGrids } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { atLeast } from "../src/values.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

function book(settings: Record<string, CellValue>, inovasi: Record<string, CellValue> = {}): WorkbookGrids {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), ...inovasi });
  const set = grids["Pengaturan"]!.cells;
  for (const [k, v] of Object.entries(settings)) set.find((r) => r[0] === k)![1] = v;
  return grids;
}
const MIN = "Wajib Inovasi per Perangkat Daerah";
const TYPES = "Jenis Perangkat Daerah Wajib";
const STAGES = "Tahapan yang Dihitung";

describe("the rule's minimum as a regulation writes it", () => {
  it.each([["minimal 1", 1], ["1 (satu) inovasi", 1], ["Minimal 2 (dua) inovasi", 2], ["min. 1", 1], ["paling sedikit 3 inovasi", 3], ["sekurang-kurangnya 1", 1]])("'%s' is %d, silently", (typed, n) => {
    const r = readWorkbook(book({ [MIN]: typed }));
    expect(r.input!.compliance!.rules[0]!.minCount).toBe(n);
    expect(r.issues.filter((i) => i.sheet === "Pengaturan")).toEqual([]);
  });

  it("a word beside the digit that names another number is not read ('1 (dua)'), nor a prefix without a number", () => {
    expect(atLeast("1 (dua) inovasi")).toBe("1 (dua) inovasi");
    expect(atLeast("minimal")).toBe("minimal");
    expect(atLeast("mingguan 2")).toBe("mingguan 2");
    expect(readWorkbook(book({ [MIN]: "1 (dua)" })).input!.compliance?.rules ?? []).toEqual([]);
  });

  it("the target too: 'minimal 25 inovasi' is 25", () => {
    expect(readWorkbook(book({ "Target Jumlah Inovasi": "minimal 25 inovasi" })).input!.compliance!.targets[0]!.count).toBe(25);
  });

  it("'Ya' stays refused, and says the rule is not checked until fixed and what to write, in both languages", () => {
    const id = readWorkbook(book({ [MIN]: "Ya" }));
    expect(id.input!.compliance?.rules ?? []).toEqual([]);
    expect(id.issues.map((i) => [i.severity, i.code, i.cell, i.text])).toEqual([
      ["error", "not_an_integer", "B7", '"Ya" bukan bilangan bulat; sampai diperbaiki, aturan wajib inovasi per perangkat daerah tidak diperiksa (tidak ada daftar belum patuh); tulis jumlah minimal inovasinya, mis. 1'],
    ]);
    expect(readWorkbook(book({ [MIN]: "Ya" }), { locale: "en" }).issues[0]!.text).toBe(
      '"Ya" is not a whole number; until corrected, the rule of innovations per agency is not checked (no list of non-compliant agencies); write the minimum number of innovations, e.g. 1',
    );
  });
});

describe("a year that is no one year says what to write", () => {
  it("Tahun Penilaian '2026/2027': one year, and the region is not scored until then (which year is not guessed)", () => {
    const r = readWorkbook(book({ "Tahun Penilaian": "2026/2027" }));
    expect(r.input).toBeUndefined();
    expect(r.issues.map((i) => i.text)).toEqual(['"2026/2027" bukan bilangan bulat; tulis satu tahun saja, mis. 2026; sampai diperbaiki daerah ini tidak dinilai']);
    expect(readWorkbook(book({ "Tahun Penilaian": "2026/2027" }), { locale: "en" }).issues[0]!.text).toBe('"2026/2027" is not a whole number; write one year, e.g. 2026; until corrected the region is not scored');
  });

  it("Inovasi Tahun '2024/2025': one year, and the rules count it in the Tahun Penilaian meanwhile", () => {
    const r = readWorkbook(book({}, { Tahun: "2024/2025" }));
    expect(r.input!.innovations[0]!.year).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.text])).toEqual([["not_an_integer", '"2024/2025" bukan bilangan bulat; tulis satu tahun saja, mis. 2026; sampai diperbaiki, aturan dan target daerah menghitung inovasi ini pada Tahun Penilaian']]);
  });
});

describe("the rule's types, stages and forms: 'Semua OPD', and what a refused part leaves", () => {
  it("'Semua OPD, Kecamatan, Kelurahan' is the three types, silently", () => {
    const r = readWorkbook(book({ [MIN]: 1, [TYPES]: "Semua OPD, Kecamatan, Kelurahan" }));
    expect(r.input!.compliance!.rules[0]!.agencyTypes).toEqual(["opd", "kecamatan", "kelurahan"]);
    expect(r.issues).toEqual([]);
  });

  it("'seluruh Dinas' is OPD, said as 'Dinas' is", () => {
    const r = readWorkbook(book({ [MIN]: 1, [TYPES]: "seluruh Dinas" }));
    expect(r.input!.compliance!.rules[0]!.agencyTypes).toEqual(["opd"]);
    expect(r.issues.map((i) => i.code)).toEqual(["rule_types_widened"]);
  });

  it("a refused type says the types the rule keeps meanwhile; with none read, the default ones (a blank cell's)", () => {
    const kept = readWorkbook(book({ [MIN]: 1, [TYPES]: "Kecamatan, Kelurahan, Semua SKPD" }));
    expect(kept.input!.compliance!.rules[0]!.agencyTypes).toEqual(["kecamatan", "kelurahan"]);
    expect(kept.issues.map((i) => i.text)).toEqual([expect.stringMatching(/^isian "Semua SKPD" tidak dikenal .*; sampai diperbaiki, aturan memakai "Kecamatan", "Kelurahan" saja$/)]);
    const none = readWorkbook(book({ [MIN]: 1, [TYPES]: "Seluruh Perangkat Daerah" }), { locale: "en" });
    expect(none.input!.compliance!.rules[0]!.agencyTypes).toEqual(["opd", "kecamatan", "kelurahan"]);
    expect(none.issues[0]!.text).toMatch(/; until corrected, the rule uses "OPD", "Kecamatan", "Kelurahan" only$/);
  });

  it("a refused stage says the stages kept, or that the row does not narrow the rule", () => {
    const kept = readWorkbook(book({ [MIN]: 1, [STAGES]: "Uji Coba, Replikasi" }));
    expect(kept.input!.compliance!.rules[0]!.countedStages).toEqual(["uji_coba"]);
    expect(kept.issues[0]!.text).toMatch(/; sampai diperbaiki, aturan memakai "Uji Coba" saja$/);
    const none = readWorkbook(book({ [MIN]: 1, [STAGES]: "Semua tahapan" }));
    expect(none.input!.compliance!.rules[0]!.countedStages).toBeUndefined();
    expect(none.issues[0]!.text).toMatch(/; sampai diperbaiki, aturan tidak dibatasi oleh "Tahapan yang Dihitung"$/);
  });

  it("without a rule (a target only) a refused type says nothing of a rule", () => {
    const r = readWorkbook(book({ "Target Jumlah Inovasi": 10, [TYPES]: "Semua SKPD" }));
    expect(r.issues.find((i) => i.code === "unknown_label")!.text).not.toContain("sampai diperbaiki");
  });
});
