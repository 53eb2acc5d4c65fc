import { describe, expect, it } from "vitest";
import { notValidText, recapBook, recapWorkbook } from "../src/index.js";
import { recapRegions } from "@inovasi/core";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";
import type { WorkbookGrids } from "../src/grid.js";

/** The template with one full innovation, one Inovasi header renamed (or none). */
function book(rename: Record<string, string> = {}): WorkbookGrids {
  const grids = templateAsGrids();
  const inv = grids["Inovasi"]!;
  addRow(inv, fullInnovation(e2026, "Posyandu Digital", "Dinas Kesehatan", "Kesehatan"));
  inv.cells[0] = inv.cells[0]!.map((h) => (typeof h === "string" && rename[h] !== undefined ? rename[h]! : h));
  return grids;
}

describe("a file's figures are not valid when a column the verified score needs is missing (audit22b R1)", () => {
  it("Jumlah Kata Rancang Bangun, the date columns, every Bukti column: flaws.columns, not ranked", () => {
    expect(recapBook("a.xlsx", book()).entry!.flaws).toEqual({ errors: 0, missing: [], columns: [] });
    expect(recapBook("a.xlsx", book({ "Jumlah Kata Rancang Bangun": "Rancangan" })).entry!.flaws!.columns).toEqual(["Jumlah Kata Rancang Bangun"]);
    expect(recapBook("a.xlsx", book({ "Tanggal Penerapan": "Waktu Penerapan", "Tanggal Uji Coba": "Waktu Uji Coba" })).entry!.flaws!.columns).toEqual(["Tanggal Penerapan"]);
    const bukti = Object.fromEntries(templateAsGrids()["Inovasi"]!.cells[0]!.filter((h): h is string => typeof h === "string" && / Bukti$/.test(h)).map((h, k) => [h, `Status ${k}`]));
    // every one of them, not the first only (recap23: the Status Angka named "1. Bukti" alone)
    expect(recapBook("a.xlsx", book(bukti)).entry!.flaws!.columns).toEqual(Array.from({ length: 20 }, (_, k) => `${k + 1}. Bukti`));
  });

  it("a file without any of its 20 Bukti columns: Status Angka, Rencana and the comparison say how many and which, shortly, in both languages (recap23)", () => {
    const headers = templateAsGrids()["Inovasi"]!.cells[0]!.filter((h): h is string => typeof h === "string" && / Bukti$/.test(h));
    const all = recapBook("bukti.xlsx", book(Object.fromEntries(headers.map((h, k) => [h, `Status ${k}`])))).entry!;
    const some = recapBook("tiga.xlsx", book({ "3. Bukti": "Status 3", "7. Bukti": "Status 7", "8. Bukti": "Status 8" })).entry!;
    some.result = { ...some.result, region: { ...some.result.region, name: "Kabupaten Lain" } };
    const recap = recapRegions([all, some]);
    const cells = (locale: "id" | "en") => recapWorkbook(recap, [], locale).writes.map((w) => w.value);
    expect(cells("id")).toContain("20 kolom Bukti (indikator 1–20) tidak ditemukan: buktinya dibaca Menunggu di setiap baris, tidak menambah skor terverifikasi, tanpa peringkat (beri judul \"<nomor>. Bukti\" pada kolom bukti setiap indikator itu; lihat lembar Masalah per Berkas)");
    expect(cells("en")).toContain("20 Bukti columns (indicators 1–20) not found: their evidence reads as Menunggu (pending) on every row and adds nothing to the verified score, not ranked (head each of those indicators' evidence column \"<number>. Bukti\"; see the Masalah per Berkas sheet)");
    expect(cells("id")).toContain('tanpa langkah: beri judul "<nomor>. Bukti" (indikator 1–20) pada kolomnya dulu, lalu jalankan lagi');
    expect(cells("en")).toContain('no steps: head the column "<number>. Bukti" (indicators 3, 7–8) first, then run again');
    expect(cells("id").some((v) => typeof v === "string" && v.startsWith("3 kolom Bukti (indikator 3, 7–8) tidak ditemukan"))).toBe(true);
    // the comparison's reason (banding): the same count, not twenty headers
    const read = recapBook("bukti.xlsx", book(Object.fromEntries(headers.map((h, k) => [h, `Status ${k}`])))).report.issues;
    expect(notValidText(read, "id")).toBe("20 kolom Bukti (indikator 1–20) tidak ditemukan");
    expect(notValidText(read, "en")).toBe("20 Bukti columns (indicators 1–20) not found");
  });

  it("absences that assume nothing away are no flaw: Ditolak (no rejection read), Tanggal Penerapan with Tanggal Uji Coba read", () => {
    expect(recapBook("a.xlsx", book({ Ditolak: "Catatan" })).entry!.flaws!.columns).toEqual([]);
    expect(recapBook("a.xlsx", book({ "Tanggal Penerapan": "Waktu Penerapan" })).entry!.flaws!.columns).toEqual([]);
  });

  it("the row is unranked and its Status Angka names the column", () => {
    const good = recapBook("baik.xlsx", book()).entry!;
    const bad = recapBook("rancang.xlsx", book({ "Jumlah Kata Rancang Bangun": "Rancangan" })).entry!;
    bad.result = { ...bad.result, region: { ...bad.result.region, name: "Kabupaten Lain" } };
    const recap = recapRegions([good, bad]);
    const row = recap.regions.find((r) => r.id === "rancang.xlsx")!;
    expect([row.rank, row.flaws]).toEqual([null, { errors: 0, missing: [], columns: ["Jumlah Kata Rancang Bangun"] }]);
    expect(recap.totals.ranked).toBe(1);
    // its plan takes no step on the assumption: the Rencana column says the one fix (audit22b P1)
    expect(bad.planOptions?.columnsAbsent).toEqual(["Jumlah Kata Rancang Bangun"]);
    expect([row.plan?.reason, row.plan?.steps]).toEqual(["columns_absent", 0]);
    const { writes } = recapWorkbook(recap, []);
    expect(writes.map((w) => w.value)).toContain('tanpa langkah: beri judul "Jumlah Kata Rancang Bangun" pada kolomnya dulu, lalu jalankan lagi');
    expect(writes.map((w) => w.value)).toContain('kolom "Jumlah Kata Rancang Bangun" tidak ditemukan: skor terverifikasi menganggapnya kosong di setiap baris, tanpa peringkat (beri judul "Jumlah Kata Rancang Bangun" pada kolomnya; lihat lembar Masalah per Berkas)');
  });

  it("a plan on figures not valid yet (errors in the file) waits for the fix: no steps, effort, end or first step, as if valid", () => {
    const entry = recapBook("salah.xlsx", book()).entry!;
    entry.flaws = { errors: 2, missing: [], columns: [] };
    const recap = recapRegions([entry]);
    const row = recap.regions[0]!;
    // core still plans the file as read (its figures, its row's flaws say they are not the region's)
    expect(row.plan!.steps).toBeGreaterThan(0);
    const cells = (locale: "id" | "en") => recapWorkbook(recap, [], locale).writes.map((w) => w.value);
    expect(cells("id")).toContain("tanpa langkah sampai angkanya valid (lihat Status Angka): perbaiki kesalahannya (lihat lembar Masalah per Berkas), lalu jalankan lagi");
    expect(cells("en")).toContain("no steps until the figures are valid (see Figures Status): fix its errors (see the Masalah per Berkas sheet), then run again");
    for (const v of cells("id")) expect(typeof v === "string" && v.startsWith(row.plan!.first[0]!.text.id)).toBe(false);
  });
});
