/** A missing date column's cost, in the glossary's words ("rentang penilaian", not "jendela waktu"; audit16 F23). */
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

describe("an absent Tanggal Penerapan column", () => {
  it("says the assessment window is checked with Tanggal Uji Coba only", () => {
    const g = templateAsGrids();
    addRow(g["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    const head = g["Inovasi"]!.cells[0]!;
    head[head.indexOf("Tanggal Penerapan")] = null;
    const said = readWorkbook(g).issues.filter((i) => i.code === "column_absent").map((i) => i.text);
    expect(said.some((t) => t.includes("rentang penilaian diperiksa dengan Tanggal Uji Coba saja"))).toBe(true);
    expect(said.join("\n")).not.toContain("jendela waktu");
  });
});
