import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readModelFile } from "../src/pane/model-file.js";
import { type Action, chosenEdition, createStore, detectSheetNames, detectSheets, editionOptions, initialState, isBusy, modelText, reduce, sheetsText, statusText } from "../src/pane/state.js";
import { resultsView } from "../src/pane/view-model.js";
import { scoreGrids } from "../src/pipeline.js";
import { regionGrids } from "./fixtures.js";

const provinceModel = readFileSync(new URL("../../examples/model-provinsi-contoh.json", import.meta.url), "utf8");
const run = (...actions: Action[]) => actions.reduce(reduce, initialState("id"));

describe("pane state", () => {
  it("a run goes reading → scoring → writing → done with rising progress, busy until done", () => {
    const out = scoreGrids(regionGrids(3));
    const steps: Action[] = [{ type: "start" }, { type: "phase", phase: "scoring" }, { type: "phase", phase: "writing" }, { type: "progress", done: 1, total: 4 }, { type: "progress", done: 4, total: 4 }, { type: "scored", outcome: out }];
    let s = initialState("id");
    const seen: [string, number, boolean][] = [];
    for (const a of steps) { s = reduce(s, a); seen.push([s.phase, s.progress, isBusy(s)]); }
    expect(seen).toEqual([["reading", 10, true], ["scoring", 40, true], ["writing", 50, true], ["writing", 63, true], ["writing", 100, true], ["done", 100, false]]);
    expect(s.outcome).toBe(out);
  });

  it("progress while reading goes from 10 to 35 % by rows read; while scoring it is ignored; never past 100", () => {
    expect(run({ type: "start" }, { type: "progress", done: 3, total: 4 }).progress).toBe(29);
    expect(run({ type: "start" }, { type: "progress", done: 9, total: 4 }).progress).toBe(35);
    expect(run({ type: "start" }, { type: "phase", phase: "scoring" }, { type: "progress", done: 3, total: 4 }).progress).toBe(40);
    expect(run({ type: "start" }, { type: "phase", phase: "writing" }, { type: "progress", done: 9, total: 4 }).progress).toBe(100);
  });

  it("a new run clears the last failure; a failure keeps the previous results", () => {
    const out = scoreGrids(regionGrids(2));
    const failed = run({ type: "scored", outcome: out }, { type: "start" }, { type: "failed", code: "ItemNotFound" });
    expect(failed.outcome).toBe(out);
    expect(failed.failure).toEqual({ code: "ItemNotFound" });
    expect(reduce(failed, { type: "start" }).failure).toBeUndefined();
  });

  it("status line in both languages; Excel's error code is explained, never shown", () => {
    const failed = run({ type: "start" }, { type: "failed", code: "RequestPayloadSizeLimitExceeded" });
    // what to do: another app or the CLI, not "try again" (the same request is as large again; audit36)
    expect(statusText(failed)).toMatch(/^Excel menolak permintaan karena terlalu besar \(batas 5 MB Excel di web\)\. Buka buku kerja ini di aplikasi Excel desktop lalu jalankan lagi dari panel, atau nilai berkasnya di komputer dengan perintah inovasi\.$/);
    expect(statusText(failed)).not.toContain("RequestPayload");
    expect(statusText({ ...failed, lang: "en" })).toMatch(/^Excel refused the request because it is too large/);
    expect(statusText(run({ type: "start" }, { type: "failed", code: undefined }))).toMatch(/^Excel tidak dapat menyelesaikan penilaian\./);
    expect(statusText(run({ type: "start" }))).toBe("Membaca lembar kerja…");
    expect(statusText(run({ type: "scored", outcome: { ok: false, issues: [] } }))).toMatch(/^Belum dapat dinilai/);
    expect(statusText(run({ type: "start", plan: true }, { type: "phase", phase: "scoring" }))).toBe("Menghitung skor dan menyusun rencana…");
    const planned = scoreGrids(regionGrids(3), { plan: true });
    expect(statusText(run({ type: "start", plan: true }, { type: "scored", outcome: planned }))).toMatch(/^Selesai\. Rencana ditulis di lembar Rencana, hasil di lembar Ringkasan\.( Masalah: \d+ kesalahan, \d+ peringatan(, \d+ catatan)?\.)?$/);
    const broken = scoreGrids(regionGrids(12)); // row 11 has a misspelt stage
    const errs = broken.issues.filter((i) => i.severity === "error").length;
    const warns = broken.issues.filter((i) => i.severity === "warning").length;
    expect(errs).toBeGreaterThan(0);
    const notes = broken.issues.length - errs - warns;
    expect(statusText(run({ type: "scored", outcome: broken }))).toBe(`Selesai. Hasil ditulis di lembar Ringkasan dan di kolom hasil lembar Inovasi. Masalah: ${errs} kesalahan, ${warns} peringatan${notes ? `, ${notes} catatan` : ""}.`);
    expect(statusText(run({ type: "inserted", names: ["SPD"] }))).toBe("Lembar disisipkan: SPD.");
    expect(statusText(run({ type: "inserted", names: [] }))).toMatch(/tidak ada yang disisipkan/);
  });

  it("the status line counts the problems as the list does, notes too (review17 finding 6)", () => {
    const broken = scoreGrids(regionGrids(12));
    const note = { ...broken.issues.find((i) => i.severity === "warning")!, severity: "info" as const };
    const out = { ...broken, issues: [...broken.issues, note] };
    const [errs, warns, notes] = (["error", "warning", "info"] as const).map((sev) => out.issues.filter((i) => i.severity === sev).length);
    expect(notes).toBeGreaterThan(1);
    expect(statusText(run({ type: "scored", outcome: out }))).toBe(`Selesai. Hasil ditulis di lembar Ringkasan dan di kolom hasil lembar Inovasi. Masalah: ${errs} kesalahan, ${warns} peringatan, ${notes} catatan.`);
    expect(statusText(run({ type: "scored", outcome: out }))).toContain(`: ${resultsView(out, "id", "id-ID").problems.counts}.`);
    expect(statusText({ ...run({ type: "scored", outcome: out }), lang: "en" })).toMatch(new RegExp(` Problems: \\d+ errors?, \\d+ warnings?, ${notes} notes\\.$`));
    // notes only: counted, not "0 errors, 0 warnings"
    const notesOnly = { ...broken, issues: [note] };
    expect(statusText(run({ type: "scored", outcome: notesOnly }))).toMatch(/ Masalah: 0 kesalahan, 0 peringatan, 1 catatan\.$/);
  });

  it("the edition used: a loaded model, else the edition chosen in the list, else the workbook's own (undefined)", () => {
    expect(chosenEdition(run())).toBeUndefined();
    expect(chosenEdition(run({ type: "edition", id: "iid-2023" }))?.id).toBe("iid-2023");
    expect(chosenEdition(run({ type: "edition", id: "iid-1999" }))).toBeUndefined();
    const model = readModelFile("prov.json", provinceModel);
    expect(model.ok).toBe(true);
    const s = run({ type: "edition", id: "iid-2023" }, { type: "model", model });
    expect(chosenEdition(s)?.id).toBe(JSON.parse(provinceModel).id);
    expect(chosenEdition(reduce(s, { type: "model", model: undefined }))?.id).toBe("iid-2023");
  });

  it("edition list: first 'as the Pengaturan sheet says', then every shipped edition, the chosen one selected", () => {
    const opts = editionOptions(run({ type: "edition", id: "iid-2026" }));
    expect(opts[0]).toEqual({ value: "", label: "Sesuai lembar Pengaturan", selected: false });
    expect(opts.find((o) => o.selected)?.value).toBe("iid-2026");
    expect(opts.map((o) => o.value)).toContain("iid-2023");
    expect(editionOptions(run())[0]!.selected).toBe(true);
  });

  it("model file: not JSON, not a model, a model — each said in words an analyst can act on", () => {
    const notJson = run({ type: "model", model: readModelFile("prov.json", "{ id: 1,") });
    expect(modelText(notJson)).toEqual({ error: true, text: expect.stringMatching(/^Berkas prov\.json bukan JSON yang sah/) });
    expect(modelText(notJson).text).not.toMatch(/Unexpected|token|position/);

    const bad = run({ type: "model", model: readModelFile("prov.json", JSON.stringify({ id: "prov-x", extends: "iid-2026", formula: { rounding: { decimals: "dua" } } })) });
    const text = modelText(bad);
    expect(text.error).toBe(true);
    expect(text.text).toMatch(/^Berkas prov\.json tidak dapat dipakai sebagai model: /);
    expect(text.text).toContain("decimals");
    expect(text.text).not.toMatch(/invalid_type|ZodError|expected number, received/i);
    expect(modelText({ ...bad, lang: "en" }).text).toMatch(/^prov\.json cannot be used as a model: /);

    const ok = run({ type: "model", model: readModelFile("prov.json", provinceModel) });
    expect(modelText(ok)).toMatchObject({ error: false, text: expect.stringMatching(new RegExp(`^Model dimuat dari prov\\.json: ${JSON.parse(provinceModel).id}\\.`)) });
    expect(modelText(run()).text).toBe("Belum ada berkas dipilih; dipakai edisi di atas.");
  });

  it("a refused model file's reasons follow the pane's language, a shape problem's text too (a name written as plain text)", () => {
    const file = JSON.parse(provinceModel) as Record<string, unknown>;
    const bad = run({ type: "model", model: readModelFile("prov.json", JSON.stringify({ ...file, name: "Model Provinsi X" })) });
    expect(modelText(bad).text).toContain('name: harus berupa kumpulan isian (objek) seperti { "id": "Model Provinsi X", "en": … }');
    // switched to English after the file was picked: the same reason in English, no Bahasa left in the sentence
    const en = modelText(reduce(bad, { type: "lang", lang: "en" })).text;
    expect(en).toMatch(/^prov\.json cannot be used as a model: name: must be a set of fields \(an object\) such as \{ "id": "Model Provinsi X", "en": … \}/);
    expect(en).not.toMatch(/harus|kumpulan/);
  });

  it("the sheets line names what is there and what is missing", () => {
    const g = regionGrids(1);
    delete g["SPD"];
    const s = run({ type: "sheets", ...detectSheets(g) });
    expect(s.sheets).toEqual({ found: ["Inovasi", "Perangkat Daerah", "Pengaturan"], missing: ["SPD"], names: Object.keys(g) });
    expect(sheetsText(s)).toBe("Lembar wajib yang belum ada: SPD. Sudah ada: Inovasi, Perangkat Daerah, Pengaturan.");
    expect(sheetsText({ ...s, lang: "en" })).toBe("Required sheets missing: SPD. Present: Inovasi, Perangkat Daerah, Pengaturan.");
    expect(sheetsText(run({ type: "sheets", ...detectSheets(regionGrids(1)) }))).toBe("Lembar wajib lengkap: Inovasi, SPD, Perangkat Daerah, Pengaturan.");
    expect(sheetsText(run({ type: "sheets", ...detectSheets({}) }))).toBe("Lembar wajib yang belum ada: Inovasi, SPD, Perangkat Daerah, Pengaturan.");
    // from names alone, matched as the reader matches them (case and spaces)
    expect(detectSheetNames(["inovasi", " SPD ", "Ringkasan"])).toEqual({ found: ["Inovasi", "SPD"], missing: ["Perangkat Daerah", "Pengaturan"] });
    // without Pengaturan the reader refuses the workbook: before, the line said "complete" and offered no template
    const noSettings = regionGrids(1);
    delete noSettings["Pengaturan"];
    expect(sheetsText(run({ type: "sheets", ...detectSheets(noSettings) }))).toBe("Lembar wajib yang belum ada: Pengaturan. Sudah ada: Inovasi, SPD, Perangkat Daerah.");
    expect(scoreGrids(noSettings).ok).toBe(false);
  });

  it("the store tells subscribers about every change, with the state before it", () => {
    const store = createStore(initialState("id"));
    const seen: string[] = [];
    const off = store.subscribe((s, prev) => seen.push(`${prev.lang}→${s.lang}`));
    store.dispatch({ type: "lang", lang: "en" });
    off();
    store.dispatch({ type: "lang", lang: "id" });
    expect(seen).toEqual(["id→en"]);
    expect(store.get().lang).toBe("id");
  });
});
