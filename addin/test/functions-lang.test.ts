/**
 * The IID functions' results are in the pane's language (PREDIKAT's label, CATATAN_INOVASI's and CATATAN_INDEKS's
 * notes, every #VALUE! message): a language switch asks Excel for the recalculation an edition change asks for, and
 * the runtime's start, when functions ran before the pane was linked, one more (docs/decisions.md, session 19).
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { setFunctionContext } from "../src/functions/context.js";
import { linkFunctions } from "../src/pane/functions-link.js";
import { createStore, initialState } from "../src/pane/state.js";
import { regionGrids } from "./fixtures.js";
import { stubCustomFunctions } from "./custom-functions-stub.js";

beforeAll(() => stubCustomFunctions());
beforeEach(() => { setFunctionContext({ lang: "id", edition: undefined, model: undefined }); });
const fns = () => import("../src/functions/functions.js");

describe("the IID functions follow the pane's language", () => {
  it("a language switch asks Excel to recalculate: the notes functions' text and PREDIKAT's label are results in the pane's language", async () => {
    const { catatanIndeks, predikat } = await fns();
    const grids = regionGrids(3);
    grids["Inovasi"]!.cells[1]![grids["Inovasi"]!.cells[0]!.indexOf("Tahapan")] = "Penerapn";
    const rect = (cells: unknown[][]) => { const w = Math.max(...cells.map((r) => r.length)); return cells.map((r) => Array.from({ length: w }, (_, i) => r[i] ?? "")); };
    const args = [rect(grids["SPD"]!.cells), rect(grids["Inovasi"]!.cells)] as const;
    const store = createStore(initialState("id"));
    const calcs: string[] = [];
    linkFunctions(store, async () => { calcs.push("full"); });
    const id = [catatanIndeks(...args)[0]![0], predikat(40.01)];
    store.dispatch({ type: "lang", lang: "en" });
    expect(calcs).toEqual(["full"]);
    const en = [catatanIndeks(...args)[0]![0], predikat(40.01)];
    expect(id[0]).toMatch(/^Kesalahan — rentang_inovasi baris ke-2/);
    expect(en[0]).toMatch(/^Error — rentang_inovasi row 2/);
    expect([id[1], en[1]]).toEqual(["Inovatif", "Innovative"]);
    // the same language again: nothing to recalculate
    store.dispatch({ type: "lang", lang: "en" });
    expect(calcs).toEqual(["full"]);
  });

  it("at start-up: functions Excel ran before the pane was linked (in Bahasa) are recalculated once in the pane's language; none ran, none", async () => {
    vi.resetModules();
    const context = await import("../src/functions/context.js");
    const link = await import("../src/pane/functions-link.js");
    const calcs: string[] = [];
    link.linkFunctions(createStore(initialState("en")), async () => { calcs.push("full"); });
    expect(calcs).toEqual([]);
    context.setFunctionContext({ lang: "id", edition: undefined, model: undefined });
    context.functionContext(); // what every IID function reads first
    link.linkFunctions(createStore(initialState("en")), async () => { calcs.push("full"); });
    expect(calcs).toEqual(["full"]);
    // an Office in Bahasa: the functions already answered in it
    context.setFunctionContext({ lang: "id", edition: undefined, model: undefined });
    link.linkFunctions(createStore(initialState("id")), async () => { calcs.push("full"); });
    expect(calcs).toEqual(["full"]);
  });

});
