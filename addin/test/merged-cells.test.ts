/**
 * Merged cells scored in place in Excel as `inovasi score` scores the same file: an .xlsx with "Dinas Kesehatan"
 * merged over three innovation rows and an evidence status merged over two, scored by the CLI (the streaming reader,
 * `<mergeCell>`) and by the add-in against the in-memory Excel host seeded with the same cells and merged areas
 * (ExcelApi 1.13, `Range.getMergedAreasOrNullObject`). Same grids, same merged areas, same scores, same problems, same
 * cells written; an Excel below 1.13 reads as before.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { getEdition } from "@inovasi/core";
import { type CellRange, type CellValue, type WorkbookGrids, OUTPUT_COLUMNS } from "@inovasi/workbook";
import { readGrids as readFileGrids } from "@inovasi/workbook/xlsx-read";
import { cli, colOf, load, startedTemplate, tmp } from "../../packages/cli/test/helpers.js";
import { jsonReport } from "../../packages/cli/src/report.js";
import { openPackage } from "../../packages/cli/src/xlsx/open.js";
import { excelHost } from "../src/commands/host.js";
import { scoreWorkbook } from "../src/commands/score.js";
import { type ReadReport, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost, parseA1 } from "../src/host-fake/excel.js";
import { createStore, initialState } from "../src/pane/state.js";
import { ctxOf, norm } from "./fixtures.js";

const e = getEdition("iid-2026")!;
const sid = e.indicators.filter((i) => i.aspect === "SID");

const sorted = (m: CellRange[] | undefined) => [...(m ?? [])].sort((a, b) => a.row - b.row || a.col - b.col);

/**
 * Five innovations; agencies merged as analysts merge them (Dinas Kesehatan over rows 2–4, Kecamatan Hulu over 5–6),
 * the first indicator's evidence "Ditolak" merged over rows 2–3, and the title of a note merged across two columns.
 */
async function mergedWorkbook(): Promise<{ path: string; wb: ExcelJS.Workbook }> {
  const path = join(tmp(), "gabung.xlsx");
  const t = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"], ["Kecamatan Hulu", "Kecamatan"]]);
  for (let r = 2; r <= 6; r++) t.eligible(r, `Inovasi ${r}`, r === 2 ? "Dinas Kesehatan" : r === 5 ? "Kecamatan Hulu" : null);
  const inv = t.wb.getWorksheet("Inovasi")!;
  const agency = colOf(inv, "Perangkat Daerah");
  const evidence = colOf(inv, `${sid[0]!.number}. Bukti`);
  inv.getCell(2, evidence).value = "Ditolak";
  inv.getCell(3, evidence).value = null;
  inv.mergeCells(2, agency, 4, agency);
  inv.mergeCells(5, agency, 6, agency);
  inv.mergeCells(2, evidence, 3, evidence);
  const ag = t.wb.getWorksheet("Perangkat Daerah")!;
  ag.getCell("D1").value = "Catatan";
  ag.mergeCells("D1:E1");
  await t.wb.xlsx.writeFile(path);
  return { path, wb: t.wb };
}

/**
 * The workbook as Excel holds it: each sheet's values (only a merged area's top-left cell holds one) and its merged
 * areas, taken from exceljs's model of the file — not from the reader under comparison.
 */
async function asExcelHolds(path: string, wb: ExcelJS.Workbook): Promise<WorkbookGrids> {
  const grids = await readFileGrids(openPackage(new Uint8Array(await readFile(path))));
  for (const g of Object.values(grids)) {
    const ws = wb.getWorksheet(g.name);
    const merges = ((ws?.model as { merges?: string[] } | undefined)?.merges ?? []).map(parseA1);
    delete g.merges;
    if (merges.length) g.merges = merges;
  }
  return grids;
}

async function inExcel(seed: WorkbookGrids, excelApi = "1.17") {
  const excel = new FakeExcelHost(structuredClone(seed));
  excel.excelApi = excelApi;
  const host = excelHost((f) => f(ctxOf(excel)), excel.supports, async () => {});
  const store = createStore(initialState("id"));
  const out = await scoreWorkbook(host, store);
  if (!out?.ok) throw new Error(`not scored: ${JSON.stringify(out?.issues.map((i) => i.message))}`);
  return { excel, out };
}

/** The Inovasi sheet's output column `header`, rows 2–6, from a grid of cells (0-based). */
function outputColumn(cells: CellValue[][], header: string): CellValue[] {
  const c = cells[0]!.indexOf(header);
  expect(c).toBeGreaterThan(0);
  return [1, 2, 3, 4, 5].map((r) => cells[r]?.[c] ?? null);
}

