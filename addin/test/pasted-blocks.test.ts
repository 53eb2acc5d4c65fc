/**
 * Nilai on rows pasted under an agency's own header in another column order (blocks31), in the in-memory Excel: the
 * same scores as the same data in one layout, in the same output cells; the block's issues and the plan's steps at its
 * real cells; every input cell as it was.
 */
import { describe, expect, it } from "vitest";
import { OUTPUT_COLUMNS, a1 } from "@inovasi/workbook";
import { pastedBlock } from "../../packages/workbook/test/pasted-block.js";
import { applyWrites, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { ctxOf } from "./fixtures.js";

const all = () => true;
/** The Inovasi sheet's rules as `range formula`, sorted. */
const rules = (host: FakeExcelHost) =>
  host.sheet("Inovasi")!.conditionalFormats.map((f) => `${a1(f.box.row, f.box.col)}:${a1(f.box.row + f.box.rows - 1, f.box.col + f.box.cols - 1)} ${f.formula}`).sort();

async function nilai(permuted: boolean, host = new FakeExcelHost(structuredClone(pastedBlock(permuted).grids))) {
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

  it("colours the block's cells by its own columns, no header row; Nilai again once the block is fixed leaves none of its rules", async () => {
    const a = rules((await nilai(false)).host);
    const { host } = await nilai(true);
    const b = rules(host);
    // SID-18's Bukti: AY in row 1's order, AX in the block's (below its header row); rows 2–3 and 5–6, never row 4
    expect(a.filter((x) => /^A[XY]\d/.test(x)).map((x) => x.split(" ")[0])).toEqual(["AY2:AY3", "AY5:AY6"]);
    expect(b.filter((x) => /^A[XY]\d/.test(x)).map((x) => x.split(" ")[0])).toEqual(["AX5:AX6", "AY2:AY3"]);
    expect(b.filter((x) => !/^A[XY]\d/.test(x))).toEqual(a.filter((x) => !/^A[XY]\d/.test(x)));
    // the header rows (row 1, the block's row 4) in no rule's box: 42 rules, a name and 20 Bukti rules above the header
    // and below it
    for (const f of host.sheet("Inovasi")!.conditionalFormats) expect([0, 3].some((r) => r >= f.box.row && r < f.box.row + f.box.rows), rules(host).find((x) => x.includes(f.formula))).toBe(false);
    expect([a.length, b.length]).toEqual([42, 42]);
    // the analyst puts the block in row 1's order and presses Nilai again
    const fixed = pastedBlock(false).grids["Inovasi"]!.cells;
    const cells = host.sheet("Inovasi")!.cells;
    for (const r of [3, 4, 5]) fixed[r]!.forEach((v, c) => { cells[r]![c] = v ?? null; });
    await nilai(false, host);
    expect(rules(host)).toEqual(a);
  });

  it("a copy scored by the version before (rules over the header row): Nilai replaces them, one set of rules left", async () => {
    const { host } = await nilai(true);
    const inv = host.sheet("Inovasi")!;
    const now = rules(host);
    // the rules as session 24 drew them: each field's from row 2 down to row 6 (the block's moved Bukti AY2:AY3 and
    // AX4:AX6, its header row inside), each formula written for its range's first row
    const above = inv.conditionalFormats.filter((f) => f.box.row === 1);
    inv.conditionalFormats = above.map((f) => ({ ...f, id: host.cfSeq++, box: { ...f.box, rows: f.formula.includes("AY2") ? 2 : 5 } }));
    const ax = inv.conditionalFormats.find((f) => f.formula.includes("AY2"))!;
    inv.conditionalFormats.push({ ...ax, id: host.cfSeq++, box: { row: 3, col: ax.box.col - 1, rows: 3, cols: 1 }, formula: ax.formula.replaceAll("AY2", "AX4") });
    expect(inv.conditionalFormats.length).toBe(22);
    await nilai(true, host);
    expect(rules(host)).toEqual(now);
  });
});
