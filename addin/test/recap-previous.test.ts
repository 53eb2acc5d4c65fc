/**
 * The pane's recap with last year's files (as `inovasi rekap --previous`): examples/provinsi-contoh (2026) against
 * examples/provinsi-contoh-2025, read from their bytes. The comparison must equal the CLI's for the same files, the
 * Banding Tahun sheet the one the CLI writes; an unreadable file of last year's is listed, not fatal; a re-run replaces
 * the sheet, and a run without last year's files writes none and removes nothing.
 */
import { copyFileSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { compareRecaps } from "@inovasi/core";
import { RECAP_SHEETS, RECAP_YEARS_SHEET, RECAP_YEARS_TITLE, type CellValue } from "@inovasi/workbook";
import { recapFiles, recapXlsx } from "../../packages/cli/src/recap.js";
import { loadWorkbook } from "../../packages/cli/src/xlsx-io.js";
import { cli as inovasi, loadBytes, tmp } from "../../packages/cli/test/helpers.js";
import { excelHost } from "../src/commands/host.js";
import { recapWorkbooks } from "../src/commands/recap.js";
import type { XContext } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { recapProgress, recapStatusText } from "../src/pane/recap-state.js";
import { recapView } from "../src/pane/recap-view.js";
import { createStore, initialState, recapPreviousText, reduce } from "../src/pane/state.js";
import { type PickedFile, type RecapRun, recapPicked } from "../src/recap.js";
import { norm } from "./fixtures.js";

const now = fileURLToPath(new URL("../../examples/provinsi-contoh/", import.meta.url));
const last = fileURLToPath(new URL("../../examples/provinsi-contoh-2025/", import.meta.url));
const xlsx = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort((a, b) => a.localeCompare(b));
const picked = (name: string, bytes: Uint8Array): PickedFile => ({ name, bytes: async () => bytes });
const filesOf = (dir: string, names = xlsx(dir)) => names.map((n) => picked(n, new Uint8Array(readFileSync(join(dir, n)))));
const rusak = () => picked("kab-rusak-2025.xlsx", new TextEncoder().encode("ini bukan buku kerja"));

/** An example workbook with rows of its Pengaturan sheet changed, as bytes. */
async function withSettings(dir: string, name: string, settings: Record<string, string | number>): Promise<PickedFile> {
  const wb = await loadBytes(new Uint8Array(readFileSync(join(dir, name))));
  wb.getWorksheet("Pengaturan")!.eachRow((row) => {
    const key = String(row.getCell(1).value);
    if (key in settings) row.getCell(2).value = settings[key]!;
  });
  return picked(name, new Uint8Array(await wb.xlsx.writeBuffer()));
}

function setup(sheets: Record<string, { name: string; cells: (string | number | null)[][] }> = {}) {
  const excel = new FakeExcelHost(sheets);
  const host = excelHost((f) => f(excel.context as unknown as XContext), () => true, async () => {});
  return { excel, host, store: createStore(initialState("id")) };
}

describe("the pane's recap with a list of regions and last year's files", () => {
  it("names last year's regions as the list spells them too, as inovasi rekap --previous --regions (audit35)", async () => {
    // Gunung's 2025 file spelt its region otherwise, and Gunung sent no 2026 file: only last year's side names it
    const gunung = await withSettings(last, "kab-gunung-2025.xlsx", { "Nama Daerah": "KAB. GUNUNG CONTOH" });
    const expected = ["Kabupaten Bukit Contoh", "Kabupaten Gunung Contoh"].map((name) => ({ name, level: "kabupaten" as const }));
    const r = await recapPicked(filesOf(now, ["kab-bukit-contoh.xlsx"]), { recap: { expected }, previous: [...filesOf(last, ["kab-bukit-2025.xlsx"]), gunung] });
    expect(r.previous!.comparison!.onlyBefore.map((x) => x.name)).toEqual(["Kabupaten Gunung Contoh"]);
    // without the list, the file's spelling, as before
    const bare = await recapPicked(filesOf(now, ["kab-bukit-contoh.xlsx"]), { previous: [...filesOf(last, ["kab-bukit-2025.xlsx"]), gunung] });
    expect(bare.previous!.comparison!.onlyBefore.map((x) => x.name)).toEqual(["KAB. GUNUNG CONTOH"]);
  }, 60_000);
});

describe("Rekap provinsi with last year's files (as inovasi rekap --previous)", () => {
  let run: RecapRun;
  let cli: { comparison: ReturnType<typeof compareRecaps>; sheet: CellValue[][] };
  beforeAll(async () => {
    run = await recapPicked(filesOf(now), { previous: filesOf(last) });
    const [a, b] = [await recapFiles({ inputs: [now] }), await recapFiles({ inputs: [last] })];
    const comparison = compareRecaps(b.recap, a.recap);
    const grids = (await loadWorkbook(await recapXlsx(a.recap, a.files.filter((f) => !f.skipped), "id", comparison))).grids;
    cli = { comparison, sheet: norm(grids[RECAP_YEARS_SHEET]!.cells) };
  }, 120_000);

  it("gives the comparison the CLI gives for the same files, and describes the CLI's Banding Tahun sheet", () => {
    expect(run.previous!.files.every((f) => f.scored)).toBe(true);
    expect(run.previous!.comparison).toEqual(cli.comparison);
    expect(run.previous!.comparison!.regions.length).toBeGreaterThan(0);
    expect(run.book!.output.ownedSheets.map((s) => s.name)).toEqual([...Object.values(RECAP_SHEETS), RECAP_YEARS_SHEET]);
    // the same rows as the CLI's sheet: positions in `at.years` point at each region's row
    const grid: CellValue[][] = [];
    for (const w of run.book!.writes.filter((x) => x.sheet === RECAP_YEARS_SHEET)) (grid[w.row] ??= [])[w.col] = w.value as CellValue;
    expect(norm(grid)).toEqual(cli.sheet);
    run.previous!.comparison!.regions.forEach((r, i) => expect(grid[run.book!.at.years![i]!]![0]).toBe(r.after.name));
  });

  it("writes Banding Tahun through the host beside the recap sheets; the pane's status says who rose or fell and the average then → now", async () => {
    const { excel, host, store } = setup({ Catatan: { name: "Catatan", cells: [["rapat"]] } });
    store.dispatch({ type: "recap-previous", files: filesOf(last) });
    const seen: number[] = [];
    const texts: string[] = [];
    store.subscribe((s) => { if (s.recap.phase === "reading") { seen.push(recapProgress(s.recap)); texts.push(recapStatusText(s.recap, "id", "id-ID")); } });
    const r = (await recapWorkbooks(host, store, filesOf(now)))!;
    expect(excel.sheets.map((s) => s.name)).toEqual(["Catatan", ...Object.values(RECAP_SHEETS), RECAP_YEARS_SHEET]);
    expect(norm(excel.sheet(RECAP_YEARS_SHEET)!.cells)).toEqual(cli.sheet);
    expect(excel.sheet("Catatan")!.cells).toEqual([["rapat"]]);
    // last year's files read after this year's, named as such; the bar keeps rising across both
    expect(texts).toContain("Membaca dan menilai berkas tahun lalu 1 dari 12: kab-bukit-2025.xlsx…");
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(Math.max(...seen)).toBeLessThan(90);
    const c = r.previous!.comparison!;
    const status = recapStatusText(store.get().recap, "id", "id-ID");
    expect(status.startsWith("Selesai. Rekap ditulis di lembar Rekap, Peringkat, Sebaran Predikat, Masalah per Berkas dan Banding Tahun. Dibanding tahun 2025: ")).toBe(true);
    expect(status).toContain(`— ${c.moved.rose} naik, ${c.moved.fell} turun, ${c.moved.same} tetap`);
    const avg = (n: number) => n.toFixed(2).replace(".", ",");
    // the headline is like for like: the regions ranked in both years (audit21 F1)
    const like = c.province.likeForLike;
    expect(status).toContain(`; rata-rata indeks terverifikasi ${like.regions} daerah berperingkat di kedua tahun ${avg(like.before!)} → ${avg(like.after!)} (`);
    expect(recapStatusText(store.get().recap, "en", "en-US")).toMatch(new RegExp(`and Banding Tahun\\. Against 2025: .* ${c.moved.rose} rose, ${c.moved.fell} fell.*; average verified index of the ${like.regions} regions ranked in both years ${like.before!.toFixed(2).replace(".", "\\.")} → `));

    // the view: the sheet's notes, each region's change linked to its row on Banding Tahun
    const v = recapView(r, true, "id", "id-ID");
    expect(v.years!.heading).toBe("Dibanding tahun lalu");
    expect(v.years!.notes[0]).toBe(status.split("Banding Tahun. ")[1]!.split("; rata-rata")[0]);
    expect(v.years!.notes.some((n) => n.startsWith("Provinsi 2025 → 2026 (kab/kota): rata-rata indeks terverifikasi "))).toBe(true);
    expect(v.years!.items).toHaveLength(c.regions.length);
    c.regions.forEach((x, i) => {
      const item = v.years!.items[i]!;
      expect(item.text.startsWith(`${x.after.name}: `)).toBe(true);
      expect(item.link!.sheet).toBe(RECAP_YEARS_SHEET);
      const row = Number(/\d+$/.exec(item.link!.cell)![0]) - 1;
      expect(excel.sheet(RECAP_YEARS_SHEET)!.cells[row]![0]).toBe(x.after.name);
    });
    expect(v.years!.items.some((i) => /: \d+,\d\d .+ → \d+,\d\d .+ \([+−±]\d+,\d\d(; predikat (naik|turun))?\)$/.test(i.text))).toBe(true);
    // the predicate named when it moved; no change given for a year not reported
    expect(v.years!.items.map((i) => i.text)).toContain("Kota Bandar Contoh: 64,59 Inovatif → 76,32 Sangat Inovatif (+11,73; predikat naik)");
    expect(v.years!.items.map((i) => i.text)).toContain("Kabupaten Sunyi Contoh: 13,73 Kurang Inovatif → belum melapor");
    // the rank's move among the 10 regions ranked in both years (its own ranks say 8 → 5), as the sheet's and the CLI's
    expect(v.years!.items.map((i) => i.text)).toContain("Kabupaten Bukit Contoh: 14,59 Kurang Inovatif → 26,30 Kurang Inovatif (+11,71; peringkat naik 4)");
    expect(v.years!.notes[1]).toBe("Peringkat: di antara daerah berperingkat tahun itu (12 daerah 2025, 11 daerah 2026), daerah yang berbeda; peringkat sebanding: di antara 10 daerah berperingkat di kedua tahun, tempat naik dan turunnya peringkat dihitung.");
    expect(v.years!.notScored.items).toEqual([]);
    const en = recapView(r, true, "en", "en-US").years!;
    expect(en.heading).toBe("Against last year");
    expect(en.items.map((i) => i.text)).toContain("Kota Bandar Contoh: 64.59 Innovative → 76.32 Very innovative (+11.73; predicate up)");
  });

  it("an unreadable file of last year's is listed with its reason; the others are compared", async () => {
    const { excel, host, store } = setup();
    const some = xlsx(last).slice(0, 4);
    store.dispatch({ type: "recap-previous", files: [...filesOf(last, some), rusak()] });
    const r = (await recapWorkbooks(host, store, filesOf(now)))!;
    expect(r.previous!.files.find((f) => f.file === "kab-rusak-2025.xlsx")).toMatchObject({ scored: false, problems: [{ severity: "error", message: expect.stringMatching(/^kab-rusak-2025\.xlsx: bukan buku kerja Excel/) }] });
    expect(r.previous!.comparison!.regions).toHaveLength(4);
    expect(excel.sheet(RECAP_YEARS_SHEET)!.cells[0]![0]).toBe(RECAP_YEARS_TITLE);
    const v = recapView(r, true, "id", "id-ID");
    expect(v.years!.notScored).toEqual({ heading: "Berkas tahun lalu yang tidak dapat dinilai", items: [{ text: expect.stringMatching(/^kab-rusak-2025\.xlsx: bukan buku kerja Excel/) }] });
    // this year's not-scored list is this year's files only
    expect(v.notScored.items).toEqual([]);
  });

  it("none of last year's files readable: the recap is written without Banding Tahun, and the status says why", async () => {
    const { excel, host, store } = setup();
    store.dispatch({ type: "recap-previous", files: [rusak()] });
    const r = (await recapWorkbooks(host, store, filesOf(now, xlsx(now).slice(0, 3))))!;
    expect(r.previous!.comparison).toBeUndefined();
    expect(excel.sheets.map((s) => s.name)).toEqual(Object.values(RECAP_SHEETS));
    expect(recapStatusText(store.get().recap, "id", "id-ID")).toBe("Selesai. Rekap ditulis di lembar Rekap, Peringkat, Sebaran Predikat dan Masalah per Berkas. Lembar Banding Tahun tidak ditulis: tidak satu pun berkas tahun lalu dapat dinilai (alasannya di bawah).");
    expect(recapView(r, true, "id", "id-ID").years!.notScored.items).toHaveLength(1);
  });

  it("none of last year's files readable while an earlier Banding Tahun is there: the status says to fix last year's files, not to pick them (review17 finding 1)", async () => {
    const { excel, host, store } = setup();
    store.dispatch({ type: "recap-previous", files: filesOf(last, xlsx(last).slice(0, 2)) });
    await recapWorkbooks(host, store, filesOf(now, xlsx(now).slice(0, 3)));
    const before = structuredClone(excel.sheet(RECAP_YEARS_SHEET)!.cells);
    store.dispatch({ type: "recap-previous", files: [rusak()] });
    await recapWorkbooks(host, store, filesOf(now, xlsx(now).slice(0, 3)));
    expect(excel.sheet(RECAP_YEARS_SHEET)!.cells).toEqual(before);
    const id = recapStatusText(store.get().recap, "id", "id-ID");
    expect(id).toBe("Selesai. Rekap ditulis di lembar Rekap, Peringkat, Sebaran Predikat dan Masalah per Berkas. Lembar Banding Tahun tidak diperbarui: tidak satu pun berkas tahun lalu dapat dinilai (alasannya di bawah); lembar Banding Tahun di buku kerja ini masih dari rekap sebelumnya. Perbaiki atau ganti berkas tahun lalu, lalu rekap lagi.");
    expect(id).not.toContain("pilih juga berkas tahun lalu");
    const en = recapStatusText(store.get().recap, "en", "en-US");
    expect(en).toBe("Done. The recap is on the sheets Rekap, Peringkat, Sebaran Predikat and Masalah per Berkas. The Banding Tahun sheet was not updated: none of last year's files could be scored (the reasons are below); the Banding Tahun sheet in this workbook is still from an earlier recap. Fix or replace last year's files, then recap again.");
    expect(en).not.toContain("choose last year's files too");
  });

  it("last year's files all skipped (a recap picked as last year's): the pane lists them where the status says the reasons are (review17 finding 3)", async () => {
    const { host, store } = setup();
    const a = await recapFiles({ inputs: [last] });
    const recapBytes = new Uint8Array(await recapXlsx(a.recap, a.files.filter((f) => !f.skipped), "id"));
    store.dispatch({ type: "recap-previous", files: [picked("rekap-2025.xlsx", recapBytes)] });
    const r = (await recapWorkbooks(host, store, filesOf(now, xlsx(now).slice(0, 3))))!;
    expect(r.previous!.files).toMatchObject([{ file: "rekap-2025.xlsx", scored: false, skipped: true }]);
    expect(recapStatusText(store.get().recap, "id", "id-ID")).toContain("tidak satu pun berkas tahun lalu dapat dinilai (alasannya di bawah)");
    const v = recapView(r, true, "id", "id-ID");
    expect(v.years!.skipped).toEqual({ heading: "Berkas tahun lalu yang dilewati (rekap atau banding buatan inovasi)", items: [{ text: "rekap-2025.xlsx" }] });
    expect(v.years!.notScored.items).toEqual([]);
    // this year's "Dilewati" is this year's files only
    expect(v.skipped.items).toEqual([]);
    expect(recapView(r, true, "en", "en-US").years!.skipped).toEqual({ heading: "Last year's files skipped (recaps or comparisons made by inovasi)", items: [{ text: "rekap-2025.xlsx" }] });
  });

  it("last year's files all of this year: the comparison is refused with the words of rekap --previous (exit 2 there); this year's recap is still written, without Banding Tahun (prov31, audit29 F2)", async () => {
    const { excel, host, store } = setup();
    const three = xlsx(now).slice(0, 3);
    store.dispatch({ type: "recap-previous", files: filesOf(now, three) });
    const r = (await recapWorkbooks(host, store, filesOf(now, three)))!;
    // was: a comparison of each region with its own file and a "tidak lebih awal" warning after it
    expect(r.previous!.comparison).toBeUndefined();
    expect(r.previous!.noEarlier).toEqual({ year: 2026, files: three.map((id) => ({ id, year: 2026 })) });
    expect(excel.sheets.map((s) => s.name)).toEqual(Object.values(RECAP_SHEETS));
    const why = `tidak ada buku kerja tahun sebelum 2026 (tahun rekap ini); Tahun Penilaian di lembar Pengaturan berkas itu: ${three.map((f) => `${f} (2026)`).join(", ")}`;
    expect(recapStatusText(store.get().recap, "id", "id-ID")).toBe(`Selesai. Rekap ditulis di lembar Rekap, Peringkat, Sebaran Predikat dan Masalah per Berkas. Lembar Banding Tahun tidak ditulis: ${why} — pilih berkas kab/kota tahun sebelumnya.`);
    const whyEn = `no workbook of a year before 2026 (this recap's year); Tahun Penilaian on those files' Pengaturan sheet: ${three.map((f) => `${f} (2026)`).join(", ")}`;
    expect(recapStatusText(store.get().recap, "en", "en-US")).toBe(`Done. The recap is on the sheets Rekap, Peringkat, Sebaran Predikat and Masalah per Berkas. No Banding Tahun sheet was written: ${whyEn} — choose last year's kab/kota files.`);
    expect(recapView(r, true, "id", "id-ID").years!.notes).toEqual([`${why.charAt(0).toUpperCase()}${why.slice(1)}.`]);
    // the CLI refuses the same files with the same reason
    const dir = tmp();
    for (const f of three) copyFileSync(join(now, f), join(dir, f));
    const refused = await inovasi(["rekap", ...three.map((f) => join(dir, f)), "--previous", dir, "-o", join(dir, "rekap.xlsx")]);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain(`--previous ${dir}: ${why} — sebut berkas tahun sebelumnya; rekap tidak ditulis`);
  }, 120_000);

  it("last year's files all of this year while an earlier Banding Tahun is there: it is left, and the status says it is an earlier recap's (prov31)", async () => {
    const { excel, host, store } = setup();
    const three = xlsx(now).slice(0, 3);
    store.dispatch({ type: "recap-previous", files: filesOf(last, xlsx(last).slice(0, 2)) });
    await recapWorkbooks(host, store, filesOf(now, three));
    const before = structuredClone(excel.sheet(RECAP_YEARS_SHEET)!.cells);
    store.dispatch({ type: "recap-previous", files: filesOf(now, three.slice(0, 1)) });
    await recapWorkbooks(host, store, filesOf(now, three));
    expect(excel.sheet(RECAP_YEARS_SHEET)!.cells).toEqual(before);
    expect(recapStatusText(store.get().recap, "id", "id-ID")).toBe(`Selesai. Rekap ditulis di lembar Rekap, Peringkat, Sebaran Predikat dan Masalah per Berkas. Lembar Banding Tahun tidak diperbarui: tidak ada buku kerja tahun sebelum 2026 (tahun rekap ini); Tahun Penilaian di lembar Pengaturan berkas itu: ${three[0]} (2026) — pilih berkas kab/kota tahun sebelumnya; lembar Banding Tahun di buku kerja ini masih dari rekap sebelumnya.`);
  }, 120_000);

  it("last year's files of 2025 and 2026, one each: 2025 is last year, the 2026 file named as another year, not compared with itself (audit29 F2)", async () => {
    const { host, store } = setup();
    const mixed = [...filesOf(last, ["kab-bukit-2025.xlsx"]), ...filesOf(now, ["kab-hulu-contoh.xlsx"])];
    store.dispatch({ type: "recap-previous", files: mixed });
    const r = (await recapWorkbooks(host, store, filesOf(now, ["kab-bukit-contoh.xlsx", "kab-hulu-contoh.xlsx"])))!;
    const c = r.previous!.comparison!;
    expect(c.years).toEqual({ before: 2025, after: 2026 });
    expect(c.notes).not.toContain("year_not_later");
    expect(c.regions.map((x) => x.after.name)).toEqual(["Kabupaten Bukit Contoh"]);
    expect(c.outsideYear.before).toEqual([{ id: "kab-hulu-contoh.xlsx", year: 2026 }]);
  });

  it("last year scored with another edition: the status line says so, as the CLI's \"!\" line (review17 finding 4); each change names the editions in one pair of parentheses (finding 7)", async () => {
    const { host, store } = setup();
    // Bandar's predicate moves (Inovatif → Sangat Inovatif)
    const some = [...xlsx(last).slice(0, 3), "kota-bandar-2025.xlsx"];
    store.dispatch({ type: "recap-previous", files: await Promise.all(some.map((n) => withSettings(last, n, { "Edisi Model": "iid-2027-projection" }))) });
    const r = (await recapWorkbooks(host, store, filesOf(now)))!;
    expect(r.previous!.comparison!.notes).toEqual(["different_edition"]);
    expect(recapStatusText(store.get().recap, "id", "id-ID")).toMatch(/\)\. Kedua tahun dinilai dengan edisi berbeda: selisihnya mencampur perubahan model dengan perubahan daerah\. Edisi 2025: iid-2027-projection; edisi 2026: iid-2026\. 4 daerah 2025 dinilai dengan edisi iid-2027-projection \(tahun 2027\): predikat, ambang dan aturannya dari tahun 2027, bukan 2025\.$/);
    expect(recapStatusText(store.get().recap, "en", "en-US")).toMatch(/\)\. The two years were scored with different editions: the change mixes model changes with the region's\. Edition 2025: iid-2027-projection; edition 2026: iid-2026\. 4 regions of 2025 scored with edition iid-2027-projection \(year 2027\): its predicates, thresholds and rules are 2027's, not 2025's\.$/);
    // each region's change with the editions beside it, in one pair of parentheses (review17 finding 7)
    const items = recapView(r, true, "id", "id-ID").years!.items.map((i) => i.text);
    // ranks among the four regions of both years (each year's within its edition): Bukit passed Danau
    expect(items).toContain("Kabupaten Bukit Contoh: 14,59 Kurang Inovatif → 26,30 Kurang Inovatif (+11,71; peringkat naik 1; edisi iid-2027-projection → iid-2026)");
    expect(items.some((t) => /; predikat (naik|turun); edisi iid-2027-projection → iid-2026\)$/.test(t))).toBe(true);
    for (const t of items) expect(t).not.toMatch(/\([^)]*\(/);
    expect(recapView(r, true, "en", "en-US").years!.items.map((i) => i.text)).toContain("Kabupaten Bukit Contoh: 14.59 Less innovative → 26.30 Less innovative (+11.71; rank up 1; edition iid-2027-projection → iid-2026)");
  });

  it("this year's files give nothing to recap: last year's are not read, and no empty \"Dibanding tahun lalu\" is drawn (review17 finding 5)", async () => {
    const { host, store } = setup();
    store.dispatch({ type: "recap-previous", files: filesOf(last) });
    const read: string[] = [];
    store.subscribe((s) => { if (s.recap.phase === "reading" && s.recap.file) read.push(s.recap.file.name); });
    const r = (await recapWorkbooks(host, store, [picked("kab-rusak-2026.xlsx", new TextEncoder().encode("x"))]))!;
    expect([...new Set(read)]).toEqual(["kab-rusak-2026.xlsx"]);
    expect(r.previous).toBeUndefined();
    expect(recapStatusText(store.get().recap, "id", "id-ID")).toBe("Tidak ada berkas yang dapat dinilai; lembar rekap tidak ditulis. Alasannya di bawah.");
    expect(recapView(r, false, "id", "id-ID").years).toBeUndefined();
    // the year box matching none of this year's files: the same (as the CLI, which refuses before reading --previous)
    const year = await recapPicked(filesOf(now, xlsx(now).slice(0, 2)), { recap: { year: 2024 }, previous: filesOf(last, xlsx(last).slice(0, 2)) });
    expect(year.recap.regions).toEqual([]);
    expect(year.previous).toBeUndefined();
    // a view of last year's files with nothing to say (no comparison, none failed or skipped) draws no section
    const lastYear = await recapPicked(filesOf(last, xlsx(last).slice(0, 2)));
    expect(recapView({ ...r, previous: { files: lastYear.files, recap: lastYear.recap, comparison: undefined } }, false, "id", "id-ID").years).toBeUndefined();
  });

  it("a re-run replaces Banding Tahun; a run without last year's files writes none, leaves the earlier one as it is and says so", async () => {
    const { excel, host, store } = setup();
    store.dispatch({ type: "recap-previous", files: filesOf(last) });
    await recapWorkbooks(host, store, filesOf(now));
    const long = norm(excel.sheet(RECAP_YEARS_SHEET)!.cells).length;
    // again against two of last year's files: no row of the longer comparison stays
    store.dispatch({ type: "recap-previous", files: filesOf(last, xlsx(last).slice(0, 2)) });
    const two = (await recapWorkbooks(host, store, filesOf(now)))!;
    const sheet = norm(excel.sheet(RECAP_YEARS_SHEET)!.cells);
    expect(sheet.length).toBeLessThan(long);
    const onlyNow = new Set(two.previous!.comparison!.onlyAfter.map((x) => x.name));
    expect(sheet.filter((r) => onlyNow.has(String(r[0]))).length).toBe(onlyNow.size);
    expect(excel.sheets.filter((s) => s.name === RECAP_YEARS_SHEET)).toHaveLength(1);

    // dropped: the next recap has no comparison; the tool's Banding Tahun is left whole and named in the status
    store.dispatch({ type: "recap-previous", files: undefined });
    const before = structuredClone(excel.sheet(RECAP_YEARS_SHEET)!.cells);
    const writes = excel.writes.length;
    const plain = (await recapWorkbooks(host, store, filesOf(now, xlsx(now).slice(0, 3))))!;
    expect(plain.previous).toBeUndefined();
    expect(plain.book!.output.ownedSheets.map((s) => s.name)).not.toContain(RECAP_YEARS_SHEET);
    expect(excel.writes.slice(writes).some((w) => w.sheet === RECAP_YEARS_SHEET)).toBe(false);
    expect(excel.sheet(RECAP_YEARS_SHEET)!.cells).toEqual(before);
    expect(recapStatusText(store.get().recap, "id", "id-ID")).toBe("Selesai. Rekap ditulis di lembar Rekap, Peringkat, Sebaran Predikat dan Masalah per Berkas. Lembar Banding Tahun di buku kerja ini masih dari rekap sebelumnya; untuk memperbaruinya, pilih juga berkas tahun lalu.");
    expect(recapView(plain, true, "id", "id-ID").years).toBeUndefined();
  });

  it("an analyst's own sheet called Banding Tahun: left alone without last year's files, and it stops a recap with them (nothing touched)", async () => {
    const mine = [["Banding anggaran tahunan"], ["2025", 10]];
    const { excel, host, store } = setup({ [RECAP_YEARS_SHEET]: { name: RECAP_YEARS_SHEET, cells: mine.map((r) => [...r]) } });
    await recapWorkbooks(host, store, filesOf(now, xlsx(now).slice(0, 2)));
    expect(store.get().recap).toMatchObject({ phase: "done", written: true });
    expect(recapStatusText(store.get().recap, "id", "id-ID")).toBe("Selesai. Rekap ditulis di lembar Rekap, Peringkat, Sebaran Predikat dan Masalah per Berkas.");
    expect(excel.sheet(RECAP_YEARS_SHEET)!.cells).toEqual(mine);
    store.dispatch({ type: "recap-previous", files: filesOf(last, xlsx(last).slice(0, 2)) });
    const writes = excel.writes.length;
    await recapWorkbooks(host, store, filesOf(now, xlsx(now).slice(0, 2)));
    expect(store.get().recap).toMatchObject({ phase: "done", written: false, foreign: [RECAP_YEARS_SHEET] });
    expect(excel.writes.length).toBe(writes);
    expect(excel.sheet(RECAP_YEARS_SHEET)!.cells).toEqual(mine);
  });

  it("a recap that writes nothing names the tool's recap sheets left in the workbook, not the analyst's own Banding Tahun; one sheet in the singular (review17 finding 2)", async () => {
    const mine = [["Banding anggaran tahunan"], ["2025", 10]];
    const own = setup({ [RECAP_YEARS_SHEET]: { name: RECAP_YEARS_SHEET, cells: mine.map((r) => [...r]) } });
    await recapWorkbooks(own.host, own.store, [rusak()]);
    expect(recapStatusText(own.store.get().recap, "id", "id-ID")).toBe("Tidak ada berkas yang dapat dinilai; lembar rekap tidak ditulis. Alasannya di bawah.");
    expect(recapStatusText(own.store.get().recap, "en", "en-US")).toBe("No file could be scored; no recap sheet was written. The reasons are below.");
    // the tool's Banding Tahun alone (its A1 the tool's title): named, in the singular in English
    const tool = setup({ [RECAP_YEARS_SHEET]: { name: RECAP_YEARS_SHEET, cells: [[RECAP_YEARS_TITLE], ["catatan"]] }, Catatan: { name: "Catatan", cells: [["rapat"]] } });
    await recapWorkbooks(tool.host, tool.store, [rusak()]);
    expect(recapStatusText(tool.store.get().recap, "id", "id-ID")).toBe("Tidak ada berkas yang dapat dinilai; lembar rekap tidak ditulis. Alasannya di bawah. Lembar Banding Tahun di buku kerja ini masih dari rekap sebelumnya.");
    expect(recapStatusText(tool.store.get().recap, "en", "en-US")).toBe("No file could be scored; no recap sheet was written. The reasons are below. The sheet Banding Tahun in this workbook is still from an earlier recap.");
  });
});

