import { describe, expect, it } from "vitest";
import { scoreRegion } from "@inovasi/core";
import { type CellValue, type Grid, isPercentFormat, readWorkbook } from "../src/index.js";
import { addRow, e2026, fullInnovation, templateAsGrids } from "./helpers.js";

const complaints = e2026.indicators.find((i) => i.id === "SID-14")!; // one measure, in %: ≤ 50 / 51–90 / ≥ 91
const complaintsHeader = `${complaints.number}. ${complaints.name.id}`;

/** Give a cell a number format, as a host does. */
function setFormat(g: Grid, row: number, col: number, format: string): void {
  const formats = (g.formats ??= []);
  (formats[row] ??= [])[col] = format;
}

/** One fully answered innovation whose SID-14 cell holds `value` with number format `format`. */
function readOne(value: CellValue, format?: string, extra: Record<string, CellValue> = {}) {
  const grids = templateAsGrids();
  const g = grids["Inovasi"]!;
  const r = addRow(g, { ...fullInnovation(e2026, "Lapor Cepat", "Dinas Kesehatan", "Kesehatan"), [complaintsHeader]: value, ...extra });
  if (format) {
    setFormat(g, r, g.cells[0]!.indexOf(complaintsHeader), format);
  }
  const read = readWorkbook(grids);
  expect(read.issues.filter((i) => i.severity === "error")).toEqual([]);
  const inv = read.input!.innovations[0]!;
  const score = scoreRegion(read.input!, e2026).innovations[0]!.claimed.total;
  return { value: inv.answers["SID-14"]!.value, score };
}

describe("percent cells", () => {
  it("reads 95, the text 95%, the text 95,5%, 0.95 shown as 0% and 0.955 shown as 0.0% as the percentage shown", () => {
    const typed = readOne(95);
    expect(typed.value).toBe(95);
    expect(readOne("95%")).toEqual(typed);
    expect(readOne("95,5%").value).toBe(95.5);
    expect(readOne(0.95, "0%")).toEqual(typed);
    expect(readOne(0.955, "0.0%").value).toBe(95.5);
    expect(readOne(0.955, "0.0%").score).toBe(typed.score);
    // the lowest tier is 2 points (weight 1 × tiers 3 − 1) below: the number read before number formats counted
    expect(readOne(0.95).score).toBe(typed.score! - 2);
  });

  it("leaves a value alone when the format only shows a literal %; a measure not in percent is read as shown too", () => {
    expect(readOne(0.95, '0.00"%"').value).toBe(0.95);
    expect(readOne(0.95, "0.00\\%").value).toBe(0.95);
    // SID-18 answered by a measure in persons: 50 typed into the % cell shows "50%" and is read as shown (audit17 F2;
    // the Petunjuk promises it), with a note
    const benefit = e2026.indicators.find((i) => i.id === "SID-18")!;
    const grids = templateAsGrids();
    const g = grids["Inovasi"]!;
    const answer = `${benefit.number}. ${benefit.name.id}`;
    const r = addRow(g, { ...fullInnovation(e2026, "Layanan", "Dinas Kesehatan", "Kesehatan"), [answer]: 0.5, "18. Dasar Ukur": "Jumlah orang terlayani" });
    const r2 = addRow(g, { ...fullInnovation(e2026, "Cakupan", "Dinas Kesehatan", "Kesehatan"), [answer]: 0.55, "18. Dasar Ukur": "Cakupan unit layanan" });
    const c = g.cells[0]!.indexOf(answer);
    setFormat(g, r, c, "0%");
    setFormat(g, r2, c, "0%");
    const [persons, coverage] = readWorkbook(grids).input!.innovations;
    expect(persons!.answers["SID-18"]).toMatchObject({ value: 50, measure: "orang" });
    expect(readWorkbook(grids).issues.filter((i) => i.field === answer).map((i) => [i.code, i.cell!.replace(/^[A-Z]+/, "")])).toEqual([["percent_cell_shown", String(r + 1)]]);
    expect(coverage!.answers["SID-18"]).toMatchObject({ value: 55, measure: "cakupan" });
  });

  it("reads a percent cell on the SPD sheet the same way", () => {
    const grids = templateAsGrids();
    const spd = grids["SPD"]!;
    const row = spd.cells.findIndex((x) => x[0] === "SPD-7"); // Pertumbuhan PAD, in %
    spd.cells[row]![2] = 0.4;
    setFormat(spd, row, 2, "0.00%");
    expect(readWorkbook(grids).input!.spdAnswers["SPD-7"]!.value).toBe(40);
  });

  it("knows a percent format when it sees one", () => {
    for (const f of ["0%", "0.0%", "#,##0.00%", "0%;[Red]-0%"]) expect(isPercentFormat(f), f).toBe(true);
    for (const f of [undefined, "General", "0.00", '0"%"', "0\\%", "dd/mm/yyyy", "[$%-421]0"]) expect(isPercentFormat(f), String(f)).toBe(false);
  });
});
