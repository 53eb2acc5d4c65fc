import { describe, expect, it } from "vitest";
import { excelHost } from "../src/commands/host.js";
import { scoreWorkbook } from "../src/commands/score.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { createStore, initialState, statusText } from "../src/pane/state.js";
import { ctxOf, regionGrids } from "./fixtures.js";

/** A workbook holding the analyst's own sheet of that name, scored from the pane. */
async function scoredWith(name: string) {
  const g = structuredClone(regionGrids(20));
  g[name] = { name, cells: [["Catatan rapat Bappeda"], ["poin 1", 12.5]] };
  const excel = new FakeExcelHost(g);
  const store = createStore(initialState("id"));
  const out = await scoreWorkbook(excelHost((f) => f(ctxOf(excel)), excel.supports, async () => {}), store);
  return { excel, store, out };
}

describe("a sheet of the analyst's own under a name the tool writes", () => {
  it("Masalah left alone: the status line says so, as for Ringkasan and Rencana", async () => {
    const { excel, store } = await scoredWith("Masalah");
    expect(excel.sheets.find((s) => s.name === "Masalah")!.cells[0]![0]).toBe("Catatan rapat Bappeda");
    expect(statusText(store.get())).toMatch(/^Selesai\. Hasil ditulis di lembar Ringkasan dan di kolom hasil lembar Inovasi\. Lembar "Masalah" sudah ada dan bukan buatan alat ini, jadi tidak ditimpa/);
  });

  it("RINGKASAN is named as the analyst sees it, in the problem and in the status line", async () => {
    const { store, out } = await scoredWith("RINGKASAN");
    const left = out!.issues.find((i) => i.code === "summary_sheet_not_ours")!;
    expect(left.sheet).toBe("RINGKASAN");
    expect(left.text).toMatch(/^lembar "RINGKASAN" sudah ada/);
    expect(statusText(store.get())).toMatch(/Lembar "RINGKASAN" sudah ada dan bukan buatan alat ini/);
    // the summary was not written anywhere else
    expect(statusText(store.get())).toMatch(/^Selesai\. Hasil ditulis di kolom hasil lembar Inovasi\./);
  });
});
