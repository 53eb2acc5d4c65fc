/**
 * What analysts type that audit36 found (read36): a real date in the Tahun column (Excel shows 11/03/2026) was refused
 * as `"2026-03-11" bukan bilangan bulat` — an error in a form the analyst never sees — on 106 rows of one workbook.
 */
import { describe, expect, it } from "vitest";
import type { CellValue, WorkbookGrids } from "../src/index.js";
import { formatColumns, readWorkbook } from "../src/index.js";
import { dateAsShown } from "../src/date-shown.js";
import { addRow, e2026, fullInnovation, scored, templateAsGrids } from "./helpers.js";

/** The template with one innovation whose Tahun is `year` (number format `fmt`); Tahun Penilaian `assessed`. */
function book(year: CellValue, fmt?: string, assessed?: CellValue): WorkbookGrids {
  const grids = templateAsGrids();
  const g = grids["Inovasi"]!;
  const r = addRow(g, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), Tahun: year });
  if (fmt) ((g.formats ??= [])[r] ??= [])[g.cells[0]!.indexOf("Tahun")] = fmt;
  if (assessed !== undefined) grids["Pengaturan"]!.cells.find((x) => x[0] === "Tahun Penilaian")![1] = assessed;
  return grids;
}
const at = (grids: WorkbookGrids) => `${String.fromCharCode(65 + grids["Inovasi"]!.cells[0]!.indexOf("Tahun"))}2`;

describe("a date in the Tahun column is read as its year, said as the cell shows it (audit36)", () => {
  it("a date cell under dd/mm/yyyy (both hosts: its ISO date and its format): 2026, a warning quoting 11/03/2026", () => {
    const grids = book("2026-03-11", "dd/mm/yyyy");
    const r = readWorkbook(grids);
    expect(r.input!.innovations[0]!.year).toBe(2026);
    expect(r.issues.map((i) => [i.severity, i.code, i.cell, i.text])).toEqual([
      ["warning", "year_from_date", at(grids), 'tanggal 11/03/2026 dibaca sebagai tahun 2026; "Tahun" berisi tahun saja: tulis 2026'],
    ]);
    expect(r.issues[0]!.given).toBe("11/03/2026");
    expect(readWorkbook(grids, { locale: "en" }).issues[0]!.text).toBe('the date 11/03/2026 is read as the year 2026; "Tahun" holds a year alone: write 2026');
  });

  it("as its format shows it: 'd mmmm yyyy' in the messages' language, '[$-421]' in Bahasa whatever the language", () => {
    expect(readWorkbook(book("2026-03-11", "d mmmm yyyy")).issues[0]!.given).toBe("11 Maret 2026");
    expect(readWorkbook(book("2026-03-11", "d mmmm yyyy"), { locale: "en" }).issues[0]!.given).toBe("11 March 2026");
    expect(readWorkbook(book("2026-03-11", "[$-421]dd mmmm yyyy"), { locale: "en" }).issues[0]!.given).toBe("11 Maret 2026");
    expect(dateAsShown("2026-08-05", "d-mmm-yy", "id")).toBe("5-Agu-26");
    expect(dateAsShown("2026-08-05", 'yyyy"年"m"月"d"日"', "en")).toBe("2026年8月5日");
    // a format with a time is not rendered here: the date as the messages write it (a weekday is: trust37's test)
    expect(dateAsShown("2026-08-05", "dd/mm/yyyy hh:mm", "id")).toBeUndefined();
    expect(readWorkbook(book("2026-03-11", "dd/mm/yyyy hh:mm")).issues[0]!.given).toBe("11 Maret 2026");
  });

  it("an ISO date without a format (a host that gave none): the date as the messages write it, not 2026-03-11", () => {
    expect(readWorkbook(book("2026-03-11")).issues.map((i) => i.text)).toEqual(['tanggal 11 Maret 2026 dibaca sebagai tahun 2026; "Tahun" berisi tahun saja: tulis 2026']);
  });

  it("a date typed as text is quoted as typed", () => {
    const r = readWorkbook(book("11/03/2026"));
    expect(r.input!.innovations[0]!.year).toBe(2026);
    expect(r.issues.map((i) => i.text)).toEqual(['tanggal "11/03/2026" dibaca sebagai tahun 2026; "Tahun" berisi tahun saja: tulis 2026']);
  });

  it("a serial under a date format (a host that left it a number) is the date too; 2026 in a date-formatted cell is the year", () => {
    expect(readWorkbook(book(46092, "dd/mm/yyyy")).issues.map((i) => [i.code, i.given])).toEqual([["year_from_date", "11/03/2026"]]);
    const typed = readWorkbook(book(2026, "dd/mm/yyyy"));
    expect([typed.input!.innovations[0]!.year, typed.issues]).toEqual([2026, []]);
  });

  it("what is no date nor year stays refused as before", () => {
    expect(readWorkbook(book("2024/2025")).issues.map((i) => i.code)).toEqual(["not_an_integer"]);
  });

  it("Tahun Penilaian: a date there is its year too (the region is scored), said at its cell", () => {
    const r = readWorkbook(book(2026, undefined, "2026-01-02"));
    expect(r.input!.region.year).toBe(2026);
    expect(r.issues.map((i) => [i.sheet, i.code, i.text])).toEqual([["Pengaturan", "year_from_date", 'tanggal 2 Januari 2026 dibaca sebagai tahun 2026; "Tahun Penilaian" berisi tahun saja: tulis 2026']]);
  });

  it("the Tahun column's formats are asked of the host (the add-in loads formats only where the reader needs them)", () => {
    const header = templateAsGrids()["Inovasi"]!.cells[0]!;
    expect(formatColumns(header)).toContain(header.indexOf("Tahun"));
  });
});

