import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "../src/index.js";

export const tmp = (): string => mkdtempSync(join(tmpdir(), "inovasi-cli-"));

export async function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

export async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Column number (1-based) of a header on row 1. */
export function colOf(ws: ExcelJS.Worksheet, header: string): number {
  let found = -1;
  ws.getRow(1).eachCell((c, n) => { if (c.value === header) found = n; });
  if (found < 0) throw new Error(`no header ${header}`);
  return found;
}

/** Every cell of a sheet as address → { value, style } (JSON), for byte-level comparison of input areas. */
export function snapshot(ws: ExcelJS.Worksheet, maxCol = Infinity): Map<string, string> {
  const m = new Map<string, string>();
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      if (col > maxCol) return;
      m.set(cell.address, JSON.stringify({ v: cell.value, t: cell.type, s: cell.style, dv: cell.dataValidation ?? null }));
    }),
  );
  return m;
}
