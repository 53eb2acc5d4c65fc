/**
 * The add-in plans with an indicator's own effort from the Pengaturan sheet as the CLI does: the same reader
 * (`readPlanSettings`), its problems among the run's issues at their cells, the effort on the Rencana sheet it writes.
 */
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { PLAN_SHEET } from "@inovasi/workbook";
import { loadWorkbook } from "../../packages/cli/src/index.js";
import { scoreGrids } from "../src/pipeline.js";

const example = async () => (await loadWorkbook(await readFile(new URL("../../examples/kabupaten-contoh.xlsx", import.meta.url)))).grids;

describe("an indicator's own effort in the add-in", () => {
  it("Upaya Bukti Dukung SPD-4 | 50 prices SPD 4's evidence at 50 (it was the first step, at 1); an unknown indicator is an issue at its cell", async () => {
    const grids = await example();
    const before = scoreGrids(structuredClone(grids), { plan: true });
    if (!before.ok || !before.plan) throw new Error("no plan");
    expect(before.plan.actions[0]!.where.spdRow?.id).toBe("SPD-4");
    const set = grids["Pengaturan"]!.cells;
    set.push(["Upaya Bukti Dukung SPD-4", 50], ["Upaya Naik Tingkat SID-99", 20]);
    const out = scoreGrids(grids, { plan: true });
    if (!out.ok || !out.plan) throw new Error("no plan");
    expect(out.plan.efforts.indicators).toEqual({ "SPD-4": { evidence: 50 } });
    expect(out.plan.actions.some((a) => a.where.spdRow?.id === "SPD-4")).toBe(false);
    expect(out.issues.filter((i) => i.sheet === "Pengaturan").map((i) => [i.cell, i.severity])).toEqual([[`A${set.length}`, "warning"]]);
    // the Rencana sheet lists it under the key that sets it
    const rencana = out.writes.filter((w) => w.sheet === PLAN_SHEET);
    const row = rencana.find((w) => w.value === "Upaya Bukti Dukung SPD-4" && w.col === 0)!.row;
    expect(rencana.find((w) => w.row === row && w.col === 1)?.value).toBe(50);
  });
});
