/**
 * What keeps a region unranked, said so the province can tell the kab/kota what to fix (audit36: "1 berkasnya memuat
 * kesalahan" beside 106 errors, all a date typed in Tahun, named neither the region, nor the kind, nor how many).
 */
import { describe, expect, it } from "vitest";
import type { Recap } from "@inovasi/core";
import { errorKindsText, figureFlaws } from "../src/figure-flaws.js";
import type { LocatedIssue } from "../src/messages.js";
import { recapUnrankedNote } from "../src/recap-notes.js";

/** A located issue with the fields `figureFlaws` reads (its `text` is not read). */
const L = (x: Omit<LocatedIssue, "text">): LocatedIssue => x as LocatedIssue;
const tahun = (row: number): LocatedIssue => L({ severity: "error", code: "not_an_integer", sheet: "Inovasi", cell: `J${row}`, field: "Tahun", message: `Inovasi!J${row}: "2026-03-11" bukan bilangan bulat; tulis satu tahun saja, mis. 2026` });
const issues: LocatedIssue[] = [
  ...Array.from({ length: 106 }, (_, k) => tahun(k + 7)),
  L({ severity: "error", code: "not_a_number", sheet: "SPD", cell: "E9", field: "Jawaban", message: "SPD!E9: …" }),
  L({ severity: "warning", code: "not_an_integer", sheet: "Inovasi", cell: "A1", field: "Nama", message: "…" }),
];

describe("a file's errors by kind", () => {
  it("counts each kind (sheet, column, code), most first, with the first one's message", () => {
    const f = figureFlaws(issues);
    expect(f.errors).toBe(107);
    expect(f.kinds).toEqual([
      { sheet: "Inovasi", field: "Tahun", code: "not_an_integer", count: 106, example: tahun(7).message },
      { sheet: "SPD", field: "Jawaban", code: "not_a_number", count: 1, example: "SPD!E9: …" },
    ]);
    expect(errorKindsText(f.kinds, "id")).toBe("106 di Inovasi, kolom Tahun; 1 di SPD, kolom Jawaban");
    expect(errorKindsText(f.kinds, "en")).toBe("106 in Inovasi, column Tahun; 1 in SPD, column Jawaban");
    // a sound file's flaws keep their shape
    expect(figureFlaws(issues.slice(-1))).toEqual({ errors: 0, missing: [], columns: [] });
  });

  it("the unranked note names each region with its errors by kind and an example", () => {
    const { kinds } = figureFlaws(issues.slice(0, 106));
    const row = { id: "kab-sungai.xlsx", region: { name: "Kabupaten Sungai Contoh", level: "kabupaten", year: 2026, reported: true }, rank: null, verified: { index: 60.93 }, flaws: { errors: 106, missing: [], columns: [], kinds } };
    const note = recapUnrankedNote({ regions: [row] } as unknown as Pick<Recap, "regions">, "id")!;
    expect(note).toMatch(/^1 daerah tanpa peringkat/);
    expect(note).toContain(`Kesalahan: Kabupaten Sungai Contoh: 106 kesalahan (106 di Inovasi, kolom Tahun; mis. ${tahun(7).message}).`);
  });
});
