/**
 * Dates typed as a month and year (audit17 F4): refused, and with both dates refused the innovation left the verified
 * projection while the message said only "bukan tanggal". A month wholly inside (or outside) the window now reads as
 * its first day, said; a date still refused says what it costs.
 */
import { describe, expect, it } from "vitest";
import { type Edition, scoreRegion } from "@inovasi/core";
import type { CellValue } from "../src/index.js";
import { locateIssues, readWorkbook } from "../src/index.js";
import { toMonthYear } from "../src/values.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

function read(over: Record<string, CellValue>, locale: "id" | "en" = "id", edition?: Edition) {
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, { ...fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"), ...over });
  spdAtTier2(grids);
  const r = readWorkbook(grids, { locale, ...(edition ? { edition } : {}) });
  const scored = scoreRegion(r.input!, r.edition);
  const dates = ["Tanggal Uji Coba", "Tanggal Penerapan"];
  const issues = [...r.issues, ...locateIssues(scored.issues, r.source, locale)].filter((i) => dates.includes(i.field));
  return { inv: r.input!.innovations[0]!, verified: scored.innovations[0]!.verified.counted, issues };
}

describe("a month without its day", () => {
  it.each([["Maret 2024", "2024-03"], ["Mar 2024", "2024-03"], ["03/2024", "2024-03"], ["3-2024", "2024-03"], ["2024-11", "2024-11"], ["Desember, 2025", "2025-12"]])(
    "%s inside the window is read as the month's first day, with a note",
    (typed, month) => {
      const { inv, verified, issues } = read({ "Tanggal Penerapan": typed });
      expect(inv.implementationDate).toBe(`${month}-01`);
      expect(verified).toBe(true);
      expect(issues.map((i) => [i.code, i.severity])).toEqual([["month_read", "info"]]);
    },
  );

  it("says how it was read and why the day does not matter, in both languages", () => {
    expect(read({ "Tanggal Penerapan": "Maret 2024" }).issues[0]!.text).toBe('"Maret 2024" dibaca 1 Maret 2024: harinya tidak mengubah penilaian, sebab seluruh bulan itu di dalam rentang 1 Januari 2024 s.d. 31 Desember 2025');
    expect(read({ "Tanggal Penerapan": "Maret 2024" }, "en").issues[0]!.text).toBe('"Maret 2024" is read as 1 March 2024: the day changes nothing, as the whole month lies inside the window 1 January 2024 to 31 December 2025');
  });

  it("a month outside the window is read too, and the innovation is outside it as any day of it would be", () => {
    const { inv, verified, issues } = read({ "Tanggal Penerapan": "Juni 2023" });
    expect(inv.implementationDate).toBe("2023-06-01");
    expect(verified).toBe(false);
    expect(issues.map((i) => i.code)).toEqual(["month_read", "outside_window"]);
    expect(issues[0]!.text).toContain("di luar rentang");
  });

  it("a two-digit year, a quarter or a day-less form it does not know stays refused", () => {
    for (const typed of ["Mar-24", "TW I 2024", "13/2024", "Maretan 2024"]) expect(toMonthYear(typed), typed).toBeUndefined();
  });
});

describe("a date still refused says what it costs", () => {
  it("with no other date: the innovation leaves the verified projection until it is fixed", () => {
    const { verified, issues } = read({ "Tanggal Penerapan": "TW I 2024" });
    expect(verified).toBe(false);
    expect(issues.map((i) => [i.code, i.severity])).toEqual([["not_a_date", "error"]]);
    expect(issues[0]!.text).toContain("sampai diperbaiki, inovasi ini tidak dihitung dalam proyeksi terverifikasi (tanpa tanggal yang sah)");
  });

  it("with the other date valid: that date decides, said", () => {
    const { verified, issues } = read({ "Tanggal Penerapan": "TW I 2024", "Tanggal Uji Coba": "2024-02-01" });
    expect(verified).toBe(true);
    expect(issues[0]!.text).toContain('sampai diperbaiki, kelayakan dinilai dari "Tanggal Uji Coba"');
  });
});

describe("a year alone (audit27 d9, values28)", () => {
  it.each([["2024", "2024-01-01"], [2025, "2025-01-01"], ["Tahun 2024", "2024-01-01"], ["tahun 2025", "2025-01-01"]])(
    "%s, a year wholly inside the window, is read as its first day, with a note",
    (typed, date) => {
      const { inv, verified, issues } = read({ "Tanggal Penerapan": typed });
      expect(inv.implementationDate).toBe(date);
      expect(verified).toBe(true);
      expect(issues.map((i) => [i.code, i.severity])).toEqual([["month_read", "info"]]);
    },
  );

  it("says how it was read and why the date does not matter, in both languages", () => {
    expect(read({ "Tanggal Penerapan": "2024" }).issues[0]!.text).toBe('"2024" dibaca 1 Januari 2024: tanggalnya tidak mengubah penilaian, sebab seluruh tahun itu di dalam rentang 1 Januari 2024 s.d. 31 Desember 2025');
    expect(read({ "Tanggal Penerapan": "2024" }, "en").issues[0]!.text).toBe('"2024" is read as 1 January 2024: the date changes nothing, as the whole year lies inside the window 1 January 2024 to 31 December 2025');
  });

  it("a year outside the window stays refused, saying why (the date decides: it may have been developed inside it)", () => {
    const { inv, verified, issues } = read({ "Tanggal Penerapan": 2023 });
    expect(inv.implementationDate).toBeUndefined();
    expect(verified).toBe(false);
    expect(issues.map((i) => i.code)).toEqual(["not_a_date"]);
    expect(issues[0]!.text).toBe(
      '"2023" bukan tanggal (contoh yang sah: 2024-03-01, 01/03/2024 atau 1 Maret 2024); tahun saja tidak dibaca: seluruh tahun 2023 di luar rentang 1 Januari 2024 s.d. 31 Desember 2025, jadi tanggalnya menentukan penilaian — tulis tanggal lengkapnya; sampai diperbaiki, inovasi ini tidak dihitung dalam proyeksi terverifikasi (tanpa tanggal yang sah)',
    );
    expect(read({ "Tanggal Penerapan": "Tahun 2026" }, "en").issues[0]!.text).toContain("; a year alone is not read: all of 2026 lies outside the window 1 January 2024 to 31 December 2025, so the date decides the scoring — write the full date");
  });

  it("a year across a window boundary (a province's window from July) stays refused, saying part of it is outside", () => {
    const mid = { ...e2026, eligibility: { ...e2026.eligibility, window: { ...e2026.eligibility.window!, from: "2024-07-01" } } } as Edition;
    const { inv, issues } = read({ "Tanggal Penerapan": "2024" }, "id", mid);
    expect(inv.implementationDate).toBeUndefined();
    expect(issues[0]!.text).toContain("tahun saja tidak dibaca: sebagian tahun 2024 di luar rentang 1 Juli 2024 s.d. 31 Desember 2025");
    expect(read({ "Tanggal Penerapan": "2025" }, "id", mid).inv.implementationDate).toBe("2025-01-01");
  });

  it("other year forms stay refused as before ('Sejak 2024', 'akhir 2025', '2.024')", () => {
    for (const typed of ["Sejak 2024", "akhir 2025", "2.024"]) {
      const { inv, issues } = read({ "Tanggal Penerapan": typed });
      expect(inv.implementationDate, typed).toBeUndefined();
      expect(issues[0]!.text, typed).not.toContain("tahun saja");
    }
  });
});
