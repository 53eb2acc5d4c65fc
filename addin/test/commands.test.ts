/**
 * The ribbon's Nilai IID command against the in-memory Excel host: it scores and writes without the pane, shows the
 * Ringkasan sheet on success, opens the pane when the analyst must see problems, and always completes the event.
 */
import { describe, expect, it } from "vitest";
import { excelHost, type PaneHost } from "../src/commands/host.js";
import { SCORE_COMMAND, registerCommands, scoreFromRibbon } from "../src/commands/ribbon.js";
import { scoreWorkbook } from "../src/commands/score.js";
import type { XContext } from "../src/excel/adapter.js";
import { FakeExcelHost, FakeExcelError } from "../src/host-fake/excel.js";
import { readModelFile } from "../src/pane/model-file.js";
import { createStore, initialState } from "../src/pane/state.js";
import { scoreGrids } from "../src/pipeline.js";
import { PLAN_MARKER } from "@inovasi/workbook";
import { regionGrids } from "./fixtures.js";

function setup(grids = regionGrids(30)) {
  const excel = new FakeExcelHost(structuredClone(grids));
  let paneShown = 0;
  const host = excelHost((f) => f(excel.context as unknown as XContext), () => true, async () => { paneShown++; });
  const store = createStore(initialState("id"));
  return { excel, host, store, grids, shown: () => paneShown };
}

