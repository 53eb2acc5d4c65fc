/** The status line claims only what the run wrote (pane11 finding 7: "Hasil ditulis di lembar Ringkasan" while the analyst's own Ringkasan was left alone). */
import { describe, expect, it } from "vitest";
import { excelHost } from "../src/commands/host.js";
import { scoreWorkbook } from "../src/commands/score.js";
import type { XContext } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { createStore, initialState, statusText } from "../src/pane/state.js";
import { resultsView } from "../src/pane/view-model.js";
import { regionGrids } from "./fixtures.js";

async function run(lang: "id" | "en", own: boolean, plan = false) {
  const grids = regionGrids(6);
  if (own) grids["Ringkasan"] = { name: "Ringkasan", cells: [["Ringkasan rapat Bappeda"], ["butir 1", "anggaran"]] };
  const excel = new FakeExcelHost(structuredClone(grids));
  const host = excelHost((f) => f(excel.context as unknown as XContext), () => true, async () => {});
  const store = createStore(initialState(lang));
  const out = await scoreWorkbook(host, store, { plan });
  return { excel, s: store.get(), out: out! };
}

describe("the status line after a run", () => {
  it("the analyst's own Ringkasan left alone: the status says so instead of claiming the results are there; the sheet is untouched", async () => {
    const { excel, s, out } = await run("id", true);
    expect(excel.sheet("Ringkasan")!.cells[0]![0]).toBe("Ringkasan rapat Bappeda");
    expect(statusText(s)).toMatch(/^Selesai\. Hasil ditulis di kolom hasil lembar Inovasi\. Lembar "Ringkasan" sudah ada dan bukan buatan alat ini, jadi tidak ditimpa \(lihat Masalah\)\./);
    expect(statusText(s)).not.toMatch(/ditulis di lembar Ringkasan/);
    expect(resultsView(out, "id", "id-ID").status).toMatch(/tidak ditimpa/);
    const en = await run("en", true);
    expect(statusText(en.s)).toMatch(/^Done\. Results are in the output columns of the Inovasi sheet\. The sheet "Ringkasan" already existed, not made by this tool, and was left as is \(see Problems\)\./);
  });

  it("with a plan: the Rencana sheet is claimed, the Ringkasan left alone is named", async () => {
    const { s } = await run("id", true, true);
    expect(statusText(s)).toMatch(/^Selesai\. Rencana ditulis di lembar Rencana; hasil ditulis di kolom hasil lembar Inovasi\. Lembar "Ringkasan" /);
  });

  it("the tool's own sheets: the usual line", async () => {
    const { s } = await run("id", false);
    expect(statusText(s)).toMatch(/^Selesai\. Hasil ditulis di lembar Ringkasan dan di kolom hasil lembar Inovasi\./);
  });
});
