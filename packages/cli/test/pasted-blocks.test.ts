/**
 * `inovasi score` on rows pasted under an agency's own header in another column order (blocks31): the same totals as
 * the same data in one layout, the block's issues at its real cells in --json and the text, the output on each
 * innovation's row in the sheet's output columns, every input cell unchanged.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { OUTPUT_COLUMNS, type WorkbookGrids } from "@inovasi/workbook";
import { pastedBlock } from "../../workbook/test/pasted-block.js";
import { cli, colOf, load, snapshot, tmp } from "./helpers.js";

/** The grids as an .xlsx, each cell its value. */
async function write(grids: WorkbookGrids, path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of Object.values(grids)) {
    const ws = wb.addWorksheet(g.name);
    g.cells.forEach((row, r) => row.forEach((v, c) => { if (v !== null && v !== undefined && v !== "") ws.getCell(r + 1, c + 1).value = v; }));
  }
  await wb.xlsx.writeFile(path);
}

type JsonIssue = { code: string; severity: string; sheet: string; cell: string | null; message: string };

describe("inovasi score: a block pasted under its own header in another column order", () => {
  const dir = tmp();
  const plain = join(dir, "satu-urutan.xlsx");
  const block = join(dir, "blok.xlsx");
  let a: { code: number; out: string; err: string };
  let b: { code: number; out: string; err: string };
  beforeAll(async () => {
    await write(pastedBlock(false).grids, plain);
    await write(pastedBlock(true).grids, block);
    a = await cli(["score", plain, "-o", join(dir, "a.xlsx"), "--json"]);
    b = await cli(["score", block, "-o", join(dir, "b.xlsx"), "--json"]);
  }, 60_000);

  it("scores as the same data in one layout (score --json, issues aside)", () => {
    const totals = (r: typeof a) => { const { issues: _, output: __, ...rest } = JSON.parse(r.out); return rest; };
    expect(totals(b)).toEqual(totals(a));
    expect(JSON.parse(b.out).verified.index).toBeTypeOf("number");
  });

  it("says the block's issues at its cells, the header's note at its row", () => {
    const issues = (r: typeof a) => (JSON.parse(r.out).issues as JsonIssue[]).map((i) => `${i.severity}:${i.code}@${i.cell}`);
    expect(issues(a)).toContain("error:unknown_option@AW5");
    expect(issues(b)).toContain("error:unknown_option@AY5");
    expect(issues(b)).toContain("info:header_row_own_order@C4");
    expect(issues(b).filter((x) => x.startsWith("error:"))).toEqual(["error:unknown_option@AY5"]);
  });

  it("writes the scores on each innovation's row in the output columns; every input cell unchanged", async () => {
    const [wa, wb] = [await load(join(dir, "a.xlsx")), await load(join(dir, "b.xlsx"))];
    const [ia, ib] = [wa.getWorksheet("Inovasi")!, wb.getWorksheet("Inovasi")!];
    for (const h of [OUTPUT_COLUMNS.claimed, OUTPUT_COLUMNS.verified, OUTPUT_COLUMNS.gaps, "Skor 18 Terverifikasi"]) {
      expect(colOf(ib, h)).toBe(colOf(ia, h));
      for (const r of [2, 3, 5, 6]) expect(ib.getCell(r, colOf(ib, h)).value, `${h} ${r}`).toEqual(ia.getCell(r, colOf(ia, h)).value);
    }
    expect(String(ib.getCell(5, colOf(ib, OUTPUT_COLUMNS.notes)).value)).toContain(`AY5: pilihan "Ada" tidak dikenal`);
    const before = (await load(block)).getWorksheet("Inovasi")!;
    const width = before.columnCount;
    const after = snapshot(ib, width);
    for (const [addr, v] of snapshot(before, width)) expect(after.get(addr) ?? null, addr).toBe(v);
  });

  it("colours the block's cells by its own columns; a re-run once the block is fixed leaves none of its rules", async () => {
    const rules = async (path: string) =>
      ((await load(path)).getWorksheet("Inovasi") as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings
        .map((c) => `${c.ref} ${c.rules.flatMap((r) => r.formulae ?? []).join()}`)
        .sort();
    const [ra, rb] = [await rules(join(dir, "a.xlsx")), await rules(join(dir, "b.xlsx"))];
    // SID-18's Bukti (AY in row 1's order, AX in the block's): its rule above the block, the block's from its header
    expect(ra.filter((x) => /^A[XY]\d/.test(x)).map((x) => x.split(" ")[0])).toEqual(["AY2:AY6"]);
    expect(rb.filter((x) => /^A[XY]\d/.test(x)).map((x) => x.split(" ")[0])).toEqual(["AX4:AX6", "AY2:AY3"]);
    expect(rb.find((x) => x.startsWith("AX4:"))).toContain("CLEAN(AX4)");
    expect(rb.filter((x) => !/^A[XY]\d/.test(x))).toEqual(ra.filter((x) => !/^A[XY]\d/.test(x)));
    // the analyst fixes the block (row 1's order, as the plain workbook has it) in the scored copy and scores it again
    const scored = await load(join(dir, "b.xlsx"));
    const ws = scored.getWorksheet("Inovasi")!;
    const fixed = pastedBlock(false).grids["Inovasi"]!.cells;
    for (const r of [3, 4, 5]) fixed[r]!.forEach((v, c) => { ws.getCell(r + 1, c + 1).value = v === null || v === undefined || v === "" ? null : v; });
    const again = join(dir, "diperbaiki.xlsx");
    await scored.xlsx.writeFile(again);
    const c = await cli(["score", again, "-o", join(dir, "c.xlsx")]);
    expect(c.code, c.err).not.toBe(2);
    expect(await rules(join(dir, "c.xlsx"))).toEqual(ra);
  }, 60_000);
});
