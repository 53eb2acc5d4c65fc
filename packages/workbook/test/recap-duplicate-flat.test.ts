/**
 * recap36's duplicate note, when the files' times decided which copy is newer, nested a bracket in a bracket
 * ("(disimpan …, menurut waktu berkas: …; … disalin (e-mail, USB), …)"): why the file's time decided is now a sentence
 * of its own after the bracket, in both languages (cli37).
 */
import { describe, expect, it } from "vitest";
import { recapDuplicateNote } from "@inovasi/workbook";

/** The deepest the round brackets of `text` go. */
function depth(text: string): number {
  let d = 0, most = 0;
  for (const ch of text) {
    if (ch === "(") most = Math.max(most, ++d);
    else if (ch === ")") d--;
  }
  return most;
}

const saved = { "kota-baru.xlsx": "2026-05-15T08:00:00.000Z", "kota-lama.xlsx": "2026-05-10T08:00:00.000Z" };
const dup = { name: "Kota Contoh", year: 2026, ids: ["kota-lama.xlsx", "kota-baru.xlsx"], names: ["Kota Contoh"], kept: "kota-baru.xlsx", left: ["kota-lama.xlsx"], by: "file" as const, saved };

describe("the duplicate note when the files' times decided: flat, both languages", () => {
  it("the workbooks' saved dates tie", () => {
    const d = { ...dup, workbookDates: { tie: "2026-05-01T00:00:00.000Z" } };
    const id = recapDuplicateNote(d, "id");
    expect(id).toBe(
      "Kota Contoh 2026 muncul 2 kali (kota-lama.xlsx, kota-baru.xlsx): yang dihitung hanya yang terbaru, kota-baru.xlsx (disimpan 2026-05-15 08:00:00 UTC, menurut waktu berkas); tidak dihitung: kota-lama.xlsx (2026-05-10 08:00:00 UTC). Waktu berkas yang menentukan karena tanggal simpan di buku kerja keduanya sama, 2026-05-01 00:00:00 UTC; waktu berkas berubah bila berkas disalin, mis. lewat e-mail atau USB, jadi periksa bahwa kota-baru.xlsx memang yang terbaru. Bila yang lama yang benar, keluarkan kota-baru.xlsx dari rekap.",
    );
    const en = recapDuplicateNote(d, "en");
    expect(en).toContain("(saved 2026-05-15 08:00:00 UTC, by the file's time); not counted: kota-lama.xlsx (2026-05-10 08:00:00 UTC). The file's time decided, as the workbooks' own saved dates are the same, 2026-05-01 00:00:00 UTC; a file's time changes when it is copied, e.g. by e-mail or USB, so check that kota-baru.xlsx is the newest. If the older one is right");
    expect([depth(id), depth(en)]).toEqual([1, 1]);
  });

  it("a copy without a saved date", () => {
    const d = { ...dup, workbookDates: { missing: ["kota-lama.xlsx"] } };
    const id = recapDuplicateNote(d, "id");
    const en = recapDuplicateNote(d, "en");
    expect(id).toContain("(2026-05-10 08:00:00 UTC). Waktu berkas yang menentukan karena kota-lama.xlsx tanpa tanggal simpan di buku kerja; waktu berkas berubah");
    expect(en).toContain(". The file's time decided, as the workbook of kota-lama.xlsx has no saved date; a file's time changes");
    expect([depth(id), depth(en)]).toEqual([1, 1]);
  });
});
