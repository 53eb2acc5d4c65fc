/**
 * An agency listed twice on the Perangkat Daerah sheet (lists of two years merged, audit22 F7): `duplicate_agency`
 * rightly, but the core's rule check also found the second entry with none of the agency's innovations ("Dinas
 * Kesehatan memiliki 0 inovasi") and counted it among the non-compliant agencies. The reader passes it on once.
 */
import { describe, expect, it } from "vitest";
import { agenciesWithoutInYear, scoreRegion } from "@inovasi/core";
import { locateIssues, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, spdAtTier2, templateAsGrids } from "./helpers.js";

function book(second: string) {
  const grids = templateAsGrids();
  const set = grids["Pengaturan"]!.cells;
  const rule = set.find((r) => r[0] === "Wajib Inovasi per Perangkat Daerah");
  if (rule) rule[1] = 1;
  else set.push(["Wajib Inovasi per Perangkat Daerah", 1]);
  grids["Perangkat Daerah"]!.cells.push([second, "Dinas"]);
  addRow(grids["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
  spdAtTier2(grids);
  return grids;
}

describe("an agency listed twice", () => {
  it.each([["Dinas Kesehatan"], ["DINAS  KESEHATAN"]])("%j again: said once as a duplicate, its innovations counted once, not non-compliant", (second) => {
    const grids = book(second);
    const read = readWorkbook(grids);
    const row = grids["Perangkat Daerah"]!.cells.length;
    const first = grids["Perangkat Daerah"]!.cells.findIndex((x) => x[0] === "Dinas Kesehatan") + 1;
    const result = scoreRegion(read.input!, e2026);
    const all = [...read.issues, ...locateIssues(result.issues, read.source)];
    expect(all.filter((i) => i.cell === `A${row}`).map((i) => i.message)).toEqual([
      `'Perangkat Daerah'!A${row}: perangkat daerah "${second}" terdaftar lebih dari sekali (pertama di 'Perangkat Daerah'!A${first})`,
    ]);
    expect(all.filter((i) => i.code === "compliance_rule_not_met").map((i) => i.issue?.params.agency)).toEqual(["Kecamatan Hulu"]);
    const outcome = result.compliance.rules[0]!;
    expect(outcome.agencies.filter((a) => a.agency.toLowerCase().includes("kesehatan"))).toEqual([expect.objectContaining({ agency: "Dinas Kesehatan", count: 1, complies: true })]);
    expect(outcome.nonCompliant).toBe(1);
    expect(agenciesWithoutInYear(read.input!, result.compliance)).toEqual(["Kecamatan Hulu"]);
  });
});
