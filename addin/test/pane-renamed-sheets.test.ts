/**
 * Contract sheets the reader takes under another name ("Data Inovasi", "OPD", "SPD 2026"), against the in-memory Excel
 * host: the pane calls a sheet there exactly when the reader reads one for it (`sheetsTaken`), says which sheet it
 * reads, and never inserts a template sheet that would be read instead of the analyst's (before: the pane listed them
 * missing and offered the template, whose empty Inovasi the next run read — the analyst's innovations gone from the score).
 */
import { describe, expect, it } from "vitest";
import type { WorkbookGrids } from "@inovasi/workbook";
import { excelHost } from "../src/commands/host.js";
import { scoreWorkbook } from "../src/commands/score.js";
import { insertTemplateSheets } from "../src/commands/template.js";
import type { XContext } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { createStore, detectSheetNames, initialState, sheetsText } from "../src/pane/state.js";
import { scoreGrids } from "../src/pipeline.js";
import { regionGrids } from "./fixtures.js";

function setup(grids: WorkbookGrids) {
  const excel = new FakeExcelHost(structuredClone(grids));
  const host = excelHost((f) => f(excel.context as unknown as XContext), () => true, async () => {});
  const store = createStore(initialState("id"));
  return { excel, host, store };
}

function renamed(g: WorkbookGrids, names: Record<string, string>): WorkbookGrids {
  for (const [from, to] of Object.entries(names)) {
    g[to] = { ...g[from]!, name: to };
    delete g[from];
  }
  return g;
}

const BASE = scoreGrids(regionGrids(12));
const indexOf = (out: ReturnType<typeof scoreGrids> | undefined) => (out?.ok ? out.result.claimed.index : undefined);

