/**
 * The province recap in the add-in against the in-memory Excel host: the twelve example kab/kota workbooks read from
 * their bytes (fflate), scored, recapped and written into an open workbook. The written sheets must equal what
 * `inovasi rekap` writes, the figures equal examples/provinsi-contoh/rekap.expected.json, a corrupt file is listed
 * with its reason while the others are recapped, and no other sheet of the open workbook changes.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { RECAP_SHEETS, RECAP_TITLES, type CellValue } from "@inovasi/workbook";
import { recapFiles, recapXlsx } from "../../packages/cli/src/recap.js";
import { loadWorkbook } from "../../packages/cli/src/xlsx-io.js";
// @ts-expect-error plain .mjs helpers shared with the example script
import { expectedRecap } from "../../examples/provinsi-contoh/expected-recap.mjs";
import { excelHost } from "../src/commands/host.js";
import type { XContext } from "../src/excel/adapter.js";
import { FakeExcelHost, type SheetState } from "../src/host-fake/excel.js";
import { type PickedFile, recapPicked } from "../src/recap.js";
import { norm } from "./fixtures.js";

const folder = fileURLToPath(new URL("../../examples/provinsi-contoh/", import.meta.url));
const names = readdirSync(folder).filter((f) => f.endsWith(".xlsx")).sort((a, b) => a.localeCompare(b));
const expected = JSON.parse(readFileSync(join(folder, "rekap.expected.json"), "utf8"));
const picked = (name: string, bytes: Uint8Array): PickedFile => ({ name, bytes: async () => bytes });
const exampleFiles = () => names.map((n) => picked(n, new Uint8Array(readFileSync(join(folder, n)))));

/** An open workbook: the analyst's own sheet, which the recap must not touch. */
function openWorkbook() {
  const own = { name: "Catatan Provinsi", cells: [["Rapat evaluasi", 2026], ["Peserta", 13]] };
  const excel = new FakeExcelHost({ [own.name]: own });
  const host = excelHost((f) => f(excel.context as unknown as XContext), () => true, async () => {});
  return { excel, host, own };
}

async function cliSheets(inputs: string[]) {
  const { files, recap } = await recapFiles({ inputs });
  const bytes = await recapXlsx(recap, files.filter((f) => !f.skipped));
  return { files, recap, grids: (await loadWorkbook(bytes)).grids };
}

/** A 0-based column's letters (A, …, Z, AA, …). */
const colName = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : colName(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));

const sheetOf = (excel: FakeExcelHost, name: string): SheetState => { const s = excel.sheet(name); if (!s) throw new Error(`no sheet ${name}`); return s; };

