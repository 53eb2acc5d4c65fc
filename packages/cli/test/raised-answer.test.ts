/**
 * `inovasi score` on its own scored copy, an answer raised by hand since (SID-5 "2 kali" → "3 kali atau lebih") with
 * its Bukti still "Diterima": warned at the Bukti (plan33's open question). The copy's verified points are read back
 * for it (`RERUN_READING`), the rest of its output only for where it is.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type CellValue, type CellWrite, type WorkbookOutput, a1 } from "@inovasi/workbook";
import { readGrids } from "@inovasi/workbook/xlsx-read";
import { scoreWorkbookFile } from "../src/index.js";
import { openPackage } from "../src/xlsx/open.js";
import { patchWorkbook } from "../src/xlsx/patch.js";
import { cli, colOf, startedTemplate, tmp } from "./helpers.js";

const NO_OUTPUT: WorkbookOutput = { ownedSheets: [], charts: [], tables: [], conditionalFormats: [] };

/** Cells of the Inovasi sheet (or `sheet`) typed as Excel saves them (only those cells change); `row` 0-based. */
async function typeInto(bytes: Uint8Array, cells: { row: number; header: string; value: CellValue }[], sheet = "Inovasi"): Promise<Uint8Array> {
  const head = (await readGrids(openPackage(bytes)))[sheet]!.cells[0]!;
  const writes: CellWrite[] = cells.map(({ row, header, value }) => {
    const col = head.indexOf(header);
    if (col < 0) throw new Error(`no column ${header}`);
    return { sheet, row, col, address: a1(row, col), value };
  });
  return (await patchWorkbook(openPackage(bytes), writes, NO_OUTPUT)).bytes;
}

async function score(bytes: Uint8Array, locale: "id" | "en" = "id") {
  const file = join(tmp(), "buku.xlsx");
  writeFileSync(file, bytes);
  const r = await scoreWorkbookFile({ input: file, locale });
  if (!r.ok) throw new Error(r.messages.join("\n"));
  return { bytes: r.output, issues: r.issues, result: r.result };
}

const ANSWER = "5. Bimbingan teknis (bimtek)";

