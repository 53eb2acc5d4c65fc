/**
 * A Tanggal Uji Coba later than the Tanggal Penerapan (audit33 c_ord1: J3 2025-06-01, K3 01/03/2024) was read without a
 * word: most likely day and month swapped, or the dates in each other's column. Warned at the trial's cell, naming both
 * dates and cells; only when both cells are whole dates; the scores stay as they were.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import type { CellValue } from "../src/index.js";
import { readWorkbook } from "../src/index.js";
import { e2026, oneInnovationBook } from "./helpers.js";

function read(trial: CellValue, applied: CellValue, locale: "id" | "en" = "id") {
  const grids = oneInnovationBook({ inovasi: { "Tanggal Uji Coba": trial, "Tanggal Penerapan": applied } });
  const h = grids["Inovasi"]!.cells[0]!;
  const col = (x: string) => String.fromCharCode(65 + h.indexOf(x));
  const r = readWorkbook(grids, { locale });
  return { r, said: r.issues.filter((i) => i.code === "trial_after_implementation").map((i) => [i.severity, i.cell, i.text]), J: col("Tanggal Uji Coba"), K: col("Tanggal Penerapan") };
}

describe("a trial date after the implementation date", () => {
  it("is warned at the trial's cell, naming both dates and cells; the score is unchanged", () => {
    const { r, said, J, K } = read("2025-06-01", "01/03/2024");
    expect(said).toEqual([["warning", `${J}2`, `Tanggal Uji Coba 1 Juni 2025 (${J}2) sesudah Tanggal Penerapan 1 Maret 2024 (${K}2), padahal uji coba mendahului penerapan: mungkin hari dan bulan tertukar, atau kedua tanggal tertukar kolom; periksa keduanya (rentang penilaian diperiksa dengan Tanggal Penerapan)`]]);
    expect(r.input!.innovations[0]).toMatchObject({ trialDate: "2025-06-01", implementationDate: "2024-03-01" });
    const plain = read(null, "01/03/2024").r;
    const same = scoreRegion({ ...plain.input!, innovations: plain.input!.innovations.map((i) => ({ ...i, trialDate: "2025-06-01" })) }, e2026);
    const got = scoreRegion(r.input!, e2026);
    expect([got.claimed.total, got.verified.total]).toEqual([same.claimed.total, same.verified.total]);
    expect(got.verified.total).toBeGreaterThan(0);
    expect(read("2025-06-01", "01/03/2024", "en").said[0]![2]).toBe(`Tanggal Uji Coba (trial) 1 June 2025 (${J}2) is after Tanggal Penerapan (implementation) 1 March 2024 (${K}2), though a trial comes first: day and month may be swapped, or the two dates typed in each other's column; check both (the time window is checked with Tanggal Penerapan)`);
  });

  it.each<[string, CellValue, CellValue]>([
    ["in order", "2024-01-10", "2024-03-01"],
    ["the same day", "2024-03-01", "2024-03-01"],
    ["the trial blank", null, "2024-03-01"],
    ["the implementation blank", "2024-03-01", null],
    ["the implementation a month alone (its first day)", "2024-03-15", "Maret 2024"],
    ["the implementation not a date", "2024-03-15", "segera"],
  ])("not said: %s", (_name, trial, applied) => {
    expect(read(trial, applied).said).toEqual([]);
  });
});
