/**
 * A date under a format with its weekday ("dddd, dd mmmm yyyy", as Excel's long date writes it) is quoted with the
 * weekday the cell shows (trust37; read36 fell back to "11 Maret 2026" without it): Indonesian day names under [$-421]
 * or in the Indonesian messages, English under [$-409] or in the English ones.
 */
import { describe, expect, it } from "vitest";
import type { WorkbookGrids } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { dateAsShown } from "../src/date-shown.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

describe("a weekday in a date format is written as the cell shows it", () => {
  it.each([
    ["dddd, dd mmmm yyyy", "id", "Rabu, 11 Maret 2026"],
    ["dddd, dd mmmm yyyy", "en", "Wednesday, 11 March 2026"],
    ["[$-421]dddd, d mmmm yyyy", "en", "Rabu, 11 Maret 2026"],
    ["[$-409]ddd d-mmm-yy", "id", "Wed 11-Mar-26"],
    ["ddd, dd/mm/yyyy", "id", "Rab, 11/03/2026"],
  ] as const)("%s (%s): %s", (fmt, locale, shown) => {
    expect(dateAsShown("2026-03-11", fmt, locale)).toBe(shown);
  });

  it("every day of a week, in both languages; a time still falls back (undefined)", () => {
    const week = ["2026-03-15", "2026-03-16", "2026-03-17", "2026-03-18", "2026-03-19", "2026-03-20", "2026-03-21"];
    expect(week.map((d) => dateAsShown(d, "dddd", "id"))).toEqual(["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]);
    expect(week.map((d) => dateAsShown(d, "ddd", "en"))).toEqual(["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]);
    expect(dateAsShown("2026-03-11", "dddd, dd/mm/yyyy hh:mm", "id")).toBeUndefined();
  });

  it("Tahun holding a date under Excel's long date: the warning quotes it with its weekday", () => {
    const grids: WorkbookGrids = templateAsGrids();
    const g = grids["Inovasi"]!;
    const r = addRow(g, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), Tahun: "2026-03-11" });
    ((g.formats ??= [])[r] ??= [])[g.cells[0]!.indexOf("Tahun")] = "[$-421]dddd, dd mmmm yyyy";
    expect(readWorkbook(grids).issues.map((i) => [i.code, i.text])).toEqual([["year_from_date", 'tanggal Rabu, 11 Maret 2026 dibaca sebagai tahun 2026; "Tahun" berisi tahun saja: tulis 2026']]);
  });
});
