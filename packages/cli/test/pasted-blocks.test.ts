/**
 * `inovasi score` on rows pasted under an agency's own header in another column order (blocks31): the same totals as
 * the same data in one layout, the block's issues at its real cells in --json and the text, the output on each
 * innovation's row in the sheet's output columns, every input cell unchanged.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { OUTPUT_COLUMNS, type WorkbookGrids } from "@inovasi/workbook";
import { pastedBlock } from "../../workbook/test/pasted-block.js";
import { cli, colOf, hasSoffice, load, snapshot, tmp } from "./helpers.js";

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

/** The Inovasi sheet's rules as `range formula`, sorted. */
const rules = async (path: string) =>
  ((await load(path)).getWorksheet("Inovasi") as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings
    .map((c) => `${c.ref} ${c.rules.flatMap((r) => r.formulae ?? []).join()}`)
    .sort();

/**
 * The colours LibreOffice gives the Inovasi sheet's cells (its HTML export carries a conditional format's fill as the
 * cell's `bgcolor`): each coloured cell's address and fill, white aside.
 */
function renderedFills(file: string, dir: string): Map<string, string> {
  const r = spawnSync("soffice", ["--headless", `-env:UserInstallation=file://${dir}/lo`, "--convert-to", "html", "--outdir", dir, file], { encoding: "utf8", timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  const html = readFileSync(join(dir, basename(file).replace(/\.xlsx$/, ".html")), "utf8");
  // one table per sheet, each after a heading naming it
  const sheet = html.split(/<a name="table\d+">/i).find((t) => /<em>Inovasi<\/em>/i.test(t.slice(0, 400)))!;
  const fills = new Map<string, string>();
  sheet.split(/<tr\b[^>]*>/i).slice(1).forEach((row, r) => {
    let c = 0;
    for (const cell of row.split(/<td\b/i).slice(1)) {
      const tag = cell.slice(0, cell.indexOf(">"));
      const fill = /bgcolor="(#[0-9A-F]{6})"/i.exec(tag)?.[1]?.toUpperCase();
      if (fill && fill !== "#FFFFFF") fills.set(`${letters(c)}${r + 1}`, fill);
      c += Number(/colspan="?(\d+)/i.exec(tag)?.[1] ?? 1);
    }
  });
  return fills;
}
const letters = (c: number): string => (c < 26 ? "" : letters(Math.floor(c / 26) - 1)) + String.fromCharCode(65 + (c % 26));

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
    // the evidence gaps' columns are where each layout has its Bukti columns: the same gaps, on the same rows
    const totals = (r: typeof a) => {
      const { issues: _, output: __, evidenceGapList, ...rest } = JSON.parse(r.out);
      return { ...rest, evidenceGapList: (evidenceGapList as { cell: string | null }[]).map((g) => ({ ...g, cell: g.cell?.replace(/![A-Z]+/, "!") ?? null })) };
    };
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

  it("colours the block's cells by its own columns, its header row in no rule; a re-run once the block is fixed leaves none of its rules", async () => {
    const [ra, rb] = [await rules(join(dir, "a.xlsx")), await rules(join(dir, "b.xlsx"))];
    // SID-18's Bukti (AY in row 1's order, AX in the block's): its rule above the block, the block's below its header
    expect(ra.filter((x) => /^A[XY]\d/.test(x)).map((x) => x.split(" ")[0])).toEqual(["AY2:AY3", "AY5:AY6"]);
    expect(rb.filter((x) => /^A[XY]\d/.test(x)).map((x) => x.split(" ")[0])).toEqual(["AX5:AX6", "AY2:AY3"]);
    expect(rb.find((x) => x.startsWith("AX5:"))).toContain("CLEAN(AX5)");
    // 42 rules (a name and 20 Bukti rules above the header and below it), none over row 1 or row 4
    expect([ra.length, rb.length]).toEqual([42, 42]);
    for (const x of [...ra, ...rb]) expect(x, x).toMatch(/^[A-Z]+(2:[A-Z]+3|5:[A-Z]+6) /);
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

  it("a copy scored by the version before (its rules over the header row): scored again, one set of rules, none over a header", async () => {
    const wb = await load(join(dir, "b.xlsx"));
    const ws = wb.getWorksheet("Inovasi") as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] };
    // the rules as session 24 wrote them: each field's from row 2 down to row 6, the block's moved Bukti AY2:AY3 and
    // AX4:AX6 (its header row 4 inside), each formula written for its range's first cell
    const above = ws.conditionalFormattings.filter((x) => /^[A-Z]+2:/.test(x.ref));
    ws.conditionalFormattings = above.map((x) => ({ ...x, ref: x.ref.startsWith("AY") ? x.ref : x.ref.replace(/3$/, "6") }));
    const ay = above.find((x) => x.ref.startsWith("AY"))!;
    ws.conditionalFormattings.push({ ...ay, ref: "AX4:AX6", rules: ay.rules.map((r) => ({ ...r, formulae: r.formulae!.map((f) => f.replaceAll("AY2", "AX4")) })) });
    const old = join(dir, "lama.xlsx");
    await wb.xlsx.writeFile(old);
    expect((await rules(old)).filter((x) => x.startsWith("A2:A6") || x.startsWith("AX4:AX6"))).toHaveLength(2);
    expect(await rules(old)).toHaveLength(22);
    const d = await cli(["score", old, "-o", join(dir, "d.xlsx")]);
    expect(d.code, d.err).not.toBe(2);
    expect(await rules(join(dir, "d.xlsx"))).toEqual(await rules(join(dir, "b.xlsx")));
  }, 60_000);

  it.skipIf(!hasSoffice)("LibreOffice colours no header cell: row 4's Bukti headers clear, the Tidak Ada below amber, the refused name red", async () => {
    for (const [file, moved] of [[join(dir, "a.xlsx"), "AY"], [join(dir, "b.xlsx"), "AX"]] as const) {
      const fills = renderedFills(file, dir);
      const amber = [...fills].filter(([, f]) => f === "#FFF3CD").map(([a]) => a);
      // before: every Bukti header of row 4 amber (P4, R4, … AY4 / AX4, … BC4): 20 cells
      expect([...fills.keys()].filter((a) => /^[A-Z]+[14]$/.test(a)), file).toEqual([]);
      expect(amber, file).toEqual([`${moved}6`]);
      expect(fills.get("A5"), file).toBe("#F8D7DA");
    }
  }, 240_000);
});