describe("Rekap provinsi: last year's files in the pane's state", () => {
  it("kept until dropped, said in the section with how many and the first names, in both languages", () => {
    const files = ["a-2025.xlsx", "b-2025.xlsx", "c-2025.xlsx", "d-2025.xlsx"].map((n) => picked(n, new Uint8Array()));
    let s = initialState("id");
    expect(recapPreviousText(s)).toBe("");
    s = reduce(s, { type: "recap-previous", files });
    expect(s.recapPrevious).toHaveLength(4);
    expect(recapPreviousText(s)).toBe("Berkas tahun lalu: 4 berkas (a-2025.xlsx, b-2025.xlsx, c-2025.xlsx, …); rekap berikutnya dibandingkan dengannya di lembar Banding Tahun.");
    expect(recapPreviousText(reduce(s, { type: "lang", lang: "en" }))).toBe("Last year's files: 4 files (a-2025.xlsx, b-2025.xlsx, c-2025.xlsx, …); the next recap is compared with them on the Banding Tahun sheet.");
    // a recap keeps them (a re-run compares again); dropping them empties the line
    s = reduce(s, { type: "recap-start", files: 2, previous: 4 });
    expect(s.recapPrevious).toHaveLength(4);
    expect(reduce(s, { type: "recap-previous", files: undefined }).recapPrevious).toBeUndefined();
    expect(reduce(s, { type: "recap-previous", files: [] }).recapPrevious).toBeUndefined();
  });

  it("progress runs over both years' files: this year's first, then last year's", () => {
    let s = reduce(initialState("id"), { type: "recap-start", files: 2, previous: 2 });
    const at = (a: { k: number; previous: boolean }) => {
      s = reduce(s, { type: "recap-file", k: a.k, n: 2, name: "x.xlsx", previous: a.previous });
      return recapProgress(s.recap);
    };
    expect([at({ k: 1, previous: false }), at({ k: 2, previous: false }), at({ k: 1, previous: true }), at({ k: 2, previous: true })]).toEqual([0, 23, 45, 68]);
    expect(recapStatusText(s.recap, "en", "en-US")).toBe("Reading and scoring last year's file 2 of 2: x.xlsx…");
  });
});
