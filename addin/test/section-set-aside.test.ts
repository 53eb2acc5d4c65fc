/**
 * Rows set aside under a later year's title (tbl34's `section_year_later`), scored in place in Excel: their output
 * cells say so as a row not counted does ("Skor Dihitung?" = "Tidak", the reason in "Skor Catatan"), written by the
 * writer the CLI uses, so a filter on the flag and the not-counted colour rule treat them as the CLI's copy does.
 */
import { describe, expect, it } from "vitest";
import type { CellValue } from "@inovasi/workbook";
import { addRow, e2026, fullInnovation } from "../../packages/workbook/test/helpers.js";
import { excelHost } from "../src/commands/host.js";
import { scoreWorkbook } from "../src/commands/score.js";
import { FakeExcelHost } from "../src/host-fake/excel.js";
import { createStore, initialState } from "../src/pane/state.js";
import { ctxOf, regionGrids } from "./fixtures.js";

describe("rows set aside under a later year's title, in the add-in", () => {
  it("get \"Tidak\" and why, and the not-counted colour rule over their name cells", async () => {
    const g = structuredClone(regionGrids(3));
    const inv = g["Inovasi"]!;
    inv.cells.push([], ["Usulan inovasi tahun 2027"]);
    addRow(inv, fullInnovation(e2026, "Usulan A", "Dinas Kesehatan", "Kesehatan"));
    addRow(inv, { ...fullInnovation(e2026, "Usulan B", "Dinas Kesehatan", "Kesehatan"), Tahun: 2027 });
    const excel = new FakeExcelHost(g);
    const store = createStore(initialState("id"));
    await scoreWorkbook(excelHost((f) => f(ctxOf(excel)), excel.supports, async () => {}), store);
    const s = excel.sheet("Inovasi")!;
    const header = s.cells[0]!.map((v) => v as CellValue);
    const at = (r: number, h: string) => s.cells[r - 1]?.[header.indexOf(h)] ?? null;
    const why = "tidak dinilai dan tidak dihitung dalam n: di bawah judul tahun 2027 (A6), sesudah Tahun Penilaian 2026 — isi Tahun 2026 bila diajukan tahun ini";
    for (const r of [7, 8]) expect([at(r, "Skor Dihitung?"), at(r, "Skor Klaim"), at(r, "Skor Catatan")]).toEqual(["Tidak", null, why]);
    expect(at(4, "Skor Dihitung?")).toBe("Ya");
    // the rule colouring rows not counted (name column, "Skor Dihitung?" = "Tidak") reaches rows 7–8
    const rule = s.conditionalFormats.find((f) => f.box.col === 0 && /="Tidak"$/.test(f.formula));
    expect(rule && rule.box.row + rule.box.rows - 1).toBeGreaterThanOrEqual(7);
  });
});
