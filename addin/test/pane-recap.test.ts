/**
 * The pane's "Rekap provinsi" logic in Node: the section's state and status line, the view model (texts in both
 * languages, the decimal comma, every link pointing at the cell that holds what the line says), and the run against
 * the in-memory host through the shared store.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RECAP_HEADERS, RECAP_SHEETS, RECAP_TITLES, SHEET_TITLES, recapRowTarget } from "@inovasi/workbook";
import { getEdition } from "@inovasi/core";
import { excelHost } from "../src/commands/host.js";
import { recapWorkbooks } from "../src/commands/recap.js";
import type { XContext } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { initialRecap, isRecapBusy, recapProgress, recapStatusText, reduceRecap, type RecapAction } from "../src/pane/recap-state.js";
import { parseRecapYear, recapTargetOptions, recapYearHint } from "../src/pane/recap-target.js";
import { recapView } from "../src/pane/recap-view.js";
import { recapFiles } from "../../packages/cli/src/index.js";
import { loadBytes } from "../../packages/cli/test/helpers.js";
import { createStore, initialState, reduce, regionListProblems } from "../src/pane/state.js";
import { type PickedFile, readRegionListFile, recapPicked } from "../src/recap.js";

const folder = fileURLToPath(new URL("../../examples/provinsi-contoh/", import.meta.url));
const names = readdirSync(folder).filter((f) => f.endsWith(".xlsx")).sort();
const picked = (name: string, bytes: Uint8Array): PickedFile => ({ name, bytes: async () => bytes });
const files = () => [
  ...names.map((n) => picked(n, new Uint8Array(readFileSync(join(folder, n))))),
  picked("kab-rusak.xlsx", new TextEncoder().encode("bukan buku kerja")),
];

function setup(sheets: Record<string, { name: string; cells: (string | number | null)[][] }> = {}) {
  const excel = new FakeExcelHost(sheets);
  const host = excelHost((f) => f(excel.context as unknown as XContext), () => true, async () => {});
  return { excel, host, store: createStore(initialState("id")) };
}

/** The value of the cell a link points at, in the in-memory workbook. */
function cellOf(excel: FakeExcelHost, link: { sheet: string; cell: string }) {
  const m = /^([A-Z]+)(\d+)$/.exec(link.cell)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return excel.sheet(link.sheet)!.cells[Number(m[2]) - 1]?.[col];
}

describe("Rekap provinsi: state and status line", () => {
  it("reading file k of n → writing → done, with rising progress, busy until done", () => {
    const steps: RecapAction[] = [{ type: "recap-start", files: 3 }, { type: "recap-file", k: 1, n: 3, name: "a.xlsx" }, { type: "recap-file", k: 3, n: 3, name: "c.xlsx" }];
    let s = initialRecap();
    const seen: [string, number, boolean][] = [];
    for (const a of steps) { s = reduceRecap(s, a); seen.push([s.phase, recapProgress(s), isRecapBusy(s)]); }
    expect(seen).toEqual([["reading", 0, true], ["reading", 0, true], ["reading", 60, true]]);
    expect(recapStatusText(s, "id", "id-ID")).toBe("Membaca dan menilai berkas 3 dari 3: c.xlsx…");
    expect(recapStatusText(s, "en", "en-US")).toBe("Reading and scoring file 3 of 3: c.xlsx…");
    const run = { files: [], recap: { target: null, regions: [], distribution: [], editions: [], mixedEditions: false, duplicates: [], years: [], mixedYears: false, provinces: [], expected: null, outsideDistribution: [], totals: { regions: 0, reported: 0, ranked: 0, unranked: { indexUnknown: 0, flawed: 0, notReported: 0 }, innovations: { reported: 0, counted: 0, flawed: 0 }, averageIndex: null, withoutInnovation: [], agenciesWithout: 0 }, year: null, outsideYear: [], notScored: [], unknownTarget: null }, book: undefined };
    s = reduceRecap(s, { type: "recap-writing", run });
    expect([s.phase, recapProgress(s), isRecapBusy(s), recapStatusText(s, "id", "id-ID")]).toEqual(["writing", 90, true, "Menulis lembar rekap…"]);
    s = reduceRecap(s, { type: "recap-done", run, written: true });
    expect([s.phase, recapProgress(s), isRecapBusy(s)]).toEqual(["done", 100, false]);
    expect(recapStatusText(s, "id", "id-ID")).toBe("Selesai. Rekap ditulis di lembar Rekap, Peringkat, Sebaran Predikat dan Masalah per Berkas.");
  });

  it("nothing picked, nothing scored, a foreign sheet, an Excel failure: each says what happened and what to do", () => {
    expect(recapStatusText(reduceRecap(initialRecap(), { type: "recap-start", files: 0 }), "id", "id-ID")).toBe("Tidak ada berkas yang dipilih.");
    const run = { files: [], recap: { target: null, regions: [], distribution: [], editions: [], mixedEditions: false, duplicates: [], years: [], mixedYears: false, provinces: [], expected: null, outsideDistribution: [], totals: { regions: 0, reported: 0, ranked: 0, unranked: { indexUnknown: 0, flawed: 0, notReported: 0 }, innovations: { reported: 0, counted: 0, flawed: 0 }, averageIndex: null, withoutInnovation: [], agenciesWithout: 0 }, year: null, outsideYear: [], notScored: [], unknownTarget: null }, book: undefined };
    expect(recapStatusText(reduceRecap(initialRecap(), { type: "recap-done", run, written: false }), "id", "id-ID")).toMatch(/^Tidak ada berkas yang dapat dinilai; lembar rekap tidak ditulis/);
    const refused = reduceRecap(initialRecap(), { type: "recap-refused", run, foreign: ["Peringkat"] });
    expect(recapStatusText(refused, "id", "id-ID")).toBe('Lembar "Peringkat" sudah ada di buku kerja ini dan bukan buatan inovasi; tidak ada yang diubah. Ganti nama lembar itu (atau rekap di buku kerja lain), lalu coba lagi.');
    expect(recapStatusText(refused, "en", "en-US")).toMatch(/^The sheet "Peringkat" already exists in this workbook and was not made by inovasi; nothing was changed\./);
    const failed = reduceRecap(initialRecap(), { type: "recap-failed", code: "AccessDenied" });
    expect(recapStatusText(failed, "id", "id-ID")).toMatch(/^Buku kerja atau lembar ini dilindungi\./);
    expect(recapStatusText(reduceRecap(initialRecap(), { type: "recap-failed", code: undefined }), "id", "id-ID")).toMatch(/^Excel tidak dapat menulis lembar rekap\. Coba lagi/);
    expect(recapStatusText(failed, "id", "id-ID")).not.toContain("AccessDenied");
  });

  it("lives in the pane's store beside the scoring run, which it does not disturb", () => {
    const s = reduce(initialState("id"), { type: "recap-start", files: 2 });
    expect(s.phase).toBe("idle");
    expect(s.recap.phase).toBe("reading");
  });
});

