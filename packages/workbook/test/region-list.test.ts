/** A province's list of kab/kota as provinces keep it: one a line, a numbered table, a heading row, a level column. */
import { describe, expect, it } from "vitest";
import { recapExpectedNotes, regionList, regionListTextRows } from "@inovasi/workbook";

const lines = (...xs: string[][]) => xs.map((cells, k) => ({ at: `daftar.txt baris ${k + 1}`, cells }));
const sheet = (...xs: unknown[][]) => xs.map((cells, r) => ({ at: `Daftar!A${r + 1}`, cellAt: (c: number) => `Daftar!${"ABC"[c]}${r + 1}`, cells }));
const names = (l: ReturnType<typeof regionList>) => l.regions.map((r) => [r.name, r.level, r.at]);

describe("regionList", () => {
  it("one a line; the level from the name's first word; comments, blank lines and numbering skipped", () => {
    const l = regionList(lines(["# Provinsi Contoh"], ["Kab. Bukit"], [""], ["2. Kota Batu"], ["Pemkab Danau"]), "daftar.txt");
    expect(l.problems).toEqual([]);
    expect(names(l)).toEqual([["Kab. Bukit", "kabupaten", "daftar.txt baris 2"], ["Kota Batu", "kota", "daftar.txt baris 4"], ["Pemkab Danau", "kabupaten", "daftar.txt baris 5"]]);
  });

  it("a province's table: a No column passed over, the names and levels where the headings say, each named by its cell", () => {
    const numbered = regionList(sheet([1, "Kabupaten Bukit"], [2, "Kota Batu"]), "daftar.xlsx");
    expect(names(numbered)).toEqual([["Kabupaten Bukit", "kabupaten", "Daftar!B1"], ["Kota Batu", "kota", "Daftar!B2"]]);
    const headed = regionList(sheet(["No", "Kabupaten/Kota", "Tingkat"], [1, "Bukit", "Kabupaten"], [2, "Kotabaru", "Kab."]), "daftar.xlsx");
    expect(names(headed)).toEqual([["Bukit", "kabupaten", "Daftar!B2"], ["Kotabaru", "kabupaten", "Daftar!B3"]]);
    const byLevel = regionList(sheet(["Peserta Lomba", "Tingkat"], ["Danau", "Kota"]), "daftar.xlsx");
    expect(names(byLevel)).toEqual([["Danau", "kota", "Daftar!A2"]]);
  });

  it("a title above the heading row and a heading repeated further down are not regions", () => {
    const l = regionList(sheet(["Provinsi Contoh"], ["Kabupaten/Kota"], ["Kabupaten Bukit Contoh"], ["Kabupaten/Kota"], ["Kota Baru Contoh"]), "daftar.xlsx");
    expect(l.problems).toEqual([]);
    expect(names(l)).toEqual([["Kabupaten Bukit Contoh", "kabupaten", "Daftar!A3"], ["Kota Baru Contoh", "kota", "Daftar!A5"]]);
    const titled = regionList(sheet(["Daftar Kabupaten/Kota Provinsi Contoh 2026"], ["No", "Daerah", "Tingkat"], [1, "Bukit", "Kabupaten"]), "daftar.xlsx");
    expect(names(titled)).toEqual([["Bukit", "kabupaten", "Daftar!B3"]]);
  });

  it("a row it cannot use is named, with what to write; an empty list says so", () => {
    const l = regionList(sheet(["No", "Daerah", "Tingkat"], [1, "Bukit", ""], [2, "Baru", "Kotamadya"]), "daftar.xlsx");
    expect(l.problems).toEqual([
      'Daftar!B2: "Bukit" — tingkatnya tidak diketahui; tulis "Kabupaten Bukit" atau "Kota Bukit", atau isi kolom Tingkat di sebelah nama',
      'Daftar!C3: tingkat "Kotamadya" tidak dikenal; pilihan yang sah: "Kabupaten", "Kota", "Provinsi"',
    ]);
    expect(regionList(lines(["# kosong"]), "--regions daftar.txt", "en").problems).toEqual(['--regions daftar.txt: the list of regions is empty; write one region a line, e.g. "Kabupaten Bukit Contoh"']);
  });

  it("reads a text list as Notepad and Excel save it: a byte-order mark, CRLF, a quoted CSV cell", () => {
    const rows = regionListTextRows('\uFEFFNo;"Kabupaten/Kota"\r\n1;"Kab. Bukit"\r\n2;Kota Batu\r\n', "daftar.csv");
    expect(names(regionList(rows, "daftar.csv"))).toEqual([["Kab. Bukit", "kabupaten", { id: "daftar.csv baris 2", en: "daftar.csv line 2" }], ["Kota Batu", "kota", { id: "daftar.csv baris 3", en: "daftar.csv line 3" }]]);
  });

  it("names a text list's line in the language of each text, whatever language it was read in", () => {
    // read during an English run, named in a Bahasa note (the Rekap sheet) and an English one (the terminal)
    const rows = regionListTextRows("Kota Batu\nBukit\nKota Batu", "list.txt", "en");
    expect(rows[0]!.at).toEqual({ id: "list.txt baris 1", en: "list.txt line 1" });
    expect(regionList(rows, "list.txt", "id").problems).toEqual([
      'list.txt baris 2: "Bukit" — tingkatnya tidak diketahui; tulis "Kabupaten Bukit" atau "Kota Bukit", atau isi kolom Tingkat di sebelah nama',
      'list.txt baris 3: "Kota Batu" adalah daerah yang sama dengan list.txt baris 1 ("Kota Batu"); tulis sekali saja',
    ]);
    expect(regionList(rows, "list.txt", "en").problems[1]).toBe('list.txt line 3: "Kota Batu" is the same region as list.txt line 1 ("Kota Batu"); write it once');
    const missing = [{ name: "Kota Batu", level: "kota" as const, at: rows[0]!.at, otherYears: [] }];
    const expected = { year: 2026, listed: 1, missing, notListed: [] };
    expect(recapExpectedNotes(expected, "id")[1]).toBe("· Kota Batu (list.txt baris 1)");
    expect(recapExpectedNotes(expected, "en")[1]).toBe("· Kota Batu (list.txt line 1)");
  });

  it("the level a name says is core's levelInName: a bare \"Kota …\" is a kota, but \"Kota Baru\" (Kotabaru, a kabupaten) is asked (prov22)", () => {
    const l = regionList(lines(["Kota Malang"], ["Kota Baru"], ["Kota Waringin Timur"], ["Kotabaru"], ["Propinsi Contoh"]), "daftar.txt");
    expect(names(l)).toEqual([["Kota Malang", "kota", "daftar.txt baris 1"], ["Propinsi Contoh", "provinsi", "daftar.txt baris 5"]]);
    expect(l.problems).toEqual([
      'daftar.txt baris 2: "Kota Baru" — tingkatnya tidak diketahui; tulis "Kabupaten Kota Baru" atau "Kota Kota Baru", atau isi kolom Tingkat di sebelah nama',
      'daftar.txt baris 3: "Kota Waringin Timur" — tingkatnya tidak diketahui; tulis "Kabupaten Kota Waringin Timur" atau "Kota Kota Waringin Timur", atau isi kolom Tingkat di sebelah nama',
      'daftar.txt baris 4: "Kotabaru" — tingkatnya tidak diketahui; tulis "Kabupaten Kotabaru" atau "Kota Kotabaru", atau isi kolom Tingkat di sebelah nama',
    ]);
    // with a Tingkat column the name decides nothing
    expect(names(regionList(sheet(["Daerah", "Tingkat"], ["Kota Baru", "Kabupaten"]), "daftar.xlsx"))).toEqual([["Kota Baru", "kabupaten", "Daftar!A2"]]);
  });
});
