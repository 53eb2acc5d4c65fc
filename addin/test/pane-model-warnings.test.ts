/** A loaded province model's warnings reach the pane (pane11 finding 4): before, only "Model dimuat …" was said. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readModelFile } from "../src/pane/model-file.js";
import { createStore, initialState, modelText } from "../src/pane/state.js";

const example = readFileSync(new URL("../../examples/model-provinsi-contoh.json", import.meta.url), "utf8");
/** What `inovasi model init` writes: valid, its texts still "ISI: …". */
const fresh = JSON.stringify({ extends: "iid-2026", id: "init", name: { id: "Model provinsi init", en: "Province model init" }, year: 2026, sources: [{ id: "sumber-init", title: "ISI: judul dasar hukum", publisher: "ISI: penerbit", date: "ISI: tanggal (TTTT-BB-HH)" }] });

function loaded(file: string, text: string, lang: "id" | "en" = "id") {
  const store = createStore(initialState(lang));
  store.dispatch({ type: "model", model: readModelFile(file, text) });
  return modelText(store.get());
}

describe("a loaded province model's warnings", () => {
  it("the example model: the maximum total re-derived 250 → 256 is said, in Bahasa and in English; the model is still used", () => {
    const id = loaded("model-provinsi-contoh.json", example);
    expect(id.error).toBe(false);
    expect(id.text).toMatch(/^Model dimuat dari model-provinsi-contoh\.json: prov-contoh-2026\. \d+ peringatan \(model tetap dipakai\):$/);
    expect(id.notes!.some((n) => /maksimum total dihitung ulang menjadi 256/.test(n) && /bukan 250/.test(n))).toBe(true);
    const en = loaded("model-provinsi-contoh.json", example, "en");
    expect(en.text).toMatch(/^Model loaded from model-provinsi-contoh\.json: prov-contoh-2026\. \d+ warnings \(the model is used\):$/);
    expect(en.notes!.join(" ")).toMatch(/256/);
    expect(en.notes!.join(" ")).not.toMatch(/diturunkan/);
  });

  it("a file fresh from model init: each \"ISI: …\" left is named by its place", () => {
    const r = loaded("init.json", fresh);
    expect(r.notes).toEqual(expect.arrayContaining([
      'sources[0].title: masih berisi isian contoh "ISI: …" dari inovasi model init; ganti dengan isi yang sebenarnya',
      expect.stringMatching(/^sources\[0\]\.publisher: /),
      expect.stringMatching(/^sources\[0\]\.date: /),
    ]));
  });

  it("a model with nothing to warn about: the one line, no list", () => {
    const clean = JSON.parse(example);
    const r = readModelFile("x.json", JSON.stringify(clean));
    if (!r.ok) throw new Error("example refused");
    const store = createStore(initialState("id"));
    store.dispatch({ type: "model", model: { ...r, warnings: [], placeholders: [] } });
    expect(modelText(store.get())).toEqual({ text: "Model dimuat dari x.json: prov-contoh-2026.", error: false });
  });
});

describe("a province model's warnings in the workbook the pane scores (audit35 #1)", () => {
  it("the maximum re-derived is on the Masalah sheet and in Ringkasan's notes, at its path in the file", async () => {
    const { loadWorkbook } = await import("../../packages/cli/src/index.js");
    const { scoreGrids } = await import("../src/pipeline.js");
    const book = await loadWorkbook(readFileSync(new URL("../../examples/kabupaten-contoh.xlsx", import.meta.url)));
    const model = readModelFile("model-provinsi-contoh.json", example);
    if (!model.ok) throw new Error("model refused");
    const out = scoreGrids(book.grids, { edition: model.edition, model: { file: model.file, issues: model.warnings ?? [] } });
    if (!out.ok) throw new Error("not scored");
    const cells = (sheet: string) => out.writes.filter((w) => w.sheet === sheet).map((w) => String(w.value ?? "")).join("\n");
    for (const sheet of ["Masalah", "Ringkasan"]) expect(cells(sheet)).toMatch(/formula\.maxTotal\.value di model-provinsi-contoh\.json: maksimum total dihitung ulang menjadi 256/);
  });
});
