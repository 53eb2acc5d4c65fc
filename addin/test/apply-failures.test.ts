import { describe, expect, it, vi } from "vitest";
import { CALC_OWED_SETTING, applyWrites, readGrids } from "../src/excel/adapter.js";
import { excelHost } from "../src/commands/host.js";
import { scoreWorkbook } from "../src/commands/score.js";
import { createStore, initialState, statusText } from "../src/pane/state.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { ctxOf, regionGrids } from "./fixtures.js";

/** A scored workbook in the fake host, its writes ready, in chunks small enough to need several syncs. */
async function scored(mode: string) {
  const host = new FakeExcelHost(structuredClone(regionGrids(300)));
  host.calculationMode = mode;
  const out = scoreGrids(await readGrids(ctxOf(host), { supports: host.supports }));
  if (!out.ok) throw new Error("unreadable");
  const apply = () => applyWrites(ctxOf(host), out.writes, { output: out.output, supports: host.supports, chunkBytes: 20_000 });
  return { host, apply };
}

describe("a write that fails part-way gives the user's calculation mode back", () => {
  for (const mode of ["Automatic", "AutomaticExceptTables", "Manual"]) {
    it(`a cell being edited refuses the second chunk: Excel ends in ${mode}, as it started`, async () => {
      const { host, apply } = await scored(mode);
      // sync 1: names and mode; sync 2: the first chunk (Manual set); sync 3: the second chunk, refused
      host.refuseSync(3, "InvalidOperationInCellEditMode");
      await expect(apply()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
      expect(host.calculationMode).toBe(mode);
    });
  }

  it("a payload refused in a later chunk: the mode comes back too", async () => {
    const { host, apply } = await scored("Automatic");
    host.refuseSync(4, "RequestPayloadSizeLimitExceeded");
    await expect(apply()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(host.calculationMode).toBe("Automatic");
  });

  it("when Excel refuses the restoring sync too, the next run restores the user's mode, not the Manual it finds", async () => {
    const { host, apply } = await scored("Automatic");
    host.refuseSync(3, "InvalidOperationInCellEditMode");
    host.refuseSync(4, "InvalidOperationInCellEditMode");
    await expect(apply()).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    expect(host.calculationMode).toBe("Manual");
    await apply();
    expect(host.calculationMode).toBe("Automatic");
    // a user who sets Manual themselves afterwards keeps it
    host.calculationMode = "Manual";
    await apply();
    expect(host.calculationMode).toBe("Manual");
  });

  it("the mode owed back is kept in the workbook: a pane reopened after the failure restores it, and says nothing is owed once it is back", async () => {
    const host = new FakeExcelHost(structuredClone(regionGrids(300)));
    const paneHost = () => excelHost((f) => f(ctxOf(host)), host.supports, async () => {});
    // a clean run's syncs, then the same run with the last chunk and the restoring sync refused (a cell being edited)
    const probe = new FakeExcelHost(structuredClone(regionGrids(300)));
    await scoreWorkbook(excelHost((f) => f(ctxOf(probe)), probe.supports, async () => {}), createStore(initialState("id")));
    host.refuseSync(probe.syncCount, "InvalidOperationInCellEditMode");
    host.refuseSync(probe.syncCount + 1, "InvalidOperationInCellEditMode");
    const store = createStore(initialState("id"));
    await scoreWorkbook(paneHost(), store);
    expect(host.calculationMode).toBe("Manual");
    // the pane says plainly what mode Excel is in and how to set it back
    expect(statusText(store.get())).toContain("Perhitungan Excel masih Manual");
    expect(statusText(store.get())).toContain("Rumus › Opsi Penghitungan › Otomatis");
    expect(host.settings.get(CALC_OWED_SETTING)).toBe("Automatic");
    // the workbook reopened: a new runtime, nothing in memory; the next clean run gives Automatic back
    vi.resetModules();
    const fresh = await import("../src/commands/score.js");
    const freshHost = (await import("../src/commands/host.js")).excelHost;
    const st = await import("../src/pane/state.js");
    const again = st.createStore(st.initialState("id"));
    await fresh.scoreWorkbook(freshHost((f) => f(ctxOf(host)), host.supports, async () => {}), again);
    expect(host.calculationMode).toBe("Automatic");
    expect(st.statusText(again.get())).toMatch(/^Selesai/);
    expect(host.settings.has(CALC_OWED_SETTING)).toBe(false);
  });

  it("in English the pane names the English menu", async () => {
    const { msg } = await import("../src/pane/messages.js");
    expect(msg.calcLeftManual("en", "AutomaticExceptTables")).toContain("Formulas › Calculation Options › Automatic Except for Data Tables");
    expect(msg.calcLeftManual("id", "AutomaticExceptTables")).toContain("Otomatis kecuali untuk Tabel Data");
  });
});