describe("a bare 1 in a share of 0–100 % is asked as 0,95 is (audit36: a pasted 100 % read as 1 %, tier 1, silently)", () => {
  const sid14 = e2026.indicators.find((i) => i.id === "SID-14")!;
  const head = `${sid14.number}. ${sid14.name.id}`;
  const one = (v: CellValue, fmt?: string, locale: "id" | "en" = "id") => {
    const grids = templateAsGrids();
    const g = grids["Inovasi"]!;
    const r = addRow(g, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), [head]: v });
    if (fmt) ((g.formats ??= [])[r] ??= [])[g.cells[0]!.indexOf(head)] = fmt;
    const read = readWorkbook(grids, { locale });
    return { value: read.input!.innovations[0]!.answers["SID-14"]!.value, said: read.issues.filter((i) => i.field === head).map((i) => [i.code, i.severity, i.text]) };
  };

  it("1 is read as typed (1 %, tier 1) and the warning says so, and what to write for 100 %, in both languages", () => {
    expect(one(1)).toEqual({ value: 1, said: [["percent_as_fraction", "warning", "nilai 1 dibaca sebagai 1 % (tingkat 1); bila maksudnya 100 % (tingkat 3), tulis 100 atau format sel sebagai persen"]] });
    expect(one(1, undefined, "en").said[0]![2]).toBe("the value 1 is read as 1 % (tier 1); if 100 % (tier 3) is meant, write 100 or format the cell as a percentage");
    expect(one("1").said.map((x) => x[2])).toEqual(['"1" dibaca sebagai 1 % (tingkat 1); bila maksudnya 100 % (tingkat 3), tulis 100 atau format sel sebagai persen']);
  });

  it("1 under a percent format is the 100 % shown, 1 % typed with its sign is 1 %, 37 is 37 %: nothing asked", () => {
    expect(one(1, "0%")).toEqual({ value: 100, said: [] });
    expect(one("1 %").said).toEqual([]);
    expect(one("1%").said).toEqual([]);
    expect(one(37).said).toEqual([]);
  });
});

describe("an agency typed short gets its 'mungkin maksudnya' where the list names agencies with the region's name (audit36)", () => {
  /** Kabupaten Sungai Contoh, its list written with `suffix` after three names, one innovation per typed agency. */
  const meant = (suffix: string, typed: string[]) => {
    const grids = templateAsGrids();
    grids["Pengaturan"]!.cells.find((x) => x[0] === "Nama Daerah")![1] = "Kabupaten Sungai Contoh";
    const listed = ["Dinas Kesehatan", "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Sosial", "Dinas Pekerjaan Umum dan Penataan Ruang"];
    grids["Perangkat Daerah"]!.cells.splice(1, Infinity, ...listed.map((n, k) => [k === 2 ? n : n + suffix, "Dinas"]));
    for (const a of typed) addRow(grids["Inovasi"]!, fullInnovation(e2026, `Si ${a}`, a, "Kesehatan"));
    return scored(grids).of("unknown_agency").map((i) => [i.given, /mungkin maksudnya "([^"]+)"/.exec(i.text)?.[1]]);
  };
  const typed = ["Disdukcapil", "Dinas Dukcapil", "Dinkes Kab. Sungai Contoh", "Dinas Kesehatn", "Dinsos Kabupaten Sungai Contoh"];

  it("the list with 'Kabupaten Sungai Contoh' after the names: the same guesses as the plain list, naming the listed name", () => {
    const S = " Kabupaten Sungai Contoh";
    expect(meant(S, typed)).toEqual([
      ["Disdukcapil", `Dinas Kependudukan dan Pencatatan Sipil${S}`],
      ["Dinas Dukcapil", `Dinas Kependudukan dan Pencatatan Sipil${S}`],
      ["Dinkes Kab. Sungai Contoh", `Dinas Kesehatan${S}`],
      ["Dinas Kesehatn", `Dinas Kesehatan${S}`],
      ["Dinsos Kabupaten Sungai Contoh", "Dinas Sosial"],
    ]);
    expect(meant("", typed).map(([, m]) => m)).toEqual(["Dinas Kependudukan dan Pencatatan Sipil", "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Kesehatan", "Dinas Kesehatan", "Dinas Sosial"]);
  });

  it("another region's name is not taken off ('Dinkes Kabupaten Lain' is still the core's to guess, or none)", () => {
    expect(meant(" Kabupaten Sungai Contoh", ["Dinas Kesehatn Kota Lain"])).toEqual([["Dinas Kesehatn Kota Lain", undefined]]);
  });
});
