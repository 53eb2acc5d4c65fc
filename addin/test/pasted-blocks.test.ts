/**
 * Nilai on rows pasted under an agency's own header in another column order (blocks31), in the in-memory Excel: the
 * same scores as the same data in one layout, in the same output cells; the block's issues and the plan's steps at its
 * real cells; every input cell as it was.
 */
import { describe, expect, it } from "vitest";
import { OUTPUT_COLUMNS } from "@inovasi/workbook";
import { pastedBlock } from "../../packages/workbook/test/pasted-block.js";
import { applyWrites, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { ctxOf } from "./fixtures.js";

const all = () => true;

async function nilai(permuted: boolean) {
  const host = new FakeExcelHost(structuredClone(pastedBlock(permuted).grids));
  const grids = await readGrids(ctxOf(host), { supports: all });
  const out = scoreGrids(grids, { plan: true });
  if (!out.ok) throw new Error(out.issues.map((i) => i.message).join("\n"));
  await applyWrites(ctxOf(host), out.writes, { output: out.output, supports: all });
  return { host, out };
}

describe("Nilai on a block pasted under its own header in another column order", () => {
  it("writes the same scores on the same rows and output columns; the inputs stay as typed", async () => {
    const a = await nilai(false);
    const b = await nilai(true);
    expect(b.out.ok && b.out.result.verified).toEqual(a.out.ok && a.out.result.verified);
    const [ia, ib] = [a.host.sheet("Inovasi")!.cells, b.host.sheet("Inovasi")!.cells];
    const col = (h: string) => ia[0]!.indexOf(h);
    for (const h of [OUTPUT_COLUMNS.claimed, OUTPUT_COLUMNS.verified, OUTPUT_COLUMNS.counted, OUTPUT_COLUMNS.gaps, "Skor 18 Klaim"]) {
      expect(ib[0]!.indexOf(h)).toBe(col(h));
      for (const r of [1, 2, 4, 5]) expect(ib[r]![col(h)], `${h} ${r + 1}`).toEqual(ia[r]![col(h)]);
    }
    expect(String(ib[4]![col(OUTPUT_COLUMNS.notes)])).toContain(`AY5: pilihan "Ada" tidak dikenal`);
    const typed = pastedBlock(true).grids["Inovasi"]!.cells;
    typed.forEach((row, r) => row.forEach((v, c) => expect(ib[r]![c] ?? null, `${r},${c}`).toEqual(v ?? null)));
  });

  it("names the block's cells: the engine's issue, the info at its header, the plan's evidence step", async () => {
    const { host, out } = await nilai(true);
    expect(out.issues.filter((i) => i.code === "unknown_option").map((i) => i.cell)).toEqual(["AY5"]);
    expect(out.issues.filter((i) => i.code === "header_row_own_order").map((i) => [i.severity, i.cell])).toEqual([["info", "C4"]]);
    const plan = host.sheet("Rencana")!.cells.flat().filter((v): v is string => typeof v === "string");
    expect(plan.filter((v) => /^Inovasi!A[XY]6$/.test(v))).toEqual(["Inovasi!AX6"]);
  });
});
