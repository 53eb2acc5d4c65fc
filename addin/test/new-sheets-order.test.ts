/**
 * The pane's first Nilai adds its sheets in the order the docs give and the workbook opens on: Ringkasan, Rencana,
 * Masalah, after the analyst's sheets (the plan's writes came first, so they read Rencana, Ringkasan, Masalah).
 */
import { describe, expect, it } from "vitest";
import { applyWrites, readGrids } from "../src/excel/adapter.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { scoreGrids } from "../src/pipeline.js";
import { secondDayBase } from "../../packages/workbook/test/rerun.js";
import { ctxOf } from "./fixtures.js";

describe("a first Nilai's new sheets", () => {
  it("come after the analyst's in the order Ringkasan, Rencana, Masalah", async () => {
    const base = secondDayBase();
    const host = new FakeExcelHost(structuredClone(base));
    const analysts = host.sheets.map((s) => s.name);
    const out = scoreGrids(await readGrids(ctxOf(host), { supports: () => true }), { plan: true });
    if (!out.ok) throw new Error(out.issues.map((i) => i.message).join("\n"));
    await applyWrites(ctxOf(host), out.writes, { output: out.output, supports: () => true });
    expect(host.sheets.map((s) => s.name)).toEqual([...analysts, "Ringkasan", "Rencana", "Masalah"]);
  });
});