describe("inovasi score on its scored copy: an answer raised since, its Bukti still Diterima", async () => {
  const path = join(tmp(), "asli.xlsx");
  const { wb, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"], ["Dinas Pendidikan", "Dinas"]]);
  eligible(2, "Si Sehat", "Dinas Kesehatan");
  eligible(3, "Sekolah Ramah", "Dinas Pendidikan");
  await wb.xlsx.writeFile(path);
  const first = await score(new Uint8Array(readFileSync(path)));
  const head = (await readGrids(openPackage(first.bytes)))["Inovasi"]!.cells[0]!;
  const answer = a1(1, head.indexOf(ANSWER));
  const bukti = a1(1, head.indexOf("5. Bukti"));

  it("is warned at its Bukti with both tiers and what to type; the verified score counts tier 3, in the copy too", async () => {
    expect(first.issues.filter((i) => i.code === "evidence_for_earlier_tier")).toEqual([]);
    const again = await score(await typeInto(first.bytes, [{ row: 1, header: ANSWER, value: "3 kali atau lebih" }]));
    const said = again.issues.filter((i) => i.code === "evidence_for_earlier_tier");
    expect(said.map((i) => i.message)).toEqual([
      `Inovasi!${bukti}: jawaban SID-5 di ${answer} berubah sejak penilaian terakhir (tingkat 2 → 3), tetapi Bukti ini masih "Diterima", status yang diberikan untuk jawaban tingkat 2; ketik "Menunggu" di sel ini sampai verifikator menerima bukti tingkat 3 — biarkan "Diterima" bila verifikator sudah menerimanya; sampai diubah, skor terverifikasi menghitung tingkat 3`,
    ]);
    expect(said[0]!.severity).toBe("warning");
    // not changed silently: the verified total rose by SID-5's weight (1) × 1 tier, as the claimed one did
    const rise = (p: "claimed" | "verified") => again.result.innovations[0]![p].total! - first.result.innovations[0]![p].total!;
    expect(rise("verified")).toBeGreaterThan(0);
    expect(rise("verified")).toBeCloseTo(rise("claimed"), 9);
    // in the copy: the row's notes and the Masalah sheet
    const grids = await readGrids(openPackage(again.bytes));
    const notes = grids["Inovasi"]!.cells[1]![head.indexOf("Skor Catatan")];
    expect(String(notes)).toContain(`${bukti}: jawaban SID-5 di ${answer} berubah sejak penilaian terakhir (tingkat 2 → 3)`);
    expect(grids["Masalah"]!.cells.some((r) => r.includes(bukti) && r.some((v) => typeof v === "string" && v.includes("tingkat 2 → 3")))).toBe(true);
  }, 120_000);

  it("the CLI prints it in English with --lang en", async () => {
    const file = join(tmp(), "edited.xlsx");
    writeFileSync(file, await typeInto(first.bytes, [{ row: 1, header: ANSWER, value: "3 kali atau lebih" }]));
    const r = await cli(["score", file, "-o", join(tmp(), "out.xlsx"), "--lang", "en"]);
    expect(r.out + r.err).toContain(`changed since the last scoring (tier 2 → 3), but this Bukti still says "Diterima"`);
  }, 120_000);

  it.each([
    ["its Bukti set to Menunggu", [{ row: 1, header: ANSWER, value: "3 kali atau lebih" }, { row: 1, header: "5. Bukti", value: "Menunggu" }]],
    ["the tier lowered (2 → 1)", [{ row: 1, header: ANSWER, value: "1 kali" }]],
    ["nothing edited", []],
  ] as [string, { row: number; header: string; value: CellValue }[]][])("nothing said when %s", async (_name, edits) => {
    const again = await score(edits.length ? await typeInto(first.bytes, edits) : first.bytes);
    expect(again.issues.filter((i) => i.code === "evidence_for_earlier_tier")).toEqual([]);
  }, 120_000);
});

describe("inovasi score on its scored copy: an SPD row raised since (SPD-12 2 → 3), its Bukti still Diterima", async () => {
  const path = join(tmp(), "asli.xlsx");
  const { wb, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"]]);
  eligible(2, "Si Sehat", "Dinas Kesehatan");
  // SPD-12 at tier 2, its evidence accepted
  const spd = wb.getWorksheet("SPD")!;
  const spdCol = (header: string) => colOf(spd, header);
  let at = 0;
  spd.eachRow((r, n) => { if (r.getCell(spdCol("Kode")).value === "SPD-12") at = n; });
  spd.getCell(at, spdCol("Jawaban")).value = "Sertifikat dan insentif";
  spd.getCell(at, spdCol("Bukti")).value = "Diterima";
  await wb.xlsx.writeFile(path);
  const first = await score(new Uint8Array(readFileSync(path)));
  const answer = a1(at - 1, spdCol("Jawaban") - 1);
  const bukti = a1(at - 1, spdCol("Bukti") - 1);
  const raise = (extra: { row: number; header: string; value: CellValue }[] = []) =>
    typeInto(first.bytes, [{ row: at - 1, header: "Jawaban", value: "Sertifikat, insentif dan mekanisme pengendalian" }, ...extra], "SPD");

  it("is warned at its Bukti, the last run's tier read from the copy's Ringkasan; said once", async () => {
    expect(first.issues.filter((i) => i.code === "evidence_for_earlier_tier")).toEqual([]);
    const again = await score(await raise());
    expect(again.issues.filter((i) => i.code === "evidence_for_earlier_tier").map((i) => i.message)).toEqual([
      `SPD!${bukti}: jawaban SPD-12 di ${answer} berubah sejak penilaian terakhir (tingkat 2 → 3), tetapi Bukti ini masih "Diterima", status yang diberikan untuk jawaban tingkat 2; ketik "Menunggu" di sel ini sampai verifikator menerima bukti tingkat 3 — biarkan "Diterima" bila verifikator sudah menerimanya; sampai diubah, skor terverifikasi menghitung tingkat 3`,
    ]);
    // the verified SPD counts tier 3: weight 2 more
    expect(again.result.verified.spd.score! - first.result.verified.spd.score!).toBeCloseTo(2, 9);
    const third = await score(again.bytes);
    expect(third.issues.filter((i) => i.code === "evidence_for_earlier_tier")).toEqual([]);
  }, 120_000);

  it("its Bukti set to Menunggu: nothing said", async () => {
    const again = await score(await raise([{ row: at - 1, header: "Bukti", value: "Menunggu" }]));
    expect(again.issues.filter((i) => i.code === "evidence_for_earlier_tier")).toEqual([]);
  }, 120_000);
});

describe("inovasi score --model on its scored copy, the model file edited under the same id since (weights changed)", async () => {
  const path = join(tmp(), "asli.xlsx");
  const { wb, eligible } = await startedTemplate(path, [["Dinas Kesehatan", "Dinas"]]);
  eligible(2, "Si Sehat", "Dinas Kesehatan");
  await wb.xlsx.writeFile(path);
  const example = JSON.parse(readFileSync(new URL("../../../examples/model-provinsi-contoh.json", import.meta.url), "utf8")) as { $schema?: string; indicators: object[] };
  delete example.$schema;
  const model = join(tmp(), "model.json");
  writeFileSync(model, JSON.stringify(example));
  const first = join(tmp(), "pertama.xlsx");
  const scored = await cli(["score", path, "--model", model, "-o", first]);
  const said = (r: { out: string; err: string }) => (r.out + r.err).split("\n").filter((l) => l.includes("sejak penilaian terakhir"));

  it("the model as it was: an answer raised is warned (the copy's points read as the model's tiers)", async () => {
    expect(scored.code).toBe(0);
    const file = join(tmp(), "naik.xlsx");
    writeFileSync(file, await typeInto(new Uint8Array(readFileSync(first)), [{ row: 1, header: ANSWER, value: "3 kali atau lebih" }]));
    expect(said(await cli(["score", file, "--model", model, "-o", join(tmp(), "out.xlsx")])).map((l) => /\(tingkat \d → \d\)/.exec(l)?.[0])).toEqual(["(tingkat 2 → 3)"]);
  }, 120_000);

  it("SID-5's weight edited 1 → 2 under the same id: its 2 points of tier 2 are not read as tier 1 (nothing raised, nothing said)", async () => {
    const edited = join(tmp(), "model-diubah.json");
    writeFileSync(edited, JSON.stringify({ ...example, indicators: [...example.indicators, { id: "SID-5", weight: 2 }] }));
    const r = await cli(["score", first, "--model", edited, "-o", join(tmp(), "out.xlsx")]);
    expect(r.code).toBe(0);
    expect(said(r)).toEqual([]);
  }, 120_000);
});
