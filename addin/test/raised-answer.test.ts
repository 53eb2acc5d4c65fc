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
import { spdAtTier2 } from "../../packages/workbook/test/helpers.js";
import { ctxOf, regionGrids } from "./fixtures.js";

const N = 600;
const ANSWER = "5. Bimbingan teknis (bimtek)";

async function nilai(host: FakeExcelHost, locale: "id" | "en" = "id", budgetBytes?: number) {
  const grids = await readGrids(ctxOf(host), { supports: host.supports, ...(budgetBytes ? { budgetBytes } : {}) });
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

describe("the add-in's re-run: an SPD row raised since the last Nilai (SPD-12 2 → 3), its Bukti still Diterima", async () => {
  const seed = regionGrids(40);
  spdAtTier2(seed);
  const scored = new FakeExcelHost(seed);
  await nilai(scored);
  const spd = scored.sheet("SPD")!;
  const row = spd.cells.findIndex((r) => r[0] === "SPD-12");
  const answerCol = spd.cells[0]!.indexOf("Jawaban");
  const buktiCol = spd.cells[0]!.indexOf("Bukti");
  const copy = () => {
    const host = new FakeExcelHost();
    for (const st of scored.sheets) host.sheets.push(structuredClone(st));
    host.sheet("SPD")!.cells[row]![answerCol] = "Sertifikat, insentif dan mekanisme pengendalian";
    return host;
  };

  // a small read budget: the sample holds the sheets' top rows only, the Ringkasan's breakdown (its SPD rows' verified
  // points, the last run's tiers) is read below it, with the rows the pane otherwise reads for where they are
  it.each([["the default read", undefined], ["a read whose sample stops above the Ringkasan's breakdown", 40_000]])("%s: warned at its Bukti, as the workbook's logic says on the sheets read whole; said once", async (_name, budget) => {
    const host = copy();
    const whole = structuredClone(Object.fromEntries(host.sheets.map((s) => [s.name, { name: s.name, cells: s.cells }]))) as WorkbookGrids;
    const said = raisedOf((await nilai(host, "id", budget)).issues);
    expect(said).toEqual([`SPD!${a1(row, buktiCol)}: jawaban SPD-12 di ${a1(row, answerCol)} berubah sejak penilaian terakhir (tingkat 2 → 3), tetapi Bukti ini masih "Diterima", status yang diberikan untuk jawaban tingkat 2; ketik "Menunggu" di sel ini sampai verifikator menerima bukti tingkat 3 — biarkan "Diterima" bila verifikator sudah menerimanya; sampai diubah, skor terverifikasi menghitung tingkat 3`]);
    expect(said).toEqual(raisedOf(workbookSays(whole)));
    expect(raisedOf((await nilai(host, "id", budget)).issues)).toEqual([]);
  }, 120_000);

  it("in English too", async () => {
    const said = raisedOf((await nilai(copy(), "en")).issues);
    expect(said).toEqual([`SPD!${a1(row, buktiCol)}: the answer to SPD-12 in ${a1(row, answerCol)} changed since the last scoring (tier 2 → 3), but this Bukti still says "Diterima", a status given for the tier 2 answer; type "Menunggu" in this cell until the verifier accepts the tier 3 evidence — leave "Diterima" if the verifier has accepted it; until it is changed, the verified score counts tier 3`]);
  }, 120_000);
});
