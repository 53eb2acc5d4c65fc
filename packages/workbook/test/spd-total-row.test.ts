/** An edition without SPD rows asks for the SPD total: the Pengaturan row to add is named (audit16 F24). */
import { describe, expect, it } from "vitest";
import { getEdition, scoreRegion } from "@inovasi/core";
import { locateIssues, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

describe("the SPD total an edition without SPD rows needs", () => {
  const e2023 = getEdition("iid-2023")!;
  const grids = templateAsGrids();
  addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
  const read = readWorkbook(grids, { edition: e2023 });
  const result = scoreRegion(read.input!, e2023);

  it("names the row to add on Pengaturan when the sheet has none (the message had no place)", () => {
    expect(grids["Pengaturan"]!.cells.some((r) => r[0] === "Total SPD")).toBe(false);
    for (const locale of ["id", "en"] as const) {
      const said = locateIssues(result.issues, read.source, locale, { result, edition: e2023 }).filter((i) => i.issue?.code === "spd_total_required");
      expect(said.map((i) => [i.sheet, i.cell, i.field, i.severity])).toEqual([["Pengaturan", undefined, "Total SPD", "error"]]);
      expect(said[0]!.text).toBe(
        locale === "id"
          ? 'edisi iid-2023 tidak memuat baris SPD; tambahkan baris "Total SPD" di lembar Pengaturan dan isi total skor SPD di kolom Nilai (maksimum 63)'
          : 'edition iid-2023 has no SPD rows; add a "Total SPD" row on the Pengaturan sheet and enter the SPD total score in its Nilai column (maximum 63)',
      );
    }
  });
});
