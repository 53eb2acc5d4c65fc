/** Ringkasan's figures show the decimals the CLI, the Rencana and Banding print (44,50, not General's 44,5). */
import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { readWorkbook, summaryContent } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

describe("the summary's number formats", () => {
  const g = templateAsGrids();
  for (let k = 0; k < 3; k++) addRow(g["Inovasi"]!, fullInnovation(e2026, `Inovasi ${k}`, "Dinas Kesehatan", "Kesehatan"));
  const read = readWorkbook(g);
  const result = scoreRegion(read.input!, read.edition);
  const content = summaryContent(result, [], "id", [], { edition: read.edition, source: read.source });
  const fmt = (row: number, col: number) => content.formats.find((f) => f.row === row && f.col === col)?.numFmt;
  const rowOf = (label: string) => content.rows.findIndex((r) => r[0] === label);

  it("the scores (claimed, verified, maximum) at two decimals, the index at the edition's, the counts whole", () => {
    for (const label of ["SPD", "SID dari indikator", "Skor jumlah inovasi", "SID", "Total"]) {
      expect([1, 2, 3].map((c) => fmt(rowOf(label), c)), label).toEqual(["0.00", "0.00", "0.00"]);
    }
    expect([1, 2].map((c) => fmt(rowOf("Indeks (IID)"), c))).toEqual(["0.00", "0.00"]);
    for (const label of ["Inovasi dihitung", "Pembagi SID (n)"]) expect([1, 2].map((c) => fmt(rowOf(label), c)), label).toEqual([undefined, undefined]);
  });

  it("the indicators' contributions at two decimals, their weights whole", () => {
    const at = rowOf("Rincian per Indikator");
    const first = content.rows[at + 1]!;
    expect(first[0]).toBe(result.claimed.breakdown[0]!.indicatorId);
    expect([2, 3, 4, 5].map((c) => fmt(at + 1, c))).toEqual([undefined, "0.00", "0.00", "0.00"]);
  });

  it("an edition without decimals gives a whole index", () => {
    const whole = { ...read.edition, formula: { ...read.edition.formula, rounding: { ...read.edition.formula.rounding, decimals: 0 } } };
    const c0 = summaryContent(result, [], "id", [], { edition: whole, source: read.source });
    const row = c0.rows.findIndex((r) => r[0] === "Indeks (IID)");
    expect(c0.formats.filter((f) => f.row === row).map((f) => f.numFmt)).toEqual(["0", "0"]);
  });
});
