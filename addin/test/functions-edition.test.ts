/**
 * The IID functions and the workbook's edition (excel15 findings 3 and 4): before any run they take the edition the
 * Pengaturan sheet names (read once at start-up), say which edition they used when they fell back to the latest, name
 * the argument behind a Pengaturan problem, and can score an edition without SPD rows (iid-2023) given its SPD total.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getEdition } from "@inovasi/core";
import { SETTINGS_KEYS, type CellValue, type WorkbookGrids } from "@inovasi/workbook";
import { addRow, fullInnovation, spdAtTier2, templateAsGrids } from "../../packages/workbook/test/helpers.js";
import { excelHost } from "../src/commands/host.js";
import { functionContext, setFunctionContext } from "../src/functions/context.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { linkFunctions, readWorkbookEdition, settingsEdition } from "../src/pane/functions-link.js";
import { createStore, initialState } from "../src/pane/state.js";
import { scoreGrids } from "../src/pipeline.js";
import { ctxOf } from "./fixtures.js";
import { errorMessage as message, stubCustomFunctions } from "./custom-functions-stub.js";

beforeAll(() => stubCustomFunctions());
beforeEach(() => { setFunctionContext({ lang: "id", edition: undefined, model: undefined }); });
const fns = () => import("../src/functions/functions.js");

const e23 = getEdition("iid-2023")!;
/**
 * A workbook of an edition with 12 innovations in its labels: iid-2023 (no SPD rows: `total` goes on Pengaturan), or
 * one with SPD rows (answered at tier 2).
 */
function workbook2023(total: number | undefined, ed = e23): WorkbookGrids {
  const g = templateAsGrids(ed);
  if (ed.spdMode === "rows") spdAtTier2(g, ed);
  const set = g["Pengaturan"]!.cells;
  set.find((r) => r[0] === SETTINGS_KEYS.regionName)![1] = "Kabupaten Contoh";
  if (total !== undefined) {
    const row = set.find((r) => r[0] === SETTINGS_KEYS.spdTotal);
    if (row) row[1] = total; else set.push([SETTINGS_KEYS.spdTotal, total]);
  }
  for (let i = 0; i < 12; i++) addRow(g["Inovasi"]!, fullInnovation(ed, `Inovasi ${i}`, i % 2 ? "Dinas Kesehatan" : "Kecamatan Hulu", ["Kesehatan", "Pendidikan", "Sosial", "Pekerjaan Umum"][i % 4]!));
  return g;
}
/** A sheet's cells as Excel hands a range to a function: a rectangle, blanks "". */
const rect = (cells: CellValue[][]) => { const w = Math.max(1, ...cells.map((r) => r.length)); return cells.map((r) => Array.from({ length: w }, (_, i) => r[i] ?? "")); };

