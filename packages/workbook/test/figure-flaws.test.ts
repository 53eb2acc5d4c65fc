import { describe, expect, it } from "vitest";
import { recapBook, recapWorkbook } from "../src/index.js";
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
    expect(recapBook("a.xlsx", book(bukti)).entry!.flaws!.columns).toHaveLength(1);
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
});