describe("the province recap in the add-in", () => {
  it("recaps the twelve examples to the committed expected recap and writes the sheets inovasi rekap writes", async () => {
    const run = await recapPicked(exampleFiles());
    expect(expectedRecap(run.recap, run.files)).toEqual(expected);

    const { excel, host, own } = openWorkbook();
    const outcome = await host.writeRecap(run.book!);
    expect(outcome.ok).toBe(true);

    const cli = await cliSheets([folder]);
    for (const name of Object.values(RECAP_SHEETS)) {
      expect(norm(sheetOf(excel, name).cells), name).toEqual(norm(cli.grids[name]!.cells));
    }
    // the analyst's sheet is untouched; the recap sheets follow it
    expect(sheetOf(excel, own.name).cells).toEqual(own.cells);
    expect(excel.sheets.map((s) => s.name)).toEqual([own.name, ...Object.values(RECAP_SHEETS)]);
    expect(excel.writes.every((w) => w.sheet !== own.name)).toBe(true);
    // drawn as the output description says: the chart over the distribution table, frozen header rows, widths
    const dist = sheetOf(excel, RECAP_SHEETS.distribution);
    expect(dist.charts).toEqual([expect.objectContaining({ name: "Rekap_Sebaran_Predikat", title: "Sebaran predikat: klaim dan terverifikasi", source: `A4:C${4 + run.recap.distribution.length}` })]);
    const spec = run.book!.output.ownedSheets.find((s) => s.name === RECAP_SHEETS.recap)!;
    expect(sheetOf(excel, RECAP_SHEETS.recap).freeze.rows).toBe(spec.freezeRows);
    expect(sheetOf(excel, RECAP_SHEETS.recap).widths.size).toBe(spec.widths.length);
    // printed as the CLI prints it: Rekap across pages at 75 %, its header row and the regions' names on every page
    const header = spec.print!.titleRows!.first;
    expect(sheetOf(excel, RECAP_SHEETS.recap).cells[header]![0]).toBe("Daerah");
    expect(sheetOf(excel, RECAP_SHEETS.recap)).toMatchObject({ orientation: "Landscape", print: { order: "OverThenDown", zoom: { scale: 75 }, titleRows: `$${header + 1}:$${header + 1}`, titleCols: "$A:$A" } });
    expect(sheetOf(excel, RECAP_SHEETS.problems).print).toEqual({ order: "OverThenDown", titleRows: "$3:$3" }); // one page wide: Excel's own scale
  });

  it("one corrupt, one truncated, one legacy and one sheetless file among good ones: each listed with its reason, the others recapped", async () => {
    const good = ["kab-bukit-contoh.xlsx", "kab-danau-contoh.xlsx", "kota-baru-contoh.xlsx"];
    const gunung = readFileSync(join(folder, "kab-gunung-contoh.xlsx"));
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Lembar1").getCell("A1").value = "catatan rapat";
    const files = [
      ...good.map((n) => picked(n, new Uint8Array(readFileSync(join(folder, n))))),
      picked("kab-rusak.xlsx", new TextEncoder().encode("ini bukan buku kerja, hanya teks yang diberi nama .xlsx")),
      picked("kab-terpotong.xlsx", new Uint8Array(gunung.subarray(0, Math.floor(gunung.length / 2)))),
      picked("kab-lama.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
      picked("kab-terkunci.xlsx", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0])),
      picked("kab-tanpa-lembar.xlsx", new Uint8Array(await empty.xlsx.writeBuffer())),
      { name: "kab-hilang.xlsx", bytes: async () => { throw new Error("NotFoundError"); } },
    ];
    const run = await recapPicked(files);
    expect(run.recap.regions.map((r) => r.region.name).sort()).toEqual(["Kabupaten Bukit Contoh", "Kabupaten Danau Contoh", "Kota Baru Contoh"]);
    const reason = (f: string) => run.files.find((x) => x.file === f)!.problems.map((p) => p.message).join(" | ");
    expect(run.files.filter((f) => !f.scored).map((f) => f.file)).toEqual(["kab-rusak.xlsx", "kab-terpotong.xlsx", "kab-lama.xls", "kab-terkunci.xlsx", "kab-tanpa-lembar.xlsx", "kab-hilang.xlsx"]);
    expect(reason("kab-rusak.xlsx")).toMatch(/^kab-rusak\.xlsx: bukan buku kerja Excel \(\.xlsx\)/);
    expect(reason("kab-terpotong.xlsx")).toMatch(/^kab-terpotong\.xlsx: bukan buku kerja Excel|^kab-terpotong\.xlsx: isi buku kerja rusak/);
    expect(reason("kab-lama.xls")).toBe("kab-lama.xls: berkas .xls tidak dapat dibaca; buka di Excel lalu simpan sebagai Buku Kerja Excel (.xlsx), lalu pilih berkas .xlsx itu");
    expect(reason("kab-terkunci.xlsx")).toMatch(/berkas \.xls lama atau buku kerja yang dilindungi kata sandi/);
    expect(reason("kab-tanpa-lembar.xlsx")).toMatch(/lembar "Pengaturan" tidak ada/);
    expect(reason("kab-hilang.xlsx")).toMatch(/tidak dapat dibaca dari disk/);
    // no internal paths, no zod words, no errno codes in what the analyst reads
    for (const f of run.files) for (const p of f.problems) expect(p.message).not.toMatch(/ENOENT|EACCES|ZodError|innovations\.\d|Error:/);

    const { excel, host } = openWorkbook();
    expect((await host.writeRecap(run.book!)).ok).toBe(true);
    // the same sheets as inovasi rekap over the same files (the reasons of unreadable files are worded for each host,
    // and the CLI names them by path: compared apart)
    const cli = await cliSheets(good.map((n) => join(folder, n)));
    for (const name of [RECAP_SHEETS.ranking, RECAP_SHEETS.distribution]) expect(norm(sheetOf(excel, name).cells), name).toEqual(norm(cli.grids[name]!.cells));
    const recapRows = (cells: CellValue[][]) => cells.filter((r) => typeof r[3] === "string" && String(r[3]).endsWith(".xlsx"));
    expect(recapRows(norm(sheetOf(excel, RECAP_SHEETS.recap).cells))).toEqual(recapRows(norm(cli.grids[RECAP_SHEETS.recap]!.cells)));
    expect(norm(sheetOf(excel, RECAP_SHEETS.recap).cells)).toContainEqual([null, "9 berkas: 3 dinilai, 6 tidak dapat dinilai (lihat lembar Masalah per Berkas)."]); // the notes: column B
    const problems = norm(sheetOf(excel, RECAP_SHEETS.problems).cells);
    expect(new Set(problems.filter((r) => r[1] === "tidak dinilai").map((r) => r[0]))).toEqual(new Set(run.files.filter((f) => !f.scored).map((f) => f.file)));
    const goodProblems = (cells: CellValue[][]) => cells.filter((r) => good.includes(String(r[0])));
    expect(goodProblems(problems)).toEqual(goodProblems(norm(cli.grids[RECAP_SHEETS.problems]!.cells)));
  });

  it("a re-run with fewer files clears the tool's recap sheets first: no row of the longer recap stays", async () => {
    const { excel, host } = openWorkbook();
    expect((await host.writeRecap((await recapPicked(exampleFiles())).book!)).ok).toBe(true);
    const two = await recapPicked(exampleFiles().slice(0, 2));
    const outcome = await host.writeRecap(two.book!);
    expect(outcome).toMatchObject({ ok: true, cleared: Object.values(RECAP_SHEETS) });
    const cli = await cliSheets(names.slice(0, 2).map((n) => join(folder, n)));
    for (const name of Object.values(RECAP_SHEETS)) expect(norm(sheetOf(excel, name).cells), name).toEqual(norm(cli.grids[name]!.cells));
    // the chart is updated in place, not drawn twice
    expect(sheetOf(excel, RECAP_SHEETS.distribution).charts).toHaveLength(1);
  });

  it("the Rekap sheet has the filter and the frozen name column the CLI's has, drawn from the same description; a re-run's filter covers the new table", async () => {
    const { excel, host } = openWorkbook();
    const run = await recapPicked(exampleFiles());
    const outcome = await host.writeRecap(run.book!);
    expect(outcome.ok && outcome.report.filtersApplied).toBe(2); // Rekap and Masalah per Berkas
    // the CLI's workbook, as exceljs reads it back: the filter's range and the frozen panes
    const { files, recap } = await recapFiles({ inputs: [folder] });
    const cli = new ExcelJS.Workbook();
    await cli.xlsx.load((await recapXlsx(recap, files.filter((f) => !f.skipped))) as unknown as ArrayBuffer);
    const box = (b: { row: number; col: number; rows: number; cols: number }) => `${colName(b.col)}${b.row + 1}:${colName(b.col + b.cols - 1)}${b.row + b.rows}`;
    for (const name of [RECAP_SHEETS.recap, RECAP_SHEETS.problems]) {
      const f = sheetOf(excel, name).autoFilter;
      expect(f, name).toBeDefined();
      expect(box(f!.box), name).toBe(String(cli.getWorksheet(name)!.autoFilter));
      expect(f!.hiddenRows).toEqual([]);
    }
    const view = cli.getWorksheet(RECAP_SHEETS.recap)!.views[0] as { xSplit?: number; ySplit?: number };
    expect(sheetOf(excel, RECAP_SHEETS.recap).freeze).toEqual({ rows: view.ySplit, cols: view.xSplit });
    expect(sheetOf(excel, RECAP_SHEETS.recap).freeze.cols).toBe(1); // the region's name stays in view
    // again with fewer files: the old filter is removed (it would cover the longer table) and one drawn over the new
    const two = await recapPicked(exampleFiles().slice(0, 2));
    const again = await host.writeRecap(two.book!);
    expect(again.ok && [again.report.filtersRemoved, again.report.filtersApplied]).toEqual([2, 2]);
    const spec = two.book!.output.ownedSheets.find((x) => x.name === RECAP_SHEETS.recap)!.autoFilter!;
    expect(sheetOf(excel, RECAP_SHEETS.recap).autoFilter!.box).toEqual({ row: spec.row, col: 0, rows: spec.lastRow - spec.row + 1, cols: spec.toCol + 1 });
    // an Excel before ExcelApi 1.9 has no AutoFilter API: the recap is still written, without one
    const old = new FakeExcelHost({});
    const oldHost = excelHost((f) => f(old.context as unknown as XContext), (v) => Number(v.split(".")[1]) < 9, async () => {});
    expect((await oldHost.writeRecap(run.book!)).ok).toBe(true);
    expect(sheetOf(old, RECAP_SHEETS.recap).autoFilter).toBeUndefined();
  });

  it("a sheet of the analyst's called Peringkat (or rekap in another case) stops the write; nothing is touched", async () => {
    const run = await recapPicked(exampleFiles().slice(0, 3));
    for (const [name, cells] of [["Peringkat", [["Peringkat lomba inovasi desa"]]], ["rekap", [[RECAP_TITLES.recap]]]] as const) {
      const mine = { name, cells: cells.map((r) => [...r]) };
      const excel = new FakeExcelHost({ [name]: mine });
      const host = excelHost((f) => f(excel.context as unknown as XContext), () => true, async () => {});
      expect(await host.writeRecap(run.book!)).toEqual({ ok: false, foreign: [name] });
      expect(excel.sheets.map((s) => s.name)).toEqual([name]);
      expect(excel.writes).toEqual([]);
      expect(excel.sheet(name)!.cells).toEqual(cells);
    }
    // an empty sheet of that name is used as it is
    const excel = new FakeExcelHost({ Peringkat: { name: "Peringkat", cells: [] } });
    const host = excelHost((f) => f(excel.context as unknown as XContext), () => true, async () => {});
    expect((await host.writeRecap(run.book!)).ok).toBe(true);
  });

  it("nothing scored: no sheets to write, every file with its reason", async () => {
    const run = await recapPicked([picked("a.xlsx", new TextEncoder().encode("teks"))], { locale: "en" });
    expect(run.book).toBeUndefined();
    expect(run.files[0]!.problems[0]!.message).toMatch(/^a\.xlsx: not an Excel workbook/);
  });
});
