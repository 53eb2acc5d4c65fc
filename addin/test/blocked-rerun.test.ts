import { describe, expect, it } from "vitest";
import { PLAN_MARKER, PROBLEMS_MARKER, SUMMARY_MARKER, STALE_FILL, staleNote, writeBlocked } from "@inovasi/workbook";
import { excelHost } from "../src/commands/host.js";
import { scoreFromRibbon } from "../src/commands/ribbon.js";
import { scoreWorkbook } from "../src/commands/score.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { createStore, initialState, statusText } from "../src/pane/state.js";
import { resultsView } from "../src/pane/view-model.js";
import { ctxOf, regionGrids } from "./fixtures.js";

/** A workbook scored and planned once (Ringkasan, Rencana, Masalah written), then its region's name cleared. */
async function scoredThenBroken(lang: "id" | "en" = "id") {
  const excel = new FakeExcelHost(structuredClone(regionGrids(40)));
  const host = excelHost((f) => f(ctxOf(excel)), excel.supports, async () => {});
  const store = createStore(initialState(lang));
  const first = await scoreWorkbook(host, store, { plan: true });
  expect(first?.ok).toBe(true);
  const settings = excel.sheets.find((s) => s.name === "Pengaturan")!;
  const r = settings.cells.findIndex((x) => x[0] === "Nama Daerah");
  settings.cells[r]![1] = null;
  const sheet = (n: string) => excel.sheets.find((s) => s.name === n)!;
  return { excel, host, store, sheet };
}

