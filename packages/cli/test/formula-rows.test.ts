/**
 * An analyst's template often has formulas filled down past the data (`=IF(A5="";"";…)`): rows that hold only
 * formulas whose result is empty. `inovasi score` reads them as the empty rows they show (no innovation, no message)
 * and writes the scored copy as for the same book without them: no output cell below the last row holding something,
 * the formulas kept.
 */
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { OUTPUT_COLUMNS } from "@inovasi/workbook";
import { cli, colOf, load, startedTemplate, tmp } from "./helpers.js";

const FILLED_TO = 400;

/** Three innovations; with `formulas`, rows 5–FILLED_TO hold formulas whose result is "" in three input columns. */
async function book(dir: string, formulas: boolean): Promise<string> {
  const path = join(dir, formulas ? "rumus.xlsx" : "polos.xlsx");
  const { wb, put, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"]]);
  for (const r of [2, 3, 4]) eligible(r, `Inovasi ${r}`, "Dinas Kesehatan");
  if (formulas) {
    for (let r = 5; r <= FILLED_TO; r++) {
      put(r, "Jumlah Kata Rancang Bangun", { formula: `IF(A${r}="","",LEN(A${r}))`, result: "" } as ExcelJS.CellValue);
      put(r, "Urusan", { formula: `IF(B${r}="","",B${r})`, result: "" } as ExcelJS.CellValue);
      put(r, "1. Bukti", { formula: `IF(A${r}="","","Menunggu")`, result: "" } as ExcelJS.CellValue);
    }
  }
  await wb.xlsx.writeFile(path);
  return path;
}

/** The output columns of Inovasi, row by row, as the scored copy holds them (value and number format of each cell). */
function outputCells(ws: ExcelJS.Worksheet): string[] {
  const cols = Object.values(OUTPUT_COLUMNS).map((h) => colOf(ws, h));
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    for (const c of cols) {
      const cell = row.getCell(c);
      if (cell.value !== null || cell.numFmt) out.push(`${cell.address} ${JSON.stringify(cell.value)} ${cell.numFmt ?? ""}`);
    }
    void r;
  });
  return out;
}

describe("rows holding only formulas whose result is empty", () => {
  it("no innovation, no message; the scored copy as without them, the formulas kept", async () => {
    const dir = tmp();
    const plain = await book(dir, false), filled = await book(dir, true);
    const a = await cli(["score", plain, "--json"]), b = await cli(["score", filled, "--json"]);
    expect(b.code).toBe(a.code);
    const ja = JSON.parse(a.out), jb = JSON.parse(b.out);
    expect(jb.claimed.jumlahInovasiCount).toBe(3);
    expect({ ...jb, output: "" }).toEqual({ ...ja, output: "" });
    const wa = (await load(plain.replace(/\.xlsx$/, ".scored.xlsx"))).getWorksheet("Inovasi")!;
    const wb = (await load(filled.replace(/\.xlsx$/, ".scored.xlsx"))).getWorksheet("Inovasi")!;
    expect(outputCells(wb)).toEqual(outputCells(wa));
    const urusan = colOf(wb, "Urusan");
    for (const r of [5, 200, FILLED_TO]) expect(wb.getCell(r, urusan).formula).toBe(`IF(B${r}="","",B${r})`);
  }, 120_000);
});

describe("a formula whose result is empty where an output column goes", () => {
  it("is kept, not written over, and said at its cell (sheet, cell) in Bahasa Indonesia; --overwrite replaces it", async () => {
    const dir = tmp();
    const path = join(dir, "rumus-di-keluaran.xlsx");
    const { wb, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"]]);
    for (const r of [2, 3, 4]) eligible(r, `Inovasi ${r}`, "Dinas Kesehatan");
    const inv = wb.getWorksheet("Inovasi")!;
    // where "Skor Klaim" goes: the column after the last header
    let last = 0;
    inv.getRow(1).eachCell((_, n) => { last = Math.max(last, n); });
    const at = inv.getCell(3, last + 1);
    at.value = { formula: '""', result: "" } as ExcelJS.CellValue;
    await wb.xlsx.writeFile(path);
    const run = await cli(["score", path, "--json"]);
    expect(run.code).toBe(0);
    const out = (await load(path.replace(/\.xlsx$/, ".scored.xlsx"))).getWorksheet("Inovasi")!;
    expect(out.getCell(1, last + 1).value).toBe(OUTPUT_COLUMNS.claimed);
    expect(out.getCell(3, last + 1).formula).toBe('""');
    expect(typeof out.getCell(2, last + 1).value).toBe("number");
    const problems = (await load(path.replace(/\.xlsx$/, ".scored.xlsx"))).getWorksheet("Masalah")!;
    const rows: string[] = [];
    problems.eachRow((row) => rows.push(row.values!.toString()));
    expect(rows.filter((r) => r.includes(at.address) && r.includes("rumus yang hasilnya kosong"))).toHaveLength(1);
    // asked to overwrite, the analyst's formula goes
    const again = await cli(["score", path, "--overwrite", "-o", join(dir, "ditimpa.xlsx")]);
    expect(again.code).toBe(0);
    const over = (await load(join(dir, "ditimpa.xlsx"))).getWorksheet("Inovasi")!;
    expect(over.getCell(3, last + 1).formula).toBeUndefined();
  }, 120_000);
});