describe("contract sheets under other names", () => {
  it("a run: each is present, the line says which sheet it was read from, nothing is offered to insert; the same index", async () => {
    const { host, store } = setup(renamed(regionGrids(12), { Inovasi: "Data Inovasi", "Perangkat Daerah": "OPD", SPD: "SPD 2026" }));
    const out = await scoreWorkbook(host, store);
    expect(indexOf(out)).toBe(indexOf(BASE));
    expect(store.get().sheets).toMatchObject({ found: ["Inovasi", "SPD", "Perangkat Daerah", "Pengaturan"], missing: [] });
    expect(sheetsText(store.get())).toBe(
      'Lembar wajib lengkap: Inovasi, SPD, Perangkat Daerah, Pengaturan. Inovasi: dibaca dari lembar "Data Inovasi". SPD: dibaca dari lembar "SPD 2026". Perangkat Daerah: dibaca dari lembar "OPD".',
    );
    expect(sheetsText({ ...store.get(), lang: "en" })).toBe(
      'Required sheets present: Inovasi, SPD, Perangkat Daerah, Pengaturan. Inovasi: read from sheet "Data Inovasi". SPD: read from sheet "SPD 2026". Perangkat Daerah: read from sheet "OPD".',
    );
    // the pane's first look, from the sheet names alone, says the same
    const names = Object.keys(renamed(regionGrids(1), { Inovasi: "Data Inovasi", "Perangkat Daerah": "OPD", SPD: "SPD 2026" }));
    expect(sheetsText({ ...store.get(), sheets: detectSheetNames(names) })).toBe(sheetsText(store.get()));
  });

  it("inserting the template adds only what the reader lacks: the next run still reads the analyst's 'Data Inovasi'", async () => {
    const g = renamed(regionGrids(12), { Inovasi: "Data Inovasi" });
    delete g["SPD"];
    const read = scoreGrids(structuredClone(g));
    expect(read.ok && read.input.innovations.length).toBeGreaterThan(0);
    for (const first of ["names", "run"] as const) {
      const { excel, host, store } = setup(g);
      // from the pane's first look (sheet names) or after a run (its cells)
      if (first === "run") expect((await scoreWorkbook(host, store))?.ok).toBe(true);
      else store.dispatch({ type: "sheets", ...detectSheetNames(Object.keys(g)) });
      expect(store.get().sheets?.missing).toEqual(["SPD"]);
      const added = await insertTemplateSheets(host, store);
      expect(added).toContain("SPD");
      expect(added).not.toContain("Inovasi");
      expect(excel.sheet("Inovasi")).toBeUndefined();
      expect(store.get().sheets).toMatchObject({ missing: [], readFrom: { Inovasi: { sheet: "Data Inovasi" } } });
      const after = await scoreWorkbook(host, store);
      expect(after?.ok && after.source.innovations?.sheet).toBe("Data Inovasi");
      expect(after?.ok && after.input.innovations.length).toBe(read.ok && read.input.innovations.length);
    }
  });

  it("Perangkat Daerah read from 'OPD': an inserted Inovasi gets no dropdown on a sheet that is not there (Excel refuses one)", async () => {
    const g = renamed(regionGrids(3), { "Perangkat Daerah": "OPD" });
    delete g["Inovasi"];
    const { excel, host, store } = setup(g);
    const added = await insertTemplateSheets(host, store);
    expect(store.get().phase).not.toBe("failed");
    expect(added).toContain("Inovasi");
    expect(added).not.toContain("Perangkat Daerah");
    const inv = excel.sheet("Inovasi")!;
    const sources = inv.validations.map((v) => JSON.stringify(v.rule ?? null));
    expect(sources.some((s) => s.includes("'Perangkat Daerah'!"))).toBe(false);
    // the agency column keeps its help prompt; the other dropdowns are set
    expect(inv.validations.some((v) => v.prompt?.title === "Perangkat Daerah")).toBe(true);
    expect(inv.validations.some((v) => v.rule)).toBe(true);
  });

  it("two sheets that could be Inovasi: not missing, none inserted (an empty Inovasi would be read instead of both)", async () => {
    const g = regionGrids(3);
    g["Inovasi 2025"] = { ...g["Inovasi"]!, name: "Inovasi 2025" };
    g["Inovasi 2024"] = { ...g["Inovasi"]!, name: "Inovasi 2024" };
    delete g["Inovasi"];
    delete g["SPD"];
    const { excel, host, store } = setup(g);
    const added = await insertTemplateSheets(host, store);
    expect(added).toContain("SPD");
    expect(excel.sheet("Inovasi")).toBeUndefined();
    expect(store.get().sheets?.ambiguous).toEqual({ Inovasi: ["Inovasi 2025", "Inovasi 2024"] });
  });

  it("a sheet named for another year ('Inovasi 2024' in a 2026 workbook): read, and the line says why it may be the wrong one, as the reader's warning", async () => {
    const { host, store } = setup(renamed(regionGrids(3), { Inovasi: "Inovasi 2024" }));
    const out = await scoreWorkbook(host, store);
    expect(out?.issues.find((i) => i.code === "sheet_read_as")).toMatchObject({ severity: "warning", sheet: "Inovasi 2024" });
    expect(sheetsText(store.get())).toBe(
      'Lembar wajib lengkap: Inovasi, SPD, Perangkat Daerah, Pengaturan. Inovasi: dibaca dari lembar "Inovasi 2024", tetapi namanya menyebut tahun 2024, bukan Tahun Penilaian 2026: bila itu salinan lembar tahun lain, beri nama "Inovasi" pada lembar tahun ini.',
    );
    expect(sheetsText({ ...store.get(), lang: "en" })).toContain(`Inovasi: read from sheet "Inovasi 2024", but its name says 2024, not the assessment year 2026: if it is a copy of another year's sheet, name this year's sheet "Inovasi".`);
    expect(store.get().sheets?.missing).toEqual([]);
  });

  it("an empty Inovasi beside a full 'Data Inovasi': the sheet named Inovasi is the one, as the reader takes it (the other said not read)", async () => {
    const g = regionGrids(5);
    g["Data Inovasi"] = { ...g["Inovasi"]!, name: "Data Inovasi" };
    g["Inovasi"] = { name: "Inovasi", cells: [g["Inovasi"]!.cells[0]!] };
    const { host, store } = setup(g);
    const out = await scoreWorkbook(host, store);
    expect(out?.issues.find((i) => i.code === "sheet_not_read")?.sheet).toBe("Data Inovasi");
    expect(store.get().sheets).toMatchObject({ found: ["Inovasi", "SPD", "Perangkat Daerah", "Pengaturan"], missing: [] });
    expect(store.get().sheets?.readFrom).toBeUndefined();
  });

  it("a sheet named like Inovasi but not laid out as it: after a run (its cells read) it is missing, and inserting adds Inovasi", async () => {
    const g = regionGrids(3);
    delete g["Inovasi"];
    g["Catatan Inovasi"] = { name: "Catatan Inovasi", cells: [["catatan rapat"]] };
    const { excel, host, store } = setup(g);
    // from the names alone it counts (the run reads its cells and says)
    expect(detectSheetNames(Object.keys(g)).readFrom).toEqual({ Inovasi: { sheet: "Catatan Inovasi" } });
    expect((await scoreWorkbook(host, store))?.ok).toBe(false);
    expect(store.get().sheets?.missing).toEqual(["Inovasi"]);
    expect(await insertTemplateSheets(host, store)).toContain("Inovasi");
    expect(excel.sheet("Catatan Inovasi")!.cells).toEqual([["catatan rapat"]]);
  });
});