describe("IID functions and the workbook's edition", () => {
  it("iid-2023 is given its SPD total as total_spd and answers as the pane does; without it the message names total_spd", async () => {
    const { indeks, inovasiDibutuhkan } = await fns();
    const g = workbook2023(40);
    const pane = scoreGrids(structuredClone(g));
    if (!pane.ok) throw new Error(pane.issues.map((i) => i.message).join("\n"));
    const spd = rect(g["SPD"]?.cells ?? [[""]]);
    const inv = rect(g["Inovasi"]!.cells);
    // with its total the SPD is read; what stops the index then is the edition's own unknown numbers, as in the pane
    expect(pane.result.verified.index).toBeNull();
    const noIndex = "indeks belum dapat dihitung dengan edisi iid-2023 (ada angka model yang belum ditetapkan)";
    expect(message(() => indeks(spd, inv, "iid-2023", undefined, 40))).toBe(noIndex);
    expect(message(() => inovasiDibutuhkan(spd, inv, undefined, undefined, "iid-2023", undefined, 40))).toBe(noIndex);
    // the total typed as text, with the decimal comma: read as the Pengaturan sheet's "Total SPD"; a text no number is said where
    expect(message(() => indeks(spd, inv, "iid-2023", undefined, "40,5"))).toBe(noIndex);
    expect(message(() => inovasiDibutuhkan(spd, inv, undefined, undefined, "iid-2023", undefined, "40,5"))).toBe(noIndex);
    expect(message(() => indeks(spd, inv, "iid-2023", undefined, "empat puluh"))).toBe(`total_spd: "empat puluh" bukan angka (contoh yang sah: 12, 1,5, 1.234,5) — tulis total itu sebagai argumen total_spd (seperti "Total SPD" di lembar Pengaturan)`);
    // before: "level: edisi iid-2023 tidak memuat baris SPD …", the level argument blamed, and no way to give the total
    expect(message(() => indeks(spd, inv, "iid-2023"))).toBe(`total_spd: edisi iid-2023 tidak memuat baris SPD; isi total skor SPD (maksimum 63) — tulis total itu sebagai argumen total_spd (seperti "Total SPD" di lembar Pengaturan)`);
    // a wrong total names the argument too
    expect(message(() => indeks(spd, inv, "iid-2023", undefined, 500))).toMatch(/^total_spd: /);
    // the level keeps its own name
    expect(message(() => indeks(spd, inv, "iid-2023", "Kabupatn", 40))).toMatch(/^tingkat: isian "Kabupatn" tidak dikenal/);
  });

  it("before any run, a function that fell back to the latest edition says so and how to choose", async () => {
    const { indeks } = await fns();
    const g = workbook2023(40);
    const m = message(() => indeks(rect(g["SPD"]?.cells ?? [[""]]), rect(g["Inovasi"]!.cells)));
    expect(m).toContain(`(edisi dipakai: ${getEdition("iid-2026")!.id}, edisi terbaru, karena panel IID belum membaca lembar Pengaturan; tulis argumen edisi, mis. "iid-2023", atau buka panel IID dan klik Nilai)`);
    // an error of the argument itself carries no such note
    const { predikat } = await fns();
    expect(message(() => predikat(""))).toBe("sel indeks kosong; tulis angka 0 sampai 100");
  });

  it("at start-up the Pengaturan sheet's edition is read (two syncs, one small range) and Excel recalculates the functions once", async () => {
    const { indeks } = await fns();
    const inferred = getEdition("iid-2023-inferred")!;
    const g = workbook2023(undefined, inferred);
    g["Pengaturan"]!.cells.find((r) => r[0] === SETTINGS_KEYS.edition)![1] = inferred.id;
    const excel = new FakeExcelHost(structuredClone(g));
    const host = excelHost((f) => f(ctxOf(excel)), excel.supports, async () => {});
    const store = createStore(initialState("id"));
    linkFunctions(store, () => host.recalculate());
    // before: the latest edition, whose labels differ
    expect(() => indeks(rect(g["SPD"]!.cells), rect(g["Inovasi"]!.cells))).toThrow(/edisi dipakai: iid-2026/);
    expect((await readWorkbookEdition(host, store))?.id).toBe(inferred.id);
    expect(functionContext().edition?.id).toBe(inferred.id);
    await new Promise((r) => setTimeout(r, 0));
    expect(excel.calculations).toEqual(["Full"]);
    expect(excel.syncCount).toBe(3); // names, the range, the recalculation
    const pane = scoreGrids(structuredClone(g));
    if (!pane.ok) throw new Error("unreadable");
    expect(pane.result.verified.index).not.toBeNull();
    expect(indeks(rect(g["SPD"]!.cells), rect(g["Inovasi"]!.cells))).toBe(pane.result.verified.index);
    // a run's reading is not overridden by a late start-up read
    store.dispatch({ type: "sheet-edition", edition: getEdition("iid-2026")! });
    expect(functionContext().edition?.id).toBe(inferred.id);
  });

  it("a workbook without Pengaturan, or naming a province model's id, leaves the functions as they were", async () => {
    expect(settingsEdition({})).toBeUndefined();
    const g = workbook2023(40);
    g["Pengaturan"]!.cells.find((r) => r[0] === SETTINGS_KEYS.edition)![1] = "prov-contoh-2026";
    expect(settingsEdition({ Pengaturan: g["Pengaturan"]! })).toBeUndefined();
    const excel = new FakeExcelHost({ Lembar1: { name: "Lembar1", cells: [["x"]] } });
    const store = createStore(initialState("id"));
    expect(await readWorkbookEdition(excelHost((f) => f(ctxOf(excel)), excel.supports, async () => {}), store)).toBeUndefined();
    expect(store.get().sheetEdition).toBeUndefined();
  });
});
