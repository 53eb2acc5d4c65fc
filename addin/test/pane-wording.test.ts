/** pane11's smaller findings (9): an agency's row not counted, the not-scored banner, reading order, plurals, hidden sheets, controls during a run. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { excelHost } from "../src/commands/host.js";
import { insertTemplateSheets } from "../src/commands/template.js";
import type { XContext } from "../src/excel/adapter.js";
import type { LocatedIssue } from "@inovasi/workbook";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { msg } from "../src/pane/messages.js";
import { readModelFile } from "../src/pane/model-file.js";
import { createStore, initialState, modelText, reduce, statusText } from "../src/pane/state.js";
import { problemsView, resultsView } from "../src/pane/view-model.js";
import { scoreGrids } from "../src/pipeline.js";
import { regionGrids } from "./fixtures.js";
import { addRow, e2026, fullInnovation } from "../../packages/workbook/test/helpers.js";

const model = readModelFile("m.json", readFileSync(new URL("../../examples/model-provinsi-contoh.json", import.meta.url), "utf8"));

describe("pane wording and behaviour", () => {
  it("an agency whose only innovation row has an error: why it counts 0, linked to that row (before: \"memiliki 0 inovasi\" and nothing more)", () => {
    if (!model.ok) throw new Error("model refused");
    const g = regionGrids(3);
    g["Perangkat Daerah"]!.cells.push(["Dinas Baru", "Dinas"]);
    const r = addRow(g["Inovasi"]!, { ...fullInnovation(e2026, "Si Baru", "Dinas Baru", "Kesehatan"), Tahapan: "Penerapn" });
    const out = scoreGrids(g, { edition: model.edition });
    if (!out.ok) throw new Error("not scored");
    const cell = `${String.fromCharCode(65 + g["Inovasi"]!.cells[0]!.indexOf("Tahapan"))}${r + 1}`;
    const v = resultsView(out, "id", "id-ID");
    const line = v.nonCompliant!.items.find((i) => i.text.startsWith("Dinas Baru"))!;
    expect(line.text).toBe(`Dinas Baru: 0 dari 1 inovasi wajib — 1 baris inovasinya tidak dihitung karena ada kesalahan (Inovasi!${cell}); perbaiki lalu nilai ulang`);
    expect(line.link).toMatchObject({ sheet: "Inovasi", cell });
    expect(v.problems.items.find((i) => /Dinas Baru memiliki 0 inovasi/.test(i.text))!.text).toMatch(/— 1 baris inovasinya tidak dihitung karena ada kesalahan \(Inovasi!C\d+\)/);
    expect(resultsView(out, "en", "en-US").nonCompliant!.items.find((i) => i.text.startsWith("Dinas Baru"))!.text).toMatch(/— 1 innovation row of its own is not counted because of an error \(Inovasi!C\d+\); fix and score again$/);
  });

  it("nothing scored: the banner says the errors keep the workbook from being scored (before: \"agar skornya benar\")", () => {
    const g = regionGrids(2);
    delete g["Pengaturan"];
    const out = scoreGrids(g);
    expect(out.ok).toBe(false);
    const v = resultsView(out, "id", "id-ID");
    expect(v.errorsFirst!.text).toBe("Ada 1 kesalahan yang harus diperbaiki sebelum buku kerja dapat dinilai.");
    expect(resultsView(out, "en", "en-US").errorsFirst!.text).toBe("1 error to fix before the workbook can be scored.");
    // the status names an error now: Pengaturan missing is one (it was a warning under "Perbaiki kesalahan")
    const s = reduce(reduce(initialState("id"), { type: "start" }), { type: "scored", outcome: out });
    expect(statusText(s)).toBe("Belum dapat dinilai. Perbaiki kesalahan di daftar Masalah, lalu klik Nilai lagi. Masalah: 1 kesalahan, 0 peringatan.");
    expect(msg.errorsFirst("en", "3")).toBe("3 errors to fix for the scores to be right.");
  });

  it("problems in reading order within each severity: row before row, whichever part of the tool found them (before: G5 before G2)", () => {
    const mk = (cell: string, code: string): LocatedIssue => ({ severity: "error", code: code as LocatedIssue["code"], sheet: "Inovasi", cell, field: "f", text: cell, message: `Inovasi!${cell}: ${cell}` });
    const p = problemsView("id", [mk("G5", "reader"), mk("C9", "reader"), mk("G2", "engine"), mk("B5", "engine")], "id-ID");
    expect(p.items.map((i) => i.text)).toEqual(["G2", "B5", "G5", "C9"]);
  });

  it("a refused model file: its reasons end as a sentence before what the pane uses instead", () => {
    const store = createStore(initialState("id"));
    store.dispatch({ type: "model", model: readModelFile("x.json", JSON.stringify({ id: "x", extends: "iid-1999" })) });
    expect(modelText(store.get()).text).toMatch(/[^.]\. Tidak ada model provinsi yang dipakai; dipakai edisi di atas\.$/);
  });

  it("the template's very hidden lists sheet is inserted but not named (before: \"Lembar disisipkan: …, Daftar\")", async () => {
    const excel = new FakeExcelHost({});
    const host = excelHost((f) => f(excel.context as unknown as XContext), () => true, async () => {});
    const store = createStore(initialState("id"));
    const added = await insertTemplateSheets(host, store);
    expect(excel.sheets.map((x) => x.name)).toContain("Daftar");
    expect(added).not.toContain("Daftar");
    expect(statusText(store.get())).not.toMatch(/Daftar/);
  });

  it("the edition, the model and the language do not change while a run is under way", () => {
    if (!model.ok) throw new Error("model refused");
    const busy = reduce(initialState("id"), { type: "start" });
    expect(reduce(busy, { type: "edition", id: "iid-2023" })).toBe(busy);
    expect(reduce(busy, { type: "model", model })).toBe(busy);
    expect(reduce(busy, { type: "lang", lang: "en" })).toBe(busy);
    expect(reduce(initialState("id"), { type: "edition", id: "iid-2023" }).editionId).toBe("iid-2023");
  });

  it("English counts: no \"(s)\"", () => {
    expect(msg.belowTarget("en", "1", "Innovative")).toBe("Below the target Innovative: 1 region.");
    expect(msg.distributionItem("en", "Innovative", "2", "1")).toBe("Innovative: 2 regions (claimed: 1)");
    expect(msg.targetMissing("en", "1", "iid-2023")).toMatch(/: 1 region without a target\.$/);
  });
});
