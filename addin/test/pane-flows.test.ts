/**
 * What an analyst meets in the pane outside the happy path, against the in-memory Excel host: a province model and the
 * edition list, a cell link Excel cannot follow, a template insertion Excel refuses, a re-plan that takes minutes, a
 * recap and a scoring run at once, results kept from a run that failed, and which edition a run used.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { excelHost, type PaneHost } from "../src/commands/host.js";
import { recapWorkbooks } from "../src/commands/recap.js";
import { scoreFromRibbon } from "../src/commands/ribbon.js";
import { scoreWorkbook } from "../src/commands/score.js";
import { followLink } from "../src/commands/select.js";
import { insertTemplateSheets } from "../src/commands/template.js";
import type { XContext } from "../src/excel/adapter.js";
import { FakeExcelError, FakeExcelHost } from "../src/host-fake/excel.js";
import { readModelFile } from "../src/pane/model-file.js";
import { MODEL_OPTION, chosenEdition, createStore, detectSheetNames, editionOptions, initialState, isStale, isWorkbookBusy, modelText, sheetsText, statusText } from "../src/pane/state.js";
import { msg } from "../src/pane/messages.js";
import { resultsView } from "../src/pane/view-model.js";
import { scoreGrids } from "../src/pipeline.js";
import { regionGrids } from "./fixtures.js";

const provinceModel = readModelFile("model-provinsi.json", readFileSync(new URL("../../examples/model-provinsi-contoh.json", import.meta.url), "utf8"));

function setup(grids = regionGrids(12)) {
  const excel = new FakeExcelHost(structuredClone(grids));
  const host = excelHost((f) => f(excel.context as unknown as XContext), () => true, async () => {});
  const store = createStore(initialState("id"));
  return { excel, host, store };
}

describe("the edition list and a province model", () => {
  it("a loaded model is the list's first option, selected; choosing in the list puts the model aside", () => {
    if (!provinceModel.ok) throw new Error("example model does not load");
    const store = createStore(initialState("id"));
    store.dispatch({ type: "model", model: provinceModel });
    const opts = editionOptions(store.get());
    expect(opts[0]).toEqual({ value: MODEL_OPTION, label: `${provinceModel.edition.id} (model provinsi)`, selected: true });
    expect(opts.filter((o) => o.selected)).toHaveLength(1);
    expect(editionOptions({ ...store.get(), lang: "en" })[0]!.label).toBe(`${provinceModel.edition.id} (province model)`);
    // before: the list moved to iid-2023 and the run still used the model
    store.dispatch({ type: "edition", id: "iid-2023" });
    expect(chosenEdition(store.get())?.id).toBe("iid-2023");
    expect(editionOptions(store.get()).map((o) => o.value)).not.toContain(MODEL_OPTION);
    expect(modelText(store.get()).text).toBe("Belum ada berkas dipilih; dipakai edisi di atas.");
    // back to the workbook's own edition: nothing chosen at all
    store.dispatch({ type: "model", model: provinceModel });
    store.dispatch({ type: "edition", id: undefined });
    expect(chosenEdition(store.get())).toBeUndefined();
    // the model's own option chosen again changes nothing
    store.dispatch({ type: "model", model: provinceModel });
    const before = store.get();
    store.dispatch({ type: "edition", id: MODEL_OPTION });
    expect(store.get()).toBe(before);
  });

  it("a refused file after a loaded model: said that no model is in use any more (before: only the refusal)", () => {
    if (!provinceModel.ok) throw new Error("example model does not load");
    const store = createStore(initialState("id"));
    store.dispatch({ type: "model", model: provinceModel });
    store.dispatch({ type: "model", model: readModelFile("rusak.json", "{ id: 1,") });
    expect(chosenEdition(store.get())).toBeUndefined();
    expect(editionOptions(store.get())[0]!.value).toBe("");
    expect(modelText(store.get())).toEqual({ error: true, text: expect.stringMatching(/^Berkas rusak\.json bukan JSON yang sah .* Tidak ada model provinsi yang dipakai; dipakai edisi di atas\.$/) });
  });

  it("the results name the edition the run used, whatever the list says", async () => {
    const { host, store } = setup();
    const out = await scoreWorkbook(host, store);
    if (!out?.ok) throw new Error("fixture does not score");
    expect(resultsView(out, "id", "id-ID").edition).toBe(`Dinilai dengan edisi ${out.edition.id} — ${out.edition.name.id}.`);
    expect(resultsView(out, "en", "en-US").edition).toBe(`Scored with edition ${out.edition.id} — ${out.edition.name.en}.`);
    store.dispatch({ type: "edition", id: "iid-2027-projection" });
    const other = await scoreWorkbook(host, store);
    expect(other?.ok && resultsView(other, "id", "id-ID").edition).toMatch(/^Dinilai dengan edisi iid-2027-projection — /);
  });
});

describe("errors near the top", () => {
  it("a run with errors counts them under the totals and offers the way to the Masalah list; none without errors", () => {
    const broken = scoreGrids(regionGrids(12)); // row 11's stage is misspelt
    if (!broken.ok) throw new Error("fixture does not read");
    const errors = broken.issues.filter((i) => i.severity === "error").length;
    expect(errors).toBeGreaterThan(0);
    expect(resultsView(broken, "id", "id-ID").errorsFirst).toEqual({ text: `Ada ${errors} kesalahan yang harus diperbaiki agar skornya benar.`, link: "Ke daftar Masalah" });
    const clean = scoreGrids(regionGrids(10));
    if (!clean.ok) throw new Error("fixture does not read");
    expect(clean.issues.some((i) => i.severity === "error")).toBe(false);
    expect(resultsView(clean, "id", "id-ID").errorsFirst).toBeUndefined();
    const g = regionGrids(3);
    delete g["Inovasi"];
    const notRead = scoreGrids(g);
    expect(resultsView(notRead, "id", "id-ID").errorsFirst?.text).toMatch(/^Ada 1 kesalahan/);
  });
});

describe("a cell link Excel cannot follow", () => {
  it("the sheet renamed since the run: the status line names the cell and the sheet and says to score again", async () => {
    const { excel, host, store } = setup();
    const out = await scoreWorkbook(host, store);
    if (!out?.ok) throw new Error("fixture does not score");
    excel.sheet("Inovasi")!.name = "Inovasi 2026";
    expect(await followLink(host, store, { sheet: "Inovasi", cell: "C12" })).toBe(false);
    expect(statusText(store.get())).toBe('Sel C12 di lembar "Inovasi" tidak dapat dipilih: lembar itu tidak ada lagi (diganti nama atau dihapus?). Klik Nilai lagi agar tautan mengikuti buku kerja.');
    expect(statusText({ ...store.get(), lang: "en" })).toMatch(/^Cell C12 on sheet "Inovasi" cannot be selected: the sheet no longer exists/);
    // a link that works clears it; so does the next run
    expect(await followLink(host, store, { sheet: "Ringkasan", cell: "A1" })).toBe(true);
    expect(statusText(store.get())).toMatch(/^Selesai\./);
    await followLink(host, store, { sheet: "Inovasi", cell: "C12" });
    store.dispatch({ type: "start" });
    expect(statusText(store.get())).toBe("Membaca lembar kerja…");
  });

  it("Excel editing a cell, or another failure: said in words, no code", async () => {
    const { host, store } = setup();
    const editing: PaneHost = { ...host, selectCell: async () => { throw new FakeExcelError("InvalidOperationInCellEditMode", "x"); } };
    await followLink(editing, store, { sheet: "Inovasi", cell: "A2" });
    expect(statusText(store.get())).toMatch(/Excel sedang menyunting sel\. Tekan Enter atau Esc/);
    const other: PaneHost = { ...host, selectCell: async () => { throw new FakeExcelError("GeneralException", "x"); } };
    await followLink(other, store, { sheet: "Inovasi", cell: "A2" });
    expect(statusText(store.get())).toBe('Excel tidak dapat memilih sel A2 di lembar "Inovasi". Bila lembar itu disembunyikan, tampilkan dulu (klik kanan tab lembar → Tampilkan); bila tidak, klik Nilai lagi, lalu coba tautannya lagi.');
  });
});

describe("inserting the template", () => {
  it("names what was inserted after a run's status, and says so when Excel refuses (before: nothing at all)", async () => {
    const { excel, host, store } = setup({ Sheet1: { name: "Sheet1", cells: [] } });
    await scoreWorkbook(host, store);
    expect(statusText(store.get())).toMatch(/^Belum dapat dinilai/);
    const added = await insertTemplateSheets(host, store);
    expect(added).toEqual(expect.arrayContaining(["Inovasi", "SPD", "Perangkat Daerah"]));
    expect(statusText(store.get())).toMatch(/^Lembar disisipkan: .*Inovasi/);
    expect(store.get().sheets?.missing).toEqual([]);

    const blank = setup({ Sheet1: { name: "Sheet1", cells: [] } });
    const refused: PaneHost = { ...blank.host, insertTemplate: async () => { throw new FakeExcelError("AccessDenied", "protected"); } };
    expect(await insertTemplateSheets(refused, blank.store)).toBeUndefined();
    expect(statusText(blank.store.get())).toMatch(/^Buku kerja atau lembar ini dilindungi\. Buka proteksinya/);
    const failed = { ...blank.store.get(), failure: { code: undefined, what: "template" as const } };
    expect(statusText(failed)).toMatch(/^Excel tidak dapat menyisipkan lembar templat\. Coba lagi/);
    // the sheets line read again after the refusal: still all missing
    expect(blank.store.get().sheets?.missing).toEqual(["Inovasi", "SPD", "Perangkat Daerah", "Pengaturan"]);
    expect(excel.sheet("Inovasi")).toBeDefined();
  });
});

describe("a workbook with the tool's Rencana sheet", () => {
  it("every Nilai plans again, and the status says so (before: 'Menghitung skor…' for minutes)", async () => {
    const { host, store } = setup();
    await scoreWorkbook(host, store, { plan: true });
    const seen: string[] = [];
    const off = store.subscribe((s) => { if (s.phase === "scoring") seen.push(statusText(s)); });
    const out = await scoreWorkbook(host, store);
    off();
    expect(out?.ok && out.plan).toBeTruthy();
    expect(seen[0]).toBe("Menghitung skor dan menyusun ulang rencana (buku kerja ini punya lembar Rencana; untuk ribuan inovasi bisa beberapa menit)…");
    // without the sheet: plain scoring
    const plain = setup();
    const seen2: string[] = [];
    plain.store.subscribe((s) => { if (s.phase === "scoring") seen2.push(statusText(s)); });
    await scoreWorkbook(plain.host, plain.store);
    expect(seen2[0]).toBe("Menghitung skor…");
    expect(plain.excel.sheet("Rencana")).toBeUndefined();
    expect(plain.store.get().replanning).toBe(false);
  });
});

describe("one writer at a time", () => {
  it("no scoring run (pane or ribbon) and no template insertion while a recap writes into the workbook", async () => {
    const { excel, host, store } = setup();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow: PaneHost = { ...host, writeRecap: async (book, p) => { await gate; return host.writeRecap(book, p); } };
    const bytes = readFileSync(new URL("../../examples/provinsi-contoh/kab-bukit-contoh.xlsx", import.meta.url));
    const recap = recapWorkbooks(slow, store, [{ name: "kab.xlsx", bytes: async () => new Uint8Array(bytes) }]);
    await expect.poll(() => store.get().recap.phase).toBe("writing");
    expect(isWorkbookBusy(store.get())).toBe(true);
    const syncs = excel.syncCount;
    expect(await scoreWorkbook(host, store)).toBeUndefined();
    expect(await scoreFromRibbon(host, store)).toBe("busy");
    expect(await insertTemplateSheets(host, store)).toBeUndefined();
    expect(excel.syncCount).toBe(syncs);
    release();
    await recap;
    expect((await scoreWorkbook(host, store))?.ok).toBe(true);
  });
});

describe("a sheet renamed", () => {
  it("two sheets that could be Inovasi: the sheets line names both, as the reader's error does, and offers no empty Inovasi", async () => {
    const g = regionGrids(3);
    // two sheets that could be Inovasi (one alone is read, and said: read13): neither is read
    g["Inovasi 2025"] = { ...g["Inovasi"]!, name: "Inovasi 2025" };
    g["Inovasi 2024"] = { ...g["Inovasi"]!, name: "Inovasi 2024" };
    delete g["Inovasi"];
    const { host, store } = setup(g);
    const out = await scoreWorkbook(host, store);
    expect(out?.ok).toBe(false);
    expect(sheetsText(store.get())).toBe('Inovasi: lebih dari satu lembar bisa menjadi lembar ini ("Inovasi 2025", "Inovasi 2024"); tidak ada yang dibaca — beri salah satunya nama "Inovasi". Sudah ada: SPD, Perangkat Daerah, Pengaturan.');
    expect(sheetsText({ ...store.get(), lang: "en" })).toContain('Inovasi: more than one sheet could be it ("Inovasi 2025", "Inovasi 2024"); none is read — name one of them "Inovasi".');
    expect(store.get().sheets?.missing).toEqual([]);
    // the problem itself names the sheets there are
    expect(resultsView(out!, "id", "id-ID").problems.items[0]!.text).toContain('"Inovasi 2025"');
    // from the names alone too (the pane's first look); a sheet whose name only holds another's is not it
    expect(detectSheetNames(["SPD", "perangkat daerah (2)", "Inovasi"]).readFrom).toEqual({ "Perangkat Daerah": { sheet: "perangkat daerah (2)" } });
    expect(detectSheetNames(["Inovasi", "SPD", "Perangkat Daerah", "Pengaturan 2025"]).near).toEqual({ Pengaturan: "Pengaturan 2025" });
    expect(detectSheetNames(["Sheet1"]).near).toBeUndefined();
  });
});

describe("hidden columns Excel did not say (below ExcelApi 1.2)", () => {
  it("a header found twice on a sheet read without them: the run says the first was read, hidden or not; with one header each, nothing", async () => {
    const g = regionGrids(12);
    const inv = g["Inovasi"]!;
    const at = inv.cells[0]!.indexOf("Tahapan");
    const excel = new FakeExcelHost(structuredClone(g));
    excel.excelApi = "1.1";
    const host = excelHost((f) => f(excel.context as unknown as XContext), excel.supports, async () => {});
    const store = createStore(initialState("id"));
    await scoreWorkbook(host, store);
    expect(store.get().hiddenColumnsUnread).toBeUndefined();
    // a hidden copy of the Tahapan column before it
    const copy = new FakeExcelHost(structuredClone({ ...g, Inovasi: { ...inv, cells: inv.cells.map((row) => [...row.slice(0, at), row[at] ?? null, ...row.slice(at)]) } }));
    copy.excelApi = "1.1";
    copy.sheet("Inovasi")!.hiddenCols.add(at);
    await scoreWorkbook(excelHost((f) => f(copy.context as unknown as XContext), copy.supports, async () => {}), store);
    expect(store.get().hiddenColumnsUnread).toEqual(["Inovasi"]);
    expect(msg.hiddenColumnsUnread("id", ["Inovasi"])).toBe('Excel tidak memberi tahu kolom mana yang tersembunyi di lembar "Inovasi", jadi kolom tersembunyi dibaca seperti kolom lain: dari dua kolom untuk hal yang sama, yang pertama dibaca walaupun tersembunyi. Periksa kolom yang disebut di Masalah: tampilkan kolom tersembunyi (klik kanan judul kolom → Tampilkan), hapus salinan yang tidak dipakai, lalu klik Nilai lagi.');
    expect(store.get().outcome?.issues.some((i) => i.code === "column_duplicate" && i.sheet === "Inovasi")).toBe(true);
    // an Excel that says them: the copy is known hidden, the visible one read, no note
    copy.excelApi = "1.17";
    await scoreWorkbook(excelHost((f) => f(copy.context as unknown as XContext), copy.supports, async () => {}), store);
    expect(store.get().hiddenColumnsUnread).toBeUndefined();
    expect(store.get().outcome?.issues.find((i) => i.code === "column_duplicate")?.text).toContain("tersembunyi");
  });
});

describe("merged areas Excel would not give", () => {
  it("the run says which sheet, what it means and what to do; the next run without the problem says nothing", async () => {
    const g = regionGrids(40);
    const inv = g["Inovasi"]!;
    const col = inv.cells[0]!.indexOf("Perangkat Daerah");
    inv.merges = [];
    for (let r = 1; r + 1 <= 40; r += 2) { inv.merges.push({ row: r, col, rows: 2, cols: 1 }); inv.cells[r + 1]![col] = null; }
    const { excel, host, store } = setup(g);
    excel.maxMergedAreas = 0; // Excel refuses every request for them
    await scoreWorkbook(host, store);
    // a sheet refused in a group with Inovasi is named too (the read cannot tell which one held the areas)
    expect(store.get().mergesSkipped).toContain("Inovasi");
    expect(msg.mergesSkipped("id", ["Inovasi"])).toBe('Excel tidak memberikan semua sel gabungan di lembar "Inovasi"; baris yang digabung di sana dibaca seperti tidak digabung, sehingga bisa dilaporkan "wajib diisi". Bila begitu, pisahkan sel gabungan itu (Beranda → Gabungkan & Tengahkan) dan isi setiap baris, lalu klik Nilai lagi.');
    // the rows concerned are indeed reported blank: the note explains those problems
    const out = store.get().outcome;
    expect(out?.issues.some((i) => i.sheet === "Inovasi" && /wajib diisi/.test(i.text))).toBe(true);
    excel.maxMergedAreas = 512;
    await scoreWorkbook(host, store);
    expect(store.get().mergesSkipped).toBeUndefined();
    const after = store.get().outcome;
    expect(after?.issues.some((i) => i.sheet === "Inovasi" && /wajib diisi/.test(i.text))).toBe(false);
  });
});

describe("a very large sheet", () => {
  it("10,000 rows: the status line counts the rows read, the bar rises while reading, the counts in the Indonesian format", async () => {
    const { host, store } = setup(regionGrids(10_000));
    const seen: { text: string; progress: number }[] = [];
    store.subscribe((s) => { if (s.phase === "reading") seen.push({ text: statusText(s), progress: s.progress }); });
    const out = await scoreWorkbook(host, store);
    expect(out?.ok).toBe(true);
    const counted = seen.filter((x) => /baris$/.test(x.text));
    expect(counted.length).toBeGreaterThanOrEqual(2);
    expect(counted[0]!.text).toMatch(/^Membaca lembar kerja… \d{1,3}(\.\d{3})? dari 10\.\d{3} baris$/);
    expect(counted.map((x) => x.text)).toContainEqual(expect.stringMatching(/^Membaca lembar kerja… \d\.\d{3} dari /));
    const progress = seen.map((x) => x.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(Math.min(...progress)).toBe(10);
    expect(Math.max(...progress)).toBeLessThanOrEqual(35);
    expect(Math.max(...progress)).toBeGreaterThan(10);
    // a small workbook: no count (one sync reads it all)
    const small = setup(regionGrids(30));
    const texts: string[] = [];
    small.store.subscribe((s) => { if (s.phase === "reading") texts.push(statusText(s)); });
    await scoreWorkbook(small.host, small.store);
    expect(new Set(texts)).toEqual(new Set(["Membaca lembar kerja…"]));
  }, 60_000);
});

describe("inserting the template is a write too", () => {
  it("no run, recap or second insertion while the sheets are inserted; a refused insertion does not mark the results stale", async () => {
    const { host, store } = setup({ Sheet1: { name: "Sheet1", cells: [] } });
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const slow: PaneHost = { ...host, insertTemplate: async (e) => { calls++; await gate; return host.insertTemplate(e); } };
    const first = insertTemplateSheets(slow, store);
    expect(isWorkbookBusy(store.get())).toBe(true);
    expect(await insertTemplateSheets(slow, store)).toBeUndefined();
    expect(await scoreWorkbook(slow, store)).toBeUndefined();
    expect(await recapWorkbooks(slow, store, [{ name: "a.xlsx", bytes: async () => new Uint8Array() }])).toBeUndefined();
    release();
    expect(await first).toContain("Inovasi");
    expect(calls).toBe(1);
    expect(isWorkbookBusy(store.get())).toBe(false);

    // scored, then an insertion Excel refuses: the results are still this workbook's latest, not marked stale
    await scoreWorkbook(host, store);
    const refused: PaneHost = { ...host, insertTemplate: async () => { throw new FakeExcelError("AccessDenied", "x"); } };
    await insertTemplateSheets(refused, store);
    expect(store.get().outcome).toBeDefined();
    expect(isStale(store.get())).toBe(false);
    expect(isWorkbookBusy(store.get())).toBe(false);
    // a scoring run that fails does mark them
    const failing: PaneHost = { ...host, readGrids: async () => { throw new FakeExcelError("GeneralException", "x"); } };
    await scoreWorkbook(failing, store);
    expect(isStale(store.get())).toBe(true);
  });
});
