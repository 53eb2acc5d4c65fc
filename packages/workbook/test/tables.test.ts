import { scoreRegion } from "@inovasi/core";
import { describe, expect, it } from "vitest";
import { OUTPUT_COLUMNS, type WorkbookGrids, a1, locateIssues, readWorkbook, writeResults } from "../src/index.js";
import { addRow, applyWrites, e2026, fullInnovation, templateAsGrids } from "./helpers.js";
import { evidenceNotAcceptedFormula } from "../src/conditional.js";

function score(grids: WorkbookGrids) {
  const read = readWorkbook(grids);
  if (!read.input) throw new Error(read.issues.map((i) => i.message).join("\n"));
  const result = scoreRegion(read.input, read.edition);
  const issues = [...read.issues, ...locateIssues(result.issues, read.source)];
  return { read, result, out: writeResults(grids, result, { source: read.source, issues }) };
}

/** The template's Inovasi sheet as an Excel table with `n` rows, starting at `top` (rows above: a title). */
function tableGrids(n: number, opts: { top?: number; totals?: boolean } = {}): WorkbookGrids {
  const g = templateAsGrids();
  const inv = g["Inovasi"]!;
  for (let i = 0; i < n; i++) addRow(inv, fullInnovation(e2026, `Inovasi ${i + 1}`, "Dinas Kesehatan", "Kesehatan"));
  const width = inv.cells[0]!.length;
  if (opts.totals) inv.cells.push(["Total", ...Array.from({ length: width - 1 }, () => null)]);
  const top = opts.top ?? 0;
  inv.cells.unshift(...Array.from({ length: top }, (_, i) => (i === 0 ? ["Daftar inovasi Kabupaten Uji 2026"] : [])));
  inv.tables = [{ name: "TabelInovasi", row: top, col: 0, rows: inv.cells.length - top, cols: width, headerRow: true, totalsRow: !!opts.totals }];
  return g;
}

describe("Excel tables (ListObjects) in the worksheet contract", () => {
  it("reads a table's header row wherever the table starts (below the first ten rows too)", () => {
    const { read, result } = score(tableGrids(3, { top: 14 }));
    expect(read.source.innovations!.headerRow).toBe(14);
    expect(result.innovations.map((i) => i.name)).toEqual(["Inovasi 1", "Inovasi 2", "Inovasi 3"]);
  });

  it("skips a table's totals row: it is not an innovation and raises no problem", () => {
    const { read, result } = score(tableGrids(2, { totals: true }));
    expect(result.innovations).toHaveLength(2);
    expect(read.issues.filter((i) => i.sheet === "Inovasi" && i.cell === "A4")).toEqual([]);
  });

  it("adds the output columns to the table: headers in order, the table's rectangle after the columns", () => {
    const grids = tableGrids(3, { top: 2 });
    const width = grids["Inovasi"]!.cells[2]!.length;
    const { out } = score(grids);
    expect(out.output.tables).toEqual([{ sheet: "Inovasi", table: "TabelInovasi", headers: Object.values(OUTPUT_COLUMNS), row: 2, col: 0, rows: 4, cols: width + 6 }]);
    // the header cells are written where the columns go
    const headers = out.writes.filter((w) => w.sheet === "Inovasi" && w.row === 2).map((w) => [w.col, w.value]);
    expect(headers).toEqual(Object.values(OUTPUT_COLUMNS).map((h, i) => [width + i, h]));
  });

  it("a re-run adds no table columns (they are the table's own now)", () => {
    const grids = tableGrids(2);
    const first = score(grids).out;
    applyWrites(grids, first.writes);
    const t = grids["Inovasi"]!.tables![0]!;
    grids["Inovasi"]!.tables = [{ ...t, cols: first.output.tables[0]!.cols }];
    expect(score(grids).out.output.tables).toEqual([]);
  });

  it("no table columns when something is typed where they would go, or the table does not reach the header's end", () => {
    const typed = tableGrids(2);
    const width = typed["Inovasi"]!.cells[0]!.length;
    typed["Inovasi"]!.cells[2]![width + 1] = "catatan saya";
    const a = score(typed).out;
    expect(a.output.tables).toEqual([]);
    expect(a.issues.some((i) => i.cell === a1(2, width + 1))).toBe(true); // reported, not overwritten

    const narrow = tableGrids(2);
    narrow["Inovasi"]!.tables![0]!.cols = 10;
    expect(score(narrow).out.output.tables).toEqual([]);
  });

  it("without tables, nothing changes: no table columns", () => {
    const g = templateAsGrids();
    addRow(g["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    expect(score(g).out.output.tables).toEqual([]);
  });
});

describe("the tool's conditional formats on the Inovasi sheet", () => {
  it("a rule for rows that do not count (on the name) and one per evidence column (filled, not accepted)", () => {
    const g = templateAsGrids();
    addRow(g["Inovasi"]!, fullInnovation(e2026, "Si Sehat", "Dinas Kesehatan", "Kesehatan"));
    addRow(g["Inovasi"]!, { ...fullInnovation(e2026, "Si Pintar", "Dinas Kesehatan", "Pendidikan"), "20. Bukti": "Tidak Ada" });
    const { out, read } = score(g);
    const header = g["Inovasi"]!.cells[0]!;
    const counted = a1(0, header.length + Object.keys(OUTPUT_COLUMNS).indexOf("counted")).replace(/\d+$/, "");
    const rules = out.output.conditionalFormats;
    expect(rules[0]).toEqual({ sheet: "Inovasi", range: "A2:A3", formula: `$${counted}2="Tidak"`, style: { fill: "#F8D7DA" }, meaning: expect.stringContaining("tidak dihitung"), formulaPattern: `\\$${counted}\\d+="TIDAK"` });
    const evidenceCols = Object.values(read.source.innovations!.indicators).filter((x) => x.evidence !== undefined).length;
    expect(rules).toHaveLength(1 + evidenceCols);
    const ev20 = a1(0, header.indexOf("20. Bukti")).replace(/\d+$/, "");
    expect(rules.find((r) => r.range.startsWith(ev20))).toMatchObject({ range: `${ev20}2:${ev20}3`, formula: evidenceNotAcceptedFormula(`${ev20}2`) });
  });

  it("no rules when there are no innovation rows", () => {
    const g = templateAsGrids();
    addRow(g["Inovasi"]!, { "Nama Inovasi": null });
    const read = readWorkbook(g);
    if (!read.input) return; // nothing to score: nothing written
    const result = scoreRegion(read.input, read.edition);
    expect(writeResults(g, result, { source: read.source }).output.conditionalFormats).toEqual([]);
  });
});