describe("Rekap provinsi: the view", () => {
  it("every line in Bahasa with the decimal comma, each linked to the cell that holds it", async () => {
    const { excel, host, store } = setup();
    const run = (await recapWorkbooks(host, store, files()))!;
    const s = store.get().recap;
    expect(s).toMatchObject({ phase: "done", written: true });
    const v = recapView(run, true, "id", "id-ID");
    expect(v.summary).toBe("13 berkas: 12 dinilai, 1 tidak dapat dinilai — edisi iid-2026.");
    // as inovasi rekap counts them: the region that did not report apart (recap25)
    expect(v.notes).toContain("Belum di predikat tertinggi: 10 daerah (target bawaan setiap daerah: predikat berikutnya). 1 daerah belum melapor (tanpa peringkat).");
    // the province as the Rekap sheet has it above its table (the same cell text), one short line each in the pane
    // (one "·"-joined line in a 300 px pane was a paragraph, audit36)
    expect(v.totals[0]).toBe("Seluruh daerah tahun 2026: 12 daerah, 11 melapor, 11 diberi peringkat");
    expect(v.totals).toContain("rata-rata indeks terverifikasi 32,48 (11 daerah berperingkat; tidak termasuk: 1 belum melapor)");
    expect(v.totals.every((x) => !x.includes(" · "))).toBe(true);
    expect(excel.sheet(RECAP_SHEETS.recap)!.cells.map((r) => r?.[1])).toContain(v.totals.join(" · ")); // the notes: column B
    // the regions' targets of a number of innovations under it, as the Rekap sheet and the CLI say them (prov22)
    const counts = "Target jumlah inovasi: tercapai 1 dari 5 daerah bertarget; belum: Kabupaten Hulu Contoh 95 dari 100, Kabupaten Tanah Datar Contoh 70 dari 80, Kabupaten Bukit Contoh 48 dari 60, Kota Baru Contoh 80 dari 100.";
    expect(v.notes).toContain(counts);
    expect(excel.sheet(RECAP_SHEETS.recap)!.cells.map((r) => r?.[1])).toContain(counts);

    expect(v.ranking.items).toHaveLength(12);
    run.recap.regions.forEach((r, i) => {
      const item = v.ranking.items[i]!;
      expect(item.text).toBe(`${r.rank ?? "–"}. ${r.region.name} — IID ${r.verified.index!.toFixed(2).replace(".", ",")} ${r.verified.predicate!.label.id}`);
      expect(item.link!.sheet).toBe(RECAP_SHEETS.ranking);
      expect(cellOf(excel, item.link!)).toBe(r.region.name);
    });
    run.recap.distribution.forEach((d, i) => {
      const item = v.distribution.items[i]!;
      expect(item.text).toBe(`${d.predicate!.label.id}: ${d.verified} daerah (klaim: ${d.claimed})`);
      expect(cellOf(excel, item.link!)).toBe(d.predicate!.label.id);
    });
    const below = run.recap.regions.filter((r) => r.target && !r.target.met);
    expect(v.gaps.items).toHaveLength(below.length);
    below.forEach((r, i) => {
      const item = v.gaps.items[i]!;
      if (!r.region.reported) return expect(item.text).toBe(`${r.region.name}: belum melapor (tanpa peringkat)`);
      // to the target the plan aims at, as the Rekap sheet's "Kurang ke Target" (one predicate up without a named target)
      const goal = recapRowTarget(r)!;
      expect(item.text.startsWith(`${r.region.name}: kurang ${goal.indexNeeded!.toFixed(2).replace(".", ",")} poin indeks menuju ${goal.predicate!.label.id}`), item.text).toBe(true);
      expect(item.link!.sheet).toBe(RECAP_SHEETS.recap);
      // the plan's first step, in index points, as the terminal's "Langkah pertama" and the Rekap sheet's "Rencana:
      // Langkah Pertama" (audit36: the pane gave "kekurangan terbesar: Jumlah inovasi (tambah 150 inovasi; 57,00 poin)"
      // where the terminal gave one accepted evidence, +2,40 indeks); the link lands on that cell of the region's row
      const step = r.plan!.first[0]!;
      expect(String(cellOf(excel, item.link!))).toContain(step.text.id);
      expect(item.text).toContain(`; langkah pertama: ${step.text.id} (+${step.gain.toFixed(2).replace(".", ",")} poin indeks)`);
      expect(item.text).not.toContain("kekurangan terbesar");
    });
    expect(v.gaps.items.every((i) => !/ poin\)/.test(i.text))).toBe(true);
    expect(v.notScored.items).toEqual([{ text: expect.stringMatching(/^kab-rusak\.xlsx: bukan buku kerja Excel/), link: expect.objectContaining({ sheet: RECAP_SHEETS.problems, text: "'Masalah per Berkas'!D" + (run.book!.at.problems["kab-rusak.xlsx"]! + 1) }) }]);
    expect(cellOf(excel, v.notScored.items[0]!.link!)).toBe(v.notScored.items[0]!.text);
    expect(v.ranking.items[0]!.link!.label).toMatch(/^Pilih sel B\d+ di lembar Peringkat$/);
  });

  it("English texts with the dot; no links when the sheets were not written", async () => {
    const run = await recapPicked(files().slice(0, 3), { locale: "en" });
    const v = recapView(run, false, "en", "en-US");
    expect(v.summary).toBe("3 files: 3 scored, 0 could not be scored — edition iid-2026.");
    expect(v.ranking.heading).toBe("Ranking (verified index)");
    expect(v.ranking.items[0]!.text).toMatch(/^1\. .+ — IID \d+\.\d\d .+$/);
    for (const part of [v.ranking, v.distribution, v.gaps]) for (const i of part.items) expect(i.link).toBeUndefined();
  });

  it("each region's index at its edition's decimals: whole under a 0-decimal model, as the Rekap sheet shows it", async () => {
    const e = getEdition("iid-2026")!;
    const whole = { ...e, id: "prov-x-2026", formula: { ...e.formula, rounding: { ...e.formula.rounding, decimals: 0 } } };
    const run = await recapPicked(files().slice(0, 3), { edition: whole });
    const v = recapView(run, false, "id", "id-ID");
    expect(v.ranking.items.length).toBeGreaterThan(0);
    for (const i of v.ranking.items) expect(i.text).toMatch(/^\d+\. .+ — IID \d+ (Kurang Inovatif|Inovatif|Sangat Inovatif)$/);
    expect(v.gaps.items.length).toBeGreaterThan(0);
    for (const i of v.gaps.items) expect(i.text).not.toMatch(/kurang \d+,\d\d/);
  });

  it("an index target at each region's edition's decimals, as the Rekap sheet and the CLI write it (it was 2 decimals, and '60.5' in Bahasa)", async () => {
    const e = getEdition("iid-2026")!;
    const whole = { ...e, id: "prov-x-2026", formula: { ...e.formula, rounding: { ...e.formula.rounding, decimals: 0 } } };
    const at0 = recapView(await recapPicked(files().slice(0, 3), { edition: whole, recap: { target: "60" } }), false, "id", "id-ID");
    expect(at0.gaps.items.length).toBeGreaterThan(0);
    for (const i of at0.gaps.items) expect(i.text).toMatch(/: kurang \d+ poin indeks menuju 60(;|$)/);
    expect(at0.notes).toContain(`Di bawah target 60: ${at0.gaps.items.length} daerah.`);
    const at2 = recapView(await recapPicked(files().slice(0, 3), { recap: { target: "60,5" } }), false, "id", "id-ID");
    for (const i of at2.gaps.items) expect(i.text).toMatch(/: kurang \d+,\d\d poin indeks menuju 60,50(;|$)/);
    expect(at2.notes).toContain(`Di bawah target 60,50: ${at2.gaps.items.length} daerah.`);
  });

  it("writes the recap sheets in the pane's language: an English pane's Rekap table has English headings and words", async () => {
    const { excel, host } = setup();
    const store = createStore(initialState("en"));
    const run = (await recapWorkbooks(host, store, files().slice(0, 3)))!;
    const rekap = excel.sheet(RECAP_SHEETS.recap)!.cells;
    const header = rekap.findIndex((r) => r?.[0] === "Region");
    expect(header).toBeGreaterThan(0);
    expect(rekap[header]!.slice(0, 6)).toEqual(["Region", "Rank", "Verified Index", "Verified Predicate", "Claimed Index", "Claimed Predicate"]);
    // the largest gaps' points in English ("… 4.00 points"), never "poin"
    const row = rekap[run.book!.at.recap[run.recap.regions[0]!.id]!]!;
    expect(row.join(" ")).not.toMatch(/\b(poin|indeks|tercapai|tambah)\b/);
    // the title in the pane's language too (audit38); a recap in Bahasa into the same workbook knows every sheet as
    // the tool's and replaces it (either language's title is the tool's), and the other way round
    expect(rekap[0]![0]).toBe(SHEET_TITLES.recap.en);
    expect(excel.sheet(RECAP_SHEETS.ranking)!.cells[0]![0]).toBe(SHEET_TITLES.ranking.en);
    const id = createStore(initialState("id"));
    await recapWorkbooks(host, id, files().slice(0, 3));
    expect(id.get().recap).toMatchObject({ phase: "done", written: true });
    expect(excel.sheet(RECAP_SHEETS.recap)!.cells[0]![0]).toBe(RECAP_TITLES.recap);
    expect(excel.sheet(RECAP_SHEETS.problems)!.cells[0]![0]).toBe(SHEET_TITLES.recapProblems.id);
    await recapWorkbooks(host, store, files().slice(0, 3));
    expect(store.get().recap).toMatchObject({ phase: "done", written: true });
    expect(excel.sheet(RECAP_SHEETS.distribution)!.cells[0]![0]).toBe(SHEET_TITLES.distribution.en);
  });

  it("the edition chosen in the pane scores every file, and its caveat is shown", async () => {
    const { host, store } = setup();
    store.dispatch({ type: "edition", id: "iid-2023-inferred" });
    const run = (await recapWorkbooks(host, store, files().slice(0, 2)))!;
    expect(run.recap.editions.map((e) => e.id)).toEqual(["iid-2023-inferred"]);
    const v = recapView(run, true, "id", "id-ID");
    expect(v.notes[0]).toBe(`Catatan edisi: ${getEdition("iid-2023-inferred")!.caveat!.id}`);
  });

  it("workbooks naming different editions: ranks within each, the edition named on each ranked line and noted", async () => {
    const wb = await loadBytes(new Uint8Array(readFileSync(join(folder, names[1]!))));
    const settings = wb.getWorksheet("Pengaturan")!;
    settings.eachRow((row) => { if (row.getCell(1).value === "Edisi Model") row.getCell(2).value = "iid-2023-inferred"; });
    const other = new Uint8Array(await wb.xlsx.writeBuffer());
    const run = await recapPicked([files()[0]!, picked(`lain-${names[1]}`, other)]);
    expect(run.recap.mixedEditions).toBe(true);
    const v = recapView(run, true, "id", "id-ID");
    expect(v.notes).toContain("Daerah dinilai dengan edisi yang berbeda: peringkat dihitung di dalam setiap edisi, tidak lintas edisi.");
    expect(v.ranking.items.map((i) => /\(edisi ([\w-]+)\)$/.exec(i.text)?.[1]).sort()).toEqual(["iid-2023-inferred", "iid-2026"]);
    // the workbook scored under an edition it was not filled for has errors: not ranked (prov13 F2)
    expect(v.ranking.items.map((i) => i.text.slice(0, 3)).sort()).toEqual(["1. ", "–. "]);
  });

  it("a list of kab/kota picked in the section (as rekap --regions): the recap names who sent nothing; a bad list is refused, located", async () => {
    const { host, store } = setup();
    const text = (name: string, body: string) => picked(name, new TextEncoder().encode(body));
    const list = await readRegionListFile(text("daftar.txt", "Kabupaten Bukit Contoh\nKabupaten Danau Contoh\nKabupaten Lembah Contoh\n"));
    expect(list.problems).toEqual([]);
    store.dispatch({ type: "recap-regions", list: { file: "daftar.txt", ...list } });
    const chosen = files().filter((f) => /kab-(bukit|danau)/.test(f.name));
    const run = (await recapWorkbooks(host, store, chosen))!;
    expect(run.recap.expected).toMatchObject({ listed: 3, missing: [{ name: "Kabupaten Lembah Contoh", at: { id: "daftar.txt baris 3", en: "daftar.txt line 3" } }], notListed: [] });
    const v = recapView(run, true, "id", "id-ID");
    expect(recapView(run, true, "en", "en-US").notes).toContain("· Kabupaten Lembah Contoh (daftar.txt line 3)");
    expect(v.notes).toContain("1 dari 3 daerah dalam daftar daerah belum mengirim berkas 2026:");
    expect(v.notes).toContain("· Kabupaten Lembah Contoh (daftar.txt baris 3)");
    // a list with a row it cannot use: located, and not used by the next recap
    const bad = await readRegionListFile(text("daftar.csv", "Lembah Contoh\n"), "en");
    expect(bad.problems).toEqual(['daftar.csv line 1: "Lembah Contoh" — its level is unknown; write "Kabupaten Lembah Contoh" or "Kota Lembah Contoh", or fill a Tingkat (level) column beside the name']);
    store.dispatch({ type: "recap-regions", list: { file: "daftar.csv", ...bad } });
    // read in English, shown in Bahasa Indonesia after the pane's language is switched (and back)
    const kept = store.get().recapRegions!;
    expect(regionListProblems(kept, "id")).toEqual(['daftar.csv baris 1: "Lembah Contoh" — tingkatnya tidak diketahui; tulis "Kabupaten Lembah Contoh" atau "Kota Lembah Contoh", atau isi kolom Tingkat di sebelah nama']);
    expect(regionListProblems(kept, "en")).toEqual(bad.problems);
    const docx = await readRegionListFile(text("daftar.docx", "x"), "en");
    expect(regionListProblems({ file: "daftar.docx", ...docx }, "id")[0]).toMatch(/^daftar\.docx: tidak dapat dibaca sebagai daftar daerah/);
    expect((await recapWorkbooks(host, store, chosen))!.recap.expected).toBeNull();
    expect((await readRegionListFile(text("daftar.docx", "x"))).problems[0]).toMatch(/^daftar\.docx: tidak dapat dibaca sebagai daftar daerah; pilih \.txt/);
    store.dispatch({ type: "recap-regions", list: undefined });
    expect(store.get().recapRegions).toBeUndefined();
  });

  it("the same workbook picked twice: named apart, counted once (they hold the same), and the pane says so", async () => {
    const bytes = new Uint8Array(readFileSync(join(folder, names[0]!)));
    const run = await recapPicked([picked(names[0]!, bytes), picked(names[0]!, bytes)]);
    expect(run.files.map((f) => f.file)).toEqual([names[0], `${names[0]} (2)`]);
    const d = run.recap.duplicates[0]!;
    // the same bytes: the same saved date, so neither is the newer one; the same answers, so either counts the same
    expect(d).toMatchObject({ kept: names[0], left: [`${names[0]} (2)`], by: "content" });
    expect(recapView(run, false, "id", "id-ID").notes).toContain(`${d.name} ${d.year} muncul 2 kali (${names[0]}, ${names[0]} (2)): isinya sama (jawaban dan angka yang sama), maka daerah ini dihitung sekali, sebagai ${names[0]}; tidak dihitung: ${names[0]} (2).`);
    expect(recapView(run, false, "en", "en-US").notes).toContain(`${d.name} ${d.year} appears 2 times (${names[0]}, ${names[0]} (2)): they hold the same (the same answers and figures), so the region is counted once, as ${names[0]}; not counted: ${names[0]} (2).`);
    // one row, ranked and counted once (audit21 F4: one region is never counted twice)
    expect(run.recap.regions.map((r) => [r.id, r.rank])).toEqual([[names[0], 1]]);
    expect(run.recap.totals.regions).toBe(1);
    // the copy left out says why on Masalah per Berkas
    const said = run.book!.writes.filter((w) => w.sheet === RECAP_SHEETS.problems && String(w.value).startsWith(`dinilai, tetapi tidak masuk rekap: isinya sama dengan ${names[0]}, yang dihitung`));
    expect(said).toHaveLength(1);
  });

  it("two copies of one region picked: the one the picker says is newer is counted, the other named", async () => {
    const bytes = new Uint8Array(readFileSync(join(folder, names[0]!)));
    const run = await recapPicked([{ ...picked("lama.xlsx", bytes), lastModified: Date.UTC(2026, 4, 20) }, { ...picked("baru.xlsx", bytes), lastModified: Date.UTC(2026, 5, 2) }]);
    expect(run.recap.regions.map((r) => r.id)).toEqual(["baru.xlsx"]);
    expect(run.recap.duplicates[0]).toMatchObject({ kept: "baru.xlsx", left: ["lama.xlsx"], by: "file" });
    expect(recapView(run, false, "id", "id-ID").notes.some((n) => n.includes("tidak dihitung: lama.xlsx (2026-05-20 00:00:00 UTC)"))).toBe(true);
  });

  it("says what the Rekap sheet says before the ranks: other years, the province's own workbook", async () => {
    const bytes = new Uint8Array(readFileSync(join(folder, names[0]!)));
    const run = await recapPicked([picked(names[0]!, bytes)]);
    const id = run.recap.regions[0]!.id;
    const messy = { ...run, recap: { ...run.recap, mixedYears: true, years: [{ year: 2026, regions: 11, ids: ["a.xlsx"] }, { year: 2025, regions: 1, ids: [id] }], provinces: ["provinsi.xlsx"] } };
    const v = recapView(messy, false, "id", "id-ID");
    expect(v.notes).toContain(`Tahun penilaian berbeda: kebanyakan berkas 2026; 2025: ${id}. Peringkat dihitung di dalam setiap tahun; periksa apakah berkas itu kiriman tahun lain. Untuk merekap satu tahun saja, pilih tahunnya (inovasi rekap --year, atau Tahun penilaian di panel).`);
    expect(v.notes).toContain("Buku kerja tingkat provinsi di antara kab/kota: provinsi.xlsx; diberi peringkat sendiri, tidak bersama kab/kota.");
    expect(recapView(messy, false, "en", "en-US").notes).toContain("Province-level workbook among the kab/kota: provinsi.xlsx; ranked on its own, not with the kab/kota.");
  });

  it("a refused write leaves the workbook as it was and the view without links", async () => {
    const { excel, host, store } = setup({ Rekap: { name: "Rekap", cells: [["Rekap kegiatan dinas"]] } });
    await recapWorkbooks(host, store, files().slice(0, 2));
    expect(store.get().recap).toMatchObject({ phase: "done", written: false, foreign: ["Rekap"] });
    expect(excel.sheets.map((s) => s.name)).toEqual(["Rekap"]);
    expect(excel.sheet("Rekap")!.cells).toEqual([["Rekap kegiatan dinas"]]);
    const v = recapView(store.get().recap.run!, false, "id", "id-ID");
    expect(v.ranking.items.every((i) => !i.link)).toBe(true);
    expect(RECAP_TITLES.recap).not.toBe("Rekap kegiatan dinas");
  });

  it("a second recap while one runs is refused; an Excel failure is kept in the store", async () => {
    const { host, store } = setup();
    const slow: typeof host = { ...host, writeRecap: async () => { throw Object.assign(new Error("x"), { code: "InvalidOperationInCellEditMode" }); } };
    const first = recapWorkbooks(slow, store, files().slice(0, 1));
    expect(await recapWorkbooks(slow, store, files().slice(0, 1))).toBeUndefined();
    await first;
    expect(store.get().recap).toMatchObject({ phase: "failed", failure: { code: "InvalidOperationInCellEditMode" } });
    expect(recapStatusText(store.get().recap, "id", "id-ID")).toMatch(/^Excel sedang menyunting sel/);
  });
});