describe("ribbon command Nilai IID", () => {
  it("scores and writes the workbook exactly as the pipeline says, then shows the Ringkasan sheet, without the pane", async () => {
    const { excel, host, store, grids, shown } = setup(regionGrids(10));
    const expected = scoreGrids(structuredClone(grids));
    if (!expected.ok) throw new Error("fixture does not read");
    expect(await scoreFromRibbon(host, store)).toBe("scored");
    // a cleared cell reads back as "" (Excel's empty value), a written null clears
    for (const w of expected.writes) expect(((v) => (v === "" ? null : v))(excel.sheet(w.sheet)!.cells[w.row]?.[w.col] ?? null), `${w.sheet}!${w.address}`).toEqual(w.value === "" ? null : w.value);
    expect(excel.sheets.reduce((n, s) => n + s.charts.length, 0)).toBe(1);
    expect(excel.selection).toEqual({ sheet: "Ringkasan", row: 0, col: 0 });
    expect(shown()).toBe(0);
    // the pane, when opened later, finds the same result in the shared store
    const s = store.get();
    expect(s.phase).toBe("done");
    expect(s.outcome?.ok && s.outcome.result.verified.index).toBe(expected.result.verified.index);
  });

  it("uses the model chosen in the pane (shared runtime: one store)", async () => {
    const { host, store } = setup();
    store.dispatch({ type: "edition", id: "iid-2027-projection" });
    await scoreFromRibbon(host, store);
    const out = store.get().outcome;
    expect(out?.ok && out.result.edition.id).toBe("iid-2027-projection");
    const fixed = readModelFile("prov.json", JSON.stringify({ id: "prov-uji", extends: "iid-2026", name: { id: "Uji", en: "Test" } }));
    if (!fixed.ok) throw new Error(JSON.stringify(fixed));
    store.dispatch({ type: "model", model: fixed });
    await scoreFromRibbon(host, store);
    const again = store.get().outcome;
    expect(again?.ok && again.result.edition.id).toBe("prov-uji");
  });

  it("a province model whose band threshold is unknown: the predicate warning names the threshold at its entry in the model file", async () => {
    const { host, store } = setup();
    const unknown = { ref: "b", confidence: "unknown" };
    const model = readModelFile("model-2025.json", JSON.stringify({
      id: "prov-x-2025", extends: "iid-2026", name: { id: "X", en: "X" }, sources: [{ id: "b", title: "Laporan Bappeda" }],
      bands: [{ id: "kurang-inovatif", max: { value: null, source: unknown } }, { id: "inovatif", min: { value: null, source: unknown } }],
    }));
    if (!model.ok) throw new Error(JSON.stringify(model));
    store.dispatch({ type: "model", model });
    await scoreFromRibbon(host, store);
    const out = store.get().outcome;
    if (!out?.ok) throw new Error("not scored");
    expect(out.result.verified.predicate).toBeNull();
    const w = out.issues.filter((i) => i.code === "predicate_unknown");
    expect(w.map((i) => [i.sheet, i.field])).toEqual([["", "batas bawah predikat inovatif"], ["", "batas bawah predikat inovatif"]]);
    expect(w[1]!.message).toMatch(/^predikat terverifikasi belum diketahui: .* \[batas bawah predikat inovatif: bands\[1\]\.min di model-2025\.json\]$/);
  });

  it("a workbook scored with errors in some rows is written, and the pane opens so the analyst sees them", async () => {
    const { excel, host, store, shown } = setup(regionGrids(30)); // row 11 has the stage "Penerapn"
    expect(await scoreFromRibbon(host, store)).toBe("problems");
    expect(shown()).toBe(1);
    expect(excel.sheet("Ringkasan")).toBeDefined();
    const out = store.get().outcome;
    expect(out?.ok && out.issues.some((i) => i.severity === "error" && i.given === "Penerapn")).toBe(true);
  });

  it("a workbook that cannot be scored opens the pane with the reasons and writes nothing", async () => {
    const g = regionGrids(3);
    delete g["Inovasi"];
    const { excel, host, store, shown } = setup(g);
    expect(await scoreFromRibbon(host, store)).toBe("problems");
    expect(shown()).toBe(1);
    expect(excel.writes).toEqual([]);
    // the sheets line follows the workbook the run read
    expect(store.get().sheets).toEqual({ found: ["SPD", "Perangkat Daerah", "Pengaturan"], missing: ["Inovasi"], names: Object.keys(g) });
    expect(store.get().outcome?.ok).toBe(false);
  });

  it("when Excel fails, the pane opens and the store says why in words (the code kept for the message only)", async () => {
    const { host, store, shown } = setup();
    const failing: PaneHost = { ...host, applyOutcome: async () => { throw new FakeExcelError("RequestPayloadSizeLimitExceeded", "too big"); } };
    expect(await scoreFromRibbon(failing, store)).toBe("failed");
    expect(shown()).toBe(1);
    expect(store.get()).toMatchObject({ phase: "failed", failure: { code: "RequestPayloadSizeLimitExceeded" } });
  });

  it("a second run while one is under way is refused (pane button and ribbon share the store)", async () => {
    const { host, store } = setup();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const slow: PaneHost = { ...host, readGrids: async () => { await gate; return host.readGrids(); } };
    const first = scoreWorkbook(slow, store);
    expect(await scoreFromRibbon(slow, store)).toBe("busy");
    release();
    expect((await first)?.ok).toBe(true);
  });

  it("registers under the manifest's function name and always completes the event, also when Excel fails", async () => {
    const { host, store } = setup();
    const handlers = new Map<string, (e: { completed(): void }) => void>();
    registerCommands({ associate: (name, f) => handlers.set(name, f) }, { ...host, readGrids: async () => { throw new Error("boom"); } }, store);
    expect([...handlers.keys()]).toEqual([SCORE_COMMAND]);
    const done = new Promise<void>((completed) => handlers.get(SCORE_COMMAND)!({ completed }));
    await done;
    expect(store.get().phase).toBe("failed");
  });

  it("the pane's Susun rencana runs the same pipeline with a plan: the Rencana sheet is written; later runs keep it current", async () => {
    const { excel, host, store } = setup(regionGrids(12));
    const out = await scoreWorkbook(host, store, { plan: true });
    if (!out?.ok || !out.plan) throw new Error("no plan");
    expect(excel.sheet("Rencana")?.cells[0]?.[0]).toBe(PLAN_MARKER);
    expect(store.get().planning).toBe(true);
    // the ribbon afterwards: the workbook has the tool's Rencana sheet, so it is planned again
    await scoreFromRibbon(host, store);
    const again = store.get().outcome;
    expect(again?.ok && again.plan).toBeTruthy();
    expect(store.get().planning).toBe(false);
  });

  it("insertTemplate adds the sheets a blank workbook lacks, once", async () => {
    const excel = new FakeExcelHost({ Sheet1: { name: "Sheet1", cells: [] } });
    const host = excelHost((f) => f(excel.context as unknown as XContext), () => true, async () => {});
    const edition = readModelFile("p.json", JSON.stringify({ id: "prov-t", extends: "iid-2026", name: { id: "T", en: "T" } }));
    if (!edition.ok) throw new Error("model");
    const added = await host.insertTemplate(edition.edition);
    expect(added).toEqual(expect.arrayContaining(["Inovasi", "SPD", "Perangkat Daerah", "Pengaturan"]));
    expect(await host.insertTemplate(edition.edition)).toEqual([]);
  });
});