describe("a re-run the reader refuses does not leave the earlier results looking current", () => {
  it("the tool's Masalah sheet lists the blocking error; Ringkasan and Rencana say at the top they are from an earlier run", async () => {
    const { excel, host, store, sheet } = await scoredThenBroken();
    const inputBefore = JSON.stringify(sheet("Inovasi").cells);
    const settingsBefore = JSON.stringify(sheet("Pengaturan").cells);
    expect(await scoreFromRibbon(host, store)).toBe("problems");
    const masalah = sheet("Masalah").cells;
    expect(masalah[0]![0]).toBe(PROBLEMS_MARKER);
    // the reader's errors only (the fixture's typo in Inovasi!C12, and the empty name): the earlier run's warnings gone
    expect(masalah[1]![0]).toBe("2 kesalahan, 0 peringatan");
    expect(masalah.slice(3, 5).map((r) => r.slice(0, 3))).toEqual([["Inovasi", "C12", "Kesalahan"], ["Pengaturan", "B2", "Kesalahan"]]);
    expect(masalah.slice(5).every((row) => row.every((v) => v === null || v === ""))).toBe(true);
    for (const [name, marker] of [["Ringkasan", SUMMARY_MARKER], ["Rencana", PLAN_MARKER]] as const) {
      const cells = sheet(name).cells;
      expect(cells[0]![0]).toBe(marker);
      expect(cells[0]![1]).toMatch(/^Hasil ini dari penilaian sebelumnya, begitu pula kolom Skor; penilaian terakhir gagal: Inovasi!C12: .* \(\+1 lagi\) — lihat lembar Masalah\.$/);
      expect(sheet(name).styles.some((s) => s.fill === STALE_FILL && s.box.row === 0 && s.box.col === 1)).toBe(true);
    }
    // no input cell written
    expect(JSON.stringify(sheet("Inovasi").cells)).toBe(inputBefore);
    expect(JSON.stringify(sheet("Pengaturan").cells)).toBe(settingsBefore);
    // the pane says where the errors are and that the sheets are marked
    const status = statusText(store.get());
    expect(status).toContain("daftar Masalah (panel ini dan lembar Masalah)");
    expect(status).toContain("Lembar Ringkasan dan Rencana masih memuat hasil penilaian sebelumnya");
    const out = store.get().outcome!;
    expect(resultsView(out, "id", "id-ID").status).toContain("lembar Masalah");
    // the name filled in again: the next run rewrites Ringkasan whole, the line and its fill gone
    const p = sheet("Pengaturan").cells;
    p[p.findIndex((x) => x[0] === "Nama Daerah")]![1] = "Kabupaten Contoh";
    expect((await scoreWorkbook(host, store))?.ok).toBe(true);
    expect(sheet("Ringkasan").cells[0]![1] ?? null).toBe(null);
    expect(sheet("Ringkasan").styles.some((s) => s.fill === STALE_FILL)).toBe(false);
    expect(excel.calculationMode).toBe("Automatic");
  });

  it("a workbook never scored gets no new sheet: nothing is written", async () => {
    const grids = structuredClone(regionGrids(3));
    const p = grids["Pengaturan"]!.cells;
    p[p.findIndex((x) => x[0] === "Nama Daerah")]![1] = null;
    const excel = new FakeExcelHost(grids);
    const names = excel.sheets.map((s) => s.name);
    const store = createStore(initialState("id"));
    await scoreWorkbook(excelHost((f) => f(ctxOf(excel)), excel.supports, async () => {}), store);
    expect(excel.sheets.map((s) => s.name)).toEqual(names);
    expect(excel.writes).toEqual([]);
    expect(statusText(store.get())).toMatch(/^Belum dapat dinilai\. Perbaiki kesalahan di daftar Masalah, lalu klik Nilai lagi\./);
  });

  it("a sheet of the analyst's own named Ringkasan or Masalah is not written", () => {
    const grids = structuredClone(regionGrids(3));
    grids["Ringkasan"] = { name: "Ringkasan", cells: [["Catatan saya"]] };
    grids["Masalah"] = { name: "Masalah", cells: [["Daftar saya"]] };
    const b = writeBlocked(grids, [{ severity: "error", sheet: "Pengaturan", cell: "B2", field: "Nama Daerah", text: "wajib diisi", message: "Pengaturan!B2: wajib diisi", code: "x" } as never]);
    expect(b.writes).toEqual([]);
  });

  it("Excel refusing the marks (a protected sheet) hides neither the reader's errors nor that the earlier results are stale", async () => {
    for (const lang of ["id", "en"] as const) {
      const { host, store } = await scoredThenBroken(lang);
      const protectedHost = { ...host, applyOutcome: async () => { throw Object.assign(new Error("protected"), { code: "AccessDenied" }); } };
      const out = await scoreWorkbook(protectedHost, store);
      expect(out?.ok).toBe(false);
      const s = store.get();
      // the run's outcome, not the earlier ok one: its errors are what the pane lists
      expect(s.phase).toBe("done");
      expect(s.outcome?.ok).toBe(false);
      expect(s.outcome?.issues.some((i) => i.sheet === "Pengaturan" && i.cell === "B2" && i.severity === "error")).toBe(true);
      expect(resultsView(s.outcome!, lang, "id-ID").status).not.toContain(lang === "id" ? "lembar Masalah" : "Masalah sheet");
      expect(statusText(s)).toBe(lang === "id"
        ? "Belum dapat dinilai. Perbaiki kesalahan di daftar Masalah, lalu klik Nilai lagi. Daftar kesalahan dan tanda \"hasil lama\" tidak dapat ditulis ke lembar Masalah, Ringkasan dan Rencana: Buku kerja atau lembar ini dilindungi. Buka proteksinya (Tinjau → Buka Proteksi). Lembar Ringkasan dan Rencana masih memuat hasil penilaian sebelumnya, tanpa tanda. Masalah: 2 kesalahan, 0 peringatan."
        : "Cannot be scored yet. Fix the errors in the Problems list, then click Score again. The error list and the \"earlier results\" marks could not be written to the Masalah, Ringkasan and Rencana sheets: The workbook or sheet is protected. Unprotect it (Review → Unprotect). The Ringkasan and Rencana sheets still hold an earlier run's results, unmarked. Problems: 2 errors, 0 warnings.");
      // the next run that writes clears the note
      expect((await scoreWorkbook(host, store))?.ok).toBe(false);
      expect(statusText(store.get())).not.toMatch(/tidak dapat ditulis|could not be written/);
    }
  });

  it("in English the line says the same", () => {
    expect(staleNote([{ severity: "error", sheet: "Pengaturan", cell: "B2", text: "required" } as never, { severity: "error", sheet: "SPD", text: "missing" } as never], "en", true))
      .toBe("These results are from an earlier run, as are the Skor columns; the last run failed: Pengaturan!B2: required (+1 more) — see the Masalah sheet.");
  });
});
