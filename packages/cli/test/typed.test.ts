/**
 * What analysts type, end to end: an .xlsx written by Excel's rules (exceljs), scored by `inovasi score` through the
 * streaming reader. Each cell is read as meant or reported at its cell; none is scored silently wrong.
 */
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getEdition } from "@inovasi/core";
import { OUTPUT_COLUMNS } from "@inovasi/workbook";
import { cli, colOf, load, startedTemplate, tmp } from "./helpers.js";

const e = getEdition("iid-2026")!;
const sid = e.indicators.filter((i) => i.aspect === "SID");
const header = (id: string) => { const i = sid.find((x) => x.id === id)!; return `${i.number}. ${i.name.id}`; };

/** A template with `n` fully answered innovations of Dinas Kesehatan (tier-2 options, evidence accepted) from row 2. */
async function filled(path: string, n: number) {
  const t = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"]]);
  for (let r = 2; r < 2 + n; r++) t.eligible(r, `Si Sehat ${r}`, "Dinas Kesehatan");
  return t;
}

async function scored(path: string, rows: number[]) {
  const out = path.replace(/\.xlsx$/, ".hasil.xlsx");
  const run = await cli(["score", path, "-o", out, "--json"]);
  const json = JSON.parse(run.out) as { issues: { severity: string; code: string; cell: string | null; message: string }[] };
  const ws = (await load(out)).getWorksheet("Inovasi")!;
  const verified = rows.map((r) => ws.getCell(r, colOf(ws, OUTPUT_COLUMNS.verified)).value);
  return { code: run.code, issues: json.issues, verified };
}

describe("what analysts type, through inovasi score", () => {
  it("reports a formula that failed at its cell instead of scoring the answer as unanswered", async () => {
    const path = join(tmp(), "rumus.xlsx");
    const t = await filled(path, 2);
    const inv = t.wb.getWorksheet("Inovasi")!;
    const c = colOf(inv, header("SID-3"));
    inv.getCell(3, c).value = { formula: "VLOOKUP(Z3,Daftar!A:B,2,FALSE)", result: { error: "#N/A" } } as ExcelJS.CellValue;
    await t.wb.xlsx.writeFile(path);
    const r = await scored(path, [2, 3]);
    expect(r.code).toBe(1);
    const at = inv.getCell(3, c).address;
    expect(r.issues.filter((i) => i.cell === at).map((i) => i.message)).toEqual([
      `Inovasi!${at}: rumus di sel ini menghasilkan kesalahan #N/A, jadi "${header("SID-3")}" tidak terbaca; perbaiki rumusnya atau ketik nilainya`,
    ]);
  });

  it("reads an agency and an evidence status merged over two rows in both rows", async () => {
    const path = join(tmp(), "gabung.xlsx");
    const t = await filled(path, 2);
    const inv = t.wb.getWorksheet("Inovasi")!;
    const agency = colOf(inv, "Perangkat Daerah");
    const evidence = colOf(inv, "1. Bukti");
    inv.getCell(3, agency).value = null;
    inv.getCell(3, evidence).value = null;
    inv.mergeCells(2, agency, 3, agency);
    inv.mergeCells(2, evidence, 3, evidence);
    await t.wb.xlsx.writeFile(path);
    const r = await scored(path, [2, 3]);
    expect(r.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(r.verified[1]).toBe(r.verified[0]); // the second row's evidence is the merged "Diterima", not "Menunggu"
    expect(r.code).toBe(0);
  });

  it("scores 0.125 poin typed as text as 0,125 (it was 125) and reads an IPM of 72.513 as 72,513 (72513 cannot be an IPM), said at its cell (audit17 F11)", async () => {
    const spdOf = async (tpo: string) => {
      const path = join(tmp(), "angka.xlsx");
      const t = await filled(path, 1);
      const spd = t.wb.getWorksheet("SPD")!;
      const rowOf = (code: string) => { let n = -1; spd.eachRow((row, k) => { if (row.getCell(1).value === code) n = k; }); return n; };
      spd.getCell(rowOf("SPD-5a"), 3).value = tpo; // TPT fell by … poin: > 0 and < 0,36 is tier 2, ≥ 0,36 tier 3
      spd.getCell(rowOf("SPD-5a"), 4).value = "Diterima";
      spd.getCell(rowOf("SPD-11b"), 3).value = "72.513";
      await t.wb.xlsx.writeFile(path);
      const run = await cli(["score", path, "-o", path.replace(".xlsx", ".hasil.xlsx"), "--json"]);
      const json = JSON.parse(run.out) as { claimed: { spd: number }; issues: { code: string; cell: string | null; message: string }[] };
      return { spd: json.claimed.spd, issues: json.issues, ipm: `C${rowOf("SPD-11b")}`, tpt: `C${rowOf("SPD-5a")}` };
    };
    const dot = await spdOf("0.125");
    const comma = await spdOf("0,125");
    const big = await spdOf("125");
    expect(dot.spd).toBe(comma.spd);
    expect(big.spd).toBeGreaterThan(dot.spd);
    expect(dot.issues.filter((i) => i.cell === dot.tpt)).toEqual([]);
    expect(dot.issues.find((i) => i.cell === dot.ipm)!.message).toBe(
      `SPD!${dot.ipm}: "72.513" dibaca 72,513 (tingkat 2), bukan 72513, yang tidak mungkin lebih dari 100`,
    );
  });
});