describe("merged cells, scored in place in Excel as inovasi score scores the file", () => {
  it("reads the same cells and merged areas as the CLI's reader, and gives the same scores, problems and written cells", async () => {
    const { path, wb } = await mergedWorkbook();
    const scoredPath = path.replace(/\.xlsx$/, ".hasil.xlsx");
    const run = await cli(["score", path, "-o", scoredPath, "--json"]);
    const report = JSON.parse(run.out);
    expect(report.issues.filter((i: { severity: string }) => i.severity === "error")).toEqual([]);

    const fileGrids = await readFileGrids(openPackage(new Uint8Array(await readFile(path))));
    const seed = await asExcelHolds(path, wb);
    // grids: what the add-in reads through Office.js is what the CLI reads from the file, merged areas included
    const excel = new FakeExcelHost(structuredClone(seed));
    const read: ReadReport = { syncs: 0, retries: 0 };
    const grids = await readGrids(ctxOf(excel), { supports: excel.supports }, read);
    expect(read.syncs).toBe(3 + 1); // names; sizes and tables; sample with the merged areas; one block of formats: no sync more
    expect(read.retries).toBe(0);
    for (const name of ["Inovasi", "Perangkat Daerah", "Pengaturan", "SPD"]) {
      expect(norm(grids[name]!.cells), name).toEqual(norm(fileGrids[name]!.cells));
      expect(sorted(grids[name]!.merges), name).toEqual(sorted(fileGrids[name]!.merges));
    }
    expect(sorted(grids["Inovasi"]!.merges)).toHaveLength(3);
    // a cell a merged area covers is blank (null), as in the file, not Excel's "" for an empty cell: the reader fills it
    for (const m of grids["Inovasi"]!.merges!) {
      for (let r = m.row; r < m.row + m.rows; r++) {
        for (let c = m.col; c < m.col + m.cols; c++) {
          if (r !== m.row || c !== m.col) expect(grids["Inovasi"]!.cells[r]![c], `${r},${c}`).toBeNull();
        }
      }
    }

    // scored in place: the same report as `inovasi score --json` (scores, agencies, problems with their cells)
    const { excel: scored, out } = await inExcel(seed);
    const mine = jsonReport(out.result, out.issues, undefined, report.model, undefined, { edition: out.edition, source: out.source });
    expect({ ok: true, ...mine, output: scoredPath }).toEqual(report);
    expect(out.result.innovations.map((i) => i.agency)).toEqual(["Dinas Kesehatan", "Dinas Kesehatan", "Dinas Kesehatan", "Kecamatan Hulu", "Kecamatan Hulu"]);
    // and the same cells written beside each row as in the CLI's scored copy
    const copy = (await load(scoredPath)).getWorksheet("Inovasi")!;
    const copyCells: CellValue[][] = [];
    copy.eachRow((row, r) => { copyCells[r - 1] = (row.values as CellValue[]).slice(1).map((v) => v ?? null); });
    const inPlace = scored.sheet("Inovasi")!.cells;
    for (const h of Object.values(OUTPUT_COLUMNS)) expect(outputColumn(inPlace, h), h).toEqual(outputColumn(copyCells, h));
    // the rejected evidence merged over rows 2–3 counts for both (their verified score is below the others')
    const verified = outputColumn(inPlace, OUTPUT_COLUMNS.verified) as number[];
    expect(verified[1]).toBe(verified[0]);
    expect(verified[0]).toBeLessThan(verified[2]!);
  }, 60_000);

  it("an Excel below ExcelApi 1.13 reads as before: no merged areas asked, no failed request, the blank cells reported", async () => {
    const { path, wb } = await mergedWorkbook();
    const seed = await asExcelHolds(path, wb);
    const excel = new FakeExcelHost(structuredClone(seed));
    excel.excelApi = "1.12";
    const read: ReadReport = { syncs: 0, retries: 0 };
    const grids = await readGrids(ctxOf(excel), { supports: excel.supports }, read);
    expect(read).toEqual({ syncs: 4, retries: 0 });
    for (const g of Object.values(grids)) expect(g.merges, g.name).toBeUndefined();
    // the fake does refuse the API below 1.13, so the read above never asked for it
    excel.context.workbook.worksheets.getItem("Inovasi").getRangeByIndexes(0, 0, 5, 5).getMergedAreasOrNullObject().load("address");
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
    // without the merged areas the blank agency cells are reported, as before this change
    const store = createStore(initialState("id"));
    const out = await scoreWorkbook(excelHost((f) => f(ctxOf(excel)), excel.supports, async () => {}), store);
    const blank = out!.issues.filter((i) => i.code === "required" && i.field === "Perangkat Daerah").map((i) => i.cell);
    const c = String.fromCharCode(64 + colOf(wb.getWorksheet("Inovasi")!, "Perangkat Daerah"));
    expect(blank).toEqual([`${c}3`, `${c}4`, `${c}6`]);
  }, 60_000);
});
