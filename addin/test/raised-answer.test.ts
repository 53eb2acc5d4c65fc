/**
 * The pane's Nilai on its own scored sheet, an answer raised by hand since (SID-5 "2 kali" → "3 kali atau lebih") with
 * its Bukti still "Diterima": warned at the Bukti as `inovasi score` warns it (the workbook's `raisedSinceAccepted`,
 * one logic). The verified points are read back with their values — below the read's sample too, where the other
 * output columns are asked only for where they are (ExcelApi 1.9), and where Excel cannot say (below 1.9).
 */
import { describe, expect, it } from "vitest";
import { type LocatedIssue, type WorkbookGrids, a1, earlierAcceptedTiers, raisedSinceAccepted, readWorkbook } from "@inovasi/workbook";
import { scoreRegion } from "@inovasi/core";
import { applyWrites, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { ctxOf, regionGrids } from "./fixtures.js";

const N = 600;
const ANSWER = "5. Bimbingan teknis (bimtek)";

async function nilai(host: FakeExcelHost, locale: "id" | "en" = "id") {
  const grids = await readGrids(ctxOf(host), { supports: host.supports });
  const out = scoreGrids(grids, { plan: "if-present", locale });
  if (!out.ok) throw new Error(out.issues.map((i) => i.message).join("\n"));
  await applyWrites(ctxOf(host), out.writes, { output: out.output, supports: host.supports });
  return out;
}

/** What the workbook's logic says on the same sheets read whole (the CLI's path: read, earlier tiers, score). */
function workbookSays(grids: WorkbookGrids): LocatedIssue[] {
  const read = readWorkbook(grids);
  return raisedSinceAccepted(earlierAcceptedTiers(grids, read.source, read.edition), scoreRegion(read.input!, read.edition), read.source, read.edition);
}

const raisedOf = (issues: LocatedIssue[]) => issues.filter((i) => i.code === "evidence_for_earlier_tier").map((i) => i.message);

describe("the add-in's re-run: an answer raised since the last Nilai, its Bukti still Diterima", async () => {
  const scored = new FakeExcelHost(regionGrids(N));
  await nilai(scored);
  const head = scored.sheet("Inovasi")!.cells[0]!;
  const answerCol = head.indexOf(ANSWER);
  const buktiCol = head.indexOf("5. Bukti");
  // a row near the top (in the read's sample) and the last (below it); row 2 is Inovasi 2, counted
  const rows = [2, N];

  const copy = (excelApi?: string) => {
    const host = new FakeExcelHost();
    for (const st of scored.sheets) host.sheets.push(structuredClone(st));
    if (excelApi) host.excelApi = excelApi;
    for (const r of rows) host.sheet("Inovasi")!.cells[r]![answerCol] = "3 kali atau lebih";
    return host;
  };

  it.each([["ExcelApi 1.17", undefined], ["ExcelApi 1.8 (no getSpecialCells)", "1.8"]])("%s: warned at each Bukti, as the workbook's logic says on the sheets read whole", async (_name, api) => {
    const host = copy(api);
    const whole = structuredClone(Object.fromEntries(host.sheets.map((s) => [s.name, { name: s.name, cells: s.cells }]))) as WorkbookGrids;
    const out = await nilai(host);
    const said = raisedOf(out.issues);
    expect(said).toEqual(rows.map((r) => `Inovasi!${a1(r, buktiCol)}: jawaban SID-5 di ${a1(r, answerCol)} berubah sejak penilaian terakhir (tingkat 2 → 3), tetapi Bukti ini masih "Diterima", status yang diberikan untuk jawaban tingkat 2; ketik "Menunggu" di sel ini sampai verifikator menerima bukti tingkat 3 — biarkan "Diterima" bila verifikator sudah menerimanya; sampai diubah, skor terverifikasi menghitung tingkat 3`));
    expect(said).toEqual(raisedOf(workbookSays(whole)));
    // in the row's notes
    const inv = host.sheet("Inovasi")!;
    expect(String(inv.cells[N]![head.indexOf("Skor Catatan")])).toContain(`${a1(N, buktiCol)}: jawaban SID-5`);
    // said once: the next Nilai takes tier 3 as the last run's
    expect(raisedOf((await nilai(host)).issues)).toEqual([]);
  }, 120_000);

  it("the Bukti set to Menunggu: nothing said", async () => {
    const host = copy();
    for (const r of rows) host.sheet("Inovasi")!.cells[r]![buktiCol] = "Menunggu";
    expect(raisedOf((await nilai(host)).issues)).toEqual([]);
  }, 120_000);
});
