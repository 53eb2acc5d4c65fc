/**
 * The IID functions follow an edit of the Pengaturan sheet's Edisi Model cell before the next run (ExcelApi 1.7,
 * `Worksheet.onChanged` on that sheet): its edition is read again and, when it changed, Excel recalculates once.
 * Before (session 18), they took the sheet's edition at start-up and at each run only.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getEdition } from "@inovasi/core";
import { SETTINGS_KEYS, type WorkbookGrids } from "@inovasi/workbook";
import { templateAsGrids } from "../../packages/workbook/test/helpers.js";
import { excelHost } from "../src/commands/host.js";
import { functionContext, setFunctionContext } from "../src/functions/context.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { followSettingsSheet, linkFunctions, readWorkbookEdition } from "../src/pane/functions-link.js";
import { createStore, initialState } from "../src/pane/state.js";
import { ctxOf } from "./fixtures.js";
import { stubCustomFunctions } from "./custom-functions-stub.js";

beforeAll(() => stubCustomFunctions());
beforeEach(() => { setFunctionContext({ lang: "id", edition: undefined, model: undefined }); });

const inferred = getEdition("iid-2023-inferred")!;
/** Handlers run after the change, outside any request: let them (and the reads they start) finish. */
const settle = async () => { for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0)); };

/** The template's workbook naming `edition` (blank: the latest) on Pengaturan; the Edisi Model cell's A1 address. */
function book(edition: string | null = null): { grids: WorkbookGrids; cell: string } {
  const grids = templateAsGrids();
  const rows = grids["Pengaturan"]!.cells;
  const r = rows.findIndex((x) => x[0] === SETTINGS_KEYS.edition);
  rows[r]![1] = edition;
  return { grids, cell: `B${r + 1}` };
}

/** The pane's start-up as main.ts wires it: functions linked, the sheet's edition read, the sheet followed. */
async function start(excel: FakeExcelHost) {
  const host = excelHost((f) => f(ctxOf(excel)), excel.supports, async () => {});
  const store = createStore(initialState("id"));
  linkFunctions(store, () => host.recalculate());
  const follow = followSettingsSheet(host, store);
  await readWorkbookEdition(host, store);
  const followed = await follow();
  await settle();
  return { host, store, followed, follow };
}

describe("the functions follow the Pengaturan sheet's edition between runs", () => {
  it("an edit of Edisi Model: the functions take the edition named, and Excel recalculates them once (two syncs and the recalculation)", async () => {
    const { grids, cell } = book("iid-2026");
    const excel = new FakeExcelHost(grids);
    const { followed } = await start(excel);
    expect(followed).toBe(true);
    expect(functionContext().edition?.id).toBe("iid-2026");
    const calcs = excel.calculations.length, syncs = excel.syncCount;
    excel.edit("Pengaturan", cell, inferred.id);
    await settle();
    expect(functionContext().edition?.id).toBe(inferred.id);
    expect(excel.calculations.slice(calcs)).toEqual(["Full"]);
    expect(excel.syncCount - syncs).toBe(3); // the sheet's names, its first rows, the recalculation
    // the cell emptied: the latest shipped edition, as a run reads a blank cell
    excel.edit("Pengaturan", cell, null);
    await settle();
    expect(functionContext().edition?.id).toBe("iid-2026");
  });

  it("an edit elsewhere on the sheet, or naming no shipped edition: read, and no recalculation", async () => {
    const { grids, cell } = book(inferred.id);
    const excel = new FakeExcelHost(grids);
    await start(excel);
    expect(functionContext().edition?.id).toBe(inferred.id);
    const calcs = excel.calculations.length;
    excel.edit("Pengaturan", "B2", "Kabupaten Lain");
    await settle();
    excel.edit("Pengaturan", cell, "prov-contoh-2026");
    await settle();
    expect(functionContext().edition?.id).toBe(inferred.id);
    expect(excel.calculations.length).toBe(calcs);
  });

  it("an edit during a run is read once the run ends, and then wins over the run's reading", async () => {
    const { grids, cell } = book("iid-2026");
    const excel = new FakeExcelHost(grids);
    const { store } = await start(excel);
    store.dispatch({ type: "start" });
    const syncs = excel.syncCount;
    excel.edit("Pengaturan", cell, inferred.id);
    await settle();
    expect(excel.syncCount).toBe(syncs); // nothing read while the run is on
    expect(functionContext().edition?.id).toBe("iid-2026");
    // the run read the sheet before the edit: its outcome names the former edition
    store.dispatch({ type: "failed", code: "GeneralException" });
    await settle();
    expect(store.get().sheetEdition?.id).toBe(inferred.id);
    expect(functionContext().edition?.id).toBe(inferred.id);
  });

  it("one handler on the sheet however often followed; a Pengaturan inserted later is followed once inserted", async () => {
    const { grids } = book("iid-2026");
    const excel = new FakeExcelHost(grids);
    const { follow, store } = await start(excel);
    expect(await follow()).toBe(true);
    store.dispatch({ type: "start" });
    store.dispatch({ type: "failed", code: "x" });
    await settle();
    expect(excel.changeHandlers).toHaveLength(1);

    const bare = new FakeExcelHost({ Lembar1: { name: "Lembar1", cells: [["x"]] } });
    const later = await start(bare);
    expect(later.followed).toBe(false);
    const { grids: g2, cell } = book("iid-2026");
    later.store.dispatch({ type: "insert-start" });
    bare.sheets.push(new FakeExcelHost({ Pengaturan: g2["Pengaturan"]! }).sheet("Pengaturan")!);
    later.store.dispatch({ type: "inserted", names: ["Pengaturan"] });
    await settle();
    expect(bare.changeHandlers).toHaveLength(1);
    bare.edit("Pengaturan", cell, inferred.id);
    await settle();
    expect(functionContext().edition?.id).toBe(inferred.id);
  });

  it("below ExcelApi 1.7 nothing is followed: the edit waits for the next run, as before", async () => {
    const { grids, cell } = book("iid-2026");
    const excel = new FakeExcelHost(grids);
    excel.excelApi = "1.6";
    const { followed } = await start(excel);
    expect(followed).toBe(false);
    excel.edit("Pengaturan", cell, inferred.id);
    await settle();
    expect(functionContext().edition?.id).toBe("iid-2026");
  });
});

describe("the in-memory Excel's onChanged, as Excel raises it", () => {
  it("after a sync that changed the sheet's values (an add-in's write), with the range's address; not on another sheet", async () => {
    const excel = new FakeExcelHost({ A: { name: "A", cells: [["x"]] }, B: { name: "B", cells: [["y"]] } });
    const seen: string[] = [];
    const ws = excel.context.workbook.worksheets.getItem("A");
    ws.onChanged.add(async (e) => { seen.push(e.address); });
    await excel.context.sync();
    ws.getRange("B2:C2").values = [["1", "2"]];
    excel.context.workbook.worksheets.getItem("B").getRange("A1").values = [["z"]];
    await excel.context.sync();
    expect(seen).toEqual([]); // raised later, outside the request
    await settle();
    expect(seen).toEqual(["A!B2:C2"]);
    excel.excelApi = "1.6";
    excel.context.workbook.worksheets.getItem("B").onChanged.add(async () => {});
    await expect(excel.context.sync()).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});