describe("Rekap provinsi: the target, as `inovasi rekap --target`", () => {
  it("offers the CLI's choices: by default the edition's top predicate, or any predicate of the chosen edition a region can aim at, top first", () => {
    const s = initialState("id");
    const options = recapTargetOptions(s);
    expect(options[0]).toEqual({ value: "", label: "Bawaan: predikat berikutnya setiap daerah", selected: true });
    expect(options.slice(1).map((o) => [o.value, o.label])).toEqual([["sangat-inovatif", "Sangat Inovatif"], ["inovatif", "Inovatif"], ["kurang-inovatif", "Kurang Inovatif"]]); // not "Tidak Dapat Dinilai": no target
    // every option is a predicate of the edition (what the CLI's --target accepts, by id or label), and all of them are there
    const bands = getEdition("iid-2026")!.bands;
    expect(options.slice(1).map((o) => bands.find((b) => b.id === o.value)?.label.id)).toEqual(options.slice(1).map((o) => o.label));
    expect(options.length - 1).toBe(bands.filter((b) => b.max.value !== 0).length);
    const en = reduce(reduce(s, { type: "lang", lang: "en" }), { type: "recap-target", id: "inovatif" });
    expect(recapTargetOptions(en).map((o) => [o.label, o.selected])).toEqual([["Default: each region's next predicate", false], ["Very innovative", false], ["Innovative", true], ["Less innovative", false]]);
  });

  it("keeps the choice while the chosen edition has that predicate; a model without it brings back the default", () => {
    let s = reduce(initialState("id"), { type: "recap-target", id: "inovatif" });
    s = reduce(s, { type: "edition", id: "iid-2023" });
    expect(s.recapTarget).toBe("inovatif");
    const e = getEdition("iid-2026")!;
    const renamed = { ...e, id: "model-lain", bands: e.bands.map((b) => ({ ...b, id: `${b.id}-prov` })) };
    s = reduce(s, { type: "model", model: { file: "lain.json", ok: true, edition: renamed } });
    expect(s.recapTarget).toBeUndefined();
    expect(recapTargetOptions(s).map((o) => o.value)).toEqual(["", "sangat-inovatif-prov", "inovatif-prov", "kurang-inovatif-prov"]);
    expect(reduce(s, { type: "recap-target", id: "" }).recapTarget).toBeUndefined();
  });

  it("the pane's recap with a target chosen measures every region as `inovasi rekap --target` does, the default as without it", async () => {
    const onlyGood = names.map((n) => join(folder, n));
    for (const target of [undefined, "inovatif"]) {
      const { host, store } = setup();
      if (target) store.dispatch({ type: "recap-target", id: target });
      const run = (await recapWorkbooks(host, store, files().slice(0, names.length)))!;
      const cli = await recapFiles({ inputs: onlyGood, ...(target ? { recap: { target: "Inovatif" } } : {}) });
      const shape = (regions: typeof run.recap.regions) => regions.map((r) => [r.region.name, r.target?.band?.id, r.target?.met, r.target?.indexNeeded, r.plan?.target?.predicate?.id ?? null, r.plan?.steps ?? null]);
      expect(shape(run.recap.regions)).toEqual(shape(cli.recap.regions));
      // by default each region's next predicate up (prov13 F1), else the one chosen
      if (target) expect(new Set(run.recap.regions.map((r) => r.target?.band?.id))).toEqual(new Set([target]));
      else for (const r of run.recap.regions.filter((x) => x.plan?.target)) expect(r.target?.band?.id, r.region.name).toBe(r.plan!.target!.predicate!.id);
      const v = recapView(run, true, "id", "id-ID");
      const below = run.recap.regions.filter((r) => !r.target!.met).length;
      // the region that did not report (Kabupaten Sunyi) apart, as inovasi rekap prints it (it was counted below)
      const apart = " 1 daerah belum melapor (tanpa peringkat).";
      expect(v.notes).toContain(target ? `Di bawah target Inovatif: ${below - 1} daerah.${apart}` : `Belum di predikat tertinggi: ${below - 1} daerah (target bawaan setiap daerah: predikat berikutnya).${apart}`);
      // its own line under the largest gaps stays
      expect(v.gaps.items).toHaveLength(below);
    }
  });

  it("a file whose figures are not valid yet: counted apart as inovasi rekap counts it, below the target and among the count targets (recap25)", async () => {
    const wb = await loadBytes(new Uint8Array(readFileSync(join(folder, "kab-hulu-contoh.xlsx"))));
    wb.removeWorksheet(wb.getWorksheet("SPD")!.id);
    const hulu = new Uint8Array(await wb.xlsx.writeBuffer());
    const picks = names.map((n) => picked(n, n === "kab-hulu-contoh.xlsx" ? hulu : new Uint8Array(readFileSync(join(folder, n)))));
    const run = await recapPicked(picks, {});
    expect(run.recap.regions.find((r) => r.region.name === "Kabupaten Hulu Contoh")!.flaws).toEqual({ errors: 0, missing: ["SPD"], columns: [] });
    const v = recapView(run, false, "id", "id-ID");
    // was "10 daerah": Sunyi (not reported) counted below, Hulu (not valid) unsaid; the CLI prints 9, then each apart
    expect(v.notes).toContain("Belum di predikat tertinggi: 9 daerah (target bawaan setiap daerah: predikat berikutnya). 1 daerah belum melapor (tanpa peringkat). 1 daerah angkanya belum valid (lihat Status Angka; tanpa peringkat).");
    // was "tercapai 1 dari 5 daerah bertarget; belum: Kabupaten Hulu Contoh 95 dari 100, …" from a file without its SPD sheet
    expect(v.notes).toContain("Target jumlah inovasi: tercapai 1 dari 5 daerah bertarget; belum: Kabupaten Tanah Datar Contoh 70 dari 80, Kabupaten Bukit Contoh 48 dari 60, Kota Baru Contoh 80 dari 100; 1 daerah belum dihitung: angka belum valid (lihat Status Angka).");
    expect(v.gaps.items.some((i) => i.text.startsWith("Kabupaten Hulu Contoh"))).toBe(false);
    const en = recapView(run, false, "en", "en-US");
    expect(en.notes).toContain("Not in the top predicate: 9 regions (each region's default target: its next predicate). 1 region has not reported (not ranked). 1 region's figures are not valid yet (see Figures Status; not ranked).");
  });

  it("a file whose errors left innovation rows out: neither short nor met of its count target, as inovasi rekap says it (recap27)", async () => {
    const wb = await loadBytes(new Uint8Array(readFileSync(join(folder, "kota-baru-contoh.xlsx"))));
    const inv = wb.getWorksheet("Inovasi")!;
    const col = (h: string) => { let c = 0; inv.getRow(1).eachCell((x, n) => { if (x.value === h) c = n; }); return c; };
    inv.getCell(3, col("Tahapan")).value = null;
    inv.getCell(4, col("Perangkat Daerah")).value = null;
    const baru = new Uint8Array(await wb.xlsx.writeBuffer());
    const run = await recapPicked(names.map((n) => picked(n, n === "kota-baru-contoh.xlsx" ? baru : new Uint8Array(readFileSync(join(folder, n))))), {});
    expect(run.recap.regions.find((r) => r.region.name === "Kota Baru Contoh")!.countTargets).toMatchObject([{ count: 78, met: null }]);
    // the line packages/cli/test/rekap-rows-left-out.test.ts reads from inovasi rekap on the same files
    expect(recapView(run, false, "id", "id-ID").notes).toContain("Target jumlah inovasi: tercapai 1 dari 5 daerah bertarget; belum: Kabupaten Hulu Contoh 95 dari 100, Kabupaten Tanah Datar Contoh 70 dari 80, Kabupaten Bukit Contoh 48 dari 60; 1 daerah belum dihitung: angka belum valid (lihat Status Angka).");
  });

  it("a workbook whose own edition lacks the chosen predicate: its region has no target, and the pane says so", async () => {
    const run = await recapPicked(files().slice(0, 2), { recap: { target: "tidak-ada" } });
    const v = recapView(run, false, "id", "id-ID");
    expect(v.notes).toContain("Target yang dipilih bukan predikat edisi iid-2026: 2 daerah tanpa target.");
  });
});

