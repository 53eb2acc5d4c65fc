/**
 * Rows hidden by hand or by a filter (audit33: Inovasi row 26 hidden and named "… (batal, jangan diajukan)", an
 * AutoFilter leaving one agency shown) were scored without a word. They are still scored — the file is the
 * submission, hiding is not deleting — but said once per sheet, naming the rows, at the first one.
 */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

function book(n: number) {
  const grids = templateAsGrids();
  for (let i = 1; i <= n; i++) addRow(grids["Inovasi"]!, fullInnovation(e2026, `Inovasi ${i}`, "Dinas Kesehatan", "Kesehatan"));
  spdAtTier2(grids);
  return grids;
}
const said = (r: ReturnType<typeof readWorkbook>) => r.issues.filter((i) => i.code === "hidden_rows_read").map((i) => [i.severity, i.sheet, i.cell, i.text]);

describe("hidden rows", () => {
  it("of the Inovasi sheet: one note naming them as runs, at the first; still scored", () => {
    const grids = book(9);
    const plain = readWorkbook(grids);
    grids["Inovasi"]!.hiddenRows = [2, 5, 6, 7, 8];
    const r = readWorkbook(grids);
    expect(said(r)).toEqual([["info", "Inovasi", "A3", "baris 3, 6–9 tersembunyi (atau tersaring) tetapi tetap dinilai; hapus barisnya bila inovasi itu tidak diajukan"]]);
    expect(r.input!.innovations).toHaveLength(9);
    expect(scoreRegion(r.input!, e2026).verified.total).toBe(scoreRegion(plain.input!, e2026).verified.total);
    expect(readWorkbook(grids, { locale: "en" }).issues.find((i) => i.code === "hidden_rows_read")!.text).toBe("rows 3, 6–9 are hidden (or filtered out) but still scored; delete the row if that innovation is not submitted");
  });

  it("one hidden row; hidden rows not read (the header, empty) are not named; none hidden: nothing said", () => {
    const grids = book(2);
    expect(said(readWorkbook(grids))).toEqual([]);
    grids["Inovasi"]!.hiddenRows = [0, 2, 40];
    expect(said(readWorkbook(grids))).toEqual([["info", "Inovasi", "A3", "baris 3 tersembunyi (atau tersaring) tetapi tetap dinilai; hapus barisnya bila inovasi itu tidak diajukan"]]);
  });

  it("of the Perangkat Daerah and SPD sheets: said there too", () => {
    const grids = book(1);
    grids["Perangkat Daerah"]!.hiddenRows = [2];
    const spd = grids["SPD"]!;
    const row = spd.cells.findIndex((x) => x[0] === "SPD-2a");
    spd.hiddenRows = [row];
    const r = readWorkbook(grids);
    expect(said(r)).toEqual([
      ["info", "Perangkat Daerah", "A3", "baris 3 tersembunyi (atau tersaring) tetapi tetap dibaca sebagai perangkat daerah; hapus barisnya bila perangkat daerah itu tidak termasuk"],
      ["info", "SPD", `C${row + 1}`, `baris ${row + 1} tersembunyi (atau tersaring) tetapi tetap dinilai; kosongkan jawabannya bila indikator itu tidak diajukan`],
    ]);
    expect(r.input!.agencies!.map((a) => a.name)).toEqual(["Dinas Kesehatan", "Kecamatan Hulu"]);
  });
});
