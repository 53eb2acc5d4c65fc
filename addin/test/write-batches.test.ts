import type { CellWrite } from "@inovasi/workbook";
import { describe, expect, it } from "vitest";
import { type XContext, applyWrites, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { regionGrids } from "./fixtures.js";

const ctxOf = (h: FakeExcelHost) => h.context as unknown as XContext;
const LIMIT = 5 * 1024 * 1024;

/**
 * The rectangles the contract's output makes, counted independently of the adapter: per sheet, each run of adjacent
 * written columns whose written rows are one unbroken run is one block; a broken run counts once per piece.
 */
function outputBlocks(writes: CellWrite[]): number {
  const bySheet = new Map<string, CellWrite[]>();
  for (const w of writes) (bySheet.get(w.sheet) ?? bySheet.set(w.sheet, []).get(w.sheet)!).push(w);
  let n = 0;
  for (const ws of bySheet.values()) {
    const cols = [...new Set(ws.map((w) => w.col))].sort((a, b) => a - b);
    const groups: number[][] = [];
    for (const c of cols) { const g = groups[groups.length - 1]; if (g && g[g.length - 1] === c - 1) g.push(c); else groups.push([c]); }
    for (const g of groups) {
      const rows = [...new Set(ws.filter((w) => g.includes(w.col)).map((w) => w.row))].sort((a, b) => a - b);
      n += 1 + rows.filter((r, i) => i > 0 && r !== rows[i - 1]! + 1).length;
    }
  }
  return n;
}

describe("writes batched by contiguous ranges", () => {
  for (const rows of [10_000, 50_000]) {
    it(`${rows.toLocaleString("en")} innovations: few syncs (1 + one per 4 MB chunk, + 1 for the rules), no more ranges than output blocks, every request under 5 MB`, async () => {
      const host = new FakeExcelHost(regionGrids(rows));
      const grids = await readGrids(ctxOf(host));
      const out = scoreGrids(grids);
      if (!out.ok) throw new Error("unreadable");
      const before = host.syncCount;
      host.maxPayload = 0;
      const report = await applyWrites(ctxOf(host), out.writes, { output: out.output, supports: () => true });
      expect(host.syncCount - before).toBe(report.syncs);
      // syncs stay 1 + chunks (+ 1 for the rules); number formats go only over the columns that have one, so the 40
      // per-indicator columns do not send a null format per cell, and 50,000 rows fit the bound of 5 syncs
      expect(report.syncs).toBeLessThanOrEqual(report.chunks + 2);
      expect(report.syncs).toBeLessThanOrEqual(5);
      expect(host.maxPayload).toBeLessThan(LIMIT);
      const blocks = outputBlocks(out.writes);
      expect(blocks).toBe(3); // the Inovasi output columns (header included), the summary sheet and the Masalah sheet
      const ranges = host.writes.filter((w) => w.kind === "values" && w.sync > before);
      // a payload chunk boundary may cut a block in two: one extra range per boundary at most
      expect(ranges.length).toBeLessThanOrEqual(blocks + report.chunks - 1);
      expect(report.chart).toBe("added");
      // the scores landed
      const inv = host.sheet("Inovasi")!;
      const col = inv.cells[0]!.indexOf("Skor Terverifikasi");
      expect(col).toBeGreaterThan(0);
      expect(inv.cells[1]![col]).toBe(out.writes.find((w) => w.sheet === "Inovasi" && w.row === 1 && w.col === col)!.value);
      // every number format the contract asks for is on its own cell, and no other output cell got one
      const formatted = out.writes.filter((w) => w.numFmt);
      expect(formatted.length).toBeGreaterThan(0);
      for (const w of formatted.filter((_, k) => k % 997 === 0)) expect(host.sheet(w.sheet)!.formats.get(`${w.row},${w.col}`) ?? "General", `${w.sheet}!${w.address}`).toBe(w.numFmt);
      const plain = out.writes.filter((w) => w.sheet === "Inovasi" && !w.numFmt && w.row > 0 && typeof w.value === "number");
      expect(plain.length).toBeGreaterThan(0);
      for (const w of plain.filter((_, k) => k % 997 === 0)) expect(host.sheet(w.sheet)!.formats.get(`${w.row},${w.col}`) ?? "General", `${w.sheet}!${w.address}`).toBe("General");
    }, 180_000);
  }
});