describe("Rekap provinsi: the assessment year (as `inovasi rekap --year`)", () => {
  /** An example workbook with its Tahun Penilaian changed, as bytes. */
  async function ofYear(name: string, year: number): Promise<PickedFile> {
    const wb = await loadBytes(new Uint8Array(readFileSync(join(folder, name))));
    wb.getWorksheet("Pengaturan")!.eachRow((row) => { if (row.getCell(1).value === "Tahun Penilaian") row.getCell(2).value = year; });
    return picked(name, new Uint8Array(await wb.xlsx.writeBuffer()));
  }

  it("reads the year box as the CLI reads --year: four digits, or nothing", () => {
    expect(parseRecapYear(" 2025 ")).toEqual({ year: 2025, valid: true });
    expect(parseRecapYear("")).toEqual({ year: undefined, valid: true });
    expect(parseRecapYear("dua ribu")).toEqual({ year: undefined, valid: false });
    expect(parseRecapYear("25")).toEqual({ year: undefined, valid: false });
    const s = reduce(initialState("id"), { type: "recap-year", year: 2025 });
    expect(s.recapYear).toBe(2025);
    expect(reduce(s, { type: "recap-year", year: undefined }).recapYear).toBeUndefined();
    // text that is no year is shown back with what to type, in the pane's language, until a year or nothing is typed
    const bad = reduce(s, { type: "recap-year", year: undefined, invalid: "205" });
    expect(bad.recapYear).toBeUndefined();
    expect(recapYearHint(bad)).toEqual({ text: '"205" bukan tahun: tulis empat angka (mis. 2025), atau kosongkan untuk tahun kebanyakan berkas.', error: true });
    expect(recapYearHint({ ...bad, lang: "en" })).toEqual({ text: '"205" is not a year: type four digits (e.g. 2025), or empty the box for most files\' year.', error: true });
    expect(recapYearHint(reduce(bad, { type: "recap-year", year: 2025 }))).toEqual({ text: "Kosong: tahun kebanyakan berkas. Berkas tahun lain disebut, tidak direkap.", error: false });
  });

  it("recaps the chosen year as the CLI does; the other year's files are named in the notes and on Masalah per Berkas", async () => {
    const picks = [await ofYear("kab-bukit-contoh.xlsx", 2025), await ofYear("kab-danau-contoh.xlsx", 2025), await ofYear("kota-baru-contoh.xlsx", 2026), await ofYear("kab-rawa-contoh.xlsx", 2026)];
    const { excel, host, store } = setup();
    store.dispatch({ type: "recap-year", year: 2025 });
    const run = (await recapWorkbooks(host, store, picks))!;
    expect(run.recap.regions.map((r) => [r.region.name, r.rank])).toEqual([["Kabupaten Bukit Contoh", 1], ["Kabupaten Danau Contoh", 2]]);
    expect(run.recap.outsideYear).toEqual([{ id: "kota-baru-contoh.xlsx", year: 2026 }, { id: "kab-rawa-contoh.xlsx", year: 2026 }]);
    const note = "Rekap tahun 2025: 2 berkas tahun lain tidak direkap (tidak diberi peringkat, tidak dihitung): kota-baru-contoh.xlsx (2026), kab-rawa-contoh.xlsx (2026).";
    expect(recapView(run, true, "id", "id-ID").notes).toContain(note);
    expect(excel.sheet(RECAP_SHEETS.recap)!.cells.map((r) => r?.[1])).toContain(note); // the notes: column B
    expect(excel.sheet(RECAP_SHEETS.problems)!.cells.find((r) => r?.[0] === "kab-rawa-contoh.xlsx")?.slice(0, 2)).toEqual(["kab-rawa-contoh.xlsx", "tidak dihitung"]);
    expect(recapStatusText(store.get().recap, "id", "id-ID")).toBe("Selesai. Rekap ditulis di lembar Rekap, Peringkat, Sebaran Predikat dan Masalah per Berkas.");
    // without a year, the 2025 files are the odd ones: ranked apart, and the note says how to choose the year
    const all = await recapPicked(picks);
    expect(all.recap.year).toBe(2026);
    expect(all.recap.regions).toHaveLength(4);
    // a year no file has: nothing written, the status names the years there are
    const none = setup();
    none.store.dispatch({ type: "recap-year", year: 2024 });
    const r2 = (await recapWorkbooks(none.host, none.store, picks))!;
    expect(r2.book).toBeUndefined();
    expect(none.excel.sheet(RECAP_SHEETS.recap)).toBeUndefined();
    expect(recapStatusText(none.store.get().recap, "id", "id-ID")).toBe("Tidak ada berkas tahun 2024 yang dapat dinilai; lembar rekap tidak ditulis. Tahun di berkas: 2026 (2 berkas), 2025 (2 berkas). Ubah Tahun penilaian (atau kosongkan), lalu pilih berkas lagi.");
    expect(recapStatusText(none.store.get().recap, "en", "en-US")).toBe("No file of 2024 could be scored; no recap sheet was written. Years in the files: 2026 (2 files), 2025 (2 files). Change the assessment year (or empty it), then choose the files again.");
  });

  it("a recap of a year no file has, after one that was written: the summary agrees with the status, and the sheets left are named as the earlier recap's (pane11 finding 9)", async () => {
    const picks = [await ofYear("kab-bukit-contoh.xlsx", 2025), await ofYear("kota-baru-contoh.xlsx", 2026)];
    const { host, store } = setup();
    await recapWorkbooks(host, store, picks);
    store.dispatch({ type: "recap-year", year: 2024 });
    const run = (await recapWorkbooks(host, store, picks))!;
    // before: "2 berkas: 2 dinilai, 0 tidak dapat dinilai — edisi —." beside "Tidak ada berkas tahun 2024 …"
    expect(recapView(run, false, "id", "id-ID").summary).toBe("2 berkas: 2 dinilai, 0 tidak dapat dinilai; 2 dari tahun lain, tidak direkap untuk 2024.");
    expect(recapView(run, false, "en", "en-US").summary).toBe("2 files: 2 scored, 0 could not be scored; 2 of other years, not recapped for 2024.");
    expect(recapStatusText(store.get().recap, "id", "id-ID")).toMatch(/lalu pilih berkas lagi\. Lembar Rekap, Peringkat, Sebaran Predikat, Masalah per Berkas di buku kerja ini masih dari rekap sebelumnya\.$/);
    expect(recapStatusText(store.get().recap, "en", "en-US")).toMatch(/ The sheets Rekap, Peringkat, Sebaran Predikat, Masalah per Berkas in this workbook are still from an earlier recap\.$/);
  });
});
